// misleading-guarantee (warning): "guaranteed visa/job/registration", "100% success", and "no
// IELTS/OET needed" for registered nursing or medical roles where the regulator requires English
// evidence. Not "guaranteed interview" or "guaranteed hours", not the regulator's alternative route.

import { destinationByIso } from '../data/index';
import { hasRegisteredRole } from '../detect/health';
import { hitsInSentences, hitsInSentence, hitsInTokens, hitsOf, overlapping, precededBy, sentenceOfHit, tokenDistance } from '../query';
import type { Rule, RuleInput } from '../rule';
import type { Hit } from '../text/matcher';
import { answeredNo } from './answered-no';
import { cover, spanOf, type Span } from './evidence';

const WINDOW = 4;
/** "Be wary of anyone who promises a guaranteed visa": a warning against the claim, this many tokens before it. */
const WARNING_WINDOW = 10;

function nearestDistance(hits: Hit[], to: Hit): number {
  return Math.min(Infinity, ...hits.map((h) => tokenDistance(h, to)));
}

function guaranteeSpans(input: RuleInput): Span[] {
  const spans: Span[] = [];
  const cues = [...hitsOf(input, 'guarantees:guarantee'), ...hitsOf(input, 'guarantees:hundred-percent')];
  for (const cue of cues) {
    // "No IELTS, guaranteed job": the negation belongs to the English test, not to the guarantee.
    const sentence = sentenceOfHit(input, cue);
    const from = Math.max(sentence.firstToken, cue.first - 3);
    const negations = hitsInTokens(input, 'negation:neg', sentence.firstToken, cue.first - 1).filter((n) => n.last >= from + 1);
    if (negations.some((n) => !overlapping(input, 'guarantees:no-english-test', n))) continue;
    // "Is my visa guaranteed? No – the Home Office decides."
    if (answeredNo(input, sentence)) continue;
    if (precededBy(input, 'guarantees:warns-against', cue, WARNING_WINDOW)) continue;
    const objects = hitsInSentence(input, 'guarantees:guarantee-object', sentence).filter((o) => tokenDistance(o, cue) <= WINDOW);
    const harmless = hitsInSentence(input, 'guarantees:guarantee-harmless', sentence);
    if (harmless.some((h) => h.first <= cue.first && cue.last <= h.last)) continue;
    const isPercent = cue.concept === 'guarantees:hundred-percent';
    const partners = isPercent
      ? [...objects, ...hitsInSentence(input, 'guarantees:guarantee', sentence).filter((g) => tokenDistance(g, cue) <= 2)]
      : objects;
    if (!partners.length) continue;
    if (nearestDistance(harmless, cue) <= nearestDistance(partners, cue)) continue;
    const partner = [...partners].sort((a, b) => tokenDistance(a, cue) - tokenDistance(b, cue))[0]!;
    spans.push(cover([spanOf(cue), spanOf(partner)]));
  }
  return spans;
}

function noEnglishTestSpans(input: RuleInput): Span[] {
  const destination = input.places.destination;
  if (!destination || !destinationByIso.get(destination)?.englishEvidence) return [];
  if (!hasRegisteredRole(input)) return [];
  return hitsOf(input, 'guarantees:no-english-test')
    .filter((hit) => {
      const sentence = sentenceOfHit(input, hit);
      const s = sentence.index;
      return !answeredNo(input, sentence) && !hitsInSentences(input, 'guarantees:alternative-route', s - 1, s + 2).length;
    })
    .map(spanOf);
}

export const misleadingGuarantee: Rule = {
  id: 'misleading-guarantee',
  severity: 'warning',
  basis: [
    { instrument: 'who-code', provision: 'Art. 4', note: 'who_code_article_note' },
    { instrument: 'uk-applicant-guidance', provision: 'Offers that are too good to be true' },
  ],
  detect(input) {
    const evidence = [...guaranteeSpans(input), ...noEnglishTestSpans(input)];
    return evidence.length ? { evidence } : null;
  },
};
