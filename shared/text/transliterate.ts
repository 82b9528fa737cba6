/**
 * Ukrainian to Latin by the official table (Cabinet of Ministers resolution No. 55, 27 January 2010),
 * UKRAINIAN.md §1. Written out here because the popular slug packages use older or Russian-style tables.
 */

/** Letters with one Latin form wherever they stand (lowercase; the case of the source is applied after). */
const PLAIN: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
};

/** Letters written one way at the start of a word and another inside it. */
const WORD_START: Readonly<Record<string, readonly [start: string, inside: string]>> = {
  є: ['ye', 'ie'],
  ї: ['yi', 'i'],
  й: ['y', 'i'],
  ю: ['yu', 'iu'],
  я: ['ya', 'ia'],
};

/** The three apostrophe forms: one character for every purpose, dropped, and part of the word they stand in. */
const APOSTROPHES = new Set(["'", '\u2019', '\u02BC']);
const STRESS_MARK = /\u0301/g;
const LETTER = /\p{L}/u;

const isUpper = (char: string | undefined): boolean =>
  char !== undefined && char !== char.toLowerCase() && char === char.toUpperCase();

/**
 * A capital letter becomes `Shch` in `Щербухи` but `SHCH` in `ЩЕРБУХИ`: a multi-letter form is all caps
 * when a neighbouring letter of the same word is a capital too.
 */
function withCase(latin: string, capital: boolean, neighbourIsCapital: boolean): string {
  if (!capital || latin === '') return latin;
  if (neighbourIsCapital) return latin.toUpperCase();
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

/** The text with Ukrainian letters in Latin; everything else (Latin, digits, punctuation) is kept as it is. */
export function transliterate(text: string): string {
  const chars = [...text.normalize('NFC').replace(STRESS_MARK, '')];
  let out = '';
  let atWordStart = true;
  let previousLetter = '';
  let previousChar = '';
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i] as string;
    if (APOSTROPHES.has(char)) continue;
    const isCapital = isUpper(char);
    const lower = char.toLowerCase();
    const positional = WORD_START[lower];
    let latin: string | undefined = PLAIN[lower];
    if (positional) latin = atWordStart ? positional[0] : positional[1];
    // зг → zgh: plain zh would read back as ж (Згорани → Zghorany, never Zhorany).
    if (lower === 'г' && previousLetter === 'з') latin = 'gh';
    if (latin === undefined) {
      out += char;
      const letter = LETTER.test(char);
      atWordStart = !letter;
      previousLetter = letter ? lower : '';
      previousChar = char;
      continue;
    }
    let j = i + 1;
    while (APOSTROPHES.has(chars[j] ?? '')) j += 1;
    const next = chars[j];
    const neighbourIsCapital = isUpper(next) || (!LETTER.test(next ?? '') && isUpper(previousChar));
    out += withCase(latin, isCapital, neighbourIsCapital);
    atWordStart = false;
    previousLetter = lower;
    previousChar = char;
  }
  return out;
}
