import { findWord, type WordBounds } from '../../../shared/text/uk-stemmer';
import { bylineText } from './index-terms';
import { wordMatcher, type QueryTerms } from './query-terms';
import type { Snippet } from './types';

export const SNIPPET_WORDS = 30;
/** Words shown before the first match, so it reads in context rather than starting on the match. */
const WORDS_BEFORE = 8;
/** Remembered words: enough for a whole window on either side of the match. */
const RING = 2 * SNIPPET_WORDS;
const ELLIPSIS = '…';
const SPACE = /\s/;

/** What a result's snippet may be cut from. */
export interface SnippetFields {
  /** Lead and body as one line of NFC text. */
  plain: string;
  authors: readonly string[];
  rubric: string;
}

/**
 * Why an article was found, in its own words: the text around the first match; when nothing in the text
 * matched, the byline or the rubric that did (marked, and saying which it is); else the opening of the text.
 */
export function snippetOf(fields: SnippetFields, terms: QueryTerms): Snippet {
  const text = makeSnippet(fields.plain, terms);
  if (text.highlights.length > 0) return text;
  for (const [source, value] of [
    ['authors', bylineText(fields.authors)],
    ['rubric', fields.rubric],
  ] as const) {
    const field = makeSnippet(value, terms);
    if (field.highlights.length > 0) return { ...field, source };
  }
  return text;
}

/**
 * A window of about 30 words of `plain` (one line of NFC text) around the first word that answers the
 * query, cut at word boundaries (punctuation stuck to a word stays with it) with «…» where text was cut,
 * and the [start, end) ranges of every answering word inside it. When only the headline or tags matched,
 * the window is the start of the text.
 *
 * A page of results may need a snippet from deep inside each of 200 articles, so the text is scanned once,
 * only as far as needed, keeping the bounds of the last few words in a ring instead of copying words out.
 */
export function makeSnippet(plain: string, terms: QueryTerms): Snippet {
  const matches = wordMatcher(terms);
  const starts = new Int32Array(RING);
  const ends = new Int32Array(RING);
  const hyphenated = new Uint8Array(RING);
  const word: WordBounds = { start: 0, end: 0, hyphenated: false };
  let count = 0;
  let matchAt = -1;
  let openingEnd = 0;
  for (let from = 0; findWord(plain, from, word); from = word.end) {
    const slot = count % RING;
    starts[slot] = word.start;
    ends[slot] = word.end;
    hyphenated[slot] = word.hyphenated ? 1 : 0;
    if (count < SNIPPET_WORDS) openingEnd = word.end;
    if (matchAt < 0 && matches(plain, word.start, word.end, word.hyphenated)) matchAt = count;
    count += 1;
    if (matchAt >= 0 && count - matchAt >= SNIPPET_WORDS) break;
  }
  if (count === 0) return { text: '', highlights: [] };
  if (matchAt < 0) return cut(plain, starts[0] ?? 0, openingEnd, []);

  const end = Math.min(count, Math.max(0, matchAt - WORDS_BEFORE) + SNIPPET_WORDS);
  const start = Math.max(0, end - SNIPPET_WORDS);
  const ranges: Array<[number, number]> = [];
  for (let i = start; i < end; i += 1) {
    const slot = i % RING;
    const [from, to] = [starts[slot] ?? 0, ends[slot] ?? 0];
    if (i === matchAt || (i > matchAt && matches(plain, from, to, hyphenated[slot] === 1))) ranges.push([from, to]);
  }
  return cut(plain, starts[start % RING] ?? 0, ends[(end - 1) % RING] ?? 0, ranges);
}

/** The snippet of plain[from, to) widened to whole tokens, with «…» where text was left out. */
function cut(plain: string, from: number, to: number, ranges: Array<[number, number]>): Snippet {
  const cutStart = extendLeft(plain, from);
  const cutEnd = extendRight(plain, to);
  const before = /\S/.test(plain.slice(0, cutStart)) ? ELLIPSIS : '';
  const after = /\S/.test(plain.slice(cutEnd)) ? ELLIPSIS : '';
  const shift = before.length - cutStart;
  return {
    text: `${before}${plain.slice(cutStart, cutEnd)}${after}`,
    highlights: ranges.map(([start, end]) => [start + shift, end + shift]),
  };
}

/** Opening quotes and brackets belong to the word they open. */
function extendLeft(text: string, index: number): number {
  let i = index;
  while (i > 0 && !SPACE.test(text.charAt(i - 1))) i -= 1;
  return i;
}

/** Closing punctuation (a full stop, closing quotes and a comma) belongs to the word it follows. */
function extendRight(text: string, index: number): number {
  let i = index;
  while (i < text.length && !SPACE.test(text.charAt(i))) i += 1;
  return i;
}
