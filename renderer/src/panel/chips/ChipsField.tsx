import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatCount, pluralCategory, useI18n } from '../../i18n/i18n';
import type { ChipOption } from './chip-options';

interface Props {
  label: string;
  values: readonly string[];
  /** The list offered for what is typed; the first option is the one Enter takes. */
  options(typed: string): ChipOption[];
  onChange(values: string[]): void;
  /** Most items the field keeps, and longest item. */
  maxItems: number;
  maxLength: number;
  /** The words of one chip's remove button, e.g. «Прибрати тег «{name}»». */
  removeLabel(value: string): string;
  /** Something shown inside a chip after its name (an author's link button). */
  chipExtra?(value: string): React.ReactNode;
}

/**
 * A list of chips with a combobox to add more (the WAI-ARIA combobox with a listbox): typing offers the
 * library's items, Enter or a comma adds the highlighted one, Backspace in the empty box removes the last
 * chip, Escape closes the list. The highlighted option is always the first at first, so a variant of an
 * existing tag is what Enter adds.
 */
export function ChipsField({ label, values, options, onChange, maxItems, maxLength, removeLabel, chipExtra }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [refused, setRefused] = useState(false);
  const shown = useMemo(() => (open ? options(typed) : []), [open, options, typed]);
  const activeIndex = Math.min(active, shown.length - 1);

  const add = (value: string) => {
    const clean = value.trim();
    setTyped('');
    setActive(0);
    if (clean === '' || values.includes(clean)) return;
    if (values.length >= maxItems || clean.length > maxLength) {
      setRefused(true);
      return;
    }
    setRefused(false);
    onChange([...values, clean]);
  };
  const remove = (value: string) => {
    setRefused(false);
    onChange(values.filter((v) => v !== value));
    input.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) setOpen(true);
      else if (shown.length > 0) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((activeIndex + step + shown.length) % shown.length);
      }
    } else if (event.key === 'Enter' || (event.key === ',' && typed.trim() !== '')) {
      if (typed.trim() === '' && !(open && shown[activeIndex])) return;
      event.preventDefault();
      add(open && shown[activeIndex] ? shown[activeIndex].value : typed);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    } else if (event.key === 'Backspace' && typed === '' && values.length > 0) {
      event.preventDefault();
      onChange(values.slice(0, -1));
    }
  };

  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="chips-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      {values.length > 0 ? (
        <ul className="chips" aria-label={t('panel.chips.chosen', { field: label })}>
          {values.map((value) => (
            <li key={value} className="chip">
              <span className="chip-name">{value}</span>
              {chipExtra?.(value)}
              <button
                type="button"
                className="chip-remove"
                aria-label={removeLabel(value)}
                onClick={() => remove(value)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="chips-combobox">
        <input
          ref={input}
          id={`${id}-input`}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open && shown.length > 0}
          aria-controls={listId}
          aria-activedescendant={open && shown[activeIndex] ? optionId(activeIndex) : undefined}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          value={typed}
          maxLength={maxLength}
          onChange={(event) => {
            setTyped(event.target.value.replace(/,/g, ''));
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            setOpen(false);
            if (typed.trim() !== '') add(typed);
          }}
          onKeyDown={onKeyDown}
        />
        <ul
          id={listId}
          role="listbox"
          aria-label={t('panel.chips.options', { field: label })}
          className="chips-options"
          hidden={!open || shown.length === 0}
        >
          {shown.map((option, index) => (
            <li
              key={`${option.kind}-${option.value}`}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="chips-option"
              // Chosen before the box loses focus, so the blur does not add the half-typed text instead.
              onMouseDown={(event) => {
                event.preventDefault();
                add(option.value);
              }}
            >
              <span className="chips-option-name">{option.value}</span>
              <span className="chips-option-note">
                {option.kind === 'new'
                  ? t('panel.chips.new')
                  : t(
                      `panel.chips.${option.kind === 'variant' ? 'variant' : 'used'}.${pluralCategory(language, option.count)}`,
                      {
                        count: formatCount(language, option.count),
                      },
                    )}
              </span>
            </li>
          ))}
        </ul>
      </div>
      <span id={`${id}-hint`} className="hint">
        {t('panel.chips.hint')}
      </span>
      <p className="field-limit-note" role="status">
        {refused ? t('limit.list', { field: label, count: maxItems, length: maxLength }) : null}
      </p>
    </div>
  );
}
