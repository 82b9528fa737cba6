import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { init, writeBlob, writeCommit, writeTree, type TreeEntry } from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { commitsToSend, objectsToSend } from '../../../../electron/services/newsroom/outgoing-objects';
import { withEntry } from '../../../../electron/services/newsroom/tree-edit';
import type { GitObjects } from '../../../../electron/services/versions/article-tree';
import { atomicGitFs } from '../../../../electron/services/versions/git-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-outgoing-');
const run = promisify(execFile);

async function objects(): Promise<GitObjects> {
  const gitdir = path.join(await tempDir(), 'git');
  await init({ fs: atomicGitFs, gitdir, bare: true });
  return { fs: atomicGitFs, gitdir, cache: {} };
}

/** What real Git says the server lacks: `git rev-list --objects head --not known`. */
async function gitSays(git: GitObjects, head: string, known: string[]): Promise<string[]> {
  const args = ['--git-dir', git.gitdir, 'rev-list', '--objects', head, ...(known.length ? ['--not', ...known] : [])];
  const { stdout } = await run('git', args);
  return stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => line.slice(0, 40));
}

async function article(git: GitObjects, id: string, text: string): Promise<TreeEntry> {
  const blob = await writeBlob({ ...git, blob: new TextEncoder().encode(`{"id":"${id}","text":"${text}"}\n`) });
  const tree = await writeTree({ ...git, tree: [{ mode: '100644', path: 'article.json', oid: blob, type: 'blob' }] });
  return { mode: '040000', path: id, oid: tree, type: 'tree' };
}

async function library(git: GitObjects, count: number): Promise<string> {
  const entries: TreeEntry[] = [];
  for (let i = 0; i < count; i += 1) entries.push(await article(git, `a-${i}`, 'first'));
  const articles = await writeTree({ ...git, tree: entries });
  return writeTree({ ...git, tree: [{ mode: '040000', path: 'articles', oid: articles, type: 'tree' }] });
}

async function edit(git: GitObjects, root: string, id: string, text: string): Promise<string> {
  return (await withEntry(git, root, `articles/${id}`, await article(git, id, text))) as string;
}

let clock = 1_800_000_000;
async function commit(git: GitObjects, tree: string, parent: string[], at = (clock += 60)): Promise<string> {
  const person = { name: 'olena', email: 'olena', timestamp: at, timezoneOffset: 0 };
  return writeCommit({ ...git, commit: { message: 'step\n', tree, parent, author: person, committer: person } });
}

const sorted = (oids: Iterable<string>) => [...oids].sort();

describe('what a push sends', () => {
  it('one changed article in a library: its commit and the trees on its path, as Git counts them', async () => {
    const git = await objects();
    const base = await commit(git, await library(git, 300), []);
    const root = (await gitSays(git, base, []))[1] as string;
    const head = await commit(git, await edit(git, root, 'a-7', 'second'), [base]);

    const sent = await objectsToSend(git, head, [base]);
    expect(sent).toHaveLength(5); // commit, root, articles, the article's folder, its article.json
    expect(sorted(sent)).toEqual(sorted(await gitSays(git, head, [base])));
  });

  it('merged work: what came from the server is not sent again', async () => {
    const git = await objects();
    const base = await commit(git, await library(git, 50), []);
    const root = (await gitSays(git, base, []))[1] as string;
    const mineTree = await edit(git, root, 'a-1', 'mine');
    const mine = await commit(git, mineTree, [base]);
    const theirs = await commit(git, await edit(git, root, 'a-2', 'theirs'), [base]);
    const merged = await commit(git, await edit(git, mineTree, 'a-2', 'theirs'), [mine, theirs]);

    const sent = await objectsToSend(git, merged, [theirs]);
    expect(sorted(sent)).toEqual(sorted(await gitSays(git, merged, [theirs])));
    expect(sent).not.toContain(theirs);
  });

  it('a server with nothing yet gets the whole history', async () => {
    const git = await objects();
    const base = await commit(git, await library(git, 20), []);
    const root = (await gitSays(git, base, []))[1] as string;
    const head = await commit(git, await edit(git, root, 'a-3', 'second'), [base]);
    expect(sorted(await objectsToSend(git, head, []))).toEqual(sorted(await gitSays(git, head, [])));
  });

  it('a server ref this computer never fetched is passed over', async () => {
    const git = await objects();
    const base = await commit(git, await library(git, 10), []);
    const root = (await gitSays(git, base, []))[1] as string;
    const head = await commit(git, await edit(git, root, 'a-3', 'second'), [base]);
    const unknown = 'f'.repeat(40);
    expect(sorted(await objectsToSend(git, head, [unknown, base]))).toEqual(sorted(await gitSays(git, head, [base])));
  });

  it('a clock gone backwards sends more than needed, never less', async () => {
    const git = await objects();
    const base = await commit(git, await library(git, 10), [], 2_000_000_000);
    const root = (await gitSays(git, base, []))[1] as string;
    // The server's tip is later than base; ours was written on a machine whose clock ran years behind.
    const server = await commit(git, await edit(git, root, 'a-1', 'server'), [base], 2_000_000_100);
    const serverRoot = (await gitSays(git, server, [base]))[1] as string;
    const head = await commit(git, await edit(git, serverRoot, 'a-2', 'ours'), [server], 1_000_000_000);

    const commits = await commitsToSend(git, head, [server]);
    expect(commits.map((entry) => entry.oid)).toEqual([head]);
    const sent = new Set(await objectsToSend(git, head, [server]));
    for (const oid of await gitSays(git, head, [server])) expect(sent.has(oid)).toBe(true);
  });

  it('stops where the histories meet instead of reading all of it', async () => {
    const git = await objects();
    let tip = await commit(git, await library(git, 5), []);
    const root = (await gitSays(git, tip, []))[1] as string;
    for (let i = 0; i < 200; i += 1) tip = await commit(git, await edit(git, root, 'a-1', `v${i}`), [tip]);
    const head = await commit(git, await edit(git, root, 'a-2', 'new'), [tip]);
    const reads: string[] = [];
    const counting: GitObjects = {
      ...git,
      fs: {
        promises: {
          ...atomicGitFs.promises,
          readFile: ((file: string, ...rest: unknown[]) => {
            if (typeof file === 'string' && /objects[\\/][0-9a-f]{2}[\\/]/.test(file)) reads.push(file);
            return (atomicGitFs.promises.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
          }) as typeof atomicGitFs.promises.readFile,
        },
      },
      cache: {},
    };
    expect((await commitsToSend(counting, head, [tip])).map((entry) => entry.oid)).toEqual([head]);
    expect(reads.length).toBeGreaterThan(0);
    expect(reads.length).toBeLessThan(10);
  });
});
