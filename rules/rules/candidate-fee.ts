// candidate-fee (serious): the candidate must pay to be recruited or placed, including deposits
// and "pay to secure your slot". Never fires on "no fees", "we pay your visa", employer-paid costs,
// a domestic criminal-record check, or money owed only on leaving early (that is repayment-clause).

import type { Sentence } from '../context';
import { isPayAmount } from '../detect/pay';
import {
  followedBy, hitsInSentence, hitsInTokens, hitsOf, moneyInRange, negatedBefore, overlapping, precededBy, tokenDistance,
} from '../query';
import type { Rule, RuleInput } from '../rule';
import type { Hit } from '../text/matcher';
import { cover, spanOf, type Span } from './evidence';
import { answeredNo } from './answered-no';
import { exitContext } from './exit-context';
import { amountForServiceFees, benefitPackage, packageFees, payForFees, type FeeJudge } from './fee-indirect';

function nearest(hits: Hit[], to: Hit): Hit | undefined {
  return [...hits].sort((a, b) => tokenDistance(a, to) - tokenDistance(b, to) || b.last - b.first - (a.last - a.first))[0];
}

function payer(input: RuleInput, sentence: Sentence, fee: Hit): 'candidate' | 'employer' | null {
  const candidate = hitsInSentence(input, 'negation:candidate-pays', sentence)
    .filter((h) => !overlapping(input, 'negation:employer-pays', h) || h.last - h.first > 1);
  const employer = [...hitsInSentence(input, 'negation:employer-pays', sentence), ...hitsInSentence(input, 'negation:free', sentence)]
    .filter((h) => !candidate.some((c) => c.first <= h.first && h.last <= c.last && c.last - c.first > h.last - h.first));
  const c = nearest(candidate, fee);
  const e = nearest(employer, fee);
  if (c && (!e || tokenDistance(c, fee) < tokenDistance(e, fee))) return 'candidate';
  if (e) return 'employer';
  return null;
}

/**
 * A list item under a header line: "Costs we cover:" / "What you pay:". Bulleted benefits are
 * separate sentences, so the payer is often only in the header.
 */
