import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../renderer/src/i18n/i18n';
import { en } from '../../../shared/i18n/en';
import { message, type Params } from '../../../shared/i18n/message';
import { pluralCategory } from '../../../shared/i18n/plural';
import { createTranslator, isMessageKey, placeholdersOf } from '../../../shared/i18n/translate';
import { uk, type MessageKey } from '../../../shared/i18n/uk';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('catalogues', () => {
  it('every Ukrainian key exists in English with a non-empty string, and nothing extra', () => {
    const ukKeys = Object.keys(uk);
    expect(ukKeys.length).toBeGreaterThan(50);
    for (const key of ukKeys) {
      const value: unknown = (en as Record<string, unknown>)[key];
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
      expect(uk[key as MessageKey].trim(), key).not.toBe('');
    }
    expect(Object.keys(en).sort()).toEqual([...ukKeys].sort());
  });

  it('both languages use the same {placeholders} in each message', () => {
    for (const key of Object.keys(uk) as MessageKey[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(uk[key]));
    }
  });

  it('every plural category has a word form', () => {
    for (const category of ['one', 'few', 'many', 'other']) {
      expect(uk).toHaveProperty([`stats.wordForms.${category}`]);
      expect(uk).toHaveProperty([`stats.charForms.${category}`]);
    }
  });
});

describe('createTranslator', () => {
  it('returns the message of the chosen language', () => {
    expect(createTranslator('uk')('library.new')).toBe('Нова стаття');
    expect(createTranslator('en')('library.new')).toBe('New article');
  });

  it('interpolates its parameters, numbers included', () => {
    const t = createTranslator('uk');
    expect(t('save.saved', { time: '20:44' })).toBe('Збережено о 20:44');
    expect(t('library.path', { path: 'C:\\Шпальта' })).toBe('Тека: C:\\Шпальта');
    expect(t('stats.words', { count: 5, words: 'слів' })).toBe('5 слів');
  });

  it('inserts text with $ patterns literally', () => {
    const t = createTranslator('uk');
    expect(t('save.failed', { message: "$& $1 $' ціна $5" })).toBe("Не збережено: $& $1 $' ціна $5");
  });

  it('words a nested message in the same language', () => {
    const reason = message('error.io.saveArticle');
    const composed = message('error.io.failed', { what: reason, reason: message('error.io.reason.ENOSPC') });
    expect(createTranslator('en').message(composed)).toBe('The article could not be saved: the disk is full.');
    expect(createTranslator('uk').message(composed)).toBe('Не вдалося зберегти статтю: на диску закінчилося місце.');
  });

  it('leaves a placeholder visible when a message from elsewhere lacks its value, and never recurses forever', () => {
    const t = createTranslator('en');
    expect(t.message({ key: 'save.saved' })).toBe('Saved at {time}');
    type Loop = { key: MessageKey; params: { message: Loop } };
    const loop: Loop = { key: 'save.failed', params: undefined as never };
    loop.params = { message: loop };
    expect(t.message(loop)).toMatch(/^(Not saved: )+save\.failed$/);
  });

  it("types each key's parameters from its Ukrainian template", () => {
    const t = createTranslator('en');
    const names: Params<'Файл {name} ({size})'> = 'size';
    expect(names).toBe('size');
    // @ts-expect-error a needed parameter is missing
    expect(t('save.saved')).toBe('Saved at {time}');
    // @ts-expect-error a parameter the template does not have
    expect(t('save.saved', { time: '1', date: '2' })).toBe('Saved at 1');
    // @ts-expect-error a key without placeholders takes no parameters
    expect(t('library.new', { name: 'x' })).toBe('New article');
  });

  it('knows its keys and their placeholders', () => {
    expect(isMessageKey('library.new')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
    expect(isMessageKey(42)).toBe(false);
    expect(placeholdersOf('stats.words')).toEqual(['count', 'words']);
  });
});

describe('pluralCategory (uk)', () => {
  it.each([
    [1, 'one'],
    [2, 'few'],
    [4, 'few'],
    [5, 'many'],
    [11, 'many'],
    [12, 'many'],
    [14, 'many'],
    [21, 'one'],
    [22, 'few'],
    [0, 'many'],
    [111, 'many'],
    [1.5, 'other'],
  ] as const)('%s → %s', (count, category) => {
    expect(pluralCategory('uk', count)).toBe(category);
  });

  it('English has only one and other', () => {
    expect(pluralCategory('en', 1)).toBe('one');
    expect(pluralCategory('en', 2)).toBe('other');
    expect(pluralCategory('en', 5)).toBe('other');
  });
});

describe('word forms', () => {
  const t = createTranslator('uk');
  const words = (count: number) =>
    t('stats.words', { count: formatCount('uk', count), words: t(`stats.wordForms.${pluralCategory('uk', count)}`) });
  const chars = (count: number) =>
    t('stats.chars', { count: formatCount('uk', count), chars: t(`stats.charForms.${pluralCategory('uk', count)}`) });

  it.each([
    [1, '1 слово'],
    [2, '2 слова'],
    [5, '5 слів'],
    [11, '11 слів'],
    [21, '21 слово'],
    [22, '22 слова'],
  ])('%s → %s', (count, expected) => {
    expect(words(count)).toBe(expected);
  });

  it('characters: 1 знак, 2 знаки, 5 знаків, 21 знак, 3 452 знаки (NBSP group)', () => {
    expect(chars(1)).toBe('1 знак з пробілами');
    expect(chars(2)).toBe('2 знаки з пробілами');
    expect(chars(5)).toBe('5 знаків з пробілами');
    expect(chars(21)).toBe('21 знак з пробілами');
    expect(chars(3452)).toBe('3\u00A0452 знаки з пробілами');
  });

  it('formatCount groups thousands with a no-break space in Ukrainian, a comma in English', () => {
    expect(formatCount('uk', 1234567)).toBe('1\u00A0234\u00A0567');
    expect(formatCount('en', 1234567)).toBe('1,234,567');
  });
});
