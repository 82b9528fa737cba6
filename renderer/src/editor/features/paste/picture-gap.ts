import type { Transaction } from '@tiptap/pm/state';

/** The spaces a picture stood between: Word writes `Kitty: <img>` and `<img> <img>` with ordinary spaces. */
const SPACE = /[ \u00a0]/u;
/** What a line break counts as in a block's text here: an edge, as the block's own start and end are. */
const LINE_BREAK = '\n';

/**
 * Closes the gap a picture left when it was taken out of the text at `pos`. Beside a block's edge or a
 * line break the spaces around it go (`"Kitty: "` ends at the colon); between two words one space stays
 * (`"до  після"` becomes `"до після"`); a picture that touched a word on either side leaves every space,
 * since those spaces were the words' own. Returns where the picture was, after the deletion.
 */
export function closePictureGap(tr: Transaction, pos: number): number {
  const $pos = tr.doc.resolve(pos);
  const block = $pos.parent;
  if (!block.isTextblock) return pos;
  const text = block.textBetween(0, block.content.size, undefined, LINE_BREAK);
  const offset = $pos.parentOffset;
  let start = offset;
  while (start > 0 && SPACE.test(text.charAt(start - 1))) start -= 1;
  let end = offset;
  while (end < text.length && SPACE.test(text.charAt(end))) end += 1;
  const blockStart = $pos.start();
  const atEdge = (i: number) => i < 0 || i >= text.length || text.charAt(i) === LINE_BREAK;
  if (atEdge(start - 1) || atEdge(end)) {
    tr.delete(blockStart + start, blockStart + end);
    return blockStart + start;
  }
  if (start < offset && end > offset) tr.delete(pos, blockStart + end);
  return pos;
}
