import { CLIPBOARD_STYLESHEET_SELECTOR } from './inert-clipboard-html';
import { readInlineStyle } from './inline-style';
import { wordListMarkerText } from './word-list-markers';

/**
 * Word does not copy lists as `<ul>`/`<ol>`: every item is a paragraph styled
 * `mso-list:l0 level2 lfo1` (list l0, nesting level 2) with its bullet or number typed out in front.
 * This turns each run of such paragraphs back into real, nested lists.
 */

interface WordListItem {
  paragraph: Element;
  listId: string;
  level: number;
  ordered: boolean;
  /** The typed number of the first item (`4.` → 4), for lists that do not start at 1. */
  number: number | null;
}

interface OpenList {
  list: Element;
  level: number;
  ordered: boolean;
  listId: string;
}

const LIST_STYLE = /^(l\d+)\s+level(\d+)/;
const LEVEL_DEFINITION = /@list\s+(l\d+):level(\d+)\s*\{([^}]*)\}/gi;
const NUMBER_FORMAT = /mso-level-number-format\s*:\s*([\w-]+)/i;
/** `1.`, `2)`, `a.`, `iv.`, `(3)`: a typed number rather than a bullet glyph. */
const ORDERED_MARKER = /^\(?([0-9]{1,4}|[a-z]{1,4})[.)]$/i;

/**
 * The number format of every list level, from the `@list l0:level1 {mso-level-number-format:bullet}`
 * definitions in Word's `<style>` (made inert by the parse, see inert-clipboard-html.ts). A level without a
 * format is numbered 1, 2, 3.
 */
function readLevelFormats(doc: Document): Map<string, string> {
  const formats = new Map<string, string>();
  for (const style of doc.querySelectorAll(CLIPBOARD_STYLESHEET_SELECTOR)) {
    for (const match of (style.textContent ?? '').matchAll(LEVEL_DEFINITION)) {
      const [, listId, level, body = ''] = match;
      formats.set(`${listId}:${level}`, NUMBER_FORMAT.exec(body)?.[1]?.toLowerCase() ?? 'decimal');
    }
  }
  return formats;
}

function isOrdered(format: string | undefined, marker: string): boolean {
  if (format !== undefined) return format !== 'bullet' && format !== 'none' && format !== 'image';
  return ORDERED_MARKER.test(marker);
}

function readItem(paragraph: Element, formats: Map<string, string>): WordListItem | null {
  if (paragraph.localName !== 'p') return null;
  const match = LIST_STYLE.exec(readInlineStyle(paragraph).get('mso-list') ?? '');
  if (!match) return null;
  const [, listId = '', levelText = '1'] = match;
  const level = Number(levelText);
  const marker = wordListMarkerText(paragraph);
  const ordered = isOrdered(formats.get(`${listId}:${level}`), marker);
  const number = ordered && /^\d+[.)]$/.test(marker) ? Number.parseInt(marker, 10) : null;
  return { paragraph, listId, level, ordered, number };
}

function isBetweenItems(node: Node): boolean {
  return node.nodeType === Node.COMMENT_NODE || (node.nodeType === Node.TEXT_NODE && !node.textContent?.trim());
}

/** Runs of list paragraphs that follow each other, with only whitespace and comments between. */
function findRuns(doc: Document, formats: Map<string, string>): WordListItem[][] {
  const runs: WordListItem[][] = [];
  let run: WordListItem[] = [];
  let expectedNext: Node | null = null;
  for (const paragraph of doc.querySelectorAll('p')) {
    const item = readItem(paragraph, formats);
    if (!item) continue;
    if (run.length > 0 && paragraph !== expectedNext) {
      runs.push(run);
      run = [];
    }
    run.push(item);
    let next: Node | null = paragraph.nextSibling;
    while (next && isBetweenItems(next)) next = next.nextSibling;
    expectedNext = next;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function createList(doc: Document, item: WordListItem): Element {
  const list = doc.createElement(item.ordered ? 'ol' : 'ul');
  if (item.ordered && item.number !== null && item.number > 1) list.setAttribute('start', String(item.number));
  return list;
}

function buildLists(doc: Document, run: WordListItem[]): void {
  const first = run[0];
  if (!first) return;
  let insertAfter: Node | null = null;
  const parent = first.paragraph.parentNode;
  const placeRoot = (list: Element) => {
    if (insertAfter) insertAfter.parentNode?.insertBefore(list, insertAfter.nextSibling);
    else parent?.insertBefore(list, first.paragraph);
    insertAfter = list;
  };
  const open: OpenList[] = [];
  for (const item of run) {
    while (open.length > 0 && (open.at(-1)?.level ?? 0) > item.level) open.pop();
    const top = open.at(-1);
    // A change of bullets to numbers, or a different list at the outer level, starts a new list.
    if (
      top &&
      top.level === item.level &&
      (top.ordered !== item.ordered || (open.length === 1 && top.listId !== item.listId))
    ) {
      open.pop();
    }
    const current = open.at(-1);
    if (!current) {
      const list = createList(doc, item);
      placeRoot(list);
      open.push({ list, level: item.level, ordered: item.ordered, listId: item.listId });
    } else if (current.level < item.level) {
      const parentItem = current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
      const list = parentItem.appendChild(createList(doc, item));
      open.push({ list, level: item.level, ordered: item.ordered, listId: item.listId });
    }
    const li = doc.createElement('li');
    li.appendChild(item.paragraph);
    open.at(-1)?.list.appendChild(li);
  }
}

export function convertWordLists(doc: Document): void {
  const formats = readLevelFormats(doc);
  for (const run of findRuns(doc, formats)) buildLists(doc, run);
}
