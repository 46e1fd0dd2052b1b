// hidden-employer (caution): neither the employer nor the recruiting agency is named (UK Conduct
// Regulations: an agency's advert must say it is an agency). An unnamed client is fine when the
// agency is named.

import { countries } from '../data/index';
import type { Rule, RuleInput } from '../rule';
import { findOrganisationName } from './organisation-name';

const PLACEHOLDER = /^(?:confidential|anonymous|private(?: advertiser)?|company|employer|recruiter|n\/?a|none|unknown|undisclosed|not disclosed|confidentiel|confidencial|vertraulich|-+)$/i;

function namedInFields(input: RuleInput): boolean {
  return [input.ad.employer, input.ad.agency].some((f) => f !== undefined && f.trim().length > 1 && !PLACEHOLDER.test(f.trim()));
}

export const hiddenEmployer: Rule = {
  id: 'hidden-employer',
  severity: 'caution',
  basis: [
    { instrument: 'conduct-regs', provision: 'Adverts must name the agency and say it is an agency' },
    { instrument: 'uk-applicant-guidance', provision: 'Know who will employ you before you accept' },
  ],
  detect(input) {
    if (namedInFields(input) || findOrganisationName(input, countries)) return null;
    const title = input.title.end > input.title.start ? input.title : { start: 0, end: Math.min(input.text.length, 80) };
    return { evidence: [title] };
  },
};
