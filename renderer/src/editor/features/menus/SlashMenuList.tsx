import type { Translate } from '../../../i18n/i18n';
import type { SlashItem } from './slash-items';
import './slash-menu.css';

export interface SlashMenuListProps {
  items: readonly SlashItem[];
  /** Index of the highlighted item. */
  active: number;
  listboxId: string;
  t: Translate;
  onPick(index: number): void;
}

export const slashOptionId = (listboxId: string, index: number) => `${listboxId}-${index}`;

/**
 * The list under the `/`. The keyboard stays in the body (the editor holds aria-activedescendant), so the
 * options are never focused; the mouse picks without taking the focus away either.
 */
export function SlashMenuList({ items, active, listboxId, t, onPick }: SlashMenuListProps) {
  if (items.length === 0) {
    return (
      <div className="slash-menu" role="status">
        <p className="slash-empty">{t('slash.empty')}</p>
      </div>
    );
  }
  return (
    <ul id={listboxId} className="slash-menu" role="listbox" aria-label={t('slash.menu')}>
      {items.map((item, index) => (
        <li
          key={item.id}
          id={slashOptionId(listboxId, index)}
          role="option"
          aria-selected={index === active}
          onMouseDown={(event) => {
            event.preventDefault();
            onPick(index);
          }}
        >
          {t(item.label)}
        </li>
      ))}
    </ul>
  );
}
