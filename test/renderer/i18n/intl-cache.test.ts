import { describe, expect, it } from 'vitest';
import { dateTimeFormat, intlLocale, numberFormat } from '../../../renderer/src/i18n/intl-cache';

describe('intl-cache: Intl objects built once per language and options', () => {
  it('hands out the same formatter for the same language and options, another for others', () => {
    const options = { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Kyiv' } as const;
    expect(dateTimeFormat('uk', { ...options })).toBe(dateTimeFormat('uk', { ...options }));
    expect(dateTimeFormat('en', options)).not.toBe(dateTimeFormat('uk', options));
    expect(dateTimeFormat('uk', { ...options, timeZone: 'UTC' })).not.toBe(dateTimeFormat('uk', options));
    expect(numberFormat('uk')).toBe(numberFormat('uk'));
  });

  it('formats as the language writes: Kyiv time, grouped digits', () => {
    const noon = new Date('2026-07-01T09:05:00Z');
    expect(dateTimeFormat('uk', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Kyiv' }).format(noon)).toBe(
      '12:05',
    );
    expect(numberFormat('uk').format(126691).replace(/\s/g, ' ')).toBe('126 691');
    expect(numberFormat('en').format(126691)).toBe('126,691');
    expect(intlLocale('uk')).toBe('uk-UA');
  });
});
