import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { init, readBlob, readObject, writeBlob, writeCommit, writeTree, type TreeEntry } from 'isomorphic-git';
import { describe, expect, it } from 'vitest';
import { parseArticleFile, serializeArticle } from '../../../../electron/services/library/article-file';
import { mergeCommits } from '../../../../electron/services/newsroom/merge-commits';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-merge-');

const plainFs = {
  promises: {
    readFile: fsp.readFile,
    writeFile: fsp.writeFile,
    unlink: fsp.unlink,
    readdir: fsp.readdir,
    mkdir: fsp.mkdir,
    rmdir: fsp.rmdir,
    stat: fsp.stat,
    lstat: fsp.lstat,
    readlink: fsp.readlink,
    symlink: fsp.symlink,
    chmod: fsp.chmod,
  },
};

/** The same file system, noting every Git object read through it (loose objects: one file per object). */
function countingFs() {
  const objects: string[] = [];
  const fs = {
    promises: {
      ...plainFs.promises,
      readFile: ((file: string, ...rest: unknown[]) => {
        const found = /objects[\\/]([0-9a-f]{2})[\\/]([0-9a-f]{38})$/.exec(file);
        if (found) objects.push(`${found[1]}${found[2]}`);
        return (fsp.readFile as (...args: unknown[]) => Promise<unknown>)(file, ...rest);
      }) as typeof fsp.readFile,
    },
  };
  return { fs, objects };
}

type Files = Record<string, string | Uint8Array>;

/** A bare repository in a temp folder, written through isomorphic-git's object functions. */
async function repository() {
  const gitdir = path.join(await tempDir(), 'library.git');
  await init({ fs: plainFs, gitdir, bare: true, defaultBranch: 'desk' });
  let clock = 1_772_000_000;
  const blob = (content: string | Uint8Array) =>
    writeBlob({ fs: plainFs, gitdir, blob: typeof content === 'string' ? new TextEncoder().encode(content) : content });
  const tree = (entries: TreeEntry[]) => writeTree({ fs: plainFs, gitdir, tree: entries });
  /** A tree of these files (paths with `/`), folders made as needed. */
  const treeOf = async (files: Files): Promise<string> => {
    const here: TreeEntry[] = [];
    const folders = new Map<string, Files>();
    for (const [file, content] of Object.entries(files)) {
      const [head = '', ...rest] = file.split('/');
      if (rest.length === 0) here.push({ mode: '100644', path: head, oid: await blob(content), type: 'blob' });
      else folders.set(head, { ...folders.get(head), [rest.join('/')]: content });
    }
    for (const [name, inside] of folders)
      here.push({ mode: '040000', path: name, oid: await treeOf(inside), type: 'tree' });
    return tree(here);
  };
  const commit = async (treeOid: string, parents: string[], message = 'version') => {
    clock += 60;
    const person = { name: 'Олена', email: 'olena@example.com', timestamp: clock, timezoneOffset: 0 };
    return writeCommit({
      fs: plainFs,
      gitdir,
      commit: { message, tree: treeOid, parent: parents, author: person, committer: person },
    });
  };
  const read = async (oid: string, filepath: string) => {
    try {
      return new TextDecoder().decode((await readBlob({ fs: plainFs, gitdir, oid, filepath })).blob);
    } catch {
      return null;
    }
  };
  const typeOf = async (oid: string) => (await readObject({ fs: plainFs, gitdir, oid, format: 'parsed' })).type;
  return { gitdir, blob, tree, treeOf, commit, read, typeOf };
}

function article(id: string, fields: Partial<Article> = {}): Article {
  return {
    ...newArticle(id, '2026-03-01T09:00:00.000Z', {
      headline: `Новина ${id}`,
      lead: 'Лід новини.',
      body: docFromParagraphs(['Перший абзац новини.', 'Другий абзац новини.']),
      updatedAt: '2026-03-01T10:00:00.000Z',
    }),
    ...fields,
  };
}

const articleFile = (id: string, fields: Partial<Article> = {}) => ({
  [`articles/${id}/article.json`]: serializeArticle(article(id, fields)),
});
const readArticle = (text: string | null, id: string) => {
  const parsed = parseArticleFile(text ?? '', id);
  if (!parsed.ok) throw new Error(`articles/${id}/article.json does not parse`);
  return parsed.article;
};

