import { safeImageSrc } from '../../../../../shared/security/safe-url';

/**
 * A picture found in pasted HTML. `local-file` pictures are files Word or LibreOffice left in a temp
 * folder of the journalist's computer (`file:///…/msohtmlclip1/…/clip_image001.png`, `<v:imagedata>`):
 * they are never loaded without consent. `web` pictures keep their https address until imported.
 */
export type PastedImage = { kind: 'local-file' } | { kind: 'web'; src: string; alt: string; caption: string };

/** What a pasted `<img>` or `<v:imagedata>` is, or null for one that is refused (`data:`, `javascript:`, relative). */
export function classifyPastedImage(element: Element): PastedImage | null {
  const raw = (element.getAttribute('src') ?? '').trim();
  if (element.localName === 'v:imagedata' || /^file:/i.test(raw)) return { kind: 'local-file' };
  const src = safeImageSrc(raw);
  if (!src || !/^https?:/i.test(src)) return null;
  return { kind: 'web', src, alt: (element.getAttribute('alt') ?? '').trim(), caption: '' };
}
