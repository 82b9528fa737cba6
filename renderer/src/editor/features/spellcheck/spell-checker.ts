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
  /** The dictionary's suggestions for a misspelled word, best first (with the dictionary's apostrophe '). */
  suggest(word: string): Promise<string[]>;
  /** The personal dictionary: words accepted from now on, and words no longer accepted. */
  addWords(words: readonly string[]): Promise<void>;
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
