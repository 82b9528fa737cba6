import type { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_BLOCKS } from '../../../../../renderer/src/editor/features/block-window/block-window';
import { createBodyEditor } from '../../support/body-editor';

/**
 * jsdom lays nothing out. Here each top-level block of the body is BLOCK_PX tall and sits where it would in the
 * whole article, the body scrolled by `scrolled`; a block out of the page has no box at all, as in Chromium, so
 * the window must place those from what it measured.
 */
const BLOCK_PX = 40;
let scrolled = 0;
let editor: Editor;

function paragraphs(count: number, from = 1): string {
  return Array.from({ length: count }, (_, i) => `<p>Абзац ${from + i}.</p>`).join('');
}

function windowRules(): string[] {
  return document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
}

/** The selector of the blocks the window's rule takes out of the page, if it has one. */
function hiddenSelector(): string | undefined {
  const rule = windowRules().find((text) => text.includes('display: none'));
  return rule?.slice(0, rule.indexOf(' {'));
}

/** Indexes of the body's blocks the window's rule takes out of the page (none when it has no rule). */
function hiddenBlocks(): number[] {
  const selector = hiddenSelector();
  if (!selector) return [];
  return [...editor.view.dom.children].flatMap((block, index) => (block.matches(selector) ? [index] : []));
}

/** The height of the box standing in for the blocks taken out above (::before) or below (::after). */
function spacer(which: 'before' | 'after'): number {
  const rule = windowRules().find((text) => text.includes(`::${which}`));
  return Number(/height: (\d+)px/.exec(rule ?? '')?.[1] ?? 0);
}

/** The range the rule keeps in the page, read from its numbers, for the rule object last read. */
let lastRead: { rule: CSSRule | undefined; inside: [number, number] | null } = { rule: undefined, inside: null };

/** Whether the rule takes this block out: what hiddenBlocks finds with the selector engine, read fast. */
function isOut(index: number, block: Element): boolean {
  const rule = document.adoptedStyleSheets[0]?.cssRules[0];
  if (rule !== lastRead.rule) {
    const numbers = /n\+(\d+)\):nth-child\(-n\+(\d+)/.exec(rule?.cssText ?? '');
    lastRead = { rule, inside: numbers ? [Number(numbers[1]) - 1, Number(numbers[2]) - 1] : null };
  }
  const { inside } = lastRead;
  if (!inside || block.classList.contains('is-editing')) return false;
  return index < inside[0] || index > inside[1];
}

/** The block's place among its siblings; jsdom's live child list is slow to index or copy. */
function indexOf(block: Element): number {
  let index = 0;
  for (let sibling = block.previousElementSibling; sibling; sibling = sibling.previousElementSibling) index += 1;
  return index;
}

function scrollTo(y: number): void {
  scrolled = y;
  document.dispatchEvent(new Event('scroll'));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
const screen = () => window.innerHeight;
/** The first and last blocks within two screens of the screen scrolled to `y`. */
const bandAt = (y: number) => ({
  first: Math.max(Math.floor((y - 2 * screen()) / BLOCK_PX), 0),
  last: Math.ceil((y + 3 * screen()) / BLOCK_PX) - 1,
});
const range = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, i) => first + i);

beforeEach(() => {
  // jsdom has neither adopted style sheets nor layout; Chromium has both.
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  scrolled = 0;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    if (this.parentElement !== editor.view.dom) return DOMRect.fromRect({ x: 0, y: 0, width: 600, height: 0 });
    const index = indexOf(this);
    if (isOut(index, this)) return new DOMRect();
    return DOMRect.fromRect({ x: 0, y: index * BLOCK_PX - scrolled, width: 600, height: BLOCK_PX });
  });
});

afterEach(() => {
  editor.destroy();
  vi.restoreAllMocks();
  delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
});

