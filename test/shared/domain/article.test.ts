import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/translate';
import { issueReason } from '../../../shared/validation/issue-reason';
import {
  ARTICLE_SCHEMA_VERSION,
  ArticleIdSchema,
  ArticleSchema,
  ArticleSummarySchema,
  summarize,
  type ArticleInput,
} from '../../../shared/domain/article';
import { sampleArticle } from '../../../shared/domain/sample-article';

const NOW = new Date('2025-12-19T18:44:00.000Z');

function minimalArticle(overrides: Partial<ArticleInput> = {}): ArticleInput {
  return {
    schemaVersion: ARTICLE_SCHEMA_VERSION,
    id: 'mjc5l1ts-1a2b3c4d',
    headline: 'Нацбанк знизив облікову ставку',
    body: { type: 'doc', content: [{ type: 'paragraph' }] },
    createdAt: '2025-12-19T20:44:00+02:00',
    updatedAt: '2025-12-19T20:44:00+02:00',
    ...overrides,
  };
}

describe('ArticleIdSchema', () => {
  it.each([['a'], ['0'], ['mjc5l1ts-1a2b3c4d'], ['a'.repeat(64)], ['z-'], ['2025-12-19']])('accepts %j', (id) => {
    expect(ArticleIdSchema.safeParse(id).success).toBe(true);
  });

  it.each([
    ['../x'],
    ['A B'],
    [''],
    ['a'.repeat(65)],
    ['Abc'],
    ['-abc'],
    ['a/b'],
    ['a\\b'],
    ['a.b'],
    ['.hidden'],
    ['стаття'],
    ['a\u0000b'],
    ['abc\n'],
  ])('rejects %j with a reason worded from the catalogue', (id) => {
    const result = ArticleIdSchema.safeParse(id);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue && createTranslator('en').message(issueReason(issue))).toBe(
      'an article id may hold only Latin letters, digits and hyphens',
    );
  });
});

describe('ArticleSchema', () => {
  it('accepts the sample article unchanged', () => {
    const sample = sampleArticle('mjc5l1ts-1a2b3c4d', NOW);
    const parsed = ArticleSchema.safeParse(sample);
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual(sample);
  });

  it('rejects an otherwise valid article whose id is unsafe', () => {
    for (const id of ['../x', 'A B', '', 'a'.repeat(65)]) {
      const result = ArticleSchema.safeParse({ ...sampleArticle('ok-id', NOW), id });
      expect(result.success, id).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['id']);
    }
  });

  it('fills defaults for every optional field left out', () => {
    const article = ArticleSchema.parse(minimalArticle());
    expect(article).toMatchObject({
      lead: '',
      rubric: '',
      tags: [],
      authors: [],
      slug: '',
      publishAt: null,
      featuredImage: null,
      related: [],
      seo: { title: '', description: '' },
      share: { title: '', description: '', image: null },
      x: { text: '' },
      telegram: { text: '' },
      status: 'draft',
      reviewNotes: [],
      remoteIds: {},
    });
    expect(article.headline).toBe('Нацбанк знизив облікову ставку');
  });

  it('fills defaults inside nested objects (image credit, related teaser)', () => {
    const article = ArticleSchema.parse(
      minimalArticle({
        featuredImage: { src: 'media/abc.jpg' },
        related: [{ headline: 'Курс гривні', url: 'https://example.ua/news/1' }],
      }),
    );
    expect(article.featuredImage).toEqual({ src: 'media/abc.jpg', alt: '', caption: '', credit: '', crops: {} });
    expect(article.related[0]?.teaser).toBe('');
  });

  it('rejects a future schema version, a missing headline, a bad date and an unknown status', () => {
    expect(ArticleSchema.safeParse(minimalArticle({ schemaVersion: 3 as never })).success).toBe(false);
    const { headline: _omit, ...noHeadline } = minimalArticle();
    expect(ArticleSchema.safeParse(noHeadline).success).toBe(false);
    expect(ArticleSchema.safeParse(minimalArticle({ createdAt: '19.12.2025 20:44' })).success).toBe(false);
    expect(ArticleSchema.safeParse(minimalArticle({ publishAt: '2025-12-19' })).success).toBe(false);
    expect(ArticleSchema.safeParse(minimalArticle({ status: 'deleted' as never })).success).toBe(false);
    expect(ArticleSchema.safeParse(minimalArticle({ body: { type: 'paragraph' } as never })).success).toBe(false);
  });

  it('accepts publish times with a Kyiv offset and in UTC', () => {
    expect(ArticleSchema.safeParse(minimalArticle({ publishAt: '2025-12-19T20:44:00+02:00' })).success).toBe(true);
    expect(ArticleSchema.safeParse(minimalArticle({ publishAt: '2025-06-19T20:44:00+03:00' })).success).toBe(true);
    expect(ArticleSchema.safeParse(minimalArticle({ publishAt: '2025-12-19T18:44:00.000Z' })).success).toBe(true);
  });

  it('summarize keeps only the list fields, and the summary satisfies its schema', () => {
    const sample = sampleArticle('mjc5l1ts-1a2b3c4d', NOW);
    const summary = summarize(sample);
    expect(summary).toEqual({
      id: sample.id,
      headline: sample.headline,
      status: 'draft',
      rubric: 'Суспільство',
      updatedAt: NOW.toISOString(),
    });
    expect(ArticleSummarySchema.safeParse(summary).success).toBe(true);
  });
});
