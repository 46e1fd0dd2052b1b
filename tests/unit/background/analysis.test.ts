// The background's analysis for a page: the engine's result per ad (in order), the verdict without
// caution findings, country names in every UI language, and "not enough data" — never "no concern" —
// for an ad the engine could not take.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyzeForPage, quietVerdictOf } from '../../../entrypoints/background/analysis';
import type { DismissedAds } from '../../../entrypoints/background/dismissed';
import { analyze } from '../../../rules/analyze';
import type { Analysis, JobAd } from '../../../rules/schema';

const none = { has: () => false } as unknown as DismissedAds;
const targeting: JobAd = { id: 'a', title: 'Staff Nurse', description: 'Staff nurses wanted for NHS hospitals in England, United Kingdom. We are recruiting nurses from Nigeria and Ghana, with interviews in Lagos and Accra. Salary £29,970 a year. No fees are charged to candidates at any stage.' };
const cautionOnly: JobAd = { id: 'b', title: 'Care Assistant', description: 'Care assistants wanted for a residential home. Full time, days and nights. Training provided and a friendly team. Apply today on WhatsApp only: +44 7700 900999. We look forward to hearing from you and welcoming you to our home in Reading.' };

afterEach(() => vi.restoreAllMocks());

describe('analyzeForPage', () => {
  it('gives the engine\'s analysis per ad, in order, with the names of the countries they mention', () => {
    const { reply, analysed } = analyzeForPage([targeting, cautionOnly], none);
    expect(reply.results.map((r) => r.id)).toEqual(['a', 'b']);
    expect(reply.results[0]!.analysis).toEqual(analyze(targeting));
    expect(analysed.map((a) => a.ad.id)).toEqual(['a', 'b']);
    for (const iso of reply.results[0]!.analysis.targets) expect(Object.keys(reply.countries[iso] ?? {})).toEqual(['en', 'fr', 'pt']);
    expect(reply.countries.NG).toEqual({ en: 'Nigeria', fr: 'Nigeria', pt: 'Nigéria' });
  });

  it('says "not enough data" for an ad that is not valid or breaks the engine', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { reply, analysed } = analyzeForPage([{ id: 'x' }, { id: 42, description: 'y' }], none);
    expect(reply.results.map((r) => [r.id, r.analysis.verdict, r.analysis.health])).toEqual([['x', 'not-enough-data', true], ['42', 'not-enough-data', true]]);
    expect(analysed).toEqual([]);
  });

  it('marks the ads the user dismissed', () => {
    const dismissed = { has: (id: string) => id === 'b' } as unknown as DismissedAds;
    expect(analyzeForPage([targeting, cautionOnly], dismissed).reply.results.map((r) => r.dismissed)).toEqual([false, true]);
  });
});

describe('quietVerdictOf', () => {
  const base: Analysis = { health: true, destination: 'GB', international: false, targets: [], verdict: 'caution', findings: [], text: '', rulesVersion: 't' };
  const finding = (severity: 'caution' | 'serious') => ({ rule: 'informal-contact' as const, severity, evidence: [], basis: [], why: 'w', ask: 'a', fix: 'f' });
  const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

  it('keeps every verdict but caution', () => {
    for (const verdict of ['concern', 'no-concern', 'not-enough-data'] as const) expect(quietVerdictOf({ ...base, verdict }, false)).toBe(verdict);
  });

  it('turns caution into what the engine says without the caution findings', () => {
    expect(quietVerdictOf({ ...base, findings: [finding('caution')], text: words(80) }, false)).toBe('no-concern');
    expect(quietVerdictOf({ ...base, findings: [finding('caution')], text: words(10) }, false)).toBe('not-enough-data');
    expect(quietVerdictOf({ ...base, findings: [finding('caution')], text: words(80) }, true)).toBe('not-enough-data');
  });

  it('agrees with the engine on a real caution-only ad', () => {
    const analysis = analyze(cautionOnly);
    expect(analysis.verdict).toBe('caution');
    expect(['no-concern', 'not-enough-data']).toContain(quietVerdictOf(analysis, false));
  });
});
