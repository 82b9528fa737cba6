import type { Editor } from '@tiptap/core';

/**
 * Types text into an editor the way a keyboard does: each character is offered to the editor's
 * handleTextInput props (input rules, typography) and inserted as plain text when none takes it.
 */
export function typeInto(editor: Editor, text: string): void {
  for (const ch of text) {
    const { view } = editor;
    if (ch === '\n') {
      editor.commands.enter();
      continue;
    }
    const { from, to } = view.state.selection;
    const handled = view.someProp('handleTextInput', (handle) => handle(view, from, to, ch, () => view.state.tr));
    if (!handled) view.dispatch(view.state.tr.insertText(ch, from, to));
  }
}
