/**
 * Telegram's HTML parse mode knows only `&lt;`, `&gt;`, `&amp;` and `&quot;`: every other `<`, `>` and `&` of
 * the text must be escaped, and an attribute's quote too.
 */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function telegramText(text: string): string {
  return text.replace(/[&<>]/g, (char) => TEXT[char] ?? char);
}

export function telegramAttribute(text: string): string {
  return telegramText(text).replace(/"/g, '&quot;');
}

/** A link as Telegram takes it. */
export function telegramLink(href: string, html: string): string {
  return `<a href="${telegramAttribute(href)}">${html}</a>`;
}
