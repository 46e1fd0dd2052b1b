// Which amounts in an ad are pay (not a fee, a bonus or a repayment)? Used by missing-pay and as
// evidence of where the job is (a salary in pounds places it in the UK).

import type { AdContext } from '../context';
import { anyHitInTokens, countHitsInTokens, hitsInSentence, hitsInTokens, sentenceAt, tokenIndexAt } from '../query';
import type { Hit } from '../text/matcher';
import { periodAfter, type Money } from '../text/money';
import { findAmountsInWords } from '../text/money-words';

/** Words that make a nearby amount something other than pay. */
const NON_PAY_CONTEXT = ['pay:non-pay-money', 'fees:fee-strong', 'fees:fee-generic', 'fees:secure-slot', 'repayment:repay-strong', 'referral:referral'];
/** Right before an amount, a fee label too ("Registration: ₦80,000"). */
const NON_PAY_BEFORE = [...NON_PAY_CONTEXT, 'fees:fee-label'];
const ROLES = ['occupations:registered-clinical', 'occupations:care-worker', 'occupations:allied-health', 'occupations:care-work'];
/** "SAR 5,500 + accommodation", "950 € + alojamento", "£110,000 pro rata": how packages are written. */
const PACKAGE_AFTER = /^(?:\+(?!\s*[\d£€$])|\s*(?:\+|plus|,|\()\s*(?:free\s+)?(?:accommodation|housing|benefits|super|superannuation|allowances?|package|bonus|overtime|enhancements?|unsocial|shift|tax[- ]free|flights?|transport|alojamento|alojamiento|logement|vivienda|unterkunft|wohnung|primes?|subsidios?|zulagen?|beneficios|avantages|14|13))/;
const ALONE_ON_LINE = /^[^\p{L}]*(?:[\p{L}$]{0,4}[^\p{L}\n]*)?$/u;

/** Hits of the concepts within `reach` tokens of the amount, in its sentence: bounded, so long ads stay linear. */
function near(ctx: AdContext, money: Money, concepts: string[], reach: number): Hit[] {
  const sentence = sentenceAt(ctx, money.start);
  const at = tokenIndexAt(ctx, money.start);
  const first = Math.max(sentence.firstToken, at - reach);
  const last = Math.min(sentence.lastToken, at + reach);
  return concepts.flatMap((c) => hitsInTokens(ctx, c, first, last));
}

/** Does the amount's sentence hold any hit of the concepts? */
function inSentence(ctx: AdContext, money: Money, concepts: string[]): boolean {
  const sentence = sentenceAt(ctx, money.start);
  return concepts.some((c) => anyHitInTokens(ctx, c, sentence.firstToken, sentence.lastToken));
}

/** A fee, bonus or repayment word just before the amount ("fee: £50", "bonus of £600"). */
function nonPayBefore(ctx: AdContext, money: Money): boolean {
  return near(ctx, money, NON_PAY_BEFORE, 12).some((h) => h.end <= money.start && money.start - h.end <= 30);
}

/** A fee, bonus or repayment word in the amount's clause ("£38,500; OSCE fees paid" keeps them apart). */
function nonPayInClause(ctx: AdContext, money: Money): boolean {
  return near(ctx, money, NON_PAY_CONTEXT, CLAUSE_REACH).some((h) => {
    const [from, to] = h.end <= money.start ? [h.end, money.start] : [money.end, h.start];
    return !/[;]/.test(ctx.text.slice(from, to));
  });
}

function countInSentence(ctx: AdContext, money: Money, concept: string): number {
  const sentence = sentenceAt(ctx, money.start);
  return countHitsInTokens(ctx, concept, sentence.firstToken, sentence.lastToken);
}

/** How far, in tokens, a clause reaches around an amount. */
const CLAUSE_REACH = 40;

export function isPayAmount(ctx: AdContext, money: Money): boolean {
  if (nonPayBefore(ctx, money)) {
    const payJustBefore = near(ctx, money, ['pay:pay-word'], 6).some((h) => h.end <= money.start && money.start - h.end <= 12 && /sal|wage|remun|gehalt|vencim|sueldo|rate/.test(ctx.folded.slice(h.start, h.end)));
    if (!payJustBefore) return false;
  }
  if (money.period || money.range) return true;
  // "Pay UGX 2,000,000 to secure your slot" is a demand, not a wage.
  const demand = (h: Hit) => /^pa(?:y|id)$/.test(ctx.folded.slice(h.start, h.end)) && money.start >= h.end && money.start - h.end <= 2 && !ctx.text.slice(h.end, money.start).includes(':');
  if (inSentence(ctx, money, ['pay:pay-word']) && (countInSentence(ctx, money, 'pay:pay-word') > 1 || !near(ctx, money, ['pay:pay-word'], 3).some(demand))) return true;
  if (PACKAGE_AFTER.test(ctx.folded.slice(money.end, money.end + 30))) return true;
  // "Nurses: £29,970", "enfermeiros 1 600 €": a role and an amount, no fee in the same clause.
  if (inSentence(ctx, money, ROLES) && !nonPayInClause(ctx, money)) return true;
  // An amount alone on one of the first lines, under the title, as boards print the salary.
  if (money.start >= headEnd(ctx)) return false;
  const before = ctx.text.slice(Math.max(0, money.start - MAX_SALARY_LINE), money.start);
  const after = ctx.text.slice(money.end, money.end + MAX_SALARY_LINE);
  const lineBreakBefore = before.lastIndexOf('\n');
  const lineBreakAfter = after.indexOf('\n');
  const startsLine = lineBreakBefore >= 0 || money.start <= MAX_SALARY_LINE;
  const endsLine = lineBreakAfter >= 0 || money.end + MAX_SALARY_LINE >= ctx.text.length;
  if (!startsLine || !endsLine) return false;
  const rest = before.slice(lineBreakBefore + 1) + after.slice(0, lineBreakAfter < 0 ? undefined : lineBreakAfter);
  return rest.length <= MAX_SALARY_LINE && ALONE_ON_LINE.test(rest);
}

const HEAD_LINES = 4;
const MAX_SALARY_LINE = 120;
const heads = new WeakMap<AdContext, number>();

/** Where the ad's first few lines end. */
function headEnd(ctx: AdContext): number {
  let end = heads.get(ctx);
  if (end === undefined) {
    end = -1;
    for (let line = 0; line < HEAD_LINES; line++) {
      end = ctx.text.indexOf('\n', end + 1);
      if (end < 0) {
        end = ctx.text.length;
        break;
      }
    }
    heads.set(ctx, end);
  }
  return end;
}

export function payAmounts(ctx: AdContext): Money[] {
  return ctx.money.filter((m) => isPayAmount(ctx, m));
}

/** "Pay: twelve pounds sixty an hour", "Thirty-three thousand pounds per annum": pay written in words. */
export function payInWords(ctx: AdContext): boolean {
  return findAmountsInWords(ctx.folded).some((amount) => {
    if (periodAfter(ctx.folded, amount.end)) return true;
    const sentence = sentenceAt(ctx, amount.start);
    return hitsInSentence(ctx, 'pay:pay-word', sentence).some((h) => h.end <= amount.start && /sal|wage|pay|remun|gehalt|verg|sueldo|vencim|rate/.test(ctx.folded.slice(h.start, h.end)))
      && !hitsInSentence(ctx, 'fees:fee-strong', sentence).length;
  });
}
