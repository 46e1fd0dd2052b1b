import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../../rules/schema';
import { BOM, CSV_COLUMNS, csvField, toCsv, toJson, toJsonExport } from '../../../utils/evidence-export';
import { planImport } from '../../../utils/evidence-import';
import { makeRecord, makeRecords, parseCsv } from './helpers';

describe('CSV export', () => {
  it('starts with a UTF-8 BOM, ends rows with CRLF and has one row per record plus the header', async () => {
    const records = await makeRecords(4);
    const csv = toCsv(records);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(5);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(csv.replace(/"[^"]*"/g, '').split('\n').every((line, i, all) => i === all.length - 1 || line.endsWith('\r'))).toBe(true);
  });

  it('has a column per rule id holding the severity of that finding', async () => {
    const record = await makeRecord(0);
    const [header, row] = parseCsv(toCsv([record]).slice(1));
    for (const rule of RULE_IDS) {
      const finding = record.analysis.findings.find((f) => f.rule === rule);
      expect(row![header!.indexOf(rule)]).toBe(finding?.severity ?? '');
    }
    expect(record.analysis.findings.length).toBeGreaterThan(0);
  });

  it('quotes commas, quotes and line breaks (RFC 4180) and reads back exactly', async () => {
    const tricky = 'Care, "Support" & Co\nLtd';
    const record = await makeRecord(1, { employer: tricky, title: 'Nurse; "RGN", nights' });
    const notes = 'line 1\r\nline 2, with "quotes"';
    const [header, row] = parseCsv(toCsv([{ ...record, notes }]).slice(1));
    expect(row![header!.indexOf('employer')]).toBe(tricky);
    expect(row![header!.indexOf('title')]).toBe('Nurse; "RGN", nights');
    expect(row![header!.indexOf('notes')]).toBe(notes);
    expect(row![header!.indexOf('ad_text')]).toBe(record.text);
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('plain')).toBe('plain');
  });

  it('keeps spreadsheet formulas from running', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+44 20')).toBe("'+44 20");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField(-3)).toBe('-3');
  });
});

describe('JSON export', () => {
  it('is schema-versioned and round-trips through import identically', async () => {
    const records = await makeRecords(6);
    records[2] = { ...records[2]!, notes: 'Reported to NHS Employers, "ref 12"\nfollow up' };
    const now = new Date('2026-11-27T10:00:00Z');
    const envelope = toJsonExport(records, now);
    expect(envelope).toMatchObject({ format: 'recruit-lens-evidence', schema: 1, exportedAt: '2026-11-27T10:00:00.000Z' });
    expect(envelope.rulesVersion).toMatch(/^\d{4}\.\d+\.\d+$/);
    const plan = planImport(toJson(records, now), []);
    expect(plan.rejected).toEqual([]);
    expect(plan.toAdd).toEqual(records);
    // And again: the export of the import is the same file.
    expect(toJson(plan.toAdd, now)).toBe(toJson(records, now));
  });
});
