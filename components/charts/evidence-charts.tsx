// The evidence log's three charts (by targeted country, by rule, over time), each with a table of
// the same numbers one click away. They count the records the filters currently show.

import { useMemo } from 'preact/hooks';
import type { Locale, Translate } from '../i18n/translate';
import { countryName } from '../i18n/country-names';
import type { IndexedRecord } from '../../utils/evidence-query';
import { BarChart } from './bar-chart';
import { byCountry, byMonth, byRule, topBars, type Bar } from './chart-data';
import { ColumnChart } from './column-chart';
import { ChartTable } from './data-table';

interface Props {
  records: readonly IndexedRecord[];
  t: Translate;
  locale: Locale;
}

function describe(bars: readonly Bar[], t: Translate): string {
  if (bars.length === 0) return t('chart_empty');
  const top = [...bars].sort((a, b) => b.value - a.value)[0]!;
  return t('chart_desc', { count: bars.length, top: top.label, value: top.value });
}

export function EvidenceCharts({ records, t, locale }: Props) {
  const countries = useMemo(() => topBars(byCountry(records), (iso) => countryName(iso, locale), 10, t('chart_other')), [records, locale, t]);
  const rules = useMemo(() => topBars(byRule(records), (rule) => t(`rule_${rule.replace(/-/g, '_')}_title`), 13), [records, t]);
  const months = useMemo(() => byMonth(records), [records]);
  const charts = [
    { id: 'chart-country', title: t('chart_by_country'), key: t('chart_country'), bars: countries, kind: 'bar' as const },
    { id: 'chart-rule', title: t('chart_by_rule'), key: t('chart_rule'), bars: rules, kind: 'bar' as const },
    { id: 'chart-time', title: t('chart_over_time'), key: t('chart_month'), bars: months, kind: 'column' as const },
  ];
  return (
    <div class="charts">
      {charts.map((c) => (
        <figure key={c.id} class="chart-figure">
          <figcaption><h3>{c.title}</h3></figcaption>
          {c.bars.length === 0 ? (
            <p class="muted">{t('chart_empty')}</p>
          ) : c.kind === 'bar' ? (
            <BarChart id={c.id} title={c.title} desc={describe(c.bars, t)} bars={c.bars} />
          ) : (
            <ColumnChart id={c.id} title={c.title} desc={describe(c.bars, t)} bars={c.bars} />
          )}
          {c.bars.length ? (
            <details>
              <summary>{t('chart_show_table')}</summary>
              <ChartTable caption={c.title} keyHeading={c.key} valueHeading={t('chart_records')} bars={c.bars} />
            </details>
          ) : null}
        </figure>
      ))}
    </div>
  );
}
