import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, roundTrip, typeText } from '../support/block-editor';

afterEach(destroyEditors);

describe('horizontal rule (StarterKit)', () => {
  it('«---» typed on an empty line becomes a divider followed by a paragraph', () => {
    const editor = createEditor('<p></p>');
    editor.commands.focus('start');
    typeText(editor, '---');
    expect(editor.getJSON().content?.map((block) => block.type)).toEqual(['horizontalRule', 'paragraph']);
  });

  it('setHorizontalRule inserts one and it round-trips', () => {
    const editor = createEditor('<p>Перший</p>');
    editor.commands.focus('end');
    editor.commands.setHorizontalRule();
    expect(editor.getJSON().content?.[1]).toEqual({ type: 'horizontalRule' });
    expect(roundTrip(editor)).toEqual(editor.getJSON());
  });
});
