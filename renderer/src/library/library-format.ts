import type { UiLanguage } from '../../../shared/settings/schema';
import { formatCount, pluralCategory, type Translate } from '../i18n/i18n';

/** «Знайдено 12 статей», with the plural form the number asks for. */
export function formatFoundCount(t: Translate, language: UiLanguage, count: number): string {
  return t(`library.found.${pluralCategory(language, count)}`, { count: formatCount(language, count) });
}
