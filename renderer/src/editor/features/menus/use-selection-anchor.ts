import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { posToDOMRect, type Editor } from '@tiptap/core';
import { useLayoutEffect, type RefObject } from 'react';

/**
 * Keeps a popover just below the text from `from` to `to`, following scrolling and resizing. The
 * position is written through the CSSOM (element.style), which the page's CSP allows, unlike style attributes.
 */
export function useSelectionAnchor(
  floating: RefObject<HTMLElement | null>,
  editor: Editor,
  from: number,
  to: number,
): void {
  useLayoutEffect(() => {
    const element = floating.current;
    if (!element) return;
    const reference = {
      getBoundingClientRect: () => posToDOMRect(editor.view, from, to),
      contextElement: editor.view.dom,
    };
    const place = () => {
      void computePosition(reference, element, {
        placement: 'bottom-start',
        middleware: [offset(6), flip(), shift({ padding: 8 })],
      }).then(
        ({ x, y }) => {
          element.style.left = `${x}px`;
          element.style.top = `${y}px`;
        },
        // The text may be gone from under the popover (an edit elsewhere); it then stays where it was.
        () => {},
      );
    };
    return autoUpdate(reference, element, place);
  }, [floating, editor, from, to]);
}
