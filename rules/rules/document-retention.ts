// document-retention (serious): the employer or agency keeps the worker's passport, ID,
// certificates or licence (GLAA and modern-slavery indicators). Not when the worker keeps them,
// when originals are only copied and handed back, or when the ad says it never holds them.

import { followedBy, hitsInSentence, negatedBefore, overlapping, tokenDistance } from '../query';
import type { Rule, RuleInput } from '../rule';
import type { Hit } from '../text/matcher';
import { answeredNo } from './answered-no';
import { sentenceSpan, type Span } from './evidence';

/** German "Pass" (passport) is the English verb "pass": a document only in a German ad. */
const GERMAN_ONLY_DOCS = new Set(['pass', 'passe']);

function isDocument(input: RuleInput, doc: Hit): boolean {
  if (overlapping(input, 'contact:id-copy', doc)) return false;
  return input.lang === 'de' || doc.last - doc.first !== 1 || !GERMAN_ONLY_DOCS.has(input.tokens[doc.first]!.text);
}

/**
 * The worker keeps the papers: "you keep your passport", "ficam consigo", and German verb-second
 * "Ihren Pass behalten selbstverständlich Sie", where "Sie" (you) is told from "sie" (them) by its
 * capital.
 */
function ownKeeping(input: RuleInput, hit: Hit): boolean {
  const last = input.tokens[hit.last - 1]!;
  if (last.text !== 'sie' || hit.last - hit.first === 1) return true;
  return input.text.slice(last.start, last.end) !== 'sie';
}

export const documentRetention: Rule = {
  id: 'document-retention',
  severity: 'serious',
  basis: [
    { instrument: 'glaa-indicators', provision: 'Control of identity and travel documents' },
    { instrument: 'wales-modern-slavery', provision: 'Withholding travel or immigration documents' },
  ],
  detect(input) {
    const evidence: Span[] = [];
    for (const sentence of input.sentences) {
      const docs = hitsInSentence(input, 'documents:identity-doc', sentence).filter((d) => isDocument(input, d));
      if (!docs.length) continue;
      // "Will the agency keep my passport? No."
      if (answeredNo(input, sentence)) continue;
      const own = hitsInSentence(input, 'documents:own-keeping', sentence).filter((o) => ownKeeping(input, o));
      const retains = hitsInSentence(input, 'documents:retain', sentence).filter((r) =>
        !negatedBefore(input, r, 6)
        // German splits the verb around its negation: "wir behalten keine Originale ein".
        && !followedBy(input, 'negation:neg', r, 1)
        && !own.some((o) => tokenDistance(o, r) <= 4)
        // "keep their documents and designated assets up to date": records maintained, not papers held.
        && !followedBy(input, 'documents:maintained', r, 10)
        && docs.some((d) => tokenDistance(d, r) <= 12),
      );
      if (retains.length) evidence.push(sentenceSpan(input, sentence));
    }
    return evidence.length ? { evidence } : null;
  },
};
