import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';

let loading: Promise<HunspellChecker> | null = null;

/** The real uk dictionary (npm dictionary-uk) in the real hunspell-asm, loaded once per test file. */
export function loadUkChecker(): Promise<HunspellChecker> {
  loading ??= (async () => {
    const dir = path.resolve('node_modules/dictionary-uk');
    const [aff, dic] = await Promise.all([
      readFile(path.join(dir, 'index.aff')),
      readFile(path.join(dir, 'index.dic')),
    ]);
    return HunspellChecker.load(aff, dic);
  })();
  return loading;
}
