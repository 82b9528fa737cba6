/** Latin letters that look like Cyrillic ones (the usual keyboard-layout slips). */
export const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  I: 'І',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  ï: 'ї',
  Ï: 'Ї',
};

export interface MixedWord {
  start: number;
  end: number;
  word: string;
  /** The word with its look-alike Latin letters made Cyrillic; null if some Latin letter has no twin. */
  fixed: string | null;
}

/** Words that mix Cyrillic and Latin letters (Kиїв with a Latin K, Київ with a Latin i). */
export function findMixedScriptWords(text: string): MixedWord[] {
  const found: MixedWord[] = [];
  for (const m of text.matchAll(/[\p{L}\p{M}'’ʼ]+/gu)) {
    const word = m[0];
    if (!/\p{Script=Cyrillic}/u.test(word) || !/\p{Script=Latin}/u.test(word)) continue;
    let fixed: string | null = '';
    for (const ch of word) {
      if (/\p{Script=Latin}/u.test(ch)) {
        const twin = LATIN_TO_CYRILLIC[ch];
        if (twin === undefined) {
          fixed = null;
          break;
        }
        fixed += twin;
      } else fixed += ch;
    }
    found.push({ start: m.index, end: m.index + word.length, word, fixed });
  }
  return found;
}
