/**
 * The form in which a word is looked up, cached and added to the dictionary. The uk dictionary writes the
 * apostrophe as ' (its ICONV maps ’ and ʼ to it), and UKRAINIAN.md §2 makes ' ’ ʼ one character for every
 * purpose, so `п’ять`, `п'ять` and `пʼять` share one key. The stress mark (which the dictionary's IGNORE
 * drops anyway) goes too, so `безпе́ка` and `безпека` are one lookup.
 */

const TEXT_APOSTROPHES = /[\u2019\u02BC`]/g;
const DICTIONARY_APOSTROPHES = /'/g;
const HYPHENS = /[\u2010\u2011]/g;
const COMBINING_MARK = /[\u0300-\u036F]/;
const STRESS = /\u0301/g;

export function spellKey(word: string): string {
  let key = word;
  if (COMBINING_MARK.test(key)) key = key.normalize('NFC').replace(STRESS, '');
  return key.replace(TEXT_APOSTROPHES, "'").replace(HYPHENS, '-');
}

/** A word from the dictionary (a suggestion) written with the outlet's apostrophe, as the body stores it. */
export function withApostrophe(word: string, apostrophe: string): string {
  return word.replace(DICTIONARY_APOSTROPHES, apostrophe);
}
