// Importing another volunteer's JSON export. Everything is checked with zod (through migrate(), so
// older record shapes are brought up to date); nothing existing is ever overwritten: a record whose
// hash is already in the log is skipped when identical and reported when it differs (the existing
// one is kept). Pure: the page saves `toAdd` and shows the report.

import { z } from 'zod';
import { EVIDENCE_SCHEMA, migrate, type EvidenceRecord } from './evidence';
import { EXPORT_FORMAT } from './evidence-export';

export type ImportErrorCode = 'not-json' | 'not-export' | 'newer-schema';

export class ImportFileError extends Error {
  constructor(readonly code: ImportErrorCode, message: string) {
    super(message);
  }
}

const Envelope = z.object({
  format: z.literal(EXPORT_FORMAT),
  schema: z.number().int().positive(),
  exportedAt: z.string().optional(),
  rulesVersion: z.string().optional(),
  records: z.array(z.unknown()),
});

export interface ImportConflict {
  /** The record kept (already in the log). */
  existing: EvidenceRecord;
  incoming: EvidenceRecord;
  /** Top-level fields that differ, e.g. ['notes']. */
  fields: string[];
}

export interface ImportPlan {
  toAdd: EvidenceRecord[];
  /** Identical to a record already in the log (or earlier in the file): nothing to do. */
  duplicates: EvidenceRecord[];
  /** Same ad (same hash) but different content: the existing record is kept, the incoming one not imported. */
  conflicts: ImportConflict[];
  /** Records that failed validation: position in the file and why. */
  rejected: Array<{ index: number; reason: string }>;
  /** Records whose id was taken by a different ad: imported under a new id. */
  renamed: Array<{ from: string; to: string }>;
}

/** Deterministic JSON (sorted keys) for comparing records. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function differingFields(a: EvidenceRecord, b: EvidenceRecord): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof EvidenceRecord>;
  return [...keys].filter((k) => canonical(a[k]) !== canonical(b[k])).sort();
}

function issueText(error: unknown): string {
  if (error instanceof z.ZodError) {
    return error.issues.slice(0, 3).map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Parses and validates an export file's text. Throws ImportFileError when the file as a whole is unusable. */
export function parseExportFile(text: string): { schema: number; records: unknown[] } {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportFileError('not-json', `This file is not valid JSON (${(error as Error).message}).`);
  }
  const envelope = Envelope.safeParse(data);
  if (!envelope.success) throw new ImportFileError('not-export', 'This file is not a Recruit Lens evidence export.');
  if (envelope.data.schema > EVIDENCE_SCHEMA) {
    throw new ImportFileError('newer-schema', `This export uses evidence schema ${envelope.data.schema}; this version of Recruit Lens reads up to ${EVIDENCE_SCHEMA}. Update the extension first.`);
  }
  return { schema: envelope.data.schema, records: envelope.data.records };
}

export function planImport(text: string, existing: readonly EvidenceRecord[], newId: () => string = () => crypto.randomUUID()): ImportPlan {
  const { records } = parseExportFile(text);
  const byHash = new Map<string, EvidenceRecord>();
  const ids = new Set<string>();
  for (const r of existing) {
    if (!byHash.has(r.hash)) byHash.set(r.hash, r);
    ids.add(r.id);
  }
  const plan: ImportPlan = { toAdd: [], duplicates: [], conflicts: [], rejected: [], renamed: [] };
  records.forEach((raw, index) => {
    let record: EvidenceRecord;
    try {
      record = migrate(raw);
    } catch (error) {
      plan.rejected.push({ index, reason: issueText(error) });
      return;
    }
    const same = byHash.get(record.hash);
    if (same) {
      const fields = differingFields(same, record);
      if (fields.length === 0) plan.duplicates.push(record);
      else if (fields.length === 1 && fields[0] === 'id') plan.duplicates.push(record);
      else plan.conflicts.push({ existing: same, incoming: record, fields: fields.filter((f) => f !== 'id') });
      return;
    }
    if (ids.has(record.id)) {
      const id = newId();
      plan.renamed.push({ from: record.id, to: id });
      record = { ...record, id };
    }
    ids.add(record.id);
    byHash.set(record.hash, record);
    plan.toAdd.push(record);
  });
  return plan;
}
