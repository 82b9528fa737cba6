import { CLIPBOARD_STYLE_ATTRIBUTE } from './inert-clipboard-html';
import { convertWordLists } from './word-lists';
import { removeWordListMarkers } from './word-list-markers';

/** Word's paragraph styles that are headings in the article (it has h2 and h3 only). */
function headingTagForClass(className: string): 'h2' | 'h3' | null {
  for (const name of className.split(/\s+/)) {
    if (/^MsoTitle/i.test(name)) return 'h2';
    if (/^MsoSubtitle/i.test(name)) return 'h3';
    const heading = /^(?:Mso)?Heading\s*([1-9])$/i.exec(name);
    if (heading) return Number(heading[1]) <= 2 ? 'h2' : 'h3';
  }
  return null;
}

function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  const style = element.getAttribute(CLIPBOARD_STYLE_ATTRIBUTE);
  if (style) renamed.setAttribute(CLIPBOARD_STYLE_ATTRIBUTE, style);
  while (element.firstChild) renamed.appendChild(element.firstChild);
  element.replaceWith(renamed);
  return renamed;
}

/** `<p class=MsoTitle>` and Word's paragraph-styled headings (levels 7–9, custom "Heading N") become h2/h3. */
function convertWordHeadings(doc: Document): void {
  for (const paragraph of [...doc.querySelectorAll('p[class]')]) {
    const tag = headingTagForClass(paragraph.getAttribute('class') ?? '');
    if (tag) rename(paragraph, tag);
  }
}

/**
 * Word draws a picture twice: a VML `<v:shape>` (usually inside a conditional comment) and an `<img>`
 * fallback naming that shape in `v:shapes`. Where both survive as elements the shape is dropped, so one
 * picture is counted once.
 */
function dropDuplicateVmlShapes(doc: Document): void {
  const drawnByImg = new Set<string>();
  for (const img of doc.getElementsByTagName('img')) {
    for (const id of (img.getAttribute('v:shapes') ?? '').split(/\s+/)) if (id) drawnByImg.add(id);
  }
  for (const shape of [...doc.getElementsByTagName('v:shape')]) {
    if (drawnByImg.has(shape.getAttribute('id') ?? '')) shape.remove();
  }
}

/**
 * Undoes what Word does to HTML on copy, before the common rules run: fake lists become real lists,
 * typed-out list numbers and bullets go, heading styles become headings, and each picture is counted once.
 * Styles, classes, `<o:p>`, bookmarks and conditional comments are left to the common rules.
 */
export function cleanWordHtml(doc: Document): void {
  convertWordHeadings(doc);
  convertWordLists(doc);
  removeWordListMarkers(doc.body);
  dropDuplicateVmlShapes(doc);
}
