import type { Span } from './reveal-delta';

const SCROLLING = new Set(['auto', 'scroll', 'overlay']);

/** The nearest ancestor of `element` that scrolls its content vertically, or null when only the page would. */
export function scrollParent(element: Element): HTMLElement | null {
  for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
    if (SCROLLING.has(getComputedStyle(node).overflowY)) return node;
  }
  return null;
}

/**
 * The part of `scroller` its content is seen through (client y): its box less its `scroll-padding`, which
 * styles.css sets to what a sticky toolbar covers. Chromium keeps a caret it moves itself out of that padding.
 */
export function seenArea(scroller: HTMLElement): Span {
  const box = scroller.getBoundingClientRect();
  const style = getComputedStyle(scroller);
  const padding = (value: string) => Number.parseFloat(value) || 0;
  return { top: box.top + padding(style.scrollPaddingTop), bottom: box.bottom - padding(style.scrollPaddingBottom) };
}
