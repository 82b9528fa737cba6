import { useId, useState, type KeyboardEvent } from 'react';
import { formatDayInput, parseDayInput, shiftDay } from '../../../shared/text/dates';
import { useI18n } from '../i18n/i18n';

interface Props {
  label: string;
  /** A calendar day, `2025-12-19`, or '' for none. */
  value: string;
  onChange(day: string): void;
}

/**
 * A calendar day typed as Ukrainians write it, `19.12.2025`: the native date input follows the browser's
 * locale (`mm/dd/yyyy` in an English Chromium), not ours. A day is taken on Enter or on leaving the field;
 * ↑/↓ move it a day, as in a native date field. An empty field clears the filter.
 */
export function DayField({ label, value, onChange }: Props) {
  const { t } = useI18n();
  const id = useId();
  const shown = formatDayInput(value);
  const [text, setText] = useState(shown);
  const [invalid, setInvalid] = useState(false);
  // The value changed from outside (a chip removed, filters reset): the field shows it.
  const [lastShown, setLastShown] = useState(shown);
  if (shown !== lastShown) {
    setLastShown(shown);
    setText(shown);
    setInvalid(false);
  }

  const commit = (typed: string) => {
    if (typed.trim() === '') {
      setInvalid(false);
      if (value !== '') onChange('');
      return;
    }
    const day = parseDayInput(typed);
    setInvalid(day === null);
    if (day === null) return;
    setText(formatDayInput(day));
    if (day !== value) onChange(day);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      commit(text);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      const day = parseDayInput(text);
      if (day === null) return;
      event.preventDefault();
      const moved = shiftDay(day, event.key === 'ArrowUp' ? 1 : -1);
      if (moved) commit(formatDayInput(moved));
    }
  };

  return (
    <div className="field day-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder={t('date.inputHint')}
        aria-describedby={`${id}-hint`}
        aria-invalid={invalid || undefined}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onBlur={() => commit(text)}
        onKeyDown={onKeyDown}
      />
      <span className={invalid ? 'hint field-error' : 'visually-hidden'} id={`${id}-hint`}>
        {invalid ? t('date.inputInvalid') : t('date.inputHint')}
      </span>
    </div>
  );
}
