/**
 * Words the uk dictionary leaves out on purpose: dict_uk keeps them in its "avoid" list
 * (brown-uk/dict_uk, data/dict/twisters.lst, "bad words and suggestions for replacement (not used for
 * spellchecking)", read at commit 86eebe9, May 2026) with the words to use instead (its `#>` column).
 * A newsroom's choice from it: the words that turn up in news copy. They are valid words style guides
 * discourage, so spellcheck gives advice on them instead of calling them misspellings.
 *
 * Each entry: the dictionary form, how it inflects (see INFLECTIONS) and the preferred words, best first.
 */
export const AVOID_WORDS: ReadonlyArray<readonly [lemma: string, inflection: Inflection, preferred: string]> = [
  ['прийом', 'noun-m', 'прийняття|приймання|спосіб|захід'],
  ['прийомний', 'adj', 'приймальний|названий'],
  ['прийомник', 'noun-m', 'приймач'],
  ['поліцейський', 'adj', 'поліційний|поліціянт'],
  ['кіберполіцейський', 'adj', 'кіберполіціянт'],
  ['заключний', 'adj', 'завершальний|кінцевий|остаточний|прикінцевий'],
  ['минулорічний', 'adj', 'торішній|тогорічний'],
  ['позаминулорічний', 'adj', 'позаторішній'],
  ['учбовий', 'adj', 'навчальний'],
  ['багаточисельний', 'adj', 'численний'],
  ['вищестоящий', 'adj', 'вищий'],
  ['підйомний', 'adj', 'підіймальний'],
  ['підйомник', 'noun-m', 'підіймач'],
  ['ціленаправлений', 'adj', 'цілеспрямований'],
  ['відзив', 'noun-m', 'відкликання|відгук'],
  ['виборщик', 'noun-m', 'виборець'],
  ['міроприємство', 'noun-n-o', 'захід'],
  ['співпадання', 'noun-n-nnia', 'збіг'],
  ['співставлення', 'noun-n-nnia', 'зіставлення|порівняння'],
  ['співпадати', 'verb-ty', 'збігатися'],
  ['співставляти', 'verb-ty', 'зіставляти|порівнювати'],
  ['получка', 'noun-f-ka', 'платня'],
  ['розбірка', 'noun-f-ka', 'розбирання|демонтаж'],
];

/**
 * Better words for active participles common in news, from the same list; the rest get the «що …»
 * rewrite alone (participles.ts).
 */
export const PARTICIPLE_ALTERNATIVES: ReadonlyMap<string, string> = new Map([
  ['діючий', 'чинний|дієвий'],
  ['існуючий', 'чинний|наявний'],
  ['слідуючий', 'наступний'],
  ['оточуючий', 'навколишній'],
  ['бажаючий', 'охочий'],
  ['керуючий', 'керівник|керівний'],
  ['головуючий', 'голова'],
  ['завідуючий', 'завідувач'],
  ['командуючий', 'командувач'],
  ['правлячий', 'панівний|керівний'],
  ['пануючий', 'панівний'],
  ['лідируючий', 'провідний'],
  ['вражаючий', 'разючий|вражальний'],
  ['наступаючий', 'прийдешній|наступний'],
  ['проживаючий', 'мешканець'],
  ['виконуючий', 'виконувач'],
  ['супроводжуючий', 'супровідний'],
  ['працюючий', 'працівник'],
]);

export type Inflection = 'adj' | 'noun-m' | 'noun-n-o' | 'noun-n-nnia' | 'noun-f-ka' | 'verb-ty';

/** How a lemma inflects: the letters cut from its end, then each ending in turn. */
export const INFLECTIONS: Readonly<Record<Inflection, { cut: string; endings: readonly string[] }>> = {
  // Nominative to instrumental, masculine, feminine, neuter, plural (as an adjective or a noun like поліцейський).
  adj: { cut: 'ий', endings: ['ий', 'ого', 'ому', 'им', 'ім', 'а', 'ої', 'ій', 'у', 'ою', 'е', 'і', 'их', 'ими'] },
  'noun-m': { cut: '', endings: ['', 'а', 'у', 'ові', 'ом', 'і', 'е', 'и', 'ів', 'ам', 'ами', 'ах'] },
  'noun-n-o': { cut: 'о', endings: ['о', 'а', 'у', 'ом', 'і', '', 'ам', 'ами', 'ах'] },
  'noun-n-nnia': { cut: 'ня', endings: ['ня', 'ню', 'ням', 'ні', 'нь', 'нями', 'нях'] },
  'noun-f-ka': { cut: 'ка', endings: ['ка', 'ки', 'ці', 'ку', 'кою', 'ко', 'ок', 'кам', 'ками', 'ках'] },
  'verb-ty': {
    cut: 'ти',
    endings: ['ти', 'ю', 'єш', 'є', 'ємо', 'єте', 'ють', 'в', 'ла', 'ло', 'ли', 'тиме', 'тимуть', 'ючи', 'вши'],
  },
};

/** The adjective endings of INFLECTIONS.adj for a soft-stem adjective (торішній), position by position. */
export const SOFT_ADJECTIVE_ENDINGS: readonly string[] = [
  'ій',
  'ього',
  'ьому',
  'ім',
  'ім',
  'я',
  'ьої',
  'ій',
  'ю',
  'ьою',
  'є',
  'і',
  'іх',
  'іми',
];
