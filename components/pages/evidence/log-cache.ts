// Opening a big log fast. Reading 10,000 full records (tens of MB) from storage takes seconds, so
// the log page keeps a compact summary of each record (what the table, filters and charts need)
// in its IndexedDB, renders from it at once, checks it against the stored keys, and then
// reads the full records in small slices in the background (for ad-text search, detail, export).
// The records themselves stay the source of truth; the cache is rebuilt from them.

import { browser } from 'wxt/browser';
import { RULE_IDS, SEVERITIES, VERDICTS, type RuleId, type Severity, type Verdict } from '../../../rules/schema';
import { EVIDENCE_SCHEMA, migrate, type EvidenceRecord } from '../../../utils/evidence';
import { indexRecord, type IndexedRecord } from '../../../utils/evidence-query';

export const CACHE_KEY = 'evidence-log-cache';
export const RECORD_PREFIX = 'evidence:';
const CACHE_VERSION = 1;

export interface Summary {
  id: string;
  savedAt: string;
  board: string;
  url: string;
  title?: string;
  employer?: string;
  agency?: string;
  location?: string;
  destination: string | null;
  targets: string[];
  verdict: Verdict;
  findings: Array<[RuleId, Severity]>;
  hash: string;
  notes: string;
  rulesVersion: string;
  origin: EvidenceRecord['origin'];
}

/**
 * The cache is stored as one JSON string of rows (arrays, not objects): the browser hands a single
 * string across far faster than thousands of small objects.
 */
type Row = [string, string, string, string, string | null, string | null, string | null, string | null, string | null, string, string, string, string, string, string, string];

