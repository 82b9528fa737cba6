import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from '../../../../../shared/domain/table';

/**
 * What a pasted <table> is to the article: its rows and which cells head it, read from the markup Word,
 * Google Docs and Sheets, LibreOffice and web pages write. Widths, colgroups, styles and borders are not
 * read at all; the rebuilder takes only the rows, the cells and their spans.
 */

export interface PastedCell {
  source: HTMLTableCellElement;
  header: boolean;
  colspan: number;
  rowspan: number;
}

/** A span attribute as the article keeps it: a whole number within the caps, 1 when absent or absurd. */
function span(value: number, max: number): number {
  return Number.isInteger(value) && value >= 1 ? Math.min(value, max) : 1;
}

/**
 * The table's own rows (of its thead, tbody and tfoot, not of a table nested in a cell), each with its cells.
 * A cell heads its column when it is a <th> or stands in the <thead>; Word and Docs mark a header only by bold
 * in the first row, and such a row stays an ordinary row with its bold.
 */
export function pastedRows(table: HTMLTableElement): PastedCell[][] {
  return [...table.rows]
    .map((row) =>
      [...row.cells].map((cell) => ({
        source: cell,
        header: cell.localName === 'th' || row.parentElement?.localName === 'thead',
        colspan: span(cell.colSpan, MAX_TABLE_COLUMNS),
        rowspan: span(cell.rowSpan, MAX_TABLE_ROWS),
      })),
    )
    .filter((cells) => cells.length > 0);
}

/**
 * Whether the rows are a table of data the article can keep: more than one cell (a single cell is a page's
 * layout box, not a table) and within the caps. Any other table is read as its cells' paragraphs.
 */
export function isArticleTable(rows: PastedCell[][]): boolean {
  if (rows.length > MAX_TABLE_ROWS || rows.flat().length < 2) return false;
  return rows.every((cells) => cells.reduce((width, cell) => width + cell.colspan, 0) <= MAX_TABLE_COLUMNS);
}

/** The table's <caption>, one line; '' when it has none. */
export function pastedCaption(table: HTMLTableElement): string {
  return (table.caption?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
