import type { Node as PMNode } from '@tiptap/pm/model';
import { findFolded, foldForFind, type FoldedText } from '../../../../../shared/text/find-text';
import { compareMatches, type BodyMatch } from './body-match';
import { attributesPlace, attributeText, findableAttributes } from './findable-attributes';

/** An attribute's text within a block, folded; positions from the block's start. */
interface AttributeText {
  node: number;
  place: number;
  name: string;
  rank: number;
  folded: FoldedText;
}

/**
 * A top-level block's text folded for find, the document position (from the block's start) of each unit, and
 * the texts of its nodes' findable attributes.
 */
interface BlockText {
  folded: FoldedText;
  positions: Int32Array;
  attributes: AttributeText[];
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
  const attributes: AttributeText[] = [];
  const collect = (node: PMNode, start: number) => {
    findableAttributes(node).forEach((name, rank) => {
      const text = attributeText(node, name);
      if (text)
        attributes.push({ node: start, place: start + attributesPlace(node), name, rank, folded: foldForFind(text) });
    });
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
  const text = { folded: foldForFind(raw), positions: Int32Array.from(positions), attributes };
  cache.set(block, text);
  return text;
}

/** The matches in a block's text, added to `matches` in document positions. */
function addTextMatches(matches: BodyMatch[], start: number, { folded, positions }: BlockText, needle: string): void {
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
}

/** The matches in a block's attributes, put with its text's (from `matches[first]` on) in reading order. */
function addAttributeMatches(
  matches: BodyMatch[],
  first: number,
  start: number,
  block: BlockText,
  needle: string,
): void {
  for (const { node, place, name, rank, folded } of block.attributes) {
    for (const { from, to } of findFolded(folded, needle)) {
      matches.push({ from: start + place, to: start + place, attribute: { node: start + node, name, rank, from, to } });
    }
  }
  const inBlock = matches.splice(first).sort(compareMatches);
  for (const match of inBlock) matches.push(match);
}

/** Every match of a folded query in the body, its text's and its nodes' attributes', in reading order. */
export function findInBody(doc: PMNode, needle: string): BodyMatch[] {
  const matches: BodyMatch[] = [];
  if (needle.length === 0) return matches;
  doc.forEach((node, start) => {
    const block = blockText(node);
    const first = matches.length;
    addTextMatches(matches, start, block, needle);
    if (block.attributes.length > 0) addAttributeMatches(matches, first, start, block, needle);
  });
  return matches;
}
