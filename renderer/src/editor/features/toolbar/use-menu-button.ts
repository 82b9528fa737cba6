import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { focusIndexForKey, type ArrowSteps } from './focus-index';

/** A menu's items: plain ones and the toggles of the «Більше» menu alike. */
const MENU_ITEMS = '[role="menuitem"], [role="menuitemcheckbox"]';
const STEPS: ArrowSteps = { ArrowDown: 1, ArrowUp: -1 };

const menuItems = (menu: HTMLElement | null) => [...(menu?.querySelectorAll<HTMLElement>(MENU_ITEMS) ?? [])];

/**
 * The keyboard and focus of a toolbar's menu button (WAI-ARIA menu button pattern): ArrowDown or ArrowUp on the
 * button opens the menu at its first or last item, the arrows (wrapping), Home and End move inside it, Escape
 * closes it back to the button, Tab and a click or focus elsewhere close it. What an item does is the menu's own.
 * Spread `buttonProps` on the button, `menuProps` on the list, and give `onBlur` to the element holding both.
 */
export function useMenuButton() {
  const menuId = useId();
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  // Which item takes the focus when the menu opens: the first, or the last after ArrowUp.
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

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    event.stopPropagation();
    openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = menuItems(menuRef.current);
    const next = focusIndexForKey(event.key, list.indexOf(event.target as HTMLElement), list.length, STEPS);
    if (next !== null) list[next]?.focus();
    else if (event.key === 'Escape') close(true);
    else {
      if (event.key === 'Tab') close(false);
      return;
    }
    // The toolbar around must not act on the menu's keys (its arrows, its Escape back to the text).
    event.preventDefault();
    event.stopPropagation();
  };

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    if (open && !event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };

  return {
    open,
    /** Closes the menu once an item is chosen; the focus goes wherever the item sends it. */
    closeOnChoice: () => setOpen(false),
    buttonProps: {
      ref: buttonRef,
      'aria-haspopup': 'menu' as const,
      'aria-expanded': open,
      'aria-controls': open ? menuId : undefined,
      onClick: () => (open ? close(false) : openMenu('first')),
      onKeyDown: onButtonKeyDown,
    },
    menuProps: { ref: menuRef, id: menuId, role: 'menu', onKeyDown: onMenuKeyDown },
    onBlur,
  };
}
