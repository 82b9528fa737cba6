import type { Editor } from '@tiptap/core';
import { spellcheckKey, type SpellMarkSpec } from '../editor/features/spellcheck/spell-state';

/** How many words the spellchecker marks in the body now (style advice left out); null without a checker. */
export function spellingErrors(editor: Editor | null): number | null {
  const state = editor ? spellcheckKey.getState(editor.state) : undefined;
  if (!state || state.checker !== 'ready') return null;
  return state.decorations.find().filter((decoration) => !(decoration.spec as SpellMarkSpec).style).length;
}
