/** Characters and character classes shared by the typography rules (UKRAINIAN.md §2). */

export const NBSP = '\u00A0';
export const EM_DASH = '\u2014';
export const EN_DASH = '\u2013';
export const ELLIPSIS = '\u2026';
export const NUMERO = '\u2116';

/** The canonical apostrophe is ’ (U+2019); an outlet setting may choose ʼ (U+02BC). */
export type Apostrophe = '\u2019' | '\u02BC';
export const DEFAULT_APOSTROPHE: Apostrophe = '\u2019';
