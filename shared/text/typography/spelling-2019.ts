/**
 * 1992 → 2019 spellings (Український правопис 2019). A deliberately small, safe table:
 *
 * | 1993 form           | 2019 form          | rule                                   |
 * |---------------------|--------------------|----------------------------------------|
 * | проект, проектний…  | проєкт, проєктний… | є after a prefix in borrowed words §129|
 * | проекція, проектор  | проєкція, проєктор | same                                   |
 * | траекторія          | траєкторія         | same                                   |
 * | віце-прем’єр, віце-… | віцепрем’єр, віце… | віце-, екс- are written together §35   |
 * | екс-міністр, екс-…  | ексміністр, екс…   | same (not before a capital: екс-США)   |
 */
export interface SpellingRule {
  /** Matches inside a word; case-insensitive. */
  pattern: RegExp;
  replace: (match: string) => string;
  example: string;
}

/** Keep the case of the first letter of the matched text. */
const keepCase = (original: string, replacement: string): string => {
  const first = original.charAt(0);
  return first !== first.toLowerCase() ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
};

const stem = (from: string, to: string): SpellingRule => ({
  pattern: new RegExp(from, 'giu'),
  replace: (m) => keepCase(m, to),
  example: `${from} → ${to}`,
});

export const SPELLING_2019: readonly SpellingRule[] = [
  stem('проект', 'проєкт'),
  stem('проекц', 'проєкц'),
  stem('траектор', 'траєктор'),
  {
    pattern: /(?<![\p{L}])([вВ]іце|[еЕ]кс)-(?=\p{Ll})/gu,
    replace: (m) => m.slice(0, -1),
    example: 'віце-прем’єр → віцепрем’єр, екс-міністр → ексміністр',
  },
];
