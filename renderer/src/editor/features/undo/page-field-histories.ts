import { FieldHistory, type ChangeKind, type FieldState } from './field-history';
import { matchesShortcut } from '../shortcuts/match-shortcut';
import { isEditableTarget } from './undo-keys';

type TextField = HTMLInputElement | HTMLTextAreaElement;

/** Marks a field that keeps a history of its own (useFieldHistory): the page-wide one leaves it alone. */
export const OWN_HISTORY_ATTRIBUTE = 'data-own-history';

/**
 * Every other text field of the page (the metadata panel, search, dialogs) gets a history of its own too.
 * Chromium keeps one native undo stack for the whole page: Ctrl+Z in the tags field undid the last word
 * typed in the headline. With every field keeping its own steps, the native stack is never popped, so a
 * shortcut never edits a field the person did not put the caret in. Listens in the capture phase on the
 * document; the body (ProseMirror) has its own history and is not a text field.
 */
export function installPageFieldHistories(doc: Document): () => void {
  const histories = new WeakMap<TextField, FieldHistory>();
  const known = new WeakMap<TextField, FieldState>();
  const announced = new WeakMap<TextField, FieldState>();
  let restoring = false;

  const fieldOf = (target: EventTarget | null): TextField | null => {
    if (!isEditableTarget(target) || (target as HTMLElement).isContentEditable) return null;
    const field = target as TextField;
    return field.hasAttribute(OWN_HISTORY_ATTRIBUTE) ? null : field;
  };
  const historyOf = (field: TextField): FieldHistory => {
    let history = histories.get(field);
    if (!history) histories.set(field, (history = new FieldHistory()));
    return history;
  };
  const remember = (field: TextField) => known.set(field, stateOf(field));

  const step = (field: TextField, direction: 'undo' | 'redo') => {
    const history = historyOf(field);
    const current = stateOf(field);
    const next = direction === 'undo' ? history.undo(current) : history.redo(current);
    if (next) restore(field, next);
    remember(field);
  };

  /** Puts a value back so that React's onChange sees it, as it sees typing. */
  const restore = (field: TextField, state: FieldState) => {
    const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    const setValue = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
    restoring = true;
    try {
      setValue?.call(field, state.value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
    } finally {
      restoring = false;
    }
    if (field.type !== 'number' && field.type !== 'email') field.setSelectionRange(state.end, state.end);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const field = fieldOf(event.target);
    if (!field) return;
    const undo = matchesShortcut(event, 'undo');
    if (!undo && !matchesShortcut(event, 'redo')) return remember(field);
    event.preventDefault();
    step(field, undo ? 'undo' : 'redo');
  };
  const onBeforeInput = (raw: Event) => {
    const field = fieldOf(raw.target);
    if (!field) return;
    const event = raw as InputEvent;
    if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
      event.preventDefault();
      step(field, event.inputType === 'historyUndo' ? 'undo' : 'redo');
      return;
    }
    announced.set(field, stateOf(field));
  };
  const onInput = (raw: Event) => {
    const field = fieldOf(raw.target);
    if (!field || restoring) return;
    const event = raw as InputEvent;
    const before = announced.get(field);
    const last = known.get(field);
    announced.delete(field);
    // An announced change that started from what the field held; anything else (autocomplete) stands alone.
    if (before && (!last || before.value === last.value)) {
      historyOf(field).record(before, kindOf(event.inputType ?? ''), /\s/.test(event.data ?? ''));
    } else if (last) {
      historyOf(field).record(last, 'other', false);
    }
    remember(field);
  };
  const onFocusIn = (event: FocusEvent) => {
    const field = fieldOf(event.target);
    if (field) remember(field);
  };

  doc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('beforeinput', onBeforeInput, true);
  doc.addEventListener('input', onInput, true);
  doc.addEventListener('focusin', onFocusIn, true);
  return () => {
    doc.removeEventListener('keydown', onKeyDown, true);
    doc.removeEventListener('beforeinput', onBeforeInput, true);
    doc.removeEventListener('input', onInput, true);
    doc.removeEventListener('focusin', onFocusIn, true);
  };
}

function stateOf(field: TextField): FieldState {
  // Some input types (number, email) have no selection API: their value is all there is.
  let end = field.value.length;
  let start = end;
  try {
    end = field.selectionEnd ?? end;
    start = field.selectionStart ?? end;
  } catch {
    /* no selection on this type */
  }
  return { value: field.value, start, end };
}

function kindOf(inputType: string): ChangeKind {
  if (inputType === 'insertText') return 'insert';
  if (inputType.startsWith('delete')) return 'delete';
  return 'other';
}
