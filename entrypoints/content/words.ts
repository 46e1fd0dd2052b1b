// The overlay's language: the one chosen in Settings, else the browser's. Its words come from the
// background (the catalogs are not bundled into the page), and so do country names, with each
// analysis (the rules data is not bundled either).

import type { Words } from '../../components/findings/words';
import { pickLocale, translator, type Catalog, type Locale } from '../../components/i18n/translate';
import type { Settings } from '../../utils/settings';

export function overlayLocale(settings: Settings, languages: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  return pickLocale(settings.locale === 'auto' ? undefined : settings.locale, languages);
}

/** `catalog` is already complete (the background fills gaps with English). */
export function overlayWords(locale: Locale, catalog: Catalog, countries: ReadonlyMap<string, Record<Locale, string>>): Words {
  return { t: translator({ en: catalog, fr: catalog, pt: catalog }, locale), locale, country: (iso) => countries.get(iso)?.[locale] ?? iso };
}
