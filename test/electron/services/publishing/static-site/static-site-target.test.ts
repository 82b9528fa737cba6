import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, realpath, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PublishError } from '../../../../../electron/services/publishing/publish-target';
import { StaticSiteTarget } from '../../../../../electron/services/publishing/static-site/static-site-target';
import { useTempDirs } from '../../../../fixtures/temp-dir';
import { readServedSite, siteArticle, siteContext, SITE_OUTLET } from '../../../../fixtures/static-site';
import {
  htmlProblems,
  NEWS_NS,
  pageOf,
  parseXml,
  SITEMAP_NS,
  texts,
  wholeSiteProblems,
} from '../../../../fixtures/site-checks';
import { FEED_ITEMS } from '../../../../../shared/publishing/static-site/rss-feed';

const tempDir = useTempDirs('shpalta-site-');

async function rejection(promise: Promise<unknown>): Promise<PublishError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(PublishError);
  return error as PublishError;
}

const text = (files: Map<string, Buffer>, file: string): string => {
  const found = files.get(file);
  if (!found) throw new Error(`${file} is not in the site: ${[...files.keys()].join(', ')}`);
  return found.toString('utf8');
};

describe('the static site target', () => {
  it('writes the page, its pictures, the front and rubric pages, the feed and the sitemap', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    const one = siteArticle('a1');
    const record = await target.send(siteContext(one));

    expect(record).toMatchObject({ id: 'stattia-a1/', url: 'https://example.com.ua/stattia-a1/' });
    const files = await readServedSite(folder);
    const page = pageOf(text(files, 'stattia-a1/index.html'));
    expect(page.querySelector('h1')?.textContent).toBe('Уряд ухвалив «бюджет» — стаття a1');
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(record.url);

    // Both pictures copied under their content's names, linked with their real width and height.
    const images = Array.from(page.querySelectorAll('article img'));
    expect(images.map((img) => [img.getAttribute('width'), img.getAttribute('height')])).toEqual([
      ['4', '3'],
      ['5', '2'],
    ]);
    for (const img of images) {
      const src = img.getAttribute('src') ?? '';
      expect(src).toMatch(/^https:\/\/example\.com\.ua\/media\/[0-9a-f]{64}\.png$/);
      const file = src.replace('https://example.com.ua/', '');
      expect(files.get(file)?.equals(one.media.get(`media/${path.posix.basename(src)}`) ?? Buffer.alloc(0))).toBe(true);
    }

    const front = pageOf(text(files, 'index.html'));
    expect(Array.from(front.querySelectorAll('.entries h2 a'), (a) => a.getAttribute('href'))).toEqual([record.url]);
    const rubric = pageOf(text(files, 'rubric/ekonomika/index.html'));
    expect(rubric.querySelector('h1')?.textContent).toBe('Економіка');

    const feed = parseXml(text(files, 'feed.xml'));
    expect(texts(feed, 'link').slice(1)).toEqual([record.url]);
    expect(texts(feed, 'description')[1]).toBe('Лід статті з апострофом: м’ята & «лапки» <тег>.');
    expect(texts(feed, 'pubDate')).toEqual(['Sat, 20 Dec 2025 08:15:00 +0000']);

    const sitemap = parseXml(text(files, 'sitemap.xml'));
    expect(texts(sitemap, 'loc', SITEMAP_NS)).toContain(record.url);
    expect(texts(sitemap, 'name', NEWS_NS)).toEqual([]); // published long before «now»: no news tags
  });

  it('passes html-validate on every page and parses its feed and sitemap', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder, now: () => new Date('2025-12-20T10:00:00Z') });
    // Enough articles for a second page of the front list; rubrics, pictures and leads vary.
    const count = 53;
    await target.sendMany(
      Array.from({ length: count }, (_, n) =>
        siteContext(
          siteArticle(
            `b${n}`,
            {
              rubric: ['Економіка', 'Політика', ''][n % 3],
              lead: n % 4 ? 'Лід.' : '',
              publishAt: new Date(Date.UTC(2025, 11, 20, 8) - n * 60_000).toISOString(),
              ...(n % 5 ? {} : { featuredImage: null }),
            },
            n,
          ),
        ),
      ),
    );
    const files = await readServedSite(folder);
    const pages = [...files.keys()].filter((file) => file.endsWith('.html'));
    expect(pages.filter((file) => !file.startsWith('stattia-')).sort()).toEqual([
      'index.html',
      'page/2/index.html',
      'rubric/ekonomika/index.html',
      'rubric/polityka/index.html',
    ]);
    expect(pages).toHaveLength(count + 4);
    for (const file of pages) expect(await htmlProblems(text(files, file)), file).toEqual([]);
    expect(wholeSiteProblems(files, SITE_OUTLET.siteUrl)).toEqual([]);

    const feed = parseXml(text(files, 'feed.xml'));
    expect(texts(feed, 'guid')).toEqual(Array.from({ length: FEED_ITEMS }, (_, n) => `b${n}`));
    const sitemap = parseXml(text(files, 'sitemap.xml'));
    expect(texts(sitemap, 'loc', SITEMAP_NS)).toHaveLength(count + 3);
    expect(texts(sitemap, 'publication_date', NEWS_NS)).toHaveLength(count);
    expect(texts(sitemap, 'publication_date', NEWS_NS)[0]).toBe('2025-12-20T08:00:00Z');
    expect(new Set(texts(sitemap, 'name', NEWS_NS))).toEqual(new Set(['Перший Бізнесовий']));
    expect(new Set(texts(sitemap, 'language', NEWS_NS))).toEqual(new Set(['uk']));
    expect(texts(sitemap, 'title', NEWS_NS)[1]).toBe('Уряд ухвалив «бюджет» — стаття b1');
    // html-validate over a few dozen pages takes seconds on a loaded machine: the default 5 s is too tight.
  }, 30_000);

  it('publishing again updates the page in place; a new slug moves it and leaves nothing behind', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    const first = siteArticle('c1');
    const firstRecord = await target.send(siteContext(first, { jobId: 'j1' }));
    const other = await target.send(siteContext(siteArticle('c2', {}, 1)));

    const corrected = { ...first, article: { ...first.article, headline: 'Виправлений заголовок' } };
    const again = await target.send(siteContext(corrected, { jobId: 'j2' }));
    expect(again.url).toBe(firstRecord.url);
    let files = await readServedSite(folder);
    expect(pageOf(text(files, 'stattia-c1/index.html')).querySelector('h1')?.textContent).toBe('Виправлений заголовок');
    expect(texts(parseXml(text(files, 'feed.xml')), 'title')).toContain('Виправлений заголовок');

    const moved = { ...corrected, article: { ...corrected.article, slug: 'nova-adresa' } };
    const movedRecord = await target.send(siteContext(moved, { jobId: 'j3' }));
    expect(movedRecord.url).toBe('https://example.com.ua/nova-adresa/');
    files = await readServedSite(folder);
    expect([...files.keys()].filter((file) => file.includes('stattia-c1'))).toEqual([]);
    expect(files.has('nova-adresa/index.html')).toBe(true);
    expect(files.has('stattia-c2/index.html')).toBe(true);
    const everything = [...files].map(([, bytes]) => bytes.toString('utf8')).join('\n');
    expect(everything).not.toContain(firstRecord.url ?? '');
    expect(texts(parseXml(text(files, 'sitemap.xml')), 'loc', SITEMAP_NS)).toEqual(
      expect.arrayContaining([movedRecord.url, other.url]),
    );
    // The pictures both pages share are one file each; none is left that no page uses.
    expect([...files.keys()].filter((file) => file.startsWith('media/'))).toHaveLength(4);
  });

  it('withdrawal removes the page from the site, the lists, the feed and the sitemap', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    const gone = siteArticle('d1');
    const goneRecord = await target.send(siteContext(gone));
    const stays = await target.send(siteContext(siteArticle('d2', { rubric: 'Політика' }, 1)));

    await target.withdraw(siteContext(gone, { jobId: 'withdraw-d1' }));
    const files = await readServedSite(folder);
    expect([...files.keys()].filter((file) => file.startsWith('stattia-d1'))).toEqual([]);
    // The rubric had only the withdrawn article: its page goes too.
    expect(files.has('rubric/ekonomika/index.html')).toBe(false);
    for (const [file, bytes] of files) expect(bytes.toString('utf8'), file).not.toContain(goneRecord.url ?? '');
    expect(texts(parseXml(text(files, 'feed.xml')), 'link').slice(1)).toEqual([stays.url]);
    expect(texts(parseXml(text(files, 'sitemap.xml')), 'loc', SITEMAP_NS)).not.toContain(goneRecord.url);
    expect([...files.keys()].filter((file) => file.startsWith('media/'))).toHaveLength(2);

    // Withdrawing what is gone is done at once and changes nothing.
    const before = await realpath(path.join(folder, 'site'));
    await target.withdraw(siteContext(gone, { jobId: 'withdraw-d1-again' }));
    expect(await realpath(path.join(folder, 'site'))).toBe(before);
    expect(await target.lookup(siteContext(gone))).toBeNull();
  });

  it('lookup tells from the manifest whether this job’s send landed', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    const one = siteArticle('e1');
    expect(await target.lookup(siteContext(one, { jobId: 'first' }))).toBeNull();
    const record = await target.send(siteContext(one, { jobId: 'first' }));
    expect(await target.lookup(siteContext(one, { jobId: 'first' }))).toEqual(record);
    // A later job (a correction) whose send did not land: the page is still the first job's.
    expect(await target.lookup(siteContext(one, { jobId: 'correction' }))).toBeNull();
  });

  it('keeps its generations out of the served folder and links unchanged files instead of copying', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    await target.send(siteContext(siteArticle('f1')));
    const firstRoot = await realpath(path.join(folder, 'site'));
    await target.send(siteContext(siteArticle('f2', {}, 1)));
    const secondRoot = await realpath(path.join(folder, 'site'));
    expect(secondRoot).not.toBe(firstRoot);
    const { stat } = await import('node:fs/promises');
    const [a, b] = await Promise.all([
      stat(path.join(firstRoot, 'stattia-f1/index.html')),
      stat(path.join(secondRoot, 'stattia-f1/index.html')),
    ]);
    expect(b.ino).toBe(a.ino);
    expect(b.nlink).toBeGreaterThanOrEqual(2);
    expect((await readdir(folder)).sort()).toEqual(['.shpalta-site', 'site']);
    expect(path.relative(folder, secondRoot).startsWith('.shpalta-site')).toBe(true);
  });
});

