// What the page shows: a host per health ad that is analysed and not dismissed, summaries of every
// analysed ad, and a status that never reads as "no concern" when the page could not be read.
import { describe, expect, it } from 'vitest';
import type { PageRead } from '../../../boards/index';
import { pageView, shownResult } from '../../../entrypoints/content/page-view';
import type { Analysis, Finding } from '../../../rules/schema';
import type { AnalyzedAd } from '../../../utils/messages';

const element = (name: string) => ({ name }) as unknown as Element;
const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({ rule, severity, evidence: [], basis: [], why: 'w', ask: 'a', fix: 'f' });
const analysis = (health: boolean, verdict: Analysis['verdict'], findings: Finding[] = []): Analysis => ({ health, destination: 'GB', international: false, targets: [], verdict, findings, text: '', rulesVersion: 't' });

const read: PageRead = {
  board: 'indeed',
  status: 'ok',
  readers: ['indeed'],
  ads: [
    { kind: 'card', element: element('card-a'), ad: { id: 'a', title: 'Nurse', description: '' } },
    { kind: 'detail', element: element('detail-a'), ad: { id: 'a', title: 'Nurse', employer: 'Trust', description: '' } },
    { kind: 'card', element: element('card-b'), ad: { id: 'b', title: 'Developer', description: '' } },
    { kind: 'card', element: element('card-c'), ad: { id: 'c', title: 'Carer', description: '' } },
    { kind: 'card', element: element('card-d'), ad: { id: 'd', title: 'Midwife', description: '' } },
  ],
};

const results: Record<string, AnalyzedAd> = {
  a: { id: 'a', analysis: analysis(true, 'concern', [finding('candidate-fee', 'serious'), finding('informal-contact', 'caution')]), quietVerdict: 'concern', dismissed: false },
  b: { id: 'b', analysis: analysis(false, 'no-concern'), quietVerdict: 'no-concern', dismissed: false },
  c: { id: 'c', analysis: analysis(true, 'caution', [finding('hidden-employer', 'caution')]), quietVerdict: 'not-enough-data', dismissed: true },
};

const shown = (showCaution: boolean) => (id: string) => (results[id] ? shownResult(results[id]!, showCaution) : undefined);

describe('pageView', () => {
  it('draws a host per health ad that is analysed and not dismissed, card and detail alike', () => {
    const view = pageView(read, shown(true), undefined, 'en');
    expect(view.items.map((i) => [i.kind, i.adId])).toEqual([['card', 'a'], ['detail', 'a']]);
    expect(view.targets.map((t) => t.findings.map((f) => f.rule))).toEqual([['candidate-fee', 'informal-contact'], ['candidate-fee', 'informal-contact']]);
    expect(view.summaries.map((s) => [s.id, s.verdict, s.health])).toEqual([['a', 'concern', true], ['b', 'no-concern', false], ['c', 'caution', true]]);
    expect(view.status).toBe('ok');
  });

  it('hides caution findings and uses the quiet verdict when the user asks', () => {
    const view = pageView(read, shown(false), undefined, 'en');
    expect(view.targets[0]!.findings.map((f) => f.rule)).toEqual(['candidate-fee']);
    expect(view.summaries.find((s) => s.id === 'c')?.verdict).toBe('not-enough-data');
  });

  it('changes a host\'s key when its panel opens or the language changes', () => {
    const closed = pageView(read, shown(true), undefined, 'en').items[0]!.renderKey;
    expect(pageView(read, shown(true), 'a', 'en').items[0]!.renderKey).not.toBe(closed);
    expect(pageView(read, shown(true), undefined, 'fr').items[0]!.renderKey).not.toBe(closed);
  });

  it('says "unreadable", "no-health" or "not-supported" rather than an empty "ok"', () => {
    expect(pageView({ ...read, status: 'unreadable', ads: [] }, shown(true), undefined, 'en').status).toBe('unreadable');
    expect(pageView({ ...read, ads: [read.ads[2]!] }, shown(true), undefined, 'en').status).toBe('no-health');
    expect(pageView({ ...read, ads: [] }, shown(true), undefined, 'en').status).toBe('not-supported');
  });
});
