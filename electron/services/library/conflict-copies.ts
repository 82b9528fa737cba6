import path from 'node:path';
import type { ArticleFile, ConflictCopy } from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { message, type Message } from '../../../shared/i18n/message';
import { cleanArticle } from '../../../shared/security/clean-article';
import { writeFileAtomic } from '../fs/atomic-write';
import { ioError, ioReason, isCode } from '../fs/io-error';
import { firstLinkBelow, linkEscapeReason } from '../fs/symlink-guard';
import { hashBytes, parseArticleFile, serializeArticle } from './article-file';
import type { LibraryStore } from './library-store';
import { copyMediaFiles, MEDIA_DIR } from './media';
import { classifyArticleFolderEntry, classifyArticlesEntry, describeConflictSource } from './sync-conflicts';

/** Where a conflict copy lives: a file beside article.json, or a whole copied folder beside the article's. */
interface CopyLocation {
  /** As the API names it: a file name in the article folder, or `../<folder>/article.json`. */
  fileName: string;
  description: Message;
  file: string;
  /** The copied folder for folder-level conflicts (its media are merged when it is resolved). */
  folder: string | null;
  /** A colleague's version the newsroom's merge kept beside the article (sync-conflicts.ts `newsroom`). */
  newsroom: boolean;
}

export interface FolderCopy {
  id: string;
  folderName: string;
  description: Message;
}

/**
 * Conflict copies that sync tools leave beside an article: listed as conflicts of their article,
 * resolved by the journalist's choice, and the version not kept is stored as a revision, never deleted.
 */
export class ConflictCopies {
  constructor(private readonly store: LibraryStore) {}

  /** Copies of one article, found by their names (the sync tools' naming rules). */
  async locate(id: string, folderCopies?: FolderCopy[]): Promise<CopyLocation[]> {
    const fs = this.store.fileSystem;
    const found: CopyLocation[] = [];
    const inFolder = await fs.readdir(this.store.articleDir(id)).catch(() => [] as string[]);
    for (const name of inFolder) {
      const entry = classifyArticleFolderEntry(name);
      if (entry.kind !== 'conflict') continue;
      found.push({
        fileName: name,
        description: describeConflictSource(entry),
        file: path.join(this.store.articleDir(id), name),
        folder: null,
        newsroom: entry.source === 'newsroom',
      });
    }
    for (const copy of folderCopies ?? (await this.folderCopies())) {
      if (copy.id !== id) continue;
      found.push({
        fileName: `../${copy.folderName}/article.json`,
        description: copy.description,
        file: path.join(this.store.articlesDir, copy.folderName, 'article.json'),
        folder: path.join(this.store.articlesDir, copy.folderName),
        newsroom: false,
      });
    }
    return found.sort((a, b) => a.fileName.localeCompare(b.fileName));
  }

  /** Whole article folders copied by a sync tool (`<id> (conflicted copy …)`), by the article they copy. */
  async folderCopies(): Promise<FolderCopy[]> {
    const names = await this.store.fileSystem.readdir(this.store.articlesDir).catch(() => [] as string[]);
    const ids = new Set(names.filter((name) => classifyArticlesEntry(name).kind === 'article-folder'));
    const copies: FolderCopy[] = [];
    for (const name of names) {
      const entry = classifyArticlesEntry(name, ids);
      if (entry.kind === 'folder-conflict') {
        copies.push({ id: entry.id, folderName: name, description: describeConflictSource(entry) });
      }
    }
    return copies;
  }

