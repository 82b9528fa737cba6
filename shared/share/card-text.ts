import { teaser } from '../text/teaser';
import { ELLIPSIS } from '../text/typography/chars';
import { GOOGLE_TITLE_FONT } from './google-title-widths';
import { GOOGLE_TITLE_FONT_SIZE_PX, SHARE_LIMITS } from './limits';
import { textWidth } from './text-width';

/**
 * The text each card shows, cut where its platform cuts it (UKRAINIAN.md §5): Facebook's og:title at about
 * 60 characters, X's title at 70, Google's title at 600 px of Arial 20px and its snippet at about 156
 * characters. Each cut ends at a whole word with «…», as the platforms do.
 */

/** The og:title as Facebook's card shows it on a phone. */
export const facebookCardTitle = (title: string): string => teaser(title, SHARE_LIMITS.shareTitle.max);

/** The X card's title. */
export const xCardTitle = (title: string): string => teaser(title, SHARE_LIMITS.xTitle.max);

/** Google's snippet under the title. */
export const googleSnippet = (description: string): string => teaser(description, SHARE_LIMITS.seoDescription.max);

const BREAK = /[ \t\r\n]/;
const TRAILING_JOINERS = /[\s,;:\u2014\u2013-]+$/u;
const titleWidth = (text: string) => textWidth(text, GOOGLE_TITLE_FONT, GOOGLE_TITLE_FONT_SIZE_PX);

/**
 * Google's result title: the whole title when it fits in `maxPx`, else the most whole words that fit together
 * with «…» (one long word is cut within it). Measured with the same table as the title's counter.
 */
export function googleTitle(title: string, maxPx: number = SHARE_LIMITS.seoTitle.max): string {
  const text = title
    .normalize('NFC')
    .replace(/[ \t\r\n]+/g, ' ')
    .trim();
  if (titleWidth(text) <= maxPx) return text;
  const room = maxPx - titleWidth(ELLIPSIS);
  const chars = [...text];
  // The longest prefix that fits, then back to the last word boundary inside it.
  let fits = 0;
  let width = 0;
  for (const char of chars) {
    width += titleWidth(char);
    if (width > room) break;
    fits += 1;
  }
  let cut = fits;
  while (cut > 0 && !BREAK.test(chars[cut] ?? '')) cut -= 1;
  const words = chars.slice(0, cut).join('').replace(TRAILING_JOINERS, '');
  return (words || chars.slice(0, fits).join('')) + ELLIPSIS;
}

/** The host of an address (`example.com.ua`, without `www.`), or '' for a relative one. */
export function siteDomain(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Google's address line: `https://example.com.ua › rubric › slug`; '' for a relative address. */
export function googleBreadcrumb(url: string): string {
  try {
    const { origin, pathname } = new URL(url);
    const segments = pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => {
        try {
          return decodeURIComponent(segment);
        } catch {
          return segment;
        }
      });
    return [origin, ...segments].join(' › ');
  } catch {
    return '';
  }
}
