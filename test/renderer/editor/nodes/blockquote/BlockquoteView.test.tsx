import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { blockContext, destroyEditors, mountEditor, settle } from '../../support/block-editor';

afterEach(destroyEditors);

const QUOTE = {
  type: 'doc',
  content: [
    {
      type: 'blockquote',
      attrs: { attribution: '' },
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Цитата' }] }],
    },
    { type: 'paragraph' },
  ],
};

/** Keystrokes as the browser reports them: beforeinput first; if nobody prevents it, the character goes in. */
function type(field: HTMLInputElement, text: string) {
  for (const ch of text) {
    const event = new InputEvent('beforeinput', { inputType: 'insertText', data: ch, cancelable: true, bubbles: true });
    if (!field.dispatchEvent(event)) continue;
    const at = field.selectionStart ?? field.value.length;
    fireEvent.change(field, { target: { value: field.value.slice(0, at) + ch + field.value.slice(at) } });
    field.setSelectionRange(at + 1, at + 1);
  }
}

describe('quote attribution: typing', () => {
  it('turns straight quotes and apostrophes into « » and ’, as every other field does', async () => {
    const editor = await mountEditor(QUOTE);
    const field = screen.getByLabelText<HTMLInputElement>('Хто це сказав');
    field.focus();
    type(field, `голова "Укренерго" Ком'яков`);
    await settle();
    expect(field.value).toBe('голова «Укренерго» Ком’яков');
    expect(editor.getJSON().content?.[0]?.attrs).toEqual({ attribution: 'голова «Укренерго» Ком’яков' });
  });

  it('uses the outlet’s apostrophe', async () => {
    await mountEditor(QUOTE, { ...blockContext(), apostrophe: '\u02BC' });
    const field = screen.getByLabelText<HTMLInputElement>('Хто це сказав');
    field.focus();
    type(field, "Ком'яков");
    expect(field.value).toBe('Комʼяков');
  });
});
