// Exports of the evidence log. CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
// quote or line break, quotes doubled; UTF-8 with a BOM so Excel reads the accents), one row per
// record, one column per rule id holding that finding's severity. JSON carries the full records
// with a format name and schema version, and round-trips through evidence-import.ts unchanged.

import { RULES_VERSION } from '../rules/data/index';
import { RULE_IDS } from '../rules/schema';
import { EVIDENCE_SCHEMA, type EvidenceRecord } from './evidence';
import { highestSeverity } from './evidence-query';

export const EXPORT_FORMAT = 'recruit-lens-evidence';
export const BOM = '\uFEFF';

/** A spreadsheet cell holds at most 32,767 characters; the JSON export keeps the full text. */
export const CSV_MAX_CELL = 32_000;

export interface EvidenceExport {
  format: typeof EXPORT_FORMAT;
  schema: number;
  exportedAt: string;
  rulesVersion: string;
  records: EvidenceRecord[];
}

export const CSV_COLUMNS = [
  'id', 'saved_at', 'board', 'url', 'title', 'employer', 'agency', 'location', 'destination', 'targets',
  'verdict', 'highest_severity', 'rules_version', 'hash', 'origin', 'notes', 'ad_text',
  ...RULE_IDS,
] as const;

/**
 * One CSV field. Text that a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start)
 * gets a leading apostrophe: ad text comes from the web.
 */
export function csvField(value: string | number | undefined | null): string {
  let text = value === undefined || value === null ? '' : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(text: string): string {
  return text.length > CSV_MAX_CELL ? `${text.slice(0, CSV_MAX_CELL)}…` : text;
}

export function csvRow(record: EvidenceRecord): string[] {
  const { ad, analysis } = record;
  const byRule = new Map(analysis.findings.map((f) => [f.rule, f.severity]));
  return [
    record.id, record.savedAt, record.board, record.url, ad.title ?? '', ad.employer ?? '', ad.agency ?? '',
    ad.location ?? '', analysis.destination ?? '', analysis.targets.join(';'), analysis.verdict,
    highestSeverity(record) ?? '', analysis.rulesVersion, record.hash, record.origin, cell(record.notes), cell(record.text),
    ...RULE_IDS.map((rule) => byRule.get(rule) ?? ''),
  ];
}

export function toCsv(records: readonly EvidenceRecord[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const record of records) lines.push(csvRow(record).map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

export function toJsonExport(records: readonly EvidenceRecord[], now = new Date()): EvidenceExport {
  return { format: EXPORT_FORMAT, schema: EVIDENCE_SCHEMA, exportedAt: now.toISOString(), rulesVersion: RULES_VERSION, records: [...records] };
}

export function toJson(records: readonly EvidenceRecord[], now = new Date()): string {
  return `${JSON.stringify(toJsonExport(records, now), null, 2)}\n`;
}

/** File names like recruit-lens-evidence-2026-11-27.csv */
export function exportFileName(kind: 'csv' | 'json', now = new Date()): string {
  return `${EXPORT_FORMAT}-${now.toISOString().slice(0, 10)}.${kind}`;
}
