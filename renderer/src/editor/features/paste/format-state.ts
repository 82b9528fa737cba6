import { safeLinkHref } from '../../../../../shared/security/safe-url';
import { readInlineStyle } from './inline-style';

/**
 * The marks a piece of pasted text carries, worked out from the tags and inline styles of every element
 * around it. Sources write formatting differently — Word and LibreOffice as `<b>`/`<i>`/`<u>`, Google Docs
 * and web pages as `font-weight:700` spans — so both are read before the styles themselves are dropped.
 */
export interface FormatState {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  /** A link already checked by safeLinkHref, or null. */
  href: string | null;
  /** Headings carry no bold: they are bold by their own look, and Docs and web pages style them 700. */
  inHeading: boolean;
  /** Inside `<pre>`: line breaks in the text are kept. */
  preformatted: boolean;
}

export const PLAIN_TEXT: FormatState = {
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  href: null,
  inHeading: false,
  preformatted: false,
};

const BOLD_TAGS = new Set(['b', 'strong']);
const ITALIC_TAGS = new Set(['i', 'em']);
const UNDERLINE_TAGS = new Set(['u', 'ins']);
const STRIKE_TAGS = new Set(['s', 'strike', 'del']);

/** `font-weight` as bold (true), not bold (false) or no opinion (null). */
function weightIsBold(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (value === 'bold' || value === 'bolder') return true;
  if (value === 'normal' || value === 'lighter') return false;
  const weight = Number.parseInt(value, 10);
  return Number.isNaN(weight) ? null : weight >= 600;
}

function styleIsItalic(value: string | undefined): boolean | null {
  if (value === undefined) return null;
  if (value.startsWith('italic') || value.startsWith('oblique')) return true;
  return value === 'normal' ? false : null;
}

/** The format of an element's content, given the format around it. */
export function formatInside(element: Element, outer: FormatState): FormatState {
  const tag = element.localName;
  const style = readInlineStyle(element);
  const next: FormatState = { ...outer };

  if (BOLD_TAGS.has(tag)) next.bold = true;
  if (ITALIC_TAGS.has(tag)) next.italic = true;
  if (UNDERLINE_TAGS.has(tag)) next.underline = true;
  if (STRIKE_TAGS.has(tag)) next.strike = true;
  if (tag === 'pre') next.preformatted = true;
  if (tag === 'a') next.href = safeLinkHref(element.getAttribute('href')) ?? outer.href;

  // The element's own style has the last word: Docs' `<b style="font-weight:normal">` is not bold.
  next.bold = weightIsBold(style.get('font-weight')) ?? next.bold;
  next.italic = styleIsItalic(style.get('font-style')) ?? next.italic;
  const decoration = `${style.get('text-decoration') ?? ''} ${style.get('text-decoration-line') ?? ''}`;
  if (decoration.includes('underline')) next.underline = true;
  if (decoration.includes('line-through')) next.strike = true;
  return next;
}
