import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { init, writeBlob, writeTree, type TreeEntry } from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { entryAt, treeEntries, withEntry } from '../../../../electron/services/newsroom/tree-edit';
import { atomicGitFs } from '../../../../electron/services/versions/git-fs';
import type { GitObjects } from '../../../../electron/services/versions/article-tree';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-tree-edit-');

/** The app's Git file system, noting every loose object read through it. */
function countingFs(reads: string[]): typeof atomicGitFs {
  return {
    promises: {
      ...atomicGitFs.promises,
      readFile: ((file: string, ...rest: unknown[]) => {
        const found = /objects[\\/]([0-9a-f]{2})[\\/]([0-9a-f]{38})$/.exec(file);
        if (found) reads.push(`${found[1]}${found[2]}`);
        return (fsp.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
      }) as typeof fsp.readFile,
    },
  };
}

/** A root tree `articles/<id>/article.json` for each id, written with isomorphic-git. */
async function library(git: GitObjects, ids: string[]): Promise<{ root: string; articles: string }> {
  const entries: TreeEntry[] = [];
  for (const id of ids) {
    const blob = await writeBlob({ ...git, blob: new TextEncoder().encode(`{"id":"${id}"}\n`) });
    const tree = await writeTree({ ...git, tree: [{ mode: '100644', path: 'article.json', oid: blob, type: 'blob' }] });
    entries.push({ mode: '040000', path: id, oid: tree, type: 'tree' });
  }
  const articles = await writeTree({ ...git, tree: entries });
  const root = await writeTree({ ...git, tree: [{ mode: '040000', path: 'articles', oid: articles, type: 'tree' }] });
  return { root, articles };
}

async function objects(reads: string[]): Promise<GitObjects> {
  const gitdir = path.join(await tempDir(), 'git');
  await init({ fs: atomicGitFs, gitdir, bare: true });
  return { fs: countingFs(reads), gitdir };
}

describe('tree edits with a cache', () => {
  it('reads a tree once while its cache lives, and every time without one', async () => {
    const reads: string[] = [];
    const git = await objects(reads);
    const { root, articles } = await library(git, ['a-1', 'a-2', 'a-3']);
    const cached = { ...git, cache: {} };
    for (const id of ['a-1', 'a-2', 'a-3']) expect(await entryAt(cached, root, `articles/${id}`)).not.toBeNull();
    expect(reads.filter((oid) => oid === articles)).toHaveLength(1);

    reads.length = 0;
    for (const id of ['a-1', 'a-2', 'a-3']) await entryAt(git, root, `articles/${id}`);
    expect(reads.filter((oid) => oid === articles)).toHaveLength(3);
  });

  it('an edit leaves the trees it started from as they were', async () => {
    const git = { ...(await objects([])), cache: {} };
    const { root, articles } = await library(git, ['a-1', 'a-2']);
    const before = [...(await treeEntries(git, articles)).keys()];

    const added = await withEntry(git, root, 'articles/a-3', await entryAt(git, root, 'articles/a-1'));
    const removed = await withEntry(git, root, 'articles/a-2', null);

    expect([...(await treeEntries(git, articles)).keys()]).toEqual(before);
    expect(await entryAt(git, root, 'articles/a-3')).toBeNull();
    expect(await entryAt(git, added, 'articles/a-3')).not.toBeNull();
    expect(await entryAt(git, removed, 'articles/a-2')).toBeNull();
    expect(await entryAt(git, removed, 'articles/a-1')).not.toBeNull();
  });
});