const OFFER_HEADER = /\b(?:we will|we'll|we offer|we can offer|we provide|benefits|what we offer|what you get|in return|package includes|perks|nous offrons|nous proposons|oferecemos|ofrecemos|wir bieten)\b/;

function listHeaderPayer(input: RuleInput, sentence: Sentence): 'candidate' | 'employer' | null {
  for (let i = sentence.index - 1; i >= Math.max(0, sentence.index - 10); i--) {
    const s = input.sentences[i]!;
    const line = input.text.slice(s.start, Math.min(input.text.length, s.end + 3)).split('\n')[0]!;
    if (OFFER_HEADER.test(input.folded.slice(s.start, s.end))) return 'employer';
    const endsWithColon = /[:;]\s*$/.test(line);
    if (endsWithColon) {
      if (hitsInSentence(input, 'negation:employer-pays', s).length || hitsInSentence(input, 'negation:free', s).length) return 'employer';
      if (hitsInSentence(input, 'negation:candidate-pays', s).length) return 'candidate';
      return null;
    }
    if (s.lastToken - s.firstToken > 10) return null;
  }
  return null;
}

/** "en 3 fois sans frais", "10 vezes sem juros": interest-free instalments, still the candidate's money. */
function inInstalments(input: RuleInput, free: Hit | undefined): boolean {
  return free !== undefined && hitsInTokens(input, 'negation:candidate-pays', Math.max(0, free.first - 6), free.last)
    .some((c) => c.first <= free.first && free.last <= c.last && c.last - c.first > free.last - free.first);
}

function negated(input: RuleInput, fee: Hit): boolean {
  if (negatedBefore(input, fee, 5)) return true;
  const before = precededBy(input, 'negation:free', fee, 6);
  const after = followedBy(input, 'negation:free', fee, 6);
  if ((before && !inInstalments(input, before)) || (after && !inInstalments(input, after))) return true;
  // "Fees: none", "fee – nil", "frais : aucun"
  return /^\s*[:\-–]?\s*(?:none|nil|zero|£0|€0|\$0|aucun|nenhum|ninguno|keine)\b/i.test(input.text.slice(fee.end, fee.end + 12));
}

const RECRUITMENT_FEE = /recruit|placement|agenc|agent|cos\b|sponsor|processing|visa|facilitat|consult|introduction|documentation|slot|reservation|booking|commitment|deployment|job|finder|interview|selection|deposit|dossier|colocacao|recrutamento|processamento|inscri|vermittlung|reserva|orientation|success|service/;

/**
 * A criminal-record check (DBS), a regulator's or exam fee, rent or parking: the employer may recover
 * these (RULES.md). Said in the sentence or the one before, it covers every fee there that is not
 * plainly a recruitment fee.
 */
const EXEMPT = ['fees:exempt-check', 'fees:exempt-regulator', 'fees:exempt-other'];

/** "Optional English course, £600": a course the candidate may choose is not a price of being recruited. */
const COURSE = /\b(?:course|courses|class|classes|lessons|tuition|cours|formation|curso|cursos|aulas|clases|kurs|kurse|sprachkurs\w*)\b/;
const OPTIONAL = /\b(?:optional|voluntary|not required|not a condition|not compulsory|not mandatory|if you wish|facultati\w*|optionnel\w*|non obligatoire|opcional|opcionais|opcionales|nao obrigatori\w*|no obligatori\w*|voluntari\w*|freiwillig\w*|nicht verpflichtend|optional\w*)\b/;

function optionalCourse(input: RuleInput, sentence: Sentence, fee: Hit): boolean {
  if (!COURSE.test(input.folded.slice(Math.max(sentence.start, fee.start - 40), Math.min(sentence.end, fee.end + 40)))) return false;
  return OPTIONAL.test(input.folded.slice(sentence.start, sentence.end));
}

function exempt(input: RuleInput, sentence: Sentence, fee: Hit): boolean {
  if (optionalCourse(input, sentence, fee)) return true;
  // "a deposit or first month's rent": a tenancy deposit, not a recruitment one.
  const deposit = /deposit|caution|kaution|fianza|caucao/.test(input.folded.slice(fee.start, fee.end));
  if (EXEMPT.some((c) => overlapping(input, c, fee) || precededBy(input, c, fee, 2) || (deposit && followedBy(input, c, fee, 4)))) return true;
  if (RECRUITMENT_FEE.test(input.folded.slice(fee.start, fee.end))) return false;
  // A criminal-record check is often explained over two sentences; rent or parking in one; a
  // regulator's fee only right next to its name ("NMBI registration fee", not "Fee: … + NMBI …").
  const previous = input.sentences[sentence.index - 1];
  if (hitsInSentence(input, 'fees:exempt-check', sentence).length || hitsInSentence(input, 'fees:exempt-other', sentence).length) return true;
  if (hitsInSentence(input, 'fees:exempt-regulator', sentence).some((r) => tokenDistance(r, fee) <= 3)) return true;
  return Boolean(previous && hitsInSentence(input, 'fees:exempt-check', previous).length);
}

/** "Registration fee: ₦150,000", "Frais de dossier : 500 000 FCFA": a label, a colon, an amount. */
function labelledAmount(input: RuleInput, hit: Hit): boolean {
  const after = input.text.slice(hit.end, hit.end + 40);
  const colon = /^\s*(?:\([^)]{0,20}\))?\s*(?:[:=]|[-–—](?=\s*[^\s\d]{0,4}\d))\s*/.exec(after);
  if (!colon) return false;
  return moneyInRange(input, hit.end, hit.end + colon[0].length + 40).some((m) => m.start <= hit.end + colon[0].length + 4);
}

const PACKAGE = /^(?:total package|package|paquete|pacote|paket|forfait)$/;
const PACKAGE_CONTENTS = /\b(?:cos|visa|ticket|agency|processing|medical|visto|bilhete|billet|passagem)\b/;

/** "Total package ₹12,00,000 (CoS + visa + ticket)": a price for recruitment, not a salary package. */
function packagePrice(input: RuleInput, sentence: Sentence, hit: Hit): boolean {
  if (!PACKAGE.test(input.folded.slice(hit.start, hit.end))) return false;
  if (!PACKAGE_CONTENTS.test(input.folded.slice(sentence.start, sentence.end))) return false;
  return moneyInRange(input, hit.end, hit.end + 40).some((m) => m.start <= hit.end + 12 && !/[.!?\n]/.test(input.text.slice(hit.end, m.start)));
}

