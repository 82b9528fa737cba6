import { describe, expect, it } from 'vitest';
import { newsSitemap, NEWS_MAX } from '../../../../shared/publishing/static-site/news-sitemap';
import { FEED_ITEMS, rssFeed } from '../../../../shared/publishing/static-site/rss-feed';
import { rfc822Date, w3cDate } from '../../../../shared/publishing/static-site/site-dates';
import type { ManifestEntry } from '../../../../shared/publishing/static-site/site-manifest';
import { escapeXml } from '../../../../shared/publishing/static-site/xml';
import { NEWS_NS, parseXml, SITEMAP_NS, texts } from '../../../fixtures/site-checks';

const BUILT = '2025-12-20T10:00:00Z';

function entry(n: number, fields: Partial<ManifestEntry> = {}): ManifestEntry {
  return {
    articleId: `a${n}`,
    folder: `stattia-${n}`,
    url: `https://example.com.ua/stattia-${n}/`,
    headline: `Заголовок ${n}`,
    teaser: `Тизер ${n}`,
    rubric: 'Економіка',
    publishedAt: new Date(Date.parse(BUILT) - n * 60 * 60_000).toISOString(),
    updatedAt: BUILT,
    image: null,
    media: [],
    jobId: `job-${n}`,
    contentHash: `hash-${n}`,
    ...fields,
  };
}

describe('dates of the feed and the sitemap', () => {
  it('RSS in RFC 822 with a four-digit year, the sitemap in W3C form, both in UTC', () => {
    expect(rfc822Date('2025-12-20T10:15:07+02:00')).toBe('Sat, 20 Dec 2025 08:15:07 +0000');
    expect(rfc822Date('2026-03-01T00:00:00Z')).toBe('Sun, 01 Mar 2026 00:00:00 +0000');
    expect(w3cDate('2025-12-20T10:15:07.123+02:00')).toBe('2025-12-20T08:15:07Z');
    expect(() => w3cDate('вчора')).toThrow(RangeError);
  });
});

describe('XML escaping', () => {
  it('escapes markup and drops what XML 1.0 cannot hold at all', () => {
    expect(escapeXml(`a & b <c> "d" 'e'`)).toBe('a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;');
    expect(escapeXml('до\u0001після\uD800 ✓ 😀\tтаб')).toBe('допісля ✓ 😀\tтаб');
  });
});

describe('the RSS feed', () => {
  it('parses, lists the newest items first and at most FEED_ITEMS of them', () => {
    const entries = Array.from({ length: FEED_ITEMS + 5 }, (_, n) => entry(n));
    const doc = parseXml(
      rssFeed(
        { title: 'Редакція', link: 'https://example.com.ua/', selfUrl: 'https://example.com.ua/feed.xml' },
        entries,
        BUILT,
      ),
    );
    expect(doc.documentElement.getAttribute('version')).toBe('2.0');
    expect(texts(doc, 'guid')).toEqual(entries.slice(0, FEED_ITEMS).map((e) => e.articleId));
    expect(texts(doc, 'language')).toEqual(['uk']);
    expect(texts(doc, 'lastBuildDate')).toEqual(['Sat, 20 Dec 2025 10:00:00 +0000']);
  });

  it('keeps a hostile headline as text: no element, no broken document', () => {
    const evil = entry(1, { headline: '</title><script>alert(1)</script> & «лапки» \u0007', teaser: ']]> <!-- x' });
    const doc = parseXml(
      rssFeed({ title: 'R & D', link: 'https://e.ua/', selfUrl: 'https://e.ua/feed.xml' }, [evil], BUILT),
    );
    expect(texts(doc, 'title')).toEqual(['R & D', '</title><script>alert(1)</script> & «лапки» ']);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(texts(doc, 'description')[1]).toBe(']]> <!-- x');
  });

  it('gives a picture as an enclosure with its size and type', () => {
    const withImage = entry(1, {
      image: { url: 'https://e.ua/media/x.png', width: 4, height: 3, alt: '', mime: 'image/png', bytes: 73 },
    });
    const doc = parseXml(
      rssFeed({ title: 'R', link: 'https://e.ua/', selfUrl: 'https://e.ua/feed.xml' }, [withImage], BUILT),
    );
    const enclosure = doc.getElementsByTagName('enclosure')[0];
    expect([
      enclosure?.getAttribute('url'),
      enclosure?.getAttribute('length'),
      enclosure?.getAttribute('type'),
    ]).toEqual(['https://e.ua/media/x.png', '73', 'image/png']);
  });
});

describe('the news sitemap', () => {
  it('tags only the articles of the last two days for Google News, and lists every page', () => {
    const recent = entry(3);
    const old = entry(60);
    const doc = parseXml(
      newsSitemap({
        publicationName: 'Перший Бізнесовий',
        entries: [old, recent],
        pages: ['https://example.com.ua/'],
        builtAt: BUILT,
      }),
    );
    expect(texts(doc, 'loc', SITEMAP_NS)).toEqual(['https://example.com.ua/', recent.url, old.url]);
    expect(texts(doc, 'title', NEWS_NS)).toEqual([recent.headline]);
    expect(texts(doc, 'publication_date', NEWS_NS)).toEqual(['2025-12-20T07:00:00Z']);
    expect(texts(doc, 'name', NEWS_NS)).toEqual(['Перший Бізнесовий']);
    expect(texts(doc, 'language', NEWS_NS)).toEqual(['uk']);
    expect(texts(doc, 'lastmod', SITEMAP_NS)).toEqual([w3cDate(BUILT), w3cDate(BUILT), w3cDate(BUILT)]);
  });

  it('tags at most NEWS_MAX articles, the newest', () => {
    const entries = Array.from({ length: NEWS_MAX + 3 }, (_, n) =>
      entry(n, { publishedAt: new Date(Date.parse(BUILT) - n * 1000).toISOString() }),
    );
    const doc = parseXml(newsSitemap({ publicationName: 'R', entries, pages: [], builtAt: BUILT }));
    expect(doc.getElementsByTagNameNS(NEWS_NS, 'news')).toHaveLength(NEWS_MAX);
    expect(texts(doc, 'title', NEWS_NS).at(-1)).toBe(`Заголовок ${NEWS_MAX - 1}`);
  });
});
