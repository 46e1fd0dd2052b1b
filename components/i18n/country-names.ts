// Country names for the UI, in the UI's language, from the bundled rules data.

import { countryByIso } from '../../rules/data/index';
import type { Locale } from './translate';

export function countryName(iso: string, locale: Locale): string {
  const country = countryByIso.get(iso);
  return country?.names[locale][0] ?? country?.names.en[0] ?? iso;
}

export function countryList(isos: readonly string[], locale: Locale): string {
  return isos.map((iso) => countryName(iso, locale)).join(', ');
}
