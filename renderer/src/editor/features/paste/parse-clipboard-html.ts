import { makeClipboardHtmlInert } from './inert-clipboard-html';

/**
 * Clipboard HTML parsed into a detached document. A document made by DOMParser has no browsing
 * context: its images are never fetched and its scripts never run, so Word's `file:///…/clip_image001.png`
 * and a page's tracking pixels stay unloaded while the cleaners read them. It does inherit the page's
 * Content-Security-Policy, so its inline styles are made inert first (see inert-clipboard-html.ts).
 */
export function parseClipboardHtml(html: string): Document {
  return new DOMParser().parseFromString(makeClipboardHtmlInert(html), 'text/html');
}
