import { describe, expect, it } from 'vitest';
import { GOOGLE_TITLE_FONT } from '../../../shared/share/google-title-widths';
import { textWidth, type AdvanceWidths } from '../../../shared/share/text-width';

const font: AdvanceWidths = {
  unitsPerEm: 1000,
  fallback: 1000,
  runs: [
    [0x61, [500, 600]],
    [0x439, [550]],
  ],
};

describe('textWidth', () => {
  it('sums the advances and scales them to the font size', () => {
    expect(textWidth('', font, 20)).toBe(0);
    expect(textWidth('ab', font, 20)).toBe(22);
    expect(textWidth('aab', font, 10)).toBe(16);
  });

  it('takes the fallback width for a character the table lacks, an emoji as one character', () => {
    expect(textWidth('a😀', font, 20)).toBe(30);
  });

  it('measures a decomposed letter as the one glyph NFC makes of it', () => {
    expect(textWidth('\u0438\u0306', font, 20)).toBe(11);
  });
});

describe('GOOGLE_TITLE_FONT (Arial metrics, from Liberation Sans)', () => {
  // Arial's advance widths at 2048 units per em, as Arial itself has them.
  const advance = (char: string) => textWidth(char, GOOGLE_TITLE_FONT, GOOGLE_TITLE_FONT.unitsPerEm);

  it('has Arial’s widths for Latin letters, digits and the space', () => {
    expect(GOOGLE_TITLE_FONT.unitsPerEm).toBe(2048);
    expect([' ', 'a', 'W', 'i', 'm', '0', 'M'].map(advance)).toEqual([569, 1139, 1933, 455, 1706, 1139, 1706]);
  });

  it('covers Ukrainian letters, the apostrophes and the typography’s punctuation', () => {
    for (const char of "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ’ʼ'«»„“—–…№₴\u00A0\u202F\u2011") {
      const codePoint = char.codePointAt(0) ?? 0;
      const covered = GOOGLE_TITLE_FONT.runs.some(
        ([first, widths]) => codePoint >= first && codePoint < first + widths.length,
      );
      expect(covered, char).toBe(true);
    }
    expect(advance('ш')).toBeGreaterThan(advance('і'));
  });
});
