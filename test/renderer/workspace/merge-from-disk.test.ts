import type { Editor } from '@tiptap/core';
import { afterEach, describe, expect, it } from 'vitest';
import { docFromParagraphs } from '../../../shared/domain/doc';
import { EditedArticle } from '../../../renderer/src/workspace/edited-article';
import { applyMergedBody, mergeFromDisk } from '../../../renderer/src/workspace/merge-from-disk';
import { createBodyEditor, typeText } from '../editor/support/body-editor';
import { articleFile } from './support/article-file';

const PARAGRAPHS = ['Перший абзац.', 'Другий абзац.', 'Третій абзац.'];

describe('a colleague’s version merged into unsaved edits', () => {
  let editor: Editor | null = null;
  afterEach(() => editor?.destroy());

  /** The window's article with its editor, typed into at the end of the first paragraph. */
  function typedInFirst(text: string) {
    const file = articleFile({ headline: 'Заголовок' }, PARAGRAPHS);
    const edited = new EditedArticle(file);
    editor = createBodyEditor(file.article.body);
    edited.attach(editor);
    editor.commands.setTextSelection(1 + PARAGRAPHS[0]!.length);
    typeText(editor, text);
    return { file, edited, editor };
  }

  it('takes the colleague’s paragraph and lead, keeps the caret and this person’s own undo', () => {
    const { file, edited, editor } = typedInFirst(' Моє.');
    const caret = editor.state.selection.from;
    const disk = {
      ...file,
      hash: 'colleague-hash',
      article: {
        ...file.article,
        lead: 'Лід колеги.',
        body: docFromParagraphs([PARAGRAPHS[0]!, PARAGRAPHS[1]!, 'Третій абзац колеги.']),
      },
    };
    const merged = mergeFromDisk(edited.base, edited.current(), disk);
    expect(merged).not.toBeNull();
    applyMergedBody(editor, merged!.body);
    edited.mergedOver(disk, merged!);

    const texts = () => editor.state.doc.content.content.map((p) => p.textContent);
    expect(texts()).toEqual(['Перший абзац. Моє.', 'Другий абзац.', 'Третій абзац колеги.']);
    expect(editor.state.selection.from).toBe(caret);
    expect(edited.meta.lead).toBe('Лід колеги.');
    expect(edited.saveInput().baseHash).toBe('colleague-hash');
    expect(edited.base.lead).toBe('Лід колеги.');

    editor.commands.undo();
    expect(texts()).toEqual(['Перший абзац.', 'Другий абзац.', 'Третій абзац колеги.']);
  });

  it('does not merge the same paragraph changed two ways, a moved status, or content it cannot show', () => {
    const { file, edited } = typedInFirst(' Моє.');
    const samePlace = {
      ...file,
      hash: 'h2',
      article: { ...file.article, body: docFromParagraphs(['Перший абзац колеги.', PARAGRAPHS[1]!, PARAGRAPHS[2]!]) },
    };
    expect(mergeFromDisk(edited.base, edited.current(), samePlace)).toBeNull();
    const stepped = { ...file, hash: 'h3', article: { ...file.article, status: 'submitted' as const } };
    expect(mergeFromDisk(edited.base, edited.current(), stepped)).toBeNull();
    const unknown = { ...file, hash: 'h4', unsupported: { nodes: ['codeBlock'], marks: [], attributes: [] } };
    expect(mergeFromDisk(edited.base, edited.current(), unknown)).toBeNull();
  });
});
