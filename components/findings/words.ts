// What every findings component needs to speak: the translator, the language, and country names.

import type { CountryNamer } from '../i18n/finding-words';
import type { Locale, Translate } from '../i18n/translate';

export interface Words {
  t: Translate;
  locale: Locale;
  country: CountryNamer;
}

/** The catalog key part of a verdict or severity: 'not-enough-data' → 'not_enough_data'. */
export const keyPart = (value: string) => value.replace(/-/g, '_');
