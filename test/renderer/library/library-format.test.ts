import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/src/i18n/i18n';
import { formatFoundCount } from '../../../renderer/src/library/library-format';

describe('formatFoundCount', () => {
  const uk = createTranslator('uk');
  it.each([
    [1, 'Знайдено 1 статтю'],
    [2, 'Знайдено 2 статті'],
    [4, 'Знайдено 4 статті'],
    [5, 'Знайдено 5 статей'],
    [11, 'Знайдено 11 статей'],
    [12, 'Знайдено 12 статей'],
    [21, 'Знайдено 21 статтю'],
    [0, 'Знайдено 0 статей'],
    [10000, 'Знайдено 10\u00A0000 статей'],
  ])('%s → %s', (count, text) => {
    expect(formatFoundCount(uk, 'uk', count)).toBe(text);
  });

  it('English: one and other', () => {
    const en = createTranslator('en');
    expect(formatFoundCount(en, 'en', 1)).toBe('1 article found');
    expect(formatFoundCount(en, 'en', 3)).toBe('3 articles found');
  });
});
