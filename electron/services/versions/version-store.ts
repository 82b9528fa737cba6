import { promises as fsp } from 'node:fs';
import path from 'node:path';
import {
  init,
  readBlob,
  readCommit,
  readTree,
  resolveRef,
  writeCommit,
  writeRef,
  writeTree,
  type TreeEntry,
} from 'isomorphic-git';
import { ApiError } from '../../../shared/api/errors';
import type { ArticleStatus } from '../../../shared/domain/article';
import type { VersionEntry, VersionReason } from '../../../shared/domain/versions';
import { message } from '../../../shared/i18n/message';
import { withFileLock } from '../fs/file-lock';
import { ioError, isCode } from '../fs/io-error';
import { parseArticleFile } from '../library/article-file';
import type { ConflictVersions, KeptSide } from '../library/library-store';
import { MEDIA_DIR } from '../library/media';
import { TREE_MODE, writeArticleTree, type GitObjects } from './article-tree';
import { atomicGitFs } from './git-fs';
import { VersionIndex, type IndexLine } from './version-index';
import { readVersionMessage, versionMessage, type VersionFacts } from './version-message';

const REF = 'refs/heads/main';

export interface VersionStoreOptions {
  /** `<userData>/versions/<library key>/`: the repository and its index, never inside the library. */
  dir: string;
  /** The library's root: articles are read from `<libraryRoot>/articles/<id>/`. */
  libraryRoot: string;
  /** The person's name from settings: who kept a version. */
  author: () => string;
  clock?: () => Date;
}

export interface CommitOptions {
  reason: VersionReason;
  /** The article's status at this version; read from the kept article.json when not given. */
  status?: ArticleStatus;
  note?: string;
  /** The article.json to keep, when it is not the one on disk (a conflict's side that was never written). */
  bytes?: string | Uint8Array;
  /** When it was kept (migration keeps the old file's time); now when not given. */
  at?: Date;
  /** Keep a version only when the article differs from its last version (the interval autosave). */
  onlyIfChanged?: boolean;
}

/**
 * Every kept version of every article of one library, as commits of one Git history (refs/heads/main)
 * written by isomorphic-git. A commit replaces only the article's subtree `articles/<id>/` in the previous
 * root tree, so keeping a version costs the same in a library of ten articles as in one of ten thousand.
 * Commits take turns, within this process and across processes (a lock file beside the repository).
 */
export class VersionStore implements ConflictVersions {
  private readonly gitdir: string;
  private readonly index: VersionIndex;
  private readonly clock: () => Date;
  private readonly fs = atomicGitFs;
  private get git(): GitObjects {
    return { fs: this.fs, gitdir: this.gitdir };
  }

  private constructor(private readonly options: VersionStoreOptions) {
    this.gitdir = path.join(options.dir, 'git');
    this.index = new VersionIndex(path.join(options.dir, 'index'));
    this.clock = options.clock ?? (() => new Date());
  }

  static async open(options: VersionStoreOptions): Promise<VersionStore> {
    const store = new VersionStore(options);
    try {
      await fsp.mkdir(options.dir, { recursive: true });
      await init({ fs: store.fs, dir: options.dir, gitdir: store.gitdir, bare: true, defaultBranch: 'main' });
    } catch (error) {
      throw ioError(message('error.versions.unavailable'), error);
    }
    return store;
  }

  get libraryRoot(): string {
    return this.options.libraryRoot;
  }

  /** Keeps the article as it is now (or `bytes` as its article.json) as a new version; its id, or null when unchanged. */
  async commitArticle(id: string, options: CommitOptions): Promise<string | null> {
    try {
      return await withFileLock(path.join(this.options.dir, 'commit.lock'), () => this.commitNow(id, options));
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw ioError(message('error.versions.unavailable'), error);
    }
  }

  /** A side of a conflict, kept before the conflict is resolved (the library store calls this). */
  async keep(id: string, bytes: string | Uint8Array, side: KeptSide): Promise<void> {
    await this.commitArticle(id, { reason: side, bytes });
  }

  /** The article's versions, newest first. */
  async list(id: string): Promise<VersionEntry[]> {
    try {
      await withFileLock(path.join(this.options.dir, 'commit.lock'), () => this.catchUp());
      const lines = await this.index.entries(id);
      return lines
        .map(({ tree: _tree, ...entry }) => entry)
        .reverse()
        .sort((a, b) => b.at.localeCompare(a.at));
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw ioError(message('error.versions.unavailable'), error);
    }
  }

  /** The article.json bytes of one version; not-found when the version is not one of this article's. */
  async readBytes(id: string, version: string): Promise<Uint8Array> {
    await this.facts(id, version);
    try {
      const { blob } = await readBlob({ fs: this.fs, gitdir: this.gitdir, oid: version, filepath: articlePath(id) });
      return blob;
    } catch {
      throw new ApiError('damaged-file', message('error.versions.damaged'));
    }
  }

  /** The media files of one version (`media/<name>`), for a restore to put back what the sweep removed. */
  async readMedia(id: string, version: string): Promise<Array<{ name: string; bytes: Uint8Array }>> {
    await this.facts(id, version);
    try {
      const { tree } = await readTree({
        fs: this.fs,
        gitdir: this.gitdir,
        oid: version,
        filepath: `${articleDirPath(id)}/${MEDIA_DIR}`,
      });
      const files = [];
      for (const entry of tree.filter((e) => e.type === 'blob')) {
        const { blob } = await readBlob({ fs: this.fs, gitdir: this.gitdir, oid: entry.oid });
        files.push({ name: entry.path, bytes: blob });
      }
      return files;
    } catch {
      return [];
    }
  }

