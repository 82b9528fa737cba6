import { toggleMark, wrapIn } from '@tiptap/pm/commands';
import { redoDepth, undoDepth } from '@tiptap/pm/history';
import type { NodeType } from '@tiptap/pm/model';
import { wrapInList } from '@tiptap/pm/schema-list';
import type { EditorState } from '@tiptap/pm/state';

/**
 * Whether a toolbar command would act here, asked of ProseMirror directly. These run on every
 * transaction, so each looks only at the selection's ancestors (a few nodes): TipTap's editor.can()
 * builds its whole command chain per question, about 0.3 ms each, too slow for every keystroke of a long read.
 */

/** A mark can be applied: the text (or the caret's block) allows it. */
export function canToggleMark(state: EditorState, name: string): boolean {
  const type = state.schema.marks[name];
  return type !== undefined && toggleMark(type)(state);
}

/** The selection lies in text blocks, which TipTap's setNode can turn into a paragraph or a heading. */
export function canSetTextblock(state: EditorState, name: string): boolean {
  const { $from, $to } = state.selection;
  return state.schema.nodes[name] !== undefined && $from.parent.isTextblock && $to.parent.isTextblock;
}

function insideNode(state: EditorState, type: NodeType | undefined): boolean {
  if (!type) return false;
  const { $from } = state.selection;
  for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type === type) return true;
  return false;
}

/** A list toggles off (or changes kind) inside a list, and wraps the selection elsewhere when the schema allows. */
export function canToggleList(state: EditorState, name: string): boolean {
  const { nodes } = state.schema;
  const type = nodes[name];
  if (!type) return false;
  if (insideNode(state, nodes.bulletList) || insideNode(state, nodes.orderedList)) return true;
  return wrapInList(type)(state);
}

/** A quote toggles off inside a quote, and wraps the selection elsewhere when the schema allows. */
export function canToggleWrap(state: EditorState, name: string): boolean {
  const type = state.schema.nodes[name];
  return type !== undefined && (insideNode(state, type) || wrapIn(type)(state));
}

/** A block node fits at the caret or, as TipTap splits the text around it, at some ancestor's level. */
export function canInsertBlock(state: EditorState, name: string): boolean {
  const type = state.schema.nodes[name];
  if (!type) return false;
  const { $from } = state.selection;
  for (let depth = $from.depth; depth >= 0; depth--) {
    const index = $from.indexAfter(depth);
    if ($from.node(depth).canReplaceWith(index, index, type)) return true;
  }
  return false;
}

export const canUndo = (state: EditorState) => undoDepth(state) > 0;
export const canRedo = (state: EditorState) => redoDepth(state) > 0;
