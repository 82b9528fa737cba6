// @vitest-environment node
// Hunspell under plain Node, as the worker runs it minus the browser: the real dictionary, no DOM.
import { beforeAll, describe, expect, it } from 'vitest';
import { spellKey } from '../../../../../shared/text/spell/spell-key';
import type { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';
import { loadUkChecker } from './uk-dictionary';
import { cpuMsSince } from '../../../../fixtures/cpu-time';

let checker: HunspellChecker;
/** CPU time of the load, which a busy machine does not stretch as it does wall time. */
let loadMs = 0;

beforeAll(async () => {
  const started = process.cpuUsage();
  checker = await loadUkChecker();
  loadMs = cpuMsSince(started);
}, 60_000);

const verdicts = (words: string[]) => checker.checkNow(words.map(spellKey));

// A personal word with a model rebuilds the dictionary (about a second each on a quiet machine): several of
// them in one test pass 5 s when the machine is busy.
describe('HunspellChecker with the uk dictionary', { timeout: 30_000 }, () => {
  it('loads in seconds, not the ~8 s of nspell', () => {
    expect(loadMs).toBeLessThan(10_000);
  });

  it('accepts correct words, names and inflected forms', () => {
    const words = ['безпека', 'переговори', 'гарантії', 'Зеленський', 'Зеленського', 'Укренерго', 'південно-східний'];
    expect(verdicts(words)).toEqual(words.map(() => true));
  });

  it('accepts words with each of the three apostrophes once they are in lookup form', () => {
    const words = ['м’ясо', "п'ять", 'пʼять', 'П’ятниця', 'зобов’язальний', 'інтерв’ю'];
    expect(verdicts(words)).toEqual(words.map(() => true));
  });

  it('accepts 1992 and 2019 spellings alike (the 2019 list is the typography panel’s)', () => {
    expect(verdicts(['проект', 'проєкт'])).toEqual([true, true]);
  });

  it('rejects misspellings, an apostrophe left out among them', () => {
    expect(verdicts(['пареговори', 'безпекка', 'пять', 'мясо'])).toEqual([false, false, false, false]);
  });

  it('suggests the right word first for a misspelling', () => {
    expect(checker.suggestNow('пареговори')[0]).toBe('переговори');
    expect(checker.suggestNow(spellKey('мясо'))).toContain("м'ясо");
  });

  it('accepts a personal word after it is added and rejects it after it is removed', () => {
    expect(checker.checkNow(['Віткофф'])).toEqual([false]);
    checker.addWordsNow([{ word: 'Віткофф', model: null }]);
    expect(checker.checkNow(['Віткофф'])).toEqual([true]);
    checker.removeWordsNow(['Віткофф']);
    expect(checker.checkNow(['Віткофф'])).toEqual([false]);
  });

  it('a word added with a model word is accepted in every form the model gives it; removed, in none', () => {
    const forms = ['Стармер', 'Стармера', 'Стармеру', 'Стармером', 'Стармерові'];
    expect(checker.checkNow(forms)).toEqual(forms.map(() => false));
    const [model] = checker.modelsNow('Стармера');
    expect(model?.word).toBe('Стармер');
    expect(model?.forms).toEqual(expect.arrayContaining(forms));
    checker.addWordsNow([{ word: 'Стармер', model: model!.model }]);
    expect(checker.checkNow(forms)).toEqual(forms.map(() => true));
    checker.removeWordsNow(['Стармер']);
    expect(checker.checkNow(forms)).toEqual(forms.map(() => false));
  });

  it('a word added back, or added with another model, takes only the forms it is given now', () => {
    const forms = ['Гегсет', 'Гегсета', 'Гегсетом', 'Гегсетою'];
    checker.addWordsNow([{ word: 'Гегсет', model: 'Ліпсет' }]);
    expect(checker.checkNow(forms)).toEqual([true, true, true, false]);
    // Hunspell only bans a removed word: added back as this form only, it must not get its old forms back.
    checker.removeWordsNow(['Гегсет']);
    checker.addWordsNow([{ word: 'Гегсет', model: null }]);
    expect(checker.checkNow(forms)).toEqual([true, false, false, false]);
    checker.addWordsNow([{ word: 'Гегсет', model: 'Ліпсет' }]);
    expect(checker.checkNow(forms)).toEqual([true, true, true, false]);
    // Another model straight away, and the other personal words stay.
    checker.addWordsNow([{ word: 'Віткофф', model: null }]);
    checker.addWordsNow([{ word: 'Гегсет', model: null }]);
    expect(checker.checkNow([...forms, 'Віткофф'])).toEqual([true, false, false, false, true]);
    checker.removeWordsNow(['Гегсет', 'Віткофф']);
    expect(checker.checkNow([...forms, 'Віткофф'])).toEqual([false, false, false, false, false]);
  });

  it('a model that is no dictionary word still adds the word itself', () => {
    checker.addWordsNow([{ word: 'Ґзиґзик', model: 'Немаєтакогослова' }]);
    expect(checker.checkNow(['Ґзиґзик'])).toEqual([true]);
    checker.removeWordsNow(['Ґзиґзик']);
  });

  it('never suggests splitting a word in two (по ліцейські), and advises on discouraged words', () => {
    for (const word of ['поліцейські', 'зростаючого', 'минулорічний', 'прийому']) {
      expect(checker.suggestNow(word).filter((s) => /[ -]/.test(s))).toEqual([]);
    }
    expect(checker.adviseNow(['поліцейські', 'зростаючого', 'пареговори'])).toEqual([
      expect.objectContaining({ kind: 'avoid', lemma: 'поліцейський' }),
      expect.objectContaining({ kind: 'participle', rewrite: 'що зростає' }),
      null,
    ]);
  });
});
