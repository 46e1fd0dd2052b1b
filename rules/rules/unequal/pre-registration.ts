// The exemption both ways of finding unequal terms honour: the normal band for nurses awaiting their
// OSCE or recognition is not lesser terms.

import type { Sentence } from '../../context';
import { hitsInSentences } from '../../query';
import type { RuleInput } from '../../rule';

/**
 * The normal band while awaiting registration, unless the ad says it lasts beyond it. A clause
 * joined by a semicolon is part of the same statement: "… not eligible for Band 5 pay; they are
 * paid Band 4 until registration."
 */
export function preRegistrationOnly(input: RuleInput, sentence: Sentence): boolean {
  const joined = (a: Sentence | undefined, b: Sentence | undefined) => a !== undefined && b !== undefined && input.folded.slice(a.end, b.start).includes(';');
  const previous = input.sentences[sentence.index - 1];
  const next = input.sentences[sentence.index + 1];
  const from = joined(previous, sentence) ? previous!.index : sentence.index;
  const to = joined(sentence, next) ? next!.index : sentence.index;
  const preRegistration = hitsInSentences(input, 'unequal:pre-registration', from, to).length > 0;
  return preRegistration && !hitsInSentences(input, 'unequal:even-after', from, to).length;
}
