// Sends the page overlay its words in the reader's language. The catalogs stay here: in the content
// script they would be a quarter of its size.

import { OVERLAY_CATALOGS } from '../../components/i18n/catalogs';
import { isLocale, type Catalog, type Locale } from '../../components/i18n/translate';
import { handleMessage } from '../../utils/message-bus';

export function overlayCatalog(locale: Locale): Catalog {
  return { ...OVERLAY_CATALOGS.en, ...OVERLAY_CATALOGS[locale] };
}

export function registerOverlayCatalog(): void {
  handleMessage('overlay-catalog', ({ locale }) => overlayCatalog(isLocale(locale) ? locale : 'en'));
}
