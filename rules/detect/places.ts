// Where is the job, is it international recruitment, and which source countries does it target?
// (RULES.md, "What the engine decides first".)

import type { AdContext } from '../context';
import { countries, countryByIso, destinationByIso } from '../data/index';
import { hitsOf, sentenceAt } from '../query';
import { findFlags } from './flags';
import { payAmounts } from './pay';
import type { Money } from '../text/money';
import { countryOfDomain, countryOfLocation } from './location';
import { scoreMentions, type ScoredMention } from './mentions';

export interface Places {
  destination: string | null;
  international: boolean;
  targets: string[];
  /** Evidence offsets for each target (for findings). */
  targetEvidence: Map<string, Array<{ start: number; end: number }>>;
  mentions: ScoredMention[];
}

const DEST_MARKERS = new Map<string, string>(
  [...destinationByIso.keys(), 'GB', 'IE', 'US', 'CA', 'AU', 'NZ', 'SA', 'AE', 'QA', 'KW', 'DE', 'FR', 'BE', 'PT', 'BR', 'ES', 'CH']
    .map((iso) => [`destination:dest-${iso.toLowerCase()}`, iso]),
);

/** Currencies that say which country an amount is addressed to (not shared, not a destination's). */
const CURRENCY_COUNTRY = (() => {
  const map = new Map<string, string>();
  const shared = new Set(['EUR', 'USD', 'GBP', 'XOF', 'XAF', 'AUD', 'CAD', 'NZD', 'CHF', 'SAR', 'AED', 'QAR', 'KWD', 'OMR', 'BHD', 'SGD', 'JPY']);
  for (const c of countries) for (const code of c.currency?.codes ?? []) if (!shared.has(code) && !map.has(code)) map.set(code, c.iso);
  return map;
})();

/** Currencies of destination countries, for pay. */
const PAY_CURRENCY_COUNTRY = new Map<string, string>([
  ['GBP', 'GB'], ['SAR', 'SA'], ['AED', 'AE'], ['QAR', 'QA'], ['KWD', 'KW'], ['OMR', 'OM'], ['BHD', 'BH'],
  ['AUD', 'AU'], ['CAD', 'CA'], ['NZD', 'NZ'], ['BRL', 'BR'], ['CHF', 'CH'], ['SGD', 'SG'],
]);

/** Currencies of the countries health workers migrate to: pay in one of them places the job there. */
const DESTINATION_CURRENCIES = new Set(['EUR', 'GBP', 'CAD', 'AUD', 'NZD', 'CHF', 'SAR', 'AED', 'QAR', 'KWD', 'OMR', 'BHD', 'SGD', 'NOK', 'SEK', 'DKK', 'JPY']);

const FEE_CONTEXT = ['fees:fee-strong', 'fees:fee-generic', 'fees:cost-word', 'fees:fee-label', 'negation:candidate-pays'];

function markerScores(ctx: AdContext): Map<string, number> {
  const scores = new Map<string, number>();
  for (const [concept, iso] of DEST_MARKERS) {
    const n = hitsOf(ctx, concept).length;
    if (n) scores.set(iso, (scores.get(iso) ?? 0) + 2 * Math.min(n, 3));
  }
  return scores;
}

/** Signs that the job is somewhere: destination markers (NHS, a regulator) and the currencies pay is in. */
interface Elsewhere {
  countries: Set<string>;
  payCurrencies: Set<string>;
}

function isInternational(ctx: AdContext, mentions: ScoredMention[], flagsArrow: boolean, elsewhere: Elsewhere): boolean {
  if (flagsArrow) return true;
  if (hitsOf(ctx, 'international:international').length) return true;
  const live = mentions.filter((m) => !m.negated && !m.ambiguous);
  // Two countries named, one of them read as a place people are recruited from.
  const distinct = new Set(live.map((m) => m.iso));
  if (distinct.size >= 2 && live.some((m) => m.target >= 2)) return true;
  // "Know a physician in Pakistan?" on an NHS advert: recruiting from one country for a job placed
  // in another by its markers (NHS, £ salary, regulator) or paid in another country's currency.
  return live.some((m) => m.target >= 3 && !m.nationalityOnly && (
    [...elsewhere.countries].some((iso) => iso !== m.iso)
    || [...elsewhere.payCurrencies].some((code) => DESTINATION_CURRENCIES.has(code) && !(countryByIso.get(m.iso)?.currency?.codes ?? []).includes(code))
  ));
}

