import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { nodeFileSystem, type FileSystem } from './file-system';
import { isCode } from './io-error';
import { KeyedQueue } from './keyed-queue';

/** What a lock file holds: who took it, so that a lock left by a dead process can be told apart. */
export interface LockHolder {
  pid: number;
  host: string;
  takenAt: string;
  /** Tells this taking of the lock from any other, so that nobody releases a lock they do not hold. */
  token: string;
}

export interface FileLockOptions {
  fs?: FileSystem;
  /** A lock older than this (by its file's mtime) is taken over: its holder is presumed dead. */
  staleMs?: number;
  /** How long to wait for a live holder before giving up with a busy error. */
  timeoutMs?: number;
}

const DEFAULT_STALE_MS = 30_000;
const DEFAULT_TIMEOUT_MS = 20_000;
/** A holder writes its name right after creating the file; an empty or torn lock this old was left by a crash. */
const UNNAMED_STALE_MS = 5_000;
const MAX_POLL_MS = 50;

/** One queue for the whole process: two stores opened on the same library still take turns here. */
const inProcess = new KeyedQueue();

/**
 * Runs `work` while holding an exclusive lock on `lockPath`: first in this process's queue for that path
 * (no polling between windows of one app), then across processes by creating the lock file with O_EXCL
 * (`wx`), which only one creator can win. The file is removed after `work`, whatever its outcome.
 *
 * A process killed while holding the lock must not block saves forever:
 * - a lock whose holder ran on this machine and whose pid is no longer alive is taken over at once
 *   (this is what a SIGKILL, a crash or a power cut leaves behind);
 * - any other lock is taken over when its file is older than `staleMs` (a dead holder on another machine),
 *   or older than a few seconds when its content never got written (killed between create and write).
 *
 * Limits, by design:
 * - Network shares: O_EXCL creation is atomic on SMB/CIFS and NFSv3+ (not on NFSv2, long obsolete). The age of
 *   a foreign lock is its mtime as the file server sets it, read against this machine's clock: clocks more
 *   than `staleMs` apart could take over a live lock. A pid is only judged on its own host name: two machines
 *   or containers sharing a host name could take a live holder for a dead one. A holder is never refreshed,
 *   so a single write slower than `staleMs` (a 5 MB article on a failing share) can be taken over.
 * - Taking over a stale lock reads it, checks it is still the same one, and removes it; a holder that was
 *   only slow, not dead, and released in that instant could lose its successor's lock. Saves do not rely on
 *   the lock alone: they compare the file's hash again right before the rename.
 * - Sync tools (Dropbox, Syncthing, OneDrive, Google Drive) copy files, not locks: two machines on a synced
 *   folder never see each other's lock in time. There conflicts surface as the tools' conflict copies.
 */
export async function withFileLock<T>(
  lockPath: string,
  work: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  return inProcess.run(lockPath, async () => {
    const fs = options.fs ?? nodeFileSystem;
    const holder = await acquire(lockPath, fs, options);
    try {
      return await work();
    } finally {
      await release(lockPath, holder, fs);
    }
  });
}

async function acquire(lockPath: string, fs: FileSystem, options: FileLockOptions): Promise<LockHolder> {
  const staleMs = options.staleMs ?? DEFAULT_STALE_MS;
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  const holder: LockHolder = {
    pid: process.pid,
    host: os.hostname(),
    takenAt: new Date().toISOString(),
    token: randomBytes(8).toString('hex'),
  };
  let pollMs = 1;
  for (;;) {
    if (await tryCreate(lockPath, holder, fs)) return holder;
    const found = await readLock(lockPath, fs);
    if (found === null) continue; // released meanwhile: try again at once
    if (isStale(found, staleMs)) {
      await takeOver(lockPath, found, fs);
      continue;
    }
    if (Date.now() > deadline) {
      throw new ApiError('io-error', message('error.article.locked'));
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    pollMs = Math.min(pollMs * 2, MAX_POLL_MS);
  }
}

async function tryCreate(lockPath: string, holder: LockHolder, fs: FileSystem): Promise<boolean> {
  let handle;
  try {
    handle = await fs.open(lockPath, 'wx', 0o644);
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(holder));
    await handle.close();
  } catch (error) {
    // A full disk can create the file but not fill it: give the lock back rather than leave it unnamed.
    await handle.close().catch(() => undefined);
    await fs.rm(lockPath, { force: true }).catch(() => undefined);
    throw error;
  }
  return true;
}

interface FoundLock {
  raw: string;
  holder: LockHolder | null;
  mtimeMs: number;
}

async function readLock(lockPath: string, fs: FileSystem): Promise<FoundLock | null> {
  try {
    const [raw, stat] = await Promise.all([fs.readFile(lockPath, 'utf8'), fs.stat(lockPath)]);
    return { raw, holder: parseHolder(raw), mtimeMs: stat.mtimeMs };
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

function parseHolder(raw: string): LockHolder | null {
  try {
    const value = JSON.parse(raw) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.host !== 'string' || typeof value.token !== 'string') return null;
    return value as LockHolder;
  } catch {
    return null; // being written right now, or left half-written: judged by age only
  }
}

function isStale(found: FoundLock, staleMs: number): boolean {
  const { holder } = found;
  if (holder && holder.host === os.hostname() && !isAlive(holder.pid)) return true;
  const age = Date.now() - found.mtimeMs;
  return age > staleMs || (holder === null && age > Math.min(staleMs, UNNAMED_STALE_MS));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return isCode(error, 'EPERM');
  }
}

/** Removes a stale lock, but only if it is still the very lock judged stale. */
async function takeOver(lockPath: string, stale: FoundLock, fs: FileSystem): Promise<void> {
  const again = await readLock(lockPath, fs);
  if (again === null || again.raw !== stale.raw || again.mtimeMs !== stale.mtimeMs) return;
  await fs.rm(lockPath, { force: true });
}

/** Removes the lock if it is still ours (a waiter may have judged it stale and taken it over). */
async function release(lockPath: string, holder: LockHolder, fs: FileSystem): Promise<void> {
  const found = await readLock(lockPath, fs).catch(() => null);
  if (found?.holder?.token !== holder.token) return;
  await fs.rm(lockPath, { force: true }).catch(() => undefined);
}
