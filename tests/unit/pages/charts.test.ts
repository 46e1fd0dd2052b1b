import { describe, expect, it } from 'vitest';
import { byCountry, byMonth, byRule, topBars } from '../../../components/charts/chart-data';
import { indexRecords } from '../../../utils/evidence-query';
import { makeRecord, makeRecords } from '../evidence/helpers';

describe('chart data', () => {
  it('counts records per targeted country and rule (a record counts once per key)', async () => {
    const index = indexRecords(await makeRecords(10));
    const countries = byCountry(index);
    expect(countries.get('CM')).toBe(index.filter((r) => r.targets.includes('CM')).length);
    const rules = byRule(index);
    expect(rules.get('safeguard-list-targeting')).toBe(index.filter((r) => r.rules.has('safeguard-list-targeting')).length);
    const bars = topBars(countries, (k) => k, 2, 'Other');
    expect(bars).toHaveLength(3);
    expect(bars[2]!.label).toBe('Other');
    expect(bars.reduce((s, b) => s + b.value, 0)).toBe([...countries.values()].reduce((s, v) => s + v, 0));
  });

  it('has one bar per month, gaps included', async () => {
    const index = indexRecords([await makeRecord(0, {}, new Date(2026, 0, 15)), await makeRecord(1, {}, new Date(2026, 3, 2)), await makeRecord(2, {}, new Date(2026, 3, 20))]);
    expect(byMonth(index).map((b) => [b.label, b.value])).toEqual([['2026-01', 1], ['2026-02', 0], ['2026-03', 0], ['2026-04', 2]]);
    expect(byMonth([])).toEqual([]);
  });
});
