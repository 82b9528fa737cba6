import { isAppUrl } from './app-url';
import { isSafeExternalUrl } from './external-links';

export type NavigationDecision = 'allow' | 'open-external' | 'deny';

/**
 * What to do when the window is about to leave its page: stay only within app://shpalta; a link to
 * the web or an e-mail address goes to the system browser or mail client; anything else is refused.
 */
export function decideNavigation(url: string): NavigationDecision {
  if (isAppUrl(url)) return 'allow';
  if (isSafeExternalUrl(url)) return 'open-external';
  return 'deny';
}

/** Redirects are never followed outside the app, not even to the browser. */
export function isAllowedRedirect(url: string): boolean {
  return isAppUrl(url);
}
