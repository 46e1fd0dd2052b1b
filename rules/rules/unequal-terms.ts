// unequal-terms (warning): migrant staff on worse terms than domestic staff in the same role
// (lower pay or band after registration, no CPD). Not the normal pre-registration band for nurses
// awaiting their OSCE or recognition (Scottish code principle 5).

import type { Sentence } from '../context';
import { hitsInSentence, hitsInSentences, moneyInRange } from '../query';
import type { Rule, RuleInput } from '../rule';
import type { Hit } from '../text/matcher';
import { sentenceSpan, type Span } from './evidence';

const BAND = /\b(?:band|grade|tvod\s?p|p)\s?(\d)/g;

function destinationDemonymHits(input: RuleInput, from: Sentence, to: Sentence): Hit[] {
  const destination = input.places.destination;
  if (!destination) return [];
  return input.countryMentions
    .filter((m) => m.iso === destination && (m.kind === 'demonym' || m.kind === 'name'))
    .map((m) => m.hit)
    .filter((h) => h.start >= from.start && h.end <= to.end);
}

type Point = { value: number; start: number; end: number };

/** Amounts and bands, each given to the group mention nearest to it: migrant lower than domestic? */
function lowerForMigrants(points: Point[], migrant: Hit[], domestic: Hit[]): boolean {
  const distance = (p: Point, h: Hit) => (p.end <= h.start ? h.start - p.end : p.start >= h.end ? p.start - h.end : 0);
  const mine: number[] = [];
  const theirs: number[] = [];
  for (const p of points) {
    const dm = Math.min(...migrant.map((h) => distance(p, h)));
    const dd = Math.min(...domestic.map((h) => distance(p, h)));
    (dm < dd ? mine : theirs).push(p.value);
  }
  return mine.length > 0 && theirs.length > 0 && Math.min(...mine) < Math.max(...theirs);
}

function differs(input: RuleInput, from: Sentence, to: Sentence, migrant: Hit[], domestic: Hit[]): boolean {
  const amounts = moneyInRange(input, from.start, to.end + 2).map((m) => ({ value: m.value, start: m.start, end: m.end }));
  if (lowerForMigrants(amounts, migrant, domestic)) return true;
  const bands = [...input.folded.slice(from.start, to.end).matchAll(BAND)]
    .map((m) => ({ value: Number(m[1]), start: from.start + m.index, end: from.start + m.index + m[0].length }));
  if (lowerForMigrants(bands, migrant, domestic)) return true;
  // "reduced rate … standard scale paid to our UK-trained nurses", "20 % menos … que el personal
  // nacional", "P7 statt P8", "la prime … après trois ans, contre dès l'embauche".
  const worse = hitsInSentences(input, 'unequal:worse', from.index, to.index);
  const about = hitsInSentences(input, 'unequal:development', from.index, to.index).length > 0
    || hitsInSentences(input, 'pay:pay-word', from.index, to.index).length > 0
    || moneyInRange(input, from.start, to.end + 2).length > 0;
  if (worse.length && about) return true;
  const exclusion = hitsInSentences(input, 'unequal:difference', from.index, to.index)
    .some((h) => /eligib|exclu|available|reserved|restricted|access|acces|acesso|anspruch|vorbehalten|reserve|only|uniquement|apenas|solo/.test(input.folded.slice(h.start, h.end)));
  const development = hitsInSentences(input, 'unequal:development', from.index, to.index).length > 0;
  return exclusion && development;
}

/** The normal band while awaiting registration, unless the ad says it lasts beyond it. */
function preRegistrationOnly(input: RuleInput, sentence: Sentence): boolean {
  const preRegistration = hitsInSentence(input, 'unequal:pre-registration', sentence).length > 0;
  return preRegistration && !hitsInSentence(input, 'unequal:even-after', sentence).length;
}

/** Exclusion or lesser terms said of migrants in so many words, even without naming the staff who do get them. */
const EXPLICIT_EXCLUSION = /not included|excluded|not eligible|ineligible|not entitled|no access|cannot access|can't access|restent remuneres|ne beneficient pas|n ouvre pas droit|pas acces|statt|anstatt|keinen zugang|kein anspruch|nicht berechtigt|nao tem direito|sem acesso|excluidos|no tienen derecho|sin acceso|excluidos/;

/**
 * "Sponsored staff are not included in the annual pay award", "Ausländische Pflegekräfte werden auch
 * nach der Anerkennung … in P5 statt P7 eingruppiert": the migrants are the subject and what they are
 * denied is pay, a band or development.
 */
function worseForMigrantsAlone(input: RuleInput, sentence: Sentence): boolean {
  const migrant = hitsInSentence(input, 'unequal:migrant-group', sentence)[0];
  if (!migrant) return false;
  const worse = hitsInSentence(input, 'unequal:worse', sentence)
    .filter((h) => h.first >= migrant.last && EXPLICIT_EXCLUSION.test(input.folded.slice(h.start, h.end)));
  if (!worse.length) return false;
  const about = hitsInSentence(input, 'unequal:development', sentence).length > 0 || hitsInSentence(input, 'pay:pay-scale', sentence).length > 0
    || hitsInSentence(input, 'pay:pay-word', sentence).length > 0;
  return about && !hitsInSentence(input, 'unequal:equal', sentence).length;
}

export const unequalTerms: Rule = {
  id: 'unequal-terms',
  severity: 'warning',
  basis: [
    { instrument: 'scottish-code-2022', provision: 'Guiding principle 5: same rights, terms and access to education, training and CPD as domestically trained staff' },
    { instrument: 'who-code', provision: 'Art. 4', note: 'who_code_article_note' },
  ],
  detect(input) {
    const evidence: Span[] = [];
    for (const sentence of input.sentences) {
      if (!hitsInSentence(input, 'unequal:migrant-group', sentence).length) continue;
      const compared = comparedWithDomestic(input, sentence);
      if (compared) evidence.push(...compared);
      else if (worseForMigrantsAlone(input, sentence) && !preRegistrationOnly(input, sentence)) evidence.push(sentenceSpan(input, sentence));
    }
    return evidence.length ? { evidence } : null;
  },
};

/** Migrants and domestic staff named in this sentence and a neighbour, on different terms: the sentences that say so. */
function comparedWithDomestic(input: RuleInput, sentence: Sentence): Span[] | null {
  const last = input.sentences.length - 1;
  for (const [from, to] of [[Math.max(0, sentence.index - 1), sentence.index], [sentence.index, Math.min(last, sentence.index + 1)]] as const) {
    const a = input.sentences[from]!;
    const b = input.sentences[to]!;
    const domestic = [...hitsInSentences(input, 'unequal:domestic-group', from, to), ...destinationDemonymHits(input, a, b)];
    if (!domestic.length || hitsInSentences(input, 'unequal:equal', from, to).length) continue;
    const migrants = hitsInSentences(input, 'unequal:migrant-group', from, to)
      .filter((m) => !domestic.some((d) => d.first <= m.first && m.last <= d.last));
    if (!migrants.length || !differs(input, a, b, migrants, domestic) || preRegistrationOnly(input, sentence)) continue;
    return [sentenceSpan(input, a), ...(to !== from ? [sentenceSpan(input, b)] : [])];
  }
  return null;
}
