// The log as a table, one page of rows at a time (so 10,000 records render at once), sortable by
// any column (aria-sort says which). A record's title opens its detail.

import type { IndexedRecord, SortDirection, SortKey } from '../../../utils/evidence-query';
import { whoOf } from '../../../utils/evidence-query';
import { SEVERITIES } from '../../../rules/schema';
import { countryList, countryName } from '../../i18n/country-names';
import { usePageEnv } from '../shared/page-env';
import { boardName } from './labels';

export const PAGE_SIZE = 50;

interface Props {
  rows: readonly IndexedRecord[];
  page: number;
  onPage: (page: number) => void;
  sort: SortKey;
  direction: SortDirection;
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
}

const COLUMNS: Array<{ key: SortKey; label: string }> = [
  { key: 'savedAt', label: 'log_col_date' },
  { key: 'board', label: 'log_col_board' },
  { key: 'employer', label: 'log_col_employer' },
  { key: 'title', label: 'log_col_title' },
  { key: 'destination', label: 'log_col_destination' },
  { key: 'targets', label: 'log_col_targets' },
  { key: 'severity', label: 'log_col_severity' },
];

export function RecordsTable({ rows, page, onPage, sort, direction, onSort, onOpen }: Props) {
  const { t, locale } = usePageEnv();
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const slice = rows.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  return (
    <>
      <div class="table-wrap">
        <table class="records" data-testid="records">
          <caption class="visually-hidden">{t('log_table_caption')}</caption>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} scope="col" aria-sort={sort === c.key ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}>
                  <button type="button" class="sort" onClick={() => onSort(c.key)} data-sort={c.key}>
                    {t(c.label)}
                    <span aria-hidden="true" class="sort-icon">{sort === c.key ? (direction === 'asc' ? '▲' : '▼') : '↕'}</span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {slice.map(({ record, severityRank }) => (
              <tr key={record.id} data-record-id={record.id}>
                <td><time dateTime={record.savedAt}>{new Date(record.savedAt).toLocaleDateString(locale)}</time></td>
                <td>{boardName(record.board, t)}</td>
                <td>{whoOf(record) || <span class="muted">{t('log_unknown')}</span>}</td>
                <td>
                  <button type="button" class="link" onClick={() => onOpen(record.id)} data-open={record.id}>
                    {record.ad.title || t('untitled_ad')}
                  </button>
                </td>
                <td>{record.analysis.destination ? countryName(record.analysis.destination, locale) : <span class="muted">{t('log_unknown')}</span>}</td>
                <td>{countryList(record.analysis.targets, locale)}</td>
                <td>
                  {SEVERITIES[severityRank] ? (
                    <span class={`severity-tag sev-${SEVERITIES[severityRank]}`}>{t(`severity_${SEVERITIES[severityRank]}`)}</span>
                  ) : (
                    <span class="muted">{t('log_none')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav class="row pager" aria-label={t('log_pages')}>
          <button type="button" onClick={() => onPage(current - 1)} disabled={current === 0}>{t('log_prev')}</button>
          <span>{t('log_page_of', { page: current + 1, pages })}</span>
          <button type="button" onClick={() => onPage(current + 1)} disabled={current >= pages - 1}>{t('log_next')}</button>
        </nav>
      ) : null}
    </>
  );
}
