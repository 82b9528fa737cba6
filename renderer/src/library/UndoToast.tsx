import { useEffect, useRef } from 'react';

interface Props {
  message: string;
  actionLabel: string;
  onAction(): void;
  onDismiss(): void;
  /** How long the offer stands; it waits while the keyboard is inside it. */
  timeoutMs?: number;
}

export const UNDO_TIMEOUT_MS = 8000;

/** «Статтю перенесено в кошик. Скасувати»: a short offer to take an action back. */
export function UndoToast({ message, actionLabel, onAction, onDismiss, timeoutMs = UNDO_TIMEOUT_MS }: Props) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;

  const start = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => dismiss.current(), timeoutMs);
  };
  const stop = () => clearTimeout(timer.current);

  useEffect(() => {
    timer.current = setTimeout(() => dismiss.current(), timeoutMs);
    return () => clearTimeout(timer.current);
  }, [message, timeoutMs]);

  return (
    <div className="undo-toast" role="status" onFocus={stop} onBlur={start}>
      <span>{message}</span>
      <button type="button" className="link-button" onClick={onAction}>
        {actionLabel}
      </button>
    </div>
  );
}
