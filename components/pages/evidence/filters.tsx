// The log's filters: full-text search, rule, targeted country, board and a date range.

import type { RuleId } from '../../../rules/schema';
import { countryName } from '../../i18n/country-names';
import type { EvidenceQuery } from '../../../utils/evidence-query';
import { usePageEnv } from '../shared/page-env';
import { boardName } from './labels';

interface Props {
  query: EvidenceQuery;
  search: string;
  onSearch: (text: string) => void;
  onChange: (patch: Partial<EvidenceQuery>) => void;
  onClear: () => void;
  facets: { rules: RuleId[]; countries: string[]; boards: string[] };
}

const value = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;

export function Filters({ query, search, onSearch, onChange, onClear, facets }: Props) {
  const { t, locale } = usePageEnv();
  return (
    <form class="filters" role="search" aria-label={t('log_filters')} onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="f-search">{t('log_search')}</label>
        <input id="f-search" type="search" value={search} onInput={(e) => onSearch(value(e))} placeholder={t('log_search_placeholder')} />
      </div>
      <div class="field">
        <label for="f-rule">{t('log_rule')}</label>
        <select id="f-rule" value={query.rule ?? ''} onChange={(e) => onChange({ rule: value(e) as RuleId | '' })}>
          <option value="">{t('log_any')}</option>
          {facets.rules.map((r) => <option key={r} value={r}>{t(`rule_${r.replace(/-/g, '_')}_title`)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="f-country">{t('log_country')}</label>
        <select id="f-country" value={query.country ?? ''} onChange={(e) => onChange({ country: value(e) })}>
          <option value="">{t('log_any')}</option>
          {facets.countries.map((c) => <option key={c} value={c}>{countryName(c, locale)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="f-board">{t('log_board')}</label>
        <select id="f-board" value={query.board ?? ''} onChange={(e) => onChange({ board: value(e) })}>
          <option value="">{t('log_any')}</option>
          {facets.boards.map((b) => <option key={b} value={b}>{boardName(b, t)}</option>)}
        </select>
      </div>
      <div class="field">
        <label for="f-from">{t('log_from')}</label>
        <input id="f-from" type="date" value={query.from ?? ''} onChange={(e) => onChange({ from: value(e) })} />
      </div>
      <div class="field">
        <label for="f-to">{t('log_to')}</label>
        <input id="f-to" type="date" value={query.to ?? ''} onChange={(e) => onChange({ to: value(e) })} />
      </div>
      <div class="field field-end">
        <button type="button" onClick={onClear}>{t('log_clear_filters')}</button>
      </div>
    </form>
  );
}
