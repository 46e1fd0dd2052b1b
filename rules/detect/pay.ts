// Which amounts in an ad are pay (not a fee, a bonus or a repayment)? Used by missing-pay and as
// evidence of where the job is (a salary in pounds places it in the UK).

import type { AdContext } from '../context';
import { hitsInSentence, sentenceAt } from '../query';
import type { Money } from '../text/money';

const NON_PAY_CONTEXT = ['pay:non-pay-money', 'fees:fee-strong', 'fees:fee-generic', 'fees:secure-slot', 'fees:fee-label', 'repayment:repay-strong', 'referral:referral'];

function inSentenceOf(ctx: AdContext, money: Money, concept: string) {
  return hitsInSentence(ctx, concept, sentenceAt(ctx, money.start));
}

export function isPayAmount(ctx: AdContext, money: Money): boolean {
  const other = NON_PAY_CONTEXT.flatMap((c) => inSentenceOf(ctx, money, c));
  const distance = (list: typeof other) => Math.min(Infinity, ...list.map((h) => Math.abs(h.start - money.start)));
  if (money.period) return distance(other) > 12;
  const payWords = inSentenceOf(ctx, money, 'pay:pay-word')
    // "Pay UGX 2,000,000 to secure your slot" is a demand, not a wage.
    .filter((h) => !(/^pa(?:y|id)$/.test(ctx.folded.slice(h.start, h.end)) && money.start >= h.end && money.start - h.end <= 2 && !ctx.text.slice(h.end, money.start).includes(':')));
  if (money.range) return distance(other) > 40 || distance(payWords) < distance(other);
  if (!payWords.length) return false;
  return distance(payWords) <= distance(other);
}

export function payAmounts(ctx: AdContext): Money[] {
  return ctx.money.filter((m) => isPayAmount(ctx, m));
}
