// Turn Recruit Lens off (or back on) for the current site: settings.disabledSites, which the
// content script watches.

import { saveSettings } from '../../../utils/settings';
import { usePageEnv } from '../shared/page-env';

export function SiteToggle({ host }: { host: string }) {
  const { t, settings } = usePageEnv();
  const off = settings.disabledSites.includes(host);
  const toggle = () =>
    saveSettings({ disabledSites: off ? settings.disabledSites.filter((h) => h !== host) : [...settings.disabledSites, host] });
  return (
    <button type="button" onClick={toggle} data-testid="site-toggle">
      {off ? t('site_turn_on', { host }) : t('site_turn_off', { host })}
    </button>
  );
}
