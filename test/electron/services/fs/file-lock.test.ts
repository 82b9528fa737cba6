import { spawn } from 'node:child_process';
import { readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { withFileLock } from '../../../../electron/services/fs/file-lock';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';

/** The pid of a process that has ended: what a SIGKILLed holder leaves in its lock. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('close', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

const holder = (pid: number, host: string) => JSON.stringify({ pid, host, takenAt: '', token: 'someone-else' });

describe('withFileLock', () => {
  const tempDir = useTempDirs('shpalta-lock-');

  it('holds the lock file while the work runs and removes it after', async () => {
    const lock = path.join(await tempDir(), '.article.json.lock');
    const seen = await withFileLock(lock, () => readFile(lock, 'utf8'));
    expect(JSON.parse(seen)).toMatchObject({ pid: process.pid, host: os.hostname() });
    await expect(readFile(lock)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('takes over at once a lock whose holder on this machine is dead (a SIGKILL mid-save)', async () => {
    const lock = path.join(await tempDir(), '.article.json.lock');
    await writeFile(lock, holder(await deadPid(), os.hostname()));
    expect(await withFileLock(lock, async () => 'ran', { timeoutMs: 60_000 })).toBe('ran');
  });

  it('takes over a lock of another machine once it is older than the stale age, and an unnamed one', async () => {
    const dir = await tempDir();
    const old = new Date(Date.now() - 120_000);
    const foreign = path.join(dir, 'foreign.lock');
    await writeFile(foreign, holder(1, 'another-machine'));
    await utimes(foreign, old, old);
    const unnamed = path.join(dir, 'unnamed.lock');
    await writeFile(unnamed, '');
    await utimes(unnamed, old, old);
    expect(await withFileLock(foreign, async () => 'foreign', { timeoutMs: 60_000 })).toBe('foreign');
    expect(await withFileLock(unnamed, async () => 'unnamed', { timeoutMs: 60_000 })).toBe('unnamed');
  });

  it('waits for a live holder, and runs as soon as the lock is released', async () => {
    const lock = path.join(await tempDir(), '.article.json.lock');
    await writeFile(lock, holder(process.pid, 'another-machine'));
    const faulty = new FaultyFileSystem();
    let ran = false;
    const locked = withFileLock(
      lock,
      async () => {
        ran = true;
      },
      { fs: faulty.fs, timeoutMs: 60_000 },
    );
    // The positive signal that it waits: it has looked at the held lock twice (it polls).
    await expect.poll(() => faulty.calls.filter((c) => c.operation === 'readFile').length).toBeGreaterThan(1);
    expect(ran).toBe(false);
    await rm(lock);
    await locked;
    expect(ran).toBe(true);
  });

  it('gives up on a live holder after the timeout with a busy error', async () => {
    const lock = path.join(await tempDir(), '.article.json.lock');
    await writeFile(lock, holder(process.pid, os.hostname()));
    await expect(withFileLock(lock, async () => 'never', { timeoutMs: 0 })).rejects.toMatchObject({
      code: 'io-error',
      reason: { key: 'error.article.locked' },
      message: expect.stringMatching(/Another window or computer/),
    });
  });
});
