import { describe, expect, it } from 'vitest';
import { firstWords, teaser } from '../../../shared/text/teaser';

const length = (text: string) => [...text].length;

describe('teaser', () => {
  it('keeps a text that fits, on one line', () => {
    expect(teaser('Київ і Львів', 20)).toBe('Київ і Львів');
    expect(teaser('  Київ\nі   Львів ', 12)).toBe('Київ і Львів');
  });

  it('cuts at a word boundary and adds an ellipsis within the limit', () => {
    expect(teaser('Уряд ухвалив нову програму підтримки', 20)).toBe('Уряд ухвалив нову…');
    expect(length(teaser('Уряд ухвалив нову програму підтримки', 20))).toBeLessThanOrEqual(20);
  });

  it('keeps a word that ends exactly where the room does', () => {
    // "Уряд ухвалив" is 12 characters; with the ellipsis 13.
    expect(teaser('Уряд ухвалив нову програму', 13)).toBe('Уряд ухвалив…');
  });

  it('drops a comma, colon or dash left hanging before the ellipsis', () => {
    expect(teaser('Ціни зросли, а зарплати ні', 14)).toBe('Ціни зросли…');
    expect(teaser('Ціни зросли — а зарплати ні', 15)).toBe('Ціни зросли…');
  });

  it('does not cut at a no-break space', () => {
    expect(teaser('Рішення ухвалили в\u00A0Києві вчора', 21)).toBe('Рішення ухвалили…');
  });

  it('ends on a full stop without an ellipsis when the cut falls after a sentence', () => {
    expect(teaser('Ціни зросли. Зарплати ні, і це видно', 20)).toBe('Ціни зросли.');
  });

  it('cuts one endless word hard', () => {
    expect(teaser('а'.repeat(30), 10)).toBe('а'.repeat(9) + '…');
  });

  it('counts an emoji as one character', () => {
    expect(teaser('😀😀 😀😀 😀😀', 7)).toBe('😀😀 😀😀…');
  });
});

describe('firstWords', () => {
  it('keeps ten words and adds ... when there were more, as the reference site lists related articles', () => {
    const cut = firstWords(
      'Кабінет Міністрів ухвалив рішення про запуск автоматичного військового обліку, який охопить усіх',
      10,
      '...',
    );
    expect(cut).toBe('Кабінет Міністрів ухвалив рішення про запуск автоматичного військового обліку, який...');
    expect(firstWords('Заняття HIIT вже кілька років поспіль очолюють списки фітнес-трендів', 10, '...')).toBe(
      'Заняття HIIT вже кілька років поспіль очолюють списки фітнес-трендів',
    );
    expect(firstWords('  одне   два\nтри ', 2, '…')).toBe('одне два…');
    expect(firstWords('', 10, '...')).toBe('');
  });
});
