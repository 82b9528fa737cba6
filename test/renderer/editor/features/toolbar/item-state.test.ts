import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sameItemState, selectItemState } from '../../../../../renderer/src/editor/features/toolbar/item-state';
import { TOOLBAR_ITEMS } from '../../../../../renderer/src/editor/features/toolbar/toolbar-items';
import { createBodyEditor } from '../../support/body-editor';

const ALL = Object.values(TOOLBAR_ITEMS);
let editor: Editor;
afterEach(() => editor.destroy());

describe('selectItemState', () => {
  it('answers pressed and enabled for every item at the caret', () => {
    editor = createBodyEditor('<h2>Заголовок</h2><p>текст <em>курсив</em></p>');
    editor.commands.setTextSelection(20);
    const state = selectItemState(editor, ALL);
    expect(state.active).toMatchObject({ italic: true, bold: false, paragraph: true, heading2: false });
    expect(state.enabled).toMatchObject({ bold: true, undo: false, redo: false, horizontalRule: true });
    expect(Object.keys(state.enabled)).toHaveLength(ALL.length);
  });
});

describe('sameItemState', () => {
  it('is true for equal flags, false when one flag differs or there was none before', () => {
    const a = { active: { bold: true }, enabled: { bold: true, undo: false } };
    expect(sameItemState(a, { active: { bold: true }, enabled: { bold: true, undo: false } })).toBe(true);
    expect(sameItemState(a, { active: { bold: false }, enabled: { bold: true, undo: false } })).toBe(false);
    expect(sameItemState(a, { active: { bold: true }, enabled: { bold: true, undo: true } })).toBe(false);
    expect(sameItemState(a, { active: { bold: true }, enabled: { bold: true } })).toBe(false);
    expect(sameItemState(a, null)).toBe(false);
  });
});
