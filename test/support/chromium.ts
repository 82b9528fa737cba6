import { findChromium } from '../../scripts/chromium.mjs';

/**
 * The Chromium that end-to-end tests and benchmarks drive: the one `npm test` and `npm run bench` found and
 * put in CHROMIUM_PATH, or, when Playwright is run by itself, the same search (CHROMIUM_PATH, the system's
 * browser on PATH, Playwright's own). Where there is none, Playwright's error names Debian's usual path.
 */
export function chromiumPath(): string {
  return findChromium() ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Flags for a closed network: without them Chromium keeps calling home and gets refused. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
