import type { Editor, JSONContent } from '@tiptap/core';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { destroyEditors, mountEditor, pressKey, settle } from '../../support/block-editor';

afterEach(destroyEditors);

/** The document as plain JSON nodes (getJSON() types the top as a document). */
const json = (editor: Editor): JSONContent => editor.getJSON() as JSONContent;

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const TABLE = {
  type: 'doc',
  content: [
    {
      type: 'table',
      attrs: { caption: '' },
      content: [
        {
          type: 'tableRow',
          content: [
            { type: 'tableHeader', content: [p('Місто')] },
            { type: 'tableHeader', content: [p('Явка')] },
          ],
        },
        {
          type: 'tableRow',
          content: [
            { type: 'tableCell', content: [p('Львів')] },
            { type: 'tableCell', content: [p('61%')] },
          ],
        },
      ],
    },
    { type: 'paragraph' },
  ],
};

const rowsOf = (doc: JSONContent) => doc.content?.[0]?.content?.length;

describe('the table view', () => {
  it('edits the caption in a labelled field', async () => {
    const editor = await mountEditor(TABLE);
    const field = screen.getByLabelText<HTMLInputElement>('Назва таблиці');
    fireEvent.change(field, { target: { value: 'Явка на виборах' } });
    await settle();
    expect(json(editor).content?.[0]?.attrs).toEqual({ caption: 'Явка на виборах' });
  });

  it('takes Shift+Tab from the first cell to the caption, and Enter back to the first cell', async () => {
    const editor = await mountEditor(TABLE);
    editor.commands.setTextSelection(4);
    pressKey(editor, 'Tab', { shiftKey: true });
    const field = screen.getByLabelText<HTMLInputElement>('Назва таблиці');
    expect(document.activeElement).toBe(field);
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(editor.state.selection.from).toBe(4);
    expect(editor.state.selection.$from.parent.textContent).toBe('Місто');
  });

  it('adds and removes rows and columns and switches the header row from its buttons', async () => {
    const editor = await mountEditor(TABLE);
    editor.commands.setTextSelection(editor.state.doc.content.size - 6);
    fireEvent.click(screen.getByRole('button', { name: 'Додати рядок' }));
    expect(rowsOf(json(editor))).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Видалити рядок' }));
    expect(rowsOf(json(editor))).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Додати стовпець' }));
    expect(json(editor).content?.[0]?.content?.[1]?.content).toHaveLength(3);
    const header = screen.getByRole('button', { name: 'Рядок заголовків' });
    expect(header.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(header);
    await settle();
    expect(json(editor).content?.[0]?.content?.[0]?.content?.[0]?.type).toBe('tableCell');
    expect(header.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(screen.getByRole('button', { name: 'Видалити таблицю' }));
    expect(json(editor).content?.some((node) => node.type === 'table')).toBe(false);
  });
});
