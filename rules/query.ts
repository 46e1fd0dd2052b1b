// Small questions the rules ask of an AdContext: hits of a concept in a sentence or near a token,
// negation before a hit, the sentence an offset falls in; and binary searches of the sorted lists
// (hits, amounts, offsets) they are answered from.

import type { AdContext, Sentence } from './context';
import type { Hit } from './text/matcher';
import type { Money } from './text/money';

export function hitsOf(ctx: AdContext, concept: string): Hit[] {
  return ctx.byConcept.get(concept) ?? [];
}

export function sentenceOfHit(ctx: AdContext, hit: Hit): Sentence {
  return ctx.sentences[ctx.sentenceOfToken[hit.first]!]!;
}

export function sentenceAt(ctx: AdContext, offset: number): Sentence {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return ctx.sentences[lo]!;
}

/** Lexicon phrases are at most this many tokens long (matcher.ts). */
export const MAX_PHRASE = 12;

/** Index of the first item whose key is at least `at`, in a list sorted by that key (binary search). */
export function firstAtOrAfter<T>(list: readonly T[], key: (item: T) => number, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hits of a list sorted by first token whose tokens lie inside [first, last] token indexes. */
export function hitsWithin(list: readonly Hit[], first: number, last: number): Hit[] {
  const found: Hit[] = [];
  for (let i = firstAtOrAfter(list, (h) => h.first, first); i < list.length && list[i]!.first <= last; i++) {
    if (list[i]!.last - 1 <= last) found.push(list[i]!);
  }
  return found;
}

/** Hits of a concept whose tokens lie inside [first, last] token indexes. */
export function hitsInTokens(ctx: AdContext, concept: string, first: number, last: number): Hit[] {
  return hitsWithin(hitsOf(ctx, concept), first, last);
}

/** Hits of any of the concepts whose first token lies within [first, last]. */
export function hitsStartingIn(ctx: AdContext, concepts: string[], first: number, last: number): Hit[] {
  return concepts.flatMap((c) => hitsInTokens(ctx, c, Math.max(0, first), last + MAX_PHRASE).filter((h) => h.first <= last));
}

/** Items of an offset-sorted list that start within [from, to]. */
export function startingIn<T extends { start: number }>(list: readonly T[], from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(list, (x) => x.start, from); i < list.length && list[i]!.start <= to; i++) found.push(list[i]!);
  return found;
}

/** Hits of a concept starting within [first, last] token indexes (two binary searches, no list built). */
export function countHitsInTokens(ctx: AdContext, concept: string, first: number, last: number): number {
  const list = hitsOf(ctx, concept);
  return firstAtOrAfter(list, (h) => h.first, last + 1) - firstAtOrAfter(list, (h) => h.first, first);
}

export function anyHitInTokens(ctx: AdContext, concept: string, first: number, last: number): boolean {
  return countHitsInTokens(ctx, concept, first, last) > 0;
}

/** Index of the token that contains or follows a text offset. */
export function tokenIndexAt(ctx: AdContext, offset: number): number {
  return Math.min(ctx.tokens.length - 1, firstAtOrAfter(ctx.tokens, (t) => t.end, offset + 1));
}

export function hitsInSentence(ctx: AdContext, concept: string, sentence: Sentence): Hit[] {
  return hitsInTokens(ctx, concept, sentence.firstToken, sentence.lastToken);
}

export function hitsInSentences(ctx: AdContext, concept: string, from: number, to: number): Hit[] {
  const a = ctx.sentences[Math.max(0, from)]!;
  const b = ctx.sentences[Math.min(ctx.sentences.length - 1, to)]!;
  return hitsInTokens(ctx, concept, a.firstToken, b.lastToken);
}

/** Amounts lying within [start, end]; the amounts are in text order, so this is a binary search. */
export function moneyInRange(ctx: AdContext, start: number, end: number): Money[] {
  const list = ctx.money;
  const found: Money[] = [];
  for (let i = firstAtOrAfter(list, (m) => m.start, start); i < list.length && list[i]!.start <= end; i++) if (list[i]!.end <= end) found.push(list[i]!);
  return found;
}

/** A hit of `concept` ends within `window` tokens before `hit` starts, in the same sentence. */
export function precededBy(ctx: AdContext, concept: string, hit: Hit, window: number): Hit | undefined {
  const sentence = sentenceOfHit(ctx, hit);
  const from = Math.max(sentence.firstToken, hit.first - window);
  return hitsInTokens(ctx, concept, sentence.firstToken, hit.first - 1).find((h) => h.last >= from + 1);
}

/** A hit of `concept` starts within `window` tokens after `hit` ends, in the same sentence. */
export function followedBy(ctx: AdContext, concept: string, hit: Hit, window: number): Hit | undefined {
  const sentence = sentenceOfHit(ctx, hit);
  const to = Math.min(sentence.lastToken, hit.last - 1 + window);
  return hitsInTokens(ctx, concept, hit.last, sentence.lastToken).find((h) => h.first <= to);
}

export function negatedBefore(ctx: AdContext, hit: Hit, window = 4): boolean {
  return precededBy(ctx, 'negation:neg', hit, window) !== undefined;
}

/** Hits overlapping the span of `hit` (same tokens), of a given concept. */
export function overlapping(ctx: AdContext, concept: string, hit: Hit): Hit | undefined {
  return hitsInTokens(ctx, concept, Math.max(0, hit.first - MAX_PHRASE), hit.last + MAX_PHRASE).find((h) => h.first < hit.last && hit.first < h.last);
}

export function tokenDistance(a: Hit, b: Hit): number {
  if (a.last <= b.first) return b.first - a.last;
  if (b.last <= a.first) return a.first - b.last;
  return 0;
}

export function inTitle(ctx: AdContext, start: number): boolean {
  return start >= ctx.title.start && start < ctx.title.end;
}

/** Text of the original ad between two offsets. */
export function slice(ctx: AdContext, start: number, end: number): string {
  return ctx.text.slice(start, end);
}
