// g2g-agreement (info): the ad says it recruits under a government-to-government agreement or state
// channel (UK–India, UK–Philippines, Triple Win, PALM, a state recruiter). Context, never a breach.

import type { Rule } from '../rule';
import { spanOf } from './evidence';

export const g2gAgreement: Rule = {
  id: 'g2g-agreement',
  severity: 'info',
  basis: [
    { instrument: 'uk-code', provision: 'Government-to-government agreements: a red-list country moves to amber; recruitment only on the agreement\'s terms' },
    { instrument: 'scottish-code', provision: '§4.4–4.6' },
  ],
  detect(input) {
    const { claimed, evidence, covered } = input.g2g;
    if (!claimed) return null;
    if (!covered.size && !input.places.international) return null;
    const countries = [...covered.keys()].sort();
    const disputed = countries.filter((iso) => covered.get(iso) === 'does-not-exist');
    return {
      evidence: evidence.map(spanOf),
      countries,
      variant: disputed.length ? 'disputed' : undefined,
      params: disputed.length ? { countries: disputed.join(',') } : undefined,
    };
  },
};
