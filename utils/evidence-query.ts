// Sorting, filtering and full-text search over the evidence log. Built for 10,000 records: each
// record is indexed once (its rules, targets, time and severity rank; its lowercase search string
// on the first text search, then kept), and a query is then one linear pass over plain fields.

import { SEVERITIES, type RuleId, type Severity } from '../rules/schema';
import type { EvidenceRecord } from './evidence';

export interface IndexedRecord {
  record: EvidenceRecord;
  /** Lowercased title, employer, agency, location, board, URL, notes, hash and ad text. */
  search: string;
  rules: ReadonlySet<RuleId>;
  targets: readonly string[];
  time: number;
  /** Index in SEVERITIES of the most severe finding (0 = serious); SEVERITIES.length when none. */
  severityRank: number;
}

export const SORT_KEYS = ['savedAt', 'board', 'employer', 'title', 'destination', 'targets', 'severity'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'asc' | 'desc';

export interface EvidenceQuery {
  text?: string;
  rule?: RuleId | '';
  /** A targeted country (ISO). */
  country?: string;
  board?: string;
  /** Inclusive dates, YYYY-MM-DD (local calendar days). */
  from?: string;
  to?: string;
  sort?: SortKey;
  direction?: SortDirection;
}

export function highestSeverity(record: Pick<EvidenceRecord, 'analysis'>): Severity | undefined {
  let best: number = SEVERITIES.length;
  for (const f of record.analysis.findings) best = Math.min(best, SEVERITIES.indexOf(f.severity));
  return (SEVERITIES as readonly Severity[])[best];
}

/** Employer or agency as shown in the log. */
export function whoOf(record: EvidenceRecord): string {
  return record.ad.employer ?? record.ad.agency ?? '';
}

function searchText(record: EvidenceRecord): string {
  const { ad } = record;
  return [ad.title, ad.employer, ad.agency, ad.location, record.board, record.url, record.notes, record.hash, record.text]
    .filter(Boolean)
    .join('\n')
    .toLowerCase();
}

/** Indexes one record. The search string is built on the first text search, then kept. */
export function indexRecord(record: EvidenceRecord): IndexedRecord {
  const severity = highestSeverity(record);
  let search: string | undefined;
  return {
    record,
    get search() {
      return (search ??= searchText(record));
    },
    rules: new Set(record.analysis.findings.map((f) => f.rule)),
    targets: record.analysis.targets,
    time: Date.parse(record.savedAt),
    severityRank: severity ? SEVERITIES.indexOf(severity) : SEVERITIES.length,
  };
}

export function indexRecords(records: readonly EvidenceRecord[]): IndexedRecord[] {
  return records.map(indexRecord);
}

function dayStart(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(y!, (m ?? 1) - 1, d ?? 1).getTime();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortValue(r: IndexedRecord, key: SortKey): string | number {
  switch (key) {
    case 'savedAt': return r.time;
    case 'board': return r.record.board.toLowerCase();
    case 'employer': return whoOf(r.record).toLowerCase();
    case 'title': return (r.record.ad.title ?? '').toLowerCase();
    case 'destination': return r.record.analysis.destination ?? '';
    case 'targets': return r.targets.join(',');
    case 'severity': return r.severityRank;
  }
}

/** The records matching a query, sorted. Every search word must occur (any order). */
export function queryRecords(index: readonly IndexedRecord[], query: EvidenceQuery = {}): IndexedRecord[] {
  const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const from = query.from ? dayStart(query.from) : -Infinity;
  const to = query.to ? dayStart(query.to) + 86_400_000 : Infinity;
  const { rule, country, board } = query;
  const out: IndexedRecord[] = [];
  for (const r of index) {
    if (rule && !r.rules.has(rule)) continue;
    if (country && !r.targets.includes(country)) continue;
    if (board && r.record.board !== board) continue;
    if (r.time < from || r.time >= to) continue;
    let ok = true;
    for (const word of words) {
      if (!r.search.includes(word)) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(r);
  }
  const key = query.sort ?? 'savedAt';
  // Severity reads naturally "most severe first" when descending.
  const sign = (query.direction ?? (key === 'savedAt' ? 'desc' : 'asc')) === 'asc' ? 1 : -1;
  const severityFlip = key === 'severity' ? -1 : 1;
  const keyed = out.map((r) => ({ r, v: sortValue(r, key) }));
  keyed.sort((a, b) => {
    const c = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : compareText(String(a.v), String(b.v));
    return c !== 0 ? c * sign * severityFlip : b.r.time - a.r.time;
  });
  return keyed.map((k) => k.r);
}

/** The values present in the log, for the filter menus. */
export function facets(index: readonly IndexedRecord[]): { rules: RuleId[]; countries: string[]; boards: string[] } {
  const rules = new Set<RuleId>();
  const countries = new Set<string>();
  const boards = new Set<string>();
  for (const r of index) {
    for (const rule of r.rules) rules.add(rule);
    for (const c of r.targets) countries.add(c);
    boards.add(r.record.board);
  }
  return { rules: [...rules].sort(), countries: [...countries].sort(), boards: [...boards].sort() };
}
