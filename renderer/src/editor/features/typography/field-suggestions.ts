import { findSuggestions, headlineSuggestions } from '../../../../../shared/text/typography';
import { placeSuggestions, type PlacedSuggestion } from './suggestions-store';

/** Suggestions for the headline (sentence case too) and the lead; short strings, checked as they change. */
export function fieldSuggestions(headline: string, lead: string): PlacedSuggestion[] {
  return [
    ...placeSuggestions('headline', headline, [...headlineSuggestions(headline), ...findSuggestions(headline)]),
    ...placeSuggestions('lead', lead, findSuggestions(lead)),
  ];
}

/** The string with one suggestion applied, or null if the text at its place has changed since. */
export function applyToString(text: string, suggestion: PlacedSuggestion): string | null {
  if (text.slice(suggestion.start, suggestion.end) !== suggestion.original) return null;
  return text.slice(0, suggestion.start) + suggestion.replacement + text.slice(suggestion.end);
}
