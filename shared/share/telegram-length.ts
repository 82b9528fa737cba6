/**
 * Length as Telegram counts it against its limits (4096 for a message, 1024 for a caption): the text left
 * after entities are parsed, in UTF-16 code units, the unit of Telegram's message entities (so an emoji
 * outside the BMP counts 2, a Cyrillic letter 1). Counting code units never counts less than Telegram does.
 */

/** The named entities HTML parse mode recognises; numeric ones are decoded too. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

/** The text a reader sees of a post written in Telegram's HTML parse mode: tags dropped, entities decoded. */
export function telegramHtmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|amp|quot));/gi, (entity, dec?: string, hex?: string, name?: string) => {
      if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
      const codePoint = dec ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16);
      return codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    });
}

/** The length Telegram checks: plain text as it is, HTML after its tags and entities are parsed. */
export function telegramLength(text: string, parseMode: 'plain' | 'html' = 'plain'): number {
  return (parseMode === 'html' ? telegramHtmlText(text) : text).length;
}
