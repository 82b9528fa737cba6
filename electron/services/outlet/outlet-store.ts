import { constants } from 'node:fs';
import path from 'node:path';
import type { DamagedFile } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { checkImage } from '../../../shared/media/image-check';
import {
  MAX_LOGO_BYTES,
  OUTLET_FILE_NAME,
  OUTLET_LOGO_DIR,
  OUTLET_SCHEMA_VERSION,
  type OutletProfile,
  type OutletProfileEdit,
} from '../../../shared/outlet/outlet-profile';
import { writeFileAtomic } from '../fs/atomic-write';
import { withFileLock } from '../fs/file-lock';
import { nodeFileSystem, pathExists, type FileSystem } from '../fs/file-system';
import { ioError, ioReason, isCode } from '../fs/io-error';
import { firstLinkBelow, linkEscapeReason } from '../fs/symlink-guard';
import { hashBytes } from '../library/article-file';
import { MAX_OUTLET_FILE_BYTES, outletTooLarge, parseOutletFile, serializeOutlet } from './outlet-file';

/** outlet.json as found: the profile and its hash, no file yet, or a file the app must not use. */
export type OutletRead =
  | { kind: 'profile'; profile: OutletProfile; hash: string }
  | { kind: 'missing' }
  | { kind: 'damaged'; problem: DamagedFile };

const LOCK_FILE_NAME = '.outlet.json.lock';
// O_NOFOLLOW does not exist on Windows; there the link check below the root remains.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

/**
 * The outlet's profile in a library, `<library>/outlet.json`, and its logo beside it. Written atomically under
 * a lock, as article files are; an update names the hash it was based on, so a colleague's version that
 * arrived meanwhile is never written over, and a damaged or newer file is never written over at all.
 */
export class OutletStore {
  /** What this process last wrote, to tell its own saves from a colleague's in the folder's watch. */
  private ownHash: string | null = null;

  constructor(
    readonly root: string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  get filePath(): string {
    return path.join(this.root, OUTLET_FILE_NAME);
  }

  isOwnVersion(hash: string | null): boolean {
    return hash !== null && hash === this.ownHash;
  }

  async read(): Promise<OutletRead> {
    const bytes = await this.readBytes();
    if (bytes === null) return { kind: 'missing' };
    if ('reason' in bytes) return { kind: 'damaged', problem: bytes };
    const parsed = parseOutletFile(bytes);
    if (!parsed.ok) return { kind: 'damaged', problem: { path: this.filePath, reason: parsed.reason } };
    return { kind: 'profile', profile: parsed.profile, hash: hashBytes(bytes) };
  }

  /**
   * A library without outlet.json gets one from `seed` (the profile the person had in their own settings), so
   * nobody loses their rubrics when the profile moves into the library. A file that appeared meanwhile (a
   * colleague was first) is kept: it is the newsroom's.
   */
  async ensure(seed: OutletProfile): Promise<boolean> {
    if (await this.exists()) return false;
    return this.withLock(async () => {
      if (await this.exists()) return false;
      try {
        await this.write(serializeOutlet(seed), () => this.refuseOtherVersion(null));
        return true;
      } catch (error) {
        if (error instanceof ApiError && (error.code === 'conflict' || error.code === 'damaged-file')) return false;
        throw error;
      }
    });
  }

  /** Writes the edited profile, refusing when the file is no longer the version with `baseHash` (null: none). */
  async update(edit: OutletProfileEdit, baseHash: string | null): Promise<{ profile: OutletProfile; hash: string }> {
    const profile: OutletProfile = { ...edit, schemaVersion: OUTLET_SCHEMA_VERSION };
    if (profile.logo !== null && !(await this.logoExists(profile.logo)))
      throw new ApiError('invalid-argument', message('outlet.error.logoMissing'));
    const text = serializeOutlet(profile);
    return this.withLock(async () => {
      await this.refuseOtherVersion(baseHash);
      // Another process without this lock (an older app, a sync tool) may have written meanwhile.
      const hash = await this.write(text, () => this.refuseOtherVersion(baseHash));
      return { profile, hash };
    });
  }

  /**
   * Stores an image as the outlet's logo candidate, by content hash, after the same checks as article
   * pictures (the bytes decide what it is). outlet.json names it only once the profile is saved.
   */
  async importLogo(fileName: string, bytes: Uint8Array): Promise<{ logo: string; dataUrl: string }> {
    const image = checkImage(fileName, bytes.length, bytes);
    if (image.ok !== true)
      throw new ApiError(
        'invalid-argument',
        image.ok === false ? image.reason : message('error.media.notImage', { name: fileName }),
      );
    if (bytes.length > MAX_LOGO_BYTES)
      throw new ApiError(
        'invalid-argument',
        message('outlet.error.logoTooBig', { name: fileName, limit: MAX_LOGO_BYTES / 1024 / 1024 }),
      );
    const logo = `${OUTLET_LOGO_DIR}/logo.${hashBytes(bytes)}.${image.ext}`;
    const target = path.join(this.root, ...logo.split('/'));
    await this.refuseLink(target);
    try {
      if (!(await pathExists(this.fs, target))) {
        await this.fs.mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, bytes, this.fs);
      }
    } catch (error) {
      throw ioError(message('error.io.saveImage'), error);
    }
    return { logo, dataUrl: dataUrl(image.format, bytes) };
  }

