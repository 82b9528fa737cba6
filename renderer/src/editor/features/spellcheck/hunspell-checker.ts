import type { Hunspell } from 'hunspell-asm';
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
import { reasonOf } from './reason-of';
import type { SpellChecker } from './spell-checker';

/** Compiling the WebAssembly takes ~50 ms; the default 3 s is too short on a busy two-core laptop. */
const WASM_TIMEOUT_MS = 60_000;

/**
 * Hunspell (WebAssembly) with one dictionary, in the calling thread: the worker runs it, and so do the
 * tests (under Node and jsdom), so they check the real dictionary with the real code.
 */
export class HunspellChecker implements SpellChecker {
  readonly ready = Promise.resolve();

  private constructor(private readonly hunspell: Hunspell) {}

  /** Loads hunspell and parses the dictionary (~0.8 s and ~60 MB for uk). Rejects with a message for people. */
  static async load(aff: Uint8Array, dic: Uint8Array): Promise<HunspellChecker> {
    let factory;
    try {
      factory = await loadModule({ timeout: WASM_TIMEOUT_MS });
    } catch (error) {
      throw new Error(`модуль Hunspell не запустився (${reasonOf(error)})`);
    }
    const affPath = factory.mountBuffer(aff, 'uk_UA.aff');
    const dicPath = factory.mountBuffer(dic, 'uk_UA.dic');
    const hunspell = factory.create(affPath, dicPath);
    // Hunspell has read both files into its own tables; their copies in the in-memory file system can go.
    factory.unmount(affPath);
    factory.unmount(dicPath);
    return new HunspellChecker(hunspell);
  }

  checkNow(words: readonly string[]): boolean[] {
    return words.map((word) => this.hunspell.spell(word));
  }

  suggestNow(word: string): string[] {
    return this.hunspell.suggest(word);
  }

  addWordsNow(words: readonly string[]): void {
    for (const word of words) this.hunspell.addWord(word);
  }

  removeWordsNow(words: readonly string[]): void {
    for (const word of words) this.hunspell.removeWord(word);
  }

  check(words: readonly string[]): Promise<boolean[]> {
    return Promise.resolve(this.checkNow(words));
  }

  suggest(word: string): Promise<string[]> {
    return Promise.resolve(this.suggestNow(word));
  }

  addWords(words: readonly string[]): Promise<void> {
    this.addWordsNow(words);
    return Promise.resolve();
  }

  removeWords(words: readonly string[]): Promise<void> {
    this.removeWordsNow(words);
    return Promise.resolve();
  }
}
