import type { Editor, JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS, isWellFormedTable } from '../../../../../shared/domain/table';
import type { DocNode } from '../../../../../shared/domain/doc';
import { createEditor, destroyEditors, pressKey, reparse, roundTrip, typeText } from '../../support/block-editor';

afterEach(destroyEditors);

/** The document as plain JSON nodes (getJSON() types the top as a document). */
const json = (editor: Editor): JSONContent => editor.getJSON() as JSONContent;

const cellTypes = (doc: JSONContent) =>
  doc.content
    ?.filter((node) => node.type === 'table')
    .map((table) => table.content?.map((row) => row.content?.map((cell) => cell.type)));

const p = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const grid = (rows: number, cols: number, caption = ''): JSONContent => ({
  type: 'doc',
  content: [
    {
      type: 'table',
      attrs: { caption },
      content: Array.from({ length: rows }, (_, r) => ({
        type: 'tableRow',
        content: Array.from({ length: cols }, (_, c) => ({
          type: r === 0 ? 'tableHeader' : 'tableCell',
          content: [p(`${r}:${c}`)],
        })),
      })),
    },
    { type: 'paragraph' },
  ],
});

describe('the body table', () => {
  it('inserts a 3×3 table with a header row, the cursor in its first cell', () => {
    const editor = createEditor('<p>Вступ</p>');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(editor.commands.insertTable({ rows: 3, cols: 3, withHeaderRow: true })).toBe(true);
    expect(cellTypes(json(editor))).toEqual([
      [
        ['tableHeader', 'tableHeader', 'tableHeader'],
        ['tableCell', 'tableCell', 'tableCell'],
        ['tableCell', 'tableCell', 'tableCell'],
      ],
    ]);
    expect(editor.state.selection.$from.node(-1).type.name).toBe('tableHeader');
    expect(isWellFormedTable(json(editor).content?.find((n) => n.type === 'table') as DocNode)).toBe(true);
  });

  it('does not put a table inside a cell', () => {
    const editor = createEditor(grid(2, 2));
    editor.commands.setTextSelection(4);
    expect(editor.can().insertTable()).toBe(false);
  });

  it('moves with Tab and Shift+Tab, and Tab in the last cell adds a row', () => {
    const editor = createEditor(grid(2, 2));
    editor.commands.setTextSelection(4);
    pressKey(editor, 'Tab');
    typeText(editor, 'Б');
    pressKey(editor, 'Tab');
    pressKey(editor, 'Tab');
    pressKey(editor, 'Tab');
    typeText(editor, 'новий');
    const rows = json(editor).content?.[0]?.content ?? [];
    expect(rows).toHaveLength(3);
    // Tab selects the next cell's text, as in a spreadsheet: typing replaces it.
    expect(rows[0]?.content?.[1]?.content?.[0]).toEqual(p('Б'));
    expect(rows[2]?.content?.[0]?.content?.[0]).toEqual(p('новий'));
    pressKey(editor, 'Tab', { shiftKey: true });
    expect(editor.state.selection.$from.parent.textContent).toBe('1:1');
  });

  it('keeps headings, lists and quotes out of cells', () => {
    const editor = createEditor(grid(2, 2));
    editor.commands.setTextSelection(4);
    expect(editor.can().setHeading({ level: 2 })).toBe(false);
    expect(editor.can().toggleBulletList()).toBe(false);
    expect(editor.can().toggleBlockquote()).toBe(false);
  });

  it('does not grow past the caps a file must keep', () => {
    const wide = createEditor(grid(2, MAX_TABLE_COLUMNS));
    wide.commands.setTextSelection(4);
    expect(wide.can().addColumnAfter()).toBe(false);
    expect(wide.can().addRowAfter()).toBe(true);
    const tall = createEditor(grid(MAX_TABLE_ROWS, 1));
    // Before the trailing paragraph (2) and the ends of the table, row, cell and paragraph.
    const end = tall.state.doc.content.size - 6;
    tall.commands.setTextSelection(end);
    expect(tall.state.selection.$from.node(-1).type.name).toBe('tableCell');
    expect(tall.can().addRowAfter()).toBe(false);
    expect(pressKey(tall, 'Tab')).toBe(false);
  });

  it('keeps the caption and header cells through JSON and HTML, and writes no widths', () => {
    const editor = createEditor(grid(2, 2, 'Курси валют'));
    const before = json(editor);
    expect(roundTrip(editor)).toEqual(before);
    expect(editor.getHTML()).toContain('<caption>Курси валют</caption>');
    expect(editor.getHTML()).not.toMatch(/colgroup|style=|colwidth/);
    const again = json(reparse(editor));
    expect(again.content?.[0]?.attrs).toEqual({ caption: 'Курси валют' });
    expect(cellTypes(again)).toEqual(cellTypes(before));
  });
});
