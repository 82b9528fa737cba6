/** Ukrainian typography engine (UKRAINIAN.md §2): whole-text fix, as-you-type rules, suggestions. */
export { NBSP, type Apostrophe } from './chars';
export { fixTypography, type TypographyOptions } from './fix';
export { fixTypographyHtml } from './html';
export { autoFixTyped, typeApostrophe, typeDash, typeEllipsis, typeQuote, type InputReplacement } from './input';
export type { QuoteChar } from './quotes';
export { findSuggestions } from './suggestions';
export { headlineSuggestions } from './headline';
export type { Suggestion, SuggestionRule } from './suggestion';
export { SPELLING_2019 } from './spelling-2019';
