// The opt-in for reading JobPosting data on any site: an optional host permission requested from
// the click itself (browsers require a user gesture), mirrored in settings.anySite. Revoking it —
// here or in the browser's own extension settings — turns it off.

import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { saveSettings } from '../../../utils/settings';
import { usePageEnv } from '../shared/page-env';

export const ANY_SITE = { origins: ['*://*/*'] };

export function AnySiteOption() {
  const { t, settings } = usePageEnv();
  const [granted, setGranted] = useState<boolean | null>(null);
  const [note, setNote] = useState('');
  useEffect(() => {
    const check = () =>
      browser.permissions.contains(ANY_SITE).then((has) => {
        setGranted(has);
        if (has !== settings.anySite) void saveSettings({ anySite: has });
      }, () => setGranted(false));
    check();
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  const onChange = (event: Event) => {
    const want = (event.currentTarget as HTMLInputElement).checked;
    setNote('');
    // Called synchronously from the click: the request needs the user gesture.
    const request = want ? browser.permissions.request(ANY_SITE) : browser.permissions.remove(ANY_SITE).then(() => false);
    request.then(
      async (result) => {
        const has = await browser.permissions.contains(ANY_SITE);
        setGranted(has);
        await saveSettings({ anySite: has });
        if (want && !result) setNote(t('opt_any_site_denied'));
      },
      (error: Error) => {
        setNote(t('opt_any_site_error', { error: error.message }));
        browser.permissions.contains(ANY_SITE).then(setGranted, () => undefined);
      },
    );
  };
  return (
    <div class="field-inline">
      <input id="opt-any-site" type="checkbox" checked={granted === true} disabled={granted === null} onChange={onChange} aria-describedby="opt-any-site-hint opt-any-site-note" />
      <div>
        <label for="opt-any-site">{t('opt_any_site')}</label>
        <p id="opt-any-site-hint" class="hint">{t('opt_any_site_hint')}</p>
        <p id="opt-any-site-note" role="status" class="hint">{note}</p>
      </div>
    </div>
  );
}
