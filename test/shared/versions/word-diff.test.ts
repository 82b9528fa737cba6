import { describe, expect, it } from 'vitest';
import { diffWords, wordTokens } from '../../../shared/versions/word-diff';

describe('wordTokens', () => {
  it('keeps Ukrainian words with apostrophes and hyphens whole', () => {
    expect(wordTokens("м’ясо, п'ять і будь-який «знак» — ʼюнь")).toEqual([
      'м’ясо',
      ',',
      ' ',
      "п'ять",
      ' ',
      'і',
      ' ',
      'будь-який',
      ' ',
      '«',
      'знак',
      '»',
      ' ',
      '—',
      ' ',
      'ʼюнь',
    ]);
  });

  it('gives back the text exactly when joined', () => {
    const text = 'Уряд  ухвалив\nрішення: 12,5 млрд грн — на п’ять років.';
    expect(wordTokens(text).join('')).toBe(text);
  });
});

describe('diffWords', () => {
  it('marks the one word changed in a sentence, whole, apostrophe and all', () => {
    expect(diffWords('Купили м’ясо на ринку', 'Купили п’ять кілограмів на ринку')).toEqual([
      { kind: 'same', text: 'Купили ' },
      { kind: 'removed', text: 'м’ясо' },
      { kind: 'added', text: 'п’ять кілограмів' },
      { kind: 'same', text: ' на ринку' },
    ]);
  });

  it('a hyphenated word replaced is one change, not half a word', () => {
    expect(diffWords('будь-який день', 'будь-що день')).toEqual([
      { kind: 'removed', text: 'будь-який' },
      { kind: 'added', text: 'будь-що' },
      { kind: 'same', text: ' день' },
    ]);
  });

  it('joins edits a space apart into one phrase replaced', () => {
    expect(diffWords('Вони прийшли вчора ввечері', 'Вони пішли сьогодні вранці')).toEqual([
      { kind: 'same', text: 'Вони ' },
      { kind: 'removed', text: 'прийшли вчора ввечері' },
      { kind: 'added', text: 'пішли сьогодні вранці' },
    ]);
  });

  it('keeps a word only removed apart from a word only added', () => {
    expect(diffWords('один два три', 'один три чотири')).toEqual([
      { kind: 'same', text: 'один ' },
      { kind: 'removed', text: 'два ' },
      { kind: 'same', text: 'три' },
      { kind: 'added', text: ' чотири' },
    ]);
  });

  it('equal and empty texts give nothing changed', () => {
    expect(diffWords('Той самий текст.', 'Той самий текст.')).toEqual([{ kind: 'same', text: 'Той самий текст.' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'Новий')).toEqual([{ kind: 'added', text: 'Новий' }]);
  });

  it('texts too different to read word by word are one replaced by the other, quickly', () => {
    const before = Array.from({ length: 6000 }, (_, i) => `слово${i}`).join(' ');
    const after = Array.from({ length: 6000 }, (_, i) => `інше${i}`).join(' ');
    const started = performance.now();
    expect(diffWords(before, after)).toEqual([
      { kind: 'removed', text: before },
      { kind: 'added', text: after },
    ]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
