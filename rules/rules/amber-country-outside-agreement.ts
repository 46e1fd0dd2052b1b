// amber-country-outside-agreement (warning): a UK job targets a UK amber country (Kenya, Nepal)
// and the ad is not by the agreement's own channel (Nepal: Hampshire Hospitals NHS FT and partners;
// Kenya: its Ministry of Health).

import { agreementFor, ukAmber } from '../data/index';
import type { Rule } from '../rule';
import { fold } from '../text/fold';

const LITTLE_WORDS = new Set(['of', 'the', 's', 'and', 'republic']);
const WINDOW = 3;

/** Every word of the channel's name within a few words of each other: "GOVERNMENT OF KENYA – MINISTRY OF HEALTH". */
function namedWithin(words: string[], name: string): boolean {
  const needed = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w && !LITTLE_WORDS.has(w));
  if (!needed.length) return false;
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== needed[0] && !needed.includes(words[i]!)) continue;
    const window = new Set(words.slice(i, i + WINDOW + needed.length));
    if (needed.every((w) => window.has(w))) return true;
  }
  return false;
}

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
    const words = fold([input.ad.employer, input.ad.agency, input.text].filter(Boolean).join('\n')).split(/[^\p{L}\p{N}]+/u);
    const countries = amber.filter((iso) => {
      const channel = agreementFor('GB', iso)?.channel?.names ?? [];
      return !channel.some((name) => namedWithin(words, fold(name)));
    });
    if (!countries.length) return null;
    return { evidence: countries.flatMap((iso) => input.places.targetEvidence.get(iso) ?? []), countries };
  },
};
