// "Record deleted — Undo" for about eight seconds. Undo takes the keyboard focus at once (one key
// press undoes); the countdown pauses while the pointer rests on the toast.

import { useEffect, useRef, useState } from 'preact/hooks';
import { usePageEnv } from '../shared/page-env';

export const UNDO_MS = 8000;

interface Props {
  message: string;
  onUndo: () => void;
  onExpire: () => void;
}

export function UndoToast({ message, onUndo, onExpire }: Props) {
  const { t } = usePageEnv();
  const [paused, setPaused] = useState(false);
  const left = useRef(UNDO_MS);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus();
  }, []);
  useEffect(() => {
    if (paused) return;
    const started = Date.now();
    const timer = setTimeout(onExpire, left.current);
    return () => {
      clearTimeout(timer);
      left.current = Math.max(1000, left.current - (Date.now() - started));
    };
  }, [paused]);
  return (
    <div class="toast" role="status" data-testid="undo-toast"
      onMouseEnter={() => setPaused(true)} onMouseLeave={() => setPaused(false)}>
      <span>{message}</span>
      <button type="button" ref={button} onClick={onUndo}>{t('log_undo')}</button>
    </div>
  );
}
