import type { Node as PMNode } from '@tiptap/pm/model';
import { NodeSelection, Selection, TextSelection, type Transaction } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import type { AttributeMatch, BodyMatch } from './body-match';
import { attributeText } from './findable-attributes';

/** Set on the element holding an attribute's field in a node view (FindableField.tsx): find looks it up by it. */
export const FIND_ATTRIBUTE_DATA = 'data-find-attribute';

/**
 * The body's selection on a match: its text; for a match in an attribute, its node (a figure, selected as a
 * whole) or the end of its text (a quote), so that the block window draws it and Esc comes back near it.
 */
export function selectionAt(doc: PMNode, match: BodyMatch): Selection {
  const attribute = match.attribute;
  if (!attribute) return TextSelection.create(doc, match.from, match.to);
  const node = doc.nodeAt(attribute.node);
  if (node?.isAtom && NodeSelection.isSelectable(node)) return NodeSelection.create(doc, attribute.node);
  return Selection.near(doc.resolve(match.from), -1);
}

/** The text field in which the node's view edits the attribute; null while the view has not drawn it. */
export function attributeField(view: EditorView, attribute: AttributeMatch): HTMLInputElement | null {
  const dom = view.nodeDOM(attribute.node);
  if (!(dom instanceof HTMLElement)) return null;
  const field = dom.querySelector(`[${FIND_ATTRIBUTE_DATA}="${attribute.name}"] input`);
  return field instanceof HTMLInputElement ? field : null;
}

/** Puts `text` in place of the match in its attribute, in `tr`. */
export function replaceInAttribute(tr: Transaction, attribute: AttributeMatch, text: string): void {
  const node = tr.doc.nodeAt(attribute.node);
  if (!node) return;
  const value = attributeText(node, attribute.name);
  tr.setNodeAttribute(
    attribute.node,
    attribute.name,
    value.slice(0, attribute.from) + text + value.slice(attribute.to),
  );
}
