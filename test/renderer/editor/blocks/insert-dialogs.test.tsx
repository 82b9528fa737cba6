import { fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../library/dialog-polyfill';
import { fakeArticle } from '../../library/fake-library-api';
import { ARTICLE_ID, blockContext, destroyEditors, FakeEditorApi, mountEditor, settle } from './support/block-editor';

beforeAll(installDialogPolyfill);
afterEach(() => {
  destroyEditors();
  document.body.innerHTML = '';
});

async function bodyWithEmptyLine(api = new FakeEditorApi()) {
  const editor = await mountEditor('<p>Перший абзац</p><p></p>', blockContext(api));
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

describe('dialogs opened from the body insert where the cursor was', () => {
  it('openImageDialog: a chosen file, its alt text → a figure; the dialog goes away', async () => {
    const editor = await bodyWithEmptyLine();
    editor.commands.openImageDialog();
    await settle();
    fireEvent.change(screen.getByLabelText('Файл зображення'), {
      target: { files: [new File([new Uint8Array([1, 2, 3])], 'мітинг.jpg', { type: 'image/jpeg' })] },
    });
    await screen.findByText('Зображення «мітинг.jpg» збережено.');
    fireEvent.change(screen.getByLabelText('Опис для незрячих читачів (alt)'), {
      target: { value: 'Мітинг на Майдані' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Вставити' }));
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    const figure = editor.getJSON().content?.[1];
    expect(figure?.type).toBe('figure');
    expect(figure?.attrs).toMatchObject({ alt: 'Мітинг на Майдані', caption: '', credit: '' });
    expect(String(figure?.attrs?.src)).toMatch(/^media\/[0-9a-f]{64}\.jpg$/);
    expect(screen.getByRole('img', { name: 'Мітинг на Майдані' }).getAttribute('src')).toContain(
      `/media/${ARTICLE_ID}/`,
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

  it('openReadAlsoPicker: a found article → «Читайте також» with its headline', async () => {
    const api = new FakeEditorApi([
      fakeArticle({ id: 'm3k9x2ac-00000001', headline: 'Рада підтримала перейменування копійки' }),
    ]);
    const editor = await bodyWithEmptyLine(api);
    editor.commands.openReadAlsoPicker();
    await screen.findByRole('option', { name: /копійки/ });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    await settle();
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'readAlso',
      attrs: { articleId: 'm3k9x2ac-00000001', headline: 'Рада підтримала перейменування копійки' },
    });
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
    const editor = await bodyWithEmptyLine();
    editor.commands.openReadAlsoPicker();
    await settle();
    expect(screen.getByRole('dialog')).toBeTruthy();
    editor.destroy();
    await settle();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('.editor-dialog-host')).toBeNull();
  });
});
