// Our own translator: catalogs are bundled JSON (one file per area and language), so the language
// can follow the user's choice in Settings, not only the browser's (browser.i18n can't switch).
// Messages use named placeholders: "Targets {countries}".

export const LOCALES = ['en', 'fr', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];
export type Catalog = Record<string, string>;

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The UI language: a chosen one, else the browser's if we have it, else English. */
export function pickLocale(chosen: string | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(chosen)) return chosen;
  for (const language of browserLanguages) {
    const base = language.toLowerCase().split('-')[0];
    if (isLocale(base)) return base;
  }
  return 'en';
}

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function translator(catalogs: Record<Locale, Catalog>, locale: Locale): Translate {
  const primary = catalogs[locale];
  const fallback = catalogs.en;
  return (key, params) => {
    const template = primary[key] ?? fallback[key];
    if (template === undefined) return key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
  };
}
