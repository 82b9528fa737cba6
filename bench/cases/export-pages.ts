import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ArticleSchema, type Article } from '../../shared/domain/article';
import { slugify, uniqueSlug } from '../../shared/share/slug';
import type { SiteOutlet } from '../../shared/site/site-page';
import { StaticSiteTarget } from '../../electron/services/publishing/static-site/static-site-target';
import type { BenchCase } from '../harness';
import { siteContext } from '../../test/fixtures/static-site';
import { deskFiles } from '../newsroom-desk';

const ARTICLES = 1000;

export const EXPORT_METHOD = {
  articles: ARTICLES,
  warmUp: 1,
  runs: 5,
  note:
    'StaticSiteTarget.sendMany of the bench desk articles (200–399 words, a 256×196 noisy PNG of ~150 KB each) ' +
    'into a fresh folder per run: every page rendered, every picture hashed and written, every file fsynced, ' +
    'index pages, feed and sitemap, one generation switched; `.republish-one`: one article corrected in that site',
};

const OUTLET: SiteOutlet = {
  name: 'Редакція для вимірів',
  siteUrl: 'https://example.com.ua/',
  logoUrl: '',
  telegramUrl: 'https://t.me/example',
  facebookUrl: '',
  subscribeText: 'Підписуйтесь на нас у Telegram!',
  dateStyle: 'capitalized-dash',
};

/** The desk's 1,000 articles with their pictures (by `src`), each given a slug as the editor would. */
function deskArticles(): Array<{ article: Article; media: Map<string, Uint8Array> }> {
  const articles: Article[] = [];
  const media = new Map<string, Map<string, Uint8Array>>();
  const slugs = new Set<string>();
  for (const [file, content] of deskFiles(ARTICLES, { images: true })) {
    const match = /^articles\/([^/]+)\/(.+)$/.exec(file);
    if (!match) continue;
    const [, id, rest] = match as unknown as [string, string, string];
    if (rest === 'article.json') {
      const article = ArticleSchema.parse(JSON.parse(String(content)));
      const slug = uniqueSlug(slugify(article.headline), slugs);
      slugs.add(slug);
      articles.push({ ...article, slug, lead: article.headline });
    } else {
      if (!media.has(id)) media.set(id, new Map());
      media.get(id)?.set(rest, typeof content === 'string' ? Buffer.from(content) : content);
    }
  }
  return articles.map((article) => ({ article, media: media.get(article.id) ?? new Map() }));
}

/**
 * `export.pages.1000`: the static site of 1,000 articles with a picture each, written whole into an empty
 * folder, as an editor's first export (or a rebuild) does. Beside it, the price of one correction in that
 * site: one page and the lists written, the rest hard-linked.
 */
export const exportCases: BenchCase[] = [
  {
    id: 'export.pages.1000',
    description: 'статичний сайт із 1 000 статей із зображеннями: сторінки, медіа, рубрики, RSS, sitemap',
    async run() {
      const articles = deskArticles();
      const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-export-'));
      const samples: number[] = [];
      const republish: number[] = [];
      try {
        for (let run = 0; run < EXPORT_METHOD.warmUp + EXPORT_METHOD.runs; run += 1) {
          const folder = path.join(root, `site-${run}`);
          await fsp.mkdir(folder);
          const target = new StaticSiteTarget({ folder });
          const started = performance.now();
          const records = await target.sendMany(
            articles.map((item) => siteContext(item, { jobId: `export-${run}`, outlet: OUTLET })),
          );
          const elapsed = performance.now() - started;
          if (records.length !== ARTICLES) throw new Error(`${records.length} pages exported, not ${ARTICLES}`);
          const first = articles[run % ARTICLES] as (typeof articles)[number];
          const corrected = {
            ...first,
            article: { ...first.article, headline: `${first.article.headline} (виправлено)` },
          };
          const oneStarted = performance.now();
          await target.send(siteContext(corrected, { jobId: `correction-${run}`, outlet: OUTLET }));
          const oneElapsed = performance.now() - oneStarted;
          if (run >= EXPORT_METHOD.warmUp) {
            samples.push(elapsed);
            republish.push(oneElapsed);
          }
          await fsp.rm(folder, { recursive: true, force: true });
        }
      } finally {
        await fsp.rm(root, { recursive: true, force: true });
      }
      return { samples, related: { 'export.pages.1000.republish-one': republish } };
    },
  },
];