function add(map: Map<string, number>, iso: string, value: number) {
  map.set(iso, (map.get(iso) ?? 0) + value);
}

export function findPlaces(ctx: AdContext): Places {
  const flags = findFlags(ctx.text);
  const arrowFlags = flags.filter((f) => f.afterArrow);
  const scored = scoreMentions(ctx);
  const preliminary = scored.forInternational(true);
  const markers = markerScores(ctx);
  const pay = payAmounts(ctx);
  const elsewhere: Elsewhere = {
    countries: new Set<string>([...markers.keys(), ...pay.map((m) => PAY_CURRENCY_COUNTRY.get(m.currency)).filter((x): x is string => Boolean(x))]),
    payCurrencies: new Set(pay.filter((m) => !m.bareDollar).map((m) => m.currency)),
  };
  const international = isInternational(ctx, preliminary, arrowFlags.length > 0, elsewhere);
  const mentions = international ? preliminary : scored.forInternational(false);

  // --- destination ---
  const dest = new Map<string, number>();
  const src = new Map<string, number>();
  for (const m of mentions) {
    if (m.negated) continue;
    add(dest, m.iso, m.destination);
    add(src, m.iso, m.target);
  }
  for (const [iso, score] of markers) add(dest, iso, score);
  for (const money of pay) {
    const iso = PAY_CURRENCY_COUNTRY.get(money.currency) ?? (money.bareDollar ? undefined : CURRENCY_COUNTRY.get(money.currency));
    if (iso) add(dest, iso, 2);
  }
  for (const f of arrowFlags) add(dest, f.iso, 4);
  discountOtherCurrencies(dest, pay);

  const textDestination = (): string | null => {
    let best: string | null = null;
    let bestScore = 0;
    for (const [iso, d] of dest) {
      const t = src.get(iso) ?? 0;
      const score = international ? (t > d ? 0 : d) : d > 0 ? d + t : 0;
      if (score > bestScore) {
        best = iso;
        bestScore = score;
      }
    }
    return best;
  };
  const strongTextDestination = (): string | null => {
    const best = textDestination();
    if (!best) return null;
    return (dest.get(best) ?? 0) >= 4 ? best : null;
  };

  const declared = ctx.ad.country ?? ctx.ad.boardCountry ?? countryOfLocation(ctx.ad.location) ?? countryOfDomain(ctx.ad.url);
  let destination: string | null = declared ?? textDestination() ?? euroCountryOfLanguage(ctx, pay);
  if (declared && international) {
    // A UK job on a Nigerian board lists the agency's city as its location: trust the text when
    // the declared country reads as a place the ad recruits from.
    const strong = strongTextDestination();
    if (strong && strong !== declared && (src.get(declared) ?? 0) >= 3 && (src.get(declared) ?? 0) >= (dest.get(declared) ?? 0)) {
      destination = strong;
    }
  }

  // --- targets ---
  const localOnly = hitsOf(ctx, 'targeting:local-only').length > 0 || alreadyInDestination(ctx, mentions, destination);
  const targetEvidence = new Map<string, Array<{ start: number; end: number }>>();
  const mark = (iso: string, start: number, end: number) => {
    if (iso === destination) return;
    const list = targetEvidence.get(iso) ?? [];
    list.push({ start, end });
    targetEvidence.set(iso, list);
  };
  if (international) {
    for (const m of mentions) {
      if (m.negated || m.iso === destination) continue;
      if (localOnly && m.nationalityOnly) continue;
      const needed = m.ambiguous ? 3 : 2;
      if (m.target >= needed && m.target >= m.destination - 1) mark(m.iso, m.hit.start, m.hit.end);
    }
    for (const f of flags) {
      if (!f.afterArrow && f.iso !== destination && !localOnly && !flagNegated(ctx, f.start, mentions)) mark(f.iso, f.start, f.end);
    }
    for (const money of ctx.money) {
      const iso = CURRENCY_COUNTRY.get(money.currency);
      if (!iso || iso === destination) continue;
      const sentence = sentenceAt(ctx, money.start);
      const feeContext = FEE_CONTEXT.some((c) => hitsOf(ctx, c).some((h) => h.first >= sentence.firstToken && h.first <= sentence.lastToken));
      if (feeContext) mark(iso, money.start, money.end);
    }
  }
  dropAmbiguousSiblings(targetEvidence, mentions);
  for (const name of ctx.ad.applicantCountries ?? []) {
    const iso = isoOfName(name);
    if (iso && iso !== destination) targetEvidence.set(iso, targetEvidence.get(iso) ?? []);
  }

  return { destination, international: international || targetEvidence.size > 0, targets: [...targetEvidence.keys()].sort(), targetEvidence, mentions };
}

