import { describe, expect, it } from 'vitest';
import { countText } from '../../../shared/text/counts';

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const words = (text: string) => countText(text).words;

describe('countText: words', () => {
  it('empty and blank text count nothing', () => {
    expect(countText('')).toEqual({ words: 0, characters: 0 });
    expect(words(' \n\t ')).toBe(0);
    expect(words('— … «» .,!?')).toBe(0);
  });

  it('a plain sentence; the em dash and punctuation are not words', () => {
    expect(words('Ціни зросли — і це дивно.')).toBe(5);
    expect(words('Ціни зросли — і\u00A0це\u00A0дивно.')).toBe(5);
  });

  it('a hyphenated word is one word (UKRAINIAN.md §2–3)', () => {
    expect(words('південно-східний')).toBe(1);
    expect(words('південно\u2011східний')).toBe(1); // non-breaking hyphen
    expect(words('віце-прем’єр-міністр')).toBe(1);
    expect(words('На південно-східний фронт')).toBe(3);
  });

  it('a spaced hyphen or dash between words separates them', () => {
    expect(words('Ціни зросли - і це дивно.')).toBe(5);
    expect(words('Київ -- столиця')).toBe(2);
    expect(words('слово -слово')).toBe(2);
    expect(words('слово- слово')).toBe(2);
    expect(words('слово--слово')).toBe(2);
  });

  it('an apostrophe inside a word keeps it whole, whichever apostrophe it is', () => {
    expect(words('п’ять')).toBe(1); // U+2019
    expect(words("п'ять")).toBe(1); // ASCII
    expect(words('пʼять')).toBe(1); // U+02BC
    expect(words('Він сказав: «Компанія „Укренерго“ стала п’ятою»')).toBe(6);
    expect(words('Інтерв’ю з міністром')).toBe(3);
  });

  it('quotes around a word are not words and do not join it to the next one', () => {
    expect(words('‘цитата’ і ще')).toBe(3);
    expect(words("'цитата' і ще")).toBe(3);
  });

  it('digit groups of a number are one word, with a space, NBSP or narrow NBSP', () => {
    expect(words('1 500 000')).toBe(1);
    expect(words(`1${NBSP}500${NBSP}000`)).toBe(1);
    expect(words(`1${NNBSP}500${NNBSP}000`)).toBe(1);
    expect(words(`1${NBSP}500${NBSP}000${NBSP}грн`)).toBe(2);
    expect(words('Зібрали 10 000 000 грн')).toBe(3);
  });

  it('a grouped number with a decimal part is one word too (§3: `1 234 567,891`, Intl uk-UA)', () => {
    // Intl.NumberFormat('uk-UA') writes exactly this; the last group carries the fraction.
    expect(new Intl.NumberFormat('uk-UA').format(1234567.891)).toBe(`1${NBSP}234${NBSP}567,891`);
    expect(words(`1${NBSP}234${NBSP}567,891`)).toBe(1);
    expect(words('1 500,5 грн')).toBe(2);
  });

  it('only three-digit groups continue a number: separate numbers stay separate', () => {
    expect(words('12 3456')).toBe(2);
    expect(words('5 7')).toBe(2);
    expect(words('у 2025 році 300 осіб')).toBe(5);
    expect(words('500 000 і 300 000')).toBe(3);
  });

  it('a decimal number and a percentage are one word', () => {
    expect(words('15,5%')).toBe(1);
    expect(words('зросли на 15,5%')).toBe(3);
  });

  it('a year range: 2024–2025 with an en dash is two words, 2024-2025 with a hyphen is one', () => {
    // The en dash is not a word joiner (only -, U+2011 and the apostrophes are), so the typographic
    // range written the way §2 asks (`2024–2025`) counts both years; an ASCII hyphen joins them
    // the way it joins `південно-східний`.
    expect(words('2024–2025')).toBe(2);
    expect(words('У 2024–2025 роках')).toBe(4);
    expect(words('2024-2025')).toBe(1);
    expect(words('5–7 років')).toBe(3);
  });

  it('counts a paragraph with all of the above', () => {
    const text =
      'У 2024–2025 роках південно-східний регіон отримав 1\u00A0500\u00A0000 грн. Він сказав: «Це п’ята частина».';
    // У · 2024 · 2025 · роках · південно-східний · регіон · отримав · 1 500 000 · грн · Він · сказав · Це · п’ята · частина
    expect(words(text)).toBe(14);
  });
});

describe('countText: characters', () => {
  it('counts every character of the text, spaces and NBSP included', () => {
    expect(countText('Ціни зросли — і це дивно.').characters).toBe(25);
    expect(countText(`1${NBSP}500${NBSP}000`).characters).toBe(9);
    expect(countText(`a${NBSP}b`).characters).toBe(3);
    expect(countText(' \n').characters).toBe(2);
  });

  it('counts code points, not UTF-16 units', () => {
    expect('😀'.length).toBe(2);
    expect(countText('😀').characters).toBe(1);
    expect(countText('Слава 🇺🇦').characters).toBe(8); // a flag is two regional-indicator code points
  });

  it('apostrophes are characters in every form', () => {
    for (const text of ['п’ять', "п'ять", 'пʼять']) expect(countText(text).characters, text).toBe(5);
  });
});
