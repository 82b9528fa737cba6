import { readBlob, readTree, writeTree, type TreeEntry } from 'isomorphic-git';
import { TREE_MODE, type GitObjects } from '../versions/article-tree';

/** The entries of a tree by name; none for no tree. Shared with other readers: never changed in place. */
export async function treeEntries(git: GitObjects, tree: string | null): Promise<ReadonlyMap<string, TreeEntry>> {
  if (tree === null) return new Map();
  const memo = git.cache ? treeMemo(git.cache) : null;
  const known = memo?.get(tree);
  if (known) {
    memo?.delete(tree);
    memo?.set(tree, known);
    return known;
  }
  const entries = new Map((await readTree({ ...git, oid: tree })).tree.map((e) => [e.path, e]));
  if (memo) {
    memo.set(tree, entries);
    for (const oldest of memo.keys()) {
      if (memo.size <= MEMO_TREES) break;
      memo.delete(oldest);
    }
  }
  return entries;
}

/**
 * The last trees read, by object id (a tree never changes under its id), kept beside isomorphic-git's packfile
 * cache for as long as it lives. Writing out a newsroom of 10,000 articles looks up every article in the same
 * 10,000-entry `articles` tree: parsed once instead of once per article.
 */
const MEMO_TREES = 16;
const TREES = Symbol('parsed trees');

function treeMemo(cache: object): Map<string, ReadonlyMap<string, TreeEntry>> {
  const holder = cache as { [TREES]?: Map<string, ReadonlyMap<string, TreeEntry>> };
  holder[TREES] ??= new Map();
  return holder[TREES];
}

/** The entry at a slash path in a root tree, or null. */
export async function entryAt(git: GitObjects, rootTree: string | null, at: string): Promise<TreeEntry | null> {
  let tree = rootTree;
  const parts = at.split('/');
  for (const [index, part] of parts.entries()) {
    const entry = (await treeEntries(git, tree)).get(part) ?? null;
    if (!entry || index === parts.length - 1) return entry;
    if (entry.type !== 'tree') return null;
    tree = entry.oid;
  }
  return null;
}

/** The bytes of the blob at a slash path, or null. */
export async function blobAt(git: GitObjects, rootTree: string | null, at: string): Promise<Uint8Array | null> {
  const entry = await entryAt(git, rootTree, at);
  if (entry?.type !== 'blob') return null;
  return (await readBlob({ ...git, oid: entry.oid })).blob;
}

/**
 * `root` with `entry` at the slash path `at` (null removes it, and a folder left empty goes too); only the
 * trees on the way are read and written. Null when nothing is left.
 */
export async function withEntry(
  git: GitObjects,
  root: string | null,
  at: string,
  entry: TreeEntry | null,
): Promise<string | null> {
  const [head, ...rest] = at.split('/') as [string, ...string[]];
  const entries = new Map(await treeEntries(git, root));
  let replaced = entry ? { ...entry, path: head } : null;
  if (rest.length > 0) {
    const sub = entries.get(head);
    const oid = await withEntry(git, sub?.type === 'tree' ? sub.oid : null, rest.join('/'), entry);
    replaced = oid ? { mode: TREE_MODE, path: head, oid, type: 'tree' } : null;
  }
  entries.delete(head);
  if (replaced) entries.set(head, replaced);
  if (entries.size === 0) return null;
  return writeTree({ ...git, tree: [...entries.values()] });
}

/** An empty tree's id, for a library with nothing in it yet. */
export function emptyTree(git: GitObjects): Promise<string> {
  return writeTree({ ...git, tree: [] });
}
