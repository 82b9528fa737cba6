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
    return [
      new Plugin({
        key: new PluginKey('caretIntoView'),
        props: {
          handleScrollToSelection(view) {
            if (!scroller?.isConnected || !scroller.contains(view.dom)) scroller = scrollParent(view.dom);
            if (!scroller) return false;
            const rect = selectionRect(view);
            if (!rect) return false;
            const delta = revealDelta(rect, seenArea(scroller), MARGIN);
            if (delta !== 0) scroller.scrollTop += delta;
            return true;
          },
        },
      }),
    ];
  },
});
