// "Save as evidence" from a page: a zod-valid record in storage.local, the same ad stored once,
// and a full storage reported as such (never swallowed).
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveFromPage } from '../../../entrypoints/background/evidence';
import { analyze } from '../../../rules/analyze';
import type { JobAd } from '../../../rules/schema';
import { sha256Hex } from '../../../utils/evidence';
import { loadEvidence } from '../../../utils/evidence-store';

const ad: JobAd = { id: 'indeed:3f9c2a7b1d4e6f80', source: 'indeed', title: 'Healthcare Assistant – Overseas Recruitment', employer: 'Orchard Vale Care Homes Ltd', description: 'Healthcare assistants wanted for care homes in Kent, United Kingdom. Candidates from Nigeria and Ghana. A registration fee of £900 is payable by the candidate.' };
const request = () => ({ ad, analysis: analyze(ad), url: 'https://uk.indeed.com/viewjob?jk=3f9c2a7b1d4e6f80', board: 'indeed' });

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('saveFromPage', () => {
  it('stores a valid record with the ad, its findings, the hash of its text and the rules version', async () => {
    const now = new Date('2026-11-20T10:00:00Z');
    const result = await saveFromPage(request(), now);
    expect(result).toMatchObject({ ok: true });
    const { records, unreadable } = await loadEvidence();
    expect(unreadable).toEqual([]);
    expect(records).toHaveLength(1);
    const [record] = records;
    expect(record).toMatchObject({ id: (result as { id: string }).id, url: request().url, board: 'indeed', origin: 'page', savedAt: now.toISOString(), ad });
    expect(record!.hash).toBe(await sha256Hex(request().analysis.text));
    expect(record!.analysis.findings.map((f) => f.rule)).toEqual(request().analysis.findings.map((f) => f.rule));
    expect(record!.analysis.rulesVersion).toBe(request().analysis.rulesVersion);
  });

  it('stores the same ad once', async () => {
    const first = await saveFromPage(request());
    const second = await saveFromPage(request());
    expect(second).toEqual({ ok: true, id: (first as { id: string }).id, already: true });
    expect((await loadEvidence()).records).toHaveLength(1);
  });

  it('reports a full storage as "quota"', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const result = await saveFromPage(request());
    expect(result).toMatchObject({ ok: false, error: 'quota' });
    expect((result as { message: string }).message).toMatch(/full/);
  });

  it('refuses an invalid ad without storing anything', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await saveFromPage({ ...request(), ad: { ...ad, id: '' } });
    expect(result).toMatchObject({ ok: false, error: 'invalid' });
    expect((await loadEvidence()).records).toEqual([]);
  });
});
