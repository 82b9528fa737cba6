import type { Node as PMNode } from '@tiptap/pm/model';
import { findFolded, foldForFind, type FoldedText, type TextMatch } from '../../../../../shared/text/find-text';

/** A top-level block's text folded for find, and the document position (from the block's start) of each unit. */
interface BlockText {
  folded: FoldedText;
  positions: Int32Array;
}

/** Between two textblocks: no query holds it, so no match runs from one paragraph into the next. */
const SEPARATOR = '\n';
/** An inline node that is not text (a line break, an image): a match may not run across it either. */
const OBJECT = '\uFFFC';

/**
 * Nodes are immutable and an edit keeps every block it does not touch, so a block's text is folded once and
 * read again for every query: after a keystroke only the paragraph typed in is folded anew.
 */
const cache = new WeakMap<PMNode, BlockText>();

function blockText(block: PMNode): BlockText {
  const known = cache.get(block);
  if (known) return known;
  let raw = '';
  const positions: number[] = [];
  const add = (text: string, position: number, step: number) => {
    raw += text;
    for (let unit = 0; unit < text.length; unit += 1) positions.push(position + unit * step);
  };
  const collect = (node: PMNode, start: number) => {
    if (node.isTextblock) {
      if (raw.length > 0) add(SEPARATOR, start, 0);
      node.forEach((child, offset) => {
        const at = start + 1 + offset;
        if (child.isText) add(child.text ?? '', at, 1);
        else add(OBJECT, at, 0);
      });
      return;
    }
    node.forEach((child, offset) => collect(child, start + 1 + offset));
  };
  collect(block, 0);
  const text = { folded: foldForFind(raw), positions: Int32Array.from(positions) };
  cache.set(block, text);
  return text;
}

/** Every match of a folded query in the body, in document positions, in order. */
export function findInBody(doc: PMNode, needle: string): TextMatch[] {
  const matches: TextMatch[] = [];
  if (needle.length === 0) return matches;
  doc.forEach((block, start) => {
    const { folded, positions } = blockText(block);
    const { text, offsets } = folded;
    if (text.length < needle.length) return;
    if (offsets) {
      for (const { from, to } of findFolded(folded, needle)) {
        matches.push({ from: start + (positions[from] as number), to: start + (positions[to - 1] as number) + 1 });
      }
      return;
    }
    // Unit for unit (nearly every paragraph): straight from the folded text, one object per match.
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      matches.push({ from: start + (positions[at] as number), to: start + (positions[end - 1] as number) + 1 });
    }
  });
  return matches;
}
