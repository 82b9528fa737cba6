import { describe, expect, it } from 'vitest';
import { fixTypography } from '../../../../shared/text/typography';

/** `⍽` in UKRAINIAN.md §2 means U+00A0. */
const nb = (s: string): string => s.replaceAll('⍽', '\u00A0');

describe('fixTypography: every vector of UKRAINIAN.md §2', () => {
  const vectors: [string, string][] = [
    ['"Укренерго"', '«Укренерго»'],
    ['Він сказав: "Компанія "Укренерго" стала п\'ятою"', 'Він сказав: «Компанія „Укренерго“ стала п’ятою»'],
    ["зобов'язальний", 'зобов’язальний'],
    ['Ціни зросли - і це дивно.', 'Ціни зросли⍽— і⍽це⍽дивно.'],
    ['Київ -- столиця', 'Київ⍽— столиця'],
    ['- Доброго ранку!', '—⍽Доброго ранку!'],
    ['Як заявив В.О.Зеленський', 'Як⍽заявив В.⍽О.⍽Зеленський'],
    ['Читайте також...', 'Читайте також…'],
    ['У 2024-2025 роках', 'У⍽2024–2025 роках'],
    ['5-7 років', '5–7 років'],
    ['південно-східний', 'південно-східний'],
    ['1500000 грн', '1⍽500⍽000⍽грн'],
    ['у 2025 році', 'у⍽2025 році'],
    ['5 тис. осіб', '5⍽тис.⍽осіб'],
    ['3 млрд грн', '3⍽млрд⍽грн'],
    ['Постанова N 55', 'Постанова №⍽55'],
    ['сказав , що  все', 'сказав, що⍽все'],
  ];
  it.each(vectors)('%s', (input, expected) => {
    expect(fixTypography(input)).toBe(nb(expected));
  });

  it('is idempotent on every vector', () => {
    for (const [input] of vectors) {
      const once = fixTypography(input);
      expect(fixTypography(once)).toBe(once);
    }
  });
});

describe('fixTypography: details', () => {
  it('the apostrophe option chooses ʼ (U+02BC) and normalises every apostrophe-like character', () => {
    expect(fixTypography("п'ять м’ята обʼєкт", { apostrophe: '\u02BC' })).toBe('пʼять мʼята обʼєкт');
    expect(fixTypography('обʼєкт')).toBe('об’єкт');
  });

  it('re-nests typographic quotes that are already there', () => {
    expect(fixTypography('«Компанія «Укренерго»»')).toBe('«Компанія „Укренерго“»');
  });

  it('quote nesting resets at each paragraph (line)', () => {
    expect(fixTypography('"Один\n"Два"')).toBe('«Один\n«Два»');
  });

  it('a dialogue dash opens every paragraph, also from -- and an en dash', () => {
    expect(fixTypography('Текст\n-- Так.\n– Ні.')).toBe(nb('Текст\n—⍽Так.\n—⍽Ні.'));
  });

  it('an existing spaced em dash gets the no-break space before it', () => {
    expect(fixTypography('Київ — столиця')).toBe(nb('Київ⍽— столиця'));
  });

  it('does not touch hyphenated words, minus signs, dates or phone numbers', () => {
    expect(fixTypography('віце-прем’єр-міністр')).toBe('віце-прем’єр-міністр');
    expect(fixTypography('температура -5')).toBe('температура -5');
    expect(fixTypography('2025-01-15')).toBe('2025-01-15');
    expect(fixTypography('050-123-45-67')).toBe('050-123-45-67');
    expect(fixTypography('1-го')).toBe('1-го');
  });

  it('groups only numbers of five or more digits, not fractions or years', () => {
    expect(fixTypography('12500 осіб')).toBe(nb('12⍽500 осіб'));
    expect(fixTypography('1500 грн')).toBe(nb('1500⍽грн'));
    expect(fixTypography('3,14159')).toBe('3,14159');
    expect(fixTypography('2025')).toBe('2025');
  });

  it('a single initial and №55 without a space', () => {
    expect(fixTypography('Т. Шевченко')).toBe(nb('Т.⍽Шевченко'));
    expect(fixTypography('№55')).toBe(nb('№⍽55'));
  });

  it('does not take the end of an abbreviation for an initial', () => {
    expect(fixTypography('у США. Зеленський')).toBe(nb('у⍽США. Зеленський'));
  });

  it('four dots stay, spaces before punctuation go', () => {
    expect(fixTypography('так....')).toBe('так....');
    expect(fixTypography('Що ?! Так ; ні : ось ...')).toBe(nb('Що?! Так; ні: ось…'));
  });

  it('leaves Latin short words and leading indentation alone', () => {
    expect(fixTypography('it is a test')).toBe('it is a test');
    expect(fixTypography('  Абзац')).toBe('  Абзац');
  });
});

