import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../../../shared/api/errors';
import { ArticleIdSchema, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { png } from '../../../fixtures/images';
import { steppingClock } from '../../../fixtures/stepping-clock';
import { sha256 } from '../../../fixtures/sha256';

const PNG = png(2, 2);

describe('LibraryStore.duplicate', () => {
  const tempDir = useTempDirs('shpalta-duplicate-');
  let store: LibraryStore;
  let clockNow: Date;
  let original: Article;

  beforeEach(async () => {
    const step = steppingClock();
    store = new LibraryStore(path.join(await tempDir(), 'Шпальта'), {
      clock: () => {
        clockNow = step();
        return clockNow;
      },
    });
    await store.ensure();
    const created = await store.create('Уряд ухвалив бюджет');
    const { src } = await store.importMedia(created.article.id, 'фото.png', PNG);
    const published: Article = {
      ...created.article,
      lead: 'Рада підтримала документ у другому читанні.',
      body: docFromParagraphs(['Перший абзац.', 'Нагадаємо, раніше уряд схвалив проєкт.']),
      slug: 'uriad-ukhvalyv-biudzhet',
      rubric: 'Економіка',
      tags: ['бюджет', 'уряд'],
      authors: [{ name: 'Олена Коваленко' }],
      featuredImage: { src, alt: 'Будівля уряду', caption: '', credit: 'Фото: УНІАН', crops: {} },
      status: 'published',
      publishAt: '2025-12-19T20:44:00+02:00',
      reviewNotes: [{ at: '2025-12-19T18:00:00.000Z', by: 'редактор', text: 'Уточніть цифри' }],
      remoteIds: { wordpress: '123', telegram: '456' },
    };
    await store.save(published, created.hash);
    original = (await store.get(created.article.id)).article;
  });

  it('makes a fresh draft under a new id: same text, suffixed headline, no history, never published', async () => {
    const copy = await store.duplicate(original.id, ' (копія)');

    expect(copy.article.id).not.toBe(original.id);
    expect(ArticleIdSchema.safeParse(copy.article.id).success).toBe(true);
    expect(copy.article.headline).toBe('Уряд ухвалив бюджет (копія)');
    expect(copy.article.status).toBe('draft');
    expect(copy.article.slug).toBe('');
    expect(copy.article.publishAt).toBeNull();
    expect(copy.article.reviewNotes).toEqual([]);
    expect(copy.article.remoteIds).toEqual({});

    expect(copy.article.body).toEqual(original.body);
    expect(copy.article.lead).toBe(original.lead);
    expect(copy.article.tags).toEqual(original.tags);
    expect(copy.article.rubric).toBe(original.rubric);
    expect(copy.article.authors).toEqual(original.authors);
    expect(copy.article.featuredImage).toEqual(original.featuredImage);
  });

  it('the copy is a new article in time as well: created and last changed now, by the injected clock', async () => {
    const copy = await store.duplicate(original.id, ' (копія)');
    const now = clockNow.toISOString();
    expect(copy.article.createdAt).toBe(now);
    // A copy made now sorts as changed now; it must not inherit the original's last-change time.
    expect(copy.article.updatedAt).toBe(now);
  });

  it('writes the copy to its own folder, with the hash of its bytes; the original file is untouched', async () => {
    const originalBytes = await readFile(store.articleFilePath(original.id));
    const copy = await store.duplicate(original.id, ' (копія)');

    const bytes = await readFile(store.articleFilePath(copy.article.id));
    expect(copy.hash).toBe(sha256(bytes));
    expect(await store.get(copy.article.id)).toEqual(copy);
    expect(await readFile(store.articleFilePath(original.id))).toEqual(originalBytes);
    expect((await store.articleIds()).sort()).toContain(copy.article.id);
  });

  it('copies the media folder, so the copy shows its images without the original', async () => {
    const copy = await store.duplicate(original.id, ' (копія)');
    const src = original.featuredImage?.src ?? '';
    expect(src).toMatch(/^media\/[0-9a-f]{64}\.png$/);

    const copied = path.join(store.articleDir(copy.article.id), src);
    expect(await readFile(copied)).toEqual(PNG);
    expect(await readdir(path.join(store.articleDir(copy.article.id), 'media'))).toEqual([path.basename(src)]);
    expect((await store.inspect(copy.article.id)).damaged).toEqual([]);

    await store.trash(original.id);
    await store.purge(original.id);
    expect(await readFile(copied)).toEqual(PNG);
  });

  it('an article without media gets a copy without a media folder', async () => {
    const plain = await store.create('Без фото');
    const copy = await store.duplicate(plain.article.id, ' (копія)');
    expect(await readdir(store.articleDir(copy.article.id))).toEqual(['article.json']);
  });

  it('two copies of the same article get two different ids', async () => {
    const a = await store.duplicate(original.id, ' (копія)');
    const b = await store.duplicate(original.id, ' (копія)');
    expect(a.article.id).not.toBe(b.article.id);
    expect(existsSync(store.articleFilePath(a.article.id))).toBe(true);
    expect(existsSync(store.articleFilePath(b.article.id))).toBe(true);
  });

  it('duplicate of a missing id is not-found and writes nothing', async () => {
    const before = (await store.articleIds()).sort();
    const error = await store.duplicate('no-such-article', ' (копія)').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('not-found');
    expect((await store.articleIds()).sort()).toEqual(before);
  });
});
