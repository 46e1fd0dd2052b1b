// Who the migrants are, for unequal-terms: migrant-group mentions (the lexicon's and those named by a
// country other than the destination), domestic staff named by the destination's demonym, and the
// sentences that go on talking about a group named before them.

import type { Sentence } from '../../context';
import { firstAtOrAfter, hitsInSentence, hitsInTokens, MAX_PHRASE } from '../../query';
import type { RuleInput } from '../../rule';
import { isLanguageName } from '../../text/lexicon';
import type { Hit } from '../../text/matcher';

/** Staff nouns that, with a country, name a group: "Filipino-trained nurses", "enfermeros formados en Perú". */
const STAFF = ['unequal:staff-noun', 'occupations:registered-clinical', 'occupations:care-worker', 'occupations:allied-health'];
/** Words allowed between a demonym and the staff noun: "Ethiopian-trained staff". */
const TRAINED = new Set(['trained', 'educated', 'qualified', 'registered', 'recruited', 'born', 'ausgebildete', 'ausgebildeten', 'formes', 'formees', 'formados', 'formadas', 'diplomes', 'diplomees', 'titulados', 'tituladas']);

function staffEndingAt(input: RuleInput, last: number): Hit | undefined {
  for (const concept of STAFF) {
    const found = hitsInTokens(input, concept, Math.max(0, last - 4), last - 1).find((h) => h.last === last);
    if (found) return found;
  }
  return undefined;
}

function staffStartingAt(input: RuleInput, first: number): Hit | undefined {
  for (const concept of STAFF) {
    const found = hitsInTokens(input, concept, first, first + 4).find((h) => h.first === first);
    if (found) return found;
  }
  return undefined;
}

const groupSpanning = (a: Hit, b: Hit): Hit => ({ concept: 'unequal:migrant-group', first: a.first, last: b.last, start: a.start, end: b.end });

/**
 * Groups named by a country other than the destination: "Filipino-trained nurses", "infirmiers
 * philippins", "nurses trained in India", "enfermeros formados en Perú", "Pflegekräfte aus Indien".
 */
function countryGroups(input: RuleInput): Hit[] {
  const destination = input.places.destination;
  const found: Hit[] = [];
  const mentions = input.countryMentions.filter((m) => m.iso !== destination && (m.kind === 'demonym' || m.kind === 'name'));
  if (!mentions.length) return found;
  // "trained in | from | formados en" + country
  const mentionAt = new Map<number, Hit>();
  for (const m of mentions) mentionAt.set(m.hit.first, m.hit);
  for (const t of input.byConcept.get('unequal:trained-in') ?? []) {
    const country = mentionAt.get(t.last) ?? mentionAt.get(t.last + 1);
    if (!country) continue;
    const staff = staffEndingAt(input, t.first) ?? staffEndingAt(input, t.first - 1);
    if (staff) found.push(groupSpanning(staff, country));
  }
  for (const m of mentions) {
    if (m.kind !== 'demonym' || isLanguageName(input.folded.slice(m.hit.start, m.hit.end))) continue;
    // demonym (+ "trained") + staff: "Filipino-trained nurses", "indische Pflegekräfte"
    let next = m.hit.last;
    while (next < input.tokens.length && next - m.hit.last < 2 && TRAINED.has(input.tokens[next]!.text)) next++;
    const after = staffStartingAt(input, next);
    if (after && input.sentenceOfToken[after.first] === input.sentenceOfToken[m.hit.first]) {
      found.push(groupSpanning(m.hit, after));
      continue;
    }
    // staff + demonym: "infirmiers philippins", "enfermeros peruanos"
    const before = staffEndingAt(input, m.hit.first);
    if (before && input.sentenceOfToken[before.first] === input.sentenceOfToken[m.hit.first]) found.push(groupSpanning(before, m.hit));
  }
  return found;
}

/** Every migrant-group mention, in text order: the lexicon's and those named by a country. */
export function migrantGroups(input: RuleInput): Hit[] {
  const lexicon = input.byConcept.get('unequal:migrant-group') ?? [];
  // "enfermeiros brasileiros" in an ad for Brazil are the domestic staff.
  const byCountry = countryGroups(input)
    .filter((g) => !hitsInTokens(input, 'unequal:domestic-group', Math.max(0, g.first - MAX_PHRASE), g.last + MAX_PHRASE).some((d) => d.first < g.last && g.first < d.last));
  if (!byCountry.length) return lexicon;
  return [...lexicon, ...byCountry].sort((a, b) => a.first - b.first || b.last - a.last);
}

/** Mentions of the destination by name or demonym, from sentence `from` to `to`: how an ad names its domestic staff. */
export function destinationDemonymHits(input: RuleInput, from: Sentence, to: Sentence): Hit[] {
  const destination = input.places.destination;
  if (!destination) return [];
  const mentions = input.countryMentions;
  const found: Hit[] = [];
  for (let i = firstAtOrAfter(mentions, (m) => m.hit.start, from.start); i < mentions.length && mentions[i]!.hit.start <= to.end; i++) {
    const m = mentions[i]!;
    if (m.iso === destination && (m.kind === 'demonym' || m.kind === 'name') && m.hit.end <= to.end) found.push(m.hit);
  }
  return found;
}

/** "Our international nurses join in May. They cannot access CPD funding for two years." */
export function continuesAboutMigrants(input: RuleInput, sentence: Sentence): boolean {
  const pronoun = hitsInSentence(input, 'unequal:pronoun', sentence)[0];
  return pronoun !== undefined && pronoun.first - sentence.firstToken <= 6;
}

/** A heading or lead-in that names the migrants and ends with a colon: "Terms for overseas nurses:". */
export function leadsIn(input: RuleInput, sentence: Sentence): boolean {
  const next = input.sentences[sentence.index + 1];
  return next !== undefined && input.folded.slice(sentence.end, next.start).includes(':');
}
