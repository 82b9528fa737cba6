import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { readTree, writeBlob, writeTree, type TreeEntry } from 'isomorphic-git';
import { MEDIA_DIR } from '../library/media';
import { classifyArticleFolderEntry } from '../library/sync-conflicts';
import type { atomicGitFs } from './git-fs';

export const TREE_MODE = '040000';
export const FILE_MODE = '100644';

/** A Git object store isomorphic-git reads and writes: the version history's, or a newsroom library's. */
export interface GitObjects {
  fs: typeof atomicGitFs;
  gitdir: string;
  /**
   * isomorphic-git's packfile cache, shared by every call given it: without one, each call that reads an object
   * from a pack loads that whole pack and its index again.
   */
  cache?: object;
}

export interface ArticleTree {
  oid: string;
  /** The article.json kept in it; null when the folder has none (a torn folder, a trashed one without it). */
  articleBytes: Uint8Array | null;
}

/**
 * An article's folder as a tree: article.json (or `bytes` in its place), the other files beside it (transitions,
 * notes, a trash note), and its media. Media are named by their content hash, so a name `previous` had is not
 * read again. Locks, temp files, sync tools' conflict copies, hidden files and links are not the article's content.
 * With `newsroomCopies`, a colleague's version the newsroom's merge kept beside the article is: it travels with
 * the article, so that both people see the two versions until one of them settles it.
 * Null when the folder does not exist and no `bytes` are given.
 */
export async function writeArticleTree(
  git: GitObjects,
  folder: string,
  bytes: Uint8Array | null,
  previous: TreeEntry[],
  options: { newsroomCopies?: boolean } = {},
): Promise<ArticleTree | null> {
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (bytes === null) return null;
    names = [];
  }
  const entries: TreeEntry[] = [];
  let articleBytes = bytes;
  for (const name of names) {
    if (name.startsWith('.')) continue;
    const file = path.join(folder, name);
    const stat = await fsp.lstat(file).catch(() => null);
    if (stat?.isDirectory() && name === MEDIA_DIR) {
      const previousMedia = previous.find((e) => e.path === MEDIA_DIR && e.type === 'tree');
      const known = previousMedia ? (await readTree({ ...git, oid: previousMedia.oid })).tree : [];
      const media = await writeFlatTree(git, file, known);
      if (media) entries.push({ mode: TREE_MODE, path: MEDIA_DIR, oid: media, type: 'tree' });
      continue;
    }
    if (!stat?.isFile()) continue;
    const entry = classifyArticleFolderEntry(name);
    const kind = entry.kind;
    if (kind === 'lock' || kind === 'temp') continue;
    if (kind === 'conflict' && !(options.newsroomCopies && entry.source === 'newsroom')) continue;
    if (kind === 'article' && articleBytes !== null) continue;
    const content = await fsp.readFile(file);
    if (kind === 'article') articleBytes = content;
    else entries.push(await blobEntry(git, name, content));
  }
  if (articleBytes !== null) entries.push(await blobEntry(git, 'article.json', articleBytes));
  return { oid: await writeTree({ ...git, tree: entries }), articleBytes };
}

/**
 * A folder of plain files as a tree (media, a logo folder); files named in `known` are taken as they were,
 * which is right for names that carry their content's hash. Null when there are none.
 */
export async function writeFlatTree(git: GitObjects, folder: string, known: TreeEntry[]): Promise<string | null> {
  const oids = new Map(known.map((e) => [e.path, e.oid]));
  const entries: TreeEntry[] = [];
  for (const name of await fsp.readdir(folder)) {
    if (name.startsWith('.')) continue;
    const oid = oids.get(name);
    if (oid) {
      entries.push({ mode: FILE_MODE, path: name, oid, type: 'blob' });
      continue;
    }
    const stat = await fsp.lstat(path.join(folder, name)).catch(() => null);
    if (stat?.isFile()) entries.push(await blobEntry(git, name, await fsp.readFile(path.join(folder, name))));
  }
  return entries.length === 0 ? null : writeTree({ ...git, tree: entries });
}

export async function blobEntry(git: GitObjects, name: string, bytes: Uint8Array): Promise<TreeEntry> {
  const oid = await writeBlob({ ...git, blob: bytes });
  return { mode: FILE_MODE, path: name, oid, type: 'blob' };
}
