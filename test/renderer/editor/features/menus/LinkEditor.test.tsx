import type { Editor } from '@tiptap/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { LinkEditor } from '../../../../../renderer/src/editor/features/menus/LinkEditor';
import { EditorToolbar } from '../../../../../renderer/src/editor/features/toolbar/EditorToolbar';
import { createBodyEditor, linksIn, typeText } from '../../support/body-editor';
import { installLayoutStubs } from '../../support/layout-stubs';

beforeAll(installLayoutStubs);

let editor: Editor;
afterEach(() => editor.destroy());

function setup(content: string, selection: { from: number; to: number }) {
  editor = createBodyEditor(content);
  render(
    <>
      <EditorToolbar editor={editor} />
      <LinkEditor editor={editor} />
    </>,
  );
  act(() => {
    editor.view.focus();
    editor.commands.setTextSelection(selection);
  });
}

/** Ctrl+K as the browser delivers it to the focused body. */
function pressCtrlK() {
  const event = new KeyboardEvent('keydown', {
    key: 'k',
    code: 'KeyK',
    keyCode: 75,
    ctrlKey: true,
    bubbles: true,
    cancelable: true,
  });
  act(() => {
    editor.view.dom.dispatchEvent(event);
  });
  return event;
}

const links = () => linksIn(editor);

const urlField = () => screen.getByRole('textbox', { name: 'Адреса' });

