import path from 'node:path';
import type { ArticleFile, DamagedFile } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { ARTICLE_SCHEMA_VERSION, newArticle, type Article, type ArticleStatus } from '../../../shared/domain/article';
import type { TransitionEntry } from '../../../shared/workflow/transition-entry';
import type { ArticleMigration } from '../../../shared/domain/migrations';
import { ARTICLE_MIGRATIONS } from '../../../shared/domain/migrations';
import { unsupportedContent, type UnsupportedContent } from '../../../shared/domain/editor-schema';
import { withoutNoteMarks } from '../../../shared/notes/note-marks';
import { cleanArticle } from '../../../shared/security/clean-article';
import { writeFileAtomic } from '../fs/atomic-write';
import { withFileLock } from '../fs/file-lock';
import { firstLinkBelow, linkEscapeReason } from '../fs/symlink-guard';
import { nodeFileSystem, pathExists, type FileSystem } from '../fs/file-system';
import { folderError, makeFolder } from '../fs/make-folder';
import { ioError, ioReason, isCode } from '../fs/io-error';
import { hashBytes, parseArticleFile, serializeArticle } from './article-file';
import { fileTooLargeReason, MAX_ARTICLE_FILE_BYTES } from './article-limits';
import { newArticleId } from './article-id';
import { checkImage } from '../../../shared/media/image-check';
import { copyMediaFiles, isSafeMediaPath, mediaFileName, mediaReferences, MEDIA_DIR } from './media';
import type { UiLanguage } from '../../../shared/settings/schema';
import { sampleArticle } from '../../../shared/domain/sample-article';
import { ARTICLE_LOCK_FILE_NAME, classifyArticleFolderEntry, isArticleId } from './sync-conflicts';
import { carryOverTransitions, transitionLogPath } from '../workflow/transition-log';

const ARTICLE_FILE = 'article.json';
const MARKER_FILE = 'library.json';
const TRASH_NOTE = 'trashed.json';

/** One article file as found on disk. */
export interface ScannedArticle {
  article: Article;
  hash: string;
  mtimeMs: number;
  size: number;
  /** What of the body this version's editor cannot show; null when it can show all of it. */
  unsupported: UnsupportedContent | null;
  /** Workflow steps a version-1 file still holds inside it (they reach the log with the first save). */
  legacyTransitions: TransitionEntry[];
}

/** What a save may need to know of the version it replaces, besides its hash. */
interface DiskFacts {
  hash: string;
  unsupported: boolean;
  /** Null when the file cannot be read (a damaged file written over on request). */
  status: ArticleStatus | null;
  legacyTransitions: TransitionEntry[];
  legacyUnreadable: number;
}

/** The version on disk a save replaces, as `prepare` sees it: its status, and its article parsed on demand. */
export interface OnDisk {
  status: ArticleStatus;
  article(): Article | null;
}

export interface SaveOptions {
  /** Keeping my version in a conflict: the hash of the version to write over, checked instead of the base hash. */
  overwrites?: string;
  /**
   * Runs under the article's lock once the file on disk is known to be the expected version: it is given
   * that version's status (null when there is no readable file) and returns the article to write, or throws to refuse the
   * save. The workflow decides here who may change what, and which status the file keeps.
   */
  prepare?: (onDisk: OnDisk | null) => Article | Promise<Article>;
}

export interface LibraryScan {
  articles: ScannedArticle[];
  damaged: DamagedFile[];
}

export interface TrashedArticle {
  article: Article;
  trashedAt: string;
}

export interface LibraryStoreOptions {
  fs?: FileSystem;
  clock?: () => Date;
  migrations?: Readonly<Record<number, ArticleMigration>>;
  /** Where the sides of a conflict are kept as versions (electron/services/versions). */
  versions?: ConflictVersions;
}

/**
 * Why a file is kept as a version before it is replaced: a side of a conflict, or a version-1 file whose
 * history held steps that do not read as steps (the file as it was, before version 2 left them out).
 */
export type KeptSide = 'conflict-mine' | 'conflict-theirs' | 'migrated';

/** Keeps one side of a conflict (or a file before its format upgrade) as a version of the article. */
export interface ConflictVersions {
  keep(id: string, bytes: string | Uint8Array, side: KeptSide): Promise<void>;
}

