import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { nodeFileSystem, type FileSystem } from './file-system';

export interface AtomicWriteOptions {
  /**
   * Runs after the temp file is complete and right before the rename: the last moment to refuse the write
   * (a save's final check that the file is still the version it replaces). A throw removes the temp file.
   */
  beforeRename?: () => Promise<void>;
  /** The new file's mode; 0o644 when not given. A secret's file is 0o600 from its first byte. */
  mode?: number;
}

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content:
 * a temp file in the same folder, fsync, rename over the target, fsync the folder.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  fsp: FileSystem = nodeFileSystem,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await fsp.open(temp, 'wx', options.mode ?? 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await options.beforeRename?.();
    await fsp.rename(temp, target);
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
  // The new content is in place once the rename returns; the folder fsync only makes the rename survive
  // a power cut. Some file systems (network shares, FUSE) refuse it: that must not read as a failed save.
  await syncDirectory(dir, fsp).catch(() => undefined);
}

/** Makes the rename durable. Windows cannot open folders for fsync; NTFS journals renames itself. */
async function syncDirectory(dir: string, fsp: FileSystem): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await fsp.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
