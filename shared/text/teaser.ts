import { ELLIPSIS } from './typography/chars';

/** Where a teaser may end: an ordinary space or line break. A no-break space binds its words, so not there. */
const BREAK = /[ \t\r\n]/;
const TRAILING_JOINERS = /[\s,;:\u2014\u2013-]+$/u;
const SENTENCE_END = /[.!?\u2026]$/;

/**
 * The start of a text, at most `maxChars` characters (code points, the ellipsis included), cut at a word
 * boundary and ended with … ; the whole text, on one line, when it fits. A cut that lands on the end of a
 * sentence keeps its full stop instead of an ellipsis.
 */
export function teaser(text: string, maxChars: number): string {
  const chars = [...text.replace(/[ \t\r\n]+/g, ' ').trim()];
  if (chars.length <= maxChars) return chars.join('');
  // The longest run of whole words that leaves room for the ellipsis: it ends where a break follows.
  let cut = maxChars - 1;
  while (cut > 0 && !BREAK.test(chars[cut] ?? '')) cut -= 1;
  const whole = chars.slice(0, cut).join('').replace(TRAILING_JOINERS, '');
  const head = whole || chars.slice(0, maxChars - 1).join('');
  return SENTENCE_END.test(head) ? head : head + ELLIPSIS;
}

/**
 * The first `count` words of a text and `more` when there were more, as news sites list related articles
 * (WordPress's wp_trim_words: `…найменшої грошової одиниці...`). Words are split at spaces, so a word keeps
 * its punctuation (`обліку, який...`).
 */
export function firstWords(text: string, count: number, more: string): string {
  const words = text.split(/[ \t\r\n]+/).filter((word) => word !== '');
  return words.length <= count ? words.join(' ') : words.slice(0, count).join(' ') + more;
}
