// repayment-clause (warning; serious past the thresholds in RULES.md): bonds, repayment,
// clawback, liquidated damages, exit fees for leaving early.

import type { Sentence } from '../context';
import { toGBP } from '../data/index';
import { hitsInSentence, moneyInRange, negatedBefore, overlapping } from '../query';
import type { Rule, RuleInput } from '../rule';
import type { Money } from '../text/money';
import { answeredNo } from './answered-no';
import { sentenceSpan, spanOf, type Span } from './evidence';
import { leaveEarlyHits, strongRepaymentHits } from './exit-context';

const DEST_DOLLAR: Record<string, string> = { AU: 'AUD', CA: 'CAD', NZ: 'NZD', SG: 'SGD' };
const EXPERIENCE = /^.{0,30}(?:experienc|expérience|experiência|erfahrung|post[- ]qualification|pqe|practice|of service|anos de|de servicio)/i;
const THRESHOLD_GBP = 5000;
const THRESHOLD_MONTHS = 24;

export function inGBP(money: Money, destination: string | null): number | null {
  const currency = money.bareDollar && destination && DEST_DOLLAR[destination] ? DEST_DOLLAR[destination]! : money.currency;
  const rate = toGBP[currency];
  return rate === undefined ? null : money.value * rate;
}

const RECRUITMENT_COSTS = /relocat|visa|flight|training|course|cos\b|sponsor|agenc|recruit|placement|bond|welcome|bonus|premium|damages|tie-in|relocali|formation|formacao|formacion|viagem|viaje|billet|umzug|sprachkurs|vermittlung/;

/** "£10 administration fee deducted if you leave within six months" for the DBS check: neither rule (RULES.md). */
function onlyCheckCost(input: RuleInput, sentence: Sentence): boolean {
  const previous = input.sentences[sentence.index - 1];
  const check = hitsInSentence(input, 'fees:exempt-check', sentence).length || (previous && hitsInSentence(input, 'fees:exempt-check', previous).length);
  return Boolean(check) && !RECRUITMENT_COSTS.test(input.folded.slice(sentence.start, sentence.end));
}

function clauseSentences(input: RuleInput): Array<{ sentence: Sentence; anchor: Span }> {
  const found: Array<{ sentence: Sentence; anchor: Span }> = [];
  for (const sentence of input.sentences) {
    // "Is there a repayment clause? No."
    if (onlyCheckCost(input, sentence) || answeredNo(input, sentence)) continue;
    const strong = strongRepaymentHits(input, sentence);
    if (strong.length) {
      found.push({ sentence, anchor: spanOf(strong[0]!) });
      continue;
    }
    const leave = leaveEarlyHits(input, sentence);
    if (!leave.length) continue;
    const verbs = hitsInSentence(input, 'repayment:repay-verb', sentence)
      .filter((h) => !overlapping(input, 'repayment:repay-benefit', h) && !negatedBefore(input, h, 5));
    if (!verbs.length) continue;
    // "you owe us nothing", "no penalty … if you leave early"
    if (hitsInSentence(input, 'negation:free', sentence).length) continue;
    const money = moneyInRange(input, sentence.start, sentence.end + 2).filter((m) => m.period === null);
    const strongVerb = verbs.some((v) => /repay|pay back|paid back|reimburse|owe|recover|recoup|deduct|rembours|reembols|indemni|devolv|zuruck|erstatt|penalt|multa|strafe|claw/.test(input.folded.slice(v.start, v.end)));
    if (strongVerb || money.length) found.push({ sentence, anchor: spanOf(verbs[0]!) });
  }
  return found;
}

function nearbyCommitmentSentences(input: RuleInput, clauses: Sentence[]): Sentence[] {
  const indexes = new Set(clauses.map((s) => s.index));
  return input.sentences.filter((s) =>
    !indexes.has(s.index)
    && clauses.some((c) => Math.abs(c.index - s.index) <= 3)
    && hitsInSentence(input, 'repayment:commitment', s).some((h) => !negatedBefore(input, h, 3)),
  );
}

function seriousReasons(input: RuleInput, clauses: Sentence[]): string[] {
  const reasons: string[] = [];
  const scope = [...clauses, ...nearbyCommitmentSentences(input, clauses)];
  const months = scope.flatMap((s) => input.durations.filter((d) => d.start >= s.start && d.end <= s.end + 2))
    .filter((d) => !EXPERIENCE.test(input.text.slice(d.end, d.end + 40)))
    .map((d) => d.months);
  if (Math.max(0, ...months) > THRESHOLD_MONTHS) reasons.push('long');
  const sums = clauses.flatMap((s) => moneyInRange(input, s.start, s.end + 2)).filter((m) => m.period === null)
    .map((m) => inGBP(m, input.places.destination) ?? 0);
  if (Math.max(0, ...sums) > THRESHOLD_GBP) reasons.push('large');
  const inClauses = (concept: string) =>
    clauses.some((s) => hitsInSentence(input, concept, s).some((h) => !negatedBefore(input, h, 3)));
  if (inClauses('repayment:interest')) reasons.push('interest');
  if (inClauses('repayment:cash')) reasons.push('cash');
  if (inClauses('repayment:non-recoverable')) reasons.push('non-recoverable');
  return reasons;
}

export const repaymentClause: Rule = {
  id: 'repayment-clause',
  severity: 'warning',
  basis: [
    { instrument: 'uk-code-annex-b', provision: 'Transparency, proportionate costs, timing, flexibility; no interest; no cash; agency fee and Immigration Skills Charge never reclaimed' },
  ],
  detect(input) {
    const clauses = clauseSentences(input);
    if (!clauses.length) return null;
    const sentences = clauses.map((c) => c.sentence);
    const reasons = seriousReasons(input, sentences);
    const serious = reasons.length > 0;
    return {
      evidence: sentences.map((s) => sentenceSpan(input, s)),
      severity: serious ? 'serious' : 'warning',
      variant: serious ? 'serious' : undefined,
      params: serious ? { reasons: reasons.join(',') } : undefined,
      basis: reasons.includes('non-recoverable') ? [{ instrument: 'home-office-sponsor-2024' }] : undefined,
    };
  },
};
