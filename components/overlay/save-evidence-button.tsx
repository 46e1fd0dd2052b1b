// "Save as evidence": asks the background to store the ad with its findings, and says what happened
// (saved, already saved, storage full, failed) in a live region.

import { useState } from 'preact/hooks';
import type { SaveResult } from '../../utils/messages';
import type { Words } from '../findings/words';

type State = { kind: 'idle' | 'saving' } | { kind: 'done'; result: SaveResult };

function statusText(state: State, t: Words['t']): string {
  if (state.kind === 'saving') return t('overlay_saving');
  if (state.kind !== 'done') return '';
  const { result } = state;
  if (result.ok) return t(result.already ? 'overlay_already_saved' : 'overlay_saved');
  return result.error === 'quota' ? t('overlay_storage_full') : t('overlay_save_failed', { error: result.message });
}

/** The save button; `onSave` does the saving and resolves with the background's answer. */
export function SaveEvidenceButton({ onSave, words }: { onSave: () => Promise<SaveResult>; words: Words }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const save = async () => {
    setState({ kind: 'saving' });
    try {
      setState({ kind: 'done', result: await onSave() });
    } catch (error) {
      setState({ kind: 'done', result: { ok: false, error: 'failed', message: String((error as Error)?.message ?? error) } });
    }
  };
  const failed = state.kind === 'done' && !state.result.ok;
  return (
    <div class="rl-save">
      <button type="button" class="rl-secondary" data-action="save-evidence" onClick={save} disabled={state.kind === 'saving'}>
        {words.t('overlay_save')}
      </button>
      <p class={failed ? 'rl-status rl-error' : 'rl-status'} role="status" data-save-status={state.kind === 'done' ? (state.result.ok ? 'saved' : state.result.error) : state.kind}>
        {statusText(state, words.t)}
      </p>
    </div>
  );
}
