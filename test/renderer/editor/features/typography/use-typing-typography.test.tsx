import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { useTypingTypography } from '../../../../../renderer/src/editor/features/typography/use-typing-typography';

function Headline({ apostrophe = '\u2019' }: { apostrophe?: '\u2019' | '\u02BC' }) {
  const [value, setValue] = useState('');
  const ref = useTypingTypography<HTMLTextAreaElement>(apostrophe);
  return <textarea aria-label="Заголовок" ref={ref} value={value} onChange={(e) => setValue(e.target.value)} />;
}

/** One keystroke as the browser reports it: beforeinput first; if nobody prevents it, the character goes in. */
function type(field: HTMLTextAreaElement, text: string) {
  for (const ch of text) {
    const event = new InputEvent('beforeinput', { inputType: 'insertText', data: ch, cancelable: true, bubbles: true });
    if (!field.dispatchEvent(event)) continue;
    const at = field.selectionStart;
    fireEvent.change(field, {
      target: { value: field.value.slice(0, at) + ch + field.value.slice(field.selectionEnd) },
    });
    field.setSelectionRange(at + 1, at + 1);
  }
}

describe('useTypingTypography', () => {
  it('types quotes, apostrophes, dashes and ellipses in a plain field as in the body', () => {
    render(<Headline />);
    const field = screen.getByLabelText<HTMLTextAreaElement>('Заголовок');
    field.focus();
    type(field, `"Укренерго" - п'ята...`);
    expect(field.value).toBe('«Укренерго»\u00A0— п’ята…');
  });

  it('uses the outlet’s apostrophe', () => {
    render(<Headline apostrophe={'\u02BC'} />);
    const field = screen.getByLabelText<HTMLTextAreaElement>('Заголовок');
    field.focus();
    type(field, "м'ясо");
    expect(field.value).toBe('мʼясо');
  });
});
