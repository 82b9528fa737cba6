import { useId, useState } from 'react';
import { ARTICLE_STATUSES } from '../../../shared/domain/article';
import { useI18n } from '../i18n/i18n';
import { DayField } from './DayField';
import { FacetSelect } from './FacetSelect';
import {
  countActiveFilters,
  effectiveSort,
  searchText,
  toggleStatus,
  type LibraryFilters,
  type SortChoice,
} from './library-query';
import { useFacets } from './use-facets';

interface Props {
  filters: LibraryFilters;
  onChange(next: LibraryFilters): void;
}

/** The compact «Фільтри» area: closed by default, so the list keeps the sidebar's height. */
export function FilterPanel({ filters, onChange }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = countActiveFilters(filters);

  return (
    <div className="filters">
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
        {count > 0 ? t('filters.toggleCount', { count }) : t('filters.toggle')}
      </button>
      <div id={panelId} className="filters-panel" role="group" aria-label={t('filters.region')} hidden={!open}>
        {open ? <FilterFields filters={filters} onChange={onChange} /> : null}
      </div>
    </div>
  );
}

function FilterFields({ filters, onChange }: Props) {
  const { t } = useI18n();
  const facets = useFacets(true);
  const id = useId();
  const sort = effectiveSort(filters);
  const sorts: SortChoice[] = searchText(filters) ? ['relevance', 'updated', 'published'] : ['updated', 'published'];
  const set = (patch: Partial<LibraryFilters>) => onChange({ ...filters, ...patch });

  return (
    <>
      <fieldset className="status-filter">
        <legend>{t('filters.status')}</legend>
        {ARTICLE_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-toggle status-${status}`}
            aria-pressed={filters.statuses.includes(status)}
            onClick={() => onChange(toggleStatus(filters, status))}
          >
            {t(`status.${status}`)}
          </button>
        ))}
      </fieldset>
      <FacetSelect
        label={t('filters.rubric')}
        anyLabel={t('filters.anyRubric')}
        value={filters.rubric}
        options={facets?.rubrics ?? null}
        onChange={(rubric) => set({ rubric })}
      />
      <FacetSelect
        label={t('filters.tag')}
        anyLabel={t('filters.anyTag')}
        value={filters.tag}
        options={facets?.tags ?? null}
        onChange={(tag) => set({ tag })}
      />
      <FacetSelect
        label={t('filters.author')}
        anyLabel={t('filters.anyAuthor')}
        value={filters.author}
        options={facets?.authors ?? null}
        onChange={(author) => set({ author })}
      />
      <fieldset className="period-filter" aria-describedby={`${id}-period`}>
        <legend>{t('filters.period')}</legend>
        <p className="hint" id={`${id}-period`}>
          {t(sort === 'published' ? 'filters.periodByPublished' : 'filters.periodByUpdated')}
        </p>
        <div className="period-fields">
          <DayField label={t('filters.from')} value={filters.from} onChange={(from) => set({ from })} />
          <DayField label={t('filters.to')} value={filters.to} onChange={(to) => set({ to })} />
        </div>
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-sort`}>{t('filters.sort')}</label>
        <select id={`${id}-sort`} value={sort} onChange={(event) => set({ sort: event.target.value as SortChoice })}>
          {sorts.map((choice) => (
            <option key={choice} value={choice}>
              {t(`filters.sort.${choice}`)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
