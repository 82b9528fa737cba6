import { useI18n } from '../i18n/i18n';

export type ListStateKind = 'error' | 'loading' | 'empty' | 'no-results';

/**
 * What the list area shows instead of a list, if anything. `narrowed`: the list on screen answers
 * words or filters, so an empty one means «nothing found» rather than «an empty library».
 */
export function listStateKind(error: string | null, count: number | null, narrowed: boolean): ListStateKind | null {
  if (error) return 'error';
  if (count === null) return 'loading';
  if (count > 0) return null;
  return narrowed ? 'no-results' : 'empty';
}

interface Props {
  kind: ListStateKind;
  error: string | null;
  text: string;
  activeFilters: number;
  onRetry(): void;
  onResetFilters(): void;
}

/** Loading, an error to retry, an empty library, or nothing found: each with what to do next. */
export function LibraryState({ kind, error, text, activeFilters, onRetry, onResetFilters }: Props) {
  const { t } = useI18n();
  switch (kind) {
    case 'error':
      return (
        <div role="alert" className="sidebar-state error">
          <p>
            {t('library.loadError')}: {error}
          </p>
          <button type="button" onClick={onRetry}>
            {t('app.retry')}
          </button>
        </div>
      );
    case 'loading':
      return (
        <p className="sidebar-state" aria-busy="true">
          {t('app.loading')}
        </p>
      );
    case 'empty':
      return (
        <div className="sidebar-state">
          <p>{t('library.empty')}</p>
          <p className="hint">{t('library.emptyHint')}</p>
        </div>
      );
    case 'no-results':
      return (
        <div className="sidebar-state no-results">
          <p>{text ? t('library.noResults', { query: text }) : t('library.noFilterResults')}</p>
          {text ? <p className="hint">{t('library.noResultsHint')}</p> : null}
          {activeFilters > 0 ? (
            <button type="button" onClick={onResetFilters}>
              {t('filters.reset')}
            </button>
          ) : null}
        </div>
      );
  }
}
