// The analysed text cut into runs, each either plain or marked with the rules whose evidence covers
// it. Built from the findings' offsets; rendered as text nodes and <mark> elements, never as HTML.

import type { Finding, RuleId } from '../../../rules/schema';

export interface Run {
  text: string;
  start: number;
  rules: RuleId[];
}

export function highlightRuns(text: string, findings: readonly Finding[]): Run[] {
  const cuts = new Set<number>([0, text.length]);
  const spans: Array<{ start: number; end: number; rule: RuleId }> = [];
  for (const f of findings) {
    for (const e of f.evidence) {
      const start = Math.max(0, Math.min(text.length, e.start));
      const end = Math.max(start, Math.min(text.length, e.end));
      if (end === start) continue;
      spans.push({ start, end, rule: f.rule });
      cuts.add(start);
      cuts.add(end);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const rules = [...new Set(spans.filter((s) => s.start <= start && s.end >= end).map((s) => s.rule))];
    const last = runs[runs.length - 1];
    if (last && last.rules.length === 0 && rules.length === 0) last.text += text.slice(start, end);
    else runs.push({ text: text.slice(start, end), start, rules });
  }
  return runs;
}
