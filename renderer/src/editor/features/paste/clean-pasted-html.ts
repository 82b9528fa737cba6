import { cleanGoogleDocsHtml } from './google-docs';
import { checkProseMirrorClipboard, isProseMirrorClipboard } from './own-clipboard';
import { parseClipboardHtml } from './parse-clipboard-html';
import { detectPasteSource, type PasteSource } from './paste-source';
import type { PastedImage } from './pasted-image';
import { rebuildBody, type RebuildOptions } from './rebuild-body';
import { cleanWordHtml } from './word';

export interface CleanedPaste {
  html: string;
  /** Images by marker number (see image-markers.ts). */
  images: PastedImage[];
  /** `editor` for content copied from a ProseMirror editor, which is only checked, not rebuilt. */
  source: PasteSource | 'editor';
}

/**
 * Clipboard HTML from Word, Google Docs, LibreOffice or a web page, made into the body's own HTML:
 * the source's quirks are undone first, then everything is rebuilt from an allowlist.
 */
export function cleanPastedHtml(
  html: string,
  options: RebuildOptions & { isOwnNote?: (id: string) => boolean },
): CleanedPaste {
  const doc = parseClipboardHtml(html);
  if (isProseMirrorClipboard(doc))
    return { html: checkProseMirrorClipboard(doc, options.isOwnNote), images: [], source: 'editor' };
  const source = detectPasteSource(doc);
  if (source === 'word') cleanWordHtml(doc);
  if (source === 'google-docs') cleanGoogleDocsHtml(doc);
  return { ...rebuildBody(doc, options), source };
}
