import { describe, expect, it } from 'vitest';
import { spellSkipReason } from '../../../../shared/text/spell/skip-rules';

describe('spellSkipReason', () => {
  it.each([
    'переговори',
    'Зеленський',
    'п’ять',
    'пʼять',
    "п'ять",
    'південно-східний',
    'безпе\u0301ка',
    'Їжак',
    'ґанок',
  ])('checks the Cyrillic word %s', (word) => expect(spellSkipReason(word)).toBeNull());

  it.each([
    ['НАТО', 'abbreviation'],
    ['ЗСУ', 'abbreviation'],
    ['НБУ', 'abbreviation'],
    ['в', 'single-letter'],
    ['І', 'single-letter'],
    ['5-го', 'digits'],
    ['COVID-19', 'digits'],
    ['Су-27', 'digits'],
    ['1990-х', 'digits'],
    ['Telegram', 'latin'],
    ['iPhone', 'latin'],
    ['Zaporizhzhia', 'latin'],
    ['Kиїв', 'mixed-script'],
    ['Харк\u0069в', 'mixed-script'],
    ['IT-компанія', 'mixed-script'],
    ['Αθήνα', 'other-script'],
  ] as const)('skips %s (%s)', (word, reason) => expect(spellSkipReason(word)).toBe(reason));

  it('an all-caps word of one letter is a single letter, and Title Case is no abbreviation', () => {
    expect(spellSkipReason('Я')).toBe('single-letter');
    expect(spellSkipReason('Укренерго')).toBeNull();
    expect(spellSkipReason('ЗСУ-шник')).toBeNull();
  });
});
