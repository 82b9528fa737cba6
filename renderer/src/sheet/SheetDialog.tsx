import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './sheet.css';

interface Props {
  /** The sheet's own class (its width, its content's layout), beside the shared `sheet-dialog`. */
  className: string;
  title: string;
  closeLabel: string;
  onClose(): void;
  onKeyDown?(event: KeyboardEvent<HTMLDialogElement>): void;
  children: ReactNode;
}

/**
 * A modal sheet of reading matter (the shortcuts, «Про програму»): a <dialog> whose title and close button stay
 * on top while the content scrolls. It opens with the focus on the close button, Escape closes it, and the focus
 * goes back to where it was.
 */
export function SheetDialog({ className, title, closeLabel, onClose, onKeyDown, children }: Props) {
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className={`sheet-dialog ${className}`}
      aria-labelledby={`${id}-title`}
      aria-modal="true"
      onKeyDown={onKeyDown}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="sheet-dialog-header">
        <h2 id={`${id}-title`}>{title}</h2>
        <button ref={closeRef} type="button" onClick={onClose}>
          {closeLabel}
        </button>
      </div>
      {children}
    </dialog>
  );
}
