import { Decoration } from '@tiptap/pm/view';
import type { SpellMarkSpec } from './spell-state';

/** The class of a misspelled word (a wavy red underline, spellcheck.css). */
export const SPELL_ERROR_CLASS = 'spell-error';
/** The class of a valid but discouraged word (a softer dotted underline): a style suggestion. */
export const SPELL_STYLE_CLASS = 'spell-style';

// aria-invalid="spelling" lets screen readers announce the misspelling, as they do for native spellcheck.
const ATTRS = { class: SPELL_ERROR_CLASS, 'aria-invalid': 'spelling' };
// A style suggestion is no error: nothing is announced as invalid, the menu explains it.
const STYLE_ATTRS = { class: SPELL_STYLE_CLASS };

export function spellMark(from: number, to: number, key: string): Decoration {
  const spec: SpellMarkSpec = { key };
  return Decoration.inline(from, to, ATTRS, spec);
}

export function styleMark(from: number, to: number, key: string): Decoration {
  const spec: SpellMarkSpec = { key, style: true };
  return Decoration.inline(from, to, STYLE_ATTRS, spec);
}
