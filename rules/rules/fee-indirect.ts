// Indirect recruitment fees for candidate-fee (RULES.md: "support packages payable by the candidate";
// ILO C181 Art. 7: no fees "directly or indirectly"): a priced package, programme, pathway, pack or
// plan that sells the candidate a placement, a job offer, a CoS or visa processing; and "Pay KSh
// 350,000 for CoS & processing". An employer's relocation, welcome or salary package is not one.
// Every look-up is a binary search over a bounded token or character window, and what a sentence
// says as a whole is read once, so each hit costs the same however long the ad or sentence is.

import type { Sentence } from '../context';
import { hitsInTokens, moneyInRange, negatedBefore, overlapping, precededBy, tokenDistance } from '../query';
import type { RuleInput } from '../rule';
import type { Hit } from '../text/matcher';
import type { Money } from '../text/money';
import { cover, spanOf, type Span } from './evidence';

type Payer = 'candidate' | 'employer' | null;

/** What candidate-fee already knows how to judge: a fee word's negation, and a list header's payer. */
export interface FeeJudge {
  negated(hit: Hit): boolean;
  header(sentence: Sentence): Payer;
}

/** Tokens around a package word in which its contents are read ("Job Placement Programme … includes CoS"). */
const CONTENTS_BEFORE = 4;
const CONTENTS_AFTER = 24;
/** Characters between a package word and its price ("Pathway Package £4,200", "Das Paket kostet 2.900 €"). */
const PRICE_GAP = 45;

