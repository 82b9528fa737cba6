import type { DocNode } from './doc';

/**
 * Tables in the body: TipTap's table nodes (their names are the contract, as in body-nodes.ts), held to
 * what a news page can show. A cell holds paragraphs with marks only; the table keeps a caption, and its
 * header is the row (or column) of `tableHeader` cells.
 */
export const TABLE_NODE = {
  table: 'table',
  row: 'tableRow',
  header: 'tableHeader',
  cell: 'tableCell',
} as const;

/** The node types a cell of either kind may hold. */
export const TABLE_CELL_CONTENT = 'paragraph';

export interface TableAttrs {
  /** What the table shows, printed above it; '' when it has none. */
  caption: string;
}

/**
 * Results of every polling station of a district or a year of monthly figures fit well under these; more
 * rows is a spreadsheet, not an article, and more columns cannot be read on a phone even scrolled.
 */
export const MAX_TABLE_ROWS = 500;
export const MAX_TABLE_COLUMNS = 20;

const isCellType = (type: string) => type === TABLE_NODE.cell || type === TABLE_NODE.header;

/** A cell's colspan or rowspan: absent means 1; otherwise a whole number from 1 up to `max`. */
function span(value: unknown, max: number): number | null {
  if (value === undefined) return 1;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max ? value : null;
}

function cellHoldsParagraphs(cell: DocNode): boolean {
  const content = cell.content ?? [];
  return content.length > 0 && content.every((child) => child.type === TABLE_CELL_CONTENT);
}

/**
 * Whether a table is one the editor shows and edits as it is: rows of cells of paragraphs, within the caps,
 * its caption text, every row as wide as the first once rowspans from above are counted, no cell on top of
 * another, no rowspan past the last row. ProseMirror's table plugin would "fix" any other table on the first
 * keystroke, which would be an edit nobody made.
 */
export function isWellFormedTable(table: DocNode): boolean {
  const caption = table.attrs?.caption;
  if (caption !== undefined && typeof caption !== 'string') return false;
  const rows = table.content ?? [];
  if (rows.length === 0 || rows.length > MAX_TABLE_ROWS) return false;
  /** Per column, how many more rows (this one included) a cell from above covers. */
  let covered: number[] = [];
  let width = 0;
  for (const [index, row] of rows.entries()) {
    const cells = row.content ?? [];
    if (row.type !== TABLE_NODE.row || cells.length === 0) return false;
    const taken = covered.map((rowsLeft) => rowsLeft > 0);
    let column = 0;
    for (const cell of cells) {
      const colspan = span(cell.attrs?.colspan, MAX_TABLE_COLUMNS);
      const rowspan = span(cell.attrs?.rowspan, rows.length - index);
      if (!isCellType(cell.type) || colspan === null || rowspan === null || !cellHoldsParagraphs(cell)) return false;
      while (taken[column]) column += 1;
      for (let k = column; k < column + colspan; k += 1) {
        if (taken[k] || k >= MAX_TABLE_COLUMNS) return false;
        taken[k] = true;
        covered[k] = rowspan;
      }
      column += colspan;
    }
    const rowWidth = taken.length;
    for (let k = 0; k < rowWidth; k += 1) if (!taken[k]) return false;
    if (index === 0) width = rowWidth;
    else if (rowWidth !== width) return false;
    covered = covered.map((rowsLeft) => rowsLeft - 1);
  }
  return true;
}

/** The caption of a table node, trimmed; '' when it has none. */
export function tableCaption(table: DocNode): string {
  const caption = table.attrs?.caption;
  return typeof caption === 'string' ? caption.trim() : '';
}

/**
 * The blocks of a table the editor cannot take as it is: what its cells hold, in reading order, so that a
 * read-only view still shows every word.
 */
export function tableBlocks(table: DocNode): DocNode[] {
  const blocks: DocNode[] = [];
  for (const row of table.content ?? []) {
    if (row.type !== TABLE_NODE.row) {
      blocks.push(row);
      continue;
    }
    for (const cell of row.content ?? []) blocks.push(...(isCellType(cell.type) ? (cell.content ?? []) : [cell]));
  }
  return blocks;
}
