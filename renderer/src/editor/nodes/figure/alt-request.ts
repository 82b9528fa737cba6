import type { Editor } from '@tiptap/core';
import type { FigureStorage } from './figure-options';

/** Marks the figure of `src`, about to be inserted without alt text, as one whose view should ask for it. */
export function requestAlt(editor: Editor, src: string): void {
  const storage = editor.storage.figure as FigureStorage | undefined;
  if (storage) storage.askAltFor = src;
}

/** Whether the figure of `src` was just added without alt text and should ask for it (true once). */
export function takeAltRequest(editor: Editor, src: string): boolean {
  const storage = editor.storage.figure as FigureStorage | undefined;
  if (!storage || src === '' || storage.askAltFor !== src) return false;
  storage.askAltFor = null;
  return true;
}
