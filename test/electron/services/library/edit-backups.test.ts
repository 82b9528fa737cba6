import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { EditBackups } from '../../../../electron/services/library/edit-backups';
import { nodeFileSystem } from '../../../../electron/services/fs/file-system';
import { useTempDirs } from '../../../fixtures/temp-dir';

const NOW = new Date('2025-12-19T18:44:00.000Z');

function edited(id = 'm3k9x2ab-5f1c9e0d'): Article {
  return newArticle(id, '2025-12-19T18:00:00.000Z', {
    headline: 'Незбережена правка',
    lead: 'Лід, якого ще немає на диску.',
    body: docFromParagraphs(['«Цитата» з апострофом: м’ята.']),
    tags: ['економіка'],
  });
}

describe('EditBackups', () => {
  const tempDir = useTempDirs('shpalta-backups-');
  let dir: string;
  let backups: EditBackups;

  beforeEach(async () => {
    dir = path.join(await tempDir(), 'user-data', 'backups');
    backups = new EditBackups(dir, nodeFileSystem, () => NOW);
  });

  it('write creates the folder and a file per article; read gives back the article, the time and the path', async () => {
    const article = edited();
    const file = await backups.write(article);

    expect(file).toBe(path.join(dir, `${article.id}.json`));
    expect(await readdir(dir)).toEqual([`${article.id}.json`]);
    expect(await backups.read(article.id)).toEqual({ article, savedAt: NOW.toISOString(), path: file });
    // A new instance (the app restarted) reads it as well.
    expect(await new EditBackups(dir).read(article.id)).toEqual({ article, savedAt: NOW.toISOString(), path: file });
  });

  it('a second write replaces the first, atomically, leaving no temp files', async () => {
    const article = edited();
    await backups.write(article);
    await backups.write({ ...article, headline: 'Пізніша правка' });
    expect((await backups.read(article.id))?.article.headline).toBe('Пізніша правка');
    expect(await readdir(dir)).toEqual([`${article.id}.json`]);
  });

  it('read of an id without a backup is null (also before the folder exists)', async () => {
    expect(existsSync(dir)).toBe(false);
    expect(await backups.read('nothing-here')).toBeNull();
  });

  it.each([
    ['truncated JSON', '{"savedAt":"2025-12-19T18:44:00.000Z","article":{"headl'],
    ['not JSON at all', '\u0000\u0000\u0000'],
    ['JSON null', 'null'],
    ['no savedAt', JSON.stringify({ article: edited() })],
    ['an article that fails the schema', JSON.stringify({ savedAt: NOW.toISOString(), article: { headline: 1 } })],
  ])('a corrupt backup file (%s) reads as null and is left in place', async (_label, content) => {
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, 'm3k9x2ab-5f1c9e0d.json');
    await writeFile(file, content);
    expect(await backups.read('m3k9x2ab-5f1c9e0d')).toBeNull();
    expect(await readFile(file, 'utf8')).toBe(content);
  });

  it('discard removes a backup this instance wrote', async () => {
    const article = edited();
    const file = await backups.write(article);
    await backups.discard(article.id);
    expect(existsSync(file)).toBe(false);
    expect(await backups.read(article.id)).toBeNull();
  });

  it('discard without force leaves a backup it does not know of (written before a restart)', async () => {
    const article = edited();
    const file = await backups.write(article);
    const restarted = new EditBackups(dir, nodeFileSystem, () => NOW);

    await restarted.discard(article.id);
    expect(existsSync(file)).toBe(true);

    await restarted.discard(article.id, true);
    expect(existsSync(file)).toBe(false);
  });

  it('a backup becomes known once read, so a later save can discard it', async () => {
    const article = edited();
    const file = await backups.write(article);
    const restarted = new EditBackups(dir, nodeFileSystem, () => NOW);
    expect(await restarted.read(article.id)).not.toBeNull();
    await restarted.discard(article.id);
    expect(existsSync(file)).toBe(false);
  });

  it('discard of what is not there does nothing and does not fail, forced or not', async () => {
    await expect(backups.discard('nothing-here')).resolves.toBeUndefined();
    await expect(backups.discard('nothing-here', true)).resolves.toBeUndefined();
    const article = edited();
    await backups.write(article);
    await backups.discard(article.id);
    await expect(backups.discard(article.id)).resolves.toBeUndefined();
  });

  it('backups of different articles are independent', async () => {
    const a = edited('aaaa-1');
    const b = { ...edited('bbbb-2'), headline: 'Друга' };
    await backups.write(a);
    await backups.write(b);
    await backups.discard(a.id);
    expect(await backups.read(a.id)).toBeNull();
    expect((await backups.read(b.id))?.article).toEqual(b);
  });
});
