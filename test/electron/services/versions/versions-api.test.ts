import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';
import { useTempDirs } from '../../../fixtures/temp-dir';

/** Every file under `dir`, relative, sorted. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}

describe('versions through the API (createAppServices, as both hosts serve it)', () => {
  const tempDir = useTempDirs('shpalta-versions-api-');
  let app: TestApp | null = null;
  afterEach(() => app?.services.dispose());

  async function open() {
    app = await createTestApp(await tempDir());
    app.settings.update({ user: { ...app.settings.get().user, name: 'Олена Петренко' } });
    const { handlers } = app.services;
    const created = await handlers['article.create']({ headline: 'Перша версія' });
    return { app, handlers, created };
  }

  it('saves, lists, reads and restores; a restore is a new version and the library never gets a .git', async () => {
    const { app, handlers, created } = await open();
    const id = created.article.id;
    const { version: first } = await handlers['versions.save']({ id });
    const saved = await handlers['article.save']({
      article: { ...created.article, headline: 'Друга версія' },
      baseHash: created.hash,
    });

    const listed = (await handlers['versions.list']({ id })).versions;
    expect(listed.map((v) => v.reason)).toContain('manual');
    expect(listed.find((v) => v.version === first)).toMatchObject({ by: 'Олена Петренко', status: 'draft' });
    expect((await handlers['versions.read']({ id, version: first })).article.headline).toBe('Перша версія');

    const restored = await handlers['versions.restore']({ id, version: first });
    expect(restored.hash).not.toBe(saved.hash);
    expect((await handlers['article.get']({ id })).article.headline).toBe('Перша версія');
    const after = (await handlers['versions.list']({ id })).versions;
    expect(after[0]?.reason).toBe('restore');
    // The text replaced by the restore is kept too: «Друга версія» is still in the history.
    const texts = await Promise.all(after.map((v) => handlers['versions.read']({ id, version: v.version })));
    expect(texts.map((t) => t.article.headline)).toContain('Друга версія');

    const library = await filesUnder(app.libraryPath);
    expect(library.filter((f) => f.includes('.git') || f.includes('versions'))).toEqual([]);
  });

  it('a version of another article, or none at all, is not-found; a damaged kept side is damaged-file', async () => {
    const { app, handlers, created } = await open();
    const id = created.article.id;
    const other = await handlers['article.create']({ headline: 'Інша' });
    const { version: otherVersion } = await handlers['versions.save']({ id: other.article.id });
    await expect(handlers['versions.read']({ id, version: otherVersion })).rejects.toMatchObject({ code: 'not-found' });
    await expect(handlers['versions.read']({ id, version: 'a'.repeat(40) })).rejects.toMatchObject({
      code: 'not-found',
    });

    // A conflict's side that was never a readable article is kept as it is, and reads as damaged.
    const h = handlers;
    await writeFile(path.join(app.libraryPath, 'articles', id, 'article (Olena conflicted copy).json'), '{ broken');
    const copies = (await h['article.conflicts']({ id })).copies;
    await h['article.resolveConflict']({ id, fileName: copies[0]?.fileName ?? '', keep: 'current' });
    const damaged = (await h['versions.list']({ id })).versions.find((v) => v.reason === 'conflict-theirs');
    expect(damaged?.status).toBeNull();
    const error = await h['versions.read']({ id, version: damaged?.version ?? '' }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'damaged-file' });
    expect(JSON.stringify(error)).not.toMatch(/git|commit|sha|oid/i);
  });

  it('the first save of an article keeps an interval version; more saves within 10 minutes do not', async () => {
    const { handlers, created } = await open();
    const id = created.article.id;
    let base = created.hash;
    for (const headline of ['Раз', 'Два', 'Три']) {
      base = (await handlers['article.save']({ article: { ...created.article, headline }, baseHash: base })).hash;
    }
    const versions = (await handlers['versions.list']({ id })).versions;
    expect(versions.map((v) => v.reason)).toEqual(['interval']);
  });

  it('a workflow step keeps a version with its status and note', async () => {
    const { handlers, created } = await open();
    const id = created.article.id;
    await handlers['workflow.transition']({ id, to: 'submitted', note: ' Прошу глянути ', baseHash: created.hash });
    const [entry] = (await handlers['versions.list']({ id })).versions;
    expect(entry).toMatchObject({
      reason: 'transition',
      status: 'submitted',
      note: 'Прошу глянути',
      by: expect.any(String),
    });
    const kept = await handlers['versions.read']({ id, version: entry!.version });
    expect(kept.article.status).toBe('submitted');
  });

  it('the old .shpalta/revisions move into the history as `migrated`; a file that cannot be read stays', async () => {
    const root = await tempDir();
    const first = await createTestApp(root);
    const created = await first.services.handlers['article.create']({ headline: 'Стара' });
    first.services.dispose();
    const id = created.article.id;
    const revisions = path.join(root, 'Шпальта', '.shpalta', 'revisions', id);
    const text = await readFile(path.join(root, 'Шпальта', 'articles', id, 'article.json'), 'utf8');
    // As LibraryStore.keepRevision named them: `<ISO time with - for : and .>-<hash 8>-<reason>.json`.
    await mkdir(revisions, { recursive: true });
    const good = '2025-12-19T20-44-55-123Z-0a1b2c3d-other-version-replaced-by-mine.json';
    const bad = '2025-12-19T20-45-00-000Z-0a1b2c3e-discarded-conflict-copy.json';
    await writeFile(path.join(revisions, good), text.replace('Стара', 'Стара, до конфлікту'));
    await writeFile(path.join(revisions, bad), '{ broken');

    const skipped: unknown[] = [];
    app = await createTestApp(root, 'browser', {
      logger: { error: (_message: string, error: unknown) => skipped.push(error) },
    });
    const { handlers } = app.services;
    await expect.poll(async () => (await handlers['versions.list']({ id })).versions.length).toBe(1);
    const [entry] = (await handlers['versions.list']({ id })).versions;
    expect(entry).toMatchObject({ reason: 'migrated', at: '2025-12-19T20:44:55.123Z', status: 'draft' });
    expect((await handlers['versions.read']({ id, version: entry?.version ?? '' })).article.headline).toBe(
      'Стара, до конфлікту',
    );
    await expect.poll(async () => readdir(revisions).catch(() => [])).toEqual([bad]);
    expect(skipped).toHaveLength(1);
  });
});
