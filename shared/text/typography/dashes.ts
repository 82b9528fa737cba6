import { EM_DASH, EN_DASH, NBSP } from './chars';

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

/** Dialogue: a hyphen or dash opening a paragraph (a line) becomes `—⍽`. */
export function fixDialogueDash(text: string, atParagraphStart = true): string {
  const fixed = text.replace(/(?<=^|\n)([ \t]*)(?:-{1,3}|[\u2013\u2014])[ \t\u00A0]+(?=\S)/g, `$1${EM_DASH}${NBSP}`);
  if (atParagraphStart) return fixed;
  // Not a paragraph start (an HTML text node in mid-paragraph): keep the original first line.
  const firstBreak = text.indexOf('\n');
  if (firstBreak < 0) return text;
  const fixedBreak = fixed.indexOf('\n');
  return text.slice(0, firstBreak) + fixed.slice(fixedBreak);
}

/** Number ranges get an en dash: 2024-2025 → 2024–2025, 5-7 → 5–7; chains (dates, phones) are left alone. */
export function fixNumberRanges(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}_.,/:-])(\d+)-(\d+)(?![\p{L}\p{N}_]|[.,:/-]\d)/gu, `$1${EN_DASH}$2`);
}
