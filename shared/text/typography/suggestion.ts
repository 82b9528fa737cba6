/** A suggested fix: shown to the journalist, never applied automatically. Offsets are UTF-16, end exclusive. */
export interface Suggestion {
  start: number;
  end: number;
  replacement: string;
  rule: SuggestionRule;
  /** Explanation in Ukrainian. */
  message: string;
}

export type SuggestionRule =
  | 'month-case'
  | 'ordinal-date'
  | 'time-preposition'
  | 'hryvnia-dot'
  | 'latin-in-cyrillic'
  | 'spelling-2019'
  | 'headline-case';
