import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { onMenuRequest, type MenuRequest } from '../../../../../renderer/src/editor/features/menus/menu-requests';
import { createBodyEditor, pressKey } from '../../support/body-editor';

let editor: Editor;
afterEach(() => editor.destroy());

function listen() {
  const requests: MenuRequest[] = [];
  const stop = onMenuRequest(editor, (request) => requests.push(request));
  return { requests, stop };
}

describe('MenuShortcuts', () => {
  it('Ctrl+K in the body asks for the link editor and takes the key (no browser search box)', () => {
    editor = createBodyEditor('<p>Текст</p>');
    const { requests } = listen();
    expect(pressKey(editor, { key: 'k', code: 'KeyK', ctrlKey: true })).toBe(true);
    expect(requests).toEqual(['link']);
  });

  it('Ctrl+K works in the Ukrainian layout, where the key types «л»', () => {
    editor = createBodyEditor('<p>Текст</p>');
    const { requests } = listen();
    expect(pressKey(editor, { key: 'л', code: 'KeyK', keyCode: 75, ctrlKey: true })).toBe(true);
    expect(requests).toEqual(['link']);
  });

  it('Alt+F10 asks for the toolbar', () => {
    editor = createBodyEditor('<p>Текст</p>');
    const { requests } = listen();
    expect(pressKey(editor, { key: 'F10', code: 'F10', altKey: true })).toBe(true);
    expect(requests).toEqual(['toolbar']);
  });

  it('leaves the keys alone when no menu listens, and Ctrl+K when the body is read-only', () => {
    editor = createBodyEditor('<p>Текст</p>');
    expect(pressKey(editor, { key: 'k', code: 'KeyK', ctrlKey: true })).toBe(false);
    const { requests, stop } = listen();
    editor.setEditable(false);
    expect(pressKey(editor, { key: 'k', code: 'KeyK', ctrlKey: true })).toBe(false);
    stop();
    editor.setEditable(true);
    expect(pressKey(editor, { key: 'k', code: 'KeyK', ctrlKey: true })).toBe(false);
    expect(requests).toEqual([]);
  });

  it('requests reach only the menus of their own editor', () => {
    editor = createBodyEditor('<p>Перший</p>');
    const other = createBodyEditor('<p>Другий</p>');
    const { requests } = listen();
    const otherRequests: MenuRequest[] = [];
    onMenuRequest(other, (request) => otherRequests.push(request));
    pressKey(other, { key: 'k', code: 'KeyK', ctrlKey: true });
    expect(requests).toEqual([]);
    expect(otherRequests).toEqual(['link']);
    other.destroy();
  });
});
