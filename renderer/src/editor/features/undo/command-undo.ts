import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import type { Node } from '@tiptap/pm/model';
import type { FieldUndo } from './use-field-history';

/** A field a command changed: its history, and the value the command left in it. */
export interface CommandFieldChange {
  undo: FieldUndo;
  after: string;
  current(): string;
}

interface DoneCommand {
  editor: Editor | null;
  /** The body the command left: any later change makes a new document. */
  doc: Node | null;
  bodyChanged: boolean;
  fields: CommandFieldChange[];
}

/**
 * A command from a button («Виправити типографіку», a suggestion applied) as one undo step: in the body it
 * is a history step of its own (never merged with the typing around it), and Ctrl+Z right after it, while
 * nothing else has changed, undoes all of it, the headline and lead included.
 */
export class CommandUndo {
  private last: DoneCommand | null = null;

  /** Runs `change`, which reports whether it changed the body; `fields` are the fields it changed. */
  run(editor: Editor | null, change: () => boolean, fields: () => CommandFieldChange[]): void {
    if (editor) editor.view.dispatch(closeHistory(editor.state.tr));
    const bodyChanged = change();
    if (editor) editor.view.dispatch(closeHistory(editor.state.tr));
    const changedFields = fields();
    const changed = bodyChanged || changedFields.length > 0;
    this.last = changed ? { editor, doc: editor?.state.doc ?? null, bodyChanged, fields: changedFields } : null;
  }

  /** Whether Ctrl+Z now would undo the last command: nothing has changed since it ran. */
  get undoable(): boolean {
    const last = this.last;
    if (!last) return false;
    const bodyUnchanged = (last.editor?.state.doc ?? null) === last.doc;
    return bodyUnchanged && last.fields.every((field) => field.current() === field.after);
  }

  /** Undoes the last command if nothing has changed since; says whether it did. */
  undo(): boolean {
    if (!this.undoable || !this.last) return false;
    const { editor, bodyChanged, fields } = this.last;
    this.last = null;
    if (bodyChanged) editor?.commands.undo();
    for (const field of fields) field.undo.undo();
    return true;
  }

  forget(): void {
    this.last = null;
  }
}
