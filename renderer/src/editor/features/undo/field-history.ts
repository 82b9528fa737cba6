/** A text field's value and selection, as an undo step gives them back. */
export interface FieldState {
  value: string;
  start: number;
  end: number;
}

/** What kind of change a step was: typing and deleting run together; anything else stands alone. */
export type ChangeKind = 'insert' | 'delete' | 'other';

/**
 * The undo history of one plain text field (headline, lead). Chromium keeps one native undo stack for the
 * whole page, so a field's Ctrl+Z popped whatever was edited last anywhere (the body, another field), and
 * a value set by a command left the stack pointing at text that was no longer there. Each field keeps
 * its own steps instead: a run of typing is one step, ended by a space, another kind of change or a command.
 */
export class FieldHistory {
  private readonly done: FieldState[] = [];
  private undone: FieldState[] = [];
  private openKind: ChangeKind | null = null;

  /** A change is about to turn `before` into something else. */
  record(before: FieldState, kind: ChangeKind, endsWord = false): void {
    this.undone = [];
    // Typing over a selection (a replaced word, the typing typography's fix) is a step of its own.
    const alone = kind === 'other' || before.start !== before.end;
    if (alone || kind !== this.openKind) this.done.push(before);
    if (this.done.length > MAX_STEPS) this.done.shift();
    this.openKind = alone || endsWord ? null : kind;
  }

  /** The state to go back to, or null when there is nothing to undo. */
  undo(current: FieldState): FieldState | null {
    const previous = this.done.pop();
    if (!previous) return null;
    this.undone.push(current);
    this.openKind = null;
    return previous;
  }

  redo(current: FieldState): FieldState | null {
    const next = this.undone.pop();
    if (!next) return null;
    this.done.push(current);
    this.openKind = null;
    return next;
  }

  clear(): void {
    this.done.length = 0;
    this.undone = [];
    this.openKind = null;
  }
}

const MAX_STEPS = 200;
