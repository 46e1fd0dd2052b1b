// referral-incentive-targeting (serious): a referral bonus or incentive for bringing friends or
// family from a country on the WHO Safeguards List (UK code: incentives such as referral bonus
// schemes are active recruitment). Kenya (amber) is the amber rule's business; India nothing.

import { sslSet } from '../data/index';
import { hitsOf, negatedBefore, sentenceOfHit } from '../query';
import type { Rule } from '../rule';
import { spanOf, type Span } from './evidence';

export const referralIncentiveTargeting: Rule = {
  id: 'referral-incentive-targeting',
  severity: 'serious',
  basis: [
    { instrument: 'uk-code', provision: 'Definition of active international recruitment: incentives such as referral bonus schemes; asking staff to share vacancies with friends or family in red-list countries' },
    { instrument: 'who-ssl-2023' },
  ],
  detect(input) {
    const referrals = hitsOf(input, 'referral:referral').filter((h) => !negatedBefore(input, h, 4));
    if (!referrals.length) return null;
    const sentences = new Set<number>();
    for (const r of referrals) {
      const s = sentenceOfHit(input, r).index;
      for (const i of [s - 1, s, s + 1]) sentences.add(i);
    }
    const titleReferral = referrals.some((r) => r.start < input.title.end && r.end > input.title.start);
    const countries = new Set<string>();
    const evidence: Span[] = [];
    for (const [iso, spans] of input.places.targetEvidence) {
      if (!sslSet.has(iso) || input.g2g.covered.get(iso) === 'exists') continue;
      const near = spans.filter((span) => {
        const mention = input.places.mentions.find((m) => m.hit.start === span.start);
        const index = mention ? sentenceOfHit(input, mention.hit).index : -1;
        return sentences.has(index) || titleReferral || (span.start >= input.title.start && span.end <= input.title.end);
      });
      if (near.length) {
        countries.add(iso);
        evidence.push(...near);
      }
    }
    if (!countries.size) return null;
    evidence.push(...referrals.map(spanOf));
    return { evidence, countries: [...countries].sort() };
  },
};
