import { findParentNode } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import { TableMap } from '@tiptap/pm/tables';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, TABLE_NODE } from '../../../../../shared/domain/table';

/** The table the selection is in, with its position; null outside tables. */
export function selectedTable(state: EditorState) {
  return findParentNode((node) => node.type.name === TABLE_NODE.table)(state.selection) ?? null;
}

/** Whether the table around the selection may grow by a row (or a column) and still open in this editor. */
export function canGrowTable(state: EditorState, direction: 'row' | 'column'): boolean {
  const table = selectedTable(state);
  if (!table) return false;
  const map = TableMap.get(table.node);
  return direction === 'row' ? map.height < MAX_TABLE_ROWS : map.width < MAX_TABLE_COLUMNS;
}
