// A country picker in the reader's language, sorted by name: used for the checker's destination
// and the options' country of residence.

import { useMemo } from 'preact/hooks';
import { countries } from '../../../rules/data/index';
import { countryName } from '../../i18n/country-names';
import type { Locale } from '../../i18n/translate';
import { usePageEnv } from './page-env';

export function sortedCountries(locale: Locale, only?: readonly string[]): Array<{ iso: string; name: string }> {
  const list = (only ? countries.filter((c) => only.includes(c.iso)) : countries).map((c) => ({ iso: c.iso, name: countryName(c.iso, locale) }));
  return list.sort((a, b) => a.name.localeCompare(b.name, locale));
}

interface Props {
  id: string;
  value: string;
  /** The label of the empty choice. */
  emptyLabel: string;
  onChange: (iso: string) => void;
  describedBy?: string;
}

export function CountrySelect({ id, value, emptyLabel, onChange, describedBy }: Props) {
  const { locale } = usePageEnv();
  const list = useMemo(() => sortedCountries(locale), [locale]);
  return (
    <select id={id} value={value} aria-describedby={describedBy} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
      <option value="">{emptyLabel}</option>
      {list.map((c) => (
        <option key={c.iso} value={c.iso}>{c.name}</option>
      ))}
    </select>
  );
}
