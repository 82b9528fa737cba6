import type { Editor } from '@tiptap/core';
import { Slice } from '@tiptap/pm/model';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../../../fixtures/sha256';
import { png as realPng } from '../../../../fixtures/images';
import { destroyEditors, mountEditor, settle } from '../../support/block-editor';
import { type EditorLibrary, useEditorLibrary } from '../../support/real-editor-api';

const openLibrary = useEditorLibrary();
afterEach(() => {
  destroyEditors();
  document.body.innerHTML = '';
});

/** A few bytes that start like a PNG; `last` tells one picture from another. */
/** A real PNG header (the service stores only what its bytes show to be a picture); `seed` tells two apart. */
const pngBytes = (seed = 7) => new Uint8Array(realPng(2, 2, seed));
const png = (name = 'скріншот.png', bytes = pngBytes()) => new File([bytes], name, { type: 'image/png' });
/** Where the library stores these bytes, and what a figure's src then says. */
const stored = (bytes: Uint8Array) => `media/${sha256(bytes)}.png`;

function clipboard(files: File[], data: Record<string, string> = {}) {
  return { files, getData: (type: string) => data[type] ?? '', types: Object.keys(data), items: [] };
}

function paste(editor: Editor, files: File[], data: Record<string, string> = {}): boolean {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: clipboard(files, data) });
  editor.view.dom.dispatchEvent(event);
  return event.defaultPrevented;
}

async function body(library: EditorLibrary) {
  const editor = await mountEditor('<p>Перший абзац</p><p></p>', library.context());
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

const types = (editor: Editor) => editor.getJSON().content?.map((block) => block.type);
const figureSources = (editor: Editor) =>
  editor.getJSON().content?.flatMap((block) => (block.type === 'figure' ? [block.attrs?.src] : []));

/** The article's media folder as it is on disk: file name → bytes. */
const onDisk = (...pictures: Uint8Array[]) =>
  Object.fromEntries(pictures.map((bytes) => [stored(bytes).slice('media/'.length), Buffer.from(bytes)]));

describe('images pasted or dropped as files', () => {
  it('a pasted screenshot is stored, becomes a figure and asks for its alt text', async () => {
    const library = await openLibrary();
    const editor = await body(library);
    expect(paste(editor, [png()])).toBe(true);
    await waitFor(() => expect(types(editor)?.slice(0, 2)).toEqual(['paragraph', 'figure']));
    await settle();
    expect(editor.getJSON().content?.[1]?.attrs).toEqual({ src: stored(pngBytes()), alt: '', caption: '', credit: '' });
    expect(await library.mediaFiles()).toEqual(onDisk(pngBytes()));
    expect(document.activeElement).toBe(screen.getByLabelText('Опис для незрячих читачів (alt)'));
  });

  it('shows where and what is being stored until it is done, without touching the document or undo', async () => {
    const library = await openLibrary();
    library.api.hold('media.import');
    const editor = await body(library);
    const before = editor.getJSON();
    paste(editor, [png('фото.png')]);
    await waitFor(() => expect(library.api.heldCalls()).toEqual(['media.import']));
    expect(screen.getByRole('status').textContent).toBe('Зберігаємо «фото.png» у папці статті…');
    expect(editor.getJSON()).toEqual(before);
    expect(editor.can().undo()).toBe(false);
    await act(() => library.api.release());
    await settle();
    expect(document.querySelector('.upload-placeholder')).toBeNull();
    expect(figureSources(editor)).toEqual([stored(pngBytes())]);
  });

  it('a refused file says why in words, and the note can be dismissed', async () => {
    const library = await openLibrary();
    const diskFull = library.failMediaWrites('ENOSPC');
    const editor = await body(library);
    paste(editor, [png('фото.png')]);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(
      'Не вдалося зберегти «фото.png» на диск: Не вдалося зберегти зображення: на диску закінчилося місце.',
    );
    expect(diskFull.hits).toBe(1);
    expect(types(editor)).not.toContain('figure');
    expect(await library.mediaFiles()).toEqual({});
    fireEvent.click(screen.getByRole('button', { name: 'Закрити' }));
    await settle();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('HTML with text (Word, a web page) is left to the paste cleaner, even with an image file beside it', async () => {
    const library = await openLibrary();
    const editor = await body(library);
    paste(editor, [png()], { 'text/html': '<p>Текст з Word</p>', 'text/plain': 'Текст з Word' });
    await settle();
    await settle();
    expect(library.api.callsOf('media.import')).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
    expect(editor.getText()).toContain('Текст з Word');
  });

  it('an image copied in a browser (only an <img> in the HTML) is stored from its bytes', async () => {
    const library = await openLibrary();
    const editor = await body(library);
    paste(editor, [png('image.png')], { 'text/html': '<img src="https://example.com/a.png">' });
    await waitFor(() => expect(figureSources(editor)).toEqual([stored(pngBytes())]));
    expect(await library.mediaFiles()).toEqual(onDisk(pngBytes()));
  });

  it('a dropped image file becomes a figure; several files, several figures', async () => {
    const library = await openLibrary();
    const editor = await body(library);
    const [a, b] = [pngBytes(1), pngBytes(2)];
    const event = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent;
    Object.defineProperties(event, {
      dataTransfer: { value: clipboard([png('a.png', a), png('b.png', b)]) },
      clientX: { value: 5000 },
      clientY: { value: 5000 },
    });
    const handled = editor.view.someProp('handleDrop', (f) => f(editor.view, event, Slice.empty, false));
    expect(handled).toBe(true);
    // In the order they were dropped.
    await waitFor(() => expect(figureSources(editor)).toEqual([stored(a), stored(b)]));
    expect(await library.mediaFiles()).toEqual(onDisk(a, b));
  });

  it('a file that is not an image is not taken from a paste', async () => {
    const library = await openLibrary();
    const editor = await body(library);
    expect(paste(editor, [new File(['%PDF'], 'звіт.pdf', { type: 'application/pdf' })])).toBe(false);
    await settle();
    expect(library.api.callsOf('media.import')).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
  });
});
