// amber-country-outside-agreement (warning): a UK job targets a UK amber country (Kenya, Nepal)
// and the ad is not by the agreement's own channel (Nepal: Hampshire Hospitals NHS FT and partners;
// Kenya: its Ministry of Health).

import { agreementFor, ukAmber } from '../data/index';
import type { Rule } from '../rule';
import { fold } from '../text/fold';

export const amberCountryOutsideAgreement: Rule = {
  id: 'amber-country-outside-agreement',
  severity: 'warning',
  basis: [
    { instrument: 'uk-code', provision: 'Amber list: recruitment only on the terms of the government-to-government agreement' },
    { instrument: 'nhs-employers-g2g' },
  ],
  detect(input) {
    if (input.places.destination !== 'GB') return null;
    const amber = input.places.targets.filter((iso) => ukAmber.has(iso));
    if (!amber.length) return null;
    const haystack = fold([input.ad.employer, input.ad.agency, input.text].filter(Boolean).join('\n'));
    const countries = amber.filter((iso) => {
      const channel = agreementFor('GB', iso)?.channel?.names ?? [];
      return !channel.some((name) => haystack.includes(fold(name)));
    });
    if (!countries.length) return null;
    return { evidence: countries.flatMap((iso) => input.places.targetEvidence.get(iso) ?? []), countries };
  },
};
