import { safeLinkHref } from '../../../../../shared/security/safe-url';
import { urlEnd } from './url-end';

/** A web or mail address found in text, and the href a link to it stores. */
export interface FoundUrl {
  /** Offset of its first character in the searched text. */
  index: number;
  /** The address as the text spells it. */
  text: string;
  /** The address as the safety check parsed it (`URL.href`): what the link keeps, never the raw text. */
  href: string;
}

/**
 * Only addresses written with their scheme are links: a bare `Forbes.ua` in a sentence is a name. The
 * scheme must start a word (`xhttps://` is not one).
 */
const SCHEME = /(?<![\p{L}\p{N}+.-])(?:https?:\/\/|mailto:)/giu;

/** A web address needs a host with a dot (not `https://news`), a mail address someone to write to. */
function isLinkable(href: string): boolean {
  const url = new URL(href);
  if (url.protocol === 'mailto:') return url.pathname.includes('@');
  return url.hostname.includes('.');
}

/** Every address in `text` that may become a link, in order, each ending where a URL can end (url-end.ts). */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  let scanned = 0;
  for (const match of text.matchAll(SCHEME)) {
    const index = match.index;
    // A scheme inside an address already read (`…?next=https://…`) is part of that address.
    if (index < scanned) continue;
    const end = urlEnd(text, index);
    scanned = end;
    const spelled = text.slice(index, end);
    const href = safeLinkHref(spelled);
    if (href && isLinkable(href)) found.push({ index, text: spelled, href });
  }
  return found;
}
