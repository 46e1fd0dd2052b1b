// What every extension page needs: the settings (live: a change in Options or another tab shows at
// once), the UI language they imply, and the translator for it.

import { createContext, type ComponentChildren } from 'preact';
import { useContext, useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { PAGE_CATALOGS } from '../../i18n/catalogs';
import { pickLocale, translator, type Locale, type Translate } from '../../i18n/translate';
import { DEFAULT_SETTINGS, loadSettings, watchSettings, type Settings } from '../../../utils/settings';

export interface PageEnv {
  settings: Settings;
  locale: Locale;
  t: Translate;
}

export function localeFor(settings: Settings): Locale {
  const languages = typeof navigator !== 'undefined' ? navigator.languages ?? [navigator.language] : [];
  return pickLocale(settings.locale === 'auto' ? undefined : settings.locale, languages);
}

export function envFor(settings: Settings): PageEnv {
  const locale = localeFor(settings);
  return { settings, locale, t: translator(PAGE_CATALOGS, locale) };
}

const PageContext = createContext<PageEnv>(envFor(DEFAULT_SETTINGS));

export function usePageEnv(): PageEnv {
  return useContext(PageContext);
}

interface PageRootProps {
  /** Catalog key of the document title. */
  titleKey: string;
  children: ComponentChildren;
}

/** Loads the settings before the first paint (one storage read), then follows every change. */
export function PageRoot({ titleKey, children }: PageRootProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  // A layout effect: the read starts at once, not after the first (empty) frame.
  useLayoutEffect(() => {
    let live = true;
    loadSettings().then((s) => live && setSettings(s), () => live && setSettings(DEFAULT_SETTINGS));
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const env = useMemo(() => (settings ? envFor(settings) : null), [settings]);
  useEffect(() => {
    if (!env) return;
    document.documentElement.lang = env.locale;
    document.title = env.t(titleKey);
  }, [env, titleKey]);
  if (!env) return null;
  return <PageContext.Provider value={env}>{children}</PageContext.Provider>;
}