  async list(id: string): Promise<ConflictCopy[]> {
    const copies: ConflictCopy[] = [];
    for (const location of await this.locate(id)) {
      const link = await this.linkOf(location);
      if (link) {
        copies.push({
          fileName: location.fileName,
          description: location.description,
          hash: '',
          article: null,
          reason: linkEscapeReason(link),
        });
        continue;
      }
      let bytes: Buffer;
      try {
        bytes = await this.store.fileSystem.readFile(location.file);
      } catch (error) {
        if (isCode(error, 'ENOENT')) continue;
        copies.push({
          fileName: location.fileName,
          description: location.description,
          hash: '',
          article: null,
          reason: message('damaged.copyUnreadable', { reason: ioReason(error) }),
        });
        continue;
      }
      const parsed = parseArticleFile(bytes, id, this.store.migrations);
      copies.push({
        fileName: location.fileName,
        description: location.description,
        hash: hashBytes(bytes),
        article: parsed.ok ? cleanArticle(parsed.article) : null,
        reason: parsed.ok ? null : parsed.reason,
      });
    }
    return copies;
  }

  /**
   * Keeps one version as the article, both sides as versions in the history first, then removes
   * the copy. Only a copy that `list` reports can be named, so no path from outside reaches the disk.
   */
  async resolve(id: string, fileName: string, keep: 'current' | 'copy'): Promise<ArticleFile> {
    const location = (await this.locate(id)).find((copy) => copy.fileName === fileName);
    if (!location) throw new ApiError('not-found', message('error.copies.gone'));
    const fs = this.store.fileSystem;
    const link =
      (await this.linkOf(location)) ?? (await firstLinkBelow(fs, this.store.root, this.store.articleFilePath(id)));
    if (link)
      throw new ApiError('damaged-file', message('error.copies.linkEscape', { reason: linkEscapeReason(link) }));
    const copyBytes = await fs.readFile(location.file).catch((error: unknown) => {
      throw ioError(message('error.io.readCopy'), error);
    });
    // Under the article's lock: a save from another window never lands between the check and the write.
    await this.store.withArticleLock(id, async () => {
      if (keep === 'copy') {
        const parsed = parseArticleFile(copyBytes, id, this.store.migrations);
        if (!parsed.ok) throw new ApiError('damaged-file', message('error.copies.damaged', { reason: parsed.reason }));
        const currentBytes = await fs.readFile(this.store.articleFilePath(id)).catch(() => null);
        if (currentBytes) await this.store.keepVersion(id, currentBytes, 'conflict-mine');
        await this.store.keepVersion(id, copyBytes, 'conflict-theirs');
        await this.mergeMedia(location.folder, id);
        // The copy came from another machine: it is written cleaned, as any article the app writes. A newsroom's
        // copy brings its text, never its status: there the status is the steps' log, which the copy did not write.
        const current =
          location.newsroom && currentBytes ? parseArticleFile(currentBytes, id, this.store.migrations) : null;
        const chosen = current?.ok ? { ...parsed.article, status: current.article.status } : parsed.article;
        const keptBytes = serializeArticle(cleanArticle(chosen));
        try {
          await writeFileAtomic(this.store.articleFilePath(id), keptBytes, fs);
        } catch (error) {
          throw ioError(message('error.io.writeChosen'), error);
        }
        this.store.markOwnVersion(id, hashBytes(keptBytes));
      } else {
        await this.store.keepVersion(id, copyBytes, 'conflict-theirs');
        const currentBytes = await fs.readFile(this.store.articleFilePath(id)).catch(() => null);
        if (currentBytes) await this.store.keepVersion(id, currentBytes, 'conflict-mine');
        await this.mergeMedia(location.folder, id);
      }
    });
    try {
      await fs.rm(location.folder ?? location.file, { recursive: true, force: true });
    } catch (error) {
      throw ioError(message('error.io.removeCopy'), error);
    }
    return this.store.get(id);
  }

  /** A copy reached through a symbolic link (its folder, or the file) is never read: it may lie outside. */
  private linkOf(location: CopyLocation): Promise<string | null> {
    return firstLinkBelow(this.store.fileSystem, this.store.root, location.file);
  }

  /** Images referenced by either version must survive: a copied folder's media join the article's. */
  private async mergeMedia(folder: string | null, id: string): Promise<void> {
    if (!folder) return;
    await copyMediaFiles(
      this.store.fileSystem,
      this.store.root,
      path.join(folder, MEDIA_DIR),
      this.store.articleDir(id),
    );
  }
}
