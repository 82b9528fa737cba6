import { CLIPBOARD_STYLE_ATTRIBUTE } from './inert-clipboard-html';

/**
 * Reads a pasted element's `style` attribute (CLIPBOARD_STYLE_ATTRIBUTE once parsed) as written, property
 * by property. Word writes its own `mso-bidi-font-weight:bold` beside the real `font-weight`, so properties
 * are matched by their exact name, never by a substring; the browser's CSSStyleDeclaration is not used
 * because it drops what it does not know and differs between Chromium and jsdom.
 */
export function readInlineStyle(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  const style = element.getAttribute(CLIPBOARD_STYLE_ATTRIBUTE);
  if (!style) return declarations;
  for (const declaration of style.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (name && value) declarations.set(name, value);
  }
  return declarations;
}
