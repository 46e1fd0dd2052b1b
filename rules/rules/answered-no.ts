// FAQ-style ads ask the question a worker would ask and answer it: "Will you keep my passport? No."
// A finding whose sentence is such a question, answered "no" at the start of the next sentence,
// reports the opposite of what the ad says. A hook that is not answered no ("Want a guaranteed
// visa? Apply now!") is still a claim.

import type { AdContext, Sentence } from '../context';

/** Words that answer a question "no" when they open the next sentence (folded). */
const NO = new Set(['no', 'nope', 'non', 'nao', 'nein', 'never', 'jamais', 'nunca', 'nie', 'niemals', 'jamas']);
/** "A: No", "R : Non", "Answer – No": a label before the answer. */
const LABEL = new Set(['a', 'r', 'answer', 'reponse', 'resposta', 'respuesta', 'antwort']);
const LABEL_END = /^\s*[:.)\-]/;

/** The sentence ends with a question mark and the next sentence opens with a "no". */
export function answeredNo(ctx: AdContext, sentence: Sentence): boolean {
  const next = ctx.sentences[sentence.index + 1];
  if (!next || next.lastToken < next.firstToken) return false;
  if (!ctx.folded.slice(sentence.end, next.start).includes('?')) return false;
  let at = next.firstToken;
  const first = ctx.tokens[at]!;
  if (LABEL.has(first.text) && at < next.lastToken && LABEL_END.test(ctx.folded.slice(first.end, first.end + 3))) at++;
  return NO.has(ctx.tokens[at]!.text);
}
