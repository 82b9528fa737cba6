import { useCallback, useRef, useState, type FocusEvent, type KeyboardEvent, type RefObject } from 'react';
import { focusIndexForKey, type ArrowSteps } from './focus-index';

const STEPS: ArrowSteps = { ArrowRight: 1, ArrowLeft: -1 };

/**
 * WAI-ARIA toolbar keyboard model: one Tab stop, the arrows (wrapping), Home and End move between the
 * items. Items carry `data-roving-id`; the one last focused keeps tabIndex 0, so Tab comes back to it.
 */
export function useRovingFocus<T extends HTMLElement>(ids: readonly string[], given?: RefObject<T | null>) {
  const own = useRef<T>(null);
  const ref = given ?? own;
  const [remembered, setRemembered] = useState<string | null>(null);
  const current = remembered !== null && ids.includes(remembered) ? remembered : (ids[0] ?? null);

  const items = () => [...(ref.current?.querySelectorAll<HTMLElement>('[data-roving-id]') ?? [])];

  const focusCurrent = useCallback(() => {
    const list = [...(ref.current?.querySelectorAll<HTMLElement>('[data-roving-id]') ?? [])];
    (list.find((item) => item.dataset.rovingId === current) ?? list[0])?.focus();
  }, [current, ref]);

  const onFocus = (event: FocusEvent<T>) => {
    const id = (event.target as HTMLElement).dataset.rovingId;
    if (id !== undefined) setRemembered(id);
    // A container that is itself focusable (the bubble menu's) hands the focus on to its item.
    else if (event.target === ref.current) focusCurrent();
  };

  /** Handles the arrow keys; returns whether the key was used. */
  const onKeyDown = (event: KeyboardEvent<T>): boolean => {
    const list = items();
    const at = list.indexOf(event.target as HTMLElement);
    if (at < 0 || list.length === 0) return false;
    const next = focusIndexForKey(event.key, at, list.length, STEPS);
    if (next === null) return false;
    event.preventDefault();
    list[next]?.focus();
    return true;
  };

  const tabIndexOf = (id: string) => (id === current ? 0 : -1);

  return { ref, onFocus, onKeyDown, tabIndexOf, focusCurrent };
}
