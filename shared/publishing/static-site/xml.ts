/**
 * Escaping for the feed and the sitemap. XML 1.0 forbids most control characters even as references, and a
 * parser stops at the first one: a stray U+0001 pasted into a headline would break the whole feed. So such
 * characters (and lone surrogates) are dropped, then the five markup characters escaped.
 *
 * A swap point: an XML builder from npm (e.g. `xmlbuilder2`) would do the same; these few lines avoid a
 * dependency for what the two documents need.
 */

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const MARKUP: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value, safe between tags and inside double or single quotes. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => MARKUP[char] ?? char);
}

/** `<name>text</name>`, or '' when there is no text: optional elements are left out rather than empty. */
export function xmlElement(name: string, text: string | null | undefined): string {
  return text ? `<${name}>${escapeXml(text)}</${name}>` : '';
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
