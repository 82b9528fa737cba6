import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { worded } from '../../../support/worded';
import { newArticle } from '../../../../shared/domain/article';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import { ConflictCopies } from '../../../../electron/services/library/conflict-copies';
import { LibraryStore } from '../../../../electron/services/library/library-store';
import { readArticleMedia } from '../../../../electron/services/library/media';
import { expectCode } from '../../../fixtures/api-errors';
import { sha256 } from '../../../fixtures/sha256';
import { steppingClock } from '../../../fixtures/stepping-clock';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { png } from '../../../fixtures/images';

const PNG = png(1, 1);
const SECRET = Buffer.from('89504e470d0a1a0a736563726574', 'hex');
const SECRET_SRC = `media/${sha256(SECRET)}.png`;
const ID = 'm3k9x2ab-5f1c9e0d';

/** Real symbolic links from inside a library to a folder beside it: nothing there may be read, written or copied. */
describe('symbolic links never lead the library outside its root', () => {
  const tempDir = useTempDirs('shpalta-symlinks-');
  let root: string;
  let outside: string;
  let store: LibraryStore;

  /** The folder outside the library, with an article and an image of its own, byte for byte. */
  async function outsideFiles(): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const entry of await readdir(outside, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) {
        const full = path.join(entry.parentPath, entry.name);
        files[path.relative(outside, full)] = (await readFile(full)).toString('base64');
      }
    }
    return files;
  }

  beforeEach(async () => {
    const base = await tempDir();
    root = path.join(base, 'Шпальта');
    outside = path.join(base, 'чужа-тека');
    store = new LibraryStore(root, { clock: steppingClock() });
    await store.ensure();
    await mkdir(path.join(outside, 'media'), { recursive: true });
    await writeFile(
      path.join(outside, 'article.json'),
      serializeArticle(newArticle(ID, '2025-12-19T18:44:00.000Z', { headline: 'Чужий файл' })),
    );
    await writeFile(path.join(outside, SECRET_SRC), SECRET);
  });

  it('an article folder that is a link is listed as damaged with its reason, and never read or written', async () => {
    await symlink(outside, store.articleDir(ID), 'dir');
    const before = await outsideFiles();

    const scan = await store.scan();
    expect(scan.articles.map((a) => a.article.id)).not.toContain(ID);
    const damaged = scan.damaged.find((d) => d.path === store.articleFilePath(ID));
    expect(worded(damaged?.reason)).toMatch(/символьне посилання/);
    await expectCode(store.get(ID), 'damaged-file');
    const article = newArticle(ID, '2025-12-19T18:44:00.000Z', { headline: 'Записано через посилання' });
    await expectCode(store.save(article, null), 'damaged-file');
    await expectCode(store.importMedia(ID, 'photo.png', PNG), 'damaged-file');

    expect(await outsideFiles()).toEqual(before);
  });

  it('a media folder that is a link is neither written, read for the page nor copied into a duplicate', async () => {
    const { article } = await store.create('Стаття з посиланням');
    await symlink(path.join(outside, 'media'), path.join(store.articleDir(article.id), 'media'), 'dir');
    const before = await outsideFiles();

    await expectCode(store.importMedia(article.id, 'photo.png', PNG), 'damaged-file');
    expect(await readArticleMedia(store.articleDir(article.id), SECRET_SRC)).toBeNull();
    await expectCode(store.duplicate(article.id, ' (копія)'), 'damaged-file');

    expect(await outsideFiles()).toEqual(before);
  });

  it('a media file that is a link is reported and left out of a duplicate', async () => {
    const { article } = await store.create('Стаття');
    const media = path.join(store.articleDir(article.id), 'media');
    await mkdir(media);
    await symlink(path.join(outside, SECRET_SRC), path.join(store.articleDir(article.id), SECRET_SRC));
    await store.save(
      { ...article, featuredImage: { src: SECRET_SRC, alt: '', caption: '', credit: '', crops: {} } },
      (await store.get(article.id)).hash,
    );

    const inspected = await store.inspect(article.id);
    expect(inspected.damaged.map((d) => worded(d.reason)).join()).toMatch(/символьне посилання/);
    const copy = await store.duplicate(article.id, ' (копія)');
    expect(existsSync(path.join(store.articleDir(copy.article.id), SECRET_SRC))).toBe(false);
  });

  it('a conflict-copy folder that is a link is reported, and resolving it copies nothing from outside', async () => {
    const { article } = await store.create('Наша версія');
    await rename(path.join(outside, 'article.json'), path.join(outside, 'old.json'));
    await writeFile(path.join(outside, 'article.json'), serializeArticle({ ...article, headline: 'Чужа версія' }));
    const copyFolder = path.join(store.articlesDir, `${article.id} (Olena's conflicted copy 2025-12-19)`);
    await symlink(outside, copyFolder, 'dir');
    const copies = new ConflictCopies(store);
    const before = await outsideFiles();

    const listed = await copies.list(article.id);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.article).toBeNull();
    expect(worded(listed[0]?.reason)).toMatch(/символьне посилання/);
    await expectCode(copies.resolve(article.id, listed[0]?.fileName ?? '', 'copy'), 'damaged-file');
    await expectCode(copies.resolve(article.id, listed[0]?.fileName ?? '', 'current'), 'damaged-file');

    expect((await store.get(article.id)).article.headline).toBe('Наша версія');
    expect(existsSync(path.join(store.articleDir(article.id), SECRET_SRC))).toBe(false);
    expect(await outsideFiles()).toEqual(before);
  });
});
