import { TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import { TABLE_CELL_CONTENT, TABLE_NODE } from '../../../../../shared/domain/table';

/**
 * A cell keeps its text and how many columns and rows it spans, nothing more: no widths (the page sizes its
 * columns), no alignment (a style), and only paragraphs, so a heading or a list cannot stand in a cell.
 */
const spans = () => ({
  colspan: { default: 1 },
  rowspan: { default: 1 },
});

export const BodyTableCell = TableCell.extend({
  name: TABLE_NODE.cell,
  content: `${TABLE_CELL_CONTENT}+`,
  addAttributes: spans,
});

export const BodyTableHeader = TableHeader.extend({
  name: TABLE_NODE.header,
  content: `${TABLE_CELL_CONTENT}+`,
  addAttributes: spans,
});

export const BodyTableRow = TableRow.extend({
  name: TABLE_NODE.row,
  content: `(${TABLE_NODE.cell} | ${TABLE_NODE.header})+`,
});
