import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';

let reading: Promise<[Buffer, Buffer]> | null = null;

/**
 * The real uk dictionary (npm dictionary-uk) in the real hunspell-asm: a checker of its own on every call
 * (a test file's beforeAll), since test files share a worker and a checker keeps the words added to it.
 */
export async function loadUkChecker(): Promise<HunspellChecker> {
  const dir = path.resolve('node_modules/dictionary-uk');
  reading ??= Promise.all([readFile(path.join(dir, 'index.aff')), readFile(path.join(dir, 'index.dic'))]);
  const [aff, dic] = await reading;
  return HunspellChecker.load(aff, dic);
}
