import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { sameItemState, selectItemState } from '../../../../renderer/src/editor/toolbar/item-state';
import { TOOLBAR_ITEMS } from '../../../../renderer/src/editor/toolbar/toolbar-items';
import { createBodyEditor, typeText } from './support/body-editor';

const ALL = Object.values(TOOLBAR_ITEMS);
let editor: Editor;
afterEach(() => editor.destroy());

/** A long read of at least `words` words: paragraphs of four sentences, a heading every 20 paragraphs. */
function longRead(words: number): string {
  const sentence = 'Уряд ухвалив бюджет на наступний рік, і депутати обговорять його у вівторок ввечері.';
  const paragraph = Array.from({ length: 4 }, () => sentence).join(' ');
  const perParagraph = paragraph.split(' ').length;
  const blocks: string[] = [];
  for (let count = 0, i = 0; count < words; i++) {
    blocks.push(i % 20 === 0 ? `<h2>Розділ ${i}</h2>` : `<p>${paragraph}</p>`);
    count += i % 20 === 0 ? 2 : perParagraph;
  }
  return blocks.join('');
}

describe('selectItemState', () => {
  it('answers pressed and enabled for every item at the caret', () => {
    editor = createBodyEditor('<h2>Заголовок</h2><p>текст <em>курсив</em></p>');
    editor.commands.setTextSelection(20);
    const state = selectItemState(editor, ALL);
    expect(state.active).toMatchObject({ italic: true, bold: false, paragraph: true, heading2: false });
    expect(state.enabled).toMatchObject({ bold: true, undo: false, redo: false, horizontalRule: true });
    expect(Object.keys(state.enabled)).toHaveLength(ALL.length);
  });

  it('is cheap enough for every keystroke of a 50,000-word article', () => {
    editor = createBodyEditor(longRead(50_000));
    expect(editor.state.doc.textBetween(0, editor.state.doc.content.size, ' ').split(' ').length).toBeGreaterThan(
      50_000,
    );
    editor.commands.setTextSelection(Math.floor(editor.state.doc.content.size / 2));
    typeText(editor, 'абв');
    selectItemState(editor, ALL);
    // The fastest of several batches: other processes on a shared machine slow some batches, never speed one.
    let perCall = Infinity;
    for (let batch = 0; batch < 15; batch++) {
      const start = performance.now();
      for (let i = 0; i < 20; i++) selectItemState(editor, ALL);
      perCall = Math.min(perCall, (performance.now() - start) / 20);
    }
    console.log(`selectItemState on 50k words: ${perCall.toFixed(3)} ms per transaction`);
    // A keystroke has 16 ms in all; the toolbar may take a small part of it (jsdom is slower than Chromium).
    expect(perCall).toBeLessThan(1);
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
