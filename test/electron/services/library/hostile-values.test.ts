import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { serializeArticle } from '../../../../electron/services/library/article-file';
import { useTempDirs } from '../../../fixtures/temp-dir';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';

const tempDir = useTempDirs('shpalta-hostile-');

/** Every hostile value the issue names, as a file from another tool or a hand edit would carry them. */
const HOSTILE = /javascript:|data:|file:|\\\\evil|smb:|onclick|"_top"|"evil"/;

function hostileArticle(id: string): Article {
  const article = newArticle(id, '2025-12-19T18:44:00.000Z', {
    headline: 'Ворожий файл',
    featuredImage: { src: 'file:///etc/passwd', alt: 'Опис', caption: '', credit: '' },
    share: { title: '', description: '', image: '\\\\evil\\share\\p.png' },
    related: [{ headline: 'Інша', url: 'javascript:alert(1)' }],
    authors: [{ name: 'Олена', url: 'smb://evil/share' }],
  });
  const link = (href: string) => [{ type: 'link', attrs: { href, class: 'evil', target: '_top', onclick: 'x' } }];
  return {
    ...article,
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Перше', marks: link('javascript:alert(1)') }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Друге', marks: link('https://example.com/') }] },
        {
          type: 'figure',
          attrs: { src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'a', caption: '', credit: '' },
        },
        { type: 'embed', attrs: { provider: 'youtube', url: 'https://evil.example/x', id: '"><script>' } },
      ],
    },
  };
}

async function putHostile(app: TestApp, id: string): Promise<string> {
  const file = path.join(app.libraryPath, 'articles', id, 'article.json');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, serializeArticle(hostileArticle(id)));
  return file;
}

describe('hostile values are cleaned where they enter, so no save writes them back', () => {
  it('open, edit and save: the file holds none of them, and every word is still there', async () => {
    const app = await createTestApp(await tempDir());
    const file = await putHostile(app, 'hostile-1');

    const opened = await app.services.handlers['article.get']({ id: 'hostile-1' });
    expect(JSON.stringify(opened.article)).not.toMatch(HOSTILE);
    await app.services.handlers['article.save']({
      article: { ...opened.article, headline: 'Ворожий файл, виправлено' },
      baseHash: opened.hash,
    });

    const saved = await readFile(file, 'utf8');
    expect(saved).not.toMatch(HOSTILE);
    for (const word of ['Перше', 'Друге', 'https://example.com/', 'https://evil.example/x', 'Опис', 'Інша']) {
      expect(saved).toContain(word);
    }
    app.services.dispose();
  });

  it('an article written through the API with hostile values is saved clean', async () => {
    const app = await createTestApp(await tempDir());
    const created = await app.services.handlers['article.create']({});
    const file = path.join(app.libraryPath, 'articles', created.article.id, 'article.json');

    await app.services.handlers['article.save']({
      article: hostileArticle(created.article.id),
      baseHash: created.hash,
    });

    expect(await readFile(file, 'utf8')).not.toMatch(HOSTILE);
    app.services.dispose();
  });

  it('a conflict copy chosen over the article is written clean', async () => {
    const app = await createTestApp(await tempDir());
    const created = await app.services.handlers['article.create']({});
    const id = created.article.id;
    const folder = path.join(app.libraryPath, 'articles', id);
    const copy = "article (Olena's conflicted copy 2025-12-19).json";
    await writeFile(path.join(folder, copy), serializeArticle(hostileArticle(id)));

    const listed = await app.services.handlers['article.conflicts']({ id });
    expect(JSON.stringify(listed.copies.map((c) => c.article))).not.toMatch(HOSTILE);
    const resolved = await app.services.handlers['article.resolveConflict']({ id, fileName: copy, keep: 'copy' });

    expect(JSON.stringify(resolved.article)).not.toMatch(HOSTILE);
    expect(await readFile(path.join(folder, 'article.json'), 'utf8')).not.toMatch(HOSTILE);
    app.services.dispose();
  });

  it('edits kept in a backup come back clean', async () => {
    const app = await createTestApp(await tempDir());
    const created = await app.services.handlers['article.create']({});
    const id = created.article.id;
    await mkdir(path.join(app.userDataDir, 'backups'), { recursive: true });
    const backup = { savedAt: '2025-12-19T18:45:00.000Z', article: hostileArticle(id) };
    await writeFile(path.join(app.userDataDir, 'backups', `${id}.json`), JSON.stringify(backup));

    const kept = await app.services.handlers['article.backup']({ id });

    expect(kept.backup?.article.headline).toBe('Ворожий файл');
    expect(JSON.stringify(kept.backup)).not.toMatch(HOSTILE);
    app.services.dispose();
  });
});
