/**
 * Quotes by nesting: «outer» and „inner“. A quote mark opens when it follows the start of a paragraph,
 * a space, an opening bracket, dash or another opening quote; otherwise it closes. Depth resets per paragraph.
 */

export type QuoteChar = '«' | '»' | '„' | '“';

/** Open-quote depth carried across pieces of one paragraph (HTML text nodes). */
export interface QuoteState {
  depth: number;
  /** The last character seen before the current piece ('' at paragraph start). */
  prev: string;
}

export const newQuoteState = (): QuoteState => ({ depth: 0, prev: '' });

const OPENING_CONTEXT = /^$|[\s([{«„\u2014\u2013/-]/u;

const opensAfter = (prev: string): boolean => OPENING_CONTEXT.test(prev);

const openChar = (depth: number): QuoteChar => (depth === 0 ? '«' : '„');
const closeChar = (depth: number): QuoteChar => (depth <= 1 ? '»' : '“');

/**
 * Decide one quote mark. `mark` is the input character; ambiguous marks (" ' “) follow context,
 * « „ always open, » ” always close. Returns the typographic character (or the mark itself for a
 * stray ' that has nothing to close) and updates the state.
 */
function decide(mark: string, state: QuoteState): string {
  const ambiguous = mark === '"' || mark === "'" || mark === '“';
  const opening = mark === '«' || mark === '„' || (ambiguous && (opensAfter(state.prev) || state.depth === 0));
  if (opening) {
    if (mark === "'" && !opensAfter(state.prev)) return mark; // a stray ' after a letter: leave it alone
    const ch = openChar(state.depth);
    state.depth += 1;
    return ch;
  }
  const ch = closeChar(state.depth);
  state.depth = Math.max(0, state.depth - 1);
  return ch;
}

/** Fix quote marks in one piece of a paragraph; `state` carries nesting across pieces. Newlines reset it. */
export function fixQuotesWithState(text: string, state: QuoteState): string {
  let out = '';
  for (const ch of text) {
    if (ch === '\n') {
      state.depth = 0;
      state.prev = '';
      out += ch;
      continue;
    }
    if ('"\'«»„“”'.includes(ch)) {
      const fixed = decide(ch, state);
      out += fixed;
      state.prev = fixed;
    } else {
      out += ch;
      state.prev = ch;
    }
  }
  return out;
}

export function fixQuotes(text: string): string {
  return fixQuotesWithState(text, newQuoteState());
}

/**
 * As you type: which quote to insert for a typed " given the text before the cursor. Only the current
 * paragraph (after the last newline) counts; apostrophes inside words are not quotes.
 */
export function typeQuote(textBefore: string): QuoteChar {
  const paragraph = textBefore.slice(textBefore.lastIndexOf('\n') + 1).replace(/(?<=\p{L})['’ʼ](?=\p{L})/gu, '’');
  const state = newQuoteState();
  fixQuotesWithState(paragraph, state);
  return decide('"', state) as QuoteChar;
}
