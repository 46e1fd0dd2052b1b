// The bundled rules data, typed, with the lookups the engine needs. Validated by zod in tests
// (tests/unit/data.test.ts), not here: this module is bundled into the content script.

import type { z } from 'zod';
import type {
  AgreementsFile, CountriesFile, Country, Destination, DestinationsFile, FxFile, GermanyListFile,
  InstrumentsFile, LexiconFile, SafeguardListFile, UkListsFile,
} from './schema';

import sslAfrican from './countries/ssl-african-region.json';
import sslOther from './countries/ssl-other-regions.json';
import nonSsl from './countries/non-ssl-sources.json';
import destinationCountries from './countries/destinations.json';
import safeguardList from './safeguard-list.json';
import ukLists from './uk-lists.json';
import germanyList from './germany-38.json';
import agreements from './agreements.json';
import destinations from './destinations.json';
import instruments from './instruments.json';
import fx from './fx.json';

import fees from './lexicons/fees.json';
import repayment from './lexicons/repayment.json';
import documents from './lexicons/documents.json';
import contact from './lexicons/contact.json';
import pressure from './lexicons/pressure.json';
import guarantees from './lexicons/guarantees.json';
import unequal from './lexicons/unequal.json';
import referral from './lexicons/referral.json';
import g2g from './lexicons/g2g.json';
import occupations from './lexicons/occupations.json';
import international from './lexicons/international.json';
import targeting from './lexicons/targeting.json';
import pay from './lexicons/pay.json';
import organisations from './lexicons/organisations.json';
import destination from './lexicons/destination.json';
import negation from './lexicons/negation.json';

export const RULES_VERSION = '2026.11.1';

export const countryFiles = [sslAfrican, sslOther, nonSsl, destinationCountries] as unknown as z.input<typeof CountriesFile>[];
export const countries: Country[] = countryFiles.flatMap((file) => file.countries as Country[]);
export const countryByIso = new Map(countries.map((c) => [c.iso, c]));

export const ssl = safeguardList as z.infer<typeof SafeguardListFile>;
export const sslSet = new Set(ssl.countries);
export const uk = ukLists as z.infer<typeof UkListsFile>;
export const ukRed = new Set(uk.red);
export const ukAmber = new Set(uk.amber);
export const germany38 = germanyList as z.infer<typeof GermanyListFile>;
export const agreementList = (agreements as z.infer<typeof AgreementsFile>).agreements;
export const destinationList = (destinations as unknown as z.infer<typeof DestinationsFile>).destinations;
export const destinationByIso = new Map<string, Destination>(destinationList.map((d) => [d.iso, d]));
export const instrumentList = (instruments as z.infer<typeof InstrumentsFile>).instruments;
export const instrumentById = new Map(instrumentList.map((i) => [i.id, i]));
export const toGBP = (fx as z.infer<typeof FxFile>).toGBP;

/** Lexicon files by id; concept names in the matcher are `${file}:${concept}`. */
export const lexicons: Record<string, LexiconFile> = {
  fees, repayment, documents, contact, pressure, guarantees, unequal, referral, g2g, occupations,
  international, targeting, pay, organisations, destination, negation,
} as unknown as Record<string, LexiconFile>;

export type AgreementStatus = 'exists' | 'does-not-exist' | 'unknown';

/**
 * Whether a government-to-government agreement covers recruitment from `partner` into `destination`.
 * For GB, a red-list country with no recorded agreement cannot have one: the UK list would grade it amber.
 */
export function agreementStatus(destination: string | null, partner: string): AgreementStatus {
  const found = agreementList.find((a) => a.destination === destination && a.partner === partner);
  if (found) return found.exists ? 'exists' : 'does-not-exist';
  if (destination === 'GB' && ukRed.has(partner)) return 'does-not-exist';
  return 'unknown';
}

export function agreementFor(destination: string | null, partner: string) {
  return agreementList.find((a) => a.destination === destination && a.partner === partner && a.exists);
}
