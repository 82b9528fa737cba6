import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createNewsroomRepository, serverGitEnv, SHIPPED_UPDATE_HOOK } from '../fixtures/newsroom-repo';
import { useTempDirs } from '../fixtures/temp-dir';

/**
 * The hook as plain POSIX sh: it parses, and it runs under dash (Debian's /bin/sh, stricter than bash) when
 * dash is there. Called directly, as receive-pack calls it, on a repository holding only the seed commit.
 */

const ZERO = '0'.repeat(40);
const hasDash = spawnSync('dash', ['-c', 'exit 0']).status === 0;

describe('update hook as a shell script', () => {
  const tempDir = useTempDirs('shpalta-hook-sh-');

  it('parses with sh -n', () => {
    const result = spawnSync('sh', ['-n', SHIPPED_UPDATE_HOOK], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('starts with a POSIX sh shebang', async () => {
    expect((await readFile(SHIPPED_UPDATE_HOOK, 'utf8')).split('\n')[0]).toBe('#!/bin/sh');
  });

  it.runIf(hasDash)('decides under dash as it does over HTTP', async () => {
    const root = await tempDir();
    const { repoDir, seedOid } = await createNewsroomRepository({
      root,
      editors: ['ed', 'chief.editor'],
      seed: { files: { 'outlet.json': '{}' }, author: { name: 'Адмін', email: 'admin' } },
    });
    const seed = seedOid ?? '';
    const run = (user: string | undefined, ref: string, oldOid: string, newOid: string) => {
      const env = { ...serverGitEnv(root), GIT_DIR: repoDir, ...(user === undefined ? {} : { REMOTE_USER: user }) };
      const result = spawnSync('dash', [SHIPPED_UPDATE_HOOK, ref, oldOid, newOid], {
        cwd: repoDir,
        env,
        encoding: 'utf8',
      });
      if (result.status === 0) return result.stderr === '' ? 'accepted' : `accepted, yet said: ${result.stderr}`;
      const lines = result.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      return /^shpalta: refused ([a-z-]+) \S/.exec(lines[0] ?? '')?.[1] ?? `unparsed: ${result.stderr}`;
    };
    const longest = `a${'b'.repeat(62)}`;

    expect(run(undefined, 'refs/heads/j/ann', ZERO, seed)).toBe('no-user');
    expect(run('', 'refs/heads/j/ann', ZERO, seed)).toBe('no-user');
    expect(run('ann', 'refs/heads/j/ann', ZERO, seed)).toBe('accepted');
    expect(run('ann', 'refs/heads/desk', seed, seed)).toBe('desk-editors-only');
    expect(run('chief.editor', 'refs/heads/desk', seed, seed)).toBe('accepted');
    expect(run('ed', 'refs/heads/j/ann', ZERO, seed)).toBe('accepted');
    expect(run('bob', 'refs/heads/j/ann', ZERO, seed)).toBe('not-your-ref');
    expect(run('ann', 'refs/tags/v1', ZERO, seed)).toBe('unknown-ref');
    expect(run('ann', 'refs/heads/j/ann', seed, ZERO)).toBe('no-delete');
    expect(run('ann', 'refs/heads/j/ann', ZERO, '1'.repeat(40))).toBe('no-force');
    expect(run(longest, `refs/heads/j/${longest}`, ZERO, seed)).toBe('accepted');
    expect(run(`${longest}c`, `refs/heads/j/${longest}c`, ZERO, seed)).toBe('bad-login');
    expect(run('ed', `refs/heads/j/${longest}c`, ZERO, seed)).toBe('bad-login');
    for (const login of ['Ann', '.ann', '-ann', 'анна', 'ann ed', 'ann*', 'ann/x']) {
      expect(run(login, `refs/heads/j/ann`, ZERO, seed), login).toBe('bad-login');
    }
    // A glob in the editors' list is a login like any other, never a pattern.
    spawnSync('git', ['config', '--add', 'shpalta.editor', '*'], { cwd: repoDir, env: serverGitEnv(root) });
    expect(run('ann', 'refs/heads/desk', seed, seed)).toBe('desk-editors-only');
  });
});
