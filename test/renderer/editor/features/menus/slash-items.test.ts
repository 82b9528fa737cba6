import { describe, expect, it } from 'vitest';
import { filterSlashItems, SLASH_ITEMS } from '../../../../../renderer/src/editor/features/menus/slash-items';
import { createTranslator } from '../../../../../renderer/src/i18n/i18n';

const uk = createTranslator('uk');
const en = createTranslator('en');
const labels = (query: string, t = uk) => filterSlashItems(SLASH_ITEMS, query, t).map((item) => t(item.label));

describe('slash menu items', () => {
  it('offers every block of the body, in the newsroom’s order', () => {
    expect(labels('')).toEqual([
      'Заголовок 2',
      'Заголовок 3',
      'Маркований список',
      'Нумерований список',
      'Цитата',
      'Зображення',
      'Вбудувати допис (Telegram, YouTube, X, Facebook)',
      'Читайте також',
      'Нагадаємо',
      'Таблиця',
      'Розділювач',
    ]);
  });

  it.each([
    ['наг', ['Нагадаємо']],
    ['НАГ', ['Нагадаємо']],
    ['цит', ['Цитата']],
    ['фото', ['Зображення']],
    ['читайте', ['Читайте також']],
    ['розд', ['Розділювач']],
    ['h3', ['Заголовок 3']],
    ['youtube', ['Вбудувати допис (Telegram, YouTube, X, Facebook)']],
    ['телеграм', ['Вбудувати допис (Telegram, YouTube, X, Facebook)']],
    ['recap', ['Нагадаємо']],
    ['hr', ['Розділювач']],
    ['quote', ['Цитата']],
    ['табл', ['Таблиця']],
    ['table', ['Таблиця']],
  ])('«/%s» finds %j', (query, expected) => {
    expect(labels(query)).toEqual(expected);
  });

  it('puts items whose name starts with the query first', () => {
    expect(labels('спис')).toEqual(['Маркований список', 'Нумерований список']);
    expect(labels('заг').slice(0, 2)).toEqual(['Заголовок 2', 'Заголовок 3']);
  });

  it('finds nothing for words of no block', () => {
    expect(labels('діаграма')).toEqual([]);
  });

  it('filters by the names of the UI’s language and by both languages’ keywords', () => {
    expect(labels('divider', en)).toEqual(['Divider']);
    expect(labels('розділювач', en)).toEqual(['Divider']);
    expect(labels('recap', en)).toEqual(['To recap']);
  });

  it('exports a run for every item (the toolbar’s «Вставити» reuses them)', () => {
    expect(new Set(SLASH_ITEMS.map((item) => item.id)).size).toBe(SLASH_ITEMS.length);
    for (const item of SLASH_ITEMS) expect(typeof item.run).toBe('function');
  });
});
