import type { Editor } from '@tiptap/core';
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/i18n';
import { INSERT_ICON } from './toolbar-icons';

/** A block the «Вставити» menu offers (figure, embed, «Читайте також», «Нагадаємо,», …). */
export interface ToolbarInsertItem {
  id: string;
  /** Already translated. */
  label: string;
  run(editor: Editor): void;
}

interface Props {
  editor: Editor;
  items: readonly ToolbarInsertItem[];
  tabIndex: number;
}

const menuItems = (menu: HTMLElement | null) => [
  ...(menu?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
];

/** The toolbar's «Вставити» menu button (WAI-ARIA menu button pattern); the blocks come from outside. */
export function InsertMenu({ editor, items, tabIndex }: Props) {
  const { t } = useI18n();
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

  const choose = (item: ToolbarInsertItem) => {
    setOpen(false);
    // The block goes where the caret was: give the body its focus and selection back first.
    editor.commands.focus();
    item.run(editor);
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      event.stopPropagation();
      openMenu(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = menuItems(menuRef.current);
    const at = list.indexOf(event.target as HTMLButtonElement);
    const step = ({ ArrowDown: 1, ArrowUp: -1 } as Partial<Record<string, number>>)[event.key];
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
    <div className="toolbar-insert" onBlur={onBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="toolbar-button toolbar-insert-button"
        data-roving-id="insert"
        tabIndex={tabIndex}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close(false) : openMenu('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {INSERT_ICON}
        <span>{t('toolbar.insert')}</span>
      </button>
      {open ? (
        <ul ref={menuRef} id={menuId} role="menu" aria-label={t('toolbar.insertMenu')} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li key={item.id} role="none">
              <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(item)}>
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
