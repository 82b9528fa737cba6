import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractRtfImages } from '../../../../../renderer/src/editor/features/paste/rtf-images';
import { sha256 } from '../../../../fixtures/sha256';
import { createEditor, destroyEditors, pressKey, settle } from '../../support/block-editor';
import { useEditorLibrary } from '../../support/real-editor-api';
import { clipboardEvent, fixture, outline, pasteHtml, pasteText, runs } from './support/clipboard';

afterEach(() => {
  destroyEditors();
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

const PROMPT = 'Зображення зі вставленого тексту';
const prompt = () => screen.queryByRole('status', { name: PROMPT });
/** The pictures the RTF carries, as bytes: what must end up in the article's media folder. */
const rtfPictures = () =>
  extractRtfImages(fixture('word/images-constructed.rtf')).map((image) => Buffer.from(image.base64, 'base64'));

/**
 * Word's copy of two captions, each followed by a picture (a PNG, then a JPEG): HTML naming temp files,
 * RTF carrying the pictures. A constructed sample, see test/fixtures/paste/word/README.md.
 */
function pasteWordPictures(editor: Editor, withRtf = true): void {
  pasteHtml(
    editor,
    fixture('word/images-constructed.html'),
    withRtf ? { 'text/rtf': fixture('word/images-constructed.rtf') } : {},
  );
}

const FIRST = 'Перше зображення — PNG:';
const SECOND = 'Друге зображення — JPEG:';

describe('pictures from Word’s temp files wait for the journalist’s consent', () => {
  const openLibrary = useEditorLibrary();

  it('leaves them out, loads nothing, and says how many there were', async () => {
    const library = await openLibrary();
    const editor = createEditor('<p></p>', library.context());
    pasteWordPictures(editor);
    await settle();
    expect(library.api.calls).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
    expect(outline(editor.getJSON())).toEqual([{ p: FIRST }, { p: SECOND }]);
    expect(JSON.stringify(editor.getJSON())).not.toMatch(/file:|\uFFFC|"figure"/);
    expect(document.querySelector('img')).toBeNull();
    expect(prompt()?.textContent).toContain('У вставленому тексті було 2 зображення з Word.');
    expect(screen.getByRole('button', { name: 'Вставити зображення' })).toBeTruthy();
  });

  it('with consent, stores the RTF’s pictures in the article’s media and puts figures where they stood', async () => {
    const library = await openLibrary();
    const editor = createEditor('<p></p>', library.context());
    pasteWordPictures(editor);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Вставити зображення' }));
    await waitFor(() => expect(prompt()).toBeNull());

    const [png, jpeg] = rtfPictures();
    if (!png || !jpeg) throw new Error('the Word sample carries two pictures');
    expect(library.api.callsOf('media.import').map((input) => input.fileName)).toEqual([
      'pasted-image-1.png',
      'pasted-image-2.jpg',
    ]);
    // The pictures' own bytes, in the open article's folder, named by their hash.
    expect(await library.mediaFiles()).toEqual({ [`${sha256(png)}.png`]: png, [`${sha256(jpeg)}.jpg`]: jpeg });
    // Each picture under its own caption: the PNG after the first paragraph, the JPEG after the second.
    expect(editor.getJSON().content).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: FIRST }] },
      { type: 'figure', attrs: { src: `media/${sha256(png)}.png`, alt: '', caption: '', credit: '' } },
      { type: 'paragraph', content: [{ type: 'text', text: SECOND }] },
      { type: 'figure', attrs: { src: `media/${sha256(jpeg)}.jpg`, alt: '', caption: '', credit: '' } },
      { type: 'paragraph' },
    ]);

    // One Ctrl+Z takes both pictures back out, and nothing else.
    editor.commands.undo();
    expect(outline(editor.getJSON())).toEqual([{ p: FIRST }, { p: SECOND }]);
  });

  it('puts the figures in the right place even after the text around them was edited', async () => {
    const library = await openLibrary();
    const editor = createEditor('<p>Вступ.</p><p></p>', library.context());
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    pasteWordPictures(editor);
    await settle();
    editor.chain().setTextSelection(1).insertContent('Дуже короткий ').run();
    fireEvent.click(screen.getByRole('button', { name: 'Вставити зображення' }));
    await waitFor(() => expect(prompt()).toBeNull());
    expect(editor.getJSON().content?.map((block) => block.type)).toEqual([
      'paragraph',
      'paragraph',
      'figure',
      'paragraph',
      'figure',
      'paragraph',
    ]);
    expect(outline(editor.getJSON()).slice(0, 4)).toEqual([
      { p: 'Дуже короткий Вступ.' },
      { p: FIRST },
      expect.objectContaining({ figure: expect.anything() }),
      { p: SECOND },
    ]);
  });

  it('inserts nothing when the journalist declines, and the offer goes', async () => {
    const library = await openLibrary();
    const editor = createEditor('<p></p>', library.context());
    pasteWordPictures(editor);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Не вставляти' }));
    await settle();
    expect(prompt()).toBeNull();
    expect(library.api.calls).toEqual([]);
    expect(await library.mediaFiles()).toEqual({});
    expect(JSON.stringify(editor.getJSON())).not.toContain('figure');
  });

  it('shows a failed import and inserts nothing until a retry succeeds', async () => {
    const library = await openLibrary();
    const diskFull = library.failMediaWrites('ENOSPC');
    const editor = createEditor('<p></p>', library.context());
    pasteWordPictures(editor);
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Вставити зображення' }));
    await waitFor(() =>
      expect(prompt()?.textContent).toContain(
        'Не вдалося вставити зображення: Не вдалося зберегти зображення: на диску закінчилося місце.',
      ),
    );
    expect(diskFull.hits).toBe(1);
    expect(JSON.stringify(editor.getJSON())).not.toContain('figure');
    expect(await library.mediaFiles()).toEqual({});

    // The disk has room again.
    fireEvent.click(screen.getByRole('button', { name: 'Вставити зображення' }));
    await waitFor(() => expect(prompt()).toBeNull());
    expect(editor.getJSON().content?.filter((block) => block.type === 'figure')).toHaveLength(2);
    expect(Object.keys(await library.mediaFiles())).toHaveLength(2);
  });

  it('says to add the pictures from files when the clipboard had no RTF with them', async () => {
    const editor = createEditor('<p></p>');
    pasteHtml(editor, fixture('word/table-lists.html'));
    await settle();
    expect(prompt()?.textContent).toContain('У вставленому тексті було 1 зображення з Word.');
    expect(prompt()?.textContent).toContain('додайте зображення до статті з диска');
    expect(screen.queryByRole('button', { name: 'Вставити зображення' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Зрозуміло' }));
    await settle();
    expect(prompt()).toBeNull();
  });

  it('keeps the offer when only a later edit is undone', async () => {
    const editor = createEditor('<p></p>');
    pasteWordPictures(editor);
    await settle();
    editor.view.dispatch(closeHistory(editor.state.tr.insertText('Вступ. ', 1)));
    editor.commands.undo();
    await settle();
    expect(outline(editor.getJSON())).toEqual([{ p: FIRST }, { p: SECOND }]);
    expect(prompt()).not.toBeNull();
  });

  it('withdraws the offer when the paste is undone', async () => {
    const editor = createEditor('<p></p>');
    pasteWordPictures(editor);
    await settle();
    expect(prompt()).not.toBeNull();
    editor.commands.undo();
    await settle();
    expect(editor.getText()).toBe('');
    expect(prompt()).toBeNull();
  });
});

describe('plain text', () => {
  it('a text-only paste keeps its paragraphs', () => {
    const editor = createEditor();
    pasteText(editor, 'Перший абзац.\r\nДругий абзац.\n\nТретій абзац.');
    expect(outline(editor.getJSON())).toEqual([{ p: 'Перший абзац.' }, { p: 'Другий абзац.' }, { p: 'Третій абзац.' }]);
  });

  it('Ctrl+Shift+V pastes the text without its formatting, even from HTML', () => {
    const editor = createEditor();
    pressKey(editor, 'V', { ctrlKey: true, shiftKey: true, code: 'KeyV' });
    pasteHtml(editor, fixture('google-docs/inline-formatting.html'), {
      'text/plain': 'This is a test of inline formatting.\n\nThis is bold and italic.',
    });
    expect(outline(editor.getJSON())).toEqual([
      { p: 'This is a test of inline formatting.' },
      { p: 'This is bold and italic.' },
    ]);
    expect(runs(editor.getJSON()).flatMap((run) => run.marks)).toEqual([]);
  });

  it('Cmd+Shift+V does the same on a Mac, and drops the formatting at the cursor too', () => {
    vi.spyOn(navigator, 'platform', 'get').mockReturnValue('MacIntel');
    const editor = createEditor('<p><strong>Жирний</strong></p>');
    editor.commands.setTextSelection(7);
    const event = clipboardEvent({ 'text/html': '<p><em>курсив</em></p>', 'text/plain': 'курсив' });
    pressKey(editor, 'v', { metaKey: true, shiftKey: true, code: 'KeyV' });
    editor.view.dom.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(true);
    expect(runs(editor.getJSON())).toEqual([
      { text: 'Жирний', marks: ['bold'] },
      { text: 'курсив', marks: [] },
    ]);
  });

  it('a shortcut pressed earlier does not turn a later ordinary paste plain', () => {
    const editor = createEditor();
    pressKey(editor, 'V', { ctrlKey: true, shiftKey: true, code: 'KeyV' });
    pressKey(editor, 'ArrowLeft');
    pasteHtml(editor, '<p><strong>жирний</strong></p>', { 'text/plain': 'жирний' });
    expect(runs(editor.getJSON())).toEqual([{ text: 'жирний', marks: ['bold'] }]);
  });
});

describe('what was copied inside the editor', () => {
  it('pastes back as it was, figures included', () => {
    const src = `media/${'a'.repeat(64)}.png`;
    const editor = createEditor(
      `<p>Текст <strong>жирний</strong></p><figure><img src="${src}" alt="Фото"><figcaption>Підпис</figcaption></figure><p></p>`,
    );
    const copied = editor.state.doc.slice(0, editor.state.doc.content.size - 2);
    const { dom } = editor.view.serializeForClipboard(copied);
    const target = createEditor();
    pasteHtml(target, dom.innerHTML);
    expect(target.getJSON().content?.slice(0, 2)).toEqual(editor.getJSON().content?.slice(0, 2));
  });
});
