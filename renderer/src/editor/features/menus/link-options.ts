import type { StarterKitOptions } from '@tiptap/starter-kit';
import { safeLinkHref } from '../../../../../shared/security/safe-url';

type LinkOptions = Exclude<StarterKitOptions['link'], false>;

/** Whether a link's address passes the project's one scheme allowlist (http, https, mailto, tel). */
const isSafeHref = (url: string) => safeLinkHref(url) !== null;

/**
 * StarterKit's link, made safe and quiet for a news body. Every way a link can come in (setLink, pasted
 * HTML, Markdown-style rules) goes through `isAllowedUri`, so `javascript:`, `data:` or `file:` never
 * become a link; `renderHTML` blanks any such href found in old content. Typed and pasted addresses are
 * linked by AutoLink (auto-link.ts), not by TipTap's finder. Links do not open on click while editing.
 */
export const LINK_OPTIONS = {
  openOnClick: false,
  autolink: true,
  defaultProtocol: 'https',
  // No schemes beyond linkify's own; safety comes from isAllowedUri, not from this list.
  protocols: [],
  isAllowedUri: isSafeHref,
  // TipTap's finder (linkifyjs) runs a link on through `"` and `<`: it links nothing (AutoLink does), and
  // `autolink` stays on for the rest of its plugin: a link grows as typed at its end, but not by a space.
  shouldAutoLink: () => false,
  linkOnPaste: false,
} satisfies Partial<LinkOptions>;
