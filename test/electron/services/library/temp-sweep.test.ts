import { readdir, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs();

describe('LibraryStore.sweepTempFiles', () => {
  it('removes our own old temp files, keeps young ones, sync tools’ ones and the article', async () => {
    const now = new Date('2025-12-19T18:44:00Z');
    const store = new LibraryStore(path.join(await tempDir(), 'Шпальта'), { clock: () => now });
    const { article } = await store.create('Стаття');
    const dir = store.articleDir(article.id);
    const oldOurs = path.join(dir, '.article.json.a1b2c3d4e5f6.tmp');
    const youngOurs = path.join(dir, '.article.json.0f0f0f0f0f0f.tmp');
    const syncthings = path.join(dir, '.syncthing.article.json.tmp');
    for (const file of [oldOurs, youngOurs, syncthings]) await writeFile(file, '{"half":');
    const hourAgo = new Date(now.getTime() - 60 * 60_000);
    await utimes(oldOurs, hourAgo, hourAgo);
    await utimes(syncthings, hourAgo, hourAgo);
    await utimes(youngOurs, now, now);

    expect(await store.sweepTempFiles(article.id)).toBe(1);
    expect((await readdir(dir)).sort()).toEqual(
      ['.article.json.0f0f0f0f0f0f.tmp', '.syncthing.article.json.tmp', 'article.json'].sort(),
    );
    expect((await store.get(article.id)).article.headline).toBe('Стаття');
  });

  it('leaves a save’s lock alone, however old: the lock itself decides when it is stale', async () => {
    const now = new Date('2025-12-19T18:44:00Z');
    const store = new LibraryStore(path.join(await tempDir(), 'Шпальта'), { clock: () => now });
    const { article } = await store.create('Стаття');
    const lock = path.join(store.articleDir(article.id), '.article.json.lock');
    await writeFile(lock, '{}');
    const hourAgo = new Date(now.getTime() - 60 * 60_000);
    await utimes(lock, hourAgo, hourAgo);
    expect(await store.sweepTempFiles(article.id)).toBe(0);
    expect((await readdir(store.articleDir(article.id))).sort()).toEqual(['.article.json.lock', 'article.json']);
  });

  it('a missing folder sweeps nothing and does not throw', async () => {
    const store = new LibraryStore(path.join(await tempDir(), 'Шпальта'));
    expect(await store.sweepTempFiles('no-such-article')).toBe(0);
  });
});
