// The CLI speaks the same catalogs as the extension.

import { RULE_CATALOGS } from '../../components/i18n/catalogs';
import { translator, type Locale, type Translate } from '../../components/i18n/translate';

export function cliTranslator(locale: Locale): Translate {
  return translator(RULE_CATALOGS, locale);
}
