import { safeExternalUrl } from './external-links';
import { decideNavigation, isAllowedRedirect } from './navigation';

/** What a guard is told of a navigation, a redirect or a webview: the part of Electron's event it reads. */
export interface GuardedEvent {
  preventDefault(): void;
}

/**
 * The part of a webContents the guards use, so they run on a recorded stand-in in the unit tests: the
 * same functions, with no Electron loaded.
 */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: GuardedEvent & { url: string }) => void): unknown;
  on(event: 'will-redirect', listener: (event: GuardedEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: GuardedEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * Applied to every webContents the app creates: it never leaves app://shpalta, never follows a redirect
 * elsewhere, never attaches a webview and never opens a window of its own. A web or mail link goes to
 * `openExternal` (the system's browser or mail client) only as safeExternalUrl parsed it.
 */
export function guardWebContents(contents: GuardableContents, openExternal: (url: string) => void): void {
  const openOutside = (url: string) => {
    const safe = safeExternalUrl(url);
    if (safe !== null) openExternal(safe);
  };

  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openOutside(event.url);
  });

  contents.on('will-redirect', (event) => {
    if (!isAllowedRedirect(event.url)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}
