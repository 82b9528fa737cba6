import { describe, expect, it } from 'vitest';
import { siteIndexFiles } from '../../../../shared/publishing/static-site/site-index-files';
import {
  folderProblem,
  LIST_PAGE_SIZE,
  pageFolder,
  sameFolder,
  siteBase,
} from '../../../../shared/publishing/static-site/site-layout';
import { SiteManifestSchema, type ManifestEntry } from '../../../../shared/publishing/static-site/site-manifest';
import { htmlProblems, pageOf } from '../../../fixtures/site-checks';
import { SITE_OUTLET } from '../../../fixtures/static-site';

const entry = (n: number, rubric: string): ManifestEntry => ({
  articleId: `a${n}`,
  folder: `stattia-${n}`,
  url: `https://example.com.ua/stattia-${n}/`,
  headline: `Заголовок «${n}» & <ще>`,
  teaser: n % 2 ? 'Тизер' : '',
  rubric,
  publishedAt: `2025-12-${10 + n}T08:00:00Z`,
  updatedAt: '2025-12-20T08:00:00Z',
  image:
    n % 2
      ? { url: `https://example.com.ua/media/${n}.png`, width: 4, height: 3, alt: 'Фото', mime: 'image/png', bytes: 9 }
      : null,
  media: [],
  jobId: `j${n}`,
  contentHash: `h${n}`,
});

describe('where things live on the site', () => {
  it('a page folder is the slug, else the id; unsafe and reserved names are told apart', () => {
    expect(pageFolder('  ', 'm3k9x2ab-0001')).toBe('m3k9x2ab-0001');
    expect(pageFolder('uriad-ukhvalyv', 'x')).toBe('uriad-ukhvalyv');
    for (const bad of ['..', '.hidden', 'a/b', 'a\\b', 'con', 'lpt1.txt', 'dot.', 'пробіл тут', '']) {
      expect(folderProblem(bad), bad).toBe('unsafe');
    }
    for (const reserved of ['media', 'RUBRIC', 'page', 'feed.xml', 'sitemap.xml', 'index.html']) {
      expect(folderProblem(reserved), reserved).toBe('reserved');
    }
    expect(folderProblem('novyny-2025')).toBeNull();
    expect(folderProblem('новини')).toBeNull();
    expect(sameFolder('Novyny', 'novyny')).toBe(true);
  });

  it('the site base always ends with one slash and needs http(s)', () => {
    expect(siteBase('https://example.com.ua')).toBe('https://example.com.ua/');
    expect(siteBase('https://example.com.ua/news?x=1#y')).toBe('https://example.com.ua/news/');
    expect(siteBase('ftp://example.com.ua/')).toBeNull();
    expect(siteBase('')).toBeNull();
  });
});

describe('the pages made from the manifest', () => {
  const files = new Map(
    siteIndexFiles({
      base: 'https://example.com.ua/',
      outlet: SITE_OUTLET,
      entries: [entry(1, 'Економіка'), entry(2, 'Політика'), entry(3, 'економіка'), entry(4, '')],
      builtAt: '2025-12-20T10:00:00Z',
    }),
  );

  it('a front page, one page per rubric (rubrics spelled alike share one), the feed and the sitemap', () => {
    expect([...files.keys()].sort()).toEqual([
      'feed.xml',
      'index.html',
      'rubric/ekonomika/index.html',
      'rubric/polityka/index.html',
      'sitemap.xml',
    ]);
    const economy = pageOf(files.get('rubric/ekonomika/index.html') ?? '');
    expect(Array.from(economy.querySelectorAll('.entries h2 a'), (a) => a.getAttribute('href'))).toEqual([
      'https://example.com.ua/stattia-3/',
      'https://example.com.ua/stattia-1/',
    ]);
    const front = pageOf(files.get('index.html') ?? '');
    expect(front.querySelectorAll('.entries li')).toHaveLength(4);
    expect(front.querySelector('.entries h2')?.textContent).toBe('Заголовок «4» & <ще>');
    expect(front.querySelector('time')?.textContent).toBe('14 Грудня 2025 року - 10:00');
  });

  it('every page is valid HTML', async () => {
    for (const [file, content] of files) {
      if (file.endsWith('.html')) expect(await htmlProblems(content), file).toEqual([]);
    }
    const empty = siteIndexFiles({
      base: 'https://e.ua/',
      outlet: SITE_OUTLET,
      entries: [],
      builtAt: '2025-12-20T10:00:00Z',
    });
    expect(await htmlProblems(new Map(empty).get('index.html') ?? '')).toEqual([]);
  });
});

describe('a long list', () => {
  it('goes on in pages of LIST_PAGE_SIZE, newest first, each linking its neighbours, each valid', async () => {
    const many = Array.from({ length: LIST_PAGE_SIZE * 2 + 3 }, (_, n) => ({
      ...entry(n, 'Новини'),
      publishedAt: new Date(Date.UTC(2025, 11, 20) - n * 60_000).toISOString(),
    }));
    const files = new Map(
      siteIndexFiles({
        base: 'https://example.com.ua/',
        outlet: SITE_OUTLET,
        entries: many,
        builtAt: '2025-12-20T10:00:00Z',
      }),
    );
    const listed = (file: string) =>
      Array.from(pageOf(files.get(file) ?? '').querySelectorAll('.entries h2 a'), (a) => a.getAttribute('href'));
    expect(listed('index.html')).toEqual(many.slice(0, LIST_PAGE_SIZE).map((e) => e.url));
    expect(listed('page/2/index.html')).toEqual(many.slice(LIST_PAGE_SIZE, LIST_PAGE_SIZE * 2).map((e) => e.url));
    expect(listed('page/3/index.html')).toEqual(many.slice(LIST_PAGE_SIZE * 2).map((e) => e.url));
    expect(listed('rubric/novyny/page/3/index.html')).toEqual(many.slice(LIST_PAGE_SIZE * 2).map((e) => e.url));
    expect(files.has('page/4/index.html')).toBe(false);

    const second = pageOf(files.get('page/2/index.html') ?? '');
    expect(second.querySelector('link[rel=prev]')?.getAttribute('href')).toBe('https://example.com.ua/');
    expect(second.querySelector('link[rel=next]')?.getAttribute('href')).toBe('https://example.com.ua/page/3/');
    expect(second.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe('https://example.com.ua/page/2/');
    expect(pageOf(files.get('page/3/index.html') ?? '').querySelector('link[rel=next]')).toBeNull();
    for (const file of ['index.html', 'page/2/index.html', 'page/3/index.html', 'rubric/novyny/page/2/index.html']) {
      expect(await htmlProblems(files.get(file) ?? ''), file).toEqual([]);
    }
  });
});

describe('the manifest', () => {
  it('refuses an entry with an id that could name a path', () => {
    const good = {
      schemaVersion: 1,
      generation: 'g',
      previousGeneration: null,
      builtAt: '2025-12-20T10:00:00Z',
      entries: [entry(1, 'А')],
    };
    expect(SiteManifestSchema.safeParse(good).success).toBe(true);
    const bad = { ...good, entries: [{ ...entry(1, 'А'), articleId: '../x' }] };
    expect(SiteManifestSchema.safeParse(bad).success).toBe(false);
    expect(SiteManifestSchema.safeParse({ ...good, schemaVersion: 2 }).success).toBe(false);
  });
});
