import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { worded } from '../../../support/worded';
import { fileTooLargeReason, MAX_ARTICLE_FILE_BYTES } from '../../../../electron/services/library/article-limits';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { expectCode } from '../../../fixtures/api-errors';
import { steppingClock } from '../../../fixtures/stepping-clock';

const CYRILLIC = /[а-яіїєґ]/i;

describe('LibraryStore: trash, restore, purge', () => {
  const tempDir = useTempDirs('shpalta-trash-');
  let root: string;
  let store: LibraryStore;
  let clockNow: Date;

  beforeEach(async () => {
    root = path.join(await tempDir(), 'Шпальта');
    const step = steppingClock();
    store = new LibraryStore(root, {
      clock: () => {
        clockNow = step();
        return clockNow;
      },
    });
    await store.ensure();
  });

  it('trash moves the whole folder to trash/<id> and notes when, from the injected clock', async () => {
    const { article } = await store.create('Нацбанк знизив ставку');
    await mkdir(path.join(store.articleDir(article.id), 'media'));
    await writeFile(path.join(store.articleDir(article.id), 'media', 'x.png'), 'png');
    const bytes = await readFile(store.articleFilePath(article.id));

    await store.trash(article.id);
    const trashedAt = clockNow.toISOString();

    expect(existsSync(store.articleDir(article.id))).toBe(false);
    const inTrash = path.join(root, 'trash', article.id);
    expect(await readFile(path.join(inTrash, 'article.json'))).toEqual(bytes);
    expect(await readFile(path.join(inTrash, 'media', 'x.png'), 'utf8')).toBe('png');
    expect(JSON.parse(await readFile(path.join(inTrash, 'trashed.json'), 'utf8'))).toEqual({ trashedAt });
    expect(await store.articleIds()).not.toContain(article.id);
    expect((await store.scan()).articles.map((a) => a.article.id)).not.toContain(article.id);
  });

  it('listTrash lists trashed articles newest first, with their trashedAt', async () => {
    const first = await store.create('Перша');
    const second = await store.create('Друга');
    const third = await store.create('Третя');
    const times: Record<string, string> = {};
    for (const { article } of [second, first, third]) {
      await store.trash(article.id);
      times[article.id] = clockNow.toISOString();
    }

    const { items, damaged } = await store.listTrash();
    expect(damaged).toEqual([]);
    expect(items.map((i) => i.article.headline)).toEqual(['Третя', 'Перша', 'Друга']);
    for (const item of items) expect(item.trashedAt).toBe(times[item.article.id]);
  });

  it('listTrash of a library that never trashed anything is empty', async () => {
    expect(await store.listTrash()).toEqual({ items: [], damaged: [] });
  });

  it('listTrash reports a damaged file in the trash with its path, and still lists the rest', async () => {
    const good = await store.create('Ціла');
    const bad = await store.create('Пошкоджена');
    await store.trash(good.article.id);
    await store.trash(bad.article.id);
    const badFile = path.join(root, 'trash', bad.article.id, 'article.json');
    await writeFile(badFile, '{"schemaVersion": 1, "id": ');

    const { items, damaged } = await store.listTrash();
    expect(items.map((i) => i.article.id)).toEqual([good.article.id]);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.path).toBe(badFile);
    expect(worded(damaged[0]?.reason)).toMatch(CYRILLIC);
  });

  it('listTrash refuses an absurdly large file by its size, without parsing it', async () => {
    const big = await store.create('Величезна');
    await store.trash(big.article.id);
    const bigFile = path.join(root, 'trash', big.article.id, 'article.json');
    await truncate(bigFile, MAX_ARTICLE_FILE_BYTES + 1);

    const { items, damaged } = await store.listTrash();
    expect(items).toEqual([]);
    expect(damaged).toEqual([{ path: bigFile, reason: fileTooLargeReason() }]);
  });

  it('restore brings the folder back byte-identical and drops the trash note', async () => {
    const { article } = await store.create('Повернеться');
    await mkdir(path.join(store.articleDir(article.id), 'media'));
    await writeFile(path.join(store.articleDir(article.id), 'media', 'x.png'), 'png');
    const bytes = await readFile(store.articleFilePath(article.id));
    await store.trash(article.id);

    await store.restore(article.id);

    expect(await readFile(store.articleFilePath(article.id))).toEqual(bytes);
    expect((await readdir(store.articleDir(article.id))).sort()).toEqual(['article.json', 'media']);
    expect(await readFile(path.join(store.articleDir(article.id), 'media', 'x.png'), 'utf8')).toBe('png');
    expect(existsSync(path.join(root, 'trash', article.id))).toBe(false);
    expect((await store.listTrash()).items).toEqual([]);
    expect((await store.get(article.id)).article).toEqual(article);
  });

  it('restore refuses when an article with the same id exists again, and moves nothing', async () => {
    const { article } = await store.create('Оригінал');
    await store.trash(article.id);
    // The same id came back, e.g. a sync tool restored the folder from another machine.
    await mkdir(store.articleDir(article.id), { recursive: true });
    const live = '{"from":"elsewhere"}\n';
    await writeFile(store.articleFilePath(article.id), live);

    await expectCode(store.restore(article.id), 'conflict');
    expect(await readFile(store.articleFilePath(article.id), 'utf8')).toBe(live);
    expect(existsSync(path.join(root, 'trash', article.id, 'article.json'))).toBe(true);
  });

  it('restore of an id that is not in the trash is not-found', async () => {
    const { article } = await store.create('Жива');
    await expectCode(store.restore(article.id), 'not-found');
    await expectCode(store.restore('nothing-here'), 'not-found');
    expect(existsSync(store.articleFilePath(article.id))).toBe(true);
  });

  it('trash of a missing id is not-found and creates no trash entry', async () => {
    await expectCode(store.trash('no-such-article'), 'not-found');
    expect(existsSync(path.join(root, 'trash', 'no-such-article'))).toBe(false);
  });

  it('trash refuses to overwrite an entry already in the trash under the same id', async () => {
    const { article } = await store.create('Двічі');
    const firstBytes = await readFile(store.articleFilePath(article.id));
    await store.trash(article.id);
    await mkdir(store.articleDir(article.id), { recursive: true });
    await writeFile(store.articleFilePath(article.id), 'second');

    await expectCode(store.trash(article.id), 'conflict');
    expect(await readFile(path.join(root, 'trash', article.id, 'article.json'))).toEqual(firstBytes);
    expect(await readFile(store.articleFilePath(article.id), 'utf8')).toBe('second');
  });

  it('purge only works from the trash: a live article is not-found and stays untouched', async () => {
    const { article } = await store.create('Не чіпати');
    const bytes = await readFile(store.articleFilePath(article.id));

    await expectCode(store.purge(article.id), 'not-found');
    expect(await readFile(store.articleFilePath(article.id))).toEqual(bytes);
  });

  it('purge removes the trashed folder for good, and a second purge is not-found', async () => {
    const keep = await store.create('Лишається в кошику');
    const { article } = await store.create('Зникне');
    await store.trash(keep.article.id);
    await store.trash(article.id);

    await store.purge(article.id);

    expect(existsSync(path.join(root, 'trash', article.id))).toBe(false);
    expect((await store.listTrash()).items.map((i) => i.article.id)).toEqual([keep.article.id]);
    await expectCode(store.restore(article.id), 'not-found');
    await expectCode(store.purge(article.id), 'not-found');
  });
});
