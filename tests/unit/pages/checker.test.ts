import { describe, expect, it } from 'vitest';
import { analyze } from '../../../rules/analyze';
import { parseHtml } from '../../../boards/parse-html';
import { readCheckerInput, looksLikeHtml, withDestination } from '../../../components/pages/checker/ad-input';
import { CHECKER_EXAMPLES } from '../../../components/pages/checker/examples';
import { highlightRuns } from '../../../components/pages/checker/highlight';

describe('checker input', () => {
  it('reads plain text as one ad and HTML through the page readers', () => {
    expect(looksLikeHtml('Nurse <3 patients')).toBe(false);
    expect(readCheckerInput('  Staff nurse wanted  ').ads).toEqual([{ id: 'paste', source: 'paste', description: 'Staff nurse wanted' }]);
    const html = `<html><body><h1>Staff Nurse</h1><p>We recruit nurses from <b>Ghana</b>.</p></body></html>`;
    const input = readCheckerInput(html, (h) => parseHtml(h));
    expect(input.kind).toBe('html');
    expect(input.ads[0]!.description).toContain('Ghana');
    expect(input.ads[0]!.description).not.toContain('<b>');
    expect(readCheckerInput('').ads).toEqual([]);
  });

  it('the chosen destination applies when the ad does not say', () => {
    const ad = { id: 'p', description: 'Registered nurses wanted from Nigeria and Ghana. Interviews in Lagos. Salary 30,000 a year. Apply by email to jobs@example.org with your CV and registration details, references and experience in acute care settings.' };
    expect(analyze(ad).destination).toBeNull();
    expect(analyze(withDestination(ad, 'GB')).destination).toBe('GB');
    expect(withDestination(ad, '')).toBe(ad);
  });

  it('every example is a health ad; all but the clean one raise a concern, in three languages', () => {
    const verdicts = CHECKER_EXAMPLES.map((e) => [e.id, analyze({ id: e.id, description: e.text }).verdict]);
    expect(Object.fromEntries(verdicts)).toEqual({ uk_targeting: 'concern', repayment: 'concern', fr_cameroon: 'concern', pt_angola: 'concern', clean_nhs: 'no-concern' });
    expect(new Set(CHECKER_EXAMPLES.map((e) => e.lang))).toEqual(new Set(['en', 'fr', 'pt']));
  });
});

describe('highlight runs', () => {
  it('cuts the text at evidence offsets, merges plain runs and reconstructs the text exactly', () => {
    const example = CHECKER_EXAMPLES[0]!;
    const analysis = analyze({ id: 'x', description: example.text });
    const runs = highlightRuns(analysis.text, analysis.findings);
    expect(runs.map((r) => r.text).join('')).toBe(analysis.text);
    const marked = runs.filter((r) => r.rules.length);
    for (const f of analysis.findings) for (const e of f.evidence) expect(marked.some((r) => r.rules.includes(f.rule) && r.start >= e.start && r.start < e.end)).toBe(true);
    expect(marked.map((r) => r.text)).toContain('Nigeria');
    for (let i = 1; i < runs.length; i++) expect(runs[i]!.rules.length || runs[i - 1]!.rules.length).toBeTruthy();
  });

  it('handles overlapping spans and out-of-range offsets', () => {
    const text = 'abcdefghij';
    const f = (rule: 'candidate-fee' | 'pressure-tactics', start: number, end: number) => ({ rule, severity: 'serious' as const, evidence: [{ text: '', start, end }], basis: [], why: '', ask: '', fix: '' });
    const runs = highlightRuns(text, [f('candidate-fee', 2, 6), f('pressure-tactics', 4, 99)]);
    expect(runs.map((r) => [r.text, r.rules])).toEqual([
      ['ab', []], ['cd', ['candidate-fee']], ['ef', ['candidate-fee', 'pressure-tactics']], ['ghij', ['pressure-tactics']],
    ]);
  });
});
