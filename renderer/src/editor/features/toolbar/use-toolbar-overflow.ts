import { useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { overflowing } from './fit-count';

/** The «Більше» button and the spacing before it (px): a 2rem button, a separator, the row's gaps. */
const MORE_ROOM = 52;
/** The most spacing counted before an item: the help button's auto margin is not a width it needs. */
const MAX_SPACING = 20;

/** Each item's width with the spacing before it (px), as laid side by side in the row. */
function measure(toolbar: HTMLElement): number[] {
  const items = [...toolbar.querySelectorAll<HTMLElement>('[data-roving-id]:not([data-roving-id="more"])')];
  const start = toolbar.getBoundingClientRect().left + (Number.parseFloat(getComputedStyle(toolbar).paddingLeft) || 0);
  let previous = start;
  return items.map((item, index) => {
    const box = item.getBoundingClientRect();
    const spacing = index === 0 ? box.left - start : Math.min(box.left - previous, MAX_SPACING);
    previous = box.right;
    return spacing + box.width;
  });
}

function room(toolbar: HTMLElement): number {
  const style = getComputedStyle(toolbar);
  const padding = (Number.parseFloat(style.paddingLeft) || 0) + (Number.parseFloat(style.paddingRight) || 0);
  return toolbar.clientWidth - padding;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * Which of the toolbar's items (`ids`, in the row's order) go to its «Більше» menu, the least needed first
 * (`dropOrder`): the rest keep one row. The items are measured once, all shown (before the first paint), and
 * again whenever `words` (the language, the set of items) change; a resize only compares those widths with
 * the row's.
 */
export function useToolbarOverflow(
  ref: RefObject<HTMLElement | null>,
  ids: readonly string[],
  dropOrder: readonly string[],
  words: string,
): ReadonlySet<string> {
  const [hidden, setHidden] = useState<ReadonlySet<string>>(NONE);
  const [measuredFor, setMeasuredFor] = useState(words);
  const widths = useRef<{ words: string; values: number[] } | null>(null);
  if (measuredFor !== words) {
    // Other words or items: show them all once more, to measure them.
    setMeasuredFor(words);
    setHidden(NONE);
  }
  const order = useMemo(() => dropOrder.map((id) => ids.indexOf(id)).filter((index) => index >= 0), [ids, dropOrder]);

  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const fit = () => {
      if (widths.current?.words !== measuredFor) widths.current = { words: measuredFor, values: measure(toolbar) };
      const gone = overflowing(widths.current.values, room(toolbar), MORE_ROOM, order);
      setHidden((current) => {
        const next = new Set([...gone].map((index) => ids[index] ?? ''));
        const same = next.size === current.size && [...next].every((id) => current.has(id));
        return same ? current : next;
      });
    };
    fit();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(fit);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [ref, measuredFor, ids, order]);

  return hidden;
}
