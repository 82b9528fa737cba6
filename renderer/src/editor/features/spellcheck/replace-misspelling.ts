import { closeHistory } from '@tiptap/pm/history';
import type { EditorView } from '@tiptap/pm/view';
import { spellKey } from '../../../../../shared/text/spell/spell-key';

/**
 * Writes a suggestion over the misspelled word, as one undoable step of its own (neither merged into the
 * typing before it nor the typing after it). Does nothing if the word is no longer there.
 */
export function replaceMisspelling(
  view: EditorView,
  target: { from: number; to: number; key: string },
  replacement: string,
): boolean {
  const { doc } = view.state;
  if (target.to > doc.content.size || spellKey(doc.textBetween(target.from, target.to)) !== target.key) return false;
  view.dispatch(closeHistory(view.state.tr.insertText(replacement, target.from, target.to)));
  view.dispatch(closeHistory(view.state.tr));
  return true;
}
