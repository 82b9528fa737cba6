import { createTranslator, type Translate } from '../i18n/translate';
import type { DateStyle, UiLanguage } from '../settings/schema';
import { kyivClock } from './kyiv-clock';

/**
 * Every date a person reads, in one style: the interface's (in the UI language) and the page's (Ukrainian,
 * the outlet's house style) differ only in language. The newsroom lives on Kyiv time wherever the laptop is.
 * Month names come from Intl (the genitive `грудня` a day asks for); the words around them from the catalogue.
 */
export interface DateFormat {
  language: UiLanguage;
  style: DateStyle;
}

/** The page is in the article's language, Ukrainian, whatever the interface speaks. */
export function pageDateFormat(style: DateStyle): DateFormat {
  return { language: 'uk', style };
}

const monthCache = new Map<UiLanguage, readonly string[]>();
const translators = new Map<UiLanguage, Translate>();

/** The twelve month names as a day of the month asks for them (`грудня`, `December`). */
function monthNames(language: UiLanguage): readonly string[] {
  let names = monthCache.get(language);
  if (!names) {
    const format = new Intl.DateTimeFormat(language === 'uk' ? 'uk-UA' : 'en-GB', {
      day: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    });
    names = Array.from(
      { length: 12 },
      (_, month) => format.formatToParts(Date.UTC(2025, month, 15)).find((part) => part.type === 'month')?.value ?? '',
    );
    monthCache.set(language, names);
  }
  return names;
}

function translator(language: UiLanguage): Translate {
  let t = translators.get(language);
  if (!t) {
    t = createTranslator(language);
    translators.set(language, t);
  }
  return t;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function dayText(year: number, month: number, day: number, { language, style }: DateFormat): string {
  const name = monthNames(language)[month - 1] ?? '';
  // The capitalised month is a house style of Ukrainian sites (`19 Грудня`); English capitalises anyway.
  const shown = style === 'capitalized-dash' ? name.charAt(0).toLocaleUpperCase(language) + name.slice(1) : name;
  return translator(language)('date.day', { day, month: shown, year });
}

/** `19 грудня 2025 року` (Kyiv's calendar day of the instant); '' for a string that is not a date. */
export function formatDay(instant: string | Date, format: DateFormat): string {
  const clock = kyivClock(instant);
  return clock ? dayText(clock.year, clock.month, clock.day, format) : '';
}

/** `20:44` on Kyiv's clock. */
export function formatTime(instant: string | Date): string {
  const clock = kyivClock(instant);
  return clock ? `${pad(clock.hour)}:${pad(clock.minute)}` : '';
}

/** `19 грудня 2025 року, 20:44`, or `19 Грудня 2025 року - 20:44` in that house style. */
export function formatDateTime(instant: string | Date, format: DateFormat): string {
  const clock = kyivClock(instant);
  if (!clock) return '';
  const date = dayText(clock.year, clock.month, clock.day, format);
  const time = `${pad(clock.hour)}:${pad(clock.minute)}`;
  return translator(format.language)(`date.dateTime.${format.style}`, { date, time });
}

const CALENDAR_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function calendarDay(day: string): { year: number; month: number; day: number } | null {
  const match = CALENDAR_DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(year, month - 1, date));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return null;
  return { year, month, day: date };
}

/** A calendar day as written (`2025-12-19` → `19 грудня 2025 року`), with no time zone in between; '' if not one. */
export function formatCalendarDay(day: string, format: DateFormat): string {
  const parts = calendarDay(day);
  return parts ? dayText(parts.year, parts.month, parts.day, format) : '';
}

/** A calendar day as a person types it into a date field: `19.12.2025` (the Ukrainian standard short form). */
export function formatDayInput(day: string): string {
  const parts = calendarDay(day);
  return parts ? `${pad(parts.day)}.${pad(parts.month)}.${parts.year}` : '';
}

const TYPED_DAY = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const TYPED_ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * What a person typed into a date field, as a calendar day (`2025-12-19`), or null when it is not a real day.
 * Day first, as Ukrainians (and the British) write it: `19.12.2025`, `19/12/2025`, `19-12-2025`; or ISO.
 */
export function parseDayInput(text: string): string | null {
  const typed = text.trim();
  const dayFirst = TYPED_DAY.exec(typed);
  const iso = dayFirst ? null : TYPED_ISO.exec(typed);
  const [year, month, day] = dayFirst ? [dayFirst[3], dayFirst[2], dayFirst[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (year === undefined || month === undefined || day === undefined) return null;
  const candidate = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return calendarDay(candidate) ? candidate : null;
}

/** The calendar day `days` after (or before) a day: ↑/↓ in a date field. */
export function shiftDay(day: string, days: number): string | null {
  const parts = calendarDay(day);
  if (!parts) return null;
  const moved = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return `${moved.getUTCFullYear()}-${pad(moved.getUTCMonth() + 1)}-${pad(moved.getUTCDate())}`;
}
