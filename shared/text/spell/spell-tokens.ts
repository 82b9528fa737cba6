import { findWord, type WordBounds } from '../uk-stemmer';
import { ABBREVIATIONS_BEFORE_PERIOD } from './abbreviations';
import { addressRanges } from './addresses';
import { spellSkipReason } from './skip-rules';
import { spellKey } from './spell-key';

const PERIOD = 0x2e;

/** A word to look up: where it is in the text and its lookup form. */
export interface SpellToken {
  /** [from, to) offsets in the text (UTF-16 code units). */
  from: number;
  to: number;
  /** The lookup form (see spellKey): the dictionary's apostrophe, no stress mark. */
  key: string;
}

/**
 * The words of a text that spellcheck should look up. Word bounds are those of search and the counters
 * (`findWord`: apostrophes inside a word and hyphens between its parts keep it whole, so `п’ять` and
 * `південно-східний` are one word each, and the dictionary decides on hyphenated ones part by part);
 * addresses, the words of skip-rules and abbreviations before their period are left out.
 */
export function spellTokens(text: string): SpellToken[] {
  const tokens: SpellToken[] = [];
  const addresses = addressRanges(text);
  let address = 0;
  const bounds: WordBounds = { start: 0, end: 0, hyphenated: false };
  for (let from = 0; findWord(text, from, bounds); from = bounds.end) {
    while (address < addresses.length && (addresses[address]?.[1] ?? 0) <= bounds.start) address++;
    const range = addresses[address];
    if (range && range[0] < bounds.end) continue;
    const word = text.slice(bounds.start, bounds.end);
    if (spellSkipReason(word) !== null) continue;
    if (text.charCodeAt(bounds.end) === PERIOD && ABBREVIATIONS_BEFORE_PERIOD.has(word.toLowerCase())) continue;
    tokens.push({ from: bounds.start, to: bounds.end, key: spellKey(word) });
  }
  return tokens;
}
