// Country of a board's location field ("Leeds LS9", "Milwaukee, WI", "Cairns QLD", "Dublin, County
// Dublin, Ireland", "Abuja") and of a page's domain (jobs.nhs.uk → GB).

import { fold } from '../text/fold';
import { isAmbiguousForm, lexiconMatcher } from '../text/lexicon';
import { tokenize } from '../text/tokens';

const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?(?:\s*\d[A-Z]{2})?\b/;
const US_STATE = /,\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\b/;
const AU_STATE = /\b(?:NSW|QLD|VIC|TAS|ACT|NT|WA|SA)\b/;
const CA_PROVINCE = /,\s*(?:ON|QC|BC|AB|MB|SK|NS|NB|NL|PE)\b/;

/** ISO country named by a location field, or undefined. */
export function countryOfLocation(location: string | undefined): string | undefined {
  if (!location) return undefined;
  const folded = fold(location);
  const hits = lexiconMatcher().scan(tokenize(folded));
  const all = hits.filter((h) => /^country:[A-Z]{2}:(name|city)$/.test(h.concept));
  // "Panama City, FL", "St Lucia QLD": a name that is also something else gives way to a state or postcode.
  const clear = all.filter((h) => !isAmbiguousForm(h.concept.split(':')[1]!, folded.slice(h.start, h.end)));
  const names = clear.length || !regionCountry(location) ? all.filter((h) => clear.length === 0 || clear.includes(h)) : [];
  // The last-named country wins: "Dublin, County Dublin, Ireland".
  const byName = names.filter((h) => h.concept.endsWith(':name'));
  const pick = byName[byName.length - 1] ?? names[names.length - 1];
  if (pick) return pick.concept.split(':')[1];
  return regionCountry(location);
}

/** A US state, Canadian province, Australian state or UK postcode in a location field. */
function regionCountry(location: string): string | undefined {
  if (US_STATE.test(location)) return 'US';
  if (CA_PROVINCE.test(location)) return 'CA';
  if (AU_STATE.test(location)) return 'AU';
  if (UK_POSTCODE.test(location) && /\d/.test(location)) return 'GB';
  return undefined;
}

/** National job boards whose adverts are for jobs in one country. */
const BOARD_DOMAINS: Array<[RegExp, string]> = [
  [/(^|\.)jobs\.nhs\.uk$/, 'GB'], [/(^|\.)nhs\.uk$/, 'GB'], [/(^|\.)nhs\.scot$/, 'GB'],
  [/^uk\.indeed\.com$/, 'GB'], [/(^|\.)indeed\.co\.uk$/, 'GB'], [/(^|\.)reed\.co\.uk$/, 'GB'],
  [/(^|\.)totaljobs\.com$/, 'GB'], [/(^|\.)cv-library\.co\.uk$/, 'GB'], [/(^|\.)glassdoor\.co\.uk$/, 'GB'],
  [/^ie\.indeed\.com$/, 'IE'], [/(^|\.)irishjobs\.ie$/, 'IE'], [/(^|\.)jobs\.ie$/, 'IE'],
  [/(^|\.)indeed\.fr$/, 'FR'], [/^fr\.indeed\.com$/, 'FR'], [/(^|\.)glassdoor\.fr$/, 'FR'],
  [/(^|\.)seek\.com\.au$/, 'AU'], [/^au\.indeed\.com$/, 'AU'], [/(^|\.)seek\.co\.nz$/, 'NZ'], [/^nz\.indeed\.com$/, 'NZ'],
  [/^ca\.indeed\.com$/, 'CA'], [/(^|\.)jobbank\.gc\.ca$/, 'CA'],
  [/(^|\.)indeed\.de$/, 'DE'], [/^de\.indeed\.com$/, 'DE'], [/(^|\.)stepstone\.de$/, 'DE'],
  [/^pt\.indeed\.com$/, 'PT'], [/(^|\.)net-empregos\.com$/, 'PT'], [/^be\.indeed\.com$/, 'BE'],
  [/(^|\.)indeed\.com\.br$/, 'BR'], [/^br\.indeed\.com$/, 'BR'], [/^es\.indeed\.com$/, 'ES'], [/(^|\.)indeed\.es$/, 'ES'],
  [/(^|\.)jobberman\.com$/, 'NG'], [/(^|\.)jobberman\.com\.gh$/, 'GH'], [/(^|\.)brightermonday\.co\.ke$/, 'KE'],
];

export function countryOfDomain(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  return BOARD_DOMAINS.find(([pattern]) => pattern.test(host))?.[1];
}
