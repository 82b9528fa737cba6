/** Spellcheck's pure side: which words of a text to look up, and in what form. */
export { ABBREVIATIONS_BEFORE_PERIOD } from './abbreviations';
export { addressRanges } from './addresses';
export { spellSkipReason, type SkipReason } from './skip-rules';
export { spellKey, withApostrophe } from './spell-key';
export { spellTokens, type SpellToken } from './spell-tokens';
export {
  PERSONAL_WORD_MAX_LENGTH,
  PERSONAL_WORDS_MAX,
  personalWordForm,
  withPersonalWord,
  withoutPersonalWord,
} from './personal-words';