describe('fixTypography: document numbers are identifiers, not quantities (UKRAINIAN.md §2)', () => {
  const vectors: [string, string][] = [
    ['законопроєкт № 14103', 'законопроєкт №⍽14103'],
    ['законопроєкт №14103', 'законопроєкт №⍽14103'],
    ['законопроєкт N 14103', 'законопроєкт №⍽14103'],
    ['законопроєкт № 14103-д', 'законопроєкт №⍽14103-д'],
    ['законопроєкт 14103-д', 'законопроєкт 14103-д'],
    ['постанови №№ 12345, 12346 та 12347', 'постанови №№ 12345, 12346 та⍽12347'],
    ['згідно зі ст. 12345', 'згідно зі⍽ст. 12345'],
    ['Ст. 10250 кодексу', 'Ст. 10250 кодексу'],
    ['ст. 10250 і 12345, п. 12345', 'ст. 10250 і⍽12345, п. 12345'],
    ['законопроєкт № 14103-1', 'законопроєкт №⍽14103-1'],
    ['відповідно до п. 10250', 'відповідно до⍽п. 10250'],
    ['справа № 910/12345/25', 'справа №⍽910/12345/25'],
  ];
  it.each(vectors)('%s', (input, expected) => {
    expect(fixTypography(input)).toBe(nb(expected));
    expect(fixTypography(nb(expected))).toBe(nb(expected));
  });

  it('quantities beside them are still grouped', () => {
    expect(fixTypography('За законопроєкт № 14103 проголосували 12500 осіб')).toBe(
      nb('За⍽законопроєкт №⍽14103 проголосували 12⍽500 осіб'),
    );
    expect(fixTypography('1150 окупантів і 325000 грн')).toBe(nb('1150 окупантів і⍽325⍽000⍽грн'));
    expect(fixTypography('пост. 12500 осіб')).toBe(nb('пост. 12⍽500 осіб'));
  });
});

describe('fixTypography: a hyphen glued to the first word of a paragraph is a dialogue dash', () => {
  const vectors: [string, string][] = [
    ['-Сьогодні вирішимо.', '—⍽Сьогодні вирішимо.'],
    ['--Так.', '—⍽Так.'],
    ['–Ні.', '—⍽Ні.'],
    ['—Ні.', '—⍽Ні.'],
    ['-"Так", - сказав він.', '—⍽«Так»,⍽— сказав він.'],
    ['Текст\n-Так.', 'Текст\n—⍽Так.'],
  ];
  it.each(vectors)('%s', (input, expected) => {
    expect(fixTypography(input)).toBe(nb(expected));
    expect(fixTypography(nb(expected))).toBe(nb(expected));
  });

  it('leaves a minus sign, a hyphenated word and a mid-paragraph hyphen alone', () => {
    expect(fixTypography('-5 градусів')).toBe('-5 градусів');
    expect(fixTypography('слово -слово')).toBe('слово -слово');
    expect(fixTypography('південно-східний')).toBe('південно-східний');
  });
});
