import { Decoration } from '@tiptap/pm/view';
import type { SpellMarkSpec } from './spell-state';

/** The class of a misspelled word (a wavy red underline, spellcheck.css). */
export const SPELL_ERROR_CLASS = 'spell-error';

// aria-invalid="spelling" lets screen readers announce the misspelling, as they do for native spellcheck.
const ATTRS = { class: SPELL_ERROR_CLASS, 'aria-invalid': 'spelling' };

export function spellMark(from: number, to: number, key: string): Decoration {
  const spec: SpellMarkSpec = { key };
  return Decoration.inline(from, to, ATTRS, spec);
}