describe('the static site target and its neighbours', () => {
  it('two publishers on one folder take turns: both articles land, neither undoes the other', async () => {
    const folder = await tempDir();
    const [left, right] = [new StaticSiteTarget({ folder }), new StaticSiteTarget({ folder })];
    await Promise.all([
      left.send(siteContext(siteArticle('m1'))),
      right.send(siteContext(siteArticle('m2', {}, 1))),
      left.send(siteContext(siteArticle('m3', {}, 2))),
    ]);
    const files = await readServedSite(folder);
    for (const id of ['m1', 'm2', 'm3']) expect(files.has(`stattia-${id}/index.html`), id).toBe(true);
    expect(texts(parseXml(text(files, 'feed.xml')), 'guid').sort()).toEqual(['m1', 'm2', 'm3']);
  });

  it('a stopped job changes nothing', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    await target.send(siteContext(siteArticle('n1')));
    const before = await readServedSite(folder);
    const stop = new AbortController();
    stop.abort();
    const error = await rejection(target.send(siteContext(siteArticle('n2', {}, 1), { signal: stop.signal })));
    expect([error.outcome, error.reason.key]).toEqual(['not-sent', 'publish.static.stopped']);
    expect(await readServedSite(folder)).toEqual(before);
  });

  it('with the link gone (a crash inside the Windows switch), the newest whole site is served again', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    await target.send(siteContext(siteArticle('o1')));
    const second = siteContext(siteArticle('o2', {}, 1));
    const record = await target.send(second);
    await rm(path.join(folder, 'site'));
    expect(await target.lookup(second)).toEqual(record);
    await target.send(siteContext(siteArticle('o3', {}, 2)));
    const files = await readServedSite(folder);
    for (const id of ['o1', 'o2', 'o3']) expect(files.has(`stattia-${id}/index.html`), id).toBe(true);
  });
});

