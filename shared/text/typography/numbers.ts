import { NBSP, NUMERO } from './chars';

/** A space between a sign and its number: ordinary, tab or no-break. */
const GAP = '[ \\t\\u00A0]';

/**
 * What names a document rather than counts something: `№`/`№№` (bills, resolutions, cases) and the
 * abbreviations of an article, paragraph or part of a law (`ст.`, `п.`, `пп.`, `ч.`), with its gap.
 */
const IDENTIFIER_SIGN = `(?:\u2116{1,2}|(?<![\\p{L}\\p{N}])(?:[сС]т|[пП]{1,2}|[чЧ])\\.)${GAP}*`;

/** One identifier (`14103`, `14103-д`, `910/12345/25`) and what joins a list of them (`№№ 12345, 12346 і 12347`). */
const IDENTIFIER = '\\d[\\p{L}\\p{N}/-]*';
const LIST_JOIN = `(?:${GAP}*,${GAP}*|${GAP}+(?:і|й|та)${GAP}+)`;

/** A number is an identifier when it follows such a sign, directly or further along a list. */
const AFTER_IDENTIFIER_SIGN = `(?<!${IDENTIFIER_SIGN}(?:${IDENTIFIER}${LIST_JOIN})*)`;

const THOUSANDS_RE = new RegExp(
  // The cheap tests first: the look back for a sign runs only where five digits start.
  `(?<![\\p{L}\\p{N}_.,/:#-])(?=\\d{5})${AFTER_IDENTIFIER_SIGN}\\d{5,}(?![\\p{L}\\p{N}_]|[.,]\\d|-\\p{L})`,
  'gu',
);

/**
 * Numbers of five or more digits are grouped by thousands with no-break spaces (1500000 → 1⍽500⍽000);
 * four-digit numbers (years: 2025, prices: 1500) are not grouped. Fractions, codes and URLs are skipped,
 * and so are identifiers (UKRAINIAN.md §2): a number after `№`, `ст.` or `п.` and one with a letter
 * suffix (`14103-д`) names a bill or an article of law, and `№ 14 103` would misquote it.
 */
export function groupThousands(text: string): string {
  return text.replace(THOUSANDS_RE, (digits) => digits.replace(/\B(?=(?:\d{3})+$)/g, NBSP));
}

/** The number right after `№` (`№ 14103-1`): an identifier whose hyphen is not a range. */
export const AFTER_NUMERO_SIGN = `(?<!\u2116{1,2}${GAP}*)`;

/** Units and abbreviations that stay on the line of their number. */
export const UNITS = [
  'тис.',
  'млн',
  'млрд',
  'трлн',
  'грн',
  'дол.',
  'євро',
  'коп.',
  '%',
  'р.',
  'рр.',
  'ст.',
  'км',
  'м',
  'см',
  'мм',
  'кг',
  'г',
  'т',
  'л',
  'га',
  'год',
  'хв',
  'с',
  'кВт',
  'МВт',
  'ГВт',
  'кВт·год',
  'МВт·год',
  '°C',
  '°',
] as const;

/** Multipliers: the word after them stays with them too (5⍽тис.⍽осіб, 3⍽млрд⍽грн). */
export const MULTIPLIERS = ['тис.', 'млн', 'млрд', 'трлн'] as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: readonly string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

const UNIT_RE = new RegExp(`(?<=\\d)[ \\t\\u00A0]+(${alternation(UNITS)})(?![\\p{L}\\p{N}])`, 'gu');
const MULTIPLIER_RE = new RegExp(`(?<=\\d\\u00A0(?:${alternation(MULTIPLIERS)}))[ \\t]+(?=[\\p{L}\\p{N}])`, 'gu');

/** `3 млрд грн` → `3⍽млрд⍽грн`. */
export function bindUnits(text: string): string {
  return text.replace(UNIT_RE, `${NBSP}$1`).replace(MULTIPLIER_RE, NBSP);
}

/** `N 55` / `N55` / `№ 55` → `№⍽55`. */
export function fixNumeroSign(text: string): string {
  return text.replace(/(?<=^|[\s(«„"])[N\u2116][ \t\u00A0]*(?=\d)/gu, `${NUMERO}${NBSP}`);
}
