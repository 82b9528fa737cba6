import type { Editor } from '@tiptap/core';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import { EDITING_BLOCK_CLASS } from '../../../../../renderer/src/editor/features/block-window/editing-block';
import { createBodyEditor, pressKey, typeText } from '../../support/body-editor';

let editor: Editor;
afterEach(() => editor.destroy());

/** Indexes of the body's top-level DOM blocks that carry the class, as the stylesheet sees them. */
function markedBlocks(): number[] {
  return [...editor.view.dom.children].flatMap((block, index) =>
    block.classList.contains(EDITING_BLOCK_CLASS) ? [index] : [],
  );
}

/** Position inside the top-level block `index`, at its first text position. */
function insideBlock(index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += editor.state.doc.child(i).nodeSize;
  return pos + 1;
}

const THREE_PARAGRAPHS = '<p>Перший.</p><p>Другий.</p><p>Третій.</p>';

describe('EditingBlock: the blocks holding the selection stay drawn', () => {
  it('marks the block with the caret, and only it; the mark follows the caret', () => {
    editor = createBodyEditor(THREE_PARAGRAPHS);
    editor.commands.setTextSelection(insideBlock(1));
    expect(markedBlocks()).toEqual([1]);
    editor.commands.setTextSelection(insideBlock(2));
    expect(markedBlocks()).toEqual([2]);
  });

  it('keeps the mark on the paragraph while typing into it', () => {
    editor = createBodyEditor(THREE_PARAGRAPHS);
    editor.commands.setTextSelection(insideBlock(1) + 'Другий'.length);
    typeText(editor, ' і ще');
    expect(editor.state.doc.child(1).textContent).toBe('Другий і ще.');
    expect(markedBlocks()).toEqual([1]);
  });

  it('a list made by «- » at the same place as its paragraph is marked from the start', () => {
    editor = createBodyEditor('<p></p><p>Далі.</p>');
    editor.commands.setTextSelection(1);
    typeText(editor, '- пункт');
    const first = editor.view.dom.children[0];
    expect(first?.tagName).toBe('UL');
    expect(first?.textContent).toBe('пункт');
    expect(markedBlocks()).toEqual([0]);
  });

  it('a selection across blocks marks the blocks of both ends', () => {
    editor = createBodyEditor(THREE_PARAGRAPHS);
    const { doc } = editor.state;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(doc, insideBlock(0), insideBlock(2) + 2)));
    expect(markedBlocks()).toEqual([0, 2]);
  });

  it('a selected divider is marked itself, not only its neighbours', () => {
    editor = createBodyEditor('<p>До.</p><hr><p>Після.</p>');
    const hrPos = editor.state.doc.child(0).nodeSize;
    editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, hrPos)));
    expect(markedBlocks()).toContain(1);
  });

  it('Enter at the end of a block moves the mark to the new paragraph', () => {
    editor = createBodyEditor(THREE_PARAGRAPHS);
    editor.commands.setTextSelection(insideBlock(1) + 'Другий.'.length);
    editor.commands.splitBlock();
    expect(editor.state.doc.childCount).toBe(4);
    expect(markedBlocks()).toEqual([2]);
  });
});

describe('EditingBlock: jumps to the start and the end of the article', () => {
  it('Ctrl+End puts the caret at the very end of the last paragraph, Ctrl+Home at the start', () => {
    editor = createBodyEditor(THREE_PARAGRAPHS);
    editor.commands.setTextSelection(insideBlock(1));
    expect(pressKey(editor, { key: 'End', code: 'End', ctrlKey: true })).toBe(true);
    const { selection, doc } = editor.state;
    expect(selection.empty).toBe(true);
    expect(selection.from).toBe(doc.content.size - 1);
    expect(selection.$from.parent.textContent).toBe('Третій.');
    expect(selection.$from.parentOffset).toBe('Третій.'.length);
    expect(markedBlocks()).toEqual([2]);

    expect(pressKey(editor, { key: 'Home', code: 'Home', ctrlKey: true })).toBe(true);
    expect(editor.state.selection.from).toBe(1);
    expect(markedBlocks()).toEqual([0]);
  });

  it('with Shift they select from where the caret was', () => {
    editor = createBodyEditor(THREE_PARAGRAPHS);
    const start = insideBlock(1) + 2;
    editor.commands.setTextSelection(start);
    pressKey(editor, { key: 'End', code: 'End', ctrlKey: true, shiftKey: true });
    expect(editor.state.selection.anchor).toBe(start);
    expect(editor.state.selection.head).toBe(editor.state.doc.content.size - 1);
    pressKey(editor, { key: 'Home', code: 'Home', ctrlKey: true, shiftKey: true });
    expect(editor.state.selection.anchor).toBe(start);
    expect(editor.state.selection.head).toBe(1);
  });
});
