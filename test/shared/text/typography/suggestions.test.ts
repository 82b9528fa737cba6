import { describe, expect, it } from 'vitest';
import { findSuggestions, headlineSuggestions, type Suggestion } from '../../../../shared/text/typography';

/** Apply suggestions (for tests only — the editor never does this automatically). */
const apply = (text: string, list: Suggestion[]): string =>
  [...list].reverse().reduce((t, s) => t.slice(0, s.start) + s.replacement + t.slice(s.end), text);

const rules = (text: string): string[] => findSuggestions(text).map((s) => s.rule);

describe('findSuggestions', () => {
  it('capitalised month in a date', () => {
    const list = findSuggestions('Це сталося 19 Грудня 2024 року.');
    expect(list).toEqual([expect.objectContaining({ start: 14, end: 20, replacement: 'грудня', rule: 'month-case' })]);
    expect(list[0]?.message).toMatch(/малої літери/);
  });

  it('a month at a sentence start or without a day is fine', () => {
    expect(findSuggestions('Грудень видався теплим. Грудня чекали всі.')).toEqual([]);
    expect(findSuggestions('19 грудня')).toEqual([]);
  });

  it('1-го січня → 1 січня', () => {
    const text = 'Закон набуде чинності 1-го січня.';
    expect(rules(text)).toEqual(['ordinal-date']);
    expect(apply(text, findSuggestions(text))).toBe('Закон набуде чинності 1 січня.');
    expect(findSuggestions('1-го числа')).toEqual([]);
  });

  it('у 16:00 → о 16:00, в 11:30 → об 11:30', () => {
    expect(apply('Початок у 16:00.', findSuggestions('Початок у 16:00.'))).toBe('Початок о 16:00.');
    expect(apply('В 11:30 почнеться', findSuggestions('В 11:30 почнеться'))).toBe('Об 11:30 почнеться');
    expect(findSuggestions('о 16:00')).toEqual([]);
    expect(findSuggestions('у 2025 році')).toEqual([]);
  });

  it('грн. → грн inside a sentence, not at its end', () => {
    const text = '100 грн. на день';
    expect(findSuggestions(text)).toEqual([expect.objectContaining({ start: 4, end: 8, replacement: 'грн' })]);
    expect(findSuggestions('Коштує 100 грн. Дорого.')).toEqual([]);
    expect(findSuggestions('100 грн на день')).toEqual([]);
  });

  it('Latin look-alikes in a Cyrillic word become Cyrillic (i → і, ï → ї, K → К)', () => {
    const text = 'M\u0069н\u0069стр у Ки\u00EFвськ\u0069й і Kиїв'; // Miнiстр, Киïвськiй (Latin i, ï), Kиїв (Latin K)
    const list = findSuggestions(text);
    expect(list.map((s) => s.replacement)).toEqual(['Міністр', 'Київській', 'Київ']);
    expect(list.every((s) => s.rule === 'latin-in-cyrillic')).toBe(true);
    expect(list[2]).toMatchObject({ start: 22, end: 26 });
  });

  it('all-Cyrillic Київ and plain Latin words give nothing', () => {
    expect(findSuggestions('Київ')).toEqual([]);
    expect(findSuggestions('Kyiv is the capital')).toEqual([]);
  });

  it('1992 spellings → 2019: проект, траекторія, віце-, екс-', () => {
    const text = 'Проект про віце-прем’єра, екс-міністра і траекторію проекту';
    expect(apply(text, findSuggestions(text))).toBe('Проєкт про віцепрем’єра, ексміністра і траєкторію проєкту');
    expect(rules(text).every((r) => r === 'spelling-2019')).toBe(true);
  });

  it('2019 spellings and екс- before a capital give nothing', () => {
    expect(findSuggestions('проєкт віцепрем’єр екс-СРСР')).toEqual([]);
  });
});

describe('headlineSuggestions', () => {
  it('Title Case → sentence case, keeping acronyms and «names»', () => {
    expect(headlineSuggestions('Уряд Ухвалив Новий Бюджет')).toEqual([
      expect.objectContaining({ start: 0, end: 25, replacement: 'Уряд ухвалив новий бюджет', rule: 'headline-case' }),
    ]);
    expect(headlineSuggestions('НБУ Підвищив Облікову Ставку Для «Укренерго»')[0]?.replacement).toBe(
      'НБУ підвищив облікову ставку для «Укренерго»',
    );
  });

  it('a sentence-case headline with a proper name gives nothing', () => {
    expect(headlineSuggestions('Зеленський відвідав Київ')).toEqual([]);
    expect(headlineSuggestions('Уряд ухвалив бюджет')).toEqual([]);
    expect(headlineSuggestions('НБУ і ЄС')).toEqual([]);
  });
});
