import { useI18n, type Translate } from '../i18n/i18n';
import { useDates, type Dates } from '../i18n/use-dates';
import {
  activeFilterChips,
  chipKey,
  clearFilters,
  removeFilterChip,
  type FilterChip,
  type LibraryFilters,
} from './library-query';

interface Props {
  filters: LibraryFilters;
  onChange(next: LibraryFilters): void;
}

/** The filters in force, visible even with the filter area closed; each chip removes its filter. */
export function ActiveFilters({ filters, onChange }: Props) {
  const { t } = useI18n();
  const dates = useDates();
  const chips = activeFilterChips(filters);
  if (chips.length === 0) return null;
  return (
    <div className="active-filters" role="group" aria-label={t('filters.active')}>
      <ul>
        {chips.map((chip) => (
          <li key={chipKey(chip)}>
            <button type="button" className="filter-chip" onClick={() => onChange(removeFilterChip(filters, chip))}>
              <span className="visually-hidden">{t('filters.remove')}:</span> {chipLabel(chip, t, dates)}
              <span aria-hidden="true"> ×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={() => onChange(clearFilters(filters))}>
        {t('filters.reset')}
      </button>
    </div>
  );
}

export function chipLabel(chip: FilterChip, t: Translate, dates: Pick<Dates, 'calendarDay'>): string {
  switch (chip.kind) {
    case 'status':
      return t(`status.${chip.value}`);
    case 'from':
    case 'to':
      return t(`filters.chip.${chip.kind}`, { value: dates.calendarDay(chip.value) });
    default:
      return t(`filters.chip.${chip.kind}`, { value: chip.value });
  }
}
