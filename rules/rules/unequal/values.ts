// The values unequal-terms compares, each with where it stands in the text: amounts of pay, pay bands
// and pay steps.

import type { Sentence } from '../../context';
import { hitsInSentences, moneyInRange, startingIn } from '../../query';
import type { RuleInput } from '../../rule';

export type Point = { value: number; start: number; end: number };

/** Pay bands and grades: "Band 4", "grade 5", "P7", "TVöD P8", "EG 9". */
export const BAND = /\b(?:band|grade|tvod\s?p|p|eg|kr|entgeltgruppe)\s?(\d{1,2})\b/g;
/** Pay steps within a band: "step 1", "échelon 2", "escalão 1", "Stufe 3", "nivel 2". */
export const STEP = /\b(?:step|pay point|spine point|point|echelon|escalao|posicao remuneratoria|nivel|tramo|stufe|erfahrungsstufe)\s?(\d{1,2})\b/g;
/** How far before an amount a "relocation" or "at least" may start and still be about it (characters). */
const ASIDE_REACH = 200;

/**
 * Amounts that are pay: not a relocation package or a welcome payment ("£5,000 relocation for
 * international nurses, £8,000 for UK nurses moving 50 miles"), not a legal floor ("must be paid at
 * least £11.44").
 */
export function payAmounts(input: RuleInput, from: Sentence, to: Sentence): Point[] {
  const aside = [...hitsInSentences(input, 'unequal:not-pay', from.index, to.index), ...hitsInSentences(input, 'unequal:floor', from.index, to.index)]
    .sort((a, b) => a.start - b.start);
  return moneyInRange(input, from.start, to.end + 2)
    .filter((m) => !startingIn(aside, m.start - ASIDE_REACH, m.end + 30)
      .some((h) => (h.end <= m.start && m.start - h.end <= 30) || h.start >= m.end || (h.start < m.end && m.start < h.end)))
    .map((m) => ({ value: m.value, start: m.start, end: m.end }));
}

/** The numbers `pattern` (BAND or STEP) finds from sentence `from` to `to`. */
export function valuesOf(input: RuleInput, from: Sentence, to: Sentence, pattern: RegExp): Point[] {
  return [...input.folded.slice(from.start, to.end).matchAll(pattern)]
    .map((m) => ({ value: Number(m[1]), start: from.start + m.index, end: from.start + m.index + m[0].length }));
}
