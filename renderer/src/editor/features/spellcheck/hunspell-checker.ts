import type { Hunspell, HunspellFactory } from 'hunspell-asm';
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
  private hunspell: Hunspell;
  /** The personal words as added: each word and its model (null: this form only). */
  private readonly personal = new Map<string, string | null>();
  /**
   * Words removed since Hunspell was built. Hunspell only forbids a removed word, and adding it back lifts
   * the ban with the word's old flags: a word added back, or added with another model, needs a fresh one.
   */
  private readonly removedSinceBuild = new Set<string>();

  private constructor(
    private readonly factory: HunspellFactory,
    private readonly files: { aff: Uint8Array; dic: Uint8Array },
  ) {
    this.hunspell = HunspellChecker.build(factory, files);
  }

  /** Loads hunspell and parses the dictionary (~0.8 s and ~60 MB for uk). Rejects with a message for people. */
  static async load(aff: Uint8Array, dic: Uint8Array): Promise<HunspellChecker> {
    let factory;
    try {
      factory = await loadModule({ timeout: WASM_TIMEOUT_MS });
    } catch (error) {
      throw new Error(`модуль Hunspell не запустився (${reasonOf(error)})`);
    }
    return new HunspellChecker(factory, { aff, dic });
  }

  private static build(factory: HunspellFactory, files: { aff: Uint8Array; dic: Uint8Array }): Hunspell {
    const affPath = factory.mountBuffer(files.aff, 'uk_UA.aff');
    const dicPath = factory.mountBuffer(files.dic, 'uk_UA.dic');
    const hunspell = factory.create(affPath, dicPath);
    // Hunspell has read both files into its own tables; their copies in the in-memory file system can go.
    factory.unmount(affPath);
    factory.unmount(dicPath);
    return hunspell;
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
  modelsNow(word: string, related: readonly string[] = []): ModelWord[] {
    if (!this.source) {
      const decoder = new TextDecoder();
      this.source = { rules: parseSuffixRules(decoder.decode(this.files.aff)), dic: decoder.decode(this.files.dic) };
    }
    return findModelWords(word, this.source.dic, this.source.rules, related);
  }

  addWordsNow(words: readonly AcceptedWord[]): void {
    const stale = words.some(
      ({ word, model }) =>
        this.removedSinceBuild.has(word) || (this.personal.has(word) && this.personal.get(word) !== model),
    );
    for (const { word, model } of words) this.personal.set(word, model);
    if (stale) this.rebuild();
    else this.addToHunspell(words);
  }

  removeWordsNow(words: readonly string[]): void {
    for (const word of words) {
      this.hunspell.removeWord(word);
      this.personal.delete(word);
      this.removedSinceBuild.add(word);
    }
  }

  private addToHunspell(words: readonly AcceptedWord[]): void {
    for (const { word, model } of words) {
      if (model) this.hunspell.addWordWithAffix(word, model);
      // A model that is no dictionary word adds nothing: the word itself is still accepted.
      if (!model || !this.hunspell.spell(word)) this.hunspell.addWord(word);
    }
  }

  /** A fresh Hunspell with the personal words as they are now (~0.8 s; only when a word's forms shrink). */
  private rebuild(): void {
    const fresh = HunspellChecker.build(this.factory, this.files);
    this.hunspell.dispose();
    this.hunspell = fresh;
    this.removedSinceBuild.clear();
    this.addToHunspell([...this.personal].map(([word, model]) => ({ word, model })));
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

  models(word: string, related: readonly string[] = []): Promise<ModelWord[]> {
    return Promise.resolve(this.modelsNow(word, related));
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
