import fs from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCommit, readTree, resolveRef } from 'isomorphic-git';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { VersionStore } from '../../../../electron/services/versions/version-store';
import { versionsLocation } from '../../../../electron/services/versions/version-location';
import { useTempDirs } from '../../../fixtures/temp-dir';

/** Every file under `dir`, relative, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('VersionStore', () => {
  const tempDir = useTempDirs('shpalta-versions-');

  async function setup(author = 'Олена Петренко') {
    const base = await tempDir();
    const store = new LibraryStore(path.join(base, 'Шпальта'));
    await store.ensure();
    const dir = await versionsLocation(path.join(base, 'data', 'versions'), store.root);
    let clock = new Date('2026-03-01T10:00:00.000Z');
    const versions = await VersionStore.open({
      dir,
      libraryRoot: store.root,
      author: () => author,
      clock: () => clock,
    });
    const tick = (ms: number) => (clock = new Date(clock.getTime() + ms));
    return { base, store, versions, dir, tick };
  }

  it('keeps versions in the app data folder and never writes into the library', async () => {
    const { store, versions, dir } = await setup();
    const created = await store.create('Перша');
    const before = await filesUnder(store.root);
    await versions.commitArticle(created.article.id, { reason: 'manual' });
    expect(await filesUnder(store.root)).toEqual(before);
    expect(before.some((f) => f.includes('.git'))).toBe(false);
    expect(await readdir(path.join(dir, 'git'))).toContain('objects');
  });

  it('lists an article’s versions newest first with who, when, why, status and note, and reads each back', async () => {
    const { store, versions, tick } = await setup();
    const created = await store.create('Перша');
    const id = created.article.id;
    const first = await versions.commitArticle(id, { reason: 'manual' });
    tick(60_000);
    const saved = await store.save({ ...created.article, headline: 'Друга', status: 'submitted' }, created.hash);
    const second = await versions.commitArticle(id, {
      reason: 'transition',
      status: 'submitted',
      note: 'Готово\nна розгляд',
    });
    const other = await store.create('Інша');
    await versions.commitArticle(other.article.id, { reason: 'manual' });

    const list = await versions.list(id);
    expect(list).toEqual([
      {
        version: second,
        at: '2026-03-01T10:01:00.000Z',
        by: 'Олена Петренко',
        reason: 'transition',
        status: 'submitted',
        note: 'Готово\nна розгляд',
      },
      { version: first, at: '2026-03-01T10:00:00.000Z', by: 'Олена Петренко', reason: 'manual', status: 'draft' },
    ]);
    expect(Buffer.from(await versions.readBytes(id, first ?? '')).toString()).toBe(
      await readFile(path.join(store.articleDir(id), 'article.json'), 'utf8').then(() =>
        serializeArticle(created.article),
      ),
    );
    expect(JSON.parse(Buffer.from(await versions.readBytes(id, second ?? '')).toString()).headline).toBe('Друга');
    expect(saved.hash).toBeTruthy();
    // Another article's version is not this article's.
    const [otherVersion] = await versions.list(other.article.id);
    await expect(versions.readBytes(id, otherVersion?.version ?? '')).rejects.toMatchObject({ code: 'not-found' });
    await expect(versions.readBytes(id, 'f'.repeat(40))).rejects.toMatchObject({ code: 'not-found' });
  });

  it('replaces only the article’s subtree: other articles stay as the last commit had them', async () => {
    const { store, versions, dir } = await setup();
    const a = await store.create('А');
    const b = await store.create('Б');
    await versions.commitArticle(a.article.id, { reason: 'manual' });
    await versions.commitArticle(b.article.id, { reason: 'manual' });
    const gitdir = path.join(dir, 'git');
    const head = await resolveRef({ fs, gitdir, ref: 'refs/heads/main' });
    const { commit } = await readCommit({ fs, gitdir, oid: head });
    const { tree } = await readTree({ fs, gitdir, oid: commit.tree, filepath: 'articles' });
    expect(tree.map((e) => e.path).sort()).toEqual([a.article.id, b.article.id].sort());
  });

  it('keeps the files beside article.json and the media, but not locks, temp files or conflict copies', async () => {
    const { store, versions, dir } = await setup();
    const { article } = await store.create('З файлами');
    const folder = store.articleDir(article.id);
    await writeFile(path.join(folder, 'transitions.jsonl'), '{"to":"submitted"}\n');
    await mkdir(path.join(folder, 'media'));
    await writeFile(path.join(folder, 'media', 'abc123.png'), Buffer.from([1, 2, 3]));
    await writeFile(path.join(folder, '.article.json.lock'), 'x');
    await writeFile(path.join(folder, 'article (Olena conflicted copy).json'), '{}');
    const version = (await versions.commitArticle(article.id, { reason: 'manual' })) ?? '';
    const { tree } = await readTree({
      fs,
      gitdir: path.join(dir, 'git'),
      oid: version,
      filepath: `articles/${article.id}`,
    });
    expect(tree.map((e) => e.path).sort()).toEqual(['article.json', 'media', 'transitions.jsonl']);
    expect(await versions.readMedia(article.id, version)).toEqual([
      { name: 'abc123.png', bytes: new Uint8Array([1, 2, 3]) },
    ]);
  });

  it('keeps given bytes as the article (a conflict’s side never written), even damaged ones, with no status', async () => {
    const { store, versions } = await setup();
    const { article } = await store.create('Стаття');
    const version = await versions.commitArticle(article.id, { reason: 'conflict-theirs', bytes: '{ broken' });
    const [entry] = await versions.list(article.id);
    expect(entry).toMatchObject({ version, reason: 'conflict-theirs', status: null });
    expect(Buffer.from(await versions.readBytes(article.id, version ?? '')).toString()).toBe('{ broken');
  });

  it('an interval version is skipped when the article did not change since its last version', async () => {
    const { store, versions } = await setup();
    const created = await store.create('Стаття');
    expect(
      await versions.commitArticle(created.article.id, { reason: 'interval', onlyIfChanged: true }),
    ).not.toBeNull();
    expect(await versions.commitArticle(created.article.id, { reason: 'interval', onlyIfChanged: true })).toBeNull();
    await store.save({ ...created.article, headline: 'Інакше' }, created.hash);
    expect(
      await versions.commitArticle(created.article.id, { reason: 'interval', onlyIfChanged: true }),
    ).not.toBeNull();
    expect(await versions.list(created.article.id)).toHaveLength(2);
  });

  it('lists commits the index missed (a process died between the commit and its index) after reopening', async () => {
    const { store, versions, dir } = await setup();
    const { article } = await store.create('Стаття');
    await versions.commitArticle(article.id, { reason: 'manual' });
    const second = await versions.commitArticle(article.id, { reason: 'manual' });
    // As if killed right after the ref moved: the index knows only the first commit.
    const lines = (await readFile(path.join(dir, 'index', `${article.id}.jsonl`), 'utf8')).split('\n').filter(Boolean);
    await writeFile(path.join(dir, 'index', `${article.id}.jsonl`), `\n${lines[0]}\n{"torn`);
    const [firstEntry] = lines.map((l) => JSON.parse(l) as { version: string });
    await writeFile(path.join(dir, 'index', 'HEAD'), `${firstEntry?.version}\n`);
    const reopened = await VersionStore.open({ dir, libraryRoot: store.root, author: () => 'Олена' });
    expect((await reopened.list(article.id)).map((v) => v.version)).toEqual([second, firstEntry?.version]);
  });

  it('an article without a file cannot be kept', async () => {
    const { versions } = await setup();
    await expect(versions.commitArticle('nope-1', { reason: 'manual' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
