import type { NodeType } from '@tiptap/pm/model';
import { insertPoint } from '@tiptap/pm/transform';
import type { Transaction } from '@tiptap/pm/state';
import type { FigureAttrs } from '../../../../../shared/domain/body-nodes';

/**
 * Puts a figure at a position, or at the nearest place around it that can hold one (a figure cannot
 * stand inside a paragraph or directly in a list). Returns false when there is no such place.
 */
export function insertFigure(tr: Transaction, pos: number, figure: NodeType, attrs: FigureAttrs): boolean {
  const node = figure.createAndFill(attrs);
  const at = node ? insertPoint(tr.doc, Math.min(pos, tr.doc.content.size), figure) : null;
  if (!node || at === null) return false;
  tr.insert(at, node);
  return true;
}
