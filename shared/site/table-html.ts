import type { DocNode } from '../domain/doc';
import { TABLE_NODE, tableCaption } from '../domain/table';
import { attributes, escapeText } from './html';
import { PAGE_WORDS } from './page-words';

/**
 * The id of the body's n-th table (from 1) on the page: a link to `page#table-2` (from the Telegram post, say)
 * opens the page at that table.
 */
export function tableFragment(ordinal: number): string {
  return `table-${ordinal}`;
}

/** How the page renders what a cell holds (its paragraphs with their marks): the body renderer's own walk. */
export type CellContentHtml = (content: DocNode[]) => string;

const isHeader = (cell: DocNode) => cell.type === TABLE_NODE.header;

function span(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : null;
}

function cellHtml(cell: DocNode, scope: 'col' | 'row', content: CellContentHtml): string {
  const tag = isHeader(cell) ? 'th' : 'td';
  const attrs = attributes({
    scope: tag === 'th' ? scope : null,
    colspan: span(cell.attrs?.colspan),
    rowspan: span(cell.attrs?.rowspan),
  });
  return `<${tag}${attrs}>${content(cell.content ?? [])}</${tag}>`;
}

/**
 * A table as the page prints it: a figure whose caption names it, the table in a box that scrolls sideways
 * on a phone (not the page), a first row of header cells as its <thead> with `scope="col"`, header cells
 * elsewhere heading their row. The box is a named region that takes the keyboard's focus, so it can be
 * scrolled without a pointer and a screen reader can find it.
 */
export function tableHtml(table: DocNode, ordinal: number, content: CellContentHtml): string {
  const rows = (table.content ?? []).filter((row) => row.type === TABLE_NODE.row && (row.content?.length ?? 0) > 0);
  if (rows.length === 0) return '';
  const [first, ...rest] = rows;
  const headed = first?.content?.every(isHeader) ?? false;
  const rowHtml = (row: DocNode, scope: 'col' | 'row') =>
    `<tr>${(row.content ?? []).map((cell) => cellHtml(cell, scope, content)).join('')}</tr>`;
  const head = headed && first ? `<thead>${rowHtml(first, 'col')}</thead>` : '';
  const body = (headed ? rest : rows).map((row) => rowHtml(row, 'row')).join('');
  const caption = tableCaption(table);
  const figcaption = caption ? `<figcaption>${escapeText(caption)}</figcaption>` : '';
  const box = attributes({
    class: 'table-scroll',
    tabindex: 0,
    'aria-label': caption || PAGE_WORDS.table,
  });
  return `<figure${attributes({ class: 'table', id: tableFragment(ordinal) })}>${figcaption}<section${box}><table>${head}${body ? `<tbody>${body}</tbody>` : ''}</table></section></figure>`;
}