/** Without a version history nothing may be resolved: a losing side would have nowhere to go. */
const NO_VERSIONS: ConflictVersions = {
  keep: () => Promise.reject(new ApiError('io-error', message('error.versions.unavailable'))),
};

/**
 * The article library on disk: one folder per article under `articles/`, named by its stable id;
 * trashed articles move whole to `trash/`. Writes are atomic; a file changed by someone else is
 * never overwritten silently; a damaged or newer file is reported and left exactly as it is.
 */
export class LibraryStore {
  /** The hash of each file as this process last wrote or read it, to tell our writes from others'. */
  private readonly knownHashes = new Map<string, string>();
  /** Per article, the version last read or written here and whether its body holds content the editor cannot show. */
  private readonly contentChecks = new Map<string, DiskFacts>();
  /** Media files this process stored or handed out again (importMedia), with the time. */
  private readonly recentMedia = new Map<string, number>();
  private readonly fs: FileSystem;
  private readonly clock: () => Date;
  private readonly versions: ConflictVersions;
  readonly migrations: Readonly<Record<number, ArticleMigration>>;

  constructor(
    readonly root: string,
    options: LibraryStoreOptions | (() => Date) = {},
  ) {
    const resolved = typeof options === 'function' ? { clock: options } : options;
    this.fs = resolved.fs ?? nodeFileSystem;
    this.clock = resolved.clock ?? (() => new Date());
    this.migrations = resolved.migrations ?? ARTICLE_MIGRATIONS;
    this.versions = resolved.versions ?? NO_VERSIONS;
  }

  get articlesDir(): string {
    return path.join(this.root, 'articles');
  }

  get trashDir(): string {
    return path.join(this.root, 'trash');
  }

  get metaDir(): string {
    return path.join(this.root, '.shpalta');
  }

  /** Where older versions of the app kept versions that lost; now only read, to move them into the history. */
  get revisionsDir(): string {
    return path.join(this.metaDir, 'revisions');
  }

  articleDir(id: string): string {
    return path.join(this.articlesDir, id);
  }

  articleFilePath(id: string): string {
    return path.join(this.articleDir(id), ARTICLE_FILE);
  }

  /**
   * Creates the library on first run, with a sample article (not in a newsroom's library, which is the
   * newsroom's: `sample: false`). A library that exists (the marker is there) is left alone even if it is
   * empty: the journalist may have deleted the sample on purpose.
   */
  async ensure({ sample = true, language }: { sample?: boolean; language?: UiLanguage } = {}): Promise<{
    created: boolean;
  }> {
    // A folder the library cannot live in is refused at once, with its reason.
    await makeFolder(this.fs, this.articlesDir).catch((error: unknown) => {
      throw folderError(this.root, error);
    });
    const marker = path.join(this.metaDir, MARKER_FILE);
    if (await pathExists(this.fs, marker)) return { created: false };
    await this.fs.mkdir(this.metaDir, { recursive: true });
    const hasArticles = (await this.fs.readdir(this.articlesDir)).length > 0;
    if (!hasArticles && sample) {
      const now = this.clock();
      await this.write(sampleArticle(newArticleId(now), now, language));
    }
    const note = { app: 'shpalta', createdAt: this.clock().toISOString(), schemaVersion: ARTICLE_SCHEMA_VERSION };
    await writeFileAtomic(marker, `${JSON.stringify(note, null, 2)}\n`, this.fs);
    return { created: true };
  }

  /** Ids of the article folders under `articles/` (names that are not ids are not articles). */
  async articleIds(): Promise<string[]> {
    let entries: string[];
    try {
      entries = await this.fs.readdir(this.articlesDir);
    } catch (error) {
      throw ioError(message('error.io.openArticles', { path: this.articlesDir }), error);
    }
    return entries.filter(isArticleId);
  }

  /** Reads every article file: the source of truth the search index is built from. */
  async scan(onlyIds?: readonly string[]): Promise<LibraryScan> {
    const articles: ScannedArticle[] = [];
    const damaged: DamagedFile[] = [];
    const ids = onlyIds ?? (await this.articleIds());
    // Bounded parallelism: a library of thousands of files must not open them all at once.
    for (let start = 0; start < ids.length; start += 32) {
      const batch = await Promise.all(ids.slice(start, start + 32).map((id) => this.inspect(id)));
      for (const result of batch) {
        if (result.article) articles.push(result.article);
        damaged.push(...result.damaged);
      }
    }
    damaged.sort((a, b) => a.path.localeCompare(b.path));
    return { articles, damaged };
  }

