import type { Editor } from '@tiptap/core';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installDialogPolyfill } from '../../../library/dialog-polyfill';
import type { BodyEditorContext } from '../../../../../renderer/src/editor/body-editor-context';
import { destroyEditors, mountEditor, pressKey, settle, typeText } from '../../support/block-editor';
import { useEditorLibrary } from '../../support/real-editor-api';

const openLibrary = useEditorLibrary();

beforeAll(installDialogPolyfill);
afterEach(() => {
  destroyEditors();
  document.body.innerHTML = '';
});

const menu = () => screen.queryByRole('listbox', { name: 'Вставити блок' });
const options = () =>
  within(menu() as HTMLElement)
    .getAllByRole('option')
    .map((option) => option.textContent);
const blocks = (editor: Editor) => editor.getJSON().content?.map((block) => block.type);

async function type(editor: Editor, text: string) {
  typeText(editor, text);
  await settle();
}

async function press(editor: Editor, key: string) {
  const taken = pressKey(editor, key);
  await settle();
  return taken;
}

async function emptyBody(context?: BodyEditorContext) {
  const editor = await mountEditor('<p>Перший абзац</p><p></p>', context);
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  return editor;
}

describe('slash menu', () => {
  it('«/» at the start of an empty paragraph lists every block, the first one active', async () => {
    const editor = await emptyBody();
    await type(editor, '/');
    expect(options()).toEqual([
      'Заголовок 2',
      'Заголовок 3',
      'Маркований список',
      'Нумерований список',
      'Цитата',
      'Зображення',
      'Вбудувати допис (Telegram, YouTube, X, Facebook)',
      'Читайте також',
      'Нагадаємо',
      'Таблиця',
      'Розділювач',
    ]);
    const body = editor.view.dom;
    expect(body.getAttribute('aria-controls')).toBe(menu()?.id);
    expect(document.getElementById(body.getAttribute('aria-activedescendant') ?? '')?.textContent).toBe('Заголовок 2');
  });

  it('«/наг» + Enter makes the paragraph a «Нагадаємо» recap, without the typed command', async () => {
    const editor = await emptyBody();
    await type(editor, '/наг');
    expect(options()).toEqual(['Нагадаємо']);
    expect(await press(editor, 'Enter')).toBe(true);
    expect(menu()).toBeNull();
    expect(blocks(editor)?.slice(0, 2)).toEqual(['paragraph', 'recap']);
    expect(editor.getText()).not.toContain('/');
    await type(editor, 'раніше ми писали');
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'recap',
      content: [{ type: 'text', text: 'раніше ми писали' }],
    });
  });

  it('↓ and ↑ move the active item (the body says which), Enter inserts it: a divider', async () => {
    const editor = await emptyBody();
    await type(editor, '/р');
    // The label that starts with the query first, then the others that contain it.
    expect(options()[0]).toBe('Розділювач');
    expect(options().length).toBeGreaterThan(2);
    const active = () =>
      document.getElementById(editor.view.dom.getAttribute('aria-activedescendant') ?? '')?.textContent;
    const first = active();
    await press(editor, 'ArrowDown');
    expect(active()).not.toBe(first);
    await press(editor, 'ArrowUp');
    expect(active()).toBe(first);
    await press(editor, 'ArrowUp'); // wraps to the last
    expect(active()).toBe(options().at(-1));
    await type(editor, 'озд');
    expect(options()).toEqual(['Розділювач']);
    await press(editor, 'Enter');
    expect(blocks(editor)).toEqual(['paragraph', 'horizontalRule', 'paragraph']);
  });

  it('Esc closes the menu and leaves what was typed', async () => {
    const editor = await emptyBody();
    await type(editor, '/ци');
    expect(menu()).not.toBeNull();
    await press(editor, 'Escape');
    expect(menu()).toBeNull();
    expect(editor.view.dom.hasAttribute('aria-activedescendant')).toBe(false);
    expect(editor.getText()).toContain('/ци');
  });

  it('does not open for a slash inside a sentence, or in a paragraph that has text', async () => {
    const editor = await mountEditor('<p>Ціна 100 грн</p>');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    await type(editor, '/кг');
    expect(menu()).toBeNull();
    editor.commands.setTextSelection(1);
    await type(editor, '/');
    expect(menu()).toBeNull();
  });

  it('says when no block matches; Enter then is an ordinary Enter', async () => {
    const editor = await emptyBody();
    await type(editor, '/діаграма');
    expect(menu()).toBeNull();
    expect(screen.getByText('Немає такого блоку')).toBeTruthy();
    expect(await press(editor, 'Enter')).toBe(true);
    expect(blocks(editor)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('a click picks an item', async () => {
    const editor = await emptyBody();
    await type(editor, '/');
    fireEvent.mouseDown(screen.getByRole('option', { name: 'Заголовок 3' }));
    await settle();
    expect(editor.getJSON().content?.[1]).toEqual({ type: 'heading', attrs: { level: 3 } });
  });

  it.each([
    ['/цит', 'Цитата', 'blockquote'],
    ['/марк', 'Маркований список', 'bulletList'],
    ['/нумер', 'Нумерований список', 'orderedList'],
  ])('«%s» inserts %s', async (query, label, type_) => {
    const editor = await emptyBody();
    await type(editor, query);
    expect(options()[0]).toBe(label);
    await press(editor, 'Enter');
    expect(blocks(editor)?.[1]).toBe(type_);
  });

  it.each([
    ['/зобр', 'Додати зображення'],
    ['/вбуд', 'Вбудувати допис'],
    ['/читайте', 'Читайте також: оберіть статті'],
  ])('«%s» opens the dialog «%s»', async (query, title) => {
    // The dialogs work with the library (the «Читайте також» picker searches it at once): a real one.
    const editor = await emptyBody((await openLibrary()).context());
    await type(editor, query);
    await press(editor, 'Enter');
    expect(await screen.findByRole('dialog', { name: title })).toBeTruthy();
    expect(editor.getText()).not.toContain('/');
  });
});
