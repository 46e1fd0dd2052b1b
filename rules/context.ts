// Everything the rules read about one ad, computed once: the text, its folded form, tokens,
// sentences, every lexicon and country hit (one pass), amounts and durations.

import type { JobAd } from './schema';
import { findDurations, type Duration } from './text/duration';
import { fold } from './text/fold';
import { allowedInLanguage, ambiguousFormAllowed, capitalisedForms, isAmbiguousForm, lexiconMatcher, type CountryFormKind } from './text/lexicon';
import { detectLanguage } from './detect/language';
import type { Lang } from './data/schema';
import type { Hit } from './text/matcher';
import { findMoney, type Money } from './text/money';
import { tokenize, type Token } from './text/tokens';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

export interface CountryMention {
  iso: string;
  kind: CountryFormKind;
  hit: Hit;
}

export interface AdContext {
  ad: JobAd;
  text: string;
  folded: string;
  /** Offsets of the title inside `text` ([0, 0) when the ad has none). */
  title: { start: number; end: number };
  tokens: Token[];
  sentences: Sentence[];
  sentenceOfToken: Int32Array;
  hits: Hit[];
  byConcept: Map<string, Hit[]>;
  countryMentions: CountryMention[];
  money: Money[];
  durations: Duration[];
  /** The ad was longer than MAX_TEXT and only its start was read. */
  truncated: boolean;
  /** The ad's main language. */
  lang: Lang;
}

/**
 * Real adverts are far shorter (the longest of 14,842 NHS adverts is 6 KB); beyond this the ad is
 * cut and the analysis says so.
 */
export const MAX_TEXT = 100_000;
/** Mentions of one country past this many add nothing to where it is or whether it is targeted. */
const MAX_MENTIONS_PER_COUNTRY = 40;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The needle occurs in the haystack as whole words (not glued into a longer word). */
function contains(lowerHaystack: string, needle: string): boolean {
  const lowerNeedle = needle.trim().toLowerCase();
  if (!lowerNeedle) return true;
  for (let at = lowerHaystack.indexOf(lowerNeedle); at >= 0; at = lowerHaystack.indexOf(lowerNeedle, at + 1)) {
    const before = lowerHaystack[at - 1] ?? ' ';
    const after = lowerHaystack[at + lowerNeedle.length] ?? ' ';
    const edgeOk = (outside: string, inside: string) => !(LETTER_OR_DIGIT.test(outside) && LETTER_OR_DIGIT.test(inside));
    if (edgeOk(before, lowerNeedle[0]!) && edgeOk(after, lowerNeedle[lowerNeedle.length - 1]!)) return true;
  }
  return false;
}

const MAX_TITLE = 150;

/** The ad as one text: board fields the description doesn't already contain, then the description. */
export function composeText(ad: JobAd): { text: string; title: { start: number; end: number }; truncated: boolean } {
  const description = ad.description ?? '';
  const lowerDescription = description.toLowerCase();
  const head: string[] = [];
  for (const field of [ad.title, ad.employer, ad.agency, ad.location, ad.salary?.text]) {
    if (field && field.trim() && !contains(lowerDescription, field) && !head.some((h) => contains(h.toLowerCase(), field))) head.push(field.trim());
  }
  const tail = ad.contact && ad.contact.trim() && !contains(lowerDescription, ad.contact) ? `\n${ad.contact.trim()}` : '';
  let text = (head.length ? `${head.join('\n')}\n` : '') + description + tail;
  const truncated = text.length > MAX_TEXT;
  if (truncated) text = text.slice(0, MAX_TEXT);
  let title = { start: 0, end: 0 };
  // A "title" that runs on for a paragraph is the ad itself (pasted text, a card without a heading).
  const titleText = ad.title?.trim();
  if (titleText && titleText.length <= MAX_TITLE) {
    const at = head.includes(titleText) ? 0 : text.toLowerCase().indexOf(titleText.toLowerCase());
    if (at >= 0) title = { start: at, end: at + titleText.length };
  } else {
    const firstLine = /\S[^\n]*/.exec(text);
    if (firstLine && firstLine[0].trim().length <= MAX_TITLE) title = { start: firstLine.index, end: firstLine.index + firstLine[0].length };
  }
  return { text, title, truncated };
}

