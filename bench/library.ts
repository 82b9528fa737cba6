import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ARTICLE_SCHEMA_VERSION, newArticle, type Article } from '../shared/domain/article';
import type { Fixture } from './fixtures';

/**
 * Writes a library in the app's on-disk format: `articles/<id>/article.json` plus the
 * `.shpalta/library.json` marker, so the app does not seed its sample article.
 */
export async function writeLibrary(root: string, fixtures: readonly Fixture[], now = new Date()): Promise<void> {
  await fsp.mkdir(path.join(root, '.shpalta'), { recursive: true });
  const marker = { app: 'shpalta', createdAt: now.toISOString(), schemaVersion: ARTICLE_SCHEMA_VERSION };
  await fsp.writeFile(path.join(root, '.shpalta', 'library.json'), `${JSON.stringify(marker, null, 2)}\n`);
  for (const [index, item] of fixtures.entries()) {
    // Distinct times keep the list order stable: the smallest article first.
    const at = new Date(now.getTime() - index * 60_000).toISOString();
    const dir = path.join(root, 'articles', item.id);
    await fsp.mkdir(dir, { recursive: true });
    await fsp.writeFile(path.join(dir, 'article.json'), `${JSON.stringify(article(item, at), null, 2)}\n`);
  }
}

function article(item: Fixture, at: string): Article {
  return newArticle(item.id, at, { headline: item.headline, body: item.doc, rubric: 'Тест' });
}