/** "Registration ksh 15k only": a fee label followed on the same line by a one-off amount that is not pay. */
function amountRightAfter(input: RuleInput, hit: Hit): boolean {
  if (/[-‐]$/.test(input.text.slice(Math.max(0, hit.start - 1), hit.start))) return false; // "pre-registration £26,530"
  return moneyInRange(input, hit.end, hit.end + 40)
    .some((m) => /^[ \t\u00a0]{0,2}$/.test(input.text.slice(hit.end, m.start)) && !isPayAmount(input, m));
}

const PAY_VERB = /^(?:pay|paid|pays|paying|payment|pague|paga|pagar|payer|payez|paie|zahlen|bezahlen|pagame?|deposit)$/;
const SALARY_QUALIFIER = /(?:salary|pay|remuneration|relocation|benefits?|welcome|compensation|reward|retention|salaire|salario|salário|gehalt|pacote salarial)\s*$/i;

function sentenceFees(input: RuleInput, sentence: Sentence): Span[] {
  const fees = hitsInSentence(input, 'fees:fee-strong', sentence);
  const generic = hitsInSentence(input, 'fees:fee-generic', sentence).filter((g) => !fees.some((f) => f.first <= g.first && g.last <= f.last));
  const labels = hitsInSentence(input, 'fees:fee-label', sentence)
    .filter((l) => labelledAmount(input, l) || amountRightAfter(input, l) || packagePrice(input, sentence, l));
  const money = moneyInRange(input, sentence.start, sentence.end + 2).filter((m) => m.period === null);
  const spans: Span[] = [];

  const consider = (hit: Hit, kind: 'strong' | 'generic' | 'label', selfEvident = false) => {
    if (exempt(input, sentence, hit) || negated(input, hit)) return;
    const who = payer(input, sentence, hit) ?? listHeaderPayer(input, sentence);
    if (who === 'employer') return;
    const labelled = labelledAmount(input, hit) || (kind === 'label' && amountRightAfter(input, hit));
    if (kind === 'strong' && !(money.length || who === 'candidate' || selfEvident || labelled)) return;
    if (kind === 'generic' && !(money.length && (who === 'candidate' || labelled))) return;
    const amount = money.find((m) => m.start >= hit.start - 40);
    spans.push(amount ? cover([spanOf(hit), amount]) : spanOf(hit));
  };

  for (const hit of fees) {
    const isPackage = /package/.test(input.folded.slice(hit.start, hit.end));
    if (isPackage && SALARY_QUALIFIER.test(input.text.slice(Math.max(0, hit.start - 20), hit.start))) continue;
    const selfEvident = /deposit|for sale|buy|caution|kaution|reserva|caucao|fianza|acompte/.test(input.folded.slice(hit.start, hit.end));
    consider(hit, 'strong', selfEvident);
  }
  const slots = hitsInSentence(input, 'fees:secure-slot', sentence);
  for (const hit of generic) {
    // "Taxa de R$ 3.500 para garantir sua vaga": a charge to hold a place is the candidate's.
    if (slots.length && money.length && !exempt(input, sentence, hit) && !negated(input, hit) && payer(input, sentence, hit) !== 'employer') {
      spans.push(cover([spanOf(hit), money[0]!]));
      continue;
    }
    consider(hit, 'generic');
  }
  for (const hit of labels) {
    const text = input.folded.slice(hit.start, hit.end);
    if (/package|paquete|pacote|paket|forfait/.test(text) && (SALARY_QUALIFIER.test(input.text.slice(Math.max(0, hit.start - 20), hit.start)) || benefitPackage(input, hit))) continue;
    if (/^(?:package|paquete|pacote|paket|forfait)$/.test(text) && !/\b(?:cos|visa|ticket|agency|processing|medical|visto|bilhete|billet)\b/.test(input.folded.slice(sentence.start, sentence.end))) continue;
    consider(hit, 'label');
  }

  // "Pay UGX 2,000,000 to secure your interview slot", "Réservez votre place : 150 000 FCFA à verser".
  for (const slot of slots) {
    const candidate = hitsInSentence(input, 'negation:candidate-pays', sentence).filter((h) => !negatedBefore(input, h, 4));
    const verb = candidate.find((h) => PAY_VERB.test(input.tokens[h.first]!.text) && h.last <= slot.first);
    if (verb && money.some((m) => m.start >= verb.start && m.end <= slot.end + 40)) spans.push(cover([spanOf(verb), spanOf(slot)]));
    else if (candidate.length && money.some((m) => m.start >= slot.start) && !hitsInSentence(input, 'negation:employer-pays', sentence).length) {
      spans.push(cover([spanOf(slot), money.find((m) => m.start >= slot.start)!]));
    }
  }

  // "Candidates are responsible for the cost of their Certificate of Sponsorship", "CoS for sale",
  // "the sponsorship cost will be deducted from your first salaries", "support package payable by the candidate".
  const responsible = hitsInSentence(input, 'negation:candidate-pays', sentence)
    .filter((h) => /responsible|own (?:cost|expense)|deduct|for sale|buy|purchase|bear|borne|cover|payable by|paid by|a la charge|a cargo|zu tragen|vom bewerber|descontad|deduit|preleve|will pay|must pay|need to pay|have to pay|themselves|yourself|what you pay|charged|eigene kosten|selbst|sua conta|suas custas|su cuenta|vos propres frais|leurs frais|votre charge|la charge de la candidat|la charge du candidat|restent a la charge|contribut|assume|asume|suporta|corre con|retenus sur|descontad|se descontara|tragt|ubernimmt der bewerber|zahlt der bewerber|payable before|payable upfront|payment plan/.test(input.folded.slice(h.start, h.end)));
  const noEmployer = !hitsInSentence(input, 'negation:employer-pays', sentence).length && !hitsInSentence(input, 'negation:free', sentence).length;
  const header = listHeaderPayer(input, sentence);
  for (const item of hitsInSentence(input, 'fees:cost-item', sentence)) {
    const near = responsible.find((r) => tokenDistance(r, item) <= 8 && !negatedBefore(input, r, 4));
    if (!noEmployer || exempt(input, sentence, item)) continue;
    if (near) {
      spans.push(cover([spanOf(item), spanOf(near)]));
      break;
    }
    // "What you pay:\n• CoS – £700"
    if (header === 'candidate' && money.length) {
      spans.push(cover([spanOf(item), money[0]!]));
      break;
    }
  }

  // "Candidate Success Package AUD 3,500 — includes job placement", "Pay KSh 350,000 for CoS & processing".
  const judge: FeeJudge = { negated: (hit) => negated(input, hit), header: (s) => listHeaderPayer(input, s) };
  spans.push(...packageFees(input, sentence, judge), ...payForFees(input, sentence), ...amountForServiceFees(input, sentence, judge));
  return spans;
}

