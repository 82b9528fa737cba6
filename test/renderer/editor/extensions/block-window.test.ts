import type { Editor } from '@tiptap/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_BLOCKS } from '../../../../renderer/src/editor/extensions/block-window';
import { createBodyEditor } from '../toolbar/support/body-editor';

/** jsdom lays nothing out: each top-level block of the body is BLOCK_PX tall, the body scrolled by `scrolled`. */
const BLOCK_PX = 40;
let scrolled = 0;
let editor: Editor;

function paragraphs(count: number): string {
  return Array.from({ length: count }, (_, i) => `<p>Абзац ${i + 1}.</p>`).join('');
}

/** Indexes of the body's blocks the window's rule leaves undrawn (none when it has no rule). */
function hiddenBlocks(): number[] {
  const rules = document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
  const rule = rules.find((text) => text.includes('data-block-window'));
  if (!rule) return [];
  const selector = rule.slice(0, rule.indexOf(' {'));
  return [...editor.view.dom.children].flatMap((block, index) => (block.matches(selector) ? [index] : []));
}

function scrollTo(y: number): void {
  scrolled = y;
  document.dispatchEvent(new Event('scroll'));
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

beforeEach(() => {
  // jsdom has neither adopted style sheets nor layout; Chromium has both.
  Object.defineProperty(document, 'adoptedStyleSheets', { value: [], writable: true, configurable: true });
  scrolled = 0;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const index = this.parentElement === editor.view.dom ? [...this.parentElement.children].indexOf(this) : 0;
    const top = index * BLOCK_PX - scrolled;
    return DOMRect.fromRect({ x: 0, y: top, width: 600, height: BLOCK_PX });
  });
});

afterEach(() => {
  editor.destroy();
  vi.restoreAllMocks();
  delete (document as { adoptedStyleSheets?: unknown }).adoptedStyleSheets;
});

describe('BlockWindow: a long read draws only the blocks near the screen', () => {
  const screen = () => window.innerHeight;

  it('leaves undrawn the blocks more than two screens past the shown ones, and keeps the caret’s block', () => {
    editor = createBodyEditor(paragraphs(400));
    scrollTo(0);
    const lastDrawn = Math.ceil((3 * screen()) / BLOCK_PX) - 1;
    const hidden = hiddenBlocks();
    expect(hidden[0]).toBe(lastDrawn + 1);
    expect(hidden).toHaveLength(400 - lastDrawn - 1);

    editor.commands.setTextSelection(editor.state.doc.content.size - 1);
    scrollTo(100 * BLOCK_PX);
    const after = hiddenBlocks();
    const firstDrawn = Math.floor((100 * BLOCK_PX - 2 * screen()) / BLOCK_PX);
    expect(after).toContain(firstDrawn - 1);
    expect(after).not.toContain(firstDrawn);
    expect(after).not.toContain(100);
    expect(after).not.toContain(399); // the caret's paragraph
  });

  it('rewrites the rule only when scrolling nears its edge', () => {
    editor = createBodyEditor(paragraphs(400));
    scrollTo(0);
    const before = hiddenBlocks();
    scrollTo(screen()); // still within what the rule lets be drawn
    expect(hiddenBlocks()).toEqual(before);
    scrollTo(3 * screen());
    expect(hiddenBlocks()).not.toEqual(before);
  });

  it('writes no rule below MIN_BLOCKS blocks, and one once the body grows past it', async () => {
    editor = createBodyEditor(paragraphs(MIN_BLOCKS - 1));
    scrollTo(0);
    expect(hiddenBlocks()).toEqual([]);
    editor.commands.insertContentAt(editor.state.doc.content.size, paragraphs(100));
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
