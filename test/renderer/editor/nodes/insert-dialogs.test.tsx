import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../fixtures/sha256';
import { installDialogPolyfill } from '../../library/dialog-polyfill';
import { destroyEditors, mountEditor, settle } from '../support/block-editor';
import { useObjectUrls } from '../support/object-urls';
import { type EditorLibrary, useEditorLibrary } from '../support/real-editor-api';
import { cameraJpegWithoutMetadata, cameraPhoto, secretsIn } from '../../../fixtures/camera-photos';

beforeAll(installDialogPolyfill);
const openLibrary = useEditorLibrary();
useObjectUrls();
afterEach(() => {
  destroyEditors();
  document.body.innerHTML = '';
});

async function bodyWithEmptyLine(library?: EditorLibrary) {
  const editor = await mountEditor('<p>Перший абзац</p><p></p>', library?.context());
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

describe('dialogs opened from the body insert where the cursor was', () => {
  it('openImageDialog: a chosen file, its alt text → a figure; the dialog goes away', async () => {
    const library = await openLibrary();
    const editor = await bodyWithEmptyLine(library);
    editor.commands.openImageDialog();
    await settle();
    // A camera's photo, within the web size: it reaches the library without its camera data.
    const photo = cameraPhoto('camera.jpg');
    const stored = cameraJpegWithoutMetadata(photo);
    fireEvent.change(screen.getByLabelText('Файл зображення'), {
      target: { files: [new File([new Uint8Array(photo)], 'мітинг.jpg', { type: 'image/jpeg' })] },
    });
    await screen.findByText(/^«мітинг.jpg», 96 × 64 пікселів\./);
    fireEvent.change(screen.getByLabelText('Опис для незрячих читачів (alt)'), {
      target: { value: 'Мітинг на Майдані' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
    // Stored now, on insert: the dialog goes once the library has the file.
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const figure = editor.getJSON().content?.[1];
    expect(figure?.type).toBe('figure');
    expect(figure?.attrs).toEqual({
      src: `media/${sha256(stored)}.jpg`,
      alt: 'Мітинг на Майдані',
      caption: '',
      credit: '',
    });
    expect(await library.mediaFiles()).toEqual({ [`${sha256(stored)}.jpg`]: stored });
    expect(secretsIn(stored)).toEqual([]);
    // The notice under the body says what was taken out.
    const notice = screen.getByText('З фото вилучено дані камери й місця зйомки для бібліотеки.');
    expect(notice.closest('[role="status"]')).not.toBeNull();
    // Shown from the open article's media, where the file is.
    expect(screen.getByRole('img', { name: 'Мітинг на Майдані' }).getAttribute('src')).toBe(
      `/media/${library.articleId}/${sha256(stored)}.jpg`,
    );
  });

  it('openEmbedDialog: a post URL → its card', async () => {
    const editor = await bodyWithEmptyLine();
    editor.commands.openEmbedDialog();
    await settle();
    fireEvent.change(screen.getByLabelText('Посилання на допис'), { target: { value: 't.me/ukrpravda_news/123' } });
    fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
    await settle();
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'embed',
      attrs: { provider: 'telegram', url: 'https://t.me/ukrpravda_news/123', id: 'ukrpravda_news/123' },
    });
    expect(screen.getByRole('group', { name: 'Вбудований допис: Telegram' })).toBeTruthy();
  });

  it('openReadAlsoPicker: found articles → one «Читайте також» listing them; the block opens again to change it', async () => {
    const library = await openLibrary();
    const other = await library.createArticle('Рада підтримала перейменування копійки');
    const editor = await bodyWithEmptyLine(library);
    editor.commands.openReadAlsoPicker();
    await screen.findByRole('option', { name: /копійки/ });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
    await settle();
    const block = editor.getJSON().content?.[1];
    expect(block?.type).toBe('readAlso');
    expect(block?.attrs?.articles).toEqual([
      { articleId: other.id, headline: 'Рада підтримала перейменування копійки', date: expect.any(String) },
    ]);

    // Selected and opened again (Enter), the block's list is changed in place, not a second block added.
    editor.commands.setNodeSelection(editor.state.doc.child(0).nodeSize);
    editor.commands.keyboardShortcut('Enter');
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Прибрати: Рада підтримала перейменування копійки' }));
    expect(screen.getByRole('button', { name: 'Зберегти' }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Скасувати' }));
    await settle();
    expect(editor.getJSON().content?.filter((node) => node.type === 'readAlso')).toHaveLength(1);
  });

  it('Cancel inserts nothing', async () => {
    const editor = await bodyWithEmptyLine();
    const before = editor.getJSON();
    editor.commands.openEmbedDialog();
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Скасувати' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(editor.getJSON()).toEqual(before);
  });

  it('a dialog goes away with its editor (switching articles)', async () => {
    const library = await openLibrary();
    const editor = await bodyWithEmptyLine(library);
    editor.commands.openReadAlsoPicker();
    await settle();
    expect(screen.getByRole('dialog')).toBeTruthy();
    editor.destroy();
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('.editor-dialog-host')).toBeNull();
  });
});
