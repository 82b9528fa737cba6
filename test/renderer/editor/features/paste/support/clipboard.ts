import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Editor, JSONContent } from '@tiptap/core';

/**
 * jsdom has no ClipboardEvent or DataTransfer. A plain `paste` event carrying the few DataTransfer
 * members the editor reads stands in for what Chromium hands a page.
 */
export function clipboardEvent(data: Record<string, string>, type = 'paste'): ClipboardEvent {
  const event = new Event(type, { bubbles: true, cancelable: true });
  const transfer = { files: [], items: [], types: Object.keys(data), getData: (format: string) => data[format] ?? '' };
  Object.defineProperty(event, type === 'drop' ? 'dataTransfer' : 'clipboardData', { value: transfer });
  return event as ClipboardEvent;
}

/** Runs ProseMirror's real paste path with clipboard HTML (and any other flavours, e.g. `text/rtf`). */
export function pasteHtml(editor: Editor, html: string, other: Record<string, string> = {}): void {
  editor.view.pasteHTML(html, clipboardEvent({ 'text/html': html, ...other }));
}

export function pasteText(editor: Editor, text: string): void {
  editor.view.pasteText(text, clipboardEvent({ 'text/plain': text }));
}

/** A clipboard sample from test/fixtures/paste/: real captures, and one constructed Word sample (see each folder's README). */
export function fixture(name: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return readFileSync(path.join(here, '../../../../../fixtures/paste', name), 'utf8');
}

/** Text of a JSON node with its whitespace collapsed (some samples are stored indented). */
export function textOf(node: JSONContent | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  if (node.type === 'hardBreak') return '\n';
  return (node.content ?? []).map(textOf).join('');
}

export function squash(text: string): string {
  return text.replace(/[ \t\r\n]+/g, ' ').trim();
}

/** Every text run of the body with the names of its marks, for asserting formatting. */
export function runs(node: JSONContent): Array<{ text: string; marks: string[] }> {
  if (node.type === 'text') return [{ text: node.text ?? '', marks: (node.marks ?? []).map((mark) => mark.type) }];
  return (node.content ?? []).flatMap(runs);
}

/** Every link of the body: its text and href. */
export function links(node: JSONContent): Array<{ text: string; href: unknown }> {
  const found: Array<{ text: string; href: unknown }> = [];
  for (const run of runsWithAttrs(node)) {
    const link = run.marks.find((mark) => mark.type === 'link');
    if (link) found.push({ text: run.text, href: link.attrs?.href });
  }
  return found;
}

function runsWithAttrs(node: JSONContent): Array<{ text: string; marks: NonNullable<JSONContent['marks']> }> {
  if (node.type === 'text') return [{ text: node.text ?? '', marks: node.marks ?? [] }];
  return (node.content ?? []).flatMap(runsWithAttrs);
}

/** The body as an outline: block types (h2/h3 for headings), list nesting, text squashed. */
export function outline(node: JSONContent): unknown[] {
  return (node.content ?? []).map((block) => {
    if (block.type === 'heading') return { [`h${String(block.attrs?.level)}`]: squash(textOf(block)) };
    if (block.type === 'paragraph') return { p: squash(textOf(block)) };
    if (block.type === 'bulletList' || block.type === 'orderedList') {
      const items = (block.content ?? []).map((item) => outline(item));
      return block.type === 'bulletList' ? { ul: items } : { ol: items, start: block.attrs?.start };
    }
    return { [block.type ?? '?']: block.content ? outline(block) : (block.attrs ?? null) };
  });
}
