import { Extension } from '@tiptap/core';
import { NodeSelection, Plugin, PluginKey } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { revealDelta, type Span } from './reveal-delta';
import { scrollParent, seenArea } from './scroll-parent';

/** ProseMirror's own default distance (px) between what it scrolls to and the edge. */
const MARGIN = 5;

/** The selection's box (client px), as ProseMirror would scroll to it. */
function selectionRect(view: EditorView): Span | null {
  const { selection } = view.state;
  if (selection instanceof NodeSelection) {
    const node = view.nodeDOM(selection.from);
    return node instanceof Element ? node.getBoundingClientRect() : null;
  }
  return view.coordsAtPos(selection.head, 1);
}

/**
 * Scrolls the selection into view within the body's scrolling column, clear of the sticky toolbar (the column's
 * `scroll-padding`), where ProseMirror would leave it under the toolbar. It also spares every keystroke
 * ProseMirror's walk up all the ancestors measuring each: one box and one style are read here.
 * Outside a scrolling column (the page itself scrolls) ProseMirror does it as usual.
 */
export const CaretIntoView = Extension.create({
  name: 'caretIntoView',

  addProseMirrorPlugins() {
    let scroller: HTMLElement | null = null;
    const reveal = (view: EditorView, rect: Span | null): boolean => {
      if (!scroller?.isConnected || !scroller.contains(view.dom)) scroller = scrollParent(view.dom);
      if (!scroller || !rect) return false;
      const delta = revealDelta(rect, seenArea(scroller), MARGIN);
      if (delta !== 0) scroller.scrollTop += delta;
      return true;
    };
    return [
      new Plugin({
        key: new PluginKey('caretIntoView'),
        props: {
          handleScrollToSelection: (view) => reveal(view, selectionRect(view)),
          // A click on a line half under the sticky toolbar (or the column's bottom) puts the caret there, and
          // ProseMirror does not scroll for a click: the clicked line is brought out, as a key press would. The
          // click's own position, not the selection: the browser's selection may not have reached the editor yet.
          handleClick(view, pos) {
            reveal(view, view.coordsAtPos(pos, 1));
            return false;
          },
        },
      }),
    ];
  },
});
