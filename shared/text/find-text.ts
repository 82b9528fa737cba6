/**
 * Text as find sees it: case folded, the apostrophe's forms (' ’ ʼ ‘ `) one character (UKRAINIAN.md: one
 * character for every purpose), the no-break and thin spaces that typography puts in one space, the quote
 * marks one mark, the stress mark dropped. Folding may change the length (İ lowercases to two units, ß folds
 * to «ss», a stress mark to nothing), so the folded text keeps, per unit, where it came from.
 */
export interface FoldedText {
  text: string;
  /** Per unit of `text`, and one past its end, the offset in the original it came from; null when unit for unit. */
  offsets: Int32Array | null;
}

/** A match in the original text: from `from` up to, not including, `to`. */
export interface TextMatch {
  from: number;
  to: number;
}

const SAME_LENGTH: Record<string, string> = {
  '\u2019': "'",
  '\u2018': "'",
  '\u02BC': "'",
  '`': "'",
  '\u00A0': ' ',
  '\u202F': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u2010': '-',
  '\u2011': '-',
  '«': '"',
  '»': '"',
  '„': '"',
  '“': '"',
  '”': '"',
  ς: 'σ',
};
const SAME_LENGTH_CHARS = new RegExp(`[${Object.keys(SAME_LENGTH).join('')}]`, 'g');
/** What folds to a different length: the stress mark (dropped) and the letters whose folding is two letters. */
const LENGTH_CHANGING = /[\u0301ßẞİ]/;
const STRESS = '\u0301';

function foldChar(char: string): string {
  if (char === STRESS) return '';
  if (char === 'ß' || char === 'ẞ') return 'ss';
  const lower = char.toLowerCase();
  return SAME_LENGTH[lower] ?? lower;
}

export function foldForFind(text: string): FoldedText {
  const lower = text.toLowerCase();
  // The common case: every unit folds to one unit, offsets stay the same.
  if (lower.length === text.length && !LENGTH_CHANGING.test(text)) {
    return { text: lower.replace(SAME_LENGTH_CHARS, (char) => SAME_LENGTH[char] ?? char), offsets: null };
  }
  let folded = '';
  const offsets: number[] = [];
  let at = 0;
  for (const char of text) {
    const into = foldChar(char);
    folded += into;
    for (let unit = 0; unit < into.length; unit += 1) offsets.push(at);
    at += char.length;
  }
  offsets.push(text.length);
  return { text: folded, offsets: Int32Array.from(offsets) };
}

/** Whether a folded offset falls between two characters of the original, not inside one's folding. */
function onBoundary(offsets: Int32Array, index: number): boolean {
  return index === 0 || index === offsets.length - 1 || offsets[index] !== offsets[index - 1];
}

/** Every match of `needle` (already folded, not empty) in `haystack`, one after another, in original offsets. */
export function findFolded(haystack: FoldedText, needle: string): TextMatch[] {
  const matches: TextMatch[] = [];
  if (needle.length === 0) return matches;
  const { text, offsets } = haystack;
  let at = text.indexOf(needle);
  while (at >= 0) {
    const end = at + needle.length;
    if (!offsets) {
      matches.push({ from: at, to: end });
      at = text.indexOf(needle, end);
    } else if (onBoundary(offsets, at) && onBoundary(offsets, end)) {
      matches.push({ from: offsets[at] as number, to: offsets[end] as number });
      at = text.indexOf(needle, end);
    } else {
      at = text.indexOf(needle, at + 1);
    }
  }
  return matches;
}

/** Every match of what a person typed in `text`, both folded. */
export function findInText(text: string, query: string): TextMatch[] {
  return findFolded(foldForFind(text), foldForFind(query).text);
}
