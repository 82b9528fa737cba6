import { spellKey, withApostrophe } from './spell-key';

/** The personal dictionary's limits (settings: spelling.personalWords). */
export const PERSONAL_WORD_MAX_LENGTH = 64;
export const PERSONAL_WORDS_MAX = 5000;

/**
 * A word of the personal dictionary as the settings keep it: a plain word (only this form is accepted, as
 * every entry was before models existed) or a word with the dictionary word it declines like, so that all
 * its forms are accepted (`{ word: 'Виткофф', model: 'Трамп' }`: Виткоффа, Виткоффу, Виткоффом…).
 */
export type PersonalWord = string | { word: string; model: string };

export function personalWordText(entry: PersonalWord): string {
  return typeof entry === 'string' ? entry : entry.word;
}

export function personalWordModel(entry: PersonalWord): string | null {
  return typeof entry === 'string' ? null : entry.model;
}

/** A word as the personal dictionary keeps it: as written, with the outlet's apostrophe, no stress mark. */
export function personalWordForm(word: string, apostrophe: string): string {
  return withApostrophe(spellKey(word.trim()), apostrophe);
}

/**
 * The list with `word` added once (whatever its apostrophe), in Ukrainian alphabetical order. Added again
 * with another model (or none), the entry is replaced: the latest choice is the one kept.
 */
export function withPersonalWord(
  words: readonly PersonalWord[],
  word: string,
  apostrophe: string,
  model: string | null = null,
): PersonalWord[] {
  const form = personalWordForm(word, apostrophe);
  const key = spellKey(form);
  if (form === '') return [...words];
  const entry: PersonalWord = model ? { word: form, model: spellKey(model.trim()) } : form;
  const existing = words.find((w) => spellKey(personalWordText(w)) === key);
  if (existing !== undefined && personalWordModel(existing) === personalWordModel(entry)) return [...words];
  return [...words.filter((w) => w !== existing), entry].sort(compareUk);
}

/** The list without `word`, whatever apostrophe either is written with. */
export function withoutPersonalWord(words: readonly PersonalWord[], word: string): PersonalWord[] {
  const key = spellKey(word.trim());
  return words.filter((w) => spellKey(personalWordText(w)) !== key);
}

function compareUk(a: PersonalWord, b: PersonalWord): number {
  return personalWordText(a).localeCompare(personalWordText(b), 'uk');
}
