// An evidence record: one saved ad with what we found, for advocacy groups' logs. Schema-versioned,
// zod-validated on every write and import; never changed silently.

import { z } from 'zod';
import { Analysis, JobAd } from '../rules/schema';

export const EVIDENCE_SCHEMA = 1;

export const StoredAnalysis = Analysis.omit({ text: true });

export const EvidenceRecord = z.object({
  schema: z.literal(EVIDENCE_SCHEMA),
  id: z.string().min(8),
  savedAt: z.string().datetime(),
  /** Page the ad was seen on (the board's page, or the checker). */
  url: z.string(),
  /** Board id ('linkedin', 'indeed', …), 'generic' or 'checker'. */
  board: z.string(),
  ad: JobAd,
  /** The text the findings' offsets refer to. */
  text: z.string(),
  /** SHA-256 (hex) of `text`: the same ad saved twice, or by two volunteers, has the same hash. */
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  analysis: StoredAnalysis,
  notes: z.string().max(20_000).default(''),
  origin: z.enum(['page', 'checker', 'import']).default('page'),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface NewEvidence {
  ad: JobAd;
  analysis: Analysis;
  url: string;
  board: string;
  origin?: EvidenceRecord['origin'];
  /** Injected for tests; defaults to now. */
  now?: Date;
}

export async function createEvidence({ ad, analysis, url, board, origin = 'page', now = new Date() }: NewEvidence): Promise<EvidenceRecord> {
  const { text, ...stored } = analysis;
  return EvidenceRecord.parse({
    schema: EVIDENCE_SCHEMA,
    id: crypto.randomUUID(),
    savedAt: now.toISOString(),
    url,
    board,
    ad,
    text,
    hash: await sha256Hex(text),
    analysis: stored,
    notes: '',
    origin,
  });
}

/** Older stored shapes → the current one. Each step is a pure function; add one per version. */
export const MIGRATIONS: Record<number, (record: Record<string, unknown>) => Record<string, unknown>> = {};

export function migrate(raw: unknown): EvidenceRecord {
  let record = raw as Record<string, unknown>;
  let version = typeof record?.schema === 'number' ? record.schema : 0;
  while (version < EVIDENCE_SCHEMA) {
    const step = MIGRATIONS[version];
    if (!step) throw new Error(`no migration from evidence schema ${version}`);
    record = step(record);
    version++;
  }
  return EvidenceRecord.parse(record);
}
