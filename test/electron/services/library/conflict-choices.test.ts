import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/domain/article';
import { hashBytes, serializeArticle } from '../../../../electron/services/library/article-file';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { useTempDirs } from '../../../fixtures/temp-dir';

/** Issue 15, Build 8: «Записати мою версію» writes over exactly the version shown, and keeps it. */
describe('save with `overwrites`', () => {
  const tempDir = useTempDirs('shpalta-choices-');

  async function conflicted() {
    const store = new LibraryStore(path.join(await tempDir(), 'Шпальта'));
    await store.ensure();
    const created = await store.create('Спільна стаття');
    const theirs = serializeArticle({ ...created.article, headline: 'Версія з іншого комп’ютера' });
    await writeFile(store.articleFilePath(created.article.id), theirs);
    const mine: Article = { ...created.article, headline: 'Моя версія' };
    return { store, created, theirs, mine, dir: path.join(store.revisionsDir, created.article.id) };
  }

  it('writes over the named version and keeps it as a revision that says why', async () => {
    const { store, created, theirs, mine, dir } = await conflicted();
    await expect(store.save(mine, created.hash)).rejects.toMatchObject({ code: 'conflict' });

    const saved = await store.save(mine, created.hash, { overwrites: hashBytes(theirs) });
    expect((await store.get(created.article.id)).article.headline).toBe('Моя версія');
    expect(saved.hash).toBe(hashBytes(await readFile(store.articleFilePath(created.article.id))));
    const kept = (await readdir(dir)).filter((name) => name.endsWith('other-version-replaced-by-mine.json'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dir, kept[0] ?? ''), 'utf8')).toBe(theirs);
  });

  it('refuses when the file changed again after the version was shown, and keeps both', async () => {
    const { store, created, theirs, mine, dir } = await conflicted();
    const third = serializeArticle({ ...created.article, headline: 'Третя версія' });
    await writeFile(store.articleFilePath(created.article.id), third);

    await expect(store.save(mine, created.hash, { overwrites: hashBytes(theirs) })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await readFile(store.articleFilePath(created.article.id), 'utf8')).toBe(third);
    const kept = await readdir(dir);
    expect(kept.filter((name) => name.endsWith('other-version-replaced-by-mine.json'))).toEqual([]);
    const unsaved = kept.filter((name) => name.endsWith('not-saved-file-changed-elsewhere.json'));
    expect(await readFile(path.join(dir, unsaved[0] ?? ''), 'utf8')).toContain('Моя версія');
  });
});
