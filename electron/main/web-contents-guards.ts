import { app, shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from './external-links';
import { decideNavigation, isAllowedRedirect } from './navigation';

/**
 * Applied to every webContents the app ever creates (windows, devtools, frames' hosts), so no code
 * path can open a window or navigate away without passing these checks.
 */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}

function guardWebContents(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.on('will-navigate', (event) => {
    const decision = decideNavigation(event.url);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-external') openExternal(event.url);
  });

  contents.on('will-redirect', (event) => {
    if (!isAllowedRedirect(event.url)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

function openExternal(url: string): void {
  shell.openExternal(url).catch((error: unknown) => {
    console.warn(`Could not open the link in an external app: ${url}`, error);
  });
}
