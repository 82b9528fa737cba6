import type { Doc, DocNode } from './doc';
import { READ_ALSO_TYPE, unknownReadAlsoAttributes } from './read-also';
import { isWellFormedTable, TABLE_NODE, tableBlocks } from './table';

/**
 * The body editor's schema (renderer/src/editor/body-extensions.ts): its node types with the attributes each keeps,
 * and its mark types. The service checks files against it: a type missing here (a newer app's `callout`,
 * another TipTap tool's `highlight`) or an attribute the node does not keep (ProseMirror drops those on
 * load) is content this version cannot show, and the editor would lose it on the first save. A renderer
 * test builds the real editor and asserts its schema is exactly this, so the two cannot drift.
 */
export const EDITOR_NODES: Readonly<Record<string, readonly string[]>> = {
  doc: [],
  paragraph: [],
  text: [],
  heading: ['level'],
  hardBreak: [],
  horizontalRule: [],
  bulletList: [],
  orderedList: ['start', 'type'],
  listItem: [],
  blockquote: ['attribution'],
  recap: [],
  figure: ['src', 'alt', 'caption', 'credit'],
  embed: ['provider', 'url', 'id'],
  readAlso: ['articles'],
  [TABLE_NODE.table]: ['caption'],
  [TABLE_NODE.row]: [],
  [TABLE_NODE.header]: ['colspan', 'rowspan'],
  [TABLE_NODE.cell]: ['colspan', 'rowspan'],
};

/** `comment` anchors a review note (shared/notes/): optional, so files without it read as before. */
export const EDITOR_MARKS: readonly string[] = ['bold', 'italic', 'underline', 'strike', 'link', 'comment'];

/** What of a body the editor does not know, each named once, in the order met. */
export interface UnsupportedContent {
  nodes: string[];
  marks: string[];
  /** `node.attribute`, e.g. `paragraph.textAlign`. */
  attributes: string[];
}

const KNOWN_MARKS = new Set(EDITOR_MARKS);

/** Table parts stand only inside a well-formed table (table.ts), which is judged whole where it is met. */
const TABLE_PARTS = new Set<string>([TABLE_NODE.row, TABLE_NODE.header, TABLE_NODE.cell]);

/**
 * What of the body the editor cannot show, or null when it can show all of it. Walks with an explicit stack:
 * the body may be as deep as the reader allows. Mark attributes are not judged here (links are cleaned where
 * they enter). A table the editor would have to reshape (a heading in a cell, a ragged row, past the caps) is
 * named as a table: this version cannot show it as it is.
 */
export function unsupportedContent(doc: Doc): UnsupportedContent | null {
  const nodes = new Set<string>();
  const marks = new Set<string>();
  const attributes = new Set<string>();
  const stack = [...(doc.content ?? [])].reverse().map((node) => ({ node, inTable: false }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node } = item;
    const known = Object.hasOwn(EDITOR_NODES, node.type) ? EDITOR_NODES[node.type] : undefined;
    if (!known) nodes.add(node.type);
    else for (const name of unknownAttributes(node, known)) attributes.add(`${node.type}.${name}`);
    if (node.type === TABLE_NODE.table && !isWellFormedTable(node)) nodes.add(TABLE_NODE.table);
    if (TABLE_PARTS.has(node.type) && !item.inTable) nodes.add(TABLE_NODE.table);
    for (const mark of node.marks ?? []) if (!KNOWN_MARKS.has(mark.type)) marks.add(mark.type);
    const children = node.content ?? [];
    const inTable = node.type === TABLE_NODE.table || (item.inTable && TABLE_PARTS.has(node.type));
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i] as DocNode, inTable });
  }
  if (nodes.size + marks.size + attributes.size === 0) return null;
  return { nodes: [...nodes], marks: [...marks], attributes: [...attributes] };
}

/**
 * «Читайте також» is judged by its value too: its first format is still read (and upgraded when opened), and
 * a list with items of a newer form must not be rewritten without what this version does not know of them.
 */
function unknownAttributes(node: DocNode, known: readonly string[]): string[] {
  if (node.type === READ_ALSO_TYPE) return unknownReadAlsoAttributes(node.attrs);
  return Object.keys(node.attrs ?? {}).filter((name) => !known.includes(name));
}

/**
 * The part of a body the editor can draw, for showing an article read-only: unknown nodes and marks left out,
 * a table it cannot take as it is shown as the blocks of its cells. Only for display; it is never saved.
 * Recursive: bodies reach here only through the reader's depth limit.
 */
export function showablePart(doc: Doc): Doc {
  const keep = (nodes: DocNode[] | undefined, inTable: boolean): DocNode[] | undefined =>
    nodes
      ?.flatMap((node) => (inTable ? [node] : showableBlocks(node)))
      .filter((node) => Object.hasOwn(EDITOR_NODES, node.type))
      .map((node) => ({
        ...node,
        content: keep(node.content, node.type === TABLE_NODE.table || (inTable && TABLE_PARTS.has(node.type))),
        marks: node.marks?.filter((mark) => KNOWN_MARKS.has(mark.type)),
      }));
  return { ...doc, content: keep(doc.content, false) };
}

/** A block outside a table as the read-only view draws it: a table it cannot take, or a stray part, as its cells' blocks. */
function showableBlocks(node: DocNode): DocNode[] {
  if (node.type === TABLE_NODE.table && isWellFormedTable(node)) return [node];
  if (node.type === TABLE_NODE.table) return tableBlocks(node).flatMap(showableBlocks);
  if (node.type === TABLE_NODE.row)
    return tableBlocks({ type: TABLE_NODE.table, content: [node] }).flatMap(showableBlocks);
  if (TABLE_PARTS.has(node.type)) return (node.content ?? []).flatMap(showableBlocks);
  return [node];
}
