import type { CommandProps } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

/**
 * After a block atom (figure, embed, «Читайте також») goes in, TipTap leaves it selected, and the next key
 * would replace it. The caret goes to the paragraph after it instead (one is added at the end of the body),
 * so the journalist types on below the block.
 */
export function caretAfterBlock({ tr, state }: CommandProps): boolean {
  const { selection } = tr;
  if (!(selection instanceof NodeSelection) || !selection.node.isBlock) return true;
  const after = selection.to;
  const paragraph = state.schema.nodes.paragraph;
  if (!tr.doc.resolve(after).nodeAfter?.isTextblock) {
    if (!paragraph) return true;
    tr.insert(after, paragraph.create());
  }
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
  return true;
}
