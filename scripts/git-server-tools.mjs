// Git's server side for the newsroom tests and benchmarks: a loopback server runs `git http-backend` per
// request with the shipped update hook (test/fixtures/newsroom-server.ts). Found, or installed, before
// anything else runs, so a machine without it learns so in seconds, with one line saying what to do.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { aptInstall, canInstallWithApt, isExecutable, run } from './preflight-machine.mjs';

/** Where Debian's (and Ubuntu's) git package puts the CGI program. */
export const DEBIAN_GIT_HTTP_BACKEND = '/usr/lib/git-core/git-http-backend';

/** Said, on one line, when there is no git http-backend and none could be installed. */
export const NO_GIT_HTTP_BACKEND =
  'Git із «git http-backend» не знайдено й не вдалося встановити: виконайте «sudo apt-get install git» ' +
  '(Debian/Ubuntu) або встановіть Git зі сторінки git-scm.com.';

/**
 * @typedef {import('./preflight-machine.mjs').RunOptions} RunOptions
 */

/**
 * What the preflight reads and runs. The defaults are this machine; tests pass their own.
 * @typedef {object} GitMachine
 * @property {Record<string, string | undefined>} env
 * @property {(file: string) => boolean} isExecutable
 * @property {() => string | null} gitExecPath  what `git --exec-path` prints, or null without a git
 * @property {(command: string, args: string[], options: RunOptions) => boolean} run  true when it exited with 0
 * @property {string} platform
 * @property {number | undefined} uid
 * @property {Pick<Console, 'log' | 'error'>} log
 */

function gitExecPath() {
  const result = spawnSync('git', ['--exec-path'], { encoding: 'utf8' });
  const printed = result.status === 0 ? result.stdout.trim() : '';
  return printed === '' ? null : printed;
}

/** This machine, with any part replaced. */
export function thisGitMachine(overrides = {}) {
  return {
    env: process.env,
    isExecutable,
    gitExecPath,
    run,
    platform: process.platform,
    uid: process.getuid?.(),
    log: console,
    ...overrides,
  };
}

/**
 * Where git-http-backend is looked for, in order: beside the git on PATH (the one the hook's `git` calls
 * run), then Debian's fixed place.
 */
export function gitHttpBackendCandidates(machine = thisGitMachine()) {
  const execPath = machine.gitExecPath();
  const besideGit = execPath ? [path.join(execPath, 'git-http-backend')] : [];
  return [...new Set([...besideGit, DEBIAN_GIT_HTTP_BACKEND])];
}

/** The first candidate that is an executable file, or null. */
export function findGitHttpBackend(machine = thisGitMachine()) {
  return gitHttpBackendCandidates(machine).find((file) => machine.isExecutable(file)) ?? null;
}

function installWithApt(machine) {
  machine.log.log('Git не знайдено: встановлюємо пакет git через apt-get…');
  return aptInstall(machine, ['git']);
}

/**
 * The path of git-http-backend, with Debian's git installed first where it is missing and the machine allows
 * it (apt-get as root on Linux, as CI runs). Returns null after saying, on one line, what to install.
 */
export function ensureGitHttpBackend(machine = thisGitMachine()) {
  const found = findGitHttpBackend(machine);
  if (found) return found;
  if (canInstallWithApt(machine) && installWithApt(machine)) {
    const installed = findGitHttpBackend(machine);
    if (installed) return installed;
  }
  machine.log.error(NO_GIT_HTTP_BACKEND);
  return null;
}
