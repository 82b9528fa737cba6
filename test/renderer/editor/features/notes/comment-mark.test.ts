import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { noteRanges } from '../../../../../renderer/src/editor/features/notes/note-ranges';
import type {} from '../../../../../renderer/src/editor/features/notes/comment-mark';
import { blockContext, createEditor, destroyEditors } from '../../support/block-editor';
import { pasteHtml } from '../paste/support/clipboard';

afterEach(destroyEditors);

const NOTE = 'note-aaaa01';
const noted = (text: string) => ({ type: 'text', text, marks: [{ type: 'comment', attrs: { noteId: NOTE } }] });
const paragraph = (...content: object[]) => ({ type: 'paragraph', content });

/** «Уряд ухвалив [бюджет] на рік» with the note on «бюджет» (positions 14…20). */
function notedEditor(context = blockContext()): Editor {
  return createEditor(
    {
      type: 'doc',
      content: [paragraph({ type: 'text', text: 'Уряд ухвалив ' }, noted('бюджет'), { type: 'text', text: ' на рік' })],
    },
    context,
  );
}

const notedText = (editor: Editor): string | null => {
  const range = noteRanges(editor.state.doc).get(NOTE);
  return range ? editor.state.doc.textBetween(range.from, range.to, '\n') : null;
};

describe('the comment mark (a review note’s anchor)', () => {
  it('round-trips through JSON and its own HTML, with its id and an accessible description', () => {
    const editor = notedEditor();
    expect(editor.getJSON().content?.[0]).toEqual(
      paragraph({ type: 'text', text: 'Уряд ухвалив ' }, noted('бюджет'), { type: 'text', text: ' на рік' }),
    );
    expect(editor.getHTML()).toBe(
      '<p>Уряд ухвалив <span data-note-id="note-aaaa01" class="note-mark" aria-description="Текст із приміткою">бюджет</span> на рік</p>',
    );
  });

  it('follows its text through insertions before, inside and after the range', () => {
    const editor = notedEditor();
    editor.chain().insertContentAt(1, 'Сьогодні ').run();
    expect(notedText(editor)).toBe('бюджет');
    const range = noteRanges(editor.state.doc).get(NOTE);
    editor
      .chain()
      .insertContentAt((range?.from ?? 0) + 3, 'ХХ')
      .run();
    expect(notedText(editor)).toBe('бюдХХжет');
    editor
      .chain()
      .insertContentAt(editor.state.doc.content.size - 1, ' і закон')
      .run();
    expect(notedText(editor)).toBe('бюдХХжет');
    expect(editor.getText()).toBe('Сьогодні Уряд ухвалив бюдХХжет на рік і закон');
  });

  it('is not inclusive: typing right after the marked text does not stretch the note', () => {
    const editor = notedEditor();
    const range = noteRanges(editor.state.doc).get(NOTE);
    editor
      .chain()
      .setTextSelection(range?.to ?? 0)
      .run();
    editor.view.dispatch(editor.state.tr.insertText('и'));
    expect(notedText(editor)).toBe('бюджет');
  });

  it('stays over both parts of a split paragraph', () => {
    const editor = notedEditor();
    const range = noteRanges(editor.state.doc).get(NOTE);
    editor
      .chain()
      .setTextSelection((range?.from ?? 0) + 3)
      .splitBlock()
      .run();
    expect(editor.state.doc.childCount).toBe(2);
    expect(notedText(editor)).toBe('бюд\nжет');
  });

  it('is gone when its whole text is deleted: the note is then detached', () => {
    const editor = notedEditor();
    const range = noteRanges(editor.state.doc).get(NOTE);
    editor
      .chain()
      .deleteRange({ from: range?.from ?? 0, to: range?.to ?? 0 })
      .run();
    expect(noteRanges(editor.state.doc).has(NOTE)).toBe(false);
  });

  it('lets only a note’s anchor reach a read-only body', () => {
    const editor = createEditor({ type: 'doc', content: [paragraph({ type: 'text', text: 'Текст редактора' })] });
    editor.setEditable(false);
    const before = editor.getJSON();
    editor.view.dispatch(editor.state.tr.insertText('X', 1));
    editor.commands.setTextSelection({ from: 1, to: 6 });
    editor.commands.toggleBold();
    expect(editor.getJSON()).toEqual(before);
    expect(editor.commands.setNoteMark('note-bbbb02')).toBe(true);
    expect(editor.getJSON().content?.[0]).toEqual(
      paragraph(
        { type: 'text', text: 'Текст', marks: [{ type: 'comment', attrs: { noteId: 'note-bbbb02' } }] },
        { type: 'text', text: ' редактора' },
      ),
    );
  });

  it('takes a deleted note’s anchor out, over a split paragraph too, keeping the text, even read-only', () => {
    const editor = notedEditor();
    const range = noteRanges(editor.state.doc).get(NOTE);
    editor
      .chain()
      .setTextSelection((range?.from ?? 0) + 3)
      .splitBlock()
      .run();
    editor.setEditable(false);
    expect(editor.commands.unsetNoteMark(NOTE)).toBe(true);
    expect(noteRanges(editor.state.doc).size).toBe(0);
    expect(editor.getText()).toBe('Уряд ухвалив бюд\n\nжет на рік');
  });

  it('keeps this article’s note anchors on paste and drops others’ and outside HTML’s', () => {
    const context = { ...blockContext(), isOwnNote: (id: string) => id === NOTE };
    const editor = createEditor('<p></p>', context);
    pasteHtml(
      editor,
      '<p data-pm-slice="1 1 []"><span data-note-id="note-aaaa01">своя</span> <span data-note-id="note-zzzz99">чужа</span></p>',
    );
    pasteHtml(editor, '<p><span data-note-id="note-aaaa01">з вебсторінки</span></p>');
    const marked = JSON.stringify(editor.getJSON());
    expect(marked.match(/note-aaaa01/g)).toHaveLength(1);
    expect(marked).not.toContain('note-zzzz99');
    expect(editor.getText()).toContain('своя чужа');
    expect(editor.getText()).toContain('з вебсторінки');
  });
});