/** An employer's package, or a programme that is the job or its training, named just before the package word. */
const BENEFIT_BEFORE = /\b(?:employer's|employers'|employer|trust's|company's|hospital's|relocation|relocation support|moving|salary|pay|remuneration|compensation|benefits?|welcome|reward|rewards|retention|pension|care|treatment|wellbeing|well-being|health insurance|insurance|competitive|attractive|generous|excellent|great|enhanced|total|holiday|leave|sickness|preceptorship|rotation|rotational|development|training|education|educational|apprenticeship|graduate|fellowship|residency|degree|study|return to practice|induction|orientation|mentorship|mentoring|support worker|cpd|leadership|research|vaccination|screening|weight|exercise|rehabilitation|recovery|recruitment (?:and|&) retention|recruitment incentive|recruitment premium)\s*$/;
/** The same, named after the word in French, Portuguese, Spanish, German ("pacote salarial", "paquete de reubicación"). */
const BENEFIT_AFTER = /^\s*(?:(?:de|d'|da|do|des|du|del)\s+)?(?:relocalisation|relocalizacao|reubicacion|relocation|beneficios|avantages|remuneration|remuneracao|remuneracion|salarial|salaire|bienvenue|boas-vindas|bienvenida|demenagement|mudanca|mudanza|acolhimento|acogida|retribucion|prestations|formation|formacao|formacion|integration|integracao|integracion|estagio|stage|soins|cuidados|saude|salud|sante|beneficio)/;
/** A value the employer gives, not a price the candidate pays ("worth £5,000", "im Wert von"). */
const VALUE_NOT_PRICE = /\b(?:worth|valued|value|up to|in excess of|d une valeur|d'une valeur|valeur de|jusqu|avaliad|ate|hasta|valorad|im wert|bis zu|salary|salaire|salario|gehalt|sueldo|bursary|grant|allowance|bonus|stipend|incentive|enhancement|uplift|supplement)\b/;
/** Pay is written as a rate or a range, or with "+ benefits". */
const PAY_AFTER = /^\s*(?:\+|plus\b|,?\s*(?:pro rata|ote|dependent|depending|doe)\b)/;

function priceNear(input: RuleInput, sentence: Sentence, pkg: Hit): Money | undefined {
  const price = (m: Money) => m.period === null && !m.range && !PAY_AFTER.test(input.folded.slice(m.end, m.end + 14));
  const quiet = (gap: string) => !/[\d.;!?\n]/.test(gap.replace(/[.]\s*$/, '')) && !VALUE_NOT_PRICE.test(gap);
  // After: "Pathway Package £4,200", "Formule Premium : 1 500 000 FCFA", "programa de colocação 3.500 €".
  // Not bounded by the sentence: "Plan: Ksh. 450,000" ends a sentence at "Ksh."; the gap test keeps it close.
  const after = moneyInRange(input, pkg.end, pkg.end + PRICE_GAP + 24)
    .find((m) => m.start - pkg.end <= PRICE_GAP && quiet(input.folded.slice(pkg.end, m.start)));
  if (after && price(after)) return after;
  // Before: "a £3,500 placement package".
  const before = moneyInRange(input, Math.max(sentence.start, pkg.start - 30), pkg.start)
    .find((m) => /^[\s\p{L}'-]*$/u.test(input.folded.slice(m.end, pkg.start)));
  return before && price(before) ? before : undefined;
}

/** An employer's package or a programme that is the job or its training ("relocation package", "pacote salarial"). */
export function benefitPackage(input: RuleInput, pkg: Hit): boolean {
  return BENEFIT_BEFORE.test(input.folded.slice(Math.max(0, pkg.start - 30), pkg.start))
    || BENEFIT_AFTER.test(input.folded.slice(pkg.end, pkg.end + 30));
}

/** "no placement", "sem colocação" — but not "… sans frais, placement inclus": a negation in the same clause. */
function negatedInClause(input: RuleInput, hit: Hit, window = 3): boolean {
  const neg = precededBy(input, 'negation:neg', hit, window);
  return neg !== undefined && !/[,;:()]/.test(input.folded.slice(neg.end, hit.start));
}

/** Hits of a service concept, not negated, not a clinical, student or care placement. */
function services(input: RuleInput, concept: string, from: number, to: number): Hit[] {
  return hitsInTokens(input, concept, from, to)
    .filter((h) => !overlapping(input, 'fees:placement-not-recruitment', h) && !negatedInClause(input, h));
}

/** Tokens either side of a hit in which the payer is read. */
const PAYER_WINDOW = 20;

/**
 * Who pays, read from the nearest cue within PAYER_WINDOW tokens (candidate-fee's own `payer` reads
 * the whole sentence). A tie goes to the employer. "We pay" hides its "pay"; "en 3 fois sans frais"
 * hides its "sans frais".
 */
function payerNear(input: RuleInput, sentence: Sentence, hit: Hit): Payer {
  const from = Math.max(sentence.firstToken, hit.first - PAYER_WINDOW);
  const to = Math.min(sentence.lastToken, hit.last - 1 + PAYER_WINDOW);
  const candidate = hitsInTokens(input, 'negation:candidate-pays', from, to)
    .filter((h) => !overlapping(input, 'negation:employer-pays', h) || h.last - h.first > 1);
  const employer = [...hitsInTokens(input, 'negation:employer-pays', from, to), ...hitsInTokens(input, 'negation:free', from, to)]
    .filter((h) => !candidate.some((c) => c.first <= h.first && h.last <= c.last && c.last - c.first > h.last - h.first));
  const distance = (list: Hit[]) => Math.min(...list.map((h) => tokenDistance(h, hit)));
  const c = candidate.length ? distance(candidate) : Infinity;
  const e = employer.length ? distance(employer) : Infinity;
  if (c < e) return 'candidate';
  return e < Infinity ? 'employer' : null;
}

/** Single words that say no more than "pay" ("Pay: £29,970"); a candidate cue must say more. */
const WEAK_CUE = /^(?:pay|pays|paying|payment|payments|paga|pago|pagar|pagamento|paiement|payer|zahlung|bezahlen|transfer|deposit|refundable)$/;

interface SentenceCues {
  header: Payer;
  /** "payable by the candidate", "upfront", "à régler": more than a bare "pay". */
  strongCandidate: boolean;
  /** Instalments in the sentence or a short one right after ("; pago en cuotas."). */
  instalments: boolean;
  /** A short sentence right after, read for who pays. */
  next: Sentence | undefined;
}

const cueCache = new WeakMap<Sentence, SentenceCues>();

/** What a sentence says as a whole, read once per sentence whatever number of hits ask. */
function cuesOf(input: RuleInput, sentence: Sentence, judge: FeeJudge): SentenceCues {
  let cues = cueCache.get(sentence);
  if (!cues) {
    const following = input.sentences[sentence.index + 1];
    const next = following && following.lastToken - following.firstToken <= 12 ? following : undefined;
    const instalmentsIn = (s: Sentence) => hitsInTokens(input, 'fees:instalments', s.firstToken, s.lastToken).some((h) => !negatedBefore(input, h, 3));
    cues = {
      header: judge.header(sentence),
      strongCandidate: hitsInTokens(input, 'negation:candidate-pays', sentence.firstToken, sentence.lastToken)
        .some((h) => !negatedBefore(input, h, 4) && (h.last - h.first > 1 || !WEAK_CUE.test(input.folded.slice(h.start, h.end)))),
      instalments: instalmentsIn(sentence) || (next !== undefined && instalmentsIn(next)),
      next,
    };
    cueCache.set(sentence, cues);
  }
  return cues;
}

/** A warning to job seekers, not a demand: "Beware of agents who ask you to pay…", "Attention aux arnaques". */
const WARNING = /\b(?:beware|scam|scams|scammers|fraud|fraudulent|fraudsters|report|never|arnaque|arnaques|escroc|escrocs|mefiez|golpe|golpes|fraude|cuidado|estafa|estafas|betrug|betruger|vorsicht|warnung)\b/;

/** Read only a bounded stretch before the hit, so a long sentence costs no more per hit. */
function warned(input: RuleInput, sentence: Sentence, hit: Hit): boolean {
  return WARNING.test(input.folded.slice(Math.max(sentence.start, hit.start - 120), hit.start));
}

/** "Pay £54 for your DBS processing", "for NMC registration": a check or a regulator's fee, right by the object. */
const EXEMPT = ['fees:exempt-check', 'fees:exempt-regulator', 'fees:exempt-other'];
function exemptItem(input: RuleInput, hit: Hit): boolean {
  return EXEMPT.some((c) => overlapping(input, c, hit) || precededBy(input, c, hit, 2));
}

/**
 * "Candidate Success Package AUD 3,500 — includes job placement", "pack accompagnement 2 900 €
 * (placement inclus)", "Programa de colocação 3.500 €": a priced package that sells a placement or
 * a job offer; or a CoS or visa processing when the candidate is named as paying.
 */
export function packageFees(input: RuleInput, sentence: Sentence, judge: FeeJudge): Span[] {
  const spans: Span[] = [];
  for (const pkg of hitsInTokens(input, 'fees:offer-package', sentence.firstToken, sentence.lastToken)) {
    if (benefitPackage(input, pkg) || negatedInClause(input, pkg, 4) || judge.negated(pkg) || warned(input, sentence, pkg)) continue;
    const amount = priceNear(input, sentence, pkg);
    if (!amount) continue;
    const from = Math.max(sentence.firstToken, pkg.first - CONTENTS_BEFORE);
    const to = Math.min(sentence.lastToken, pkg.last - 1 + CONTENTS_AFTER);
    const placement = services(input, 'fees:service-placement', from, to);
    const visa = services(input, 'fees:service-visa', from, to);
    if (!placement.length && !visa.length) continue;
    const cues = cuesOf(input, sentence, judge);
    let who = payerNear(input, sentence, pkg) ?? cues.header;
    if (!who && cues.next) who = payerNear(input, cues.next, { ...pkg, first: cues.next.firstToken, last: cues.next.firstToken });
    if (who === 'employer') continue;
    // A placement or a job offer is only ever sold by a recruiter; a visa or a CoS inside a priced
    // package may be an employer's relocation offer, so it needs the candidate named as payer.
    if (!placement.length && who !== 'candidate' && !cues.instalments) continue;
    // Show what the package sells when it is named close by ("… AUD 3,500 — includes job placement").
    const shown = [...placement, ...visa].filter((h) => h.start > amount.end && h.first - pkg.last <= 12).sort((a, b) => a.start - b.start)[0];
    spans.push(cover(shown ? [spanOf(pkg), amount, spanOf(shown)] : [spanOf(pkg), amount]));
  }
  return spans;
}

/** "you", "Pay …" at the start of a clause; never "we pay", "the Trust will pay", "nous versons". */
const EMPLOYER_SUBJECT = /\b(?:we|we'll|we will|our|the trust|trust|employer|employers|company|client|hospital|home|agency|nous|nos|notre|wir|unser|unsere|nosotros|nuestra|nuestro|empresa|empregador|empleador|entidade|clinique|clinica|klinik|arbeitgeber|hopital)\b/;
const FILLER = /^\s*(?:sie\s+)?(?:only\s+|just\s+|a total of\s+|the sum of\s+|la somme de\s+|une somme de\s+|o valor de\s+|el monto de\s+|la suma de\s+|nur\s+|seulement\s+|apenas\s+|solo\s+)?$/;
const FOR = /^\s*(?:\([^)]{0,30}\)\s*)?(?:only\s+)?(?:for|towards|to cover|as|pour|comme|pela|pelo|pelas|pelos|para|por|fur|als)\b/;
const OBJECTS = ['fees:service-placement', 'fees:service-visa', 'fees:fee-strong', 'fees:cost-item', 'fees:fee-label'];

/** "Pay KSh 350,000 for CoS & processing", "Payez 500 000 FCFA pour le placement", "Zahlen Sie 2.000 € für die Vermittlung". */
export function payForFees(input: RuleInput, sentence: Sentence): Span[] {
  const spans: Span[] = [];
  for (const verb of hitsInTokens(input, 'fees:pay-verb', sentence.firstToken, sentence.lastToken)) {
    if (negatedInClause(input, verb, 4)) continue;
    const clause = input.folded.slice(Math.max(sentence.start, verb.start - 40), verb.start).split(/[,;:()]/).pop()!;
    if (EMPLOYER_SUBJECT.test(clause) || warned(input, sentence, verb)) continue;
    const amount = moneyInRange(input, verb.end, verb.end + 40).find((m) => FILLER.test(input.folded.slice(verb.end, m.start)));
    if (!amount || amount.period !== null || amount.range || !FOR.test(input.folded.slice(amount.end, amount.end + 40))) continue;
    const object = OBJECTS.flatMap((c) => hitsInTokens(input, c, verb.last, verb.last + 14))
      .find((h) => h.start >= amount.end && h.start - amount.end <= 50 && !overlapping(input, 'fees:placement-not-recruitment', h));
    if (!object || exemptItem(input, object) || payerNear(input, sentence, verb) === 'employer') continue;
    spans.push(cover([spanOf(verb), amount, spanOf(object)]));
  }
  return spans;
}

/** Between an amount and what it buys: "₦1.2m covers your CoS", "2 500 € pour le placement", "3.000 € inkl. Vermittlung". */
const BUYS = /^[\s,(–—-]*(?:only\s+|just\s+)?(?:for|towards|to cover|covers|covering|includes|including|incl|inclusive of|pour|couvre|comprend|comprenant|incluant|inclus|pela|pelo|pelas|pelos|para|por|cobre|inclui|incluindo|cubre|incluye|incluyendo|fur|deckt|umfasst|inkl|inklusive|einschliesslich)\b[.]?(?:\s+[\p{L}'&]+){0,4}\s*$/u;
/** A visa or work permit alone may be the government's fee; a CoS, visa processing or a placement is the recruiter's. */
const BARE_VISA = /^(?:visa|visto|visado|visum|visa application|work visa|work permit|permis de travail|autorisation de travail|autorizacao de trabalho|autorizacao de residencia|permiso de trabajo|arbeitserlaubnis|aufenthaltstitel|aufenthaltserlaubnis|titre de sejour)$/;

/** "Band 5 £29,970 for placement on our ward", "Salary: £30,000 for…": pay, named right before the amount. */
function payWordBefore(input: RuleInput, object: Hit, amount: Money): boolean {
  return hitsInTokens(input, 'pay:pay-word', Math.max(0, object.first - 12), object.first)
    .some((h) => h.end <= amount.start && amount.start - h.end <= 15 && !/[.;!?\n]/.test(input.folded.slice(h.end, amount.start)));
}

/**
 * "KSh 350,000 for CoS & processing, payable upfront", "₦1.2m covers your CoS and job placement, in
 * two instalments": an amount buys a recruiter's service and the candidate is named as paying.
 */
export function amountForServiceFees(input: RuleInput, sentence: Sentence, judge: FeeJudge): Span[] {
  const spans: Span[] = [];
  const objects = [
    ...services(input, 'fees:service-placement', sentence.firstToken, sentence.lastToken),
    ...services(input, 'fees:service-visa', sentence.firstToken, sentence.lastToken)
      .filter((h) => !BARE_VISA.test(input.folded.slice(h.start, h.end))),
  ];
  if (!objects.length || hitsInTokens(input, 'fees:government-payee', sentence.firstToken, sentence.lastToken).length) return spans;
  const used = new Set<number>();
  for (const object of objects) {
    // Not bounded by the sentence start: a currency sign before it ("₦1,200,000") is not a token.
    const amount = moneyInRange(input, Math.max(0, object.start - 60), object.start)
      .filter((m) => BUYS.test(input.folded.slice(m.end, object.start))).pop();
    if (!amount || used.has(amount.start) || amount.period !== null || amount.range) continue;
    if (PAY_AFTER.test(input.folded.slice(amount.end, amount.end + 14)) || payWordBefore(input, object, amount)) continue;
    if (exemptItem(input, object) || warned(input, sentence, object)) continue;
    const cues = cuesOf(input, sentence, judge);
    const who = payerNear(input, sentence, object) ?? cues.header;
    if (who === 'employer') continue;
    if (!(who === 'candidate' && cues.strongCandidate) && !cues.instalments) continue;
    used.add(amount.start);
    spans.push(cover([amount, spanOf(object)]));
  }
  return spans;
}
