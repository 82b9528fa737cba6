// A real WordPress for the publishing tests and the `publish.wordpress.one` benchmark: Debian's `wordpress`
// served by PHP's built-in server over MariaDB, all on 127.0.0.1 (test/fixtures/wordpress-server.ts starts
// them). Found, or installed, before anything else runs, so a machine without them learns so in seconds,
// with one line saying what to do: the WordPress tests are required, never skipped.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { aptInstall, canInstallWithApt, isExecutable, onPath, run } from './preflight-machine.mjs';

/** Debian's packages: WordPress 6.1, its default theme, PHP's command line with MySQL support, MariaDB. */
export const WORDPRESS_PACKAGES = [
  'wordpress',
  'wordpress-theme-twentytwentythree',
  'php-cli',
  'php-mysql',
  'mariadb-server',
];

/**
 * The tests that need the real WordPress. Where it cannot be had at all (macOS, Windows, a runner without root
 * and without the packages), `npm test` leaves exactly these out, says so, and sets SHPALTA_NO_WORDPRESS; a
 * machine that could install them and did not fails instead (vitest.config.ts, playwright.config.ts).
 */
export const WORDPRESS_TEST_FILES = [
  'test/electron/services/publishing/wordpress/wordpress-target.test.ts',
  'test/electron/services/publishing/wordpress/wordpress-faults.test.ts',
  'test/electron/services/publishing/wordpress/wordpress-fixture.test.ts',
  'test/electron/services/publishing/publishing-service.test.ts',
];
export const WORDPRESS_E2E_SPECS = ['publishing.spec.ts'];

/** Said when the WordPress tests are left out on a machine that cannot have Debian's WordPress. */
export const WORDPRESS_TESTS_LEFT_OUT =
  'WordPress тут неможливий (не Debian/Ubuntu або немає прав root): тести публікації у WordPress пропущено. ' +
  'На Linux із правами root вони обов’язкові.';

/** Where Debian's `wordpress` package puts the site. */
export const DEBIAN_WORDPRESS_DIR = '/usr/share/wordpress';
const WORDPRESS_THEME = 'wp-content/themes/twentytwentythree/style.css';

/** Said, on one line, when the tools are missing and cannot be installed. */
export const NO_WORDPRESS_TOOLS =
  'WordPress для тестів публікації не знайдено й не вдалося встановити: виконайте «sudo apt-get install ' +
  `--no-install-recommends ${WORDPRESS_PACKAGES.join(' ')}» (Debian/Ubuntu).`;

/**
 * @typedef {import('./preflight-machine.mjs').RunOptions} RunOptions
 */

/**
 * What the preflight reads and runs. The defaults are this machine; tests pass their own.
 * @typedef {object} WordPressMachine
 * @property {Record<string, string | undefined>} env
 * @property {(file: string) => boolean} isExecutable
 * @property {(file: string) => boolean} exists
 * @property {(php: string) => boolean} phpHasMysqli  whether that PHP loads the mysqli extension
 * @property {(command: string, args: string[], options: RunOptions) => boolean} run  true when it exited with 0
 * @property {string} platform
 * @property {number | undefined} uid
 * @property {Pick<Console, 'log' | 'error'>} log
 */

/**
 * Where each tool was found.
 * @typedef {object} WordPressTools
 * @property {string} wordpress  the site's folder (Debian's /usr/share/wordpress)
 * @property {string} php
 * @property {string} mariadbd
 * @property {string} installDb  mariadb-install-db
 * @property {string} client  the `mariadb` command-line client
 */

function phpHasMysqli(php) {
  const result = spawnSync(php, ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);'], { stdio: 'ignore' });
  return result.status === 0;
}

/** This machine, with any part replaced. */
export function thisWordPressMachine(overrides = {}) {
  return {
    env: process.env,
    isExecutable,
    exists: existsSync,
    phpHasMysqli,
    run,
    platform: process.platform,
    uid: process.getuid?.(),
    log: console,
    ...overrides,
  };
}

/** The first executable `name` on PATH or in the given fixed folders (mariadbd lives in /usr/sbin). */
function findProgram(machine, name, fixed = []) {
  const candidates = [...onPath(machine.env, name), ...fixed.map((dir) => `${dir}/${name}`)];
  return [...new Set(candidates)].find((file) => machine.isExecutable(file)) ?? null;
}

/** Every tool, or null when any is missing (a PHP without mysqli counts as missing). */
export function findWordPressTools(machine = thisWordPressMachine()) {
  const wordpress = DEBIAN_WORDPRESS_DIR;
  const siteThere = machine.exists(`${wordpress}/wp-load.php`) && machine.exists(`${wordpress}/${WORDPRESS_THEME}`);
  const php = findProgram(machine, 'php', ['/usr/bin']);
  const mariadbd = findProgram(machine, 'mariadbd', ['/usr/sbin']);
  const installDb = findProgram(machine, 'mariadb-install-db', ['/usr/bin']);
  const client = findProgram(machine, 'mariadb', ['/usr/bin']);
  if (!siteThere || !php || !mariadbd || !installDb || !client) return null;
  if (!machine.phpHasMysqli(php)) return null;
  return { wordpress, php, mariadbd, installDb, client };
}

/**
 * The tools, with Debian's packages installed first where something is missing and the machine allows it
 * (apt-get as root on Linux, as CI runs; apt starts no service). Returns null after saying, on one line,
 * what to install.
 */
/**
 * Whether missing tools are a failure: where this machine could install them itself (root with apt), or where
 * its runner installed them beforehand and says so with SHPALTA_WORDPRESS=required (GitHub's Linux runners, which
 * have sudo but do not run as root).
 */
export function wordpressRequired(machine = thisWordPressMachine()) {
  return machine.env.SHPALTA_WORDPRESS === 'required' || canInstallWithApt(machine);
}

export function ensureWordPressTools(machine = thisWordPressMachine()) {
  const found = findWordPressTools(machine);
  if (found) return found;
  if (canInstallWithApt(machine)) {
    machine.log.log(`WordPress для тестів не знайдено: встановлюємо ${WORDPRESS_PACKAGES.join(' ')} через apt-get…`);
    if (aptInstall(machine, WORDPRESS_PACKAGES)) {
      const installed = findWordPressTools(machine);
      if (installed) return installed;
    }
  }
  machine.log.error(NO_WORDPRESS_TOOLS);
  return null;
}
