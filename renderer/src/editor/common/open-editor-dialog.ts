import type { Editor } from '@tiptap/core';
import { ReactRenderer } from '@tiptap/react';
import type { ComponentType } from 'react';

/** What every dialog opened from the editor receives besides its own props. */
export interface EditorDialogProps {
  /** Closes the dialog and gives the keyboard back to the body. */
  close(): void;
}

/**
 * Shows a dialog for the body (choose an image, paste an embed URL, pick an article) without the page's
 * React tree knowing about it: it renders through the editor's own portals (so context still reaches it)
 * into an element on <body>, and goes away with the editor. Returns a function that closes it.
 */
export function openEditorDialog<P extends object>(
  editor: Editor,
  component: ComponentType<P & EditorDialogProps>,
  props: P,
): () => void {
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    editor.off('destroy', close);
    renderer.destroy();
    if (!editor.isDestroyed) editor.commands.focus();
  };
  const renderer = new ReactRenderer<unknown, P & EditorDialogProps>(component, {
    editor,
    props: { ...props, close },
    className: 'editor-dialog-host',
  });
  // Attached before React commits: a <dialog> can only be shown modal once it is in the document.
  document.body.appendChild(renderer.element);
  editor.on('destroy', close);
  return close;
}
