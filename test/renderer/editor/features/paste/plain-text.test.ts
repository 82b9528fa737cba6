import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { plainTextParagraphs, plainTextSlice } from '../../../../../renderer/src/editor/features/paste/plain-text';
import { bodyExtensions } from '../../../../../renderer/src/editor/body-extensions';
import { blockContext } from '../../support/block-editor';

describe('plainTextParagraphs', () => {
  it('makes every line a paragraph and lets blank lines only separate them', () => {
    expect(plainTextParagraphs('Перший абзац.\r\nДругий абзац.\n\n\nТретій абзац.\rЧетвертий.')).toEqual([
      'Перший абзац.',
      'Другий абзац.',
      'Третій абзац.',
      'Четвертий.',
    ]);
  });

  it('drops trailing spaces and tabs, keeps the text’s own no-break spaces', () => {
    expect(plainTextParagraphs('1\u00a0000\u00a0грн\t \n\tвідступ')).toEqual(['1\u00a0000\u00a0грн', ' відступ']);
  });

  it('has nothing for blank text', () => {
    expect(plainTextParagraphs(' \n\t\n')).toEqual([]);
  });
});

describe('plainTextSlice', () => {
  const schema = getSchema(bodyExtensions(blockContext()));

  it('is unformatted paragraphs of the body schema', () => {
    const slice = plainTextSlice(schema, 'Рядок один\nРядок два');
    expect(slice.content.toJSON()).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Рядок один' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Рядок два' }] },
    ]);
  });

  it('carries the marks it is given (the formatting at the cursor for an ordinary paste)', () => {
    const bold = schema.marks.bold?.create();
    const slice = plainTextSlice(schema, 'жирний', bold ? [bold] : []);
    expect(slice.content.toJSON()).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'жирний', marks: [{ type: 'bold' }] }] },
    ]);
  });
});
