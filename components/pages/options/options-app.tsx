// Settings. Every change is saved at once to storage; open tabs (the content script) and the other
// pages watch it, so it applies everywhere without a reload.

import { useState } from 'preact/hooks';
import { BOARDS } from '../../../boards/index';
import { ssl, sslSet } from '../../../rules/data/index';
import { boardActive, saveSettings, type Settings } from '../../../utils/settings';
import { countryName } from '../../i18n/country-names';
import { pickLocale } from '../../i18n/translate';
import { CountrySelect } from '../shared/country-select';
import { usePageEnv } from '../shared/page-env';
import { AboutRules } from './about-rules';
import { AnySiteOption } from './any-site';

const LANGUAGES: Array<{ value: Settings['locale']; label: string; lang?: string }> = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'fr', label: 'Français', lang: 'fr' },
  { value: 'pt', label: 'Português', lang: 'pt' },
];
const NATIVE: Record<string, string> = { en: 'English', fr: 'Français', pt: 'Português' };

export function OptionsApp() {
  const { t, settings, locale } = usePageEnv();
  // The status is kept as a message key, so it follows a change of language too.
  const [saved, setSaved] = useState<{ key: string; error?: string } | null>(null);
  const save = (patch: Partial<Settings>) =>
    saveSettings(patch).then(() => setSaved({ key: 'opt_saved' }), (error: Error) => setSaved({ key: 'save_failed', error: error.message }));
  const browserLocale = pickLocale(undefined, navigator.languages ?? [navigator.language]);
  const residence = settings.residence;
  return (
    <main class="options">
      <h1>{t('opt_heading')}</h1>
      <p>{t('opt_intro')}</p>
      <p role="status" class="hint" data-testid="saved">{saved ? t(saved.key, saved.error ? { error: saved.error } : undefined) : ''}</p>

      <section aria-labelledby="lang-heading">
        <h2 id="lang-heading">{t('opt_language_heading')}</h2>
        <div class="field">
          <label for="opt-language">{t('opt_language')}</label>
          <select id="opt-language" value={settings.locale} onChange={(e) => save({ locale: (e.currentTarget as HTMLSelectElement).value as Settings['locale'] })}>
            <option value="auto">{t('opt_language_auto', { language: NATIVE[browserLocale]! })}</option>
            {LANGUAGES.map((l) => <option key={l.value} value={l.value} lang={l.lang}>{l.label}</option>)}
          </select>
        </div>
      </section>

      <section aria-labelledby="you-heading">
        <h2 id="you-heading">{t('opt_you_heading')}</h2>
        <div class="field">
          <label for="opt-residence">{t('opt_residence')}</label>
          <p id="opt-residence-hint" class="hint">{t('opt_residence_hint')}</p>
          <CountrySelect id="opt-residence" value={residence ?? ''} describedBy="opt-residence-hint" emptyLabel={t('opt_residence_none')}
            onChange={(iso) => save({ residence: iso || null })} />
        </div>
        {residence ? (
          <p class="residence-note" data-testid="residence-effect">
            {sslSet.has(residence)
              ? t('residence_on_ssl', { country: countryName(residence, locale), edition: ssl.edition })
              : t('residence_not_on_ssl', { country: countryName(residence, locale), edition: ssl.edition })}
          </p>
        ) : null}
      </section>

      <section aria-labelledby="show-heading">
        <h2 id="show-heading">{t('opt_show_heading')}</h2>
        <div class="field-inline">
          <input id="opt-caution" type="checkbox" checked={settings.showCaution} onChange={(e) => save({ showCaution: (e.currentTarget as HTMLInputElement).checked })} aria-describedby="opt-caution-hint" />
          <div>
            <label for="opt-caution">{t('opt_caution')}</label>
            <p id="opt-caution-hint" class="hint">{t('opt_caution_hint')}</p>
          </div>
        </div>
        <div class="field-inline">
          <input id="opt-highlights" type="checkbox" checked={settings.highlights} onChange={(e) => save({ highlights: (e.currentTarget as HTMLInputElement).checked })} aria-describedby="opt-highlights-hint" />
          <div>
            <label for="opt-highlights">{t('opt_highlights')}</label>
            <p id="opt-highlights-hint" class="hint">{t('opt_highlights_hint')}</p>
          </div>
        </div>
      </section>

      <section aria-labelledby="boards-heading">
        <h2 id="boards-heading">{t('opt_boards_heading')}</h2>
        <fieldset class="boards">
          <legend>{t('opt_boards')}</legend>
          {BOARDS.map((b) => (
            <div class="field-inline" key={b.id}>
              <input id={`opt-board-${b.id}`} type="checkbox" checked={boardActive(settings, b.id)} data-board={b.id}
                onChange={(e) => save({ boards: { ...settings.boards, [b.id]: (e.currentTarget as HTMLInputElement).checked } })} />
              <label for={`opt-board-${b.id}`}>{b.name}</label>
            </div>
          ))}
        </fieldset>
        <AnySiteOption />
        {settings.disabledSites.length ? (
          <>
            <h3>{t('opt_disabled_sites')}</h3>
            <ul class="disabled-sites">
              {settings.disabledSites.map((host) => (
                <li key={host} class="row">
                  <span>{host}</span>
                  <button type="button" onClick={() => save({ disabledSites: settings.disabledSites.filter((h) => h !== host) })}>
                    {t('site_turn_on', { host })}
                  </button>
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>

      <AboutRules />
    </main>
  );
}
