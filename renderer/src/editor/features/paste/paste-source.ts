import { CLIPBOARD_STYLE_ATTRIBUTE } from './inert-clipboard-html';

/** Where pasted HTML came from; each source has quirks its own cleaner undoes before the common rules. */
export type PasteSource = 'word' | 'google-docs' | 'libreoffice' | 'web';

function metaContent(doc: Document, name: string): string {
  for (const meta of doc.querySelectorAll('meta[name]')) {
    if (meta.getAttribute('name')?.toLowerCase() === name) return meta.getAttribute('content') ?? '';
  }
  return '';
}

/**
 * Word announces itself in `<meta name=ProgId content=Word.Document>` and its Generator, and its
 * markup keeps the `Mso…` classes and `mso-` styles even where the head was lost (Outlook, web Word).
 * Google Docs marks every copy with an element whose id starts `docs-internal-guid-`; LibreOffice
 * writes its name into the generator meta.
 */
export function detectPasteSource(doc: Document): PasteSource {
  const generator = metaContent(doc, 'generator');
  if (/^word\./i.test(metaContent(doc, 'progid')) || /microsoft word/i.test(generator)) return 'word';
  if (doc.querySelector('[id^="docs-internal-guid-"]')) return 'google-docs';
  if (/libreoffice|openoffice/i.test(generator)) return 'libreoffice';
  if (doc.querySelector(`[class^="Mso"], [class*=" Mso"], [${CLIPBOARD_STYLE_ATTRIBUTE}*="mso-list"]`)) return 'word';
  return 'web';
}
