import { spellKey, withApostrophe } from './spell-key';

/** The personal dictionary's limits (settings: spelling.personalWords). */
export const PERSONAL_WORD_MAX_LENGTH = 64;
export const PERSONAL_WORDS_MAX = 5000;

/** A word as the personal dictionary keeps it: as written, with the outlet's apostrophe, no stress mark. */
export function personalWordForm(word: string, apostrophe: string): string {
  return withApostrophe(spellKey(word.trim()), apostrophe);
}

/** The list with `word` added once (whatever its apostrophe), in Ukrainian alphabetical order. */
export function withPersonalWord(words: readonly string[], word: string, apostrophe: string): string[] {
  const form = personalWordForm(word, apostrophe);
  const key = spellKey(form);
  if (form === '' || words.some((w) => spellKey(w) === key)) return [...words];
  return [...words, form].sort(compareUk);
}

/** The list without `word`, whatever apostrophe either is written with. */
export function withoutPersonalWord(words: readonly string[], word: string): string[] {
  const key = spellKey(word.trim());
  return words.filter((w) => spellKey(w) !== key);
}

function compareUk(a: string, b: string): number {
  return a.localeCompare(b, 'uk');
}
