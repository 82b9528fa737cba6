import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { recapOfferKey } from '../../../../../renderer/src/editor/nodes/recap/recap-offer';
import { blockContext, createEditor, destroyEditors, pressKey, typeText } from '../../support/block-editor';

afterEach(destroyEditors);

const offered = (editor: Editor) => recapOfferKey.getState(editor.state)?.offer != null;
const offerBox = (editor: Editor) => editor.view.dom.querySelector('.recap-offer');
const blocks = (editor: Editor) => editor.getJSON().content?.map((block) => block.type);

/** A body with one paragraph, the caret at its end, and the label typed into it. */
function typedLabel(before = 'Перший абзац.'): Editor {
  const editor = createEditor(`<p>${before}</p>`);
  editor.commands.setTextSelection(editor.state.doc.content.size - 1);
  typeText(editor, '\nНагадаємо, ');
  return editor;
}

describe('the recap offer', () => {
  it('appears when «Нагадаємо, » is typed at the start of a paragraph, in the UI’s words, and changes nothing', () => {
    const editor = typedLabel();
    expect(offered(editor)).toBe(true);
    expect(offerBox(editor)?.getAttribute('role')).toBe('status');
    expect(offerBox(editor)?.textContent).toContain('Оформити як блок «Нагадаємо»?');
    expect(blocks(editor)).toEqual(['paragraph', 'paragraph']);
  });

  it('Tab takes it: the paragraph becomes a recap and its typed words the block’s label', () => {
    const editor = typedLabel();
    expect(pressKey(editor, 'Tab')).toBe(true);
    expect(editor.getJSON().content?.[1]).toEqual({ type: 'recap' });
    expect(offerBox(editor)).toBeNull();
    typeText(editor, 'реакція стримана.');
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'recap',
      content: [{ type: 'text', text: 'реакція стримана.' }],
    });
  });

  it('taken, it is one undo step: Ctrl+Z gives back the paragraph with the words as typed', () => {
    const editor = typedLabel();
    pressKey(editor, 'Tab');
    expect(editor.commands.undo()).toBe(true);
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Нагадаємо, ' }],
    });
  });

  it('stays while the paragraph is written on, and Tab then takes the whole paragraph', () => {
    const editor = typedLabel();
    typeText(editor, 'реакція');
    expect(offered(editor)).toBe(true);
    pressKey(editor, 'Tab');
    expect(editor.getJSON().content?.[1]).toEqual({ type: 'recap', content: [{ type: 'text', text: 'реакція' }] });
  });

  it('Esc refuses it: the words stay typed, Tab is the keyboard’s again, and it is not offered there again', () => {
    const editor = typedLabel();
    expect(pressKey(editor, 'Escape')).toBe(true);
    expect(offered(editor)).toBe(false);
    expect(pressKey(editor, 'Tab')).toBe(false);
    typeText(editor, 'що');
    expect(offered(editor)).toBe(false);
    expect(editor.getJSON().content?.[1]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Нагадаємо, що' }],
    });
  });

  it('leaving the paragraph ignores it', () => {
    const editor = typedLabel();
    editor.commands.setTextSelection(3);
    expect(offered(editor)).toBe(false);
    expect(pressKey(editor, 'Tab')).toBe(false);
    expect(blocks(editor)).toEqual(['paragraph', 'paragraph']);
  });

  it('is not made for the label in mid-paragraph, in a list or in a quote, nor without its comma', () => {
    const cases = ['<p>Ми кажемо: </p>', '<ul><li><p></p></li></ul>', '<blockquote><p></p></blockquote>'];
    for (const html of cases) {
      const editor = createEditor(html);
      editor.commands.setTextSelection(editor.state.selection.$from.end());
      typeText(editor, 'нагадаємо, ');
      expect(offered(editor), html).toBe(false);
    }
    const editor = createEditor('<p></p>');
    typeText(editor, 'Нагадаємо ');
    expect(offered(editor)).toBe(false);
  });

  it('speaks the interface’s language', () => {
    const editor = createEditor('<p></p>', blockContext('en'));
    typeText(editor, 'Нагадаємо, ');
    expect(offerBox(editor)?.textContent).toContain('Make it a «Нагадаємо» (recap) block?');
  });
});
