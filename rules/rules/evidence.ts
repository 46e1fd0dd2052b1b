// Evidence spans: the exact words that made a rule fire, merged and trimmed.

import type { AdContext, Sentence } from '../context';
import type { Hit } from '../text/matcher';

export type Span = { start: number; end: number };

export const spanOf = (hit: Hit | Span): Span => ({ start: hit.start, end: hit.end });

export function sentenceSpan(ctx: AdContext, sentence: Sentence): Span {
  let { start, end } = sentence;
  const text = ctx.text;
  // Keep a trailing closing bracket or amount that belongs to the sentence.
  while (end < text.length && /[)\]%.!?]/.test(text[end]!) && text[end] !== '\n') end++;
  while (start > 0 && /[£€$₦₹(]/.test(text[start - 1]!)) start--;
  return { start, end };
}

/** From the first to the last span, within one sentence: the clause a reader needs to see. */
export function cover(spans: Span[]): Span {
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
