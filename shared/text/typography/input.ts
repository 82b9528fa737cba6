import { type Apostrophe, DEFAULT_APOSTROPHE, ELLIPSIS, EM_DASH, NBSP } from './chars';
import { type QuoteChar, typeQuote } from './quotes';

export { typeQuote } from './quotes';

/**
 * As-you-type rules, pure functions for a later TipTap input rule.
 *
 * `typeQuote(textBefore)` and `typeApostrophe(textBefore)` get the text before the cursor WITHOUT the typed
 * character and return the character to insert. `typeDash` and `typeEllipsis` get the text INCLUDING the
 * character just typed and return a replacement for the tail of it (or null to leave the input alone).
 */
export interface InputReplacement {
  /** How many characters before the cursor (the end of `textBefore`) to replace. */
  deleteBefore: number;
  insert: string;
}

/** A typed ' : the apostrophe after a letter (п’ята), otherwise a quote by nesting. */
export function typeApostrophe(
  textBefore: string,
  apostrophe: Apostrophe = DEFAULT_APOSTROPHE,
): Apostrophe | QuoteChar {
  return /\p{L}$/u.test(textBefore) ? apostrophe : typeQuote(textBefore);
}

/**
 * A space typed after ` -` / ` --` (or after `-` opening a paragraph): `зросли - ` → `зросли⍽— `,
 * `- ` at paragraph start → `—⍽`.
 */
export function typeDash(textBefore: string): InputReplacement | null {
  const paragraphStart = /(?:^|\n)([ \t]*)(-{1,2}|\u2013) $/.exec(textBefore);
  if (paragraphStart) {
    const dash = paragraphStart[2] ?? '-';
    return { deleteBefore: dash.length + 1, insert: `${EM_DASH}${NBSP}` };
  }
  const spaced = /(?<=\S)([ \u00A0])(-{1,2}|\u2013) $/.exec(textBefore);
  if (spaced) {
    const dash = spaced[2] ?? '-';
    return { deleteBefore: dash.length + 2, insert: `${NBSP}${EM_DASH} ` };
  }
  return null;
}

/** The third dot typed: `...` → `…` (not after a fourth dot). */
export function typeEllipsis(textBefore: string): InputReplacement | null {
  return /(?<!\.)\.\.\.$/.test(textBefore) ? { deleteBefore: 3, insert: ELLIPSIS } : null;
}

/**
 * One typed character, one decision: the replacement for the tail of `textBefore + typed`, or null to let
 * the character stand. `textBefore` is the paragraph's text before the cursor. The editor and the headline
 * field share it, so a quote typed anywhere comes out the same.
 */
export function autoFixTyped(
  textBefore: string,
  typed: string,
  apostrophe: Apostrophe = DEFAULT_APOSTROPHE,
): InputReplacement | null {
  switch (typed) {
    case '"':
    case '\u201C':
      return { deleteBefore: 1, insert: typeQuote(textBefore) };
    case "'":
      // After a digit it is a prime or a typo, not a quote: leave it for the journalist.
      if (/\p{N}$/u.test(textBefore)) return null;
      return { deleteBefore: 1, insert: typeApostrophe(textBefore, apostrophe) };
    case ' ':
      return typeDash(textBefore + typed);
    case '.':
      return typeEllipsis(textBefore + typed);
    default:
      return null;
  }
}
