import {
  findMergeBase,
  readBlob,
  readCommit,
  readTree,
  writeBlob,
  writeTree,
  type FsClient,
  type TreeEntry,
} from 'isomorphic-git';
import type { ArticleConflict } from '../../../shared/sync/article-conflict';
import { mergeLibraryFile } from './merge-file';

export interface MergeCommitsOptions {
  fs: FsClient;
  gitdir: string;
  /** Our commit (this machine's) and theirs (the fetched one). */
  ours: string;
  theirs: string;
  /**
   * Who will commit the result. Nothing here writes a commit (the caller does, and moves its ref), so it is not
   * read; it is accepted so the caller can hand over the options it commits with.
   */
  author?: { name: string; email?: string } | undefined;
}

/** A file both sides changed that did not merge whole: the tree holds `mergeLibraryFile`'s bytes for it. */
export interface PathConflict {
  path: string;
  ours: Uint8Array | null;
  theirs: Uint8Array | null;
  conflicts: ArticleConflict[];
}

export interface CommitsMerge {
  /** The merged root tree (for a fast-forward, the tree of the side that is ahead). */
  tree: string;
  conflicts: PathConflict[];
  /** 'theirs': ours is an ancestor of theirs, so the caller moves to theirs; 'ours': theirs is already in ours. */
  fastForward: 'ours' | 'theirs' | null;
}

const TREE_MODE = '040000';

/**
 * A three-way merge of two commits' trees from their merge base, written as Git objects but as no commit. Only
 * the subtrees whose ids differ on both sides are read, so a merge that touches one article of ten thousand
 * reads the root, `articles/` and that article's folder. A file changed on both sides goes through the
 * library's file merge (`mergeLibraryFile`); a folder one side deleted and the other changed is kept, as
 * changed. Of several merge bases (criss-cross histories) the first is used.
 */
export async function mergeCommits(options: MergeCommitsOptions): Promise<CommitsMerge> {
  const { fs, gitdir, ours, theirs } = options;
  const treeOf = async (oid: string) => (await readCommit({ fs, gitdir, oid })).commit.tree;
  if (ours === theirs) return { tree: await treeOf(ours), conflicts: [], fastForward: 'ours' };
  const [base] = (await findMergeBase({ fs, gitdir, oids: [ours, theirs] })) as string[];
  if (base === theirs) return { tree: await treeOf(ours), conflicts: [], fastForward: 'ours' };
  if (base === ours) return { tree: await treeOf(theirs), conflicts: [], fastForward: 'theirs' };
  const merger = new TreeMerger(fs, gitdir);
  const tree = await merger.mergeTrees(
    '',
    base === undefined ? null : await treeOf(base),
    await treeOf(ours),
    await treeOf(theirs),
  );
  return { tree: tree ?? (await writeTree({ fs, gitdir, tree: [] })), conflicts: merger.conflicts, fastForward: null };
}

class TreeMerger {
  readonly conflicts: PathConflict[] = [];

  constructor(
    private readonly fs: FsClient,
    private readonly gitdir: string,
  ) {}

  /** The merged tree's id, or null when nothing is left in it (Git keeps no empty folders). */
  async mergeTrees(prefix: string, base: string | null, ours: string, theirs: string): Promise<string | null> {
    if (ours === theirs || base === theirs) return ours;
    if (base === ours) return theirs;
    const [b, o, t] = await Promise.all([
      base === null ? [] : this.entries(base),
      this.entries(ours),
      this.entries(theirs),
    ]);
    const byName = (list: TreeEntry[]) => new Map(list.map((entry) => [entry.path, entry]));
    const [bm, om, tm] = [byName(b), byName(o), byName(t)];
    const merged: TreeEntry[] = [];
    for (const name of new Set([...om.keys(), ...tm.keys(), ...bm.keys()])) {
      const entry = await this.mergeEntry(`${prefix}${name}`, bm.get(name), om.get(name), tm.get(name));
      if (entry) merged.push({ ...entry, path: name });
    }
    if (merged.length === 0) return null;
    return writeTree({ fs: this.fs, gitdir: this.gitdir, tree: merged });
  }

  private async mergeEntry(
    path: string,
    base: TreeEntry | undefined,
    ours: TreeEntry | undefined,
    theirs: TreeEntry | undefined,
  ): Promise<TreeEntry | undefined> {
    if (sameEntry(ours, theirs) || sameEntry(base, theirs)) return ours;
    if (sameEntry(base, ours)) return theirs;
    // Both changed it. A folder on both sides merges inside; a folder one side deleted stays, as changed.
    if (ours?.type === 'tree' && theirs?.type === 'tree') {
      const oid = await this.mergeTrees(`${path}/`, base?.type === 'tree' ? base.oid : null, ours.oid, theirs.oid);
      return oid === null ? undefined : { mode: TREE_MODE, path, oid, type: 'tree' };
    }
    if (ours === undefined || theirs === undefined) {
      const kept = (ours ?? theirs) as TreeEntry;
      if (kept.type === 'tree') return kept;
    }
    if (!isBlobOrAbsent(ours) || !isBlobOrAbsent(theirs) || !isBlobOrAbsent(base))
      return this.keepOurs(path, ours, theirs);
    const [b, o, t] = await Promise.all([this.blob(base), this.blob(ours), this.blob(theirs)]);
    const merged = mergeLibraryFile(path, b, o, t);
    if (merged.kind === 'conflict') this.conflicts.push({ path, ours: o, theirs: t, conflicts: merged.conflicts });
    if (merged.bytes === null) return undefined;
    const mode = (ours ?? theirs)?.mode ?? '100644';
    const oid = await writeBlob({ fs: this.fs, gitdir: this.gitdir, blob: merged.bytes });
    return { mode, path, oid, type: 'blob' };
  }

  /** A file on one side and a folder on the other (or a submodule): nothing to merge, ours stays. */
  private async keepOurs(
    path: string,
    ours: TreeEntry | undefined,
    theirs: TreeEntry | undefined,
  ): Promise<TreeEntry | undefined> {
    const bytes = async (entry: TreeEntry | undefined) => (entry?.type === 'blob' ? this.blob(entry) : null);
    this.conflicts.push({ path, ours: await bytes(ours), theirs: await bytes(theirs), conflicts: [] });
    return ours;
  }

  private async entries(oid: string): Promise<TreeEntry[]> {
    return (await readTree({ fs: this.fs, gitdir: this.gitdir, oid })).tree;
  }

  private async blob(entry: TreeEntry | undefined): Promise<Uint8Array | null> {
    if (entry === undefined) return null;
    return (await readBlob({ fs: this.fs, gitdir: this.gitdir, oid: entry.oid })).blob;
  }
}

function sameEntry(a: TreeEntry | undefined, b: TreeEntry | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.oid === b.oid && a.type === b.type && a.mode === b.mode;
}

function isBlobOrAbsent(entry: TreeEntry | undefined): boolean {
  return entry === undefined || entry.type === 'blob';
}