/**
 * Pay in euros (or pounds, riyals …) and nothing else: a country with another currency is hardly
 * where the job is ("Enfermeiros do Brasil para Portugal … 1.600 € brutos").
 */
function discountOtherCurrencies(dest: Map<string, number>, pay: Money[]): void {
  const currencies = new Set(pay.filter((m) => !m.bareDollar).map((m) => m.currency));
  if (currencies.size !== 1) return;
  const [currency] = currencies;
  if (!DESTINATION_CURRENCIES.has(currency!)) return;
  for (const [iso, score] of dest) {
    const codes = countryByIso.get(iso)?.currency?.codes ?? [];
    if (codes.length && !codes.includes(currency!)) dest.set(iso, score / 4);
  }
}

/** The euro country where a language is mostly spoken. */
const EURO_COUNTRY_OF_LANGUAGE: Record<string, string> = { es: 'ES', pt: 'PT', fr: 'FR', de: 'DE' };

/**
 * Nothing names the place, but pay is in euros and the ad is in Spanish: the job is in Spain (in
 * Portuguese, Portugal; in German, Germany; in French, France). A weak reading, used last.
 */
function euroCountryOfLanguage(ctx: AdContext, pay: Money[]): string | null {
  if (!pay.some((m) => m.currency === 'EUR')) return null;
  return EURO_COUNTRY_OF_LANGUAGE[ctx.lang] ?? null;
}

/** Countries whose names share a root: a bare "Congo" next to "Brazzaville" is the Republic of the Congo. */
const SIBLINGS = [['CD', 'CG'], ['GN', 'GQ', 'GW', 'PG'], ['SD', 'SS'], ['NE', 'NG']];

/** A target seen only through ambiguous forms gives way to a sibling targeted unambiguously. */
function dropAmbiguousSiblings(targets: Map<string, Array<{ start: number; end: number }>>, mentions: ScoredMention[]): void {
  const onlyAmbiguous = (iso: string) => {
    const spans = targets.get(iso) ?? [];
    return spans.length > 0 && spans.every((span) => mentions.some((m) => m.iso === iso && m.hit.start === span.start && m.ambiguous));
  };
  for (const group of SIBLINGS) {
    const present = group.filter((iso) => targets.has(iso));
    if (present.length < 2) continue;
    const clear = present.filter((iso) => !onlyAmbiguous(iso));
    if (clear.length) for (const iso of present) if (!clear.includes(iso)) targets.delete(iso);
  }
}

/** "Already in the UK?", "now living in the UK": the ad is for people who already live there. */
function alreadyInDestination(ctx: AdContext, mentions: ScoredMention[], destination: string | null): boolean {
  if (!destination) return false;
  return mentions.some((m) => {
    if (m.iso !== destination) return false;
    const already = hitsOf(ctx, 'targeting:already').some((h) => h.last <= m.hit.first && m.hit.first - h.last <= 4 && sentenceAt(ctx, h.start).index === sentenceAt(ctx, m.hit.start).index);
    return already;
  });
}

function flagNegated(ctx: AdContext, offset: number, mentions: ScoredMention[]): boolean {
  const sentence = sentenceAt(ctx, offset);
  return mentions.some((m) => m.negated && m.hit.start >= sentence.start && m.hit.end <= sentence.end);
}

const NAME_INDEX = (() => {
  const map = new Map<string, string>();
  for (const c of countries) {
    map.set(c.iso.toLowerCase(), c.iso);
    for (const forms of Object.values(c.names)) for (const f of forms) map.set(f.toLowerCase(), c.iso);
  }
  return map;
})();

export function isoOfName(name: string): string | undefined {
  const key = name.trim().toLowerCase();
  return NAME_INDEX.get(key) ?? NAME_INDEX.get(key.normalize('NFD').replace(/\p{M}/gu, ''));
}