function sentencesOf(tokens: Token[], textLength: number): { sentences: Sentence[]; sentenceOfToken: Int32Array } {
  const sentences: Sentence[] = [];
  const sentenceOfToken = new Int32Array(tokens.length);
  tokens.forEach((token, i) => {
    if (token.breakBefore || sentences.length === 0) {
      const previous = sentences[sentences.length - 1];
      if (previous) previous.end = tokens[i - 1]!.end;
      sentences.push({ index: sentences.length, start: token.start, end: token.end, firstToken: i, lastToken: i });
    }
    const current = sentences[sentences.length - 1]!;
    current.lastToken = i;
    current.end = token.end;
    sentenceOfToken[i] = current.index;
  });
  if (sentences.length === 0) sentences.push({ index: 0, start: 0, end: textLength, firstToken: 0, lastToken: -1 });
  return { sentences, sentenceOfToken };
}

/** Forms written in capitals in the data ("US", "UK", "DRC") only match capitals in the ad: "us" is a pronoun. */
function caseAllowed(text: string, hit: Hit, iso: string): boolean {
  const surface = text.slice(hit.start, hit.end);
  if (surface.length > 4 || !capitalisedForms(iso).has(surface.toLowerCase())) return true;
  return surface === surface.toUpperCase();
}

/**
 * Country hits, longest first: "Papua New Guinea" hides "Guinea", "South Sudan" hides "Sudan". For
 * one span claimed by two countries (Hyderabad), the country for which it is not ambiguous wins.
 */
function countryMentionsOf(text: string, folded: string, hits: Hit[], lang: Lang): CountryMention[] {
  const candidates = hits
    .filter((h) => h.concept.startsWith('country:'))
    .map((hit) => {
      const [, iso, kind] = hit.concept.split(':');
      return { iso: iso!, kind: kind as CountryFormKind, hit };
    })
    .filter((m) => caseAllowed(text, m.hit, m.iso) && ambiguousFormAllowed(m.iso, folded.slice(m.hit.start, m.hit.end), lang))
    .sort((a, b) => a.hit.start - b.hit.start || b.hit.end - b.hit.start - (a.hit.end - a.hit.start)
      || Number(isAmbiguousForm(a.iso, folded.slice(a.hit.start, a.hit.end))) - Number(isAmbiguousForm(b.iso, folded.slice(b.hit.start, b.hit.end))));
  const kept: CountryMention[] = [];
  const perCountry = new Map<string, number>();
  let coveredUntil = -1;
  for (const mention of candidates) {
    if (mention.hit.start < coveredUntil) continue;
    coveredUntil = mention.hit.end;
    const seen = perCountry.get(mention.iso) ?? 0;
    if (seen >= MAX_MENTIONS_PER_COUNTRY) continue;
    perCountry.set(mention.iso, seen + 1);
    kept.push(mention);
  }
  return kept;
}

export function buildContext(ad: JobAd): AdContext {
  const { text, title, truncated } = composeText(ad);
  const folded = fold(text);
  const tokens = tokenize(folded);
  const { sentences, sentenceOfToken } = sentencesOf(tokens, text.length);
  const lang = detectLanguage(tokens, ad.lang);
  const hits = lexiconMatcher().scan(tokens)
    .filter((h) => h.last - h.first !== 1 || allowedInLanguage(h.concept, tokens[h.first]!.text, lang));
  const byConcept = new Map<string, Hit[]>();
  for (const hit of hits) {
    const list = byConcept.get(hit.concept);
    if (list) list.push(hit);
    else byConcept.set(hit.concept, [hit]);
  }
  return {
    ad, text, folded, title, tokens, sentences, sentenceOfToken, hits, byConcept,
    countryMentions: countryMentionsOf(text, folded, hits, lang),
    money: findMoney(folded, text),
    durations: findDurations(folded),
    truncated,
    lang,
  };
}
