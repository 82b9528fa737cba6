import type { UiLanguage } from '../../../shared/settings/schema';
import { formatCount, pluralCategory, type Translate } from '../i18n/i18n';
import { dateTimeFormat } from '../i18n/intl-cache';

/** The newsroom works on Kyiv time wherever the laptop happens to be. */
const KYIV = 'Europe/Kyiv';

/** A short date and time for list rows: `19.12.2025, 20:44`. */
export function formatListDate(iso: string, language: UiLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateTimeFormat(language, {
    timeZone: KYIV,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(date);
}

/** A calendar day of a date filter (`2025-12-19` → `19.12.2025`); the day as typed, with no time zone shift. */
export function formatFilterDay(day: string, language: UiLanguage): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return dateTimeFormat(language, {
    timeZone: 'UTC',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(date);
}

/** «Знайдено 12 статей», with the plural form the number asks for. */
export function formatFoundCount(t: Translate, language: UiLanguage, count: number): string {
  return t(`library.found.${pluralCategory(language, count)}`, { count: formatCount(language, count) });
}
