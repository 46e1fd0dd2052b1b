// What the evidence charts count: records by targeted country, by rule, and by month saved.
// Pure functions over the (filtered) records, so the charts follow the filters.

import type { IndexedRecord } from '../../utils/evidence-query';

export interface Bar {
  key: string;
  label: string;
  value: number;
}

/** Counts, largest first; the tail beyond `limit` folded into one "other" bar when given a label. */
export function countBy(records: readonly IndexedRecord[], keysOf: (r: IndexedRecord) => Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of records) for (const key of new Set(keysOf(r))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

export function topBars(counts: Map<string, number>, label: (key: string) => string, limit: number, otherLabel?: string): Bar[] {
  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const bars = sorted.slice(0, limit).map(([key, value]) => ({ key, label: label(key), value }));
  const rest = sorted.slice(limit).reduce((sum, [, v]) => sum + v, 0);
  if (rest > 0 && otherLabel) bars.push({ key: 'other', label: otherLabel, value: rest });
  return bars;
}

export function byCountry(records: readonly IndexedRecord[]): Map<string, number> {
  return countBy(records, (r) => r.targets);
}

export function byRule(records: readonly IndexedRecord[]): Map<string, number> {
  return countBy(records, (r) => r.rules);
}

/** Records per calendar month (local time), every month from the first to the last present. */
export function byMonth(records: readonly IndexedRecord[]): Bar[] {
  if (records.length === 0) return [];
  const counts = new Map<string, number>();
  let min = Infinity;
  let max = -Infinity;
  for (const r of records) {
    const d = new Date(r.time);
    const index = d.getFullYear() * 12 + d.getMonth();
    min = Math.min(min, index);
    max = Math.max(max, index);
    counts.set(String(index), (counts.get(String(index)) ?? 0) + 1);
  }
  // Long spans are shown as their last 36 months, so bars stay readable.
  min = Math.max(min, max - 35);
  const bars: Bar[] = [];
  for (let i = min; i <= max; i++) {
    const year = Math.floor(i / 12);
    const month = (i % 12) + 1;
    bars.push({ key: `${year}-${String(month).padStart(2, '0')}`, label: `${year}-${String(month).padStart(2, '0')}`, value: counts.get(String(i)) ?? 0 });
  }
  return bars;
}
