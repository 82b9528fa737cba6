import { createContext, useContext } from 'react';
import type { UiLanguage } from '../../../shared/settings/schema';
import { en } from './en';
import { numberFormat, pluralRulesOf } from './intl-cache';
import { uk, type MessageKey } from './uk';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

const CATALOGUES: Record<UiLanguage, Record<MessageKey, string>> = { uk, en };

export function createTranslator(language: UiLanguage): Translate {
  const catalogue = CATALOGUES[language];
  return (key, vars) => {
    const template = catalogue[key];
    return vars ? template.replace(/\{(\w+)\}/g, (whole, name: string) => String(vars[name] ?? whole)) : template;
  };
}

/** The plural category of a count for the language (one/few/many/other in Ukrainian). */
export function pluralCategory(language: UiLanguage, count: number): 'one' | 'few' | 'many' | 'other' {
  const category = pluralRulesOf(language).select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}

export function formatCount(language: UiLanguage, count: number): string {
  return numberFormat(language).format(count);
}

export interface I18n {
  language: UiLanguage;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ language: 'uk', t: createTranslator('uk') });

export function useI18n(): I18n {
  return useContext(I18nContext);
}
