import {
  LIBRARY_VIEWS,
  activeView,
  viewCount,
  viewFilters,
  type LibraryView,
} from '../../../shared/workflow/library-views';
import { useI18n } from '../i18n/i18n';
import type { LibraryFilters } from './library-query';
import { useStatusCounts } from './use-status-counts';

interface Props {
  filters: LibraryFilters;
  /** The person's name from settings: «Мої чернетки» are the drafts that name them among the authors. */
  myName: string;
  onChange(next: LibraryFilters): void;
}

/**
 * The workflow's views over the library (Мої чернетки, На перевірці, Повернуті…), each with its count. A view is
 * a preset of the list's filters, so it shows in the filter area too; pressing the pressed view shows all again.
 */
export function LibraryViews({ filters, myName, onChange }: Props) {
  const { t } = useI18n();
  const counts = useStatusCounts(myName);
  const current = activeView(filters, myName);

  const choose = (view: LibraryView) => {
    const next = view === current ? { statuses: [], author: '' } : viewFilters(view, myName);
    onChange({ ...filters, ...next });
  };

  return (
    <nav className="library-views" aria-label={t('views.label')}>
      <ul>
        {LIBRARY_VIEWS.map((view) => {
          const count = counts ? viewCount(view, counts, myName) : null;
          return (
            <li key={view.id}>
              <button
                type="button"
                className="library-view"
                aria-pressed={view === current}
                onClick={() => choose(view)}
              >
                <span>{t(`views.${view.id}`)}</span>
                {count === null ? null : (
                  <span className="library-view-count" aria-label={t('views.count', { count })}>
                    {count}
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
