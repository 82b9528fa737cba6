import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSuffixRules, type SuffixRules } from '../../../../shared/text/spell/affix-rules';
import { findModelWords } from '../../../../shared/text/spell/model-words';

// The real uk dictionary (npm dictionary-uk): the models come from it.
let rules: SuffixRules;
let dic: string;

beforeAll(async () => {
  const dir = path.resolve('node_modules/dictionary-uk');
  rules = parseSuffixRules(await readFile(path.join(dir, 'index.aff'), 'utf8'));
  dic = await readFile(path.join(dir, 'index.dic'), 'utf8');
}, 30_000);

const first = (word: string) => findModelWords(word, dic, rules)[0];

describe('model words from the dictionary', () => {
  it('a foreign surname ending in a consonant declines like one in the dictionary', () => {
    const model = first('Виткофф');
    expect(model?.word).toBe('Виткофф');
    expect(model?.forms).toEqual(
      expect.arrayContaining(['Виткофф', 'Виткоффа', 'Виткоффу', 'Виткоффом', 'Виткоффові']),
    );
    expect(first('Мерц')?.forms).toEqual(expect.arrayContaining(['Мерца', 'Мерцу', 'Мерцом']));
  });

  it('any case form finds the dictionary form: the genitive or instrumental of a name, an adjectival surname', () => {
    expect(first('Виткоффа')?.word).toBe('Виткофф');
    expect(first('Стармером')?.word).toBe('Стармер');
    expect(first('Ярошенка')).toMatchObject({ word: 'Ярошенко' });
    expect(first('Ярошенка')?.forms).toEqual(expect.arrayContaining(['Ярошенко', 'Ярошенку', 'Ярошенком']));
    const adjectival = first('Пшонського');
    expect(adjectival?.word).toBe('Пшонський');
    expect(adjectival?.forms).toEqual(expect.arrayContaining(['Пшонському', 'Пшонським', 'Пшонська', 'Пшонської']));
  });

  it('offers a few models, each a dictionary stem written alike, whose forms include the word', () => {
    const models = findModelWords('Виткоффа', dic, rules);
    expect(models.length).toBeGreaterThan(1);
    expect(models.length).toBeLessThanOrEqual(5);
    for (const { model, forms } of models) {
      expect(dic).toContain(`\n${model}/`);
      expect(model.charAt(0)).toBe(model.charAt(0).toUpperCase());
      expect(forms).toContain('Виткоффа');
    }
  });

  it('a form that could be either of two words offers both near the top: Макрона (like Верона) or Макрон', () => {
    const words = findModelWords('Макрона', dic, rules)
      .slice(0, 2)
      .map((m) => m.word)
      .sort();
    expect(words).toEqual(['Макрон', 'Макрона']);
  });

  it('the model that also gives the word’s other forms in the text comes first', () => {
    const beside = (word: string, related: string[]) => findModelWords(word, dic, rules, related)[0];
    // «Гегсету» alone could be a feminine noun's accusative; beside «Гегсетом» it is a man's surname.
    expect(beside('Гегсету', ['Гегсетом', 'Гегсета'])).toMatchObject({ word: 'Гегсет' });
    expect(beside('Гегсету', ['Гегсетом', 'Гегсета'])?.forms).toEqual(
      expect.arrayContaining(['Гегсету', 'Гегсетом', 'Гегсета']),
    );
    expect(beside('Трампу', ['Трампом'])?.word).toBe('Трамп');
    expect(beside('Ярошенка', ['Ярошенком'])?.word).toBe('Ярошенко');
    // Words that no model takes change nothing.
    expect(beside('Виткоффа', ['Гегсетом'])?.word).toBe('Виткофф');
  });
});
