import { attributes, escapeText } from './html';
import { PAGE_WORDS } from './page-words';

/** The networks of the `Поділитися:` bar, in the reference page's order. */
export const SHARE_NETWORKS = ['facebook', 'telegram', 'x', 'viber', 'linkedin'] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

const NAMES: Record<ShareNetwork, string> = {
  facebook: 'Facebook',
  telegram: 'Telegram',
  x: 'X',
  viber: 'Viber',
  linkedin: 'LinkedIn',
};

/**
 * Each network's own share address for a page: plain links, no third-party script or button widget, so the
 * page tells no network who read it until the reader chooses to share.
 */
export function shareUrl(network: ShareNetwork, pageUrl: string, title: string): string {
  const url = encodeURIComponent(pageUrl);
  const text = encodeURIComponent(title);
  switch (network) {
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${url}`;
    case 'telegram':
      return `https://t.me/share/url?url=${url}&text=${text}`;
    case 'x':
      return `https://x.com/intent/post?url=${url}&text=${text}`;
    case 'viber':
      return `viber://forward?text=${encodeURIComponent(`${title} ${pageUrl}`)}`;
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${url}`;
  }
}

/** `Поділитися:` and a link per network. */
export function shareBarHtml(pageUrl: string, title: string): string {
  const links = SHARE_NETWORKS.map(
    (network) =>
      `<li><a${attributes({ href: shareUrl(network, pageUrl, title), rel: 'noopener nofollow', target: '_blank', class: `share-${network}` })}>${escapeText(NAMES[network])}</a></li>`,
  );
  return `<nav${attributes({ class: 'share', 'aria-label': PAGE_WORDS.share.replace(/:$/, '') })}><span class="share-label">${escapeText(PAGE_WORDS.share)}</span><ul>${links.join('')}</ul></nav>`;
}
