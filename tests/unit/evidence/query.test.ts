import { describe, expect, it } from 'vitest';
import { facets, highestSeverity, indexRecords, queryRecords } from '../../../utils/evidence-query';
import { makeRecord, makeRecords } from './helpers';

describe('evidence query', () => {
  it('filters by rule, targeted country, board, date range and words', async () => {
    const records = await makeRecords(10);
    const index = indexRecords(records);
    const byRule = queryRecords(index, { rule: 'document-retention' });
    expect(byRule.length).toBeGreaterThan(0);
    expect(byRule.every((r) => r.record.analysis.findings.some((f) => f.rule === 'document-retention'))).toBe(true);
    const cm = queryRecords(index, { country: 'CM' });
    expect(cm.length).toBe(records.filter((r) => r.analysis.targets.includes('CM')).length);
    expect(cm.length).toBeGreaterThan(0);
    expect(queryRecords(index, { board: 'indeed' }).every((r) => r.record.board === 'indeed')).toBe(true);
    const days = queryRecords(index, { from: '2026-01-03', to: '2026-01-05' });
    expect(days.map((r) => r.record.ad.title).sort()).toEqual(['Nurse 2', 'Nurse 3', 'Nurse 4']);
    expect(queryRecords(index, { text: 'DOUALA employer' }).length).toBe(records.filter((r) => r.text.includes('Douala')).length);
    expect(queryRecords(index, { text: 'no-such-word-anywhere' })).toEqual([]);
  });

  it('searches notes and the hash too', async () => {
    const record = { ...(await makeRecord(0)), notes: 'Sent to the Union on Monday' };
    const index = indexRecords([record, await makeRecord(1)]);
    expect(queryRecords(index, { text: 'union monday' }).map((r) => r.record.id)).toEqual([record.id]);
    expect(queryRecords(index, { text: record.hash.slice(0, 12) }).map((r) => r.record.id)).toEqual([record.id]);
  });

  it('sorts by date (newest first by default), by text columns and by severity', async () => {
    const index = indexRecords(await makeRecords(6));
    const dates = queryRecords(index).map((r) => r.time);
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    const titles = queryRecords(index, { sort: 'title', direction: 'asc' }).map((r) => r.record.ad.title);
    expect(titles).toEqual([...titles].sort());
    const severe = queryRecords(index, { sort: 'severity', direction: 'desc' }).map((r) => r.severityRank);
    expect(severe).toEqual([...severe].sort((a, b) => a - b));
    expect(highestSeverity(index[0]!.record)).toBe('serious');
  });

  it('lists the facets present', async () => {
    const f = facets(indexRecords(await makeRecords(5)));
    expect(f.boards).toEqual(['indeed', 'linkedin']);
    expect(f.countries).toEqual(expect.arrayContaining(['NG', 'GH', 'CM', 'AO']));
    expect(f.rules).toContain('safeguard-list-targeting');
  });
});
