import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, pressKey, reparse, roundTrip, typeText } from '../../support/block-editor';

const TEXT = 'офіційна реакція Москви поки стримана.';
const RECAP = { type: 'recap', content: [{ type: 'text', text: TEXT }] };

// StarterKit's trailingNode keeps an empty paragraph after a last block of another type.
const TRAILING = { type: 'paragraph' };

afterEach(destroyEditors);

describe('recap node («Нагадаємо,»)', () => {
  it('round-trips through JSON and through its own HTML, label outside the text', () => {
    const editor = createEditor({ type: 'doc', content: [RECAP, TRAILING] });
    expect(roundTrip(editor)).toEqual({ type: 'doc', content: [RECAP, TRAILING] });
    expect(editor.getHTML()).toBe(
      '<p data-type="recap" data-label="Нагадаємо," class="recap">офіційна реакція Москви поки стримана.</p><p></p>',
    );
    expect(editor.getText().trim()).toBe('офіційна реакція Москви поки стримана.');
    expect(reparse(editor).getJSON()).toEqual({ type: 'doc', content: [RECAP, TRAILING] });
  });

  it('keeps bold and links inside', () => {
    const content = [
      {
        type: 'recap',
        content: [
          { type: 'text', text: 'раніше ' },
          { type: 'text', text: 'ми писали', marks: [{ type: 'bold' }] },
        ],
      },
      TRAILING,
    ];
    const editor = createEditor({ type: 'doc', content });
    expect(roundTrip(editor)).toEqual({ type: 'doc', content });
  });

  it('setRecap turns the seed article’s paragraph into a recap, taking its «Нагадаємо,» as the label', () => {
    const editor = createEditor('<p>Нагадаємо, офіційна реакція Москви поки стримана.</p>');
    editor.commands.setTextSelection(5);
    expect(editor.commands.setRecap()).toBe(true);
    expect(editor.getJSON().content?.[0]).toEqual(RECAP);
  });

  it('setRecap keeps a paragraph that does not start with the label as it is', () => {
    const editor = createEditor('<p>Ми нагадаємо, що</p>');
    editor.commands.setRecap();
    expect(editor.getJSON().content?.[0]).toEqual({
      type: 'recap',
      content: [{ type: 'text', text: 'Ми нагадаємо, що' }],
    });
  });

  it('toggleRecap goes back to a paragraph', () => {
    const editor = createEditor({ type: 'doc', content: [RECAP] });
    editor.commands.toggleRecap();
    expect(editor.getJSON().content?.[0]?.type).toBe('paragraph');
  });

  it('Enter at its end continues with an ordinary paragraph', () => {
    const editor = createEditor({ type: 'doc', content: [RECAP] });
    editor.commands.setTextSelection(1 + TEXT.length);
    pressKey(editor, 'Enter');
    typeText(editor, 'Підписуйтесь');
    const blocks = editor.getJSON().content ?? [];
    expect(blocks.slice(0, 2).map((block) => block.type)).toEqual(['recap', 'paragraph']);
    expect(editor.state.doc.child(1).textContent).toBe('Підписуйтесь');
  });

  it('Backspace at its start takes the label away and keeps the text', () => {
    const editor = createEditor({ type: 'doc', content: [RECAP] });
    editor.commands.setTextSelection(1);
    expect(pressKey(editor, 'Backspace')).toBe(true);
    expect(editor.getJSON().content?.[0]).toEqual({ ...RECAP, type: 'paragraph' });
  });
});
