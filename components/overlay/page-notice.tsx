// Shown when a board page could not be read (its markup has probably changed): never a silent
// "no concern".

import type { Words } from '../findings/words';
import { VerdictIcon } from '../findings/verdict-icon';

/** The "can't read this page" notice (data-status="unreadable"); dismissable. */
export function PageNotice({ board, words, onDismiss }: { board: string; words: Words; onDismiss: () => void }) {
  const { t } = words;
  return (
    <div class="rl-notice" data-status="unreadable" role="status">
      <VerdictIcon verdict="unreadable" />
      <div>
        <strong>{t('overlay_unreadable_title')}</strong>
        <p>{t('overlay_unreadable_text', { board })}</p>
      </div>
      <button type="button" class="rl-dismiss" aria-label={t('overlay_dismiss_notice')} onClick={onDismiss}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