  /** One article with everything wrong with it: an unreadable file, or media it refers to that are missing. */
  async inspect(id: string): Promise<{ article: ScannedArticle | null; damaged: DamagedFile[] }> {
    const result = await this.readArticle(id);
    if (result === null) return { article: null, damaged: [] };
    if ('reason' in result) return { article: null, damaged: [result] };
    return { article: result, damaged: await this.missingMedia(result.article) };
  }

  /** One article as on disk, a damaged-file report, or null when there is no article.json. */
  async readArticle(id: string): Promise<ScannedArticle | DamagedFile | null> {
    const file = this.articleFilePath(id);
    const read = await this.readUntrustedFile(file);
    if (read === null || 'reason' in read) return read;
    const { bytes, mtimeMs } = read;
    const parsed = parseArticleFile(bytes, id, this.migrations);
    if (!parsed.ok) return { path: file, reason: parsed.reason };
    // Hashes are always of the raw bytes, as the watcher computes them.
    const { article, unsupported, legacyTransitions, legacyUnreadable } = parsed;
    const hash = hashBytes(bytes);
    this.contentChecks.set(id, {
      hash,
      unsupported: unsupported !== null,
      status: article.status,
      legacyTransitions,
      legacyUnreadable,
    });
    return { article, hash, mtimeMs, size: bytes.length, unsupported, legacyTransitions };
  }