describe('BlockWindow: a long read keeps in the page only the blocks near the screen', () => {
  it('takes out the blocks more than two screens past the shown ones, a box of their height in their place', () => {
    editor = createBodyEditor(paragraphs(400));
    scrollTo(0);
    const { last } = bandAt(0);
    expect(hiddenBlocks()).toEqual(range(last + 1, 399));
    expect(spacer('before')).toBe(0);
    expect(spacer('after')).toBe((399 - last) * BLOCK_PX);
  });

  it('follows the scrolling both ways, placing the blocks out of the page from their measured heights', async () => {
    editor = createBodyEditor(paragraphs(400));
    scrollTo(0);
    const atTop = hiddenBlocks();
    scrollTo(screen()); // still within what the rule takes in
    expect(hiddenBlocks()).toEqual(atTop);

    // The caret stays at the top, so the range reaches down from it to what is shown.
    scrollTo(200 * BLOCK_PX);
    expect(hiddenBlocks()).toEqual(range(bandAt(200 * BLOCK_PX).last + 1, 399));

    editor.commands.setTextSelection(editor.state.doc.resolve(0).posAtIndex(200) + 1);
    await nextFrame();
    const { first, last } = bandAt(200 * BLOCK_PX);
    expect(hiddenBlocks()).toEqual([...range(0, first - 1), ...range(last + 1, 399)]);
    expect(spacer('before')).toBe(first * BLOCK_PX);

    // Scrolled up past the range's first block: the blocks now near the screen have no box, so where they
    // are comes from their measured heights; the range reaches from them down to the caret's block.
    scrollTo(120 * BLOCK_PX);
    const up = bandAt(120 * BLOCK_PX);
    expect(up.first).toBeLessThan(first);
    expect(hiddenBlocks()).toEqual([...range(0, up.first - 1), ...range(202, 399)]);
    expect(spacer('before')).toBe(up.first * BLOCK_PX);
  });

  it('keeps the selection’s blocks, and all between, in the page from the transaction that moves it', async () => {
    editor = createBodyEditor(paragraphs(600));
    scrollTo(0);
    expect(hiddenBlocks()).toContain(599);
    editor.commands.setTextSelection(editor.state.doc.content.size - 1); // no frame, no layout read yet
    expect(hiddenBlocks()).toEqual([]);

    // Once scrolled there, the range no longer reaches back to the top.
    scrollTo(580 * BLOCK_PX);
    await nextFrame();
    const { first } = bandAt(580 * BLOCK_PX);
    expect(hiddenBlocks()).toEqual(range(0, first - 1));

    editor.commands.selectAll();
    expect(hiddenBlocks()).toEqual([]);
  });

  it('blocks added above renumber the range at once: the same blocks stay in the page', () => {
    editor = createBodyEditor(paragraphs(400));
    editor.commands.setTextSelection(editor.state.doc.resolve(0).posAtIndex(150) + 1);
    scrollTo(150 * BLOCK_PX);
    const before = hiddenBlocks();
    const shownText = editor.view.dom.children[150]?.textContent;

    editor.commands.insertContentAt(0, paragraphs(10, 1000), { updateSelection: false });
    expect(hiddenBlocks()).toEqual([...range(0, 9), ...before.map((index) => index + 10)]);
    expect(editor.view.dom.children[160]?.textContent).toBe(shownText);
    expect(hiddenBlocks()).not.toContain(160);
  });

  it('takes nothing out below MIN_BLOCKS blocks, and does once the body grows past it', async () => {
    editor = createBodyEditor(paragraphs(MIN_BLOCKS - 1));
    scrollTo(0);
    expect(hiddenBlocks()).toEqual([]);
    expect(windowRules()).toEqual([]);
    editor.commands.insertContentAt(editor.state.doc.content.size, paragraphs(100), { updateSelection: false });
    await nextFrame();
    expect(hiddenBlocks().length).toBeGreaterThan(0);
  });

  it('is gone with the editor', () => {
    editor = createBodyEditor(paragraphs(400));
    scrollTo(0);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    editor.destroy();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
