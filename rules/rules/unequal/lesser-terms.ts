// Lesser terms said of migrants alone, without naming the staff who get better ones: "not eligible
// for CPD", "80 % of the agreed salary", "stay on the first step … after registration".

import type { Sentence } from '../../context';
import { firstAtOrAfter, followedBy, hitsInSentence, hitsStartingIn, MAX_PHRASE, moneyInRange, negatedBefore, precededBy, tokenDistance } from '../../query';
import type { RuleInput } from '../../rule';
import type { Hit } from '../../text/matcher';
import { preRegistrationOnly } from './pre-registration';
import { BAND, payAmounts, STEP, valuesOf } from './values';

/** "80 % of the agreed salary", "85 % du salaire", "80 % del salario pactado", "90 % des Tarifgehalts". */
const SHARE_OF_PAY = /(?<![\d.,])(\d{2})(?:[.,]\d+)?\s?(?:%|per ?cent|percent|por ?ciento|pour ?cent|por ?cento|prozent)\s+(?:of|du|de|del|do|da|des|der|vom|dem|ihres|seines)\b(.{0,40})/g;
const PAY_NOUN = /salar|salair|remuner|vencimento|ordenado|sueldo|gehalt|lohn|entgelt|tarif|vergutung|\bpay\b|wage|\brate\b|grille|tabela|tabla|convenio|convention|scale/;
/** A preposition and at most two words before the level a group stays on: " on the first ", " in ", " au ". */
const ON_LEVEL = /(?:^|\s)(?:on|in|at|au|aux|a|sur|no|na|nos|nas|em|en|im|auf|bei|dans)(?:\s+[\p{L}\p{N}]+){0,2}\s*$/u;
/** Pay, a band or a pay step. */
const PAY_OBJECTS = ['unequal:pay', 'pay:pay-scale', 'unequal:level'];
const LEVELS = ['pay:pay-scale', 'unequal:level'];

function hasDuration(input: RuleInput, sentence: Sentence): boolean {
  const next = input.durations[firstAtOrAfter(input.durations, (d) => d.start, sentence.start)];
  return next !== undefined && next.end <= sentence.end + 2;
}

/** "not eligible for CPD", "n'ont pas droit aux primes", "keinen Anspruch auf Fortbildung". */
function excluded(input: RuleInput, sentence: Sentence, objects: string[]): boolean {
  return hitsInSentence(input, 'unequal:exclusion', sentence).some((x) =>
    hitsStartingIn(input, objects, x.first, Math.min(sentence.lastToken, x.last + 8)).some((o) => !followedBy(input, 'unequal:cost', o, 2)));
}

/** "no training budget", "sin formación", "kein Fortbildungsbudget" — but not "no training costs". */
function withoutDevelopment(input: RuleInput, development: Hit[]): boolean {
  return development.some((o) => precededBy(input, 'negation:neg', o, 2) !== undefined
    && !followedBy(input, 'unequal:cost', o, 2) && !precededBy(input, 'unequal:worker-pays', o, 4));
}

/**
 * "a lower salary", "paid less", "salário inferior", "£2 less an hour" — not "less tax", not
 * accommodation "at a reduced rate", not "no less than".
 */
function paidLess(input: RuleInput, sentence: Sentence, pay: string[]): boolean {
  return hitsInSentence(input, 'unequal:lower', sentence).some((l) => {
    if (negatedBefore(input, l, 3)) return false;
    // "below the salary threshold": a legal floor, not what migrants are paid.
    if (hitsStartingIn(input, ['unequal:not-pay', 'unequal:floor'], Math.max(sentence.firstToken, l.first - 4 - MAX_PHRASE), l.last + 4).some((n) => tokenDistance(n, l) <= 4)) return false;
    // "cobra un 20 % menos", "10 % de moins", "15 % weniger"
    const before = input.tokens[l.first - 1]?.text === 'de' ? l.first - 2 : l.first - 1;
    if (before > sentence.firstToken && input.tokens[before]!.text === '%') return true;
    const near = hitsStartingIn(input, pay, Math.max(sentence.firstToken, l.first - 2 - MAX_PHRASE), Math.min(sentence.lastToken, l.last + 3))
      .some((p) => (p.first >= l.last && p.first - l.last <= 3) || (p.last <= l.first && l.first - p.last <= 2) || (p.first < l.last && l.first < p.last));
    return near || moneyInRange(input, Math.max(sentence.start, l.start - 80), l.start).some((m) => l.start - m.end <= 20)
      || moneyInRange(input, l.end, Math.min(sentence.end + 2, l.end + 80)).some((m) => m.start - l.end <= 20);
  });
}

