import type { Editor } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { blockContext, destroyEditors, FakeEditorApi, mountEditor, settle } from '../blocks/support/block-editor';

afterEach(() => {
  destroyEditors();
  document.body.innerHTML = '';
});

const png = (name = 'скріншот.png') =>
  new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 7])], name, { type: 'image/png' });

function clipboard(files: File[], data: Record<string, string> = {}) {
  return { files, getData: (type: string) => data[type] ?? '', types: Object.keys(data), items: [] };
}

function paste(editor: Editor, files: File[], data: Record<string, string> = {}): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboard(files, data) });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

async function body(api = new FakeEditorApi()) {
  const editor = await mountEditor('<p>Перший абзац</p><p></p>', blockContext(api));
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

const types = (editor: Editor) => editor.getJSON().content?.map((block) => block.type);

describe('images pasted or dropped as files', () => {
  it('a pasted screenshot is stored, becomes a figure and asks for its alt text', async () => {
    const api = new FakeEditorApi();
    const editor = await body(api);
    expect(paste(editor, [png()])).toBe(true);
    await settle();
    await settle();
    expect(api.imports.map((i) => i.fileName)).toEqual(['скріншот.png']);
    expect(types(editor)?.slice(0, 2)).toEqual(['paragraph', 'figure']);
    expect(editor.getJSON().content?.[1]?.attrs).toMatchObject({ alt: '', caption: '', credit: '' });
    expect(document.activeElement).toBe(screen.getByLabelText('Опис для незрячих читачів (alt)'));
  });

  it('shows where and what is being stored until it is done, without touching the document or undo', async () => {
    const api = new FakeEditorApi();
    api.holdImports();
    const editor = await body(api);
    const before = editor.getJSON();
    paste(editor, [png('фото.png')]);
    await settle();
    expect(screen.getByRole('status').textContent).toBe('Зберігаємо «фото.png» у папці статті…');
    expect(editor.getJSON()).toEqual(before);
    expect(editor.can().undo()).toBe(false);
    api.release();
    await settle();
    await settle();
    expect(document.querySelector('.upload-placeholder')).toBeNull();
    expect(types(editor)).toContain('figure');
  });

  it('a refused file says why in words, and the note can be dismissed', async () => {
    const api = new FakeEditorApi();
    api.failNextImport(new ApiError('io-error', 'Немає місця на диску.'));
    const editor = await body(api);
    paste(editor, [png('фото.png')]);
    await settle();
    await settle();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Не вдалося зберегти «фото.png» на диск: Немає місця на диску.');
    expect(types(editor)).not.toContain('figure');
    fireEvent.click(screen.getByRole('button', { name: 'Закрити' }));
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('HTML with text (Word, a web page) is left to the paste cleaner, even with an image file beside it', async () => {
    const api = new FakeEditorApi();
    const editor = await body(api);
    paste(editor, [png()], { 'text/html': '<p>Текст з Word</p>', 'text/plain': 'Текст з Word' });
    await settle();
    expect(api.imports).toEqual([]);
    expect(editor.getText()).toContain('Текст з Word');
  });

  it('an image copied in a browser (only an <img> in the HTML) is stored from its bytes', async () => {
    const api = new FakeEditorApi();
    const editor = await body(api);
    paste(editor, [png('image.png')], { 'text/html': '<img src="https://example.com/a.png">' });
    await settle();
    await settle();
    expect(api.imports).toHaveLength(1);
    expect(types(editor)).toContain('figure');
  });

  it('a dropped image file becomes a figure; several files, several figures', async () => {
    const api = new FakeEditorApi();
    const editor = await body(api);
    const event = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperties(event, {
      dataTransfer: { value: clipboard([png('a.png'), png('b.png')]) },
      clientX: { value: 5000 },
      clientY: { value: 5000 },
    });
    const handled = editor.view.someProp('handleDrop', (f) => f(editor.view, event, Slice.empty, false));
    expect(handled).toBe(true);
    await settle();
    await settle();
    await settle();
    expect(api.imports.map((i) => i.fileName)).toEqual(['a.png', 'b.png']);
    expect(types(editor)?.filter((type) => type === 'figure')).toHaveLength(2);
  });

  it('a file that is not an image is not taken from a paste', async () => {
    const api = new FakeEditorApi();
    const editor = await body(api);
    expect(paste(editor, [new File(['%PDF'], 'звіт.pdf', { type: 'application/pdf' })])).toBe(false);
    await settle();
    expect(api.imports).toEqual([]);
  });
});
