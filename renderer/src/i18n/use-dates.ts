import { useMemo } from 'react';
import {
  formatCalendarDay,
  formatDateTime,
  formatDay,
  formatTime,
  pageDateFormat,
  type DateFormat,
} from '../../../shared/text/dates';
import { useI18n } from './i18n';

/** The interface's dates, in its language and the outlet's chosen style (shared/text/dates.ts). */
export interface Dates {
  /** `19 грудня 2025 року, 20:44`. */
  dateTime(iso: string): string;
  /** `19 грудня 2025 року`. */
  day(iso: string): string;
  /** `20:44`. */
  time(iso: string): string;
  /** A calendar day of a filter, `2025-12-19`, with no time zone in between. */
  calendarDay(day: string): string;
  /** How the page (in Ukrainian) writes its dates: the house style. */
  page: DateFormat;
}

export function useDates(): Dates {
  const { language, dateStyle = 'standard' } = useI18n();
  return useMemo(() => {
    const format: DateFormat = { language, style: dateStyle };
    return {
      dateTime: (iso) => formatDateTime(iso, format),
      day: (iso) => formatDay(iso, format),
      time: (iso) => formatTime(iso),
      calendarDay: (day) => formatCalendarDay(day, format) || day,
      page: pageDateFormat(dateStyle),
    };
  }, [language, dateStyle]);
}
