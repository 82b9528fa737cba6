import { afterEach, describe, expect, it } from 'vitest';
import { createEditor, destroyEditors, reparse, roundTrip, typeText } from '../../support/block-editor';

const QUOTE = {
  type: 'blockquote',
  attrs: { attribution: 'Стивен Виткофф, спецпосланник президента США' },
  content: [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: '«Ми не говоримо про членство в Альянсі, але про реальні гарантії»' }],
    },
  ],
};

afterEach(destroyEditors);

describe('blockquote with attribution', () => {
  it('round-trips the quote and who said it through JSON', () => {
    const editor = createEditor({ type: 'doc', content: [QUOTE, { type: 'paragraph' }] });
    expect(roundTrip(editor)).toEqual({ type: 'doc', content: [QUOTE, { type: 'paragraph' }] });
  });

  it('writes figure/blockquote/figcaption and reads it back', () => {
    const editor = createEditor({ type: 'doc', content: [QUOTE] });
    const html = editor.getHTML();
    expect(html).toContain('<figure data-type="quote"><blockquote>');
    expect(html).toContain(
      '<figcaption data-attribution="">— Стивен Виткофф, спецпосланник президента США</figcaption>',
    );
    expect(reparse(editor).getJSON().content?.[0]).toEqual(QUOTE);
  });

  it('a quote without attribution is a plain <blockquote>, and a pasted one reads as such', () => {
    const editor = createEditor('<blockquote><p>Цитата</p></blockquote>');
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ attribution: '' });
    expect(editor.getHTML()).toMatch(/^<blockquote><p>Цитата<\/p><\/blockquote>/);
    expect(editor.getHTML()).not.toContain('figure');
  });

  it('«> » still starts a quote, and the attribution is set by command', () => {
    const editor = createEditor('<p></p>');
    editor.commands.focus('start');
    typeText(editor, '> Ми готові');
    expect(editor.state.doc.firstChild?.type.name).toBe('blockquote');
    expect(editor.commands.setBlockquoteAttribution('Володимир Зеленський')).toBe(true);
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ attribution: 'Володимир Зеленський' });
  });

  it('setBlockquoteAttribution outside a quote does nothing', () => {
    const editor = createEditor('<p>Текст</p>');
    expect(editor.commands.setBlockquoteAttribution('Хтось')).toBe(false);
  });

  it('toggleBlockquote wraps and unwraps as before', () => {
    const editor = createEditor('<p>Текст</p>');
    editor.commands.toggleBlockquote();
    expect(editor.state.doc.firstChild?.type.name).toBe('blockquote');
    editor.commands.toggleBlockquote();
    expect(editor.state.doc.firstChild?.type.name).toBe('paragraph');
  });
});
