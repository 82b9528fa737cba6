import { useEffect, useId, useRef, type ReactNode } from 'react';
import './editor-dialog.css';

interface Props {
  title: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/**
 * The modal frame of the editor's dialogs: a real <dialog> (focus stays inside, Esc closes), titled for
 * screen readers. The first field of the content takes the focus (autoFocus), not the frame.
 */
export function EditorDialog({ title, onClose, children, className }: Props) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={ref}
      className={`editor-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </dialog>
  );
}
