import fs, { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { init, writeBlob, writeCommit, writeRef, writeTree, type TreeEntry } from 'isomorphic-git';
import { newArticle } from '../../shared/domain/article';
import { docFromParagraphs } from '../../shared/domain/doc';
import { serializeArticle } from '../../electron/services/library/article-file';
import { VersionStore } from '../../electron/services/versions/version-store';
import type { BenchCase } from '../harness';
import { generateParagraphs } from '../uk-text';

const ARTICLES = 10_000;
const WARM_UP = 3;
const RUNS = 30;

/**
 * `revisions.commit.10k-library`: keeping one changed article as a version in a library of 10,000 whose
 * history already holds all of them (VersionStore.commitArticle: the article's subtree, the 10,000-entry
 * `articles` tree, the root, the commit, the ref, the index). The history is built once, as one commit of
 * the whole library written straight with isomorphic-git; real files in a temp folder.
 */
export const versionCases: BenchCase[] = [
  {
    id: 'revisions.commit.10k-library',
    description: 'версія однієї зміненої статті в бібліотеці з 10 000 статей (Git, isomorphic-git)',
    async run() {
      const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-versions-'));
      const library = path.join(root, 'library');
      const dir = path.join(root, 'versions');
      const gitdir = path.join(dir, 'git');
      try {
        await init({ fs, dir, gitdir, bare: true, defaultBranch: 'main' });
        const body = docFromParagraphs(generateParagraphs(300, 2026));
        const articles: TreeEntry[] = [];
        const ids: string[] = [];
        const createdAt = new Date('2026-01-01T09:00:00.000Z');
        for (let n = 0; n < ARTICLES; n += 1) {
          const id = `bench-${n.toString(36).padStart(4, '0')}`;
          const text = serializeArticle(newArticle(id, createdAt.toISOString(), { headline: `Стаття ${n}`, body }));
          await fsp.mkdir(path.join(library, 'articles', id), { recursive: true });
          await fsp.writeFile(path.join(library, 'articles', id, 'article.json'), text);
          const blob = await writeBlob({ fs, gitdir, blob: Buffer.from(text) });
          const tree = await writeTree({
            fs,
            gitdir,
            tree: [{ mode: '100644', path: 'article.json', oid: blob, type: 'blob' }],
          });
          articles.push({ mode: '040000', path: id, oid: tree, type: 'tree' });
          ids.push(id);
        }
        const articlesTree = await writeTree({ fs, gitdir, tree: articles });
        const rootTree = await writeTree({
          fs,
          gitdir,
          tree: [{ mode: '040000', path: 'articles', oid: articlesTree, type: 'tree' }],
        });
        const person = {
          name: 'bench',
          email: '',
          timestamp: Math.floor(createdAt.getTime() / 1000),
          timezoneOffset: 0,
        };
        const seed = await writeCommit({
          fs,
          gitdir,
          commit: { message: 'library\n', tree: rootTree, parent: [], author: person, committer: person },
        });
        await writeRef({ fs, gitdir, ref: 'refs/heads/main', value: seed, force: true });

        const versions = await VersionStore.open({ dir, libraryRoot: library, author: () => 'Бенчмарк' });
        const samples: number[] = [];
        for (let run = 0; run < WARM_UP + RUNS; run += 1) {
          const id = ids[(run * 7919) % ids.length] ?? '';
          const file = path.join(library, 'articles', id, 'article.json');
          const article = JSON.parse(await fsp.readFile(file, 'utf8')) as Record<string, unknown>;
          await fsp.writeFile(file, `${JSON.stringify({ ...article, headline: `Правка ${run}` }, null, 2)}\n`);
          const started = performance.now();
          const version = await versions.commitArticle(id, { reason: 'manual' });
          const elapsed = performance.now() - started;
          if (version === null) throw new Error('the changed article was not kept');
          if (run >= WARM_UP) samples.push(elapsed);
        }
        return { samples };
      } finally {
        await fsp.rm(root, { recursive: true, force: true });
      }
    },
  },
];
