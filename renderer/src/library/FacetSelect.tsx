import { useId } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  label: string;
  anyLabel: string;
  value: string;
  /** null while the counts are being read. */
  options: ReadonlyArray<{ name: string; count: number }> | null;
  onChange(value: string): void;
}

/** One filter menu (rubric, tag or author), each choice with how many articles it has. */
export function FacetSelect({ label, anyLabel, value, options, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  // The chosen value stays selectable even before the counts arrive or after its last article went.
  const shown = options ?? [];
  const missing = value !== '' && !shown.some((option) => option.name === value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {missing ? <option value={value}>{value}</option> : null}
        {shown.map((option) => (
          <option key={option.name} value={option.name}>
            {t('filters.option', { name: option.name, count: option.count })}
          </option>
        ))}
      </select>
    </div>
  );
}
