import { Fragment, useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';

/** One entry of the «Більше» menu: a toolbar item that did not fit the row. */
export interface MoreEntry {
  id: string;
  /** Already translated. */
  label: string;
  /** Toggles (bold, lists…) say whether they are on; actions (undo, help) do not. */
  checked?: boolean | undefined;
  enabled: boolean;
  /** Drawn after a separator: the first entry of another group. */
  startsGroup: boolean;
  run(): void;
}

interface Props {
  entries: readonly MoreEntry[];
  tabIndex: number;
}

const menuItems = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>('[data-menu-entry]') ?? [])];
const STEPS: Partial<Record<string, number>> = { ArrowDown: 1, ArrowUp: -1 };

/** The toolbar's «Більше» menu button (WAI-ARIA menu button pattern): the items its row had no room for. */
export function MoreMenu({ entries, tabIndex }: Props) {
  const { t } = useI18n();
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const openAt = useRef<'first' | 'last'>('first');

  useEffect(() => {
    if (!open) return;
    const list = menuItems(menuRef.current);
    (openAt.current === 'last' ? list[list.length - 1] : list[0])?.focus();
  }, [open]);

  const openMenu = (at: 'first' | 'last') => {
    openAt.current = at;
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) buttonRef.current?.focus();
  };
  const choose = (entry: MoreEntry) => {
    if (!entry.enabled) return;
    setOpen(false);
    entry.run();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    event.stopPropagation();
    openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = menuItems(menuRef.current);
    const at = list.indexOf(event.target as HTMLElement);
    const step = STEPS[event.key];
    if (step !== undefined) list[(at + step + list.length) % list.length]?.focus();
    else if (event.key === 'Home') list[0]?.focus();
    else if (event.key === 'End') list[list.length - 1]?.focus();
    else if (event.key === 'Escape') close(true);
    else {
      if (event.key === 'Tab') close(false);
      return;
    }
    // The toolbar around must not act on the menu's keys (its arrows, its Escape back to the text).
    event.preventDefault();
    event.stopPropagation();
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return (
    <div className="toolbar-more" onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button toolbar-more-button"
        data-roving-id="more"
        tabIndex={tabIndex}
        aria-label={t('toolbar.more')}
        title={t('toolbar.more')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={t('toolbar.moreMenu')} onKeyDown={onMenuKeyDown}>
          {entries.map((entry, index) => (
            <Fragment key={entry.id}>
              {entry.startsGroup && index > 0 ? <li role="separator" className="toolbar-more-separator" /> : null}
              <li role="none">
                <button
                  type="button"
                  role={entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
                  aria-checked={entry.checked}
                  aria-disabled={entry.enabled ? undefined : true}
                  data-menu-entry=""
                  tabIndex={-1}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(entry)}
                >
                  {entry.label}
                </button>
              </li>
            </Fragment>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
