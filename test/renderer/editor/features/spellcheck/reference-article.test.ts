// @vitest-environment node
// The real dictionary over real news copy: the reference article (test/fixtures/reference), as the app checks it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { spellTokens } from '../../../../../shared/text/spell/spell-tokens';
import { isSplitOf } from '../../../../../shared/text/spell/split-suggestions';
import type { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';
import { SpellService } from '../../../../../renderer/src/editor/features/spellcheck/spell-service';
import { loadUkChecker } from './uk-dictionary';

let checker: HunspellChecker;
let words: string[];

beforeAll(async () => {
  checker = await loadUkChecker();
  const text = await readFile(path.resolve('test/fixtures/reference/seed-article.txt'), 'utf8');
  words = spellTokens(text).map((token) => token.key);
}, 60_000);

/** What the editor marks, in text order: misspellings and style suggestions. */
async function flags(service: SpellService) {
  await service.resolve(words);
  return {
    misspelled: words.filter((key) => service.isMisspelled(key)),
    style: words.filter((key) => service.styleAdvice(key) !== null),
  };
}

describe('spellcheck on the reference article', () => {
  it('the dictionary alone rejects five words, four of them false alarms', () => {
    expect(words.length).toBeGreaterThan(240);
    const verdicts = checker.checkNow(words);
    const rejected = words.filter((_, i) => !verdicts[i]);
    expect(rejected).toEqual(['Стивен', 'Виткофф', 'Виткоффа', 'Виткофф', 'зростаючого']);
  });

  it('the participle is a style suggestion with its rewrite; the real misspelling stays, with its fix first', async () => {
    const service = new SpellService(checker);
    const found = await flags(service);
    expect(found.style).toEqual(['зростаючого']);
    expect(service.styleAdvice('зростаючого')).toMatchObject({ kind: 'participle', rewrite: 'що зростає' });
    expect(found.misspelled).toEqual(['Стивен', 'Виткофф', 'Виткоффа', 'Виткофф']);
    expect((await service.suggest('Стивен'))[0]).toBe('Стівен');
    for (const key of found.misspelled) {
      expect((await service.suggest(key)).filter((s) => isSplitOf(key, s))).toEqual([]);
    }
  });

  it('once the surname is added with its proposed model, every form of it is accepted: one flag is left', async () => {
    const service = new SpellService(checker);
    await flags(service);
    const [proposed] = await service.models('Виткоффа');
    expect(proposed?.word).toBe('Виткофф');
    expect(proposed?.forms).toEqual(expect.arrayContaining(['Виткофф', 'Виткоффа', 'Виткоффу', 'Виткоффом']));
    await service.accept(proposed!.word, proposed!.model);
    const found = await flags(service);
    expect(found.misspelled).toEqual(['Стивен']);
    expect(found.style).toEqual(['зростаючого']);
    expect(checker.checkNow(['Виткоффу', 'Виткоффом', 'Виткоффові'])).toEqual([true, true, true]);
  });
});
