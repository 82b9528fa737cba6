import { describe, expect, it } from 'vitest';
import type { Doc } from '../../../shared/domain/doc';
import { unsupportedContent } from '../../../shared/domain/editor-schema';
import { READ_ALSO_MAX_ARTICLES, readAlsoItems, upgradeReadAlso } from '../../../shared/domain/read-also';

const ID = 'm3k9x2ac-00000001';
const ITEM = { articleId: ID, headline: 'Перша', date: '2025-12-19T18:44:00Z' };
const body = (...attrs: Record<string, unknown>[]): Doc => ({
  type: 'doc',
  content: attrs.map((a) => ({ type: 'readAlso', attrs: a })),
});

describe('«Читайте також» in article files', () => {
  it('the first format (one article) still reads, as a list of one without a date', () => {
    expect(readAlsoItems({ articleId: ID, headline: 'Перша' })).toEqual([
      { articleId: ID, headline: 'Перша', date: null },
    ]);
    expect(readAlsoItems({ articleId: '', headline: '' })).toEqual([]);
    expect(unsupportedContent(body({ articleId: ID, headline: 'Перша' }))).toBeNull();
  });

  it('the list format reads; a missing date is none', () => {
    expect(readAlsoItems({ articles: [ITEM, { articleId: ID, headline: 'Друга' }] })).toEqual([
      ITEM,
      { articleId: ID, headline: 'Друга', date: null },
    ]);
    expect(unsupportedContent(body({ articles: [ITEM] }))).toBeNull();
  });

  it.each([
    ['an item with a field of a newer version', { articles: [{ ...ITEM, teaser: 'Текст' }] }, ['readAlso.articles']],
    ['a block attribute of a newer version', { articles: [ITEM], layout: 'grid' }, ['readAlso.layout']],
    ['both formats at once', { articles: [ITEM], articleId: ID }, ['readAlso.articles']],
    ['an id that is not an article id', { articles: [{ ...ITEM, articleId: '../x' }] }, ['readAlso.articles']],
    ['a date that is not a date', { articles: [{ ...ITEM, date: 'вчора' }] }, ['readAlso.articles']],
    [
      'a list longer than a block holds',
      { articles: Array.from({ length: READ_ALSO_MAX_ARTICLES + 1 }, () => ITEM) },
      ['readAlso.articles'],
    ],
    ['the first format with another field', { articleId: ID, headline: 'x', teaser: 'y' }, ['readAlso.teaser']],
  ])('a form it does not know is reported, never rewritten: %s', (_, attrs, attributes) => {
    expect(readAlsoItems(attrs)).toBeNull();
    expect(unsupportedContent(body(attrs))?.attributes).toEqual(attributes);
  });

  it('opening upgrades the first format to a list; a body without it is the same object', () => {
    const old = body({ articleId: ID, headline: 'Перша' }, { articles: [ITEM] });
    expect(upgradeReadAlso(old).content).toEqual([
      { type: 'readAlso', attrs: { articles: [{ articleId: ID, headline: 'Перша', date: null }] } },
      { type: 'readAlso', attrs: { articles: [ITEM] } },
    ]);
    const current = body({ articles: [ITEM] });
    expect(upgradeReadAlso(current)).toBe(current);
    const unknown = body({ articleId: ID, headline: 'x', teaser: 'y' });
    expect(upgradeReadAlso(unknown)).toBe(unknown);
  });
});