  /** The last version of the article (index order), or null. */
  async latest(id: string): Promise<IndexLine | null> {
    const lines = await this.index.entries(id);
    return lines.at(-1) ?? null;
  }

  private async facts(id: string, version: string): Promise<VersionFacts> {
    let text: string;
    try {
      text = (await readCommit({ fs: this.fs, gitdir: this.gitdir, oid: version })).commit.message;
    } catch (error) {
      if (isNotFound(error)) throw new ApiError('not-found', message('error.versions.notFound'));
      throw new ApiError('damaged-file', message('error.versions.damaged'));
    }
    const facts = readVersionMessage(text);
    if (facts?.article !== id) throw new ApiError('not-found', message('error.versions.notFound'));
    return facts;
  }

  private async head(): Promise<string | null> {
    try {
      return await resolveRef({ fs: this.fs, gitdir: this.gitdir, ref: REF });
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  private async commitNow(id: string, options: CommitOptions): Promise<string | null> {
    await this.catchUp();
    const head = await this.head();
    const root = head ? await this.tree(head) : [];
    const articlesOid = root.find((e) => e.path === 'articles' && e.type === 'tree')?.oid;
    const articles = articlesOid ? await this.tree(articlesOid) : [];
    const previousOid = articles.find((e) => e.path === id && e.type === 'tree')?.oid;
    const previous = previousOid ? await this.tree(previousOid) : [];
    const built = await this.articleTree(id, options.bytes, previous);
    if (options.onlyIfChanged && built.oid === (await this.latest(id))?.tree) return null;
    const articlesTree = await this.writeTreeWith(articles, {
      mode: TREE_MODE,
      path: id,
      oid: built.oid,
      type: 'tree',
    });
    const rootTree = await this.writeTreeWith(root, {
      mode: TREE_MODE,
      path: 'articles',
      oid: articlesTree,
      type: 'tree',
    });
    const at = options.at ?? this.clock();
    const facts: VersionFacts = {
      article: id,
      at: at.toISOString(),
      by: this.options.author().trim(),
      reason: options.reason,
      status: options.status ?? statusOf(built.articleBytes, id),
      ...(options.note ? { note: options.note } : {}),
    };
    const person = {
      name: facts.by || 'Shpalta',
      email: '',
      timestamp: Math.floor(at.getTime() / 1000),
      timezoneOffset: 0,
    };
    const oid = await writeCommit({
      fs: this.fs,
      gitdir: this.gitdir,
      commit: {
        message: versionMessage(facts),
        tree: rootTree,
        parent: head ? [head] : [],
        author: person,
        committer: person,
      },
    });
    await writeRef({ fs: this.fs, gitdir: this.gitdir, ref: REF, value: oid, force: true });
    await this.index.append(id, { ...entryOf(oid, facts), tree: built.oid });
    await this.index.setIndexedHead(oid);
    return oid;
  }

  /** Adds to the index the commits made after its HEAD (by a process that died before indexing them). */
  private async catchUp(): Promise<void> {
    const head = await this.head();
    const indexed = await this.index.indexedHead();
    if (head === null || head === indexed) return;
    const missing: Array<{ oid: string; facts: VersionFacts }> = [];
    for (let oid: string | undefined = head; oid && oid !== indexed;) {
      const { commit } = await readCommit({ fs: this.fs, gitdir: this.gitdir, oid });
      const facts = readVersionMessage(commit.message);
      if (facts) missing.push({ oid, facts });
      oid = commit.parent[0];
    }
    for (const { oid, facts } of missing.reverse()) await this.index.append(facts.article, entryOf(oid, facts));
    await this.index.setIndexedHead(head);
  }

  private async tree(oid: string): Promise<TreeEntry[]> {
    return (await readTree({ fs: this.fs, gitdir: this.gitdir, oid })).tree;
  }

  private async writeTreeWith(entries: TreeEntry[], entry: TreeEntry): Promise<string> {
    const tree = [...entries.filter((e) => e.path !== entry.path), entry];
    return writeTree({ fs: this.fs, gitdir: this.gitdir, tree });
  }

  /** The article's folder as a tree (article-tree.ts); not-found when it has no article.json at all. */
  private async articleTree(
    id: string,
    bytes: string | Uint8Array | undefined,
    previous: TreeEntry[],
  ): Promise<{ oid: string; articleBytes: Uint8Array }> {
    const folder = path.join(this.options.libraryRoot, 'articles', id);
    const built = await writeArticleTree(this.git, folder, bytes === undefined ? null : toBytes(bytes), previous);
    if (built?.articleBytes == null) throw new ApiError('not-found', message('error.article.notFound'));
    return { oid: built.oid, articleBytes: built.articleBytes };
  }
}

function articleDirPath(id: string): string {
  return `articles/${id}`;
}

function articlePath(id: string): string {
  return `${articleDirPath(id)}/article.json`;
}

function toBytes(bytes: string | Uint8Array): Uint8Array {
  return typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
}

function statusOf(bytes: Uint8Array, id: string): ArticleStatus | null {
  const parsed = parseArticleFile(bytes, id);
  return parsed.ok ? parsed.article.status : null;
}

function entryOf(version: string, facts: VersionFacts): VersionEntry {
  const { at, by, reason, status, note } = facts;
  return note === undefined ? { version, at, by, reason, status } : { version, at, by, reason, status, note };
}

function isNotFound(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === 'NotFoundError' || isCode(error, 'ENOENT');
}
