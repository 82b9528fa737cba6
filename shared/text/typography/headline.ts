import type { Suggestion } from './suggestion';

const WORD = /[\p{L}'’ʼ-]+/gu;

const isCapitalised = (word: string): boolean => {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase();
};

/**
 * Title Case headline → sentence case («Уряд Ухвалив Новий Бюджет» → «Уряд ухвалив новий бюджет»).
 * Fires when at least two words after the first are capitalised and they are more than half of those
 * words. Acronyms (НБУ), words after a sentence end and words opening a «quoted name» are kept.
 * The journalist must check proper names (Київ) — this is only a suggestion.
 */
export function headlineSuggestions(headline: string): Suggestion[] {
  const words = [...headline.matchAll(WORD)].filter((m) => /\p{L}/u.test(m[0]));
  const rest = words.slice(1);
  const capitalised = rest.filter((m) => isCapitalised(m[0]));
  if (capitalised.length < 2 || capitalised.length * 2 <= rest.length) return [];
  let fixed = headline;
  for (const m of capitalised) {
    const before = headline.slice(0, m.index).trimEnd();
    if (/[.!?«„"“]$/u.test(before)) continue;
    const word = m[0];
    fixed = fixed.slice(0, m.index) + word.charAt(0).toLowerCase() + fixed.slice(m.index + 1);
  }
  if (fixed === headline) return [];
  return [
    {
      start: 0,
      end: headline.length,
      replacement: fixed,
      rule: 'headline-case',
      message: 'Заголовок пишемо як речення: з великої літери лише перше слово та власні назви.',
    },
  ];
}
