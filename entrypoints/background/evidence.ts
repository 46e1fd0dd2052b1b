// "Save as evidence" from a page: builds the record (URL, time, board, ad, SHA-256 of the ad text,
// findings, rules version), validated by zod, and stores it in storage.local. The same ad saved
// twice is stored once; a full storage is reported, never swallowed.

import { createEvidence, sha256Hex } from '../../utils/evidence';
import { QuotaExceededError, findByHash, saveEvidence } from '../../utils/evidence-store';
import { handleMessage } from '../../utils/message-bus';
import type { SaveResult, ToBackground } from '../../utils/messages';

type SaveRequest = Omit<Extract<ToBackground, { type: 'save-evidence' }>, 'type'>;

export async function saveFromPage({ ad, analysis, url, board }: SaveRequest, now = new Date()): Promise<SaveResult> {
  try {
    const existing = await findByHash(await sha256Hex(analysis.text));
    if (existing) return { ok: true, id: existing.id, already: true };
    const record = await createEvidence({ ad, analysis, url, board, origin: 'page', now });
    return { ok: true, id: (await saveEvidence(record)).id };
  } catch (error) {
    if (error instanceof QuotaExceededError) return { ok: false, error: 'quota', message: error.message };
    const invalid = (error as Error)?.name === 'ZodError' || (error as Error)?.constructor?.name === 'ZodError';
    console.warn('[recruit-lens] evidence not saved', error);
    return { ok: false, error: invalid ? 'invalid' : 'failed', message: String((error as Error)?.message ?? error) };
  }
}

export function registerEvidence(): void {
  handleMessage('save-evidence', ({ ad, analysis, url, board }) => saveFromPage({ ad, analysis, url, board }));
}
