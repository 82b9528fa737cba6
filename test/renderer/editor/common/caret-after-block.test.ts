import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { afterEach, describe, expect, it } from 'vitest';
import type {} from '../../../../renderer/src/editor/nodes/embed/embed';
import type {} from '../../../../renderer/src/editor/nodes/figure/figure';
import type {} from '../../../../renderer/src/editor/nodes/read-also/read-also';
import { createEditor, destroyEditors, typeText } from '../support/block-editor';

afterEach(destroyEditors);

const MEDIA = `media/${'b'.repeat(64)}.png`;
const types = (editor: Editor) => editor.getJSON().content?.map((node) => node.type);

describe('after a block is inserted the caret waits below it', () => {
  const inserts: [string, (editor: Editor) => boolean][] = [
    ['figure', (editor) => editor.commands.insertFigure({ src: MEDIA, alt: 'Опис' })],
    ['embed', (editor) => editor.commands.insertEmbed('https://t.me/ukrpravda_news/123456')],
    [
      'readAlso',
      (editor) =>
        editor.commands.insertReadAlso({
          articles: [{ articleId: 'm3k9x2ac-00000001', headline: 'Інша стаття', date: null }],
        }),
    ],
  ];

  it.each(inserts)('%s: typing goes into the paragraph after it, never over it', (type, insert) => {
    const editor = createEditor('<p>Перший абзац.</p><p></p>');
    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    expect(insert(editor)).toBe(true);
    expect(editor.state.selection).toBeInstanceOf(TextSelection);
    typeText(editor, 'Далі');
    expect(types(editor)).toEqual(['paragraph', type, 'paragraph']);
    expect(editor.state.doc.lastChild?.textContent).toBe('Далі');
  });

  it('between two paragraphs the caret goes to the next one, and nothing is added', () => {
    const editor = createEditor('<p>Перший.</p><p></p><p>Останній.</p>');
    editor.commands.setTextSelection(10);
    editor.commands.insertEmbed('https://youtu.be/dQw4w9WgXcQ');
    typeText(editor, 'А ');
    expect(types(editor)).toEqual(['paragraph', 'embed', 'paragraph']);
    expect(editor.state.doc.lastChild?.textContent).toBe('А Останній.');
  });
});
