import { describe, expect, it } from 'vitest';
import { cacheMatches, fromSummaries, parseCache, serializeCache, skeleton, summarize } from '../../../components/pages/evidence/log-cache';
import { queryRecords } from '../../../utils/evidence-query';
import { makeRecords } from '../evidence/helpers';

describe('evidence log summary cache', () => {
  it('round-trips the summaries and indexes them like the full records for the table, filters and charts', async () => {
    const records = await makeRecords(6);
    records[1] = { ...records[1]!, notes: 'sent, "urgent"' };
    const summaries = parseCache(serializeCache(records))!;
    expect(summaries).toEqual(records.map(summarize));
    expect(cacheMatches(summaries, records)).toBe(true);
    expect(cacheMatches(summaries, [...records.slice(1), { ...records[0]!, notes: 'changed' }])).toBe(false);
    const partial = fromSummaries(summaries);
    expect(partial.every((e) => e.partial)).toBe(true);
    const full = records.map((r) => r.id);
    expect(queryRecords(partial, { sort: 'severity', direction: 'desc' }).map((e) => e.record.id).sort()).toEqual(full.sort());
    expect(queryRecords(partial, { country: 'CM' }).length).toBe(records.filter((r) => r.analysis.targets.includes('CM')).length);
    const sk = skeleton(summaries[0]!);
    expect(sk.analysis.findings.map((f) => [f.rule, f.severity])).toEqual(records[0]!.analysis.findings.map((f) => [f.rule, f.severity]));
    expect(sk.text).toBe('');
  });

  it('ignores a cache it cannot read exactly', () => {
    expect(parseCache(undefined)).toBeNull();
    expect(parseCache('{')).toBeNull();
    expect(parseCache(JSON.stringify({ version: 99, rows: [] }))).toBeNull();
    expect(parseCache(JSON.stringify({ version: 1, rows: [['too', 'short']] }))).toBeNull();
    expect(parseCache(JSON.stringify({ version: 1, rows: [] }))).toEqual([]);
  });
});

describe('evidence log live updates', () => {
  it('applies storage changes: new and changed records in, removed ones out, other keys ignored', async () => {
    const { applyChanges } = await import('../../../components/pages/evidence/evidence-app');
    const { indexRecords } = await import('../../../utils/evidence-query');
    const [a, b, c] = await makeRecords(3);
    const index = indexRecords([a!, b!]);
    const next = applyChanges(index, {
      [`evidence:${a!.id}`]: {},
      [`evidence:${b!.id}`]: { newValue: { ...b!, notes: 'new notes' } },
      [`evidence:${c!.id}`]: { newValue: c },
      settings: { newValue: { locale: 'fr' } },
      'evidence-log-cache': { newValue: '{}' },
    });
    expect(next.map((r) => r.record.id)).toEqual([b!.id, c!.id]);
    expect(next[0]!.record.notes).toBe('new notes');
    expect(applyChanges(index, { settings: { newValue: {} } })).toBe(index);
  });
});
