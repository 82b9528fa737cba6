import { constants } from 'node:fs';
import path from 'node:path';
import type { DamagedFile } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { applyNoteEdit, type EditAuthor, type NoteEdit } from '../../../shared/notes/note-edits';
import { NOTES_FILE_NAME, NOTES_SCHEMA_VERSION, type NotesFile } from '../../../shared/notes/notes-file';
import { writeFileAtomic } from '../fs/atomic-write';
import { withFileLock } from '../fs/file-lock';
import { nodeFileSystem, type FileSystem } from '../fs/file-system';
import { ioError, ioReason, isCode } from '../fs/io-error';
import { firstLinkBelow, linkEscapeReason } from '../fs/symlink-guard';
import { hashBytes } from '../library/article-file';
import { MAX_NOTES_FILE_BYTES, notesTooLarge, parseNotesFile, serializeNotes } from './notes-parse';

/** An article's notes as found: the threads and the file's hash (null: no file yet), or why they cannot be used. */
export type NotesRead =
  { kind: 'notes'; notes: NotesFile; hash: string | null } | { kind: 'damaged'; problem: DamagedFile };

const LOCK_FILE_NAME = '.notes.json.lock';
// O_NOFOLLOW does not exist on Windows; there the link check below the root remains.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0);

const emptyNotes = (): NotesFile => ({ schemaVersion: NOTES_SCHEMA_VERSION, threads: [] });

/**
 * Review threads of the library's articles, `articles/<id>/notes.json`. Each change is applied to the file as
 * it is at that moment, under the article's notes lock, and written atomically with a last hash check right
 * before the rename: a colleague's change that arrived meanwhile is merged, never written over. A damaged or
 * newer file is reported and never written at all.
 */
export class NotesStore {
  /** What this process last wrote per article, to tell its own writes from a colleague's in the folder's watch. */
  private readonly ownHashes = new Map<string, string>();

  constructor(
    private readonly root: string,
    private readonly articleDir: (id: string) => string,
    private readonly fs: FileSystem = nodeFileSystem,
  ) {}

  filePath(id: string): string {
    return path.join(this.articleDir(id), NOTES_FILE_NAME);
  }

  isOwnVersion(id: string, hash: string | null): boolean {
    return hash !== null && this.ownHashes.get(id) === hash;
  }

  async read(id: string): Promise<NotesRead> {
    const bytes = await this.readBytes(id);
    if (bytes === null) return { kind: 'notes', notes: emptyNotes(), hash: null };
    if ('reason' in bytes) return { kind: 'damaged', problem: bytes };
    const parsed = parseNotesFile(bytes);
    if (!parsed.ok) return { kind: 'damaged', problem: { path: this.filePath(id), reason: parsed.reason } };
    return { kind: 'notes', notes: parsed.notes, hash: hashBytes(bytes) };
  }

  /** Applies one change to the notes as they are now; returns them with the new hash. */
  async change(id: string, edit: NoteEdit, by: EditAuthor): Promise<{ notes: NotesFile; hash: string }> {
    await this.refuseMissingArticle(id);
    return this.withLock(id, async () => {
      const current = await this.read(id);
      if (current.kind === 'damaged')
        throw new ApiError('damaged-file', message('notes.error.damaged', { ...current.problem }));
      const notes = applyNoteEdit(current.notes, edit, by);
      const text = serializeNotes(notes);
      // A writer without this lock (an older app, a sync tool) may have changed the file since it was read.
      const hash = await this.write(id, text, async () => {
        const now = await this.readBytes(id);
        const nowHash = now === null ? null : 'reason' in now ? 'unreadable' : hashBytes(now);
        if (nowHash !== current.hash) throw new ApiError('conflict', message('notes.error.changedOutside'));
      });
      return { notes, hash };
    });
  }

  private async refuseMissingArticle(id: string): Promise<void> {
    try {
      const info = await this.fs.stat(this.articleDir(id));
      if (info.isDirectory()) return;
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw ioError(message('error.io.read', { path: this.articleDir(id) }), error);
    }
    throw new ApiError('not-found', message('notes.error.noArticle'));
  }

  private async write(id: string, text: string, beforeRename: () => Promise<void>): Promise<string> {
    const link = await firstLinkBelow(this.fs, this.root, this.filePath(id));
    if (link)
      throw new ApiError('damaged-file', message('error.article.linkEscape', { reason: linkEscapeReason(link) }));
    try {
      await writeFileAtomic(this.filePath(id), text, this.fs, { beforeRename });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw ioError(message('notes.error.write', { path: this.filePath(id) }), error);
    }
    const hash = hashBytes(text);
    this.ownHashes.set(id, hash);
    return hash;
  }

  private async withLock<T>(id: string, work: () => Promise<T>): Promise<T> {
    return withFileLock(path.join(this.articleDir(id), LOCK_FILE_NAME), work, { fs: this.fs }).catch(
      (error: unknown) => {
        if (error instanceof ApiError) throw error;
        throw ioError(message('notes.error.write', { path: this.filePath(id) }), error);
      },
    );
  }

  /** The file's bytes, null when there is none, or why it cannot be read (a link, an unreadable file). */
  private async readBytes(id: string): Promise<Buffer | DamagedFile | null> {
    const file = this.filePath(id);
    const link = await firstLinkBelow(this.fs, this.root, file).catch(() => null);
    if (link) return { path: file, reason: linkEscapeReason(link) };
    let handle;
    try {
      handle = await this.fs.open(file, OPEN_FLAGS);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      return { path: file, reason: message('damaged.unreadable', { reason: ioReason(error) }) };
    }
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { path: file, reason: message('notes.damaged.notNotes') };
      // A huge file is reported by its size, not loaded.
      if (info.size > MAX_NOTES_FILE_BYTES) return { path: file, reason: notesTooLarge() };
      return await handle.readFile();
    } catch (error) {
      return { path: file, reason: message('damaged.unreadable', { reason: ioReason(error) }) };
    } finally {
      await handle.close().catch(() => undefined);
    }
  }
}
