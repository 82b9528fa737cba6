// Finds the system Chromium the end-to-end tests and benchmarks drive, and on a fresh Debian machine
// installs it from Debian's packages: nothing here downloads a browser build of its own, which the
// machines this project is built on cannot reach.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

/** Where Chromium is looked for: CHROMIUM_PATH first, then the usual system paths. */
export function chromiumCandidates(env = process.env) {
  const given = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : [];
  return [...given, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
}

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The first executable candidate, or null. CHROMIUM_PATH, when set, is the only one accepted. */
export function findChromium(env = process.env, executable = isExecutable) {
  const candidates = env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : chromiumCandidates(env);
  return candidates.find((file) => executable(file)) ?? null;
}

/** Whether this machine can install Debian's chromium by itself: Linux, root, apt-get present. */
export function canInstallWithApt(platform = process.platform, uid = process.getuid?.(), executable = isExecutable) {
  return platform === 'linux' && uid === 0 && executable('/usr/bin/apt-get');
}

/**
 * Chromium's path, installing Debian's package first where it is missing and the machine allows it.
 * Returns null (after saying why) when there is no browser and none can be installed.
 */
export function ensureChromium(log = console) {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROMIUM_PATH) {
    log.error(`Chromium не знайдено за шляхом CHROMIUM_PATH=${process.env.CHROMIUM_PATH}.`);
    return null;
  }
  if (!canInstallWithApt()) {
    log.error(
      'Chromium не знайдено. Встановіть системний Chromium (Debian/Ubuntu: apt-get install chromium) ' +
        'або вкажіть шлях у CHROMIUM_PATH.',
    );
    return null;
  }
  log.log('Chromium не знайдено: встановлюємо пакет chromium з репозиторію Debian…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      log.error(`apt-get ${args[0]} завершився з кодом ${result.status}; Chromium не встановлено.`);
      return null;
    }
  }
  return findChromium();
}
