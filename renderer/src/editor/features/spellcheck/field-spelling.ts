import { spellTokens, type SpellToken } from '../../../../../shared/text/spell/spell-tokens';

/** What a plain field (headline, lead) needs to know of the window's spelling verdicts. */
export interface SpellVerdicts {
  isKnown(key: string): boolean;
  isMisspelled(key: string): boolean;
  /** Any value: the word gets a style suggestion rather than a misspelling mark. */
  styleAdvice(key: string): object | null;
}

/** A marked word of a field: a misspelling, or (`style`) a style suggestion. */
export interface FieldMark extends SpellToken {
  style?: true;
}

/**
 * A part of the field's text as its backdrop draws it: misspelled words get the wavy underline, style
 * suggestions a softer one.
 */
export interface FieldSegment {
  /** Where the part starts in the text. */
  start: number;
  text: string;
  mark: 'error' | 'style' | null;
}

/** Lookup forms of the field's words the checker has not judged yet, each once. */
export function unknownFieldKeys(text: string, verdicts: SpellVerdicts): string[] {
  return [...new Set(spellTokens(text).map((token) => token.key))].filter((key) => !verdicts.isKnown(key));
}

/**
 * The marked words of a field: misspellings and style suggestions. `typingAt` is the caret while the
 * journalist is typing there: the word that ends at it is still being written and is left alone, as in the body.
 */
export function fieldMisspellings(text: string, verdicts: SpellVerdicts, typingAt: number | null = null): FieldMark[] {
  const marks: FieldMark[] = [];
  for (const token of spellTokens(text)) {
    if (token.to === typingAt) continue;
    if (verdicts.isMisspelled(token.key)) marks.push(token);
    else if (verdicts.styleAdvice(token.key)) marks.push({ ...token, style: true });
  }
  return marks;
}

/** Inputs that bring whole words rather than a word being written: an undo or redo, a paste, a drop, a replacement. */
const WHOLE_WORD_INPUTS = /^(history|insertFrom|insertReplacementText)/;

/**
 * Whether an input leaves the word at the caret unfinished (typing, deleting), so that it waits for the caret
 * to leave it. An input event without a type (a test's synthetic change) counts as typing.
 */
export function leavesWordUnfinished(inputType: string | undefined): boolean {
  return !WHOLE_WORD_INPUTS.test(inputType ?? '');
}

/** The marked word at a text offset (the caret anywhere in it or right after it). */
export function misspellingAt(misspellings: readonly FieldMark[], offset: number): FieldMark | undefined {
  return misspellings.find((token) => token.from <= offset && offset <= token.to);
}

/** The field's text cut into plain and marked parts, in order, for its backdrop. */
export function fieldSegments(text: string, misspellings: readonly FieldMark[]): FieldSegment[] {
  const segments: FieldSegment[] = [];
  let at = 0;
  for (const { from, to, style } of misspellings) {
    if (from > at) segments.push({ start: at, text: text.slice(at, from), mark: null });
    segments.push({ start: from, text: text.slice(from, to), mark: style ? 'style' : 'error' });
    at = to;
  }
  if (at < text.length) segments.push({ start: at, text: text.slice(at), mark: null });
  return segments;
}
