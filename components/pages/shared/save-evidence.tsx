// "Save as evidence": creates the record here (createEvidence + saveEvidence, the same path for the
// popup and the checker), says when the same ad is already in the log, and reports a full storage.

import { useState } from 'preact/hooks';
import type { Analysis, JobAd } from '../../../rules/schema';
import { createEvidence, sha256Hex, type EvidenceRecord } from '../../../utils/evidence';
import { QuotaExceededError, findByHash, saveEvidence } from '../../../utils/evidence-store';
import { usePageEnv } from './page-env';

interface Props {
  ad: JobAd;
  analysis: Analysis;
  url: string;
  board: string;
  origin: EvidenceRecord['origin'];
}

type State = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; id: string } | { kind: 'already'; savedAt: string } | { kind: 'error'; message: string };

export async function saveAdAsEvidence(props: Props): Promise<{ record: EvidenceRecord; already: boolean }> {
  const hash = await sha256Hex(props.analysis.text);
  const existing = await findByHash(hash);
  if (existing) return { record: existing, already: true };
  const record = await createEvidence(props);
  return { record: await saveEvidence(record), already: false };
}

export function SaveEvidenceButton(props: Props) {
  const { t, locale } = usePageEnv();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const onClick = async () => {
    setState({ kind: 'saving' });
    try {
      const { record, already } = await saveAdAsEvidence(props);
      setState(already ? { kind: 'already', savedAt: record.savedAt } : { kind: 'saved', id: record.id });
    } catch (error) {
      setState({ kind: 'error', message: error instanceof QuotaExceededError ? t('storage_full') : t('save_failed', { error: (error as Error).message }) });
    }
  };
  return (
    <div class="save-evidence">
      <button type="button" onClick={onClick} disabled={state.kind === 'saving'} data-testid="save-evidence">
        <span aria-hidden="true">⤓</span> {t('save_evidence')}
      </button>
      <p role="status" class={state.kind === 'error' ? 'status error' : 'hint'} data-testid="save-status">
        {state.kind === 'saved' ? (
          <>
            {t('saved_evidence')} <a href="evidence.html" target="_blank" rel="noopener">{t('open_log')}</a>
          </>
        ) : state.kind === 'already' ? (
          t('already_saved', { date: new Date(state.savedAt).toLocaleDateString(locale) })
        ) : state.kind === 'error' ? (
          state.message
        ) : null}
      </p>
    </div>
  );
}
