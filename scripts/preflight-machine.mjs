// What the preflights (chromium.mjs, git-server-tools.mjs) share: how they look at this machine and how they
// install a Debian package on it. Each preflight takes a machine object so that its tests can pass a fake one.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/**
 * @typedef {{ env: Record<string, string | undefined>, quiet?: boolean }} RunOptions
 */

export function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** @param {RunOptions} options quiet: its output is dropped, so a failure ends in the preflight's one line */
export function run(command, args, { env, quiet = false }) {
  const result = spawnSync(command, args, { stdio: quiet ? 'ignore' : 'inherit', env });
  return result.status === 0;
}

/** `name` in each folder of PATH, in PATH's order. */
export function onPath(env, name) {
  return (env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name));
}

/** Whether this machine can install Debian packages by itself: Linux, root, apt-get on PATH. */
export function canInstallWithApt(machine) {
  return (
    machine.platform === 'linux' &&
    machine.uid === 0 &&
    onPath(machine.env, 'apt-get').some((file) => machine.isExecutable(file))
  );
}

/** `apt-get update`, then the packages without recommends or prompts; true when both succeeded. */
export function aptInstall(machine, packages) {
  const env = { ...machine.env, DEBIAN_FRONTEND: 'noninteractive' };
  return (
    machine.run('apt-get', ['update', '-qq'], { env }) &&
    machine.run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { env })
  );
}
