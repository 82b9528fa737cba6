import { describe, expect, it } from 'vitest';
import { intlLocale, numberFormat } from '../../../renderer/src/i18n/intl-cache';

describe('intl-cache: Intl objects built once per language', () => {
  it('hands out the same formatter for the same language, another for others', () => {
    expect(numberFormat('uk')).toBe(numberFormat('uk'));
    expect(numberFormat('en')).not.toBe(numberFormat('uk'));
  });

  it('formats as the language writes: grouped digits', () => {
    expect(numberFormat('uk').format(126691).replace(/\s/g, ' ')).toBe('126 691');
    expect(numberFormat('en').format(126691)).toBe('126,691');
    expect(intlLocale('uk')).toBe('uk-UA');
  });
});
