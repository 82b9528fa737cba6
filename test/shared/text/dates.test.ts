import { describe, expect, it } from 'vitest';
import {
  formatCalendarDay,
  formatDateTime,
  formatDay,
  formatDayInput,
  formatTime,
  pageDateFormat,
  parseDayInput,
  shiftDay,
} from '../../../shared/text/dates';

// Vectors of /work/shared/UKRAINIAN.md §3: Europe/Kyiv, winter UTC+2, summer UTC+3.
const WINTER = '2025-12-19T18:44:00Z';
const SUMMER_ROLLOVER = '2025-07-01T21:05:00Z';

describe('formatDateTime: one style for every date a person reads', () => {
  it.each([
    ['uk', 'standard', WINTER, '19 грудня 2025 року, 20:44'],
    ['uk', 'capitalized-dash', WINTER, '19 Грудня 2025 року - 20:44'],
    ['uk', 'standard', SUMMER_ROLLOVER, '2 липня 2025 року, 00:05'],
    ['uk', 'capitalized-dash', SUMMER_ROLLOVER, '2 Липня 2025 року - 00:05'],
    ['en', 'standard', WINTER, '19 December 2025, 20:44'],
    ['en', 'capitalized-dash', WINTER, '19 December 2025 - 20:44'],
    ['en', 'standard', SUMMER_ROLLOVER, '2 July 2025, 00:05'],
  ] as const)('%s, %s: %s → %s', (language, style, iso, shown) => {
    expect(formatDateTime(iso, { language, style })).toBe(shown);
  });

  it('every month in the genitive, as a day asks for it', () => {
    const months = Array.from(
      { length: 12 },
      (_, m) => formatDay(new Date(Date.UTC(2025, m, 15, 10)), { language: 'uk', style: 'standard' }).split(' ')[1],
    );
    expect(months.join(' ')).toBe(
      'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня',
    );
  });

  it('the page is always Ukrainian, in the house style', () => {
    expect(formatDateTime(WINTER, pageDateFormat('capitalized-dash'))).toBe('19 Грудня 2025 року - 20:44');
    expect(formatDateTime(WINTER, pageDateFormat('standard'))).toBe('19 грудня 2025 року, 20:44');
  });

  it('a day and a time alone; nothing for what is not a date', () => {
    expect(formatDay(WINTER, { language: 'uk', style: 'standard' })).toBe('19 грудня 2025 року');
    expect(formatTime(WINTER)).toBe('20:44');
    expect(formatTime('2026-07-01T09:05:00Z')).toBe('12:05');
    expect(formatDateTime('вчора', { language: 'uk', style: 'standard' })).toBe('');
    expect(formatTime('вчора')).toBe('');
  });
});

describe('calendar days of a filter: no time zone in between', () => {
  it('shows the day as chosen', () => {
    expect(formatCalendarDay('2025-12-01', { language: 'uk', style: 'standard' })).toBe('1 грудня 2025 року');
    expect(formatCalendarDay('2025-12-01', { language: 'en', style: 'capitalized-dash' })).toBe('1 December 2025');
    expect(formatCalendarDay('2025-02-30', { language: 'uk', style: 'standard' })).toBe('');
    expect(formatDayInput('2025-12-01')).toBe('01.12.2025');
    expect(formatDayInput('')).toBe('');
  });

  it.each([
    ['19.12.2025', '2025-12-19'],
    ['1.2.2026', '2026-02-01'],
    [' 19/12/2025 ', '2025-12-19'],
    ['19-12-2025', '2025-12-19'],
    ['2025-12-19', '2025-12-19'],
    ['29.02.2024', '2024-02-29'],
    ['29.02.2025', null],
    ['12/31/2025', null],
    ['19.12.25', null],
    ['завтра', null],
    ['', null],
  ])('reads «%s» as %s', (typed, day) => {
    expect(parseDayInput(typed)).toBe(day);
  });

  it('moves a day across months and years', () => {
    expect(shiftDay('2025-12-31', 1)).toBe('2026-01-01');
    expect(shiftDay('2024-03-01', -1)).toBe('2024-02-29');
    expect(shiftDay('нонсенс', 1)).toBeNull();
  });
});
