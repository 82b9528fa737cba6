import type { Message } from '../../shared/i18n/message';
import { createTranslator } from '../../shared/i18n/translate';
import type { UiLanguage } from '../../shared/settings/schema';

const translators = { uk: createTranslator('uk'), en: createTranslator('en') };

/** A message from a service as a person reads it (Ukrainian unless told); '' for none, so a match fails. */
export function worded(reason: Message | null | undefined, language: UiLanguage = 'uk'): string {
  return reason ? translators[language].message(reason) : '';
}
