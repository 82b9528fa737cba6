// The Chromium that the end-to-end tests and benchmarks drive: found, or got, before anything else runs, so a
// machine without a browser learns so in seconds, with one line saying what to do. The same for a newcomer's
// `npm test` and for CI (.ci/run runs that command too).
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { aptInstall, canInstallWithApt, isExecutable, onPath, run } from './preflight-machine.mjs';

export { canInstallWithApt };

/** The system's Chromium (or Chrome) goes by one of these names on PATH. */
export const SYSTEM_CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome'];

/** Said, on one line, when there is no browser and none could be installed. */
export const NO_CHROMIUM =
  'Chromium не знайдено й не вдалося встановити: виконайте «sudo apt-get install chromium» (Debian/Ubuntu) ' +
  'або «npx playwright install chromium», або вкажіть шлях до браузера в CHROMIUM_PATH.';

/**
 * @typedef {import('./preflight-machine.mjs').RunOptions} RunOptions
 */

/**
 * What the preflight reads and runs. The defaults are this machine; tests pass their own.
 * @typedef {object} Machine
 * @property {Record<string, string | undefined>} env
 * @property {(file: string) => boolean} isExecutable
 * @property {() => string | null} playwrightChromium where Playwright's own Chromium is or would be installed
 * @property {(command: string, args: string[], options: RunOptions) => boolean} run  true when it exited with 0
 * @property {string} platform
 * @property {number | undefined} uid
 * @property {Pick<Console, 'log' | 'error'>} log
 */

function playwrightChromium() {
  try {
    return chromium.executablePath();
  } catch {
    return null; // no build of Playwright's Chromium for this platform
  }
}

/** This machine, with any part replaced. */
export function thisMachine(overrides = {}) {
  return {
    env: process.env,
    isExecutable,
    playwrightChromium,
    run,
    platform: process.platform,
    uid: process.getuid?.(),
    log: console,
    ...overrides,
  };
}

/**
 * Where Chromium is looked for, in order: CHROMIUM_PATH alone when it is set (a path given on purpose is not
 * second-guessed); otherwise the system's browser on PATH, then Playwright's own where one was installed.
 */
export function chromiumCandidates(machine = thisMachine()) {
  const { env } = machine;
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH];
  const system = SYSTEM_CHROMIUM_NAMES.flatMap((name) => onPath(env, name));
  const own = machine.playwrightChromium();
  return own ? [...system, own] : system;
}

/** The first candidate that is an executable file, or null. */
export function findChromium(machine = thisMachine()) {
  return chromiumCandidates(machine).find((file) => machine.isExecutable(file)) ?? null;
}

function installWithApt(machine) {
  machine.log.log('Chromium не знайдено: встановлюємо пакет chromium через apt-get…');
  return aptInstall(machine, ['chromium', 'fonts-dejavu-core']);
}

const PLAYWRIGHT_CLI = path.join(
  path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')),
  'cli.js',
);

/**
 * `playwright install chromium`, giving up after ten seconds without a connection: where its download host
 * cannot be reached (a closed network), the preflight falls through at once instead of hanging.
 */
function installWithPlaywright(machine) {
  machine.log.log('Chromium не знайдено: пробуємо завантажити Chromium Playwright…');
  const env = { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '10000', ...machine.env };
  return machine.run(process.execPath, [PLAYWRIGHT_CLI, 'install', 'chromium'], { env, quiet: true });
}

/**
 * Chromium's path, installed first where it is missing and the machine allows it (apt-get as root on Linux,
 * then Playwright's download). Returns null after saying, on one line, what to run.
 */
export function ensureChromium(machine = thisMachine()) {
  const found = findChromium(machine);
  if (found) return found;
  if (machine.env.CHROMIUM_PATH) {
    machine.log.error(`Chromium не знайдено за шляхом CHROMIUM_PATH=${machine.env.CHROMIUM_PATH}: виправте шлях.`);
    return null;
  }
  for (const install of [canInstallWithApt(machine) ? installWithApt : null, installWithPlaywright]) {
    if (!install || !install(machine)) continue;
    const installed = findChromium(machine);
    if (installed) return installed;
  }
  machine.log.error(NO_CHROMIUM);
  return null;
}
