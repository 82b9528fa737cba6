import { isTextSelection, type Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

interface BubbleContext {
  editor: Editor;
  view: EditorView;
  state: EditorState;
  element: HTMLElement;
  from: number;
  to: number;
}

/**
 * The bubble menu shows for a non-empty text selection in the focused body (or while the menu itself has
 * the focus). Not for a selected figure or embed (a node selection), and not while a node view's own
 * field, such as a caption input, has the focus: the body's view does not have it then.
 */
export function shouldShowBubble({ editor, view, state, element, from, to }: BubbleContext): boolean {
  const { selection } = state;
  if (selection.empty || !editor.isEditable || !isTextSelection(selection)) return false;
  if (!view.hasFocus() && !element.contains(document.activeElement)) return false;
  return hasText(state, from, to);
}

/** Whether any text lies in the range; stops at the first text node instead of collecting it all. */
function hasText(state: EditorState, from: number, to: number): boolean {
  let found = false;
  state.doc.nodesBetween(from, to, (node) => {
    if (found) return false;
    if (node.isText && node.text) found = true;
    return !found;
  });
  return found;
}