  /**
   * The logo as a data: URL (the page preview is a sandboxed frame that can load nothing else), or null when
   * it is missing, a link, too big or not the picture it claims to be.
   */
  async logoDataUrl(logo: string): Promise<string | null> {
    const file = path.join(this.root, ...logo.split('/'));
    if ((await firstLinkBelow(this.fs, this.root, file).catch(() => 'unreadable')) !== null) return null;
    let handle;
    try {
      handle = await this.fs.open(file, OPEN_FLAGS);
    } catch {
      return null;
    }
    try {
      const info = await handle.stat();
      if (!info.isFile() || info.size > MAX_LOGO_BYTES) return null;
      const bytes = await handle.readFile();
      const image = checkImage(logo, bytes.length, bytes);
      return image.ok === true ? dataUrl(image.format, bytes) : null;
    } catch {
      return null;
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  private async logoExists(logo: string): Promise<boolean> {
    return (await this.logoDataUrl(logo)) !== null;
  }

  private async refuseOtherVersion(baseHash: string | null): Promise<void> {
    const current = await this.readBytes();
    if (current !== null && 'reason' in current)
      throw new ApiError('damaged-file', message('outlet.error.damaged', { ...current }));
    const parsed = current === null ? null : parseOutletFile(current);
    if (parsed && !parsed.ok)
      throw new ApiError(
        'damaged-file',
        message('outlet.error.damaged', { path: this.filePath, reason: parsed.reason }),
      );
    if ((current === null ? null : hashBytes(current)) !== baseHash)
      throw new ApiError('conflict', message('outlet.error.changedOutside'));
  }

  private async write(text: string, beforeRename: () => Promise<void>): Promise<string> {
    await this.refuseLink(this.filePath);
    try {
      await writeFileAtomic(this.filePath, text, this.fs, { beforeRename });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw ioError(message('outlet.error.write', { path: this.filePath }), error);
    }
    this.ownHash = hashBytes(text);
    return this.ownHash;
  }

  private async withLock<T>(work: () => Promise<T>): Promise<T> {
    return withFileLock(path.join(this.root, LOCK_FILE_NAME), work, { fs: this.fs }).catch((error: unknown) => {
      if (error instanceof ApiError) throw error;
      throw ioError(message('outlet.error.write', { path: this.filePath }), error);
    });
  }

  private async exists(): Promise<boolean> {
    try {
      await this.fs.lstat(this.filePath);
      return true;
    } catch (error) {
      if (isCode(error, 'ENOENT')) return false;
      throw ioError(message('error.io.read', { path: this.filePath }), error);
    }
  }

  /** The file's bytes, null when there is none, or why it cannot be read (a link, an unreadable file). */
  private async readBytes(): Promise<Buffer | DamagedFile | null> {
    const link = await firstLinkBelow(this.fs, this.root, this.filePath).catch(() => null);
    if (link) return { path: this.filePath, reason: linkEscapeReason(link) };
    let handle;
    try {
      handle = await this.fs.open(this.filePath, OPEN_FLAGS);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      return { path: this.filePath, reason: message('damaged.unreadable', { reason: ioReason(error) }) };
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { path: this.filePath, reason: message('outlet.damaged.notProfile') };
      // A huge file is reported by its size, not loaded.
      if (info.size > MAX_OUTLET_FILE_BYTES) return { path: this.filePath, reason: outletTooLarge() };
      return await handle.readFile();
    } catch (error) {
      return { path: this.filePath, reason: message('damaged.unreadable', { reason: ioReason(error) }) };
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  private async refuseLink(target: string): Promise<void> {
    const link = await firstLinkBelow(this.fs, this.root, target);
    if (link)
      throw new ApiError('damaged-file', message('error.article.linkEscape', { reason: linkEscapeReason(link) }));
  }
}

function dataUrl(format: string, bytes: Uint8Array): string {
  return `data:image/${format};base64,${Buffer.from(bytes).toString('base64')}`;
}
