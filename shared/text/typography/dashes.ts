import { EM_DASH, EN_DASH, NBSP } from './chars';
import { AFTER_NUMERO_SIGN } from './numbers';

/**
 * A spaced hyphen, `--`, `---` or spaced en/em dash between words: `⍽— ` (no-break space before the dash).
 * `continuesText`: the piece continues a word before it (an HTML text node after `</b>`).
 */
export function fixSpacedDashes(text: string, continuesText = false): string {
  const re = continuesText
    ? /(?<=[^\s]|^)[ \t\u00A0]+(?:-{1,3}|[\u2013\u2014])[ \t]+(?=\S)/g
    : /(?<=[^\s])[ \t\u00A0]+(?:-{1,3}|[\u2013\u2014])[ \t]+(?=\S)/g;
  return text.replace(re, `${NBSP}${EM_DASH} `);
}

/**
 * Dialogue: a hyphen or dash opening a paragraph (a line) becomes `—⍽`, spaced (`- Так`) or glued to the
 * first word (`-Так`, `-«Так»`); a glued one before a digit is a minus (`-5 градусів`) and stays.
 */
export function fixDialogueDash(text: string, atParagraphStart = true): string {
  const fixed = text.replace(
    /(?<=^|\n)([ \t]*)(?:-{1,3}|[\u2013\u2014])(?:[ \t\u00A0]+(?=\S)|(?=[\p{L}«„"]))/gu,
    `$1${EM_DASH}${NBSP}`,
  );
  if (atParagraphStart) return fixed;
  // Not a paragraph start (an HTML text node in mid-paragraph): keep the original first line.
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return text;
  const fixedBreak = fixed.indexOf('\n');
  return text.slice(0, firstBreak) + fixed.slice(fixedBreak);
}

const NUMBER_RANGE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_.,/:-])(?=\\d)${AFTER_NUMERO_SIGN}(\\d+)-(\\d+)(?![\\p{L}\\p{N}_]|[.,:/-]\\d)`,
  'gu',
);

/**
 * Number ranges get an en dash: 2024-2025 → 2024–2025, 5-7 → 5–7; chains (dates, phones) are left alone,
 * and so is a document number after `№` (`№ 14103-1`, an alternative bill).
 */
export function fixNumberRanges(text: string): string {
  return text.replace(NUMBER_RANGE_RE, `$1${EN_DASH}$2`);
}
