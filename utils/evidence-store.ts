// Evidence records in browser.storage.local, one key per record ("evidence:<id>"), so saving one
// never rewrites the others. A full quota is reported to the caller, never swallowed.

import { browser } from 'wxt/browser';
import { EvidenceRecord, migrate } from './evidence';

const PREFIX = 'evidence:';

export class QuotaExceededError extends Error {
  constructor() {
    super('The browser storage for Recruit Lens is full: export and delete old records, then try again.');
  }
}

function isQuotaError(error: unknown): boolean {
  return /quota|QUOTA_BYTES|space/i.test(String((error as Error)?.message ?? error));
}

export async function saveEvidence(record: EvidenceRecord): Promise<EvidenceRecord> {
  const valid = EvidenceRecord.parse(record);
  try {
    await browser.storage.local.set({ [PREFIX + valid.id]: valid });
  } catch (error) {
    if (isQuotaError(error)) throw new QuotaExceededError();
    throw error;
  }
  return valid;
}

export interface LoadedEvidence {
  records: EvidenceRecord[];
  /** Stored entries that could not be read (kept in storage untouched; listed for the user). */
  unreadable: Array<{ key: string; reason: string }>;
}

export async function loadEvidence(): Promise<LoadedEvidence> {
  const all = await browser.storage.local.get(null);
  const records: EvidenceRecord[] = [];
  const unreadable: LoadedEvidence['unreadable'] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith(PREFIX)) continue;
    try {
      records.push(migrate(value));
    } catch (error) {
      unreadable.push({ key, reason: (error as Error).message });
    }
  }
  records.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { records, unreadable };
}

export async function deleteEvidence(id: string): Promise<void> {
  await browser.storage.local.remove(PREFIX + id);
}

export async function updateNotes(id: string, notes: string): Promise<EvidenceRecord> {
  const key = PREFIX + id;
  const stored = (await browser.storage.local.get(key))[key];
  if (!stored) throw new Error(`no evidence record ${id}`);
  return saveEvidence({ ...migrate(stored), notes });
}

export async function findByHash(hash: string): Promise<EvidenceRecord | undefined> {
  return (await loadEvidence()).records.find((r) => r.hash === hash);
}
