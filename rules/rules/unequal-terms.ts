// unequal-terms (warning): migrant staff on worse terms than domestic staff in the same role
// (lower pay, band or pay step after registration; no CPD, training budget, study leave, pay award
// or bonus; a share of the agreed salary). Not the normal pre-registration band for nurses awaiting
// their OSCE or recognition (Scottish code principle 5).
//
// Two ways to say it: migrants and domestic staff both named, on different terms ("sponsored carers
// £11.44, UK carers £12.60": unequal/comparison.ts); or migrants alone with a lesser-terms cue ("not
// eligible for CPD", "80 % of the agreed salary", "stay on the first step … after registration":
// unequal/lesser-terms.ts).

import type { Sentence } from '../context';
import { hitsWithin } from '../query';
import type { Rule } from '../rule';
import { sentenceSpan, type Span } from './evidence';
import { comparedWithDomestic } from './unequal/comparison';
import { continuesAboutMigrants, leadsIn, migrantGroups } from './unequal/groups';
import { lesserTerms } from './unequal/lesser-terms';

/** Items under a heading that names the migrants are said of them, up to this many sentences. */
const LIST_ITEMS = 8;

export const unequalTerms: Rule = {
  id: 'unequal-terms',
  severity: 'warning',
  basis: [
    { instrument: 'scottish-code-2022', provision: 'Guiding principle 5: same rights, terms and access to education, training and CPD as domestically trained staff' },
    { instrument: 'who-code', provision: 'Art. 4', note: 'who_code_article_note' },
  ],
  detect(input) {
    const migrants = migrantGroups(input);
    if (!migrants.length) return null;
    const evidence: Span[] = [];
    let previousHadMigrants = false;
    /** The heading whose list the current sentence is in, and where that list ends. */
    let heading: Sentence | undefined;
    let listEnd = -1;
    for (const sentence of input.sentences) {
      const here = hitsWithin(migrants, sentence.firstToken, sentence.lastToken).length > 0;
      if (here) {
        const compared = comparedWithDomestic(input, sentence, migrants);
        if (compared) evidence.push(...compared);
        else if (lesserTerms(input, sentence)) evidence.push(sentenceSpan(input, sentence));
      } else if (((previousHadMigrants && continuesAboutMigrants(input, sentence)) || (heading && sentence.index <= listEnd))
        && lesserTerms(input, sentence)) {
        evidence.push(sentenceSpan(input, heading && sentence.index <= listEnd ? heading : input.sentences[sentence.index - 1]!), sentenceSpan(input, sentence));
      }
      if (here && leadsIn(input, sentence)) {
        heading = sentence;
        listEnd = sentence.index + LIST_ITEMS;
      } else if (here || (heading && sentence.index <= listEnd && /\n\s*\n/.test(input.text.slice(sentence.end, input.sentences[sentence.index + 1]?.start ?? sentence.end)))) {
        // A new mention of migrants or a blank line ends the list.
        listEnd = -1;
      }
      previousHadMigrants = here;
    }
    return evidence.length ? { evidence } : null;
  },
};
