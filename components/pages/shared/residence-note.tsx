// One line that speaks to the reader when they told us where they live and it is on the WHO list.

import { ssl, sslSet } from '../../../rules/data/index';
import { countryName } from '../../i18n/country-names';
import { usePageEnv } from './page-env';

interface Props {
  /** Countries the ad recruits from: when the reader's is among them, say so. */
  targets?: readonly string[];
}

export function ResidenceNote({ targets }: Props) {
  const { settings, t, locale } = usePageEnv();
  const home = settings.residence;
  if (!home || !sslSet.has(home)) return null;
  const country = countryName(home, locale);
  return (
    <p class="residence-note" data-testid="residence-note">
      {t('residence_on_ssl', { country, edition: ssl.edition })}
      {targets?.includes(home) ? ` ${t('residence_targeted', { country })}` : ''}
    </p>
  );
}