function toRow(s: Summary): Row {
  return [s.id, s.savedAt, s.board, s.url, s.title ?? null, s.employer ?? null, s.agency ?? null, s.location ?? null, s.destination,
    s.targets.join(','), s.verdict, s.findings.map(([r, v]) => `${r}:${v}`).join(','), s.hash, s.notes, s.rulesVersion, s.origin];
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isOpt = (v: unknown): v is string | null => v === null || typeof v === 'string';
const RULES = new Set<string>(RULE_IDS);
const SEVS = new Set<string>(SEVERITIES);
const VERDICT_SET = new Set<string>(VERDICTS);
const ORIGINS = new Set(['page', 'checker', 'import']);

function fromRow(row: unknown): Summary | null {
  if (!Array.isArray(row) || row.length !== 16) return null;
  const [id, savedAt, board, url, title, employer, agency, location, destination, targets, verdict, findings, hash, notes, rulesVersion, origin] = row as unknown[];
  if (!isStr(id) || !isStr(savedAt) || !isStr(board) || !isStr(url) || !isOpt(title) || !isOpt(employer) || !isOpt(agency) || !isOpt(location) || !isOpt(destination)) return null;
  if (!isStr(targets) || !isStr(verdict) || !VERDICT_SET.has(verdict) || !isStr(findings) || !isStr(hash) || !isStr(notes) || !isStr(rulesVersion) || !isStr(origin) || !ORIGINS.has(origin)) return null;
  const pairs: Array<[RuleId, Severity]> = [];
  for (const part of findings ? findings.split(',') : []) {
    const [rule, severity] = part.split(':');
    if (!rule || !severity || !RULES.has(rule) || !SEVS.has(severity)) return null;
    pairs.push([rule as RuleId, severity as Severity]);
  }
  return {
    id, savedAt, board, url,
    ...(title !== null ? { title } : {}), ...(employer !== null ? { employer } : {}), ...(agency !== null ? { agency } : {}), ...(location !== null ? { location } : {}),
    destination, targets: targets ? targets.split(',') : [], verdict: verdict as Verdict, findings: pairs, hash, notes, rulesVersion, origin: origin as Summary['origin'],
  };
}

export function summarize(r: EvidenceRecord): Summary {
  return {
    id: r.id, savedAt: r.savedAt, board: r.board, url: r.url,
    ...(r.ad.title !== undefined ? { title: r.ad.title } : {}),
    ...(r.ad.employer !== undefined ? { employer: r.ad.employer } : {}),
    ...(r.ad.agency !== undefined ? { agency: r.ad.agency } : {}),
    ...(r.ad.location !== undefined ? { location: r.ad.location } : {}),
    destination: r.analysis.destination, targets: r.analysis.targets, verdict: r.analysis.verdict,
    findings: r.analysis.findings.map((f) => [f.rule, f.severity] as [RuleId, Severity]),
    hash: r.hash, notes: r.notes, rulesVersion: r.analysis.rulesVersion, origin: r.origin,
  };
}

/** A stand-in record with the summary's fields (no ad text, no finding details). */
export function skeleton(s: Summary): EvidenceRecord {
  return {
    schema: EVIDENCE_SCHEMA, id: s.id, savedAt: s.savedAt, url: s.url, board: s.board,
    ad: { id: s.id, description: '', ...(s.title !== undefined ? { title: s.title } : {}), ...(s.employer !== undefined ? { employer: s.employer } : {}), ...(s.agency !== undefined ? { agency: s.agency } : {}), ...(s.location !== undefined ? { location: s.location } : {}) },
    text: '', hash: s.hash,
    analysis: {
      health: true, destination: s.destination, international: s.targets.length > 0, targets: s.targets, verdict: s.verdict,
      findings: s.findings.map(([rule, severity]) => ({ rule, severity, evidence: [], basis: [], why: '', ask: '', fix: '' })),
      rulesVersion: s.rulesVersion,
    },
    notes: s.notes, origin: s.origin,
  };
}

export interface LogIndexEntry extends IndexedRecord {
  /** Built from the summary cache: the ad text and finding details are not loaded yet. */
  partial?: boolean;
}

/** The cached summaries, or null when there is none or it doesn't read back exactly. */
export function parseCache(raw: unknown): Summary[] | null {
  if (typeof raw !== 'string') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  const file = data as { version?: unknown; rows?: unknown };
  if (file?.version !== CACHE_VERSION || !Array.isArray(file.rows)) return null;
  const out: Summary[] = [];
  for (const row of file.rows) {
    const summary = fromRow(row);
    if (!summary) return null;
    out.push(summary);
  }
  return out;
}

export function serializeCache(records: readonly EvidenceRecord[]): string {
  return JSON.stringify({ version: CACHE_VERSION, rows: records.map((r) => toRow(summarize(r))) });
}

// The cache lives in the page's IndexedDB, not storage.local: one big string comes back from there
// in milliseconds, and reading it doesn't queue behind (or delay) the settings read.
const DB_NAME = 'recruit-lens-log';
const STORE = 'cache';

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('no IndexedDB'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function idb<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await openDb();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = run(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function readCache(): Promise<Summary[] | null> {
  return parseCache(await idb('readonly', (store) => store.get(CACHE_KEY)));
}

let early: Promise<Summary[] | null> | null = null;

/** Starts reading the cache as the page boots, alongside the settings; the log takes it once. */
export function prefetchCache(): void {
  early = readCache().catch(() => null);
}

export function takeCache(): Promise<Summary[] | null> {
  const promise = early ?? readCache().catch(() => null);
  early = null;
  return promise;
}

export async function writeCache(records: readonly EvidenceRecord[]): Promise<void> {
  await idb('readwrite', (store) => store.put(serializeCache(records), CACHE_KEY));
}

type KeysArea = { getKeys?: () => Promise<string[]> };

/** The stored record ids, without reading the records (storage.local.getKeys, where the browser has it). */
export async function recordIds(): Promise<string[] | null> {
  const area = browser.storage.local as unknown as KeysArea;
  if (typeof area.getKeys !== 'function') return null;
  const keys = await area.getKeys.call(browser.storage.local);
  return keys.filter((k) => k.startsWith(RECORD_PREFIX)).map((k) => k.slice(RECORD_PREFIX.length));
}

export interface FullLoad {
  entries: LogIndexEntry[];
  unreadable: Array<{ key: string; reason: string }>;
}

/** Reads full records by id in slices, yielding between them so the page stays responsive. */
export async function readRecords(ids: readonly string[], slice = 400, onProgress?: (done: number) => void): Promise<FullLoad> {
  const entries: LogIndexEntry[] = [];
  const unreadable: FullLoad['unreadable'] = [];
  for (let i = 0; i < ids.length; i += slice) {
    const keys = ids.slice(i, i + slice).map((id) => RECORD_PREFIX + id);
    const got = await browser.storage.local.get(keys);
    for (const key of keys) {
      if (!(key in got)) continue;
      try {
        entries.push(indexRecord(migrate(got[key])));
      } catch (error) {
        unreadable.push({ key, reason: (error as Error).message });
      }
    }
    onProgress?.(Math.min(ids.length, i + slice));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { entries, unreadable };
}

export function fromSummaries(summaries: readonly Summary[]): LogIndexEntry[] {
  return summaries.map((s) => Object.assign(indexRecord(skeleton(s)), { partial: true }));
}

/** Whether the cache already says exactly what the records say. */
export function cacheMatches(summaries: readonly Summary[] | null, records: readonly EvidenceRecord[]): boolean {
  if (!summaries || summaries.length !== records.length) return false;
  const byId = new Map(summaries.map((s) => [s.id, JSON.stringify(toRow(s))]));
  return records.every((r) => byId.get(r.id) === JSON.stringify(toRow(summarize(r))));
}
