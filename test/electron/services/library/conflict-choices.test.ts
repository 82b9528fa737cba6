import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../shared/domain/article';
import { hashBytes, serializeArticle } from '../../../../electron/services/library/article-file';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { keptVersions, versionedStore } from '../../../fixtures/versioned-store';

/** Issue 15, Build 8: «Записати мою версію» writes over exactly the version shown, and keeps it. */
describe('save with `overwrites`', () => {
  const tempDir = useTempDirs('shpalta-choices-');

  async function conflicted() {
    const base = await tempDir();
    const { store, versions } = await versionedStore(path.join(base, 'Шпальта'), path.join(base, 'data'));
    await store.ensure();
    const created = await store.create('Спільна стаття');
    const theirs = serializeArticle({ ...created.article, headline: 'Версія з іншого комп’ютера' });
    await writeFile(store.articleFilePath(created.article.id), theirs);
    const mine: Article = { ...created.article, headline: 'Моя версія' };
    return { store, created, theirs, mine, kept: () => keptVersions(versions, created.article.id) };
  }

  it('writes over the named version and keeps both sides as versions that say why', async () => {
    const { store, created, theirs, mine, kept } = await conflicted();
    await expect(store.save(mine, created.hash)).rejects.toMatchObject({ code: 'conflict' });

    const saved = await store.save(mine, created.hash, { overwrites: hashBytes(theirs) });
    expect((await store.get(created.article.id)).article.headline).toBe('Моя версія');
    expect(saved.hash).toBe(hashBytes(await readFile(store.articleFilePath(created.article.id))));
    const versions = await kept();
    expect(versions.filter((v) => v.reason === 'conflict-theirs').map((v) => v.text)).toEqual([theirs]);
    expect(versions.find((v) => v.reason === 'conflict-mine' && v.text.includes('Моя версія'))).toBeDefined();
  });

  it('refuses when the file changed again after the version was shown, and keeps both', async () => {
    const { store, created, theirs, mine, kept } = await conflicted();
    const third = serializeArticle({ ...created.article, headline: 'Третя версія' });
    await writeFile(store.articleFilePath(created.article.id), third);

    await expect(store.save(mine, created.hash, { overwrites: hashBytes(theirs) })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await readFile(store.articleFilePath(created.article.id), 'utf8')).toBe(third);
    const versions = await kept();
    expect(versions.filter((v) => v.reason === 'conflict-theirs')).toEqual([]);
    expect(versions.map((v) => v.reason)).toEqual(['conflict-mine']);
    expect(versions[0]?.text).toContain('Моя версія');
  });
});
