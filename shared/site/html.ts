/**
 * Escaping for the page the site renderer writes. Every string that comes from an article, a profile or a
 * URL passes through one of these on its way into markup; nothing is inserted raw.
 */

const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE: Record<string, string> = { ...TEXT, '"': '&quot;', "'": '&#39;' };

/** Text between tags. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (char) => TEXT[char] ?? char);
}

/** A value inside a double-quoted attribute. */
export function escapeAttribute(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ATTRIBUTE[char] ?? char);
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` written as `\u003c`, so no `</script>` or `<!--` in
 * an article's text can close the script or open a comment; the JSON means the same to a parser.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `name="value"` pairs for a tag, in the order given; attributes whose value is null are left out. */
export function attributes(pairs: Record<string, string | number | null | undefined>): string {
  return Object.entries(pairs)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(String(value))}"`)
    .join('');
}