const FEE_CUES = ['fees:fee-strong', 'fees:fee-generic', 'fees:fee-label', 'fees:secure-slot', 'fees:cost-item', 'fees:offer-package', 'fees:pay-verb', 'fees:service-placement', 'fees:service-visa'];

/** Only sentences with a fee, a label, a slot to secure or a cost item can hold a fee. */
function candidateSentences(input: RuleInput): Sentence[] {
  const indexes = new Set<number>();
  for (const concept of FEE_CUES) for (const hit of hitsOf(input, concept)) indexes.add(input.sentenceOfToken[hit.first]!);
  return [...indexes].sort((a, b) => a - b).map((i) => input.sentences[i]!);
}

export const candidateFee: Rule = {
  id: 'candidate-fee',
  severity: 'serious',
  basis: [
    { instrument: 'ilo-c181', provision: 'Art. 7(1)' },
    { instrument: 'ilo-fair-recruitment', provision: 'Definition of recruitment fees and related costs' },
  ],
  detect(input) {
    const evidence: Span[] = [];
    for (const sentence of candidateSentences(input)) {
      if (exitContext(input, sentence) || answeredNo(input, sentence)) continue;
      evidence.push(...sentenceFees(input, sentence));
    }
    if (!evidence.length) return null;
    const basis = [];
    const dest = input.places.destination;
    if (dest === 'GB') {
      basis.push({ instrument: 'eaa-1973', provision: 's. 6(1)' }, { instrument: 'home-office-sponsor-2024' });
      if (input.places.targets.includes('PH')) basis.push({ instrument: 'ph-no-placement-fee' });
    }
    if (dest === 'IE' && input.places.targets.includes('PH')) basis.push({ instrument: 'ph-no-placement-fee' });
    if (dest === 'DE') basis.push({ instrument: 'de-guetesiegel' });
    if (dest === 'AU') basis.push({ instrument: 'au-sponsor' });
    return { evidence, basis };
  },
};
