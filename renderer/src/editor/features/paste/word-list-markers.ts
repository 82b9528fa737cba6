import { readInlineStyle } from './inline-style';

const MARKER_START = '[if !supportLists]';
const MARKER_END = '[endif]';

function isComment(node: Node, data: string): boolean {
  return node.nodeType === Node.COMMENT_NODE && (node as Comment).data.trim() === data;
}

/** Word's `<span style='mso-list:Ignore'>` around a list item's or heading's typed-out number or bullet. */
function isIgnoredListSpan(element: Element): boolean {
  return readInlineStyle(element).get('mso-list') === 'ignore';
}

/**
 * The bullet or number Word typed in front of an item (`·`, `o`, `§`, `1.`, `a.`, `1.1`), read before
 * it is removed. Empty when the paragraph has none.
 */
export function wordListMarkerText(paragraph: Element): string {
  for (const span of paragraph.querySelectorAll('span')) {
    if (isIgnoredListSpan(span)) return (span.textContent ?? '').replace(/[\s\u00a0]+/g, '');
  }
  return '';
}

/**
 * Removes the typed-out numbers and bullets of Word's fake lists and numbered headings. Word wraps them
 * in `<![if !supportLists]>…<![endif]>`, which an HTML parser keeps as two comments with the marker
 * between them as ordinary elements; the `mso-list:Ignore` span inside is removed too, in case the
 * comments were lost on the way.
 */
export function removeWordListMarkers(root: Element): void {
  const doc = root.ownerDocument;
  const comments = doc.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const starts: Comment[] = [];
  for (let node = comments.nextNode(); node; node = comments.nextNode()) {
    if (isComment(node, MARKER_START)) starts.push(node as Comment);
  }
  for (const start of starts) {
    let next = start.nextSibling;
    while (next && !isComment(next, MARKER_END)) {
      const after = next.nextSibling;
      next.remove();
      next = after;
    }
  }
  for (const span of [...root.querySelectorAll('span')]) {
    if (span.isConnected && isIgnoredListSpan(span)) span.remove();
  }
}
