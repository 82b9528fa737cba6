import type { RelatedSuggestion } from '../../../../shared/api/contract';
import { useI18n } from '../../i18n/i18n';
import { useDates } from '../../i18n/use-dates';
import type { Suggestions } from './use-related-suggestions';

interface Props {
  state: Suggestions;
  labelledBy: string;
  disabled: boolean;
  onAdd(suggestion: RelatedSuggestion): void;
}

/** The library's most related articles, each with why (the tags it shares, else its text) and one-click «Додати». */
export function RelatedSuggestions({ state, labelledBy, disabled, onAdd }: Props) {
  const { t } = useI18n();
  const dates = useDates();
  if (state.kind === 'loading') return <p className="related-state">{t('related.suggestionsLoading')}</p>;
  if (state.kind === 'error') {
    return <p className="related-state">{t('related.suggestionsFailed', { message: state.message })}</p>;
  }
  if (state.suggestions.length === 0) return <p className="related-state">{t('related.suggestionsEmpty')}</p>;
  return (
    <ul className="related-suggestions" aria-labelledby={labelledBy}>
      {state.suggestions.map((suggestion) => {
        const headline = suggestion.headline || t('related.untitled');
        const date = suggestion.publishAt ?? suggestion.updatedAt;
        return (
          <li key={suggestion.id}>
            <span className="related-headline">{headline}</span>
            <span className="related-meta">
              <time dateTime={date}>{dates.dateTime(date)}</time>
              <span className="related-reason">
                {suggestion.sharedTags.length > 0
                  ? t('related.sharedTags', { tags: suggestion.sharedTags.join(', ') })
                  : t('related.similarText')}
              </span>
            </span>
            <button
              type="button"
              aria-label={t('related.addSuggestion', { headline })}
              disabled={disabled}
              onClick={() => onAdd(suggestion)}
            >
              {t('related.add')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
