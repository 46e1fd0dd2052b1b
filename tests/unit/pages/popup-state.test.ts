import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/analyze';
import { popupState } from '../../../components/pages/popup/tab-state';
import type { TabAd, TabResults } from '../../../utils/messages';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { CHECKER_EXAMPLES } from '../../../components/pages/checker/examples';

function tabAd(text: string, id: string): TabAd {
  const ad = { id, description: text };
  const analysis = analyze(ad);
  return { ad, analysis, summary: { id, title: id, verdict: analysis.verdict, health: analysis.health, rules: analysis.findings.map((f) => f.rule) } };
}

const results = (status: TabResults['status'], ads: TabAd[] = []): TabResults => ({ url: 'https://www.linkedin.com/jobs/view/1/', board: 'linkedin', status, ads });

describe('popup state: ads, or why there are none — never a bare empty list', () => {
  it('lists only health ads', () => {
    const state = popupState(results('ok', [tabAd(CHECKER_EXAMPLES[0]!.text, 'a'), tabAd('Senior accountant for a bank in Leeds. Excel skills needed.', 'b')]), undefined, DEFAULT_SETTINGS);
    expect(state.kind).toBe('ads');
    expect(state.kind === 'ads' && state.ads.map((a) => a.summary.id)).toEqual(['a']);
  });

  it('gives a reason in every empty case', () => {
    expect(popupState(results('ok', [tabAd('Senior accountant for a bank in Leeds.', 'b')]), undefined, DEFAULT_SETTINGS)).toMatchObject({ kind: 'empty', reason: 'no-health' });
    expect(popupState(results('unreadable'), undefined, DEFAULT_SETTINGS)).toMatchObject({ reason: 'unreadable' });
    expect(popupState(null, 'https://example.org/', DEFAULT_SETTINGS)).toMatchObject({ reason: 'not-supported', host: 'example.org' });
    expect(popupState(null, 'chrome://extensions/', DEFAULT_SETTINGS)).toMatchObject({ reason: 'not-web' });
    expect(popupState(null, undefined, DEFAULT_SETTINGS)).toMatchObject({ reason: 'not-web' });
    expect(popupState(null, 'https://uk.linkedin.com/jobs/view/123/', DEFAULT_SETTINGS)).toMatchObject({ reason: 'not-read' });
    expect(popupState(null, 'https://uk.linkedin.com/jobs/view/123/', { ...DEFAULT_SETTINGS, boards: { linkedin: false } })).toMatchObject({ reason: 'board-off' });
    expect(popupState(results('ok', [tabAd(CHECKER_EXAMPLES[0]!.text, 'a')]), undefined, { ...DEFAULT_SETTINGS, disabledSites: ['www.linkedin.com'] })).toMatchObject({ reason: 'disabled', host: 'www.linkedin.com' });
  });
});
