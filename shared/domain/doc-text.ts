import { printedBlockText } from './body-nodes';
import type { Doc, DocNode } from './doc';
import { TABLE_NODE, tableCaption } from './table';

/** Within a table's line (a row), a hard break must not start a new row: it reads as a space there. */
const inlineText = (node: DocNode, hardBreak: string): string =>
  node.text ??
  (node.type === 'hardBreak' ? hardBreak : (node.content ?? []).map((c) => inlineText(c, hardBreak)).join(''));

/**
 * A table as lines: its caption, then one line per row with the cells apart by a tab, so that a cell's last
 * word and the next cell's first never run together for search, counts and spelling.
 */
function tableText(table: DocNode): string[] {
  const rows = (table.content ?? []).map((row) =>
    (row.content ?? []).map((cell) => (cell.content ?? []).map((block) => inlineText(block, ' ')).join(' ')).join('\t'),
  );
  const caption = tableCaption(table);
  return caption ? [caption, rows.join('\n')] : [rows.join('\n')];
}

/**
 * Plain text of a document, paragraphs separated by blank lines, each block as the page prints it. Apart from
 * doc.ts because the printed text depends on the body's nodes, which are themselves built on doc.ts.
 */
export function docToPlainText(doc: Doc): string {
  const blocks: string[] = [];
  const walk = (node: DocNode): void => {
    const children = node.content ?? [];
    if (node.type === TABLE_NODE.table) {
      blocks.push(...tableText(node));
    } else if (children.length > 0 && children.every((c) => c.type === 'text' || c.type === 'hardBreak')) {
      blocks.push(printedBlockText(node.type, inlineText(node, '\n')));
    } else if (children.length === 0 && node.type === 'paragraph') {
      blocks.push('');
    } else {
      children.forEach(walk);
    }
  };
  (doc.content ?? []).forEach(walk);
  return blocks.join('\n\n');
}
