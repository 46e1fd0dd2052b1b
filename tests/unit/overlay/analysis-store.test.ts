// The page's results, keyed by job id: one request per job (the open detail rather than its card),
// nothing asked twice, the detail's analysis kept for its card, a late reply for an older version
// of a job dropped, and a failed request tried again later.
import { describe, expect, it, vi } from 'vitest';
import type { PageAd } from '../../../boards/types';
import { AnalysisStore, BATCH_SIZE } from '../../../entrypoints/content/analysis-store';
import type { Analysis, JobAd, Verdict } from '../../../rules/schema';
import type { AnalyzeReply } from '../../../utils/messages';

const element = {} as Element;
const card = (id: string, description = `card ${id}`): PageAd => ({ ad: { id, title: id, description, partial: true }, element, kind: 'card' });
const detail = (id: string, description = `full advert ${id}`): PageAd => ({ ad: { id, title: id, description }, element, kind: 'detail' });

function analysisOf(ad: JobAd): Analysis {
  const verdict: Verdict = ad.partial ? 'not-enough-data' : 'concern';
  return { health: true, destination: 'GB', international: true, targets: [], verdict, findings: [], text: ad.description, rulesVersion: 'test' };
}

function reply(ads: JobAd[]): AnalyzeReply {
  return { results: ads.map((ad) => ({ id: ad.id, analysis: analysisOf(ad), quietVerdict: analysisOf(ad).verdict, dismissed: false })), countries: { GB: { en: 'United Kingdom', fr: 'Royaume-Uni', pt: 'Reino Unido' } } };
}

describe('AnalysisStore', () => {
  it('asks once per job, for the open detail rather than its card', async () => {
    const store = new AnalysisStore();
    const page = [card('a'), card('b'), detail('b')];
    const wanted = store.wanted(page);
    expect(wanted.map((w) => [w.ad.id, w.fromDetail])).toEqual([['a', false], ['b', true]]);
    const analyze = vi.fn(async (ads: JobAd[]) => reply(ads));
    const onBatch = vi.fn();
    await store.analyze(wanted, analyze, onBatch);
    expect(analyze).toHaveBeenCalledTimes(1);
    expect(onBatch).toHaveBeenCalledTimes(1);
    expect(store.result('b')?.analysis.verdict).toBe('concern');
    expect(store.adFor('b')?.description).toBe('full advert b');
    expect(store.countries.get('GB')?.fr).toBe('Royaume-Uni');
    expect(store.wanted(page)).toEqual([]);
  });

  it('keeps the detail analysis for the card once the pane shows another job', async () => {
    const store = new AnalysisStore();
    await store.analyze(store.wanted([card('a'), detail('a')]), async (ads) => reply(ads), () => undefined);
    expect(store.wanted([card('a'), detail('z')]).map((w) => w.ad.id)).toEqual(['z']);
    expect(store.result('a')?.analysis.verdict).toBe('concern');
  });

  it('analyses a job again when its text changed, and drops a late reply for the older text', async () => {
    const store = new AnalysisStore();
    let release!: () => void;
    const slow = new Promise<void>((resolve) => (release = resolve));
    const first = store.analyze(store.wanted([detail('a', 'old text')]), async (ads) => {
      await slow;
      return reply(ads);
    }, () => undefined);
    const second = store.wanted([detail('a', 'new text')]);
    expect(second).toHaveLength(1);
    await store.analyze(second, async (ads) => reply(ads), () => undefined);
    release();
    await first;
    expect(store.adFor('a')?.description).toBe('new text');
  });

  it('sends big pages in batches and draws after each', async () => {
    const store = new AnalysisStore();
    const page = Array.from({ length: BATCH_SIZE * 2 + 5 }, (_, i) => card(`c${i}`));
    const analyze = vi.fn(async (ads: JobAd[]) => reply(ads));
    const onBatch = vi.fn();
    await store.analyze(store.wanted(page), analyze, onBatch);
    expect(analyze.mock.calls.map(([ads]) => ads.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 5]);
    expect(onBatch).toHaveBeenCalledTimes(3);
  });

  it('asks again after a failed request, and says so in the console', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const store = new AnalysisStore();
    await store.analyze(store.wanted([card('a')]), async () => {
      throw new Error('Extension context invalidated');
    }, () => undefined);
    expect(store.result('a')).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    expect(store.wanted([card('a')])).toHaveLength(1);
    warn.mockRestore();
  });

  it('remembers when a job was first seen and when it was dismissed', async () => {
    let now = new Date('2026-11-20T10:00:00Z');
    const store = new AnalysisStore(() => now);
    const wanted = store.wanted([card('a')]);
    now = new Date('2026-11-21T10:00:00Z');
    store.wanted([card('a')]);
    expect(store.seenAt('a').toISOString()).toBe('2026-11-20T10:00:00.000Z');
    await store.analyze(wanted, async (ads) => reply(ads), () => undefined);
    store.dismiss('a');
    expect(store.result('a')?.dismissed).toBe(true);
  });
});