describe('what the static site target refuses', () => {
  it('a folder that is not there: rejected, and no folder is made for it', async () => {
    const folder = path.join(await tempDir(), 'unmounted');
    const error = await rejection(new StaticSiteTarget({ folder }).send(siteContext(siteArticle('g1'))));
    expect(error.outcome).toBe('rejected');
    expect(error.reason.key).toBe('publish.static.folderMissing');
    expect(existsSync(folder)).toBe(false);
  });

  it('an outlet without a site address, a reserved or unsafe slug, a slug another article has', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    const noUrl = await rejection(
      target.send(siteContext(siteArticle('h1'), { outlet: { ...SITE_OUTLET, siteUrl: '' } })),
    );
    expect([noUrl.outcome, noUrl.reason.key]).toEqual(['rejected', 'publish.static.noSiteUrl']);

    const reserved = await rejection(target.send(siteContext(siteArticle('h2', { slug: 'Media' }))));
    expect([reserved.outcome, reserved.reason]).toEqual([
      'rejected',
      { key: 'publish.static.reservedSlug', params: { slug: 'Media' } },
    ]);
    const unsafe = await rejection(target.send(siteContext(siteArticle('h3', { slug: '../etc' }))));
    expect(unsafe.reason.key).toBe('publish.static.badSlug');

    await target.send(siteContext(siteArticle('h4', { slug: 'spilna' })));
    const taken = await rejection(target.send(siteContext(siteArticle('h5', { slug: 'Spilna' }, 1))));
    expect(taken.outcome).toBe('rejected');
    expect(taken.reason).toEqual({
      key: 'publish.static.slugTaken',
      params: { slug: 'Spilna', headline: 'Уряд ухвалив «бюджет» — стаття h4' },
    });
  });

  it('a picture that cannot be read stops the publish instead of leaving the page without it', async () => {
    const folder = await tempDir();
    const target = new StaticSiteTarget({ folder });
    const one = siteArticle('i1');
    const error = await rejection(target.send(siteContext({ article: one.article, media: new Map() })));
    expect(error.outcome).toBe('rejected');
    expect(error.reason.key).toBe('publish.static.mediaUnreadable');
    expect(existsSync(path.join(folder, 'site'))).toBe(false);
  });

  it('a scheduled article is asked back at its hour', async () => {
    const folder = await tempDir();
    const now = new Date('2025-12-20T08:00:00Z');
    const target = new StaticSiteTarget({ folder, now: () => now });
    const error = await rejection(target.send(siteContext(siteArticle('j1'), { when: '2025-12-20T10:30:00+02:00' })));
    expect([error.outcome, error.reason.key, error.retryAfterMs]).toEqual([
      'not-sent',
      'publish.static.notYet',
      30 * 60_000,
    ]);
  });

  it('a folder holding someone else’s site is left alone', async () => {
    const folder = await tempDir();
    await mkdir(path.join(folder, 'site'));
    await writeFile(path.join(folder, 'site', 'index.html'), 'their site');
    const error = await rejection(new StaticSiteTarget({ folder }).send(siteContext(siteArticle('k1'))));
    expect([error.outcome, error.reason.key]).toEqual(['rejected', 'publish.static.notOurs']);
    expect(await readFile(path.join(folder, 'site', 'index.html'), 'utf8')).toBe('their site');
  });
});
