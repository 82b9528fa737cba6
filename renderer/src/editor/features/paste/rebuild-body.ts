import { headingTag, kindOf } from './element-kind';
import { formatInside, PLAIN_TEXT, type FormatState } from './format-state';
import { imageMarker, MARKER, withoutMarkers } from './image-markers';
import { classifyPastedImage, type PastedImage } from './pasted-image';
import { isArticleTable, pastedCaption, pastedRows } from './pasted-table';

/**
 * Rebuilds pasted HTML from scratch with only what the article body has: paragraphs, h2/h3, lists,
 * blockquotes, tables (rows, header cells, spans and a caption; cells of paragraphs), rules, line breaks
 * and bold/italic/underline/strike/link, each as a bare tag. Nothing of
 * the source is copied over — no style, class, id, font, colour, span, comment or unknown tag — so what
 * is not named here cannot get through. Images become markers (see image-markers.ts) that the editor
 * replaces after ProseMirror has parsed the result.
 */

export interface RebuildOptions {
  /** Keep https images as markers (only when the editor has a figure node to put them in). */
  keepWebImages: boolean;
  /**
   * The paste goes into a table cell, which holds paragraphs only: its headings, lists and quotes become
   * paragraphs there rather than split the table. A pasted table stays one (its cells fill the table's).
   */
  intoCell?: boolean;
}

export interface RebuiltBody {
  html: string;
  /** The images whose markers are in `html`, by marker number. */
  images: PastedImage[];
}

/**
 * Where output goes: the block-holding element, and the paragraph or heading being filled, if any. In a
 * table cell only paragraphs may stand: headings, lists, quotes and tables there give their text as paragraphs.
 */
interface Cursor {
  container: Element;
  open: Element | null;
  inCell?: boolean;
}

function isBlank(text: string): boolean {
  return withoutMarkers(text).replace(/[\s\u00a0]+/g, '') === '';
}

class BodyBuilder {
  readonly images: PastedImage[] = [];
  private readonly out: Document;

  constructor(private readonly options: RebuildOptions) {
    this.out = document.implementation.createHTMLDocument('');
  }

  build(source: Document): RebuiltBody {
    const cursor: Cursor = { container: this.out.body, open: null, inCell: this.options.intoCell ?? false };
    this.visitChildren(source.body, cursor, PLAIN_TEXT);
    this.close(cursor);
    return { html: this.out.body.innerHTML, images: this.images };
  }

  private visitChildren(parent: Node, cursor: Cursor, format: FormatState): void {
    for (const child of parent.childNodes) this.visit(child, cursor, format);
  }

  private visit(node: Node, cursor: Cursor, format: FormatState): void {
    if (node.nodeType === Node.TEXT_NODE) this.text(node.textContent ?? '', cursor, format);
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    const element = node as Element;
    switch (kindOf(element)) {
      case 'drop':
        return;
      case 'image':
        // A picture cannot stand in a cell; out of a cell it is offered as everywhere else.
        return cursor.inCell ? undefined : this.image(element, cursor);
      case 'br':
        // A break only inside text: Docs and web pages put bare <br> between blocks as spacing.
        if (cursor.open?.hasChildNodes()) cursor.open.appendChild(this.out.createElement('br'));
        return;
      case 'hr':
        this.close(cursor);
        if (!cursor.inCell) cursor.container.appendChild(this.out.createElement('hr'));
        return;
      case 'heading': {
        // A list item starts with a paragraph in the article's schema, and a cell holds paragraphs only, so a
        // heading there stays text.
        const tag = cursor.container.localName === 'li' || cursor.inCell ? 'p' : headingTag(element.localName);
        return this.textblock(tag, element, cursor, { ...formatInside(element, format), inHeading: tag !== 'p' });
      }
      case 'paragraph':
        return this.textblock('p', element, cursor, formatInside(element, format));
      case 'list':
        this.close(cursor);
        if (cursor.inCell) return this.blocksOf(element, cursor, format);
        return this.list(element, cursor.container, format);
      case 'table':
        return this.table(element as HTMLTableElement, cursor, format);
      case 'blockquote': {
        this.close(cursor);
        if (cursor.inCell) return this.blocksOf(element, cursor, format);
        const quote = cursor.container.appendChild(this.out.createElement('blockquote'));
        const inner: Cursor = { container: quote, open: null };
        this.visitChildren(element, inner, formatInside(element, format));
        this.close(inner);
        if (!quote.hasChildNodes()) quote.remove();
        return;
      }
      case 'container':
        if (element.localName === 'figure' && !cursor.inCell && this.webFigure(element, cursor)) return;
        return this.blocksOf(element, cursor, format);
      case 'inline':
        // Word's <o:p>&nbsp;</o:p> only pads a paragraph's end.
        if (element.localName === 'o:p' && isBlank(element.textContent ?? '')) return;
        return this.visitChildren(element, cursor, formatInside(element, format));
    }
  }

  /** What an element holds, as blocks of their own where the cursor is: the element itself goes. */
  private blocksOf(element: Element, cursor: Cursor, format: FormatState): void {
    this.close(cursor);
    this.visitChildren(element, cursor, formatInside(element, format));
    this.close(cursor);
  }

