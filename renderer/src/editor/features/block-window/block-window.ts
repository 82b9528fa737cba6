import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';
import {
  blocksInBand,
  coversRange,
  rangeSize,
  remapRange,
  sameRange,
  unionRange,
  windowRules,
  type BlockEdges,
  type BlockRange,
} from './block-window-range';
import { EDITING_BLOCK_CLASS } from './editing-block';

/**
 * In a long read, only the blocks within two screens of the shown part, and those holding the selection and
 * between, are in the page; the others are taken out (`display: none`), an empty box of their height standing
 * in for them above and below, until scrolling brings them near.
 *
 * Why not leave it all to `content-visibility: auto` (styles.css), as shorter articles do: whatever is in the
 * page costs Chromium on every keystroke, drawn or not. It asks of each `auto` block, on every frame whose
 * layout changed, whether it is near the screen (~1.1 ms of every key on a 50,000-word article of ~560
 * blocks, ~3.5 ms in the slowest); it lays the body's blocks out one after another; and after each layout it
 * looks for what is under the pointer through every block. With the far blocks taken out, a key there costs
 * about what it costs in a 1,000-word article. One rule, rewritten only when scrolling nears its edge or the
 * selection leaves it, says which blocks are in. Below MIN_BLOCKS nothing is taken out: the per-block work is
 * small there, and blocks out of the page are also out of reach of screen readers.
 *
 * The caret never sits in a block that is out: the range always holds the selection's blocks (at once, in the
 * transaction that moves it there), and the jumps to the article's ends are the editor's own
 * (editing-block.ts), not Chromium's, which would stop at the last block in the page.
 */
export const MIN_BLOCKS = 200;
/** Blocks this far (in screens) beyond the shown part are in the page before they scroll into view… */
const NEAR_SCREENS = 0.5;
/** …and the rule, when rewritten, takes in this far, so that it changes once per screen or so of scrolling. */
const DRAWN_SCREENS = 2;
/** A range this many times the size it needs (grown to reach a selection far away) is worked out afresh. */
const TOO_WIDE = 2;
/** The height a block never measured is taken to have (px): styles.css gives undrawn blocks 6em. */
const UNMEASURED_PITCH = 100;

const blockWindowKey = new PluginKey('blockWindow');
let editors = 0;

/** The body's blocks holding the selection, and one either side: a widget between blocks shifts the count. */
function selectedBlocks(state: EditorState): BlockRange {
  const { $from, $to } = state.selection;
  const count = state.doc.childCount;
  return {
    first: Math.max($from.index(0) - 1, 0),
    last: Math.min($to.index(0) + 1, count - 1),
  };
}

class BlockWindowView {
  readonly selector: string;
  /** Built through the CSSOM: the page's Content-Security-Policy (style-src 'self') refuses <style> elements. */
  private readonly sheet = new CSSStyleSheet();
  /** The blocks in the page; null while all are. */
  private range: BlockRange | null = null;
  private selected: BlockRange;
  /** Each block's distance (px) from its top to the next block's top when last in the page. */
  private readonly pitches = new WeakMap<Element, number>();
  /** The space between one block's bottom and the next one's top, on average, when last measured. */
  private gap = 0;
  private frame = 0;
  /** Whether the refresh waiting for the next frame must also see if the range has grown too wide. */
  private tighten = false;
  private readonly observer: ResizeObserver | null;

