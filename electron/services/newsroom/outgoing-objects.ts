import { readCommit, readTree, type TreeEntry } from 'isomorphic-git';
import type { GitObjects } from '../versions/article-tree';

interface Queued {
  oid: string;
  time: number;
  parents: string[];
  tree: string;
}

/**
 * The commits reachable from `head` and from none of `known` (which the server has, with all their history):
 * `git rev-list head --not known`. Walked newest first from both sides at once, so it stops where the two
 * histories meet instead of reading the whole history. A clock gone wrong on someone's machine can only add
 * commits the server already has, never leave out one it lacks: a commit is set aside only when it is reached
 * from a known one.
 */
export async function commitsToSend(git: GitObjects, head: string, known: readonly string[]): Promise<Queued[]> {
  const theirs = new Map<string, boolean>();
  /** Oldest first, so the newest is popped; with the count of queued commits not (yet) known to be theirs. */
  const queue: Queued[] = [];
  let queuedMine = 0;
  const queued = new Set<string>();
  const add = async (oid: string, known: boolean): Promise<void> => {
    const was = theirs.get(oid);
    if (was !== undefined) {
      if (known && !was) {
        theirs.set(oid, true);
        if (queued.has(oid)) queuedMine -= 1;
      }
      return;
    }
    // A ref of the server's that this computer never fetched: nothing of ours can lie behind it.
    const read = known ? await readCommit({ ...git, oid }).catch(() => null) : await readCommit({ ...git, oid });
    if (!read) return;
    theirs.set(oid, known);
    const { commit } = read;
    const entry = { oid, time: commit.committer.timestamp, parents: commit.parent, tree: commit.tree };
    queue.splice(sortedIndex(queue, entry.time), 0, entry);
    queued.add(oid);
    if (!known) queuedMine += 1;
  };
  await add(head, false);
  for (const oid of known) await add(oid, true);
  const mine: Queued[] = [];
  while (queuedMine > 0) {
    const next = queue.pop() as Queued;
    queued.delete(next.oid);
    const isTheirs = theirs.get(next.oid) === true;
    if (!isTheirs) {
      queuedMine -= 1;
      mine.push(next);
    }
    for (const parent of next.parents) await add(parent, isTheirs);
  }
  return mine.filter((entry) => theirs.get(entry.oid) === false);
}

/** Where an entry of `time` goes in a queue sorted oldest first: after those of the same time. */
function sortedIndex(queue: readonly Queued[], time: number): number {
  let low = 0;
  let high = queue.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((queue[middle] as Queued).time <= time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Every object the server needs to take `head` when it has `known`: the new commits and, of their trees, only
 * what differs from their parents' trees at the same path. A library of 10,000 articles with one changed
 * costs the few trees on that article's path, where a walk of whole trees reads all 10,000.
 */
export async function objectsToSend(git: GitObjects, head: string, known: readonly string[]): Promise<string[]> {
  const commits = await commitsToSend(git, head, known);
  const out = new Set<string>();
  const treeOf = new Map(commits.map((commit) => [commit.oid, commit.tree]));
  const parentTree = async (oid: string): Promise<string> =>
    treeOf.get(oid) ?? (await readCommit({ ...git, oid })).commit.tree;
  for (const commit of commits) {
    out.add(commit.oid);
    const parents = await Promise.all(commit.parents.map(parentTree));
    await addNewIn(git, commit.tree, parents, out);
  }
  return [...out];
}

/** Adds `tree` and what it holds that none of `before` (the same path in the parents) holds, to `out`. */
async function addNewIn(git: GitObjects, tree: string, before: string[], out: Set<string>): Promise<void> {
  if (before.includes(tree) || out.has(tree)) return;
  out.add(tree);
  const entries = await entriesOf(git, tree);
  const older = await Promise.all(
    before.map(async (oid) => new Map((await entriesOf(git, oid)).map((e) => [e.path, e]))),
  );
  for (const entry of entries) {
    const same = older.map((map) => map.get(entry.path)).filter((e): e is TreeEntry => e !== undefined);
    if (same.some((e) => e.oid === entry.oid)) continue;
    if (entry.type === 'tree') {
      await addNewIn(
        git,
        entry.oid,
        same.filter((e) => e.type === 'tree').map((e) => e.oid),
        out,
      );
    } else if (entry.type === 'blob') {
      out.add(entry.oid);
    }
  }
}

async function entriesOf(git: GitObjects, oid: string): Promise<TreeEntry[]> {
  return (await readTree({ ...git, oid })).tree;
}
