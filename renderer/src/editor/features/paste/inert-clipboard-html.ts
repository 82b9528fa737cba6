/**
 * Clipboard HTML is full of inline styles: Word and Google Docs write a `style` attribute on nearly every
 * element, and Word adds `<style>` sheets. A document parsed from it, even by DOMParser, inherits the page's
 * Content-Security-Policy, and Chromium reports each of them as a violation of `style-src 'self'`: one paste
 * from Word filled the console with dozens of errors. The cleaners only read them as text (inline-style.ts,
 * word-lists.ts), so before parsing they are made inert: the attribute is renamed, the sheet becomes a
 * `<noframes>` element, which the parser reads as raw text the same way and nothing applies.
 */
export const CLIPBOARD_STYLE_ATTRIBUTE = 'data-clipboard-style';
/**
 * Event handlers (`onerror`, `onload`…) are kept as `data-clipboard-on…`: a parsed document never runs them, but
 * Chromium checks each against the page's `script-src` as it parses and reports it as a blocked inline script.
 * Renamed, no handler ever reaches a document of this page, not even an inert one; the cleaners drop them.
 */
export const CLIPBOARD_HANDLER_PREFIX = 'data-clipboard-';
const SHEET_TAG = 'noframes';
const SHEET_MARK = 'data-clipboard-sheet';
export const CLIPBOARD_STYLESHEET_SELECTOR = `${SHEET_TAG}[${SHEET_MARK}]`;

/** Elements whose content the HTML tokenizer reads as text up to their end tag, never as markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const isSpace = (char: string | undefined) =>
  char === ' ' || char === '\n' || char === '\t' || char === '\f' || char === '\r';
const isLetter = (char: string | undefined) => char !== undefined && /^[A-Za-z]$/.test(char);

/**
 * The clipboard HTML with every start tag's `style` attribute renamed CLIPBOARD_STYLE_ATTRIBUTE, every event
 * handler attribute prefixed with CLIPBOARD_HANDLER_PREFIX, and every
 * `<style>…</style>` turned into `<noframes data-clipboard-sheet>…</noframes>`; everything else, text
 * included, is left byte for byte. Tags are found the way the HTML tokenizer finds them (comments, `<!…>`,
 * end tags and raw text such as a script are skipped), so the word `style` in text or a comment is never touched.
 */
export function makeClipboardHtmlInert(html: string): string {
  let out = '';
  let copiedUpTo = 0;
  const replace = (from: number, to: number, text: string) => {
    out += html.slice(copiedUpTo, from) + text;
    copiedUpTo = to;
  };
  const skipPast = (token: string, from: number) => {
    const end = html.indexOf(token, from);
    return end < 0 ? html.length : end + token.length;
  };
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) break;
    if (html.startsWith('<!--', open)) {
      // `<!-->` and `<!--->` are whole (empty) comments to the tokenizer.
      if (html.startsWith('<!-->', open)) at = open + 5;
      else if (html.startsWith('<!--->', open)) at = open + 6;
      else at = skipPast('-->', open + 4);
      continue;
    }
    if (html[open + 1] === '!' || html[open + 1] === '?' || html[open + 1] === '/') {
      at = skipPast('>', open + 2);
      continue;
    }
    if (!isLetter(html[open + 1])) {
      at = open + 1;
      continue;
    }
    // A start tag: its name, then its attributes up to the `>` outside any quoted value.
    let cursor = open + 1;
    while (cursor < html.length && !isSpace(html[cursor]) && html[cursor] !== '/' && html[cursor] !== '>') cursor++;
    const tagName = html.slice(open + 1, cursor).toLowerCase();
    if (tagName === 'style') replace(open + 1, cursor, `${SHEET_TAG} ${SHEET_MARK}`);
    while (cursor < html.length && html[cursor] !== '>') {
      if (isSpace(html[cursor]) || html[cursor] === '/') {
        cursor++;
        continue;
      }
      const nameStart = cursor;
      cursor++; // a name may begin with `=`, as the tokenizer allows
      while (cursor < html.length && !isSpace(html[cursor]) && !'/>='.includes(html[cursor] as string)) cursor++;
      const name = html.slice(nameStart, cursor);
      if (name.toLowerCase() === 'style') replace(nameStart, cursor, CLIPBOARD_STYLE_ATTRIBUTE);
      else if (/^on/i.test(name)) replace(nameStart, cursor, `${CLIPBOARD_HANDLER_PREFIX}${name}`);
      let afterName = cursor;
      while (isSpace(html[afterName])) afterName++;
      if (html[afterName] !== '=') continue;
      cursor = afterName + 1;
      while (isSpace(html[cursor])) cursor++;
      const quote = html[cursor];
      if (quote === '"' || quote === "'") {
        cursor = skipPast(quote, cursor + 1);
      } else {
        while (cursor < html.length && !isSpace(html[cursor]) && html[cursor] !== '>') cursor++;
      }
    }
    at = cursor + 1;
    if (tagName === 'plaintext') break; // the rest of the input is its text
    if (RAW_TEXT.has(tagName)) {
      const endTag = new RegExp(`</${tagName}`, 'gi');
      endTag.lastIndex = at;
      const end = endTag.exec(html)?.index;
      if (end === undefined) break;
      if (tagName === 'style') replace(end, end + '</style'.length, `</${SHEET_TAG}`);
      at = end;
    }
  }
  return out + html.slice(copiedUpTo);
}
