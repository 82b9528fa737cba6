import { beforeAll, describe, expect, it } from 'vitest';
import { SpellService, type SpellChange } from '../../../../../renderer/src/editor/features/spellcheck/spell-service';
import type { HunspellChecker } from '../../../../../renderer/src/editor/features/spellcheck/hunspell-checker';
import { CountingChecker } from './counting-checker';
import { loadUkChecker } from './uk-dictionary';

let hunspell: HunspellChecker;

beforeAll(async () => {
  hunspell = await loadUkChecker();
}, 60_000);

function service() {
  const checker = new CountingChecker(hunspell);
  const spelling = new SpellService(checker);
  const changes: SpellChange[] = [];
  spelling.onChange((change) => changes.push(change));
  return { checker, spelling, changes };
}

// A personal word with a model rebuilds the dictionary (about a second each on a quiet machine): several of
// them in one test pass 5 s when the machine is busy.
describe('SpellService', { timeout: 30_000 }, () => {
  it('becomes ready with the checker', async () => {
    const { spelling } = service();
    expect(spelling.status.kind).toBe('loading');
    await spelling.ready();
    await Promise.resolve();
    expect(spelling.status.kind).toBe('ready');
  });

  it('asks about each word once, even when asked twice at the same time', async () => {
    const { checker, spelling } = service();
    await Promise.all([spelling.resolve(['переговори', 'пареговори']), spelling.resolve(['пареговори', 'безпека'])]);
    await spelling.resolve(['переговори', 'безпека']);
    expect(checker.checkedWords.sort()).toEqual(['безпека', 'пареговори', 'переговори']);
    expect(spelling.isMisspelled('пареговори')).toBe(true);
    expect(spelling.isMisspelled('переговори')).toBe(false);
    expect(spelling.isKnown('гарантії')).toBe(false);
  });

  it('«Пропустити» stops marking a word and says so to the editors', async () => {
    const { spelling, changes } = service();
    await spelling.resolve(['пареговори']);
    spelling.ignore('пареговори');
    expect(spelling.isMisspelled('пареговори')).toBe(false);
    expect(changes).toEqual([{ kind: 'forget', keys: new Set(['пареговори']) }]);
  });

  it('a personal word is accepted with its case forms, and marked again once removed', async () => {
    const { spelling, changes } = service();
    await spelling.resolve(['Віткофф', 'ВІТКОФФ', 'віткофф']);
    expect(spelling.isMisspelled('Віткофф')).toBe(true);
    await spelling.setPersonalWords(['віткофф']);
    expect(changes.at(-1)).toEqual({ kind: 'recheck' });
    await spelling.resolve(['Віткофф', 'ВІТКОФФ', 'віткофф']);
    expect(['Віткофф', 'ВІТКОФФ', 'віткофф'].map((w) => spelling.isMisspelled(w))).toEqual([false, false, false]);
    await spelling.setPersonalWords([]);
    await spelling.resolve(['Віткофф']);
    expect(spelling.isMisspelled('Віткофф')).toBe(true);
  });

  it('an answer asked before the personal dictionary changed is not kept', async () => {
    const { spelling } = service();
    const early = spelling.resolve(['Шпальтаграм']);
    await spelling.setPersonalWords(['Шпальтаграм']);
    await early;
    await spelling.resolve(['Шпальтаграм']);
    expect(spelling.isMisspelled('Шпальтаграм')).toBe(false);
    await spelling.setPersonalWords([]);
  });

  it('«Додати до словника» accepts the word at once and tells the editors to forget its marks', async () => {
    const { spelling, changes } = service();
    await spelling.resolve(['Віткофф']);
    const accepting = spelling.accept('Віткофф');
    expect(spelling.isMisspelled('Віткофф')).toBe(false);
    expect(changes[0]).toEqual({ kind: 'forget', keys: new Set(['Віткофф']) });
    await accepting;
    expect(await hunspell.check(['Віткофф'])).toEqual([true]);
    await spelling.setPersonalWords([]);
    expect(await hunspell.check(['Віткофф'])).toEqual([false]);
  });

  it('suggests at most six words, asking the checker once per word', async () => {
    const { checker, spelling } = service();
    const first = await spelling.suggest('пареговори');
    expect(first[0]).toBe('переговори');
    expect(first.length).toBeLessThanOrEqual(6);
    await spelling.suggest('пареговори');
    expect(checker.suggested).toEqual(['пареговори']);
  });

  it('a discouraged word is a style suggestion, not a misspelling; «Пропустити» drops it too', async () => {
    const { spelling } = service();
    await spelling.resolve(['зростаючого', 'прийом', 'пареговори', 'переговори']);
    expect(['зростаючого', 'прийом', 'пареговори'].map((key) => spelling.isMisspelled(key))).toEqual([
      false,
      false,
      true,
    ]);
    expect(spelling.styleAdvice('зростаючого')?.rewrite).toBe('що зростає');
    expect(spelling.styleAdvice('прийом')?.kind).toBe('avoid');
    expect(spelling.styleAdvice('переговори')).toBeNull();
    expect(spelling.styleAdvice('пареговори')).toBeNull();
    spelling.ignore('прийом');
    expect(spelling.styleAdvice('прийом')).toBeNull();
  });

  it('personal words from the settings: a word with a model brings its forms, cached rejections are asked again', async () => {
    const { spelling, changes } = service();
    await spelling.resolve(['Гегсет', 'Гегсета', 'Гегсетом']);
    expect(spelling.isMisspelled('Гегсета')).toBe(true);
    const [model] = await spelling.models('Гегсет');
    expect(model?.word).toBe('Гегсет');
    await spelling.setPersonalWords(['Укренерго', { word: 'Гегсет', model: model!.model }]);
    expect(changes.at(-1)).toEqual({ kind: 'recheck' });
    await spelling.resolve(['Гегсет', 'Гегсета', 'Гегсетом']);
    expect(['Гегсет', 'Гегсета', 'Гегсетом'].map((key) => spelling.isMisspelled(key))).toEqual([false, false, false]);
    await spelling.setPersonalWords([]);
    await spelling.resolve(['Гегсета']);
    expect(spelling.isMisspelled('Гегсета')).toBe(true);
  });

  it('a modelled word turned into «лише цю форму» loses its other forms at once, also in cached verdicts', async () => {
    const { spelling } = service();
    const forms = ['Гегсет', 'Гегсета', 'Гегсетом'];
    await spelling.setPersonalWords([{ word: 'Гегсет', model: 'Ліпсет' }]);
    await spelling.resolve(forms);
    expect(forms.map((key) => spelling.isMisspelled(key))).toEqual([false, false, false]);
    await spelling.setPersonalWords(['Гегсет']);
    await spelling.resolve(forms);
    expect(forms.map((key) => spelling.isMisspelled(key))).toEqual([false, true, true]);
    // Removed and added back as this form only, from the menu: the same.
    await spelling.setPersonalWords([]);
    await spelling.accept('Гегсет', 'Ліпсет');
    await spelling.accept('Гегсет');
    await spelling.resolve(forms);
    expect(forms.map((key) => spelling.isMisspelled(key))).toEqual([false, true, true]);
    await spelling.setPersonalWords([]);
  });

  it('models: the one that also takes the misspellings met so far that start alike comes first', async () => {
    const { spelling } = service();
    await spelling.resolve(['Гегсету', 'Гегсетом', 'пареговори']);
    const [model] = await spelling.models('Гегсету');
    expect(model).toMatchObject({ word: 'Гегсет', model: expect.stringMatching(/ет$/) });
    expect(model?.forms).toEqual(expect.arrayContaining(['Гегсету', 'Гегсетом']));
  });
});
