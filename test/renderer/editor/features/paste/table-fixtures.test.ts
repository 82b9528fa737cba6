import type { Editor, JSONContent } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { isWellFormedTable } from '../../../../../shared/domain/table';
import type { DocNode } from '../../../../../shared/domain/doc';
import { createEditor, destroyEditors } from '../../support/block-editor';
import { fixture, outline, pasteHtml, runs, squash, textOf } from './support/clipboard';

afterEach(() => destroyEditors());

function paste(name: string): Editor {
  const editor = createEditor();
  pasteHtml(editor, fixture(name));
  return editor;
}

const tablesOf = (editor: Editor): JSONContent[] =>
  (editor.getJSON().content ?? []).filter((node) => node.type === 'table');

/** A table as rows of `th:`/`td:` cells, each cell's paragraphs joined by « / ». */
const grid = (table: JSONContent | undefined) =>
  table?.content?.map((row) =>
    row.content?.map(
      (cell) =>
        `${cell.type === 'tableHeader' ? 'th' : 'td'}:${(cell.content ?? []).map((p) => squash(textOf(p))).join(' / ')}`,
    ),
  );

/** Every node type inside the table: cells hold paragraphs and text only. */
const typesInside = (table: JSONContent | undefined): string[] => {
  const types = new Set<string>();
  const walk = (node: JSONContent) => {
    for (const child of node.content ?? []) {
      types.add(child.type ?? '?');
      walk(child);
    }
  };
  if (table) walk(table);
  return [...types].sort();
};

describe('paste keeps tables', () => {
  it('Word: the table of table-lists is one table with its rows, not a paragraph per cell', () => {
    const editor = paste('word/table-lists.html');
    const tables = tablesOf(editor);
    expect(tables).toHaveLength(1);
    const rows = grid(tables[0]);
    expect(rows?.[0]).toEqual(['td:Feature', 'td:Description', 'td:Example']);
    expect(rows?.[1]).toEqual(['td:Bold', 'td:Emphasizes strong points', 'td:Bold text']);
    expect(rows?.at(-1)).toEqual(['td:Subscript', 'td:Used in mathematical expressions', 'td:x₂']);
    expect(rows?.every((row) => row?.length === 3)).toBe(true);
    expect(isWellFormedTable(tables[0] as DocNode)).toBe(true);
  });

  it('Google Docs: a bold first row stays a bold row, a heading in a cell becomes its text, the link stays', () => {
    const editor = paste('google-docs/table-schedule.html');
    expect(outline(editor.getJSON()).map((block) => Object.keys(block as object)[0])).toEqual(['p', 'table', 'p']);
    const table = tablesOf(editor)[0];
    expect(grid(table)).toEqual([
      ['td:Черга', 'td:Ранок', 'td:День', 'td:Вечір'],
      ['td:1', 'td:06:00–09:00', 'td:', 'td:18:00–21:00'],
      ['td:2', 'td:', 'td:12:00–15:00', 'td:уточнюється'],
    ]);
    expect(typesInside(table)).toEqual(['paragraph', 'tableCell', 'tableRow', 'text']);
    expect(runs(table ?? {}).filter((run) => run.marks.length > 0)).toEqual([
      { text: 'Черга', marks: ['bold'] },
      { text: 'Ранок', marks: ['bold'] },
      { text: 'День', marks: ['bold'] },
      { text: 'Вечір', marks: ['bold'] },
      { text: '18:00–21:00', marks: ['italic'] },
      { text: 'уточнюється', marks: ['link'] },
    ]);
  });

  it('Google Sheets: the range is a table; styles, widths and data-sheets values go, bold and italic stay', () => {
    const editor = paste('google-sheets/election-results.html');
    const table = tablesOf(editor)[0];
    expect(grid(table)).toEqual([
      ['td:Кандидат', 'td:Голоси', 'td:Частка'],
      ['td:Олена Коваль', 'td:12 840', 'td:52,3%'],
      ['td:Петро Мельник', 'td:11 710', 'td:47,7%'],
      ['td:Разом', 'td:24 550', 'td:'],
    ]);
    expect(runs(table ?? {}).filter((run) => run.marks.length > 0)).toEqual([
      { text: 'Кандидат', marks: ['bold'] },
      { text: 'Голоси', marks: ['bold'] },
      { text: 'Частка', marks: ['bold'] },
      { text: 'Разом', marks: ['italic'] },
    ]);
    expect(JSON.stringify(table)).not.toMatch(/sheets|width|style|align/);
  });

  it('LibreOffice: the <thead> row becomes header cells, the caption is kept, a list and a heading become paragraphs', () => {
    const editor = paste('libreoffice/table-rates-7.6-linux.html');
    const table = tablesOf(editor)[0];
    expect(table?.attrs).toEqual({ caption: 'Курси валют, грн' });
    expect(grid(table)).toEqual([
      ['th:Валюта', 'th:Курс', 'th:Зміна'],
      ['td:Долар США / готівковий', 'td:41,9872', 'td:−0,0513'],
      ['td:Євро', 'td:48,8215', 'td:+0,1204'],
    ]);
    expect(typesInside(table)).toEqual(['paragraph', 'tableCell', 'tableHeader', 'tableRow', 'text']);
    expect(runs(table ?? {}).filter((run) => run.marks.length > 0)).toEqual([
      { text: 'Долар США', marks: ['bold'] },
      { text: '−0,0513', marks: ['italic'] },
      { text: '+0,1204', marks: ['link'] },
    ]);
    expect(JSON.stringify(table)).not.toMatch(/sdval|sdnum|colwidth|"align"/);
  });
});

describe('paste into a table', () => {
  const TWO_BY_TWO =
    '<table><tr><th><p>a</p></th><th><p>b</p></th></tr><tr><td><p>c</p></td><td><p>d</p></td></tr></table>';

  it('gives headings, lists and quotes as paragraphs of the cell instead of splitting the table', () => {
    const editor = createEditor(TWO_BY_TWO);
    editor.commands.setTextSelection(4);
    pasteHtml(editor, '<h2>Заголовок</h2><ul><li>пункт</li></ul><blockquote><p>цитата</p></blockquote><p>текст</p>');
    const blocks = editor.getJSON().content ?? [];
    expect(blocks.map((block) => block.type)).toEqual(['table', 'paragraph']);
    expect(grid(blocks[0])?.[0]?.[0]).toBe('th:Заголовок / пункт / цитата / текстa');
    expect(isWellFormedTable(blocks[0] as DocNode)).toBe(true);
  });

  it('puts a pasted table’s cells in place of the table’s, cell for cell (prosemirror-tables)', () => {
    const editor = createEditor(TWO_BY_TWO);
    editor.commands.setTextSelection(4);
    pasteHtml(editor, '<table><tr><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table>');
    const tables = tablesOf(editor);
    expect(tables).toHaveLength(1);
    expect(grid(tables[0])).toEqual([
      ['td:x', 'td:y'],
      ['td:z', 'td:w'],
    ]);
  });
});
