import { NBSP, NUMERO } from './chars';

/**
 * Numbers of five or more digits are grouped by thousands with no-break spaces (1500000 → 1⍽500⍽000);
 * four-digit numbers (years: 2025, prices: 1500) are not grouped. Fractions, codes and URLs are skipped.
 */
export function groupThousands(text: string): string {
  return text.replace(/(?<![\p{L}\p{N}_.,/:#-])\d{5,}(?![\p{L}\p{N}_]|[.,]\d)/gu, (digits) =>
    digits.replace(/\B(?=(?:\d{3})+$)/g, NBSP),
  );
}

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
