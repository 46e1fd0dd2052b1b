// Money owed only on leaving early: a repayment clause, not a fee (RULES.md, "Fees vs repayment").

import type { Sentence } from '../context';
import { hitsInSentence, negatedBefore, overlapping } from '../query';
import type { RuleInput } from '../rule';
import type { Hit } from '../text/matcher';

export function leaveEarlyHits(input: RuleInput, sentence: Sentence): Hit[] {
  return hitsInSentence(input, 'repayment:leave-early', sentence).filter((h) => !overlapping(input, 'repayment:leave-noun', h));
}

export function strongRepaymentHits(input: RuleInput, sentence: Sentence): Hit[] {
  return hitsInSentence(input, 'repayment:repay-strong', sentence).filter(
    (h) => !overlapping(input, 'repayment:repay-benefit', h) && !negatedBefore(input, h, 4),
  );
}

/** The sentence is about what a worker owes when leaving early. */
export function exitContext(input: RuleInput, sentence: Sentence): boolean {
  if (strongRepaymentHits(input, sentence).length) return true;
  if (!leaveEarlyHits(input, sentence).length) return false;
  return hitsInSentence(input, 'repayment:repay-verb', sentence).some((h) => !overlapping(input, 'repayment:repay-benefit', h));
}
