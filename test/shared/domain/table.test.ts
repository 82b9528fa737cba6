import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../shared/domain/doc';
import {
  isWellFormedTable,
  MAX_TABLE_COLUMNS,
  MAX_TABLE_ROWS,
  tableBlocks,
  tableCaption,
} from '../../../shared/domain/table';

const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cell = (text: string, attrs?: Record<string, unknown>, type = 'tableCell'): DocNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [paragraph(text)],
});
const row = (...cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells });
const table = (rows: DocNode[], caption?: unknown): DocNode => ({
  type: 'table',
  ...(caption === undefined ? {} : { attrs: { caption } }),
  content: rows,
});

describe('isWellFormedTable', () => {
  it('takes a header row over body rows, with a caption', () => {
    const header = row(cell('Кандидат', undefined, 'tableHeader'), cell('Голоси', undefined, 'tableHeader'));
    expect(isWellFormedTable(table([header, row(cell('А'), cell('10'))], 'Результати'))).toBe(true);
  });

  it('counts colspans and rowspans from above when it measures a row', () => {
    const spanned = table([
      row(cell('Область', { rowspan: 2 }), cell('Голоси', { colspan: 2 })),
      row(cell('за'), cell('проти')),
      row(cell('Київська'), cell('1'), cell('2')),
    ]);
    expect(isWellFormedTable(spanned)).toBe(true);
  });

  it('refuses a ragged row, a cell on top of another and a rowspan past the last row', () => {
    expect(isWellFormedTable(table([row(cell('a'), cell('b')), row(cell('c'))]))).toBe(false);
    expect(
      isWellFormedTable(table([row(cell('a', { rowspan: 2 }), cell('b')), row(cell('c'), cell('d'), cell('e'))])),
    ).toBe(false);
    expect(isWellFormedTable(table([row(cell('a', { rowspan: 3 }), cell('b')), row(cell('c'))]))).toBe(false);
  });

  it('refuses headings, lists and figures in a cell, and an empty cell or row', () => {
    const withHeading: DocNode = { type: 'tableCell', content: [{ type: 'heading', attrs: { level: 2 } }] };
    const withList: DocNode = { type: 'tableCell', content: [{ type: 'bulletList', content: [] }] };
    expect(isWellFormedTable(table([row(withHeading)]))).toBe(false);
    expect(isWellFormedTable(table([row(withList)]))).toBe(false);
    expect(isWellFormedTable(table([row({ type: 'tableCell', content: [] })]))).toBe(false);
    expect(isWellFormedTable(table([{ type: 'tableRow', content: [] }]))).toBe(false);
    expect(isWellFormedTable(table([]))).toBe(false);
    expect(isWellFormedTable(table([paragraph('рядок не рядок')]))).toBe(false);
  });

  it('refuses spans that are not whole numbers and a caption that is not text', () => {
    expect(isWellFormedTable(table([row(cell('a', { colspan: 0 }))]))).toBe(false);
    expect(isWellFormedTable(table([row(cell('a', { colspan: '2' }))]))).toBe(false);
    expect(isWellFormedTable(table([row(cell('a', { rowspan: 1.5 }))]))).toBe(false);
    expect(isWellFormedTable(table([row(cell('a'))], 42))).toBe(false);
  });

  it('holds to the row and column caps', () => {
    const wide = (columns: number) => row(...Array.from({ length: columns }, (_, i) => cell(String(i))));
    expect(isWellFormedTable(table([wide(MAX_TABLE_COLUMNS)]))).toBe(true);
    expect(isWellFormedTable(table([wide(MAX_TABLE_COLUMNS + 1)]))).toBe(false);
    expect(isWellFormedTable(table([row(cell('a', { colspan: MAX_TABLE_COLUMNS + 1 }))]))).toBe(false);
    const tall = (rows: number) => table(Array.from({ length: rows }, () => row(cell('x'))));
    expect(isWellFormedTable(tall(MAX_TABLE_ROWS))).toBe(true);
    expect(isWellFormedTable(tall(MAX_TABLE_ROWS + 1))).toBe(false);
  });
});

describe('tableBlocks and tableCaption', () => {
  it('gives the cells’ blocks in reading order and the caption trimmed', () => {
    const heading: DocNode = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Заголовок' }] };
    const odd = table([row(cell('a'), { type: 'tableCell', content: [heading] }), row(cell('b'))], '  Підпис ');
    expect(tableBlocks(odd)).toEqual([paragraph('a'), heading, paragraph('b')]);
    expect(tableCaption(odd)).toBe('Підпис');
    expect(tableCaption(table([row(cell('a'))]))).toBe('');
  });
});
