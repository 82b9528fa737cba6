/**
 * Where a URL found in running text ends. Text scanners such as linkifyjs carry a link on through `"`,
 * `<` and `>`, so an embed code pasted as text (`<a href="https://…">https://…</a>`) became one long link.
 * None of these characters can stand in a URL (RFC 3986 has them percent-encoded), so a link stops there;
 * then the punctuation of the sentence around it is given back, by the rules chat apps and GitHub follow.
 */

/** Characters that never stand in a URL as typed: whitespace (no-break space too), quotes, angle brackets. */
const HARD_STOP = /[\s"<>`]/u;

/** What ends a sentence or a quotation, when it is the last character of a URL: `https://example.com.` */
const TRAILING = new Set([...".,;:!?'*…»«”“’‘„"]);

/** A closing bracket belongs to the URL only when the URL opened it: `…/wiki/Київ_(значення)`. */
const OPENING_FOR: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, char: string): number {
  let found = 0;
  for (const c of text) if (c === char) found += 1;
  return found;
}

/** The offset just past the URL that starts at `start` in `text`. */
export function urlEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !HARD_STOP.test(text.charAt(end))) end += 1;
  while (end > start) {
    const last = text.charAt(end - 1);
    const opening = OPENING_FOR[last];
    if (opening !== undefined) {
      const url = text.slice(start, end);
      if (count(url, opening) >= count(url, last)) break;
    } else if (!TRAILING.has(last)) {
      break;
    }
    end -= 1;
  }
  return end;
}