describe('mergeCommits', () => {
  const baseFiles: Files = {
    'outlet.json': '{}\n',
    ...articleFile('budget'),
    ...articleFile('energy'),
    ...articleFile('war'),
    'articles/war/transitions.jsonl': '',
  };

  it('merges two sides that changed different articles, and adds an article one side created', async () => {
    const repo = await repository();
    const base = await repo.commit(await repo.treeOf(baseFiles), []);
    const ours = await repo.commit(
      await repo.treeOf({ ...baseFiles, ...articleFile('budget', { headline: 'Бюджет ухвалено' }) }),
      [base],
    );
    const theirs = await repo.commit(
      await repo.treeOf({
        ...baseFiles,
        ...articleFile('energy', { lead: 'Новий лід' }),
        'articles/new-one/article.json': serializeArticle(article('new-one')),
      }),
      [base],
    );
    const merged = await mergeCommits({ fs: plainFs, gitdir: repo.gitdir, ours, theirs });
    expect(merged.fastForward).toBeNull();
    expect(merged.conflicts).toEqual([]);
    expect(readArticle(await repo.read(merged.tree, 'articles/budget/article.json'), 'budget').headline).toBe(
      'Бюджет ухвалено',
    );
    expect(readArticle(await repo.read(merged.tree, 'articles/energy/article.json'), 'energy').lead).toBe('Новий лід');
    expect(await repo.read(merged.tree, 'articles/new-one/article.json')).toBe(serializeArticle(article('new-one')));
    expect(await repo.read(merged.tree, 'articles/war/article.json')).toBe(baseFiles['articles/war/article.json']);
  });

  it('merges one article both sides changed in different fields, through the file merge', async () => {
    const repo = await repository();
    const base = await repo.commit(await repo.treeOf(baseFiles), []);
    const ours = await repo.commit(
      await repo.treeOf({
        ...baseFiles,
        ...articleFile('budget', { headline: 'Бюджет ухвалено', updatedAt: '2026-03-01T12:00:00.000Z' }),
      }),
      [base],
    );
    const theirs = await repo.commit(
      await repo.treeOf({
        ...baseFiles,
        ...articleFile('budget', { lead: 'Новий лід', updatedAt: '2026-03-01T11:00:00.000Z' }),
      }),
      [base],
    );
    const merged = await mergeCommits({ fs: plainFs, gitdir: repo.gitdir, ours, theirs });
    expect(merged.conflicts).toEqual([]);
    expect(await repo.read(merged.tree, 'articles/budget/article.json')).toBe(
      serializeArticle(
        article('budget', { headline: 'Бюджет ухвалено', lead: 'Новий лід', updatedAt: '2026-03-01T12:00:00.000Z' }),
      ),
    );
  });

  it('reports a conflict with both sides’ bytes, and writes ours (merged where it could) into the tree', async () => {
    const repo = await repository();
    const base = await repo.commit(await repo.treeOf(baseFiles), []);
    const ourFile = articleFile('budget', { headline: 'Наш заголовок' });
    const theirFile = articleFile('budget', { headline: 'Їхній заголовок', slug: 'budget' });
    const ours = await repo.commit(await repo.treeOf({ ...baseFiles, ...ourFile }), [base]);
    const theirs = await repo.commit(
      await repo.treeOf({ ...baseFiles, ...theirFile, ...articleFile('war', { lead: 'Змінено' }) }),
      [base],
    );
    const merged = await mergeCommits({ fs: plainFs, gitdir: repo.gitdir, ours, theirs });
    const decode = (bytes: Uint8Array | null) => (bytes === null ? null : new TextDecoder().decode(bytes));
    expect(merged.conflicts.map((one) => ({ ...one, ours: decode(one.ours), theirs: decode(one.theirs) }))).toEqual([
      {
        path: 'articles/budget/article.json',
        ours: ourFile['articles/budget/article.json'],
        theirs: theirFile['articles/budget/article.json'],
        conflicts: [{ kind: 'field', field: 'headline' }],
      },
    ]);
    expect(await repo.read(merged.tree, 'articles/budget/article.json')).toBe(
      serializeArticle(article('budget', { headline: 'Наш заголовок', slug: 'budget' })),
    );
    expect(readArticle(await repo.read(merged.tree, 'articles/war/article.json'), 'war').lead).toBe('Змінено');
  });

  it('keeps an article one side deleted while the other changed it, and drops one the other left alone', async () => {
    const repo = await repository();
    const base = await repo.commit(await repo.treeOf(baseFiles), []);
    const { 'articles/war/article.json': _war, 'articles/war/transitions.jsonl': _log, ...withoutWar } = baseFiles;
    const { 'articles/energy/article.json': _energy, ...withoutEnergy } = withoutWar;
    const ours = await repo.commit(await repo.treeOf(withoutEnergy), [base]);
    const theirs = await repo.commit(await repo.treeOf({ ...baseFiles, ...articleFile('war', { lead: 'Оновлено' }) }), [
      base,
    ]);
    const merged = await mergeCommits({ fs: plainFs, gitdir: repo.gitdir, ours, theirs });
    expect(merged.conflicts).toEqual([]);
    expect(readArticle(await repo.read(merged.tree, 'articles/war/article.json'), 'war').lead).toBe('Оновлено');
    expect(await repo.read(merged.tree, 'articles/war/transitions.jsonl')).toBe('');
    expect(await repo.read(merged.tree, 'articles/energy/article.json')).toBeNull();
  });

  it('fast-forwards both ways, reading no tree', async () => {
    const repo = await repository();
    const base = await repo.commit(await repo.treeOf(baseFiles), []);
    const aheadTree = await repo.treeOf({ ...baseFiles, ...articleFile('budget', { headline: 'Далі' }) });
    const ahead = await repo.commit(aheadTree, [base]);
    const further = await repo.commit(
      await repo.treeOf({ ...baseFiles, ...articleFile('budget', { headline: 'Ще далі' }) }),
      [ahead],
    );
    const furtherTree = await repo.treeOf({ ...baseFiles, ...articleFile('budget', { headline: 'Ще далі' }) });
    for (const [ours, theirs, expected, tree] of [
      [base, further, 'theirs', furtherTree],
      [further, base, 'ours', furtherTree],
      [ahead, further, 'theirs', furtherTree],
      [ahead, ahead, 'ours', aheadTree],
    ] as const) {
      const counting = countingFs();
      const merged = await mergeCommits({ fs: counting.fs, gitdir: repo.gitdir, ours, theirs });
      expect(merged).toEqual({ tree, conflicts: [], fastForward: expected });
      const types = await Promise.all(counting.objects.map(repo.typeOf));
      expect(types.filter((type) => type !== 'commit')).toEqual([]);
    }
  });

  it('merges histories without a common commit as if both had created every file', async () => {
    const repo = await repository();
    const ours = await repo.commit(await repo.treeOf({ ...articleFile('budget'), ...articleFile('energy') }), []);
    const theirs = await repo.commit(
      await repo.treeOf({ ...articleFile('budget', { headline: 'Інакше' }), ...articleFile('war') }),
      [],
    );
    const merged = await mergeCommits({ fs: plainFs, gitdir: repo.gitdir, ours, theirs });
    expect(merged.conflicts.map((one) => [one.path, one.conflicts])).toEqual([
      ['articles/budget/article.json', [{ kind: 'field', field: 'headline' }]],
    ]);
    expect(await repo.read(merged.tree, 'articles/war/article.json')).not.toBeNull();
    expect(await repo.read(merged.tree, 'articles/energy/article.json')).not.toBeNull();
  });

  it(
    'in a library of 10,000 articles, a merge touching one reads only the trees on the way to it',
    { timeout: 60_000 },
    async () => {
      const repo = await repository();
      // Most articles share one folder's tree: what is counted is which trees the merge opens, not their content.
      const filler = await repo.treeOf(articleFile('filler'));
      const ids = Array.from({ length: 10_000 }, (_, k) => `article-${String(k).padStart(5, '0')}`);
      const library = async (changed: Record<string, Partial<Article>>) => {
        const entries: TreeEntry[] = [];
        for (const id of ids) {
          const oid = changed[id]
            ? await repo.treeOf({ 'article.json': serializeArticle(article(id, changed[id])) })
            : filler;
          entries.push({ mode: '040000', path: id, oid, type: 'tree' });
        }
        const articles = await repo.tree(entries);
        return repo.tree([
          { mode: '100644', path: 'outlet.json', oid: await repo.blob('{}\n'), type: 'blob' },
          { mode: '040000', path: 'articles', oid: articles, type: 'tree' },
        ]);
      };
      const touched = 'article-04242';
      const base = await repo.commit(await library({ [touched]: {} }), []);
      const ours = await repo.commit(await library({ [touched]: { headline: 'Наш заголовок' } }), [base]);
      const theirs = await repo.commit(await library({ [touched]: { lead: 'Їхній лід' } }), [base]);
      const counting = countingFs();
      const merged = await mergeCommits({ fs: counting.fs, gitdir: repo.gitdir, ours, theirs });
      expect(merged.conflicts).toEqual([]);
      const readArticleBack = readArticle(await repo.read(merged.tree, `articles/${touched}/article.json`), touched);
      expect([readArticleBack.headline, readArticleBack.lead]).toEqual(['Наш заголовок', 'Їхній лід']);
      const types = await Promise.all(counting.objects.map(repo.typeOf));
      // The root, `articles/` and the article's folder, once for each of base, ours and theirs.
      expect(types.filter((type) => type === 'tree')).toHaveLength(9);
      expect(types.filter((type) => type === 'blob')).toHaveLength(3);
    },
  );
});
