import { useId, type KeyboardEvent, type RefObject } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  value: string;
  onChange(text: string): void;
  /** ArrowDown and Enter go on into the results. */
  onEnterList(): void;
  inputRef: RefObject<HTMLInputElement | null>;
  /** The list the results appear in (when there is one), and the live count that describes them. */
  controls: string | undefined;
  describedBy: string;
}

/** The search box at the top of the library: results follow every keystroke. */
export function SearchBox({ value, onChange, onEnterList, inputRef, controls, describedBy }: Props) {
  const { t } = useI18n();
  const id = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && value !== '') {
      // Handled here rather than left to the browser, whose type=search clearing differs between engines.
      event.preventDefault();
      event.stopPropagation();
      onChange('');
    } else if (event.key === 'ArrowDown' || event.key === 'Enter') {
      event.preventDefault();
      onEnterList();
    }
  };

  return (
    <div className="library-search">
      <label htmlFor={id} className="visually-hidden">
        {t('library.search')}
      </label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={value}
        placeholder={t('library.searchPlaceholder')}
        title={`${t('library.search')} (${t('library.searchShortcut')})`}
        aria-keyshortcuts="Control+K /"
        aria-controls={controls}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
