import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../test/support/chromium';

export { chromiumPath };

export function chromiumAvailable(path = chromiumPath()): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Playwright gives the browser a fresh temporary profile and deletes it on close. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

export const VIEWPORT = { width: 1280, height: 800 };
