import { safeImageSrc, safeLinkHref } from '../../../../../shared/security/safe-url';

/**
 * ProseMirror marks what it copies with `data-pm-slice`: content copied inside the editor (or from another
 * ProseMirror editor) is already shaped for a schema and is left as it is, so figures, embeds and
 * «Читайте також» blocks survive copy and paste. Its links and image sources are still checked, since
 * any page can write that attribute.
 */
export function isProseMirrorClipboard(doc: Document): boolean {
  return doc.querySelector('[data-pm-slice]') !== null;
}

/**
 * A note's anchor is kept only when the note is this article's (copied within it, or cut and pasted back):
 * from another article or another editor it would point at a thread that is not here.
 */
export function checkProseMirrorClipboard(doc: Document, isOwnNote: (id: string) => boolean = () => false): string {
  for (const span of doc.querySelectorAll('[data-note-id]')) {
    if (!isOwnNote(span.getAttribute('data-note-id') ?? '')) span.replaceWith(...span.childNodes);
  }
  for (const link of doc.querySelectorAll('[href]')) {
    const href = safeLinkHref(link.getAttribute('href'));
    if (href) link.setAttribute('href', href);
    else link.removeAttribute('href');
  }
  for (const image of doc.querySelectorAll('[src]')) {
    const src = safeImageSrc(image.getAttribute('src'));
    if (src) image.setAttribute('src', src);
    else image.removeAttribute('src');
  }
  for (const element of doc.querySelectorAll('[srcset]')) element.removeAttribute('srcset');
  return doc.body.innerHTML;
}
