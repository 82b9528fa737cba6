import { describe, expect, it } from 'vitest';
import { styleAdvice } from '../../../../shared/text/spell/style-advice';

// The verbs the dictionary knows, for the participles below (the real dictionary decides in the app).
const VERBS = new Set([
  'зростають',
  'зростає',
  'працюють',
  'працює',
  'діють',
  'діє',
  'ведуть',
  'веде',
  'лежать',
  'лежить',
  'стоять',
  'стоїть',
]);
const knows = (word: string) => VERBS.has(word);

describe('style advice', () => {
  it('words of dict_uk’s avoid list, in any form, with the preferred words', () => {
    expect(styleAdvice('прийом', knows)).toEqual({
      kind: 'avoid',
      lemma: 'прийом',
      preferred: ['прийняття', 'приймання', 'спосіб', 'захід'],
      replacements: ['прийняття', 'приймання', 'спосіб', 'захід'],
    });
    expect(styleAdvice('прийому', knows)).toMatchObject({ lemma: 'прийом', replacements: [] });
    expect(styleAdvice('Минулорічний', knows)?.replacements).toEqual(['Торішній', 'Тогорічний']);
    expect(styleAdvice('минулорічної', knows)?.replacements).toEqual(['торішньої', 'тогорічної']);
    expect(styleAdvice('заключного', knows)?.replacements).toContain('завершального');
    expect(styleAdvice('поліцейські', knows)).toMatchObject({ lemma: 'поліцейський', replacements: ['поліційні'] });
    expect(styleAdvice('співпадають', knows)).toMatchObject({ lemma: 'співпадати', preferred: ['збігатися'] });
  });

  it('active participles whose verb the dictionary knows: the «що …» rewrite, singular or plural', () => {
    expect(styleAdvice('зростаючого', knows)).toEqual({
      kind: 'participle',
      lemma: 'зростаючий',
      preferred: [],
      replacements: [],
      rewrite: 'що зростає',
    });
    expect(styleAdvice('працюючих', knows)).toMatchObject({ rewrite: 'що працюють', preferred: ['працівник'] });
    expect(styleAdvice('Діючої', knows)).toMatchObject({ rewrite: 'що діє', replacements: ['Чинної', 'Дієвої'] });
    expect(styleAdvice('ведучого', knows)?.rewrite).toBe('що веде');
    expect(styleAdvice('лежачий', knows)?.rewrite).toBe('що лежить');
    expect(styleAdvice('стоячого', knows)?.rewrite).toBe('що стоїть');
  });

  it('a misspelling with a participle’s ending, or any other word, gets no advice', () => {
    expect(styleAdvice('зраостаючого', knows)).toBeNull();
    expect(styleAdvice('пареговори', knows)).toBeNull();
    expect(styleAdvice('Виткофф', knows)).toBeNull();
    expect(styleAdvice('учий', knows)).toBeNull();
  });
});
