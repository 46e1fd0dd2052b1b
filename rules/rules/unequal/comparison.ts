// Migrants compared with domestic staff: both named in a sentence or two, on different terms
// ("sponsored carers £11.44, UK carers £12.60"). Each value belongs to the group named in its clause.

import type { Sentence } from '../../context';
import { firstAtOrAfter, hitsInSentences, hitsInTokens, hitsWithin, MAX_PHRASE, moneyInRange, negatedBefore } from '../../query';
import type { RuleInput } from '../../rule';
import type { Hit } from '../../text/matcher';
import { sentenceSpan, type Span } from '../evidence';
import { destinationDemonymHits } from './groups';
import { preRegistrationOnly } from './pre-registration';
import { BAND, payAmounts, STEP, valuesOf, type Point } from './values';

type Group = { migrant: boolean; start: number; end: number };

/** Where one clause ends and another begins: values belong to the group named in their own clause. */
const CLAUSE_BREAK = /[,;:()]|[.!?](?=\s|$)|\s-\s|\b(?:while|whilst|whereas|but|than|versus|vs|compared|contre|alors que|tandis que|mais|enquanto|mas|ao passo que|mientras|pero|frente a|wahrend|wohingegen|aber|dagegen|als)\b/g;

/** Offsets where a clause starts, in [start, end) of the text. */
function clauseBreaks(input: RuleInput, start: number, end: number): number[] {
  return [...input.folded.slice(start, end).matchAll(CLAUSE_BREAK)].map((m) => start + m.index);
}

function clauseOf(breaks: number[], offset: number): number {
  return firstAtOrAfter(breaks, (b) => b, offset);
}

/**
 * Each amount or band belongs to the group named in its own clause (the nearest before it, else the
 * nearest after it), else to the nearest group: "Sponsored carers are paid £11.44; UK carers get
 * £12.60", "1 800 € contre 2 200 € pour les infirmiers français", "… in P7, deutsche Kolleginnen P8".
 * Migrants are worse off when their values are lower and none is higher.
 */
function lowerForMigrants(points: Point[], groups: Group[], breaks: number[]): boolean {
  if (points.length < 2 || !groups.length) return false;
  const sorted = [...groups].sort((a, b) => a.start - b.start);
  const distance = (p: Point, g: Group) => (p.end <= g.start ? g.start - p.end : p.start >= g.end ? p.start - g.end : 0);
  let minMine = Infinity, maxMine = -Infinity, minTheirs = Infinity, maxTheirs = -Infinity;
  for (const p of points) {
    // The first group starting at or after the point's end; the one before it is the nearest before.
    const lo = firstAtOrAfter(sorted, (g) => g.start, p.end);
    const after = sorted[lo];
    const before = sorted[lo - 1];
    const clause = clauseOf(breaks, p.start);
    const sameClause = (g: Group | undefined) => g !== undefined && clauseOf(breaks, g.start) === clause;
    let owner: Group | undefined;
    if (before && distance(p, before) === 0) owner = before;
    else if (sameClause(before)) owner = before;
    else if (sameClause(after)) owner = after;
    else if (before && after) owner = distance(p, before) <= distance(p, after) ? before : after;
    else owner = before ?? after;
    if (!owner) continue;
    if (owner.migrant) {
      minMine = Math.min(minMine, p.value);
      maxMine = Math.max(maxMine, p.value);
    } else {
      minTheirs = Math.min(minTheirs, p.value);
      maxTheirs = Math.max(maxTheirs, p.value);
    }
  }
  if (minMine === Infinity || minTheirs === Infinity) return false;
  return (minMine < minTheirs || maxMine < maxTheirs) && minMine <= minTheirs && maxMine <= maxTheirs;
}

function differs(input: RuleInput, from: Sentence, to: Sentence, migrant: Hit[], domestic: Hit[]): boolean {
  const groups: Group[] = [...migrant.map((h) => ({ migrant: true, start: h.start, end: h.end })), ...domestic.map((h) => ({ migrant: false, start: h.start, end: h.end }))];
  const breaks = clauseBreaks(input, from.start, to.end);
  if (lowerForMigrants(payAmounts(input, from, to), groups, breaks)) return true;
  if (lowerForMigrants(valuesOf(input, from, to, BAND), groups, breaks)) return true;
  if (lowerForMigrants(valuesOf(input, from, to, STEP), groups, breaks)) return true;
  // "reduced rate … standard scale paid to our UK-trained nurses", "20 % menos … que el personal
  // nacional", "P7 statt P8", "la prime … après trois ans, contre dès l'embauche".
  const worse = hitsInSentences(input, 'unequal:worse', from.index, to.index).filter((w) => !negatedBefore(input, w, 3));
  const about = hitsInSentences(input, 'unequal:development', from.index, to.index).length > 0
    || hitsInSentences(input, 'pay:pay-word', from.index, to.index).length > 0
    || hitsInSentences(input, 'unequal:level', from.index, to.index).length > 0
    || moneyInRange(input, from.start, to.end + 2).length > 0;
  if (worse.length && about) return true;
  const exclusion = hitsInSentences(input, 'unequal:difference', from.index, to.index)
    .some((h) => /eligib|exclu|available|reserved|restricted|access|acces|acesso|anspruch|vorbehalten|reserve|only|uniquement|apenas|solo/.test(input.folded.slice(h.start, h.end)));
  const development = hitsInSentences(input, 'unequal:development', from.index, to.index).length > 0;
  return exclusion && development;
}

/** Migrants and domestic staff named in this sentence and a neighbour, on different terms: the sentences that say so. */
export function comparedWithDomestic(input: RuleInput, sentence: Sentence, migrantsAll: Hit[]): Span[] | null {
  const last = input.sentences.length - 1;
  const here = sentence.index;
  for (const [from, to] of [[here, here], [Math.max(0, here - 1), here], [here, Math.min(last, here + 1)]] as const) {
    const a = input.sentences[from]!;
    const b = input.sentences[to]!;
    const domestic = [...hitsInSentences(input, 'unequal:domestic-group', from, to), ...destinationDemonymHits(input, a, b)];
    if (!domestic.length || hitsInSentences(input, 'unequal:equal', from, to).length) continue;
    const migrants = hitsWithin(migrantsAll, a.firstToken, b.lastToken)
      .filter((m) => !hitsInTokens(input, 'unequal:domestic-group', Math.max(0, m.last - MAX_PHRASE), m.last + MAX_PHRASE).some((d) => d.first <= m.first && m.last <= d.last));
    if (!migrants.length || !differs(input, a, b, migrants, domestic) || preRegistrationOnly(input, sentence)) continue;
    return [sentenceSpan(input, a), ...(to !== from ? [sentenceSpan(input, b)] : [])];
  }
  return null;
}
