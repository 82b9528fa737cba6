import { printedBlockText } from './body-nodes';
import type { Doc, DocNode } from './doc';

/**
 * Plain text of a document, paragraphs separated by blank lines, each block as the page prints it. Apart from
 * doc.ts because the printed text depends on the body's nodes, which are themselves built on doc.ts.
 */
export function docToPlainText(doc: Doc): string {
  const blocks: string[] = [];
  const inline = (node: DocNode): string =>
    node.text ?? (node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(inline).join(''));
  const walk = (node: DocNode): void => {
    const children = node.content ?? [];
    if (children.length > 0 && children.every((c) => c.type === 'text' || c.type === 'hardBreak')) {
      blocks.push(printedBlockText(node.type, inline(node)));
    } else if (children.length === 0 && node.type === 'paragraph') {
      blocks.push('');
    } else {
      children.forEach(walk);
    }
  };
  (doc.content ?? []).forEach(walk);
  return blocks.join('\n\n');
}
