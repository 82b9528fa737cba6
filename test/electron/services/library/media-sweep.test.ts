import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../../shared/domain/article';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { MediaSweeper, ORPHAN_MIN_AGE_MS, sweepOrphanMedia } from '../../../../electron/services/library/media-sweep';
import { FaultyFileSystem, inside } from '../../../fixtures/faulty-fs';
import { png } from '../../../fixtures/images';
import { sha256 } from '../../../fixtures/sha256';
import { useTempDirs } from '../../../fixtures/temp-dir';

const DAY = 24 * 60 * 60_000;

describe('sweepOrphanMedia', () => {
  const tempDir = useTempDirs('shpalta-sweep-');
  let faulty: FaultyFileSystem;
  let store: LibraryStore;
  let article: Article;

  beforeEach(async () => {
    faulty = new FaultyFileSystem();
    store = new LibraryStore(path.join(await tempDir(), 'Шпальта'), { fs: faulty.fs });
    await store.ensure();
    article = (await store.create('З фото')).article;
  });

  const mediaDir = () => path.join(store.articleDir(article.id), 'media');
  const sweptDir = () => path.join(store.metaDir, 'swept-media', article.id);
  const withFigure = (src: string): Article => ({
    ...article,
    body: { type: 'doc', content: [{ type: 'figure', attrs: { src, alt: 'a', caption: '', credit: '' } }] },
  });

  /** A media file put there by hand (not through importMedia), `ageDays` old. */
  async function mediaFile(seed: number, ageDays: number): Promise<string> {
    const bytes = png(2, 2, seed);
    const name = `${sha256(bytes)}.png`;
    await mkdir(mediaDir(), { recursive: true });
    await writeFile(path.join(mediaDir(), name), bytes);
    const when = new Date(Date.now() - ageDays * DAY);
    await utimes(path.join(mediaDir(), name), when, when);
    return name;
  }

  it('moves an old file nothing refers to aside, and keeps the one the article shows', async () => {
    const shown = await mediaFile(1, 30);
    const orphan = await mediaFile(2, 30);
    await writeFile(store.articleFilePath(article.id), serializeArticle(withFigure(`media/${shown}`)));

    const moved = await sweepOrphanMedia(store);

    expect(moved).toEqual([path.join(sweptDir(), orphan)]);
    expect(await readdir(mediaDir())).toEqual([shown]);
    expect(await readFile(path.join(sweptDir(), orphan))).toEqual(png(2, 2, 2));
  });

  it('leaves a file younger than the safety margin: its article may not be saved yet', async () => {
    const young = await mediaFile(3, ORPHAN_MIN_AGE_MS / DAY - 1);
    expect(await sweepOrphanMedia(store)).toEqual([]);
    expect(await readdir(mediaDir())).toEqual([young]);
  });

  it('keeps what a kept revision, a conflict copy, the trashed copy or an edit backup refers to', async () => {
    const inRevision = await mediaFile(4, 30);
    const inCopy = await mediaFile(5, 30);
    const inBackup = await mediaFile(6, 30);
    const orphan = await mediaFile(7, 30);
    await keepOldRevision(store, article.id, serializeArticle(withFigure(`media/${inRevision}`)));
    await writeFile(
      path.join(store.articleDir(article.id), 'article (Olena’s conflicted copy 2026-12-01).json'),
      serializeArticle(withFigure(`media/${inCopy}`)),
    );
    const backup = JSON.stringify({ savedAt: '2026-12-01T10:00:00Z', article: withFigure(`media/${inBackup}`) });

    const moved = await sweepOrphanMedia(store, {
      otherReferences: async (id) => (id === article.id ? backup : null),
    });

    expect(moved.map((file) => path.basename(file))).toEqual([orphan]);
    expect((await readdir(mediaDir())).sort()).toEqual([inRevision, inCopy, inBackup].sort());
  });

  it('a damaged article file still protects the names it mentions', async () => {
    const mentioned = await mediaFile(8, 30);
    await writeFile(store.articleFilePath(article.id), `{"broken": "media/${mentioned}`);
    expect(await sweepOrphanMedia(store)).toEqual([]);
    expect(await readdir(mediaDir())).toEqual([mentioned]);
  });

  it('sweeps nothing of an article whose versions cannot all be read', async () => {
    await mediaFile(9, 30);
    await keepOldRevision(store, article.id, serializeArticle(article));
    const fault = faulty.fail('readFile', 'EACCES', { when: inside(path.join(store.revisionsDir, article.id)) });

    const errors: unknown[] = [];
    expect(await sweepOrphanMedia(store, { onError: (error) => errors.push(error) })).toEqual([]);
    expect(fault.hits).toBe(1);
    expect(errors).toHaveLength(1);
    expect(await readdir(mediaDir())).toHaveLength(1);
    expect(existsSync(sweptDir())).toBe(false);
  });

  it('an old file handed out again by an import stays, though the article is not saved yet', async () => {
    const bytes = png(2, 2, 10);
    const { src } = await store.importMedia(article.id, 'фото.png', bytes);
    const old = new Date(Date.now() - 30 * DAY);
    await utimes(path.join(store.articleDir(article.id), src), old, old);
    expect(await sweepOrphanMedia(store)).toEqual([]);
    // Another process, which did not hand it out, would sweep it: the margin is this process's memory.
    expect(await sweepOrphanMedia(new LibraryStore(store.root))).toHaveLength(1);
  });
});

describe('MediaSweeper', () => {
  const tempDir = useTempDirs('shpalta-sweeper-');

  it('sweeps by itself once started', async () => {
    const store = new LibraryStore(path.join(await tempDir(), 'Шпальта'));
    await store.ensure();
    const { article } = await store.create('');
    const media = path.join(store.articleDir(article.id), 'media');
    await mkdir(media);
    await writeFile(path.join(media, `${sha256('a')}.png`), png());
    const sweeper = new MediaSweeper(store, { firstDelayMs: 0, now: () => Date.now() + 2 * ORPHAN_MIN_AGE_MS });
    sweeper.start();
    await vi.waitFor(async () => expect(await readdir(media)).toEqual([]), { timeout: 5_000 });
    sweeper.stop();
  });
});

/** A version as older builds kept it, under `.shpalta/revisions/<id>/`, not yet moved into the history. */
async function keepOldRevision(store: LibraryStore, id: string, text: string): Promise<void> {
  await mkdir(path.join(store.revisionsDir, id), { recursive: true });
  await writeFile(
    path.join(store.revisionsDir, id, '2026-12-01T10-00-00-000Z-0a1b2c3d-discarded-conflict-copy.json'),
    text,
  );
}
