import type { ModelWord } from '../../../../../shared/text/spell/model-words';
import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import type { AcceptedWord, SpellChecker } from '../../../../../renderer/src/editor/features/spellcheck/spell-checker';

/** A real checker that also records what it was asked: to see which words cross to the worker. */
export class CountingChecker implements SpellChecker {
  readonly checked: string[][] = [];
  readonly suggested: string[] = [];

  constructor(private readonly inner: SpellChecker) {}

  get ready(): Promise<void> {
    return this.inner.ready;
  }

  get checkedWords(): string[] {
    return this.checked.flat();
  }

  check(words: readonly string[]): Promise<boolean[]> {
    this.checked.push([...words]);
    return this.inner.check(words);
  }

  advise(words: readonly string[]): Promise<Array<StyleAdvice | null>> {
    return this.inner.advise(words);
  }

  models(word: string, related?: readonly string[]): Promise<ModelWord[]> {
    return this.inner.models(word, related);
  }

  suggest(word: string): Promise<string[]> {
    this.suggested.push(word);
    return this.inner.suggest(word);
  }

  addWords(words: readonly AcceptedWord[]): Promise<void> {
    return this.inner.addWords(words);
  }

  removeWords(words: readonly string[]): Promise<void> {
    return this.inner.removeWords(words);
  }
}
