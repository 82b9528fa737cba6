import { describe, expect, it } from 'vitest';
import { FieldHistory, type FieldState } from '../../../../../renderer/src/editor/features/undo/field-history';

const at = (value: string, start = value.length, end = start): FieldState => ({ value, start, end });

/** Types `text` into the history one character at a time, as the field reports it. */
function type(history: FieldHistory, from: string, text: string): string {
  let value = from;
  for (const char of text) {
    history.record(at(value), 'insert', /\s/.test(char));
    value += char;
  }
  return value;
}

describe('FieldHistory', () => {
  it('gives back a typed word as one step, a word at a time', () => {
    const history = new FieldHistory();
    const typed = type(history, '', 'Київ вітає');
    expect(history.undo(at(typed))?.value).toBe('Київ ');
    expect(history.undo(at('Київ '))?.value).toBe('');
    expect(history.undo(at(''))).toBeNull();
  });

  it('keeps a command or a replaced selection as a step of its own', () => {
    const history = new FieldHistory();
    const typed = type(history, '', 'п');
    history.record(at(typed), 'insert');
    history.record(at("п'", 1, 2), 'insert'); // the typing typography puts ’ over the typed '
    history.record(at('п’'), 'other'); // «Виправити типографіку»
    expect(history.undo(at('п’ '))?.value).toBe('п’');
    expect(history.undo(at('п’'))).toEqual(at("п'", 1, 2));
    expect(history.undo(at("п'"))?.value).toBe('');
  });

  it('redoes what was undone until something new is typed', () => {
    const history = new FieldHistory();
    const typed = type(history, '', 'слово');
    const undone = history.undo(at(typed));
    expect(undone?.value).toBe('');
    expect(history.redo(at(''))?.value).toBe('слово');
    history.undo(at('слово'));
    type(history, '', 'інше');
    expect(history.redo(at('інше'))).toBeNull();
  });
});
