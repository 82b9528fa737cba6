import { createHash } from 'node:crypto';
import { newArticle, type Article } from '../shared/domain/article';
import { docFromParagraphs } from '../shared/domain/doc';
import { defaultOutletProfile } from '../shared/outlet/outlet-profile';
import { serializeArticle } from '../electron/services/library/article-file';
import { serializeOutlet } from '../electron/services/outlet/outlet-file';
import { noisyPng } from '../test/fixtures/images';
import type { SeedFile } from '../test/fixtures/newsroom-server';
import { generateHeadline, generateParagraphs } from './uk-text';

/**
 * What a benchmark newsroom's desk holds before anyone joins: the outlet's profile and `count` articles, each
 * its own text of 200–399 words (seeded by its number, so the same on every run and machine). Yielded one
 * file at a time for the loopback server's `git fast-import`, so 10,000 articles never sit in memory at once.
 */
export function* deskFiles(count: number, options: { images?: boolean } = {}): Generator<SeedFile> {
  yield [
    'outlet.json',
    serializeOutlet({ ...defaultOutletProfile(), name: 'Редакція для вимірів', rubrics: ['Новини', 'Економіка'] }),
  ];
  for (let n = 0; n < count; n += 1) {
    const id = deskArticleId(n);
    let article = deskArticle(n);
    if (options.images) {
      // A featured image of about 150 KB, in the article's media by its content hash, as the app imports one.
      const bytes = noisyPng(IMAGE.width, IMAGE.height, n);
      const src = `media/${createHash('sha256').update(bytes).digest('hex')}.png`;
      yield [`articles/${id}/${src}`, bytes];
      article = {
        ...article,
        featuredImage: { ...IMAGE, src, alt: 'Ілюстрація', caption: '', credit: 'Фото: редакція' },
      };
    }
    yield [`articles/${id}/article.json`, serializeArticle(article)];
  }
}

const IMAGE = { width: 256, height: 196, crops: {} } as const;

export function deskArticleId(n: number): string {
  return `desk-${n.toString().padStart(5, '0')}`;
}

function deskArticle(n: number): Article {
  const at = new Date(Date.UTC(2026, 0, 1, 9) + n * 60_000).toISOString();
  return newArticle(deskArticleId(n), at, {
    headline: generateHeadline(n),
    body: docFromParagraphs(generateParagraphs(200 + ((n * 37) % 200), n)),
    rubric: n % 3 === 0 ? 'Економіка' : 'Новини',
  });
}