describe('LinkEditor: adding a link', () => {
  it('Ctrl+K in the body opens it for the selection, with the focus in the address field', () => {
    setup('<p>Читайте на сайті редакції.</p>', { from: 12, to: 17 });
    const event = pressCtrlK();
    expect(event.defaultPrevented).toBe(true);
    const dialog = screen.getByRole('dialog', { name: 'Додати посилання' });
    expect(document.activeElement).toBe(urlField());
    // Text is selected: no separate text field.
    expect(within(dialog).queryByRole('textbox', { name: 'Текст посилання' })).toBeNull();
    expect(within(dialog).queryByRole('button', { name: 'Прибрати посилання' })).toBeNull();
  });

  it('a bare address gets https://, the selected words become the link, and the focus returns to the text', async () => {
    setup('<p>Читайте на сайті редакції.</p>', { from: 12, to: 17 });
    pressCtrlK();
    fireEvent.change(urlField(), { target: { value: 'example.com/news' } });
    fireEvent.click(screen.getByRole('button', { name: 'Застосувати' }));
    expect(links()).toEqual([{ text: 'сайті', href: 'https://example.com/news' }]);
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));
  });

  it('refuses javascript: with a Ukrainian message and links nothing', () => {
    setup('<p>Читайте на сайті редакції.</p>', { from: 12, to: 17 });
    pressCtrlK();
    fireEvent.change(urlField(), { target: { value: 'javascript:alert(document.cookie)' } });
    fireEvent.submit(urlField().closest('form') as HTMLFormElement);
    expect(screen.getByRole('alert').textContent).toBe(
      'Таке посилання небезпечне, тому його не додано. Можна лише адреси https://, http://, mailto: і tel:.',
    );
    expect(urlField().getAttribute('aria-invalid')).toBe('true');
    expect(urlField().getAttribute('aria-describedby')).toBe(screen.getByRole('alert').id);
    expect(links()).toEqual([]);
    // Correcting the address clears the message.
    fireEvent.change(urlField(), { target: { value: 'https://example.com/' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when the text is not an address, or is empty', () => {
    setup('<p>Читайте на сайті редакції.</p>', { from: 12, to: 17 });
    pressCtrlK();
    fireEvent.change(urlField(), { target: { value: 'просто слова' } });
    fireEvent.click(screen.getByRole('button', { name: 'Застосувати' }));
    expect(screen.getByRole('alert').textContent).toBe(
      'Це не схоже на адресу. Приклад: https://example.com або example.com',
    );
    fireEvent.change(urlField(), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Застосувати' }));
    expect(screen.getByRole('alert').textContent).toBe('Вкажіть адресу посилання.');
    expect(links()).toEqual([]);
  });

  it('with nothing selected it asks for the text too, inserts it linked, and the next words are plain', () => {
    setup('<p>Джерело:</p>', { from: 9, to: 9 });
    typeText(editor, ' ');
    pressCtrlK();
    fireEvent.change(urlField(), { target: { value: 'ukrinform.ua' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Текст посилання' }), { target: { value: 'Укрінформ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Застосувати' }));
    typeText(editor, ', далі текст');
    expect(links()).toEqual([{ text: 'Укрінформ', href: 'https://ukrinform.ua/' }]);
    expect(editor.state.doc.textContent).toBe('Джерело: Укрінформ, далі текст');
  });

  it('Ctrl+K inside the form stays in the form (it does not reach the library search)', () => {
    setup('<p>Читайте на сайті редакції.</p>', { from: 12, to: 17 });
    pressCtrlK();
    const reachedWindow: KeyboardEvent[] = [];
    const listener = (event: KeyboardEvent) => reachedWindow.push(event);
    window.addEventListener('keydown', listener);
    fireEvent.keyDown(urlField(), { key: 'k', code: 'KeyK', ctrlKey: true });
    window.removeEventListener('keydown', listener);
    expect(reachedWindow).toEqual([]);
    expect(document.activeElement).toBe(urlField());
  });

  it('Escape closes it without a change and gives the focus back to the text', async () => {
    setup('<p>Читайте на сайті редакції.</p>', { from: 12, to: 17 });
    pressCtrlK();
    fireEvent.change(urlField(), { target: { value: 'example.com' } });
    fireEvent.keyDown(urlField(), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(links()).toEqual([]);
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));
    expect(editor.state.selection.from).toBe(12);
  });

  it('opened from the toolbar by keyboard, Escape returns to the toolbar button', () => {
    setup('<p>Читайте на сайті редакції.</p>', { from: 12, to: 17 });
    const linkButton = screen.getByRole('button', { name: 'Посилання' });
    linkButton.focus();
    fireEvent.click(linkButton);
    expect(document.activeElement).toBe(urlField());
    fireEvent.keyDown(urlField(), { key: 'Escape' });
    expect(document.activeElement).toBe(linkButton);
  });
});

describe('LinkEditor: an existing link', () => {
  const content = '<p>Див. <a href="https://old.example.com/">стару статтю</a> тут.</p>';

  it('the caret anywhere in the link opens it filled in; a new address goes to the whole link', () => {
    setup(content, { from: 10, to: 10 });
    pressCtrlK();
    expect(screen.getByRole('dialog', { name: 'Змінити посилання' })).toBeTruthy();
    expect((urlField() as HTMLInputElement).value).toBe('https://old.example.com/');
    fireEvent.change(urlField(), { target: { value: 'https://new.example.com/a' } });
    fireEvent.click(screen.getByRole('button', { name: 'Застосувати' }));
    expect(links()).toEqual([{ text: 'стару статтю', href: 'https://new.example.com/a' }]);
  });

  it('«Прибрати посилання» takes the link off the whole link; the words stay', () => {
    setup(content, { from: 10, to: 10 });
    pressCtrlK();
    fireEvent.click(screen.getByRole('button', { name: 'Прибрати посилання' }));
    expect(links()).toEqual([]);
    expect(editor.state.doc.textContent).toBe('Див. стару статтю тут.');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('the toolbar shows the link as pressed while the caret is in it', async () => {
    setup(content, { from: 10, to: 10 });
    const pressed = () => screen.getByRole('button', { name: 'Посилання' }).getAttribute('aria-pressed');
    // The toolbar's flags settle after the transaction, when the page is idle (ItemStateStore).
    await waitFor(() => expect(pressed()).toBe('true'));
    act(() => editor.commands.setTextSelection(3));
    await waitFor(() => expect(pressed()).toBe('false'));
  });
});
