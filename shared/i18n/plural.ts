import type { UiLanguage } from '../settings/schema';

export type PluralCategory = 'one' | 'few' | 'many' | 'other';

// Built once per language: an Intl object costs far more to build than to use.
const rules = new Map<UiLanguage, Intl.PluralRules>();

/** The plural category of a count for the language (one/few/many/other in Ukrainian, one/other in English). */
export function pluralCategory(language: UiLanguage, count: number): PluralCategory {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(language);
    rules.set(language, rule);
  }
  const category = rule.select(count);
  return category === 'one' || category === 'few' || category === 'many' ? category : 'other';
}
