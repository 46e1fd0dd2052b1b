// document-retention (serious): the employer or agency keeps the worker's passport, ID,
// certificates or licence (GLAA and modern-slavery indicators). Not when the worker keeps them,
// when originals are only copied and handed back, or when the ad says it never holds them.

import { followedBy, hitsInSentence, negatedBefore, overlapping, tokenDistance } from '../query';
import type { Rule } from '../rule';
import { sentenceSpan, type Span } from './evidence';

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
      const docs = hitsInSentence(input, 'documents:identity-doc', sentence)
        .filter((d) => !overlapping(input, 'contact:id-copy', d));
      if (!docs.length) continue;
      const own = hitsInSentence(input, 'documents:own-keeping', sentence);
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
