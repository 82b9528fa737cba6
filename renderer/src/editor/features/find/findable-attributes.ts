import type { Node as PMNode } from '@tiptap/pm/model';
import { BODY_NODE } from '../../../../../shared/domain/body-nodes';
import { TABLE_NODE } from '../../../../../shared/domain/table';

/**
 * The attributes of body nodes that hold text a journalist writes and a reader meets, each edited in a field
 * of the node's view, in the order the view shows them: find and replace go through them as through the text.
 * A figure's alt text is among them: it is not printed under the image, but it is published (screen readers
 * read it), and a name corrected everywhere else must not stay misspelt there. «Читайте також» is not: its
 * headlines are other articles', quoted, not written here.
 */
const FINDABLE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  [BODY_NODE.blockquote]: ['attribution'],
  [BODY_NODE.figure]: ['alt', 'caption', 'credit'],
  [TABLE_NODE.table]: ['caption'],
};

/** Nodes with text whose fields are drawn above it (a table's caption), so read before it. */
const FIELDS_ABOVE = new Set<string>([TABLE_NODE.table]);

const NONE: readonly string[] = [];

export function findableAttributes(node: PMNode): readonly string[] {
  return FINDABLE_ATTRIBUTES[node.type.name] ?? NONE;
}

/** An attribute's text, '' when it holds none. */
export function attributeText(node: PMNode, name: string): string {
  const value: unknown = node.attrs[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Where (a position) a node's attributes come in reading order, relative to the node's own position: an atom
 * (a figure) or a table (its caption drawn above it) where it stands; a node with text (a quote, its
 * attribution drawn under it) after its text.
 */
export function attributesPlace(node: PMNode): number {
  return node.isLeaf || FIELDS_ABOVE.has(node.type.name) ? 0 : node.nodeSize - 1;
}
