/** Spellcheck's pure side: which words of a text to look up, and in what form. */
export { ABBREVIATIONS_BEFORE_PERIOD } from './abbreviations';
export { addressRanges } from './addresses';
export { spellSkipReason, type SkipReason } from './skip-rules';
export { spellKey, withApostrophe } from './spell-key';
export { spellTokens, type SpellToken } from './spell-tokens';
export {
  PERSONAL_WORD_MAX_LENGTH,
  PERSONAL_WORDS_MAX,
  personalWordModel,
  personalWordText,
  type PersonalWord,
  personalWordForm,
  withPersonalWord,
  withoutPersonalWord,
} from './personal-words';
export { inflect, parseSuffixRules, type SuffixRules } from './affix-rules';
export { findModelWords, type ModelWord } from './model-words';
export { styleAdvice, type StyleAdvice } from './style-advice';
export { withoutSplits } from './split-suggestions';
