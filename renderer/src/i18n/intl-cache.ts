import type { UiLanguage } from '../../../shared/settings/schema';

/** The locale the UI's dates and numbers are written in. */
export function intlLocale(language: UiLanguage): string {
  return language === 'uk' ? 'uk-UA' : 'en-GB';
}

// Building an Intl object costs far more than using one (tens of microseconds each): the status bar built
// seven for every recount while typing. Each is built once per locale (plural rules: shared/i18n/plural.ts; dates:
// shared/text/dates.ts).
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(language: UiLanguage): Intl.NumberFormat {
  const locale = intlLocale(language);
  return cached(numberFormats, locale, () => new Intl.NumberFormat(locale));
}
