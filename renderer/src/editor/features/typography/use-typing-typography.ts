import { useEffect, useRef, type RefObject } from 'react';
import { type Apostrophe, autoFixTyped } from '../../../../../shared/text/typography';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/**
 * The body's as-you-type typography for a plain text field (headline, lead). The keystroke and its fix go
 * in through the browser's own editing commands, so they are two native undo steps (one Ctrl+Z gives back
 * the straight quote) and React sees ordinary input events.
 */
export function useTypingTypography<E extends TextField>(apostrophe: Apostrophe): RefObject<E | null> {
  const ref = useRef<E | null>(null);
  useEffect(() => {
    const field = ref.current;
    if (!field) return;
    let applying = false;
    const onBeforeInput = (raw: Event) => {
      const event = raw as InputEvent;
      if (applying || event.inputType !== 'insertText' || event.isComposing) return;
      const typed = event.data;
      if (!typed || typed.length !== 1 || field.selectionStart === null) return;
      const before = field.value.slice(0, field.selectionStart);
      const fix = autoFixTyped(before.slice(before.lastIndexOf('\n') + 1), typed, apostrophe);
      if (!fix) return;
      event.preventDefault();
      applying = true;
      try {
        insertText(field, typed);
        const caret = field.selectionStart;
        field.setSelectionRange(caret - fix.deleteBefore, caret);
        insertText(field, fix.insert);
      } finally {
        applying = false;
      }
    };
    // Undoing a fix puts the typed character back selected; the next key would replace it. Leave the caret after it.
    const onInput = (raw: Event) => {
      if ((raw as InputEvent).inputType === 'historyUndo' && field.selectionStart !== field.selectionEnd) {
        field.setSelectionRange(field.selectionEnd, field.selectionEnd);
      }
    };
    field.addEventListener('beforeinput', onBeforeInput);
    field.addEventListener('input', onInput);
    return () => {
      field.removeEventListener('beforeinput', onBeforeInput);
      field.removeEventListener('input', onInput);
    };
  }, [apostrophe]);
  return ref;
}

/**
 * Types `text` over the field's selection as the browser would: one native undo step, an ordinary input event.
 * Where the editing command is missing, edits the value directly.
 */
export function insertText(field: TextField, text: string): void {
  field.focus();
  // execCommand is the only way to keep the field's native undo stack; it is deprecated but supported.
  if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)) return;
  field.setRangeText(text, field.selectionStart ?? field.value.length, field.selectionEnd ?? field.value.length, 'end');
  field.dispatchEvent(new Event('input', { bubbles: true }));
}
