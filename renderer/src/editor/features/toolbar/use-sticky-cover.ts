import { useEffect, type RefObject } from 'react';
import { scrollParent } from '../scroll/scroll-parent';

/** Set on the toolbar's scrolling column: the toolbar's height (px), kept clear by its `scroll-padding-top` (styles.css). */
const TOOLBAR_SIZE_VARIABLE = '--editor-toolbar-block-size';

/**
 * Tells the column the sticky toolbar scrolls over how tall the toolbar is, as it wraps to more rows or fewer,
 * so that neither Chromium nor the editor leaves the caret under it. Through the CSSOM: the page's CSP refuses
 * style attributes written as markup, not properties set from script.
 */
export function useStickyCover(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const toolbar = ref.current;
    const column = toolbar ? scrollParent(toolbar) : null;
    if (!toolbar || !column || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver(() => {
      column.style.setProperty(TOOLBAR_SIZE_VARIABLE, `${toolbar.offsetHeight}px`);
    });
    observer.observe(toolbar, { box: 'border-box' });
    return () => {
      observer.disconnect();
      column.style.removeProperty(TOOLBAR_SIZE_VARIABLE);
    };
  }, [ref]);
}