  constructor(
    private readonly view: EditorView,
    readonly id: string,
  ) {
    this.selector = `[data-block-window="${id}"]`;
    this.selected = selectedBlocks(view.state);
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
    const { doc } = view.state;
    if (doc.childCount !== previous.doc.childCount) {
      // Blocks added or removed renumber the others: the same blocks stay in, at their new numbers, before
      // the page is drawn again (no layout is read here, this is inside a keystroke).
      if (this.range) {
        const old = previous.doc;
        const same = (oldIndex: number, newIndex: number) => old.child(oldIndex) === doc.child(newIndex);
        this.write(remapRange(this.range, old.childCount, doc.childCount, same), false);
      }
      this.schedule(false);
    }
    const selected = selectedBlocks(view.state);
    if (this.range && !coversRange(this.range, selected)) {
      // Grown to reach the selection now, worked out afresh next frame, once the selection is scrolled to.
      this.write(unionRange(this.range, selected), false);
      this.schedule(true);
    } else if (!sameRange(selected, this.selected)) this.schedule(true);
    this.selected = selected;
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    this.observer?.disconnect();
    document.removeEventListener('scroll', this.onScroll, { capture: true });
    if (Array.isArray(document.adoptedStyleSheets)) {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== this.sheet);
    }
  }

  private schedule(tighten: boolean): void {
    this.tighten ||= tighten;
    if (this.frame !== 0) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      const tightenNow = this.tighten;
      this.tighten = false;
      this.refresh(tightenNow);
    });
  }

  // Scrolling refreshes at once, before the frame that shows the new part is drawn.
  private readonly onScroll = (event: Event): void => {
    const target = event.target;
    if (target === document || (target instanceof Node && target.contains(this.view.dom))) this.refresh(false);
  };

  private refresh(tighten: boolean): void {
    const dom = this.view.dom;
    const count = dom.children.length;
    if (count < MIN_BLOCKS || !dom.isConnected) return this.write(null, false);
    const screen = window.innerHeight;
    const edges = this.edges();
    const band = (screens: number) => blocksInBand(count, edges, -screens * screen, (1 + screens) * screen);
    const needed = band(NEAR_SCREENS);
    if (!needed) return;
    const covered = this.range !== null && coversRange(this.range, unionRange(needed, this.selected));
    if (covered && !tighten) return;
    const drawn = band(DRAWN_SCREENS) ?? needed;
    const wanted = unionRange(drawn, this.selected);
    if (covered && this.range && rangeSize(this.range) <= TOO_WIDE * rangeSize(wanted)) return;
    this.write(wanted, true);
  }

  /**
   * Where the blocks are (client y): those in the page as laid out, those out of it from their last
   * measured heights, counted from the nearest block in the page, as the boxes standing in for them are.
   */
  private edges(): BlockEdges {
    const blocks = this.view.dom.children;
    const rect = (index: number) => blocks[index]?.getBoundingClientRect() ?? new DOMRect();
    const range = this.range;
    if (!range) return { top: (index) => rect(index).top, bottom: (index) => rect(index).bottom };
    const pitch = (index: number) => this.pitch(blocks[index]);
    const firstTop = rect(range.first).top;
    const lastBottom = rect(range.last).bottom;
    const tops = new Map<number, number>();
    const top = (index: number): number => {
      if (index >= range.first && index <= range.last) return rect(index).top;
      const known = tops.get(index);
      if (known !== undefined) return known;
      let y: number;
      if (index < range.first) {
        y = firstTop;
        for (let i = index; i < range.first; i += 1) y -= pitch(i);
      } else {
        y = lastBottom + this.gap;
        for (let i = range.last + 1; i < index; i += 1) y += pitch(i);
      }
      tops.set(index, y);
      return y;
    };
    return {
      top,
      bottom: (index) =>
        index >= range.first && index <= range.last ? rect(index).bottom : top(index) + pitch(index) - this.gap,
    };
  }

  private pitch(block: Element | undefined): number {
    return (block && this.pitches.get(block)) ?? UNMEASURED_PITCH;
  }

  /** Records the heights of the blocks now in the page, before some are taken out. */
  private measure(): void {
    const blocks = this.view.dom.children;
    const first = this.range?.first ?? 0;
    const last = Math.min(this.range?.last ?? Infinity, blocks.length - 1);
    let previous: { block: Element; rect: DOMRect } | null = null;
    let gaps = 0;
    let gapSum = 0;
    for (let index = first; index <= last; index += 1) {
      const block = blocks[index];
      if (!block) continue;
      const rect = block.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue; // not laid out after all
      if (previous) {
        this.pitches.set(previous.block, rect.top - previous.rect.top);
        gapSum += rect.top - previous.rect.bottom;
        gaps += 1;
      }
      previous = { block, rect };
    }
    if (gaps > 0) this.gap = gapSum / gaps;
    if (previous) this.pitches.set(previous.block, previous.rect.height + this.gap);
  }

  private write(range: BlockRange | null, measure: boolean): void {
    if (sameRange(range, this.range)) return;
    if (measure) this.measure();
    this.range = range;
    if (!range) return this.sheet.replaceSync('');
    const blocks = this.view.dom.children;
    let above = 0;
    for (let index = 0; index < range.first; index += 1) above += this.pitch(blocks[index]);
    let below = 0;
    for (let index = range.last + 1; index < blocks.length; index += 1) below += this.pitch(blocks[index]);
    this.sheet.replaceSync(windowRules(this.selector, range, EDITING_BLOCK_CLASS, { above, below }));
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
