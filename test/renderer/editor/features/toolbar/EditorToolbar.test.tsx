import type { Editor } from '@tiptap/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { onMenuRequest, type MenuRequest } from '../../../../../renderer/src/editor/features/menus/menu-requests';
import { onShortcutHelpRequest } from '../../../../../renderer/src/editor/features/shortcuts/help-requests';
import { EditorToolbar } from '../../../../../renderer/src/editor/features/toolbar/EditorToolbar';
import type { ToolbarInsertItem } from '../../../../../renderer/src/editor/features/toolbar/InsertMenu';
import { createBodyEditor, pressKey, typeText } from '../../support/body-editor';
import { installLayoutStubs } from '../../support/layout-stubs';

beforeAll(installLayoutStubs);

let editor: Editor;
afterEach(() => editor.destroy());

function renderToolbar(content: string, insertItems?: ToolbarInsertItem[]) {
  editor = createBodyEditor(content);
  const renders = { count: 0 };
  render(
    <Profiler id="toolbar" onRender={() => renders.count++}>
      <EditorToolbar editor={editor} insertItems={insertItems} />
    </Profiler>,
  );
  const toolbar = screen.getByRole('toolbar', { name: 'Форматування тексту' });
  const button = (name: string) => within(toolbar).getByRole('button', { name });
  return { toolbar, button, renders };
}

/** Where the toolbar's flags settle (ItemStateStore): jsdom has no idle callbacks, so the next task. */
const settled = () => act(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));

/** Runs editor commands inside act() and lets the toolbar's flags settle after their transactions. */
async function edit(run: () => void): Promise<void> {
  act(run);
  await settled();
}

describe('EditorToolbar: labels and tooltips', () => {
  it('names every button in Ukrainian, in the order of the brief', () => {
    const { toolbar } = renderToolbar('<p>Текст</p>');
    const names = within(toolbar)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual([
      'Звичайний абзац',
      'Заголовок 2',
      'Заголовок 3',
      'Жирний',
      'Курсив',
      'Підкреслений',
      'Закреслений',
      'Посилання',
      'Маркований список',
      'Нумерований список',
      'Цитата',
      'Розділювач',
      'Скасувати',
      'Повторити',
      'Гарячі клавіші',
    ]);
  });

  it('tooltips and aria-keyshortcuts quote the shortcut table', () => {
    const { button } = renderToolbar('<p>Текст</p>');
    expect(button('Жирний').title).toBe('Жирний (Ctrl+B)');
    expect(button('Жирний').getAttribute('aria-keyshortcuts')).toBe('Control+B');
    expect(button('Повторити').getAttribute('aria-keyshortcuts')).toBe('Control+Shift+Z Control+Y');
    expect(button('Посилання').title).toBe('Посилання (Ctrl+K)');
    expect(button('Розділювач').title).toBe('Розділювач');
    expect(button('Гарячі клавіші').title).toBe('Гарячі клавіші (Ctrl+/)');
  });
});