  /**
   * An article file's bytes, read only when no symbolic link below the root leads to it and it is not
   * absurdly large (it is never read whole then); null when there is no such file.
   */
  private async readUntrustedFile(file: string): Promise<{ bytes: Buffer; mtimeMs: number } | DamagedFile | null> {
    const link = await firstLinkBelow(this.fs, this.root, file).catch(() => null);
    if (link) return { path: file, reason: linkEscapeReason(link) };
    try {
      const stat = await this.fs.stat(file);
      if (stat.size > MAX_ARTICLE_FILE_BYTES) return { path: file, reason: fileTooLargeReason() };
      return { bytes: await this.fs.readFile(file), mtimeMs: stat.mtimeMs };
    } catch (error) {
      if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) return null;
      return { path: file, reason: message('damaged.unreadable', { reason: ioReason(error) }) };
    }
  }

  async get(id: string): Promise<ArticleFile> {
    const result = await this.readArticle(id);
    if (result === null) {
      throw new ApiError('not-found', message('error.article.notFound'));
    }
    if ('reason' in result)
      throw new ApiError(
        'damaged-file',
        message('error.article.damaged', { path: result.path, reason: result.reason }),
      );
    this.knownHashes.set(id, result.hash);
    // Cleaned as it enters the app; the hash stays that of the bytes on disk, which the next save rewrites.
    return { article: cleanArticle(result.article), hash: result.hash, unsupported: result.unsupported };
  }

  /** The hash of the article's file as it is on disk now; null when it has none. */
  async fileHash(id: string): Promise<string | null> {
    const bytes = await this.fs.readFile(this.articleFilePath(id)).catch(() => null);
    return bytes === null ? null : hashBytes(bytes);
  }

  /** A new article; `authors` is its byline to begin with (the profile's name), the article's own from then on. */
  async create(headline = '', authors: Article['authors'] = []): Promise<ArticleFile> {
    const now = this.clock();
    const article = newArticle(newArticleId(now), now.toISOString(), { headline, authors });
    const hash = await this.write(article);
    return { article, hash, unsupported: null };
  }

  /**
   * Saves over `baseHash`. If the file on disk is no longer what the edit started from, nothing is
   * written and a conflict is reported; the version that could not be written is kept as a version in the
   * history, so neither is lost. `overwrites` is the person's choice to write over exactly that version
   * (the other side of a conflict, as shown to them): it is checked instead of `baseHash`, and both sides
   * are kept as versions, the other one before it is replaced.
   *
   * One save per article at a time, in this process and across processes (see withArticleLock), and the
   * last check of the file runs after the temp file is written, right before the rename.
   */
  async save(
    article: Article,
    baseHash: string | null,
    options: SaveOptions = {},
  ): Promise<{ hash: string; savedAt: string }> {
    const file = this.articleFilePath(article.id);
    const expected = options.overwrites ?? baseHash;
    await this.refuseLink(file);
    if (expected === null) await this.ensureArticleDir(article.id);
    return this.withArticleLock(article.id, async () => {
      const savedAt = this.clock().toISOString();
      // What comes through the API is cleaned before it is written, as on load and paste.
      const given = () => serializeArticle({ ...cleanArticle(article), updatedAt: savedAt });
      const current = await this.readIfExists(file);
      if (current === null && expected !== null) throw vanishedWhileEditing();
      await this.refuseConflict(article.id, current, expected, given);
      const facts = current === null ? null : this.diskFacts(article.id, current);
      this.refuseUnsupported(article, facts);
      // The first write in version 2 drops the steps a version-1 file kept: they go to the log first, before
      // any step this save adds (the log stays in order; carrying over twice writes each step once).
      if (facts && facts.legacyTransitions.length > 0) await this.carryOver(article.id, facts.legacyTransitions);
      // What does not read as a step cannot go to the log: the old file is kept whole instead, never lost.
      if (facts && facts.legacyUnreadable > 0 && current !== null) {
        await this.versions.keep(article.id, current, 'migrated');
      }
      const written = options.prepare
        ? await options.prepare(
            facts?.status && current !== null
              ? { status: facts.status, article: () => this.parsedArticle(article.id, current) }
              : null,
          )
        : article;
      const text = serializeArticle({ ...cleanArticle(written), updatedAt: savedAt });
      if (options.overwrites !== undefined && current !== null) {
        await this.versions.keep(article.id, current, 'conflict-theirs');
        await this.versions.keep(article.id, text, 'conflict-mine');
      }
      const hash = await this.writeText(article.id, text, async () => {
        // Another process without this lock (an older app, a sync tool) may have written meanwhile.
        const latest = await this.readIfExists(file);
        if (latest === null && expected !== null) throw vanishedWhileEditing();
        await this.refuseConflict(article.id, latest, expected, () => text);
      });
      this.rememberContent(written, hash);
      return { hash, savedAt };
    });
  }

  /**
   * Runs `work` as the only writer of the article's file: one at a time within this process, and across
   * processes through an O_EXCL lock file beside article.json (electron/services/fs/file-lock.ts says
   * what it covers on network shares and what it cannot). A folder that is gone reads as not found.
   */
  async withArticleLock<T>(id: string, work: () => Promise<T>): Promise<T> {
    const outcome: { workFailed: boolean } = { workFailed: false };
    const guarded = () =>
      work().catch((error: unknown) => {
        outcome.workFailed = true;
        throw error;
      });
    try {
      return await withFileLock(path.join(this.articleDir(id), ARTICLE_LOCK_FILE_NAME), guarded, { fs: this.fs });
    } catch (error) {
      // The work's own errors are its to word; only the lock's are worded here.
      if (outcome.workFailed) throw error;
      if (error instanceof ApiError) throw error;
      if (isCode(error, 'ENOENT') || isCode(error, 'ENOTDIR')) throw vanishedWhileEditing();
      throw ioError(message('error.io.writeArticle', { path: this.articleDir(id) }), error);
    }
  }

  /** A file that is not the version expected is never written over: the save's text is kept aside. */
  private async refuseConflict(
    id: string,
    current: Buffer | null,
    expected: string | null,
    text: () => string,
  ): Promise<void> {
    if (current === null || hashBytes(current) === expected) return;
    await this.versions.keep(id, text(), 'conflict-mine').catch(() => undefined);
    // Not another version but one that cannot be read (a program wrote it badly): said as it is.
    const parsed = parseArticleFile(current, id, this.migrations);
    if (!parsed.ok) {
      const path = this.articleFilePath(id);
      throw new ApiError('damaged-file', message('error.article.damaged', { path, reason: parsed.reason }));
    }
    throw new ApiError('conflict', message('error.article.changedOutside'));
  }

  /** A copy under a new id: a fresh draft with the same text and media, no history, never published. */
  async duplicate(id: string, headlineSuffix: string): Promise<ArticleFile> {
    const { article } = await this.get(id);
    const now = this.clock();
    const copy = newArticle(newArticleId(now), now.toISOString(), {
      ...article,
      headline: `${article.headline}${headlineSuffix}`,
      updatedAt: now.toISOString(),
      // The copy starts without the review: its notes stay with the original (notes.json is not copied).
      body: withoutNoteMarks(article.body),
      slug: '',
      status: 'draft',
      publishAt: null,
      reviewNotes: [],
      remoteIds: {},
    });
    try {
      await copyMediaFiles(this.fs, this.root, path.join(this.articleDir(id), MEDIA_DIR), this.articleDir(copy.id));
    } catch (error) {
      throw error instanceof ApiError ? error : ioError(message('error.io.copyMedia'), error);
    }
    const hash = await this.write(copy);
    return { article: copy, hash, unsupported: unsupportedContent(copy.body) };
  }

  /** Moves the whole article folder to `trash/`: one rename, so a crash leaves it in one place or the other. */
  async trash(id: string): Promise<void> {
    if (!(await pathExists(this.fs, this.articleDir(id)))) {
      throw new ApiError('not-found', message('error.article.alreadyGone'));
    }
    const target = path.join(this.trashDir, id);
    if (await pathExists(this.fs, target)) {
      throw new ApiError('conflict', message('error.trash.idTaken'));
    }
    try {
      await this.fs.mkdir(this.trashDir, { recursive: true });
      // Not in the middle of a save: the folder moves between two saves, with this call's lock in it.
      await this.withArticleLock(id, () => this.fs.rename(this.articleDir(id), target));
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw ioError(message('error.io.trash'), error);
    }
    await this.fs.rm(path.join(target, ARTICLE_LOCK_FILE_NAME), { force: true }).catch(() => undefined);
    const note = { trashedAt: this.clock().toISOString() };
    await writeFileAtomic(path.join(target, TRASH_NOTE), `${JSON.stringify(note)}\n`, this.fs).catch(() => undefined);
    this.knownHashes.delete(id);
  }

  async restore(id: string): Promise<void> {
    const source = path.join(this.trashDir, id);
    if (!(await pathExists(this.fs, source))) throw new ApiError('not-found', message('error.trash.notFound'));
    if (await pathExists(this.fs, this.articleDir(id))) {
      throw new ApiError('conflict', message('error.trash.idInLibrary'));
    }
    try {
      await this.fs.rename(source, this.articleDir(id));
    } catch (error) {
      throw ioError(message('error.io.restore'), error);
    }
    await this.fs.rm(path.join(this.articleDir(id), TRASH_NOTE), { force: true }).catch(() => undefined);
  }

  /** Deletes for good, and only from the trash: an article in the library is never purged directly. */
  async purge(id: string): Promise<void> {
    const target = path.join(this.trashDir, id);
    if (!(await pathExists(this.fs, target))) throw new ApiError('not-found', message('error.trash.notFound'));
    try {
      await this.fs.rm(target, { recursive: true, force: true });
    } catch (error) {
      throw ioError(message('error.io.purge'), error);
    }
  }

  async listTrash(): Promise<{ items: TrashedArticle[]; damaged: DamagedFile[] }> {
    let entries: string[] = [];
    try {
      entries = await this.fs.readdir(this.trashDir);
    } catch (error) {
      if (!isCode(error, 'ENOENT')) throw ioError(message('error.io.openTrash'), error);
    }
    const items: TrashedArticle[] = [];
    const damaged: DamagedFile[] = [];
    for (const id of entries.filter(isArticleId)) {
      const file = path.join(this.trashDir, id, ARTICLE_FILE);
      try {
        const read = (await this.readUntrustedFile(file)) ?? { path: file, reason: message('damaged.trashNoFile') };
        if ('reason' in read) {
          damaged.push(read);
          continue;
        }
        const parsed = parseArticleFile(read.bytes, id, this.migrations);
        if (!parsed.ok) {
          damaged.push({ path: file, reason: parsed.reason });
          continue;
        }
        const note = await this.fs.readFile(path.join(this.trashDir, id, TRASH_NOTE), 'utf8').catch(() => null);
        const trashedAt = readTrashedAt(note) ?? parsed.article.updatedAt;
        items.push({ article: parsed.article, trashedAt });
      } catch (error) {
        damaged.push({ path: file, reason: message('damaged.unreadable', { reason: ioReason(error) }) });
      }
    }
    items.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt));
    return { items, damaged };
  }

  /**
   * Stores an image in the article's media folder by content hash; the same image is stored once. The bytes
   * decide: a file that is not a JPEG, PNG, GIF, WebP or AVIF picture of sane size is refused whatever its
   * name says, and it is stored under the extension of what it really is. Under the article's lock, so the
   * orphan sweep never takes a file away between this check and the write.
   */
  async importMedia(
    id: string,
    fileName: string,
    bytes: Uint8Array,
  ): Promise<{ src: string; width: number; height: number }> {
    const image = checkImage(fileName, bytes.length, bytes);
    if (image.ok !== true) {
      throw new ApiError(
        'invalid-argument',
        image.ok === false ? image.reason : message('error.media.notImage', { name: fileName }),
      );
    }
    if (!(await pathExists(this.fs, this.articleFilePath(id))))
      throw new ApiError('not-found', message('error.article.missing'));
    const src = mediaFileName(hashBytes(bytes), image.ext);
    const target = path.join(this.articleDir(id), src);
    await this.refuseLink(target);
    await this.withArticleLock(id, async () => {
      // An old file of the same image is about to be referred to again: young again for the sweep.
      this.recentMedia.set(target, this.clock().getTime());
      if (await pathExists(this.fs, target)) return;
      try {
        await this.fs.mkdir(path.dirname(target), { recursive: true });
        await writeFileAtomic(target, bytes, this.fs);
      } catch (error) {
        throw ioError(message('error.io.saveImage'), error);
      }
    });
    return { src, width: image.width, height: image.height };
  }

  /** When this process last stored or reused a media file, by its path; the sweep leaves these alone. */
  mediaStoredAt(file: string): number | undefined {
    return this.recentMedia.get(file);
  }

  /** Keeps one side of a conflict as a version in the history (see ConflictVersions). */
  keepVersion(id: string, bytes: string | Uint8Array, side: 'conflict-mine' | 'conflict-theirs'): Promise<void> {
    return this.versions.keep(id, bytes, side);
  }

  /**
   * Removes temp files our own atomic writes left behind when the process died mid-save. Only ours, and
   * only old ones: a younger one may belong to a save in flight in another window or on another machine.
   */
  async sweepTempFiles(id: string, olderThanMs = 10 * 60_000): Promise<number> {
    const dir = this.articleDir(id);
    const names = await this.fs.readdir(dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      const entry = classifyArticleFolderEntry(name);
      if (entry.kind !== 'temp' || entry.writer !== 'shpalta') continue;
      const file = path.join(dir, name);
      const stat = await this.fs.stat(file).catch(() => null);
      if (!stat || this.clock().getTime() - stat.mtimeMs < olderThanMs) continue;
      await this.fs.rm(file, { force: true }).catch(() => undefined);
      removed += 1;
    }
    return removed;
  }

  get fileSystem(): FileSystem {
    return this.fs;
  }

  /** Records a version this process wrote by other means (a resolved conflict), so the watcher ignores it. */
  markOwnVersion(id: string, hash: string): void {
    this.knownHashes.set(id, hash);
  }

  /** True when `hash` is what this process last wrote or read for the article. */
  isOwnVersion(id: string, hash: string | null): boolean {
    return hash !== null && this.knownHashes.get(id) === hash;
  }

  private async missingMedia(article: Article): Promise<DamagedFile[]> {
    const missing: DamagedFile[] = [];
    for (const src of mediaReferences(article)) {
      const file = path.join(this.articleDir(article.id), src);
      const link = isSafeMediaPath(src) ? await firstLinkBelow(this.fs, this.root, file).catch(() => null) : null;
      if (!isSafeMediaPath(src)) {
        missing.push({ path: file, reason: message('damaged.mediaOutside') });
      } else if (link) {
        missing.push({ path: file, reason: linkEscapeReason(link) });
      } else if (!(await pathExists(this.fs, file))) {
        missing.push({
          path: file,
          reason: message('damaged.mediaMissing', { title: article.headline || article.id }),
        });
      }
    }
    return missing;
  }

  /**
   * A save never writes what this version's editor cannot show (a body with unknown types), nor over a file
   * that holds such content: the editor would have dropped it, and the other app's work would be lost.
   */
  private refuseUnsupported(article: Article, onDisk: DiskFacts | null): void {
    const unknown = unsupportedContent(article.body);
    if (unknown) {
      const names = [...unknown.nodes, ...unknown.marks, ...unknown.attributes].join(', ');
      throw new ApiError('invalid-argument', message('error.article.unknownElements', { names }));
    }
    if (onDisk?.unsupported) {
      throw new ApiError('damaged-file', message('error.article.unsupportedContent'));
    }
  }

  /**
   * What a save needs to know of the file it replaces. Usually the version this process wrote or read last,
   * known without parsing it again (autosave must stay cheap); otherwise the file is read. A file that does
   * not parse got here only as the version the save was asked to write over: nothing is known of it.
   */
  /** The article in these bytes, or null when they do not read as one. */
  private parsedArticle(id: string, bytes: Buffer): Article | null {
    const parsed = parseArticleFile(bytes, id, this.migrations);
    return parsed.ok ? parsed.article : null;
  }

  private diskFacts(id: string, current: Buffer): DiskFacts {
    const hash = hashBytes(current);
    const known = this.contentChecks.get(id);
    if (known?.hash === hash) return known;
    const parsed = parseArticleFile(current, id, this.migrations);
    if (!parsed.ok) return { hash, unsupported: false, status: null, legacyTransitions: [], legacyUnreadable: 0 };
    const facts = {
      hash,
      unsupported: parsed.unsupported !== null,
      status: parsed.article.status,
      legacyTransitions: parsed.legacyTransitions,
      legacyUnreadable: parsed.legacyUnreadable,
    };
    this.contentChecks.set(id, facts);
    return facts;
  }

  private async carryOver(id: string, legacy: readonly TransitionEntry[]): Promise<void> {
    try {
      await carryOverTransitions(this.fs, transitionLogPath(this.articleDir(id)), legacy);
    } catch (error) {
      throw ioError(message('error.io.writeArticle', { path: this.articleDir(id) }), error);
    }
  }

  /** Nothing is read or written through a symbolic link below the root: it may lead out of the library. */
  private async refuseLink(target: string): Promise<void> {
    const link = await firstLinkBelow(this.fs, this.root, target);
    if (link)
      throw new ApiError('damaged-file', message('error.article.linkEscape', { reason: linkEscapeReason(link) }));
  }

  private async readIfExists(file: string): Promise<Buffer | null> {
    await this.refuseLink(file);
    try {
      return await this.fs.readFile(file);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return null;
      throw ioError(message('error.io.read', { path: file }), error);
    }
  }

  private async write(article: Article): Promise<string> {
    await this.refuseLink(this.articleFilePath(article.id));
    await this.ensureArticleDir(article.id);
    const hash = await this.writeText(article.id, serializeArticle(article));
    this.rememberContent(article, hash);
    return hash;
  }

  /** What this process wrote, so the next save need not read the file again to know its content is known. */
  private rememberContent(article: Article, hash: string): void {
    this.contentChecks.set(article.id, {
      hash,
      unsupported: unsupportedContent(article.body) !== null,
      status: article.status,
      legacyTransitions: [],
      legacyUnreadable: 0,
    });
  }

  private async ensureArticleDir(id: string): Promise<void> {
    try {
      await this.fs.mkdir(this.articleDir(id), { recursive: true });
    } catch (error) {
      throw ioError(message('error.io.writeArticle', { path: this.articleDir(id) }), error);
    }
  }

  private async writeText(id: string, text: string, beforeRename?: () => Promise<void>): Promise<string> {
    try {
      await writeFileAtomic(this.articleFilePath(id), text, this.fs, beforeRename ? { beforeRename } : {});
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw ioError(message('error.io.writeArticle', { path: this.articleDir(id) }), error);
    }
    const hash = hashBytes(text);
    this.knownHashes.set(id, hash);
    return hash;
  }
}

function vanishedWhileEditing(): ApiError {
  return new ApiError('not-found', message('error.article.vanished'));
}

function readTrashedAt(note: string | null): string | null {
  if (!note) return null;
  try {
    const value = (JSON.parse(note) as { trashedAt?: unknown }).trashedAt;
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}
