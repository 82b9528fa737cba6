import { useEffect, useRef, useState, type RefObject } from 'react';
import { FieldHistory, type ChangeKind, type FieldState } from './field-history';
import { OWN_HISTORY_ATTRIBUTE } from './page-field-histories';
import { matchesShortcut } from '../shortcuts/match-shortcut';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** A field's own history, and how a command that sets its value records the step it makes. */
export interface FieldUndo {
  /** A command is about to set the field's value: what it holds now becomes an undo step. */
  recordCommand(): void;
  /** Undoes the field's last step, as Ctrl+Z in it does. */
  undo(): void;
  redo(): void;
  clear(): void;
}

/**
 * Gives a headline or lead field its own undo history (see FieldHistory): Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y and
 * the browser's own undo and redo (Edit → Undo in a menu) go to it, never to the page's native stack.
 * `onValue` hands a restored value to the owner, as typing would.
 */
export function useFieldHistory(fieldRef: RefObject<TextField | null>, onValue: (value: string) => void): FieldUndo {
  const onValueRef = useRef(onValue);
  onValueRef.current = onValue;
  const [{ undo, record }] = useState(() => {
    const history = new FieldHistory();
    const restore = (pick: (current: FieldState) => FieldState | null) => {
      const field = fieldRef.current;
      const next = field ? pick(stateOf(field)) : null;
      if (!field || !next) return;
      field.value = next.value;
      field.setSelectionRange(next.end, next.end);
      onValueRef.current(next.value);
    };
    const undo: FieldUndo = {
      recordCommand: () => {
        const field = fieldRef.current;
        if (field) history.record(stateOf(field), 'other');
      },
      undo: () => restore((current) => history.undo(current)),
      redo: () => restore((current) => history.redo(current)),
      clear: () => history.clear(),
    };
    const record = (before: FieldState, kind: ChangeKind, endsWord: boolean) => history.record(before, kind, endsWord);
    return { undo, record };
  });

  useEffect(() => {
    const field = fieldRef.current;
    if (!field) return;
    // What the field held before the change an input event reports. Typing announces itself with a beforeinput;
    // an edit made through execCommand (the typing typography's fix, a spelling suggestion) does not, so the
    // state is also kept after every change and at every key and focus.
    let known = stateOf(field);
    let announced: FieldState | null = null;
    const refresh = () => {
      known = stateOf(field);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (matchesShortcut(event, 'undo')) undo.undo();
      else if (matchesShortcut(event, 'redo')) undo.redo();
      else return refresh();
      event.preventDefault();
      refresh();
    };
    const onBeforeInput = (raw: Event) => {
      const event = raw as InputEvent;
      if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
        event.preventDefault();
        if (event.inputType === 'historyUndo') undo.undo();
        else undo.redo();
        refresh();
        return;
      }
      announced = stateOf(field);
    };
    const onInput = (raw: Event) => {
      const event = raw as InputEvent;
      // An announced change that did start from what the field held; an unannounced one stands alone.
      if (announced && announced.value === known.value) {
        record(announced, kindOf(event.inputType), /\s/.test(event.data ?? ''));
      } else {
        record(known, 'other', false);
      }
      announced = null;
      refresh();
    };
    const element: HTMLElement = field; // one listener signature for both kinds of field
    element.setAttribute(OWN_HISTORY_ATTRIBUTE, '');
    element.addEventListener('keydown', onKeyDown);
    element.addEventListener('beforeinput', onBeforeInput);
    element.addEventListener('input', onInput);
    element.addEventListener('focus', refresh);
    return () => {
      element.removeAttribute(OWN_HISTORY_ATTRIBUTE);
      element.removeEventListener('focus', refresh);
      element.removeEventListener('keydown', onKeyDown);
      element.removeEventListener('beforeinput', onBeforeInput);
      element.removeEventListener('input', onInput);
    };
  }, [fieldRef, undo, record]);

  return undo;
}

function stateOf(field: TextField): FieldState {
  const end = field.selectionEnd ?? field.value.length;
  return { value: field.value, start: field.selectionStart ?? end, end };
}

function kindOf(inputType: string): ChangeKind {
  if (inputType === 'insertText') return 'insert';
  if (inputType.startsWith('delete')) return 'delete';
  return 'other';
}
