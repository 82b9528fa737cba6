import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import { blocksInBand, coversRange, hiddenOutsideRule, type BlockRange } from './block-window-range';
import { EDITING_BLOCK_CLASS } from './editing-block';

/**
 * In a long read, only the blocks within two screens of the shown part may be drawn; the others are left
 * undrawn until scrolling brings them near (`content-visibility: hidden`, at the size they had when last drawn).
 *
 * Why not leave it all to `content-visibility: auto` (styles.css), as shorter articles do: Chromium decides
 * for each `auto` block, on every frame whose layout changed, whether it is near the screen, and on a
 * 50,000-word article (~560 blocks) that alone took ~1.1 ms of every keystroke, ~3.5 ms in the slowest.
 * Here one rule, rewritten only when scrolling nears its edge, says which blocks may be drawn; the blocks
 * holding the selection (EDITING_BLOCK_CLASS) always are. Below MIN_BLOCKS the rule is not written: the
 * per-block work is small there, and undrawn blocks are also hidden from screen readers.
 */
export const MIN_BLOCKS = 200;
/** Blocks this far (in screens) beyond the shown part are drawn before they scroll into view… */
const NEAR_SCREENS = 0.5;
/** …and the rule, when rewritten, lets this far be drawn, so that it changes once per screen or so of scrolling. */
const DRAWN_SCREENS = 2;

const blockWindowKey = new PluginKey('blockWindow');
let editors = 0;

class BlockWindowView {
  readonly selector: string;
  /** Built through the CSSOM: the page's Content-Security-Policy (style-src 'self') refuses <style> elements. */
  private readonly sheet = new CSSStyleSheet();
  private range: BlockRange | null = null;
  private frame = 0;
  /** Whether the refresh waiting for the next frame must work the rule out afresh. */
  private renumbered = false;
  private readonly observer: ResizeObserver | null;

  constructor(
    private readonly view: EditorView,
    readonly id: string,
  ) {
    this.selector = `[data-block-window="${id}"]`;
    // Chromium has adoptedStyleSheets; without them (jsdom) every block stays as styles.css has it.
    if (Array.isArray(document.adoptedStyleSheets)) {
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    document.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    // Fires once the body is on the page and whenever its size changes (a window resized, a line added). The
    // refresh waits for the next frame: a rule written here could resize the body within the same frame, which
    // Chromium reports as a ResizeObserver loop.
    this.observer = typeof ResizeObserver === 'function' ? new ResizeObserver(() => this.schedule(false)) : null;
    this.observer?.observe(view.dom);
  }

  update(view: EditorView, previous: EditorState): void {
    // Blocks added or removed move the others' numbers, so the rule is worked out afresh.
    if (view.state.doc.childCount !== previous.doc.childCount) this.schedule(true);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    if (Array.isArray(document.adoptedStyleSheets)) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    }
  }

  private schedule(renumbered: boolean): void {
    this.renumbered ||= renumbered;
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const afresh = this.renumbered;
      this.renumbered = false;
      this.refresh(afresh);
    });
  }

  // Scrolling refreshes at once, before the frame that shows the new part is drawn.
  private readonly onScroll = (event: Event): void => {
    const target = event.target;
    if (target === document || (target instanceof Node && target.contains(this.view.dom))) this.refresh(false);
  };

  private refresh(renumbered: boolean): void {
    const dom = this.view.dom;
    const blocks = dom.children;
    if (blocks.length < MIN_BLOCKS || !dom.isConnected) return this.write(null);
    const screen = window.innerHeight;
    const edges = {
      top: (index: number) => blocks[index]?.getBoundingClientRect().top ?? 0,
      bottom: (index: number) => blocks[index]?.getBoundingClientRect().bottom ?? 0,
    };
    const needed = blocksInBand(blocks.length, edges, -NEAR_SCREENS * screen, (1 + NEAR_SCREENS) * screen);
    if (!renumbered && this.range && needed && coversRange(this.range, needed)) return;
    this.write(blocksInBand(blocks.length, edges, -DRAWN_SCREENS * screen, (1 + DRAWN_SCREENS) * screen));
  }

  private write(range: BlockRange | null): void {
    if (range?.first === this.range?.first && range?.last === this.range?.last) return;
    this.range = range;
    this.sheet.replaceSync(range ? hiddenOutsideRule(this.selector, range, EDITING_BLOCK_CLASS) : '');
  }
}

export const BlockWindow = Extension.create({
  name: 'blockWindow',

  addProseMirrorPlugins() {
    editors += 1;
    const id = String(editors);
    return [
      new Plugin({
        key: blockWindowKey,
        view: (view) => new BlockWindowView(view, id),
        props: { attributes: { 'data-block-window': id } },
      }),
    ];
  },
});
