import type { ModelWord } from '../../../../../shared/text/spell/model-words';
import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';

/** A word the checker is to accept: as written only, or in every form of a dictionary word (its model). */
export interface AcceptedWord {
  word: string;
  model: string | null;
}

/**
 * What the editor needs from a spellchecker. Words are lookup keys (shared/text/spell: spellKey). The app's
 * implementation is the worker client (worker-spell-checker.ts); tests use hunspell in-process
 * (hunspell-checker.ts), the very code the worker runs.
 */
export interface SpellChecker {
  /** Settles when the dictionary is loaded; rejects with a message for people when it cannot be. */
  readonly ready: Promise<void>;
  /** One verdict per word, in order: true when the dictionary (or the personal dictionary) knows it. */
  check(words: readonly string[]): Promise<boolean[]>;
  /** For words the dictionary rejected: style advice when the word is a discouraged one, else null. */
  advise(words: readonly string[]): Promise<Array<StyleAdvice | null>>;
  /** The dictionary's suggestions for a misspelled word, best first (with the dictionary's apostrophe '). */
  suggest(word: string): Promise<string[]>;
  /**
   * Dictionary words the word could decline like, best first, with the forms each would give it; those that
   * give more of the `related` words (other unknown words of the text, likely its other forms) first.
   */
  models(word: string, related?: readonly string[]): Promise<ModelWord[]>;
  /** The personal dictionary: words accepted from now on, and words no longer accepted. */
  addWords(words: readonly AcceptedWord[]): Promise<void>;
  removeWords(words: readonly string[]): Promise<void>;
}

/** How loading the dictionary went, for the status line and the bench. */
export interface DictionaryLoadReport {
  /** Fetching the .aff and .dic files. */
  fetchMs: number;
  /** Compiling hunspell and parsing the dictionary. */
  initMs: number;
  /** Size of the .aff and .dic files. */
  bytes: number;
}
