// safeguard-list-targeting (serious): a health or care ad targets a country on the WHO Health
// Workforce Support and Safeguards List 2023. A stated government-to-government agreement replaces
// it for that country, unless the data says no such agreement exists (RULES.md, "Agreements").

import { germany38, sslSet } from '../data/index';
import type { BasisRef, Rule } from '../rule';
import type { Span } from './evidence';

export const safeguardListTargeting: Rule = {
  id: 'safeguard-list-targeting',
  severity: 'serious',
  basis: [
    { instrument: 'who-code', provision: 'Art. 5', note: 'who_code_art5_note' },
    { instrument: 'who-ssl-2023' },
  ],
  detect(input) {
    const countries = input.places.targets.filter((iso) => sslSet.has(iso) && input.g2g.covered.get(iso) !== 'exists' && input.g2g.covered.get(iso) !== 'unknown');
    if (!countries.length) return null;
    const evidence: Span[] = countries.flatMap((iso) => input.places.targetEvidence.get(iso) ?? []);
    const basis: BasisRef[] = [];
    const dest = input.places.destination;
    if (dest === 'GB') {
      basis.push(
        { instrument: 'uk-code', provision: 'Red list: no active recruitment, in any medium, including referral incentives' },
        { instrument: 'scottish-code', provision: 'Guiding principle 3' },
      );
    }
    if (dest === 'DE' && countries.some((c) => germany38.countries.includes(c))) {
      basis.push({ instrument: 'beschv-38', provision: 'Only the Federal Employment Agency may recruit from the listed states' });
    }
    return { evidence, countries, basis };
  },
};
