import { hasSuperlativePrefix, SUPERLATIVE_INITIALS, wordSpans } from '../../../shared/text/uk-stemmer';
import { termsOfWord } from './index-terms';

/** The stems a text query asks for: all of them must occur; `prefix` matches any term it starts. */
export interface QueryTerms {
  exact: string[];
  prefix: string | null;
}

/** What may trail a word that is still being typed: an apostrophe or a hyphen before the rest of the word. */
const TYPING_TAIL = /^['\u2019\u02BC\-\u2010\u2011]*$/;
/**
 * A one-letter prefix matches a good part of the vocabulary, costs the most and means nothing yet, so
 * a single letter still being typed is left out until the second one comes.
 */
const MIN_PREFIX = 2;

/**
 * Every word of the query, stemmed. The last word is a prefix while it is being typed, i.e. when nothing
 * but an apostrophe or a hyphen follows it; after a space or punctuation it is a whole word. Returns
 * null when there is nothing to search for (only punctuation, FTS syntax, or a lone letter being typed).
 */
export function parseQueryText(text: string | undefined): QueryTerms | null {
  if (!text) return null;
  const spans = wordSpans(text);
  const last = spans.at(-1);
  if (!last) return null;
  const exact = spans.flatMap((span) => termsOfWord(span.word));
  let prefix: string | null = null;
  if (TYPING_TAIL.test(text.slice(last.end))) {
    prefix = exact.pop() ?? null;
    if (prefix !== null && prefix.length < MIN_PREFIX) prefix = null;
  }
  const unique = [...new Set(exact)];
  if (unique.length === 0 && prefix === null) return null;
  return { exact: unique, prefix };
}

/**
 * A query that is only a word's first two or three letters matches hundreds of words in
 * every article: bm25 over it costs the most of any search (it walks every position of every such word)
 * and ranks by nothing the user has said yet. Such a query is answered newest first.
 */
export const MIN_RANKED_PREFIX = 4;

/** The FTS5 expressions of a query. */
export interface FtsQuery {
  /** Everything the query asks for: what an article must match. */
  match: string;
  /** Whether bm25 over `match` means anything (see {@link MIN_RANKED_PREFIX}). */
  ranked: boolean;
}

/**
 * The FTS5 MATCH expression: every term a quoted string (so `"`, `*`, `:`, `-`, `NEAR`, `AND`, `OR` in
 * the user's text are never syntax), implicitly ANDed, the prefix marked with `*`.
 */
export function ftsQuery(terms: QueryTerms): FtsQuery {
  const quote = (term: string) => `"${term.replaceAll('"', '""')}"`;
  const parts = terms.exact.map(quote);
  if (terms.prefix !== null) parts.push(`${quote(terms.prefix)}*`);
  const ranked = terms.exact.length > 0 || (terms.prefix ?? '').length >= MIN_RANKED_PREFIX;
  return { match: parts.join(' '), ranked };
}

// Stemming changes a word's end, never its first letter, except by dropping the superlative prefix
// (SUPERLATIVE_INITIALS, hasSuperlativePrefix: the stemmer's own rule).

/** Whether the word at [start, end) of an NFC text answers the query. */
export type WordMatcher = (text: string, start: number, end: number, hyphenated: boolean) => boolean;

/**
 * A word answers the query when one of its terms is asked for or starts with the prefix. Snippets ask
 * this of every word up to the first match, so words whose first letter no query term has are turned
 * away before the word is even copied out of the text (a hyphenated word is looked up whole: each part
 * has its own term and its own first letter).
 */
export function wordMatcher(terms: QueryTerms): WordMatcher {
  const exact = new Set(terms.exact);
  const { prefix } = terms;
  const initials = new Set<string>();
  for (const term of [...terms.exact, ...(prefix === null ? [] : [prefix])]) {
    initials.add(term.charAt(0));
    initials.add(term.charAt(0).toUpperCase());
  }
  return (text, start, end, hyphenated) => {
    const initial = text.charAt(start);
    if (
      !initials.has(initial) &&
      !hyphenated &&
      !(SUPERLATIVE_INITIALS.has(initial) && hasSuperlativePrefix(text.slice(start, start + 6)))
    ) {
      return false;
    }
    const word = text.slice(start, end);
    return termsOfWord(word).some((term) => exact.has(term) || (prefix !== null && term.startsWith(prefix)));
  };
}