describe('EditorToolbar: keyboard (WAI-ARIA toolbar)', () => {
  it('is one Tab stop; arrows move along and wrap, Home and End jump', () => {
    const { toolbar, button } = renderToolbar('<p>Текст</p>');
    const tabbable = () =>
      within(toolbar)
        .getAllByRole('button')
        .filter((b) => b.tabIndex === 0);
    expect(tabbable()).toEqual([button('Звичайний абзац')]);

    button('Звичайний абзац').focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('Заголовок 2'));
    expect(tabbable()).toEqual([button('Заголовок 2')]);

    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(button('Гарячі клавіші'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(button('Звичайний абзац'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(button('Гарячі клавіші'));
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(button('Звичайний абзац'));
  });

  it('Escape goes back to the text; Alt+F10 in the text comes to the toolbar, to the button last used', async () => {
    const { button } = renderToolbar('<p>Текст</p>');
    button('Курсив').focus();
    fireEvent.keyDown(button('Курсив'), { key: 'Escape' });
    // TipTap's focus() waits for the next animation frame.
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));
    act(() => {
      pressKey(editor, { key: 'F10', code: 'F10', altKey: true });
    });
    expect(document.activeElement).toBe(button('Курсив'));
  });
});

describe('EditorToolbar: state and commands', () => {
  it('aria-pressed follows the caret: bold text, a heading, a list', async () => {
    const { button } = renderToolbar(
      '<p>звичайне <strong>жирне</strong></p><h2>Підзаголовок</h2><ul><li><p>пункт</p></li></ul>',
    );
    await edit(() => editor.commands.setTextSelection(3));
    expect(button('Жирний').getAttribute('aria-pressed')).toBe('false');
    expect(button('Звичайний абзац').getAttribute('aria-pressed')).toBe('true');
    await edit(() => editor.commands.setTextSelection(12));
    expect(button('Жирний').getAttribute('aria-pressed')).toBe('true');
    await edit(() => editor.commands.setTextSelection(20));
    expect(button('Заголовок 2').getAttribute('aria-pressed')).toBe('true');
    expect(button('Звичайний абзац').getAttribute('aria-pressed')).toBe('false');
    await edit(() => editor.commands.setTextSelection(editor.state.doc.content.size - 4));
    expect(button('Маркований список').getAttribute('aria-pressed')).toBe('true');
    // Actions are not toggles.
    expect(button('Скасувати').hasAttribute('aria-pressed')).toBe(false);
  });

  it('a click formats the selection and keeps the focus in the text', async () => {
    const { button } = renderToolbar('<p>Слово тут</p>');
    await edit(() => {
      editor.view.focus();
      editor.commands.setTextSelection({ from: 1, to: 6 });
    });
    const press = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    button('Жирний').dispatchEvent(press);
    expect(press.defaultPrevented).toBe(true);
    fireEvent.click(button('Жирний'));
    expect(editor.getHTML()).toBe('<p><strong>Слово</strong> тут</p>');
    await settled();
    expect(button('Жирний').getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));

    fireEvent.click(button('Цитата'));
    expect(editor.isActive('blockquote')).toBe(true);
    fireEvent.click(button('Нумерований список'));
    expect(editor.isActive('orderedList')).toBe(true);
    fireEvent.click(button('Нумерований список'));
    fireEvent.click(button('Заголовок 3'));
    expect(editor.isActive('heading', { level: 3 })).toBe(true);
    await settled();
    // A list item cannot start with a heading: the button says so instead of failing silently.
    expect(button('Нумерований список').getAttribute('aria-disabled')).toBe('true');
  });

  it('the divider goes in after the caret’s block', async () => {
    const { button } = renderToolbar('<p>Перший</p>');
    await edit(() => editor.commands.setTextSelection(7));
    fireEvent.click(button('Розділювач'));
    expect(editor.state.doc.child(1).type.name).toBe('horizontalRule');
  });

  it('Скасувати and Повторити are disabled with nothing to undo or redo, and work when they can', async () => {
    const { button } = renderToolbar('<p></p>');
    expect(button('Скасувати').getAttribute('aria-disabled')).toBe('true');
    expect(button('Повторити').getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button('Скасувати'));
    await settled();
    await edit(() => {
      editor.commands.focus('start');
      typeText(editor, 'Нове речення.');
    });
    expect(button('Скасувати').hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(button('Скасувати'));
    expect(editor.state.doc.textContent).toBe('');
    await settled();
    expect(button('Повторити').hasAttribute('aria-disabled')).toBe(false);
    fireEvent.click(button('Повторити'));
    expect(editor.state.doc.textContent).toBe('Нове речення.');
  });

  it('a read-only body disables every formatting button', async () => {
    const { toolbar } = renderToolbar('<p>Текст</p>');
    await edit(() => editor.setEditable(false));
    const enabled = within(toolbar)
      .getAllByRole('button')
      .filter((b) => b.getAttribute('aria-disabled') !== 'true')
      .map((b) => b.getAttribute('aria-label'));
    expect(enabled).toEqual(['Гарячі клавіші']);
  });

  it('the link button asks for the link editor; «?» asks for the shortcuts sheet', () => {
    const { button } = renderToolbar('<p>Текст</p>');
    const menus: MenuRequest[] = [];
    onMenuRequest(editor, (r) => menus.push(r));
    const help = vi.fn();
    const stop = onShortcutHelpRequest(help);
    fireEvent.click(button('Посилання'));
    fireEvent.click(button('Гарячі клавіші'));
    stop();
    expect(menus).toEqual(['link']);
    expect(help).toHaveBeenCalledOnce();
  });
});

describe('EditorToolbar: performance', () => {
  it('typing does not re-render the toolbar; only a change of its flags does', async () => {
    const paragraphs = Array.from({ length: 200 }, (_, i) => `<p>Абзац ${i} з кількома словами тексту.</p>`).join('');
    const { renders } = renderToolbar(paragraphs);
    await edit(() => {
      editor.commands.focus();
      editor.commands.setTextSelection(30);
      typeText(editor, 'x');
    });
    const before = renders.count;
    await edit(() => typeText(editor, ' і ще кілька слів, набраних підряд'));
    expect(renders.count).toBe(before);
    // The counter does count: a bold caret changes a flag.
    await edit(() => editor.commands.toggleBold());
    expect(renders.count).toBe(before + 1);
  });
});

describe('EditorToolbar: the «Вставити» menu', () => {
  const items = (runs: string[]): ToolbarInsertItem[] => [
    { id: 'figure', label: 'Фото', run: (e) => runs.push(`figure:${e === editor}`) },
    { id: 'recap', label: 'Нагадаємо,', run: () => runs.push('recap') },
  ];

  it('is not there without items', () => {
    const { toolbar } = renderToolbar('<p>Текст</p>');
    expect(within(toolbar).queryByRole('button', { name: 'Вставити' })).toBeNull();
  });

  it('is a menu button at the end: ArrowDown opens it, arrows move, Enter inserts into the body', () => {
    const runs: string[] = [];
    const { toolbar, button } = renderToolbar('<p>Текст</p>', items(runs));
    const insert = button('Вставити');
    expect(insert.getAttribute('aria-haspopup')).toBe('menu');
    expect(insert.getAttribute('aria-expanded')).toBe('false');
    insert.focus();
    fireEvent.keyDown(insert, { key: 'ArrowDown' });
    const menu = within(toolbar).getByRole('menu', { name: 'Вставити блок' });
    expect(insert.getAttribute('aria-expanded')).toBe('true');
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Фото' }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Нагадаємо,' }));
    // The toolbar's own arrows stay out of the menu.
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(within(menu).getByRole('menuitem', { name: 'Фото' }));
    fireEvent.click(document.activeElement as Element);
    expect(runs).toEqual(['figure:true']);
    expect(within(toolbar).queryByRole('menu')).toBeNull();
  });

  it('Escape closes the menu and returns to its button, not to the text', () => {
    const { toolbar, button } = renderToolbar('<p>Текст</p>', items([]));
    fireEvent.click(button('Вставити'));
    const menu = within(toolbar).getByRole('menu');
    fireEvent.keyDown(within(menu).getAllByRole('menuitem')[0] as Element, { key: 'Escape' });
    expect(within(toolbar).queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button('Вставити'));
  });
});
