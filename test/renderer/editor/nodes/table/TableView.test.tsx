import { Editor, type JSONContent } from '@tiptap/core';
import { EditorContent } from '@tiptap/react';
import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { blockContext, destroyEditors, mountEditor, pressKey, settle } from '../../support/block-editor';

afterEach(destroyEditors);

/** The document as plain JSON nodes (getJSON() types the top as a document). */
const json = (editor: Editor): JSONContent => editor.getJSON() as JSONContent;

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const tableDoc = (caption: string): JSONContent => ({
  type: 'doc',
  content: [
    {
      type: 'table',
      attrs: { caption },
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
});
const TABLE = tableDoc('');

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

describe('the table view of an article opened read-only', () => {
  it('shows the caption without letting it change, and no row or column buttons', async () => {
    // As BodyEditor builds it for such an article: not editable from the start.
    const editor = new Editor({
      extensions: bodyExtensions(blockContext()),
      content: tableDoc('Явка'),
      editable: false,
      injectCSS: false,
    });
    try {
      render(<EditorContent editor={editor} />);
      await settle();
      expect(screen.getByLabelText<HTMLInputElement>('Назва таблиці').readOnly).toBe(true);
      expect(screen.getByLabelText<HTMLInputElement>('Назва таблиці').value).toBe('Явка');
      expect(screen.queryByRole('group', { name: 'Рядки і стовпці таблиці' })).toBeNull();
    } finally {
      editor.destroy();
    }
  });
});