/** "80 % of the agreed salary", "85 % du salaire conventionnel". */
function shareOfPay(input: RuleInput, sentence: Sentence): boolean {
  for (const m of input.folded.slice(sentence.start, sentence.end + 1).matchAll(SHARE_OF_PAY)) {
    const value = Number(m[1]);
    if (value >= 40 && value < 100 && PAY_NOUN.test(m[2]!)) return true;
  }
  return false;
}

/** "stay on the first pay step for three years after registration", "bleiben nach der Anerkennung in P7". */
function keptDown(input: RuleInput, sentence: Sentence, levels: string[]): boolean {
  const lasting = hitsInSentence(input, 'unequal:after-registration', sentence).length > 0
    || hitsInSentence(input, 'unequal:even-after', sentence).length > 0
    || hasDuration(input, sentence);
  if (!lasting) return false;
  const stays = hitsInSentence(input, 'unequal:stay', sentence);
  if (!stays.length) return false;
  const levelsAt = [
    ...levels.flatMap((c) => hitsInSentence(input, c, sentence)).map((l) => l.start),
    ...valuesOf(input, sentence, sentence, BAND).map((p) => p.start),
    ...valuesOf(input, sentence, sentence, STEP).map((p) => p.start),
  ].sort((a, b) => a - b);
  return stays.some((s) => {
    const to = s.last + 8;
    const limit = to < input.tokens.length ? input.tokens[to]!.end : sentence.end;
    // "stay on the first step", "restent au premier échelon", "bleiben … in P7" — not "stay in hospital accommodation … Band 5".
    for (let i = firstAtOrAfter(levelsAt, (x) => x, s.end); i < levelsAt.length && levelsAt[i]! <= limit; i++) {
      if (ON_LEVEL.test(input.folded.slice(s.end, levelsAt[i]!))) return true;
    }
    return false;
  });
}

/** "in Entgeltgruppe P5 statt P7", "£11.50 instead of £12.60": the value they get is below the one named after. */
function lowerInsteadOf(input: RuleInput, sentence: Sentence): boolean {
  const instead = hitsInSentence(input, 'unequal:instead', sentence);
  if (!instead.length) return false;
  const money = payAmounts(input, sentence, sentence);
  return [money, valuesOf(input, sentence, sentence, BAND), valuesOf(input, sentence, sentence, STEP)].some((points) =>
    instead.some((h) => {
      const next = firstAtOrAfter(points, (p) => p.start, h.end);
      const after = points[next];
      const before = points[firstAtOrAfter(points, (p) => p.start, h.start) - 1];
      return before !== undefined && after !== undefined && before.end <= h.start && h.start - before.end <= 20
        && after.start - h.end <= 20 && before.value < after.value;
    }));
}

/** Lesser terms said of migrants in so many words, without naming the staff who get better ones. */
export function lesserTerms(input: RuleInput, sentence: Sentence): boolean {
  if (hitsInSentence(input, 'unequal:equal', sentence).length || preRegistrationOnly(input, sentence)) return false;
  const development = hitsInSentence(input, 'unequal:development', sentence);
  // Objects of an exclusion are pay and development, not a band: "not eligible for this Band 3 post" is about sponsorship.
  if (excluded(input, sentence, ['unequal:development', 'unequal:pay']) || withoutDevelopment(input, development)) return true;
  // "ne bénéficient de la prime qu'après deux ans", "erst nach drei Jahren Zugang zu Fortbildungen"
  if (development.length && hitsInSentence(input, 'unequal:delay', sentence).length) return true;
  if (shareOfPay(input, sentence) || lowerInsteadOf(input, sentence)) return true;
  // Pay that depends on experience or qualifications applies to everyone.
  if (hitsInSentence(input, 'unequal:experience', sentence).length) return false;
  return paidLess(input, sentence, PAY_OBJECTS) || keptDown(input, sentence, LEVELS);
}
