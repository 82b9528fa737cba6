import { useEffect, useId, useRef, type FocusEvent, type KeyboardEvent, type Ref } from 'react';
import { useI18n } from '../i18n/i18n';

interface Props {
  open: boolean;
  onOpenChange(open: boolean): void;
  onDuplicate(): void;
  onTrash(): void;
  /** The wrapper, which the list places beside the selected item. */
  wrapperRef?: Ref<HTMLDivElement>;
}

/**
 * The «…» menu of the selected article. It sits outside the listbox on purpose: an option's content
 * is presentational, so a button inside it would be invisible to screen readers.
 */
export function ItemActionsMenu({ open, onOpenChange, onDuplicate, onTrash, wrapperRef }: Props) {
  const { t } = useI18n();
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (open) items(menuRef.current)[0]?.focus();
  }, [open]);

  const close = (refocus: boolean) => {
    onOpenChange(false);
    if (refocus) buttonRef.current?.focus();
  };

  const choose = (action: () => void) => {
    onOpenChange(false);
    action();
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items(menuRef.current);
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      list[(at + step + list.length) % list.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      list[event.key === 'Home' ? 0 : list.length - 1]?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  // A click or Tab anywhere else closes the menu, as every menu does.
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) onOpenChange(false);
  };

  return (
    <div className="item-actions" ref={wrapperRef} onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="item-actions-button"
        aria-label={t('library.actions')}
        title={t('library.actions')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => onOpenChange(!open)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            onOpenChange(true);
          }
        }}
      >
        …
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={t('library.actions')} onKeyDown={onMenuKeyDown}>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-keyshortcuts="Control+D"
              onClick={() => choose(onDuplicate)}
            >
              {t('library.duplicate')}
              <span className="menu-shortcut" aria-hidden="true">
                Ctrl+D
              </span>
            </button>
          </li>
          <li role="none">
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              aria-keyshortcuts="Delete"
              onClick={() => choose(onTrash)}
            >
              {t('library.moveToTrash')}
              <span className="menu-shortcut" aria-hidden="true">
                Delete
              </span>
            </button>
          </li>
        </ul>
      ) : null}
    </div>
  );
}

function items(menu: HTMLUListElement | null): HTMLButtonElement[] {
  return menu ? [...menu.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')] : [];
}
