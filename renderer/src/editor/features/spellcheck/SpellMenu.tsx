import { computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import type { Translate } from '../../../i18n/i18n';
import { styleAdviceText } from './style-advice-text';
import './spellcheck.css';

export interface SpellMenuProps {
  /** The misspelled word as the text has it. */
  word: string;
  /** Suggestions as they will be written into the text; asked from the worker, so they come later. */
  suggestions: Promise<string[]>;
  /** A style suggestion rather than a misspelling: the menu says why, and offers the preferred words. */
  advice?: StyleAdvice | null;
  /** Where the word is on screen: the menu opens below it (above, if there is no room). */
  anchor: VirtualElement;
  t: Translate;
  onChoose(suggestion: string): void;
  onAdd(): void;
  onIgnore(): void;
  /** Escape or Tab (`refocus`: give the editor its focus back), or a click elsewhere. */
  onClose(refocus: boolean): void;
}

type List = { kind: 'loading' } | { kind: 'ready'; items: string[] } | { kind: 'error'; reason: string };

/**
 * The spellcheck context menu (role="menu"): up to six suggestions, «Додати до словника», «Пропустити».
 * Arrow keys, Home and End move between items, Enter chooses, Escape and Tab close; the editor gets its
 * focus back. Positioned with floating-ui through CSSOM (the CSP forbids style attributes).
 */
export function SpellMenu({
  word,
  suggestions,
  advice = null,
  anchor,
  t,
  onChoose,
  onAdd,
  onIgnore,
  onClose,
}: SpellMenuProps) {
  const menuRef = useRef<HTMLDivElement>(null);
  const itemRefs = useRef<Array<HTMLButtonElement | null>>([]);
  const navigated = useRef(false);
  const [list, setList] = useState<List>({ kind: 'loading' });
  /** Hidden until floating-ui has placed it, and a hidden element cannot take the focus. */
  const [placed, setPlaced] = useState(false);

  useEffect(() => {
    let alive = true;
    suggestions.then(
      (items) => alive && setList({ kind: 'ready', items }),
      (error: unknown) =>
        alive && setList({ kind: 'error', reason: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [suggestions]);

  const suggested = list.kind === 'ready' ? list.items : [];
  const itemCount = suggested.length + 2;

  useLayoutEffect(() => {
    const menu = menuRef.current;
    if (!menu) return;
    void computePosition(anchor, menu, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [offset(4), flip(), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      menu.style.left = `${x}px`;
      menu.style.top = `${y}px`;
      setPlaced(true);
    });
  }, [anchor, list]);

  // Focus: the menu itself while suggestions load, then the first item, unless the journalist already moved.
  // Only once it is placed: suggestions known from before are ready sooner, and focus() on the hidden menu
  // did nothing, leaving the keys in the text.
  useEffect(() => {
    if (!placed || navigated.current) return;
    if (list.kind === 'loading') menuRef.current?.focus({ preventScroll: true });
    else itemRefs.current[0]?.focus({ preventScroll: true });
  }, [list, placed]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) onClose(false);
    };
    const away = () => onClose(false);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('resize', away);
    window.addEventListener('blur', away);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('resize', away);
      window.removeEventListener('blur', away);
    };
  }, [onClose]);

  const move = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = itemRefs.current.slice(0, itemCount).filter((item): item is HTMLButtonElement => item !== null);
    const current = items.indexOf(document.activeElement as HTMLButtonElement);
    const last = items.length - 1;
    const target: Record<string, number> = {
      ArrowDown: current < 0 || current === last ? 0 : current + 1,
      ArrowUp: current <= 0 ? last : current - 1,
      Home: 0,
      End: last,
    };
    if (event.key in target) {
      event.preventDefault();
      navigated.current = true;
      items[target[event.key] ?? 0]?.focus({ preventScroll: true });
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      event.preventDefault();
      onClose(true);
    }
  };

  // Keys by what an item does, not where it is: the two actions stay the same elements (and keep focus)
  // when the suggestions arrive above them.
  const item = (at: number, key: string, label: string, action: () => void, className?: string) => {
    return (
      <button
        key={key}
        ref={(element) => {
          itemRefs.current[at] = element;
        }}
        type="button"
        role="menuitem"
        tabIndex={-1}
        className={className}
        onClick={action}
      >
        {label}
      </button>
    );
  };

  return (
    <div
      ref={menuRef}
      className="spell-menu"
      role="menu"
      aria-label={advice ? t('spell.style.menuLabel', { word }) : t('spell.menuLabel', { word })}
      data-kind={advice ? 'style' : 'spelling'}
      aria-busy={list.kind === 'loading'}
      data-placed={placed ? 'true' : undefined}
      tabIndex={-1}
      onKeyDown={move}
      onContextMenu={(event) => event.preventDefault()}
    >
      {advice ? (
        <div role="menuitem" aria-disabled="true" className="spell-menu-note spell-style-note">
          {styleAdviceText(word, advice, t)}
        </div>
      ) : null}
      {list.kind === 'loading' ? (
        <div role="menuitem" aria-disabled="true" className="spell-menu-note">
          {t('spell.loadingSuggestions')}
        </div>
      ) : null}
      {list.kind === 'ready' && list.items.length === 0 && !advice ? (
        <div role="menuitem" aria-disabled="true" className="spell-menu-note">
          {t('spell.noSuggestions')}
        </div>
      ) : null}
      {list.kind === 'error' ? (
        <div role="menuitem" aria-disabled="true" className="spell-menu-note">
          {t('spell.suggestionsError', { reason: list.reason })}
        </div>
      ) : null}
      {suggested.map((suggestion, at) =>
        item(at, `suggestion:${suggestion}`, suggestion, () => onChoose(suggestion), 'spell-suggestion'),
      )}
      <div role="separator" className="spell-menu-separator" />
      {item(suggested.length, 'add', t('spell.addToDictionary'), onAdd)}
      {item(suggested.length + 1, 'ignore', t('spell.ignore'), onIgnore)}
    </div>
  );
}
