import type { Hunspell } from 'hunspell-asm';
import { loadModule } from 'hunspell-asm/dist/cjs/index.js';
import { parseSuffixRules, type SuffixRules } from '../../../../../shared/text/spell/affix-rules';
import { findModelWords, type ModelWord } from '../../../../../shared/text/spell/model-words';
import { withoutSplits } from '../../../../../shared/text/spell/split-suggestions';
import { styleAdvice, type StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import { reasonOf } from './reason-of';
import type { AcceptedWord, SpellChecker } from './spell-checker';

/** Compiling the WebAssembly takes ~50 ms; the default 3 s is too short on a busy two-core laptop. */
const WASM_TIMEOUT_MS = 60_000;

/**
 * Hunspell (WebAssembly) with one dictionary, in the calling thread: the worker runs it, and so do the
 * tests (under Node and jsdom), so they check the real dictionary with the real code.
 */
export class HunspellChecker implements SpellChecker {
  readonly ready = Promise.resolve();
  /** The dictionary as text, read only when a word's models are asked for («Додати до словника»). */
  private source: { rules: SuffixRules; dic: string } | null = null;

  private constructor(
    private readonly hunspell: Hunspell,
    private readonly files: { aff: Uint8Array; dic: Uint8Array },
  ) {}

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
    return new HunspellChecker(hunspell, { aff, dic });
  }

  checkNow(words: readonly string[]): boolean[] {
    return words.map((word) => this.hunspell.spell(word));
  }

  adviseNow(words: readonly string[]): Array<StyleAdvice | null> {
    const knows = (word: string) => this.hunspell.spell(word);
    return words.map((word) => styleAdvice(word, knows));
  }

  suggestNow(word: string): string[] {
    return withoutSplits(word, this.hunspell.suggest(word));
  }

  /** ~0.3 s the first time (the .dic is read as text once), a scan of it after that. */
  modelsNow(word: string): ModelWord[] {
    if (!this.source) {
      const decoder = new TextDecoder();
      this.source = { rules: parseSuffixRules(decoder.decode(this.files.aff)), dic: decoder.decode(this.files.dic) };
    }
    return findModelWords(word, this.source.dic, this.source.rules);
  }

  addWordsNow(words: readonly AcceptedWord[]): void {
    for (const { word, model } of words) {
      if (model) this.hunspell.addWordWithAffix(word, model);
      // A model that is no dictionary word adds nothing: the word itself is still accepted.
      if (!model || !this.hunspell.spell(word)) this.hunspell.addWord(word);
    }
  }

  removeWordsNow(words: readonly string[]): void {
    for (const word of words) this.hunspell.removeWord(word);
  }

  check(words: readonly string[]): Promise<boolean[]> {
    return Promise.resolve(this.checkNow(words));
  }

  advise(words: readonly string[]): Promise<Array<StyleAdvice | null>> {
    return Promise.resolve(this.adviseNow(words));
  }

  suggest(word: string): Promise<string[]> {
    return Promise.resolve(this.suggestNow(word));
  }

  models(word: string): Promise<ModelWord[]> {
    return Promise.resolve(this.modelsNow(word));
  }

  addWords(words: readonly AcceptedWord[]): Promise<void> {
    this.addWordsNow(words);
    return Promise.resolve();
  }

  removeWords(words: readonly string[]): Promise<void> {
    this.removeWordsNow(words);
    return Promise.resolve();
  }
}
