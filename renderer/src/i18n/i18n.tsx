import { createContext, useContext } from 'react';
import { createTranslator, type Translate } from '../../../shared/i18n/translate';
import type { DateStyle, UiLanguage } from '../../../shared/settings/schema';
import { numberFormat } from './intl-cache';

export { createTranslator, type Translate } from '../../../shared/i18n/translate';
export { pluralCategory } from '../../../shared/i18n/plural';
export type { MessageKey } from '../../../shared/i18n/uk';
export type { PlainKey } from '../../../shared/i18n/message';

export function formatCount(language: UiLanguage, count: number): string {
  return numberFormat(language).format(count);
}

export interface I18n {
  language: UiLanguage;
  t: Translate;
  /** The outlet's date style, which the interface's dates follow too; `standard` when not given. */
  dateStyle?: DateStyle;
}

export const I18nContext = createContext<I18n>({ language: 'uk', t: createTranslator('uk') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
