import { describe, expect, it } from 'vitest';
import { autoFixTyped, typeApostrophe, typeDash, typeEllipsis, typeQuote } from '../../../../shared/text/typography';

describe('typeQuote', () => {
  it('opens « at the start, after a space, a bracket or a dash', () => {
    expect(typeQuote('')).toBe('«');
    expect(typeQuote('Він сказав: ')).toBe('«');
    expect(typeQuote('(')).toBe('«');
    expect(typeQuote('слово —\u00A0')).toBe('«');
  });

  it('nests: „ inside an open «, “ closes the inner, » closes the outer', () => {
    expect(typeQuote('«Компанія ')).toBe('„');
    expect(typeQuote('«Компанія „Укренерго')).toBe('“');
    expect(typeQuote('«Компанія „Укренерго“ стала п’ятою')).toBe('»');
    expect(typeQuote('«Так')).toBe('»');
  });

  it('counts only the current paragraph; apostrophes are not quotes', () => {
    expect(typeQuote('«Без кінця\nНовий абзац')).toBe('«');
    expect(typeQuote("«п'ята")).toBe('»');
  });

  it('straight quotes typed earlier count by context too', () => {
    expect(typeQuote('"Компанія "Укренерго')).toBe('“');
  });
});

describe('typeApostrophe', () => {
  it('inside a word: the apostrophe (’ or the chosen ʼ)', () => {
    expect(typeApostrophe('п')).toBe('’');
    expect(typeApostrophe('зобов', '\u02BC')).toBe('ʼ');
  });

  it('not after a letter: a quote decision', () => {
    expect(typeApostrophe('Він сказав: ')).toBe('«');
    expect(typeApostrophe('«Компанія ')).toBe('„');
  });
});

describe('typeDash', () => {
  it('a space typed after " -" or " --": ⍽— ', () => {
    expect(typeDash('Ціни зросли - ')).toEqual({ deleteBefore: 3, insert: '\u00A0— ' });
    expect(typeDash('Київ -- ')).toEqual({ deleteBefore: 4, insert: '\u00A0— ' });
  });

  it('at the start of a paragraph: —⍽', () => {
    expect(typeDash('- ')).toEqual({ deleteBefore: 2, insert: '—\u00A0' });
    expect(typeDash('Перший абзац\n- ')).toEqual({ deleteBefore: 2, insert: '—\u00A0' });
  });

  it('hyphens in words, minus signs and a dash not yet followed by a space are left alone', () => {
    expect(typeDash('південно-')).toBeNull();
    expect(typeDash('температура -5 ')).toBeNull();
    expect(typeDash('слово -')).toBeNull();
    expect(typeDash('слово- ')).toBeNull();
  });
});

describe('typeEllipsis', () => {
  it('the third dot makes …', () => {
    expect(typeEllipsis('Читайте також...')).toEqual({ deleteBefore: 3, insert: '…' });
  });

  it('one, two or four dots do nothing', () => {
    expect(typeEllipsis('Кінець.')).toBeNull();
    expect(typeEllipsis('Кінець..')).toBeNull();
    expect(typeEllipsis('Кінець....')).toBeNull();
  });
});

describe('autoFixTyped: typing a text character by character', () => {
  /** What the editor does with each keystroke: insert it, then apply the fix of its tail. */
  const typeAll = (text: string, apostrophe?: '\u2019' | '\u02BC') => {
    let out = '';
    for (const ch of text) {
      if (ch === '\n') {
        out += ch;
        continue;
      }
      const fix = autoFixTyped(out.slice(out.lastIndexOf('\n') + 1), ch, apostrophe);
      out += ch;
      if (fix) out = out.slice(0, out.length - fix.deleteBefore) + fix.insert;
    }
    return out;
  };

  it.each([
    ['"Укренерго"', '«Укренерго»'],
    ['Він сказав: "Компанія "Укренерго" стала п\'ятою"', 'Він сказав: «Компанія „Укренерго“ стала п’ятою»'],
    ["зобов'язальний", 'зобов’язальний'],
    ['Ціни зросли - і це дивно.', 'Ціни зросли\u00A0— і це дивно.'],
    ['Київ -- столиця', 'Київ\u00A0— столиця'],
    ['-- Доброго ранку!', '—\u00A0Доброго ранку!'],
    ['Читайте також...', 'Читайте також…'],
    ['південно-східний', 'південно-східний'],
    ['Кінець.\n"Новий" абзац', 'Кінець.\n«Новий» абзац'],
  ])('%j → %j', (typed, expected) => {
    expect(typeAll(typed)).toBe(expected);
  });

  it('uses the outlet’s apostrophe', () => {
    expect(typeAll("п'ять", '\u02BC')).toBe('пʼять');
  });

  it('leaves other characters alone and a stray apostrophe as typed', () => {
    expect(autoFixTyped('слово', 'а')).toBeNull();
    expect(autoFixTyped('', '-')).toBeNull();
    expect(autoFixTyped('4', "'")).toBeNull();
  });
});
