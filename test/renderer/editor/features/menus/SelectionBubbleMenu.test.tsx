import type { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { shouldShowBubble } from '../../../../../renderer/src/editor/features/menus/bubble-visibility';
import { onMenuRequest, type MenuRequest } from '../../../../../renderer/src/editor/features/menus/menu-requests';
import { SelectionBubbleMenu } from '../../../../../renderer/src/editor/features/menus/SelectionBubbleMenu';
import { createBodyEditor } from '../../support/body-editor';
import { installLayoutStubs } from '../../support/layout-stubs';

beforeAll(installLayoutStubs);

let editor: Editor;
afterEach(() => editor.destroy());

const CONTENT = '<p>Перше речення статті.</p><hr><p>Друге.</p>';

function visible(element = document.createElement('div')) {
  const { state, view } = editor;
  const { from, to } = state.selection;
  return shouldShowBubble({ editor, view, state, element, from, to });
}

describe('shouldShowBubble', () => {
  it('shows for selected text in the focused body', () => {
    editor = createBodyEditor(CONTENT);
    editor.view.focus();
    editor.commands.setTextSelection({ from: 1, to: 6 });
    expect(visible()).toBe(true);
  });

  it('not for a caret, not for a selected block (the divider), not in a read-only body', () => {
    editor = createBodyEditor(CONTENT);
    editor.view.focus();
    editor.commands.setTextSelection(3);
    expect(visible()).toBe(false);
    const rule = editor.state.doc.child(0).nodeSize;
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, rule)));
    expect(visible()).toBe(false);
    editor.commands.setTextSelection({ from: 1, to: 6 });
    editor.setEditable(false);
    expect(visible()).toBe(false);
  });

  it('not while another field has the focus (a node view’s caption input, the headline), unless it is the menu', () => {
    editor = createBodyEditor(CONTENT);
    editor.commands.setTextSelection({ from: 1, to: 6 });
    const caption = document.createElement('input');
    editor.view.dom.append(caption);
    caption.focus();
    expect(visible()).toBe(false);
    const menu = document.createElement('div');
    const button = document.createElement('button');
    menu.append(button);
    document.body.append(menu);
    button.focus();
    expect(visible(menu)).toBe(true);
    menu.remove();
  });
});

describe('SelectionBubbleMenu', () => {
  function setup() {
    editor = createBodyEditor(CONTENT);
    render(<SelectionBubbleMenu editor={editor} />);
  }
  const bubble = () => screen.queryByRole('toolbar', { name: 'Форматування виділеного' });

  it('appears over a selection with bold, italic, link, the two headings and a note, and formats it', async () => {
    setup();
    expect(bubble()).toBeNull();
    act(() => {
      editor.view.focus();
      editor.commands.setTextSelection({ from: 1, to: 6 });
    });
    await waitFor(() => expect(bubble()).not.toBeNull(), { timeout: 4000 });
    const names = within(bubble() as HTMLElement)
      .getAllByRole('button')
      .map((b) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Жирний', 'Курсив', 'Посилання', 'Заголовок 2', 'Заголовок 3', 'Додати примітку']);
    const bold = within(bubble() as HTMLElement).getByRole('button', { name: 'Жирний' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(bold);
    expect(editor.isActive('bold')).toBe(true);
    // The flags settle after the transaction, when the page is idle (ItemStateStore).
    await waitFor(() => expect(bold.getAttribute('aria-pressed')).toBe('true'));

    const requests: MenuRequest[] = [];
    onMenuRequest(editor, (r) => requests.push(r));
    fireEvent.click(within(bubble() as HTMLElement).getByRole('button', { name: 'Посилання' }));
    expect(requests).toEqual(['link']);
    fireEvent.click(within(bubble() as HTMLElement).getByRole('button', { name: 'Додати примітку' }));
    expect(requests).toEqual(['link', 'note']);
  });

  it('goes away when the selection collapses', async () => {
    setup();
    act(() => {
      editor.view.focus();
      editor.commands.setTextSelection({ from: 1, to: 6 });
    });
    await waitFor(() => expect(bubble()).not.toBeNull(), { timeout: 4000 });
    act(() => {
      editor.commands.setTextSelection(3);
    });
    await waitFor(() => expect(bubble()).toBeNull(), { timeout: 4000 });
  });

  it('is one Tab stop with arrow keys inside; Escape returns to the text', async () => {
    setup();
    act(() => {
      editor.view.focus();
      editor.commands.setTextSelection({ from: 1, to: 6 });
    });
    await waitFor(() => expect(bubble()).not.toBeNull(), { timeout: 4000 });
    const buttons = within(bubble() as HTMLElement).getAllByRole('button');
    expect(buttons.filter((b) => b.tabIndex === 0)).toHaveLength(1);
    // The plugin makes the menu itself focusable; it hands the focus on to its first button.
    act(() => (bubble() as HTMLElement).focus());
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0] as HTMLElement, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1] as HTMLElement, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(editor.view.dom));
  });
});
