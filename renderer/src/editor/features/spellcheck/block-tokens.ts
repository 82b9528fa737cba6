import type { Node as PmNode } from '@tiptap/pm/model';
import { spellTokens, type SpellToken } from '../../../../../shared/text/spell/spell-tokens';

/** Inline nodes that are not text (a line break, an inline image) stand for one character that is no letter. */
const LEAF = '\uFFFC';

/** Whether spellcheck reads a textblock: code blocks are not prose. */
export function isCheckedTextblock(node: PmNode): boolean {
  return node.isTextblock && node.type.spec.code !== true;
}

/**
 * The words of a textblock at `pos` (the position before it), with document positions. Text under a code
 * mark is blanked out; every inline node keeps its size in the text, so an offset there plus `pos + 1` is
 * a position in the document.
 */
export function textblockTokens(block: PmNode, pos: number): SpellToken[] {
  let text = '';
  block.forEach((child) => {
    if (!child.isText) text += LEAF.repeat(child.nodeSize);
    else if (child.marks.some((mark) => mark.type.spec.code === true)) text += ' '.repeat(child.nodeSize);
    else text += child.text ?? '';
  });
  const start = pos + 1;
  return spellTokens(text).map((token) => ({ from: start + token.from, to: start + token.to, key: token.key }));
}
