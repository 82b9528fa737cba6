/**
 * Which words spellcheck leaves alone, and why. Only words written wholly in Cyrillic are checked:
 * - Latin-script words (names, brands, quotes in English) are skipped, as UKRAINIAN.md §4 says. The uk
 *   dictionary itself deletes Latin letters before lookup (its ICONV), so it would accept them all anyway,
 *   and an English dictionary would mostly flag the proper names a newsroom writes in Latin.
 * - Words that mix Latin and Cyrillic letters (a Latin `i` in `Київ`) are the typography panel's business.
 * - Words with digits (`5-го`, `COVID-19`, `Су-27`), one-letter words and ALL-CAPS abbreviations
 *   (`НАТО`, `ЗСУ`) are not words a dictionary can judge.
 */
export type SkipReason = 'digits' | 'latin' | 'mixed-script' | 'other-script' | 'single-letter' | 'abbreviation';

export function spellSkipReason(word: string): SkipReason | null {
  let cyrillic = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) return 'digits';
    if (c >= 0x0400 && c <= 0x052f) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || isLatinExtended(c)) latin++;
    else if (!isJoinerOrMark(c)) other++;
  }
  if (other > 0) return 'other-script';
  if (latin > 0) return cyrillic > 0 ? 'mixed-script' : 'latin';
  if (cyrillic < 2) return 'single-letter';
  if (word === word.toUpperCase()) return 'abbreviation';
  return null;
}

/** À–ɏ without × and ÷. */
function isLatinExtended(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

/** Apostrophes, hyphens and combining marks (the stress mark) belong to a word but are not its letters. */
function isJoinerOrMark(c: number): boolean {
  return (
    c === 0x27 ||
    c === 0x2019 ||
    c === 0x02bc ||
    c === 0x60 ||
    c === 0x2d ||
    c === 0x2010 ||
    c === 0x2011 ||
    (c >= 0x300 && c <= 0x36f)
  );
}
