import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../renderer/src/i18n/i18n';
import { formatFilterDay, formatFoundCount, formatListDate } from '../../../renderer/src/library/library-format';

describe('formatListDate', () => {
  it('shows Kyiv time whatever the machine zone (winter UTC+2, summer UTC+3)', () => {
    expect(formatListDate('2025-12-19T18:44:00Z', 'uk')).toBe('19.12.2025, 20:44');
    expect(formatListDate('2025-07-01T21:30:00Z', 'uk')).toBe('02.07.2025, 00:30');
    expect(formatListDate('2025-12-19T18:44:00Z', 'en')).toBe('19/12/2025, 20:44');
  });

  it('an unreadable date shows nothing rather than «Invalid Date»', () => {
    expect(formatListDate('вчора', 'uk')).toBe('');
  });
});

describe('formatFilterDay', () => {
  it('the calendar day as chosen, without a time zone shift', () => {
    expect(formatFilterDay('2025-12-01', 'uk')).toBe('01.12.2025');
    expect(formatFilterDay('2025-12-01', 'en')).toBe('01/12/2025');
    expect(formatFilterDay('нонсенс', 'uk')).toBe('нонсенс');
  });
});

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
