import { useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { fitCount } from './fit-count';

/** The «Більше» button and the spacing before it (px): a 2rem button, a separator, the row's gaps. */
const MORE_ROOM = 52;
/** The most spacing counted between two items: the help button's auto margin is not a width it needs. */
const MAX_SPACING = 20;

/** The items' right edges (px from the row's content start) as if laid side by side. */
function measure(toolbar: HTMLElement): number[] {
  const items = [...toolbar.querySelectorAll<HTMLElement>('[data-roving-id]:not([data-roving-id="more"])')];
  const start = toolbar.getBoundingClientRect().left + (Number.parseFloat(getComputedStyle(toolbar).paddingLeft) || 0);
  let previous = start;
  let right = 0;
  return items.map((item, index) => {
    const box = item.getBoundingClientRect();
    right += (index === 0 ? box.left - start : Math.min(box.left - previous, MAX_SPACING)) + box.width;
    previous = box.right;
    return right;
  });
}

function room(toolbar: HTMLElement): number {
  const style = getComputedStyle(toolbar);
  const padding = (Number.parseFloat(style.paddingLeft) || 0) + (Number.parseFloat(style.paddingRight) || 0);
  return toolbar.clientWidth - padding;
}

/**
 * How many of the toolbar's `total` items are shown in its one row; the rest go to its «Більше» menu. The
 * items are measured once, all shown (before the first paint), and again whenever `words` (the language, the
 * set of items) change; a resize only compares those widths with the row's.
 */
export function useToolbarOverflow(ref: RefObject<HTMLElement | null>, total: number, words: string): number {
  const [shown, setShown] = useState(total);
  const [measuredFor, setMeasuredFor] = useState(words);
  const rights = useRef<{ words: string; values: number[] } | null>(null);
  if (measuredFor !== words) {
    // Other words or items: show them all once more, to measure them.
    setMeasuredFor(words);
    setShown(total);
  }

  useLayoutEffect(() => {
    const toolbar = ref.current;
    if (!toolbar) return;
    const fit = () => {
      if (rights.current?.words !== measuredFor) rights.current = { words: measuredFor, values: measure(toolbar) };
      setShown(fitCount(rights.current.values, room(toolbar), MORE_ROOM));
    };
    fit();
    if (typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(fit);
    observer.observe(toolbar);
    return () => observer.disconnect();
  }, [ref, measuredFor]);

  return shown;
}
