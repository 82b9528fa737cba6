import { app, shell } from 'electron';
import { guardWebContents } from './contents-guards';
import { isSafeExternalUrl } from './external-links';

/**
 * Applied to every webContents the app ever creates (windows, devtools, frames' hosts), so no code
 * path can open a window or navigate away without passing these checks (contents-guards.ts).
 */
export function guardAllWebContents(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, openExternal));
}

/** Checked again right here, at the one door to the OS: a future caller cannot skip the scheme check. */
function openExternal(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => {
    console.warn(`Could not open the link in an external app: ${url}`, error);
  });
}
