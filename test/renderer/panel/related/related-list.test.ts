import { describe, expect, it } from 'vitest';
import {
  addRelated,
  listedIds,
  moveRelated,
  outsideLink,
  RELATED_LIMIT,
  relatedFromCard,
  removeRelated,
  type RelatedArticle,
} from '../../../../renderer/src/panel/related/related-list';

const entry = (articleId: string): RelatedArticle => ({ articleId, headline: `Стаття ${articleId}`, teaser: '' });
const ids = (list: readonly RelatedArticle[]) => list.map((item) => item.articleId ?? item.url);

describe('related list helpers', () => {
  const list = [entry('a'), entry('b'), entry('c')];

  it('moves an entry one place up or down, and leaves the ends where they are', () => {
    expect(ids(moveRelated(list, 1, -1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveRelated(list, 1, 1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveRelated(list, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveRelated(list, 2, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });

  it('removes by position', () => {
    expect(ids(removeRelated(list, 1))).toEqual(['a', 'c']);
  });

  it('adds at the end, never twice, never past the limit', () => {
    expect(ids(addRelated(list, entry('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(addRelated(list, { ...entry('b'), headline: 'Інший заголовок' }))).toEqual(['a', 'b', 'c']);
    const full = Array.from({ length: RELATED_LIMIT }, (_, i) => entry(`x${i}`));
    expect(addRelated(full, entry('y'))).toHaveLength(RELATED_LIMIT);
  });

  it('lists the library ids, not the outside links', () => {
    expect(listedIds([entry('a'), { url: 'https://example.com/x', headline: 'X', teaser: '' }])).toEqual(['a']);
  });

  it('keeps a library article by id, dated by its publish time, else its last change', () => {
    const card = {
      id: 'nbu',
      headline: 'Нацбанк знизив ставку',
      slug: 'nbu-stavka',
      status: 'published' as const,
      updatedAt: '2025-12-20T08:00:00.000Z',
      publishAt: '2025-12-19T18:44:00.000Z',
      teaser: 'Лід.',
    };
    expect(relatedFromCard(card)).toEqual({
      articleId: 'nbu',
      headline: 'Нацбанк знизив ставку',
      publishedAt: '2025-12-19T18:44:00.000Z',
      teaser: 'Лід.',
    });
    expect(relatedFromCard({ ...card, publishAt: null }).publishedAt).toBe('2025-12-20T08:00:00.000Z');
  });
});

describe('outsideLink', () => {
  it('takes an http(s) address and a headline, on one line', () => {
    expect(outsideLink(' https://example.com/новина ', '  Новина\n  дня ', [])).toEqual({
      ok: true,
      item: { url: 'https://example.com/%D0%BD%D0%BE%D0%B2%D0%B8%D0%BD%D0%B0', headline: 'Новина дня', teaser: '' },
    });
  });

  it('says what is wrong, and with which field', () => {
    expect(outsideLink('example.com', 'Новина', [])).toMatchObject({
      ok: false,
      field: 'url',
      problem: 'related.linkBadUrl',
    });
    expect(outsideLink('javascript:alert(1)', 'Новина', [])).toMatchObject({ ok: false, field: 'url' });
    expect(outsideLink('https://example.com/', '   ', [])).toMatchObject({
      ok: false,
      field: 'headline',
      problem: 'related.linkNoHeadline',
    });
    const listed = [{ url: 'https://example.com/', headline: 'Було', teaser: '' }];
    expect(outsideLink('https://example.com', 'Новина', listed)).toMatchObject({
      ok: false,
      problem: 'related.linkTwice',
    });
  });
});