  /**
   * A table of data becomes a bare table: its caption, its rows, each cell a <th> or <td> with its spans and
   * its paragraphs. A layout table (one cell), a table in a cell or one past the caps gives its cells' text
   * as paragraphs instead, as every table did before the body had them.
   */
  private table(source: HTMLTableElement, cursor: Cursor, format: FormatState): void {
    const rows = pastedRows(source);
    const inSourceCell = cursor.container.localName === 'td' || cursor.container.localName === 'th';
    if (inSourceCell || !isArticleTable(rows)) return this.blocksOf(source, cursor, format);
    this.close(cursor);
    const table = cursor.container.appendChild(this.out.createElement('table'));
    const caption = pastedCaption(source);
    if (caption) table.appendChild(this.out.createElement('caption')).textContent = caption;
    const outer = formatInside(source, format);
    for (const cells of rows) {
      const row = table.appendChild(this.out.createElement('tr'));
      for (const { source: sourceCell, header, colspan, rowspan } of cells) {
        const cell = row.appendChild(this.out.createElement(header ? 'th' : 'td'));
        if (colspan > 1) cell.setAttribute('colspan', String(colspan));
        if (rowspan > 1) cell.setAttribute('rowspan', String(rowspan));
        const inside: Cursor = { container: cell, open: null, inCell: true };
        this.visitChildren(sourceCell, inside, formatInside(sourceCell, outer));
        this.close(inside);
      }
    }
  }

  private textblock(tag: string, element: Element, cursor: Cursor, format: FormatState): void {
    this.close(cursor);
    cursor.open = cursor.container.appendChild(this.out.createElement(tag));
    this.visitChildren(element, cursor, format);
    this.close(cursor);
  }

  private list(source: Element, container: Element, format: FormatState): void {
    const list = container.appendChild(this.out.createElement(source.localName === 'ol' ? 'ol' : 'ul'));
    const start = Number(source.getAttribute('start'));
    if (list.localName === 'ol' && Number.isInteger(start) && start > 1) list.setAttribute('start', String(start));
    this.listItems(source, list, formatInside(source, format));
    if (!list.hasChildNodes()) list.remove();
  }

  private listItems(source: Element, list: Element, format: FormatState): void {
    for (const child of source.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && !child.textContent?.trim()) continue;
      const element = child.nodeType === Node.ELEMENT_NODE ? (child as Element) : null;
      if (element && kindOf(element) === 'list' && !list.lastElementChild) {
        // LibreOffice writes a deeper level with no item above it as <ol><ol><li>: lift its items.
        this.listItems(element, list, formatInside(element, format));
        continue;
      }
      const isItem = element?.localName === 'li';
      // Google Docs puts a nested list beside the item it belongs to (<ul><li/><ul/></ul>): it joins that item.
      const item =
        isItem || !list.lastElementChild
          ? list.appendChild(this.out.createElement('li'))
          : (list.lastElementChild as Element);
      const cursor: Cursor = { container: item, open: null };
      if (isItem) this.visitChildren(child, cursor, formatInside(child as Element, format));
      else this.visit(child, cursor, format);
      this.close(cursor);
      if (!item.hasChildNodes()) item.remove();
    }
  }

  private image(element: Element, cursor: Cursor, caption = ''): void {
    const image = classifyPastedImage(element);
    if (!image || (image.kind === 'web' && !this.options.keepWebImages)) return;
    const index = this.images.push(image.kind === 'web' ? { ...image, caption } : image) - 1;
    this.ensureOpen(cursor).appendChild(this.out.createTextNode(imageMarker(index)));
  }

  /** A page's `<figure>` of one web image and its `<figcaption>` becomes one figure with that caption. */
  private webFigure(figure: Element, cursor: Cursor): boolean {
    const images = figure.querySelectorAll('img');
    const img = images[0];
    const figcaption = figure.querySelector('figcaption');
    if (images.length !== 1 || !img || classifyPastedImage(img)?.kind !== 'web' || !this.options.keepWebImages) {
      return false;
    }
    this.close(cursor);
    this.image(img, cursor, (figcaption?.textContent ?? '').replace(/\s+/g, ' ').trim());
    this.close(cursor);
    return true;
  }

  private text(raw: string, cursor: Cursor, format: FormatState): void {
    // A U+FFFC in the source could pose as an image marker.
    const text = raw.replaceAll(MARKER, '');
    if (!cursor.open && !text.trim()) return;
    const block = this.ensureOpen(cursor);
    const lines = format.preformatted ? text.split(/\r\n?|\n/) : [text];
    lines.forEach((line, index) => {
      if (index > 0) block.appendChild(this.out.createElement('br'));
      if (line) block.appendChild(this.withMarks(this.out.createTextNode(line), format));
    });
  }

  /** Bare mark tags around a text: a link's own underline is how links look, not a mark. */
  private withMarks(node: Node, format: FormatState): Node {
    let wrapped = node;
    const wrap = (tag: string) => {
      const element = this.out.createElement(tag);
      element.appendChild(wrapped);
      wrapped = element;
    };
    if (format.strike) wrap('s');
    if (format.underline && !format.href) wrap('u');
    if (format.italic) wrap('em');
    if (format.bold && !format.inHeading) wrap('strong');
    if (format.href) {
      wrap('a');
      (wrapped as Element).setAttribute('href', format.href);
    }
    return wrapped;
  }

  private ensureOpen(cursor: Cursor): Element {
    cursor.open ??= cursor.container.appendChild(this.out.createElement('p'));
    return cursor.open;
  }

  /** Ends the paragraph being filled; one left with no text (only spaces, breaks or nothing) is dropped. */
  private close(cursor: Cursor): void {
    const block = cursor.open;
    if (!block) return;
    cursor.open = null;
    while (block.lastChild?.nodeName === 'BR') block.lastChild.remove();
    const text = block.textContent ?? '';
    if (isBlank(text) && !text.includes(MARKER)) block.remove();
  }
}

export function rebuildBody(source: Document, options: RebuildOptions): RebuiltBody {
  return new BodyBuilder(options).build(source);
}
