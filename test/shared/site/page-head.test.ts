import ogs from 'open-graph-scraper-lite';
import { HtmlValidate } from 'html-validate';
import { structuredDataTest } from 'structured-data-testing-tool';
import { Facebook, Google, Twitter } from 'structured-data-testing-tool/presets';
import { describe, expect, it } from 'vitest';
import { renderSitePage } from '../../../shared/site/site-page';
import { seedPageInput } from './seed-page';

interface SdttTest {
  description: string;
  passed: boolean;
  error?: { message?: string };
}
interface SdttResult {
  passed: SdttTest[];
  failed: SdttTest[];
  warnings: SdttTest[];
  schemas: string[];
  structuredData: { jsonld: Record<string, Array<Record<string, unknown>>> };
}

/** Google's, Facebook's and X's checks of structured data and meta tags; a failure lists what failed. */
async function structuredData(html: string): Promise<SdttResult> {
  try {
    return (await structuredDataTest(html, { presets: [Google, Facebook, Twitter] })) as SdttResult;
  } catch (error) {
    const res = (error as { res?: SdttResult }).res;
    if (!res) throw error;
    throw new Error(
      `failed: ${res.failed.map((test) => `${test.description} (${test.error?.message ?? ''})`).join('; ')}`,
    );
  }
}

describe('the head of the site page, read back by the tools that read pages', () => {
  it('Open Graph and the X card, as an Open Graph parser reads them', async () => {
    const input = seedPageInput();
    const { result } = await ogs({ html: renderSitePage(input) });
    expect(result).toMatchObject({
      ogType: 'article',
      ogTitle: input.article.headline,
      ogUrl: input.url,
      ogSiteName: 'Перший Бізнесовий',
      ogLocale: 'uk_UA',
      twitterCard: 'summary_large_image',
      twitterTitle: input.article.headline,
    });
    expect(result.ogDescription).toMatch(/^У переговорах між представниками США та Росії .+…$/);
    expect(result.ogImage).toEqual([
      expect.objectContaining({
        url: `https://example.com.ua/media/${'a'.repeat(64)}.jpg`,
        width: '1200',
        height: '630',
      }),
    ]);
    expect(result.twitterImage).toEqual([
      expect.objectContaining({ url: expect.stringContaining('/media/'), alt: 'Зустріч делегацій' }),
    ]);
    expect(result.articlePublishedTime).toBe('2025-12-20T08:15:00Z');
    expect(result.articleModifiedTime).toBe('2025-12-20T09:00:00Z');
    expect(result.articleSection).toBe('Політика');
    // The parser keeps one article:tag (the last); the page has one per tag.
    expect(result.articleTag).toBe('США');
    expect(renderSitePage(input).match(/<meta property="article:tag" content="[^"]+">/g)).toEqual([
      '<meta property="article:tag" content="гарантії безпеки">',
      '<meta property="article:tag" content="НАТО">',
      '<meta property="article:tag" content="США">',
    ]);
  });

  it('schema.org NewsArticle in JSON-LD passes Google’s, Facebook’s and X’s checks', async () => {
    const input = seedPageInput();
    const result = await structuredData(renderSitePage(input));
    expect(result.schemas).toContain('NewsArticle');
    expect(result.failed).toEqual([]);
    const [article] = result.structuredData.jsonld.NewsArticle ?? [];
    expect(article).toMatchObject({
      headline: input.article.headline,
      datePublished: '2025-12-20T08:15:00Z',
      dateModified: '2025-12-20T09:00:00Z',
      inLanguage: 'uk',
      articleSection: 'Політика',
      author: [{ '@type': 'Person', name: 'Олена Петренко' }],
      publisher: { '@type': 'NewsMediaOrganization', name: 'Перший Бізнесовий' },
      mainEntityOfPage: { '@id': input.url },
    });
  });

  it('is valid HTML by html-validate’s recommended rules', async () => {
    // The title is the journalist's (SEO title, else the headline): its length is warned about in the share
    // fields, by its width in Google's font, not cut here to html-validate's 70 characters.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const report = await validator.validateString(renderSitePage(seedPageInput()));
    const messages = report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });

  it('a page with every kind of block, several authors and no image is valid too', async () => {
    const input = seedPageInput();
    const text = (value: string) => ({ type: 'text', text: value });
    input.article = {
      ...input.article,
      featuredImage: null,
      authors: [{ name: 'Олена Петренко', url: 'https://example.com.ua/authors/olena' }, { name: 'Іван Коваль' }],
      body: {
        type: 'doc',
        content: [
          { type: 'heading', attrs: { level: 2 }, content: [text('Що відомо')] },
          {
            type: 'bulletList',
            content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('пункт')] }] }],
          },
          {
            type: 'orderedList',
            attrs: { start: 2, type: 'a' },
            content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('другий')] }] }],
          },
          {
            type: 'blockquote',
            attrs: { attribution: 'Речник' },
            content: [{ type: 'paragraph', content: [text('Цитата')] }],
          },
          {
            type: 'figure',
            attrs: { src: `media/${'d'.repeat(64)}.jpg`, alt: 'Опис', caption: 'Підпис', credit: 'Автор' },
          },
          { type: 'embed', attrs: { provider: 'telegram', url: 'https://t.me/channel/12', id: 'channel/12' } },
          {
            type: 'readAlso',
            attrs: { articles: [{ articleId: 'm3k9x2ab-00000001', headline: 'Інша', date: '2025-12-19T18:44:00Z' }] },
          },
          {
            type: 'table',
            attrs: { caption: 'Явка за областями' },
            content: [
              {
                type: 'tableRow',
                content: [
                  { type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Область')] }] },
                  { type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Явка')] }] },
                ],
              },
              {
                type: 'tableRow',
                content: [
                  { type: 'tableHeader', content: [{ type: 'paragraph', content: [text('Львівська')] }] },
                  {
                    type: 'tableCell',
                    attrs: { rowspan: 2 },
                    content: [{ type: 'paragraph', content: [text('61%')] }],
                  },
                ],
              },
              {
                type: 'tableRow',
                content: [{ type: 'tableCell', content: [{ type: 'paragraph' }] }],
              },
            ],
          },
          { type: 'horizontalRule' },
          { type: 'recap', content: [text('підсумок.')] },
        ],
      },
    };
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });
    const report = await validator.validateString(renderSitePage(input));
    expect(report.results.flatMap((result) => result.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });

  it('text that looks like markup stays text: in the page, the attributes and the JSON-LD', async () => {
    const input = seedPageInput();
    const hostile = 'Заголовок </script><script>alert(1)</script> "лапки" & <b>теги</b>';
    input.article = { ...input.article, headline: hostile, tags: ['<img src=x onerror=alert(1)>'] };
    const html = renderSitePage(input);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<img src=x');
    const { result } = await ogs({ html });
    expect(result.ogTitle).toBe(hostile);
    const data = await structuredData(html);
    expect(data.structuredData.jsonld.NewsArticle?.[0]).toMatchObject({ headline: hostile });
  });
});
