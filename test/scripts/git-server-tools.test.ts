import { describe, expect, it } from 'vitest';
import {
  DEBIAN_GIT_HTTP_BACKEND,
  ensureGitHttpBackend,
  findGitHttpBackend,
  gitHttpBackendCandidates,
  NO_GIT_HTTP_BACKEND,
  type GitMachine,
  type RunOptions,
} from '../../scripts/git-server-tools.mjs';

const EXEC_PATH = '/opt/git/libexec/git-core';

/**
 * A machine made of a set of executable files and the exec path its git would print: nothing here looks
 * at this computer. Each command run is recorded; `installs` says which files an `apt-get install` leaves
 * behind (an install that leaves nothing fails).
 */
function fakeMachine(
  options: { files?: string[]; execPath?: string | null; uid?: number; platform?: string; installs?: string[] } = {},
) {
  const files = new Set(options.files ?? []);
  const ran: { command: string; args: string[]; options: RunOptions }[] = [];
  const lines: string[] = [];
  const machine: GitMachine = {
    env: { PATH: '/usr/local/bin:/usr/bin' },
    isExecutable: (file) => files.has(file),
    gitExecPath: () => (options.execPath === undefined ? null : options.execPath),
    run: (command, args, runOptions) => {
      ran.push({ command, args, options: runOptions });
      if (args[0] === 'update') return true;
      const made = options.installs ?? [];
      for (const file of made) files.add(file);
      return made.length > 0;
    },
    platform: options.platform ?? 'linux',
    uid: options.uid ?? 0,
    log: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) },
  };
  return { machine, ran, lines, commands: () => ran.map((r) => `${r.command} ${r.args.join(' ')}`) };
}

describe('gitHttpBackendCandidates', () => {
  it('looks beside the git on PATH first, then at Debian’s place', () => {
    const { machine } = fakeMachine({ execPath: EXEC_PATH });
    expect(gitHttpBackendCandidates(machine)).toEqual([`${EXEC_PATH}/git-http-backend`, DEBIAN_GIT_HTTP_BACKEND]);
  });

  it('names Debian’s place once when git’s exec path is that folder', () => {
    const { machine } = fakeMachine({ execPath: '/usr/lib/git-core' });
    expect(gitHttpBackendCandidates(machine)).toEqual([DEBIAN_GIT_HTTP_BACKEND]);
  });

  it('still looks at Debian’s place without a git on PATH', () => {
    expect(gitHttpBackendCandidates(fakeMachine().machine)).toEqual([DEBIAN_GIT_HTTP_BACKEND]);
  });
});

describe('findGitHttpBackend', () => {
  it('takes the first candidate that is executable', () => {
    const { machine } = fakeMachine({
      execPath: EXEC_PATH,
      files: [`${EXEC_PATH}/git-http-backend`, DEBIAN_GIT_HTTP_BACKEND],
    });
    expect(findGitHttpBackend(machine)).toBe(`${EXEC_PATH}/git-http-backend`);
  });

  it('falls back to Debian’s place', () => {
    const { machine } = fakeMachine({ execPath: EXEC_PATH, files: [DEBIAN_GIT_HTTP_BACKEND] });
    expect(findGitHttpBackend(machine)).toBe(DEBIAN_GIT_HTTP_BACKEND);
  });

  it('is null where neither is there', () => {
    expect(findGitHttpBackend(fakeMachine({ execPath: EXEC_PATH }).machine)).toBeNull();
  });
});

describe('ensureGitHttpBackend', () => {
  it('returns what is there without running anything', () => {
    const fake = fakeMachine({ files: [DEBIAN_GIT_HTTP_BACKEND, '/usr/bin/apt-get'] });
    expect(ensureGitHttpBackend(fake.machine)).toBe(DEBIAN_GIT_HTTP_BACKEND);
    expect(fake.ran).toEqual([]);
    expect(fake.lines).toEqual([]);
  });

  it('installs Debian’s git with apt-get as root, without prompts', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], installs: [DEBIAN_GIT_HTTP_BACKEND] });
    expect(ensureGitHttpBackend(fake.machine)).toBe(DEBIAN_GIT_HTTP_BACKEND);
    expect(fake.commands()).toEqual(['apt-get update -qq', 'apt-get install -y -qq --no-install-recommends git']);
    expect(fake.ran.every((r) => r.options.env.DEBIAN_FRONTEND === 'noninteractive')).toBe(true);
  });

  it.each([
    { why: 'not root', options: { uid: 1000 } },
    { why: 'no apt-get', options: { files: [] } },
    { why: 'not Linux', options: { platform: 'darwin' } },
  ])('installs nothing when $why, and says in one line what to install', ({ options }) => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], installs: [DEBIAN_GIT_HTTP_BACKEND], ...options });
    expect(ensureGitHttpBackend(fake.machine)).toBeNull();
    expect(fake.ran).toEqual([]);
    expect(fake.lines).toEqual([`error: ${NO_GIT_HTTP_BACKEND}`]);
  });

  it('says what to install when apt-get ran but left no backend', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'] });
    expect(ensureGitHttpBackend(fake.machine)).toBeNull();
    expect(fake.lines.filter((line) => line.startsWith('error: '))).toEqual([`error: ${NO_GIT_HTTP_BACKEND}`]);
  });

  it('words its one line in Ukrainian with the command to run', () => {
    expect(NO_GIT_HTTP_BACKEND).not.toContain('\n');
    expect(NO_GIT_HTTP_BACKEND).toContain('apt-get install git');
    expect(NO_GIT_HTTP_BACKEND).toMatch(/[а-яіїєґ]/);
  });
});
