import type { Editor } from '@tiptap/core';

/**
 * Types text into an editor the way a keyboard does: each character is offered to the view's
 * handleTextInput props (input rules, typography, slash menu) and inserted as plain text only when none
 * takes it (insertContent() would skip them all); `\n` is Enter.
 */
export function typeText(editor: Editor, text: string): void {
  for (const char of text) {
    const { view } = editor;
    if (char === '\n') {
      editor.commands.enter();
      continue;
    }
    const { from, to } = view.state.selection;
    const insert = () => view.state.tr.insertText(char, from, to);
    const handled = view.someProp('handleTextInput', (handle) => handle(view, from, to, char, insert));
    if (!handled) view.dispatch(insert());
  }
}
