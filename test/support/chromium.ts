/**
 * The system Chromium for end-to-end tests and benchmarks: Debian's `/usr/bin/chromium`, or
 * CHROMIUM_PATH. Nothing in this repository ever downloads a browser.
 */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
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
