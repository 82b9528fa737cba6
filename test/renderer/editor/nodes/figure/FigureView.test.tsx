import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sha256 } from '../../../../fixtures/sha256';
import { jpeg } from '../../../../fixtures/images';
import { destroyEditors, mountEditor, pressKey, settle } from '../../support/block-editor';
import { useEditorLibrary } from '../../support/real-editor-api';

const HASH = 'd'.repeat(64);
const SRC = `media/${HASH}.jpg`;
const figure = (attrs: Record<string, string>) => ({
  type: 'doc',
  content: [{ type: 'figure', attrs: { src: SRC, alt: '', caption: '', credit: '', ...attrs } }, { type: 'paragraph' }],
});

const openLibrary = useEditorLibrary();
afterEach(() => {
  destroyEditors();
  sessionStorage.clear();
});

describe('FigureView (the figure in the body)', () => {
  it('shows the stored image from the page’s media route, with its alt text', async () => {
    const library = await openLibrary();
    const photo = new Uint8Array(jpeg(40, 30));
    const src = await library.importMedia('депутати.jpg', photo);
    await mountEditor(figure({ src, alt: 'Депутати голосують' }), library.context());
    const image = screen.getByRole('img', { name: 'Депутати голосують' });
    // The open article's file, by its hash: what the media route serves from the library.
    expect(image.getAttribute('src')).toBe(`/media/${library.articleId}/${sha256(photo)}.jpg`);
    expect(Object.keys(await library.mediaFiles())).toEqual([`${sha256(photo)}.jpg`]);
    expect(screen.getByRole('figure', { name: 'Зображення' })).toBeTruthy();
  });

  it('loads nothing from another site: a web image is named, not shown', async () => {
    await mountEditor(figure({ src: 'https://cdn.example.com/photo.jpg' }));
    expect(document.querySelector('.figure img')).toBeNull();
    expect(screen.getByText(/Зображення з іншого сайту редактор не завантажує/).textContent).toContain(
      'https://cdn.example.com/photo.jpg',
    );
  });

  it('warns while the alt text is empty, and the warning goes once it is written', async () => {
    const editor = await mountEditor(figure({}));
    const alt = screen.getByLabelText('Опис для незрячих читачів (alt)');
    expect(alt.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Додайте опис зображення: без нього стаття не готова до публікації.')).toBeTruthy();
    fireEvent.change(alt, { target: { value: 'Засідання Верховної Ради' } });
    await settle();
    expect(editor.getJSON().content?.[0]?.attrs?.alt).toBe('Засідання Верховної Ради');
    expect(alt.getAttribute('aria-invalid')).toBe('false');
    expect(screen.queryByText(/Додайте опис зображення/)).toBeNull();
  });

  it('edits caption and credit in place; the credit is stored without «Фото:», which is shown beside it', async () => {
    const editor = await mountEditor(figure({ alt: 'x' }));
    fireEvent.change(screen.getByLabelText('Підпис'), { target: { value: 'Засідання Ради 19 грудня' } });
    fireEvent.change(screen.getByLabelText('Автор фото'), { target: { value: 'Олена Петренко' } });
    await settle();
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({
      src: SRC,
      alt: 'x',
      caption: 'Засідання Ради 19 грудня',
      credit: 'Олена Петренко',
    });
    expect(document.querySelector('.figure-credit')?.textContent).toContain('Фото:');
  });

  it('keys typed in its fields do not reach the body', async () => {
    const editor = await mountEditor(figure({ alt: 'x' }));
    const caption = screen.getByLabelText('Підпис');
    // Were the key the body's, Backspace would delete the selected figure.
    editor.commands.setNodeSelection(0);
    const before = editor.getJSON();
    const event = new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true, cancelable: true });
    caption.dispatchEvent(event);
    expect(editor.getJSON()).toEqual(before);
    expect(event.defaultPrevented).toBe(false);
  });

  it('Esc in a field goes back to the body with the figure selected', async () => {
    const editor = await mountEditor(figure({ alt: 'x' }));
    fireEvent.keyDown(screen.getByLabelText('Підпис'), { key: 'Escape' });
    expect(editor.state.selection.toJSON()).toEqual({ type: 'node', anchor: 0 });
  });

  it('Enter on the selected figure goes into its alt field', async () => {
    const editor = await mountEditor(figure({}));
    editor.commands.setNodeSelection(0);
    expect(pressKey(editor, 'Enter')).toBe(true);
    expect(document.activeElement).toBe(screen.getByLabelText('Опис для незрячих читачів (alt)'));
    expect(editor.getJSON()).toEqual(figure({}));
  });

  it('takes back a value undone in the body', async () => {
    const editor = await mountEditor(figure({ alt: 'перший опис' }));
    const alt = screen.getByLabelText('Опис для незрячих читачів (alt)') as HTMLInputElement;
    fireEvent.change(alt, { target: { value: 'другий опис' } });
    await settle();
    editor.commands.undo();
    await settle();
    expect(editor.getJSON().content?.[0]?.attrs?.alt).toBe('перший опис');
    expect(alt.value).toBe('перший опис');
  });

  it('says so when the image file is missing from the article folder', async () => {
    await mountEditor(figure({ alt: 'x' }));
    fireEvent.error(screen.getByRole('img'));
    await settle();
    expect(screen.getByText('Файл зображення не знайдено в папці статті.')).toBeTruthy();
  });
});
