import { describe, expect, it } from 'vitest';
import { canonicalJson, contentHash } from '../../../../electron/services/workflow/content-hash';
import { newArticle } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';

const article = newArticle('hash-1', '2025-12-19T18:44:00.000Z', {
  headline: 'Уряд ухвалив бюджет',
  lead: 'Рада підтримала документ.',
  body: docFromParagraphs(['Перший абзац.']),
  tags: ['бюджет'],
});

describe('contentHash', () => {
  it('is the sha256 of the canonical JSON, 64 hex digits', () => {
    expect(contentHash(article)).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(article)).toBe(contentHash(structuredClone(article)));
  });

  it('does not change with the status, the time of the save, the remote ids or the review notes', () => {
    const moved = {
      ...article,
      status: 'approved' as const,
      updatedAt: '2026-01-01T00:00:00.000Z',
      remoteIds: { wordpress: '12' },
      reviewNotes: [{ at: '2025-12-19T18:50:00.000Z', by: 'Редактор', text: 'Уточніть' }],
    };
    expect(contentHash(moved)).toBe(contentHash(article));
  });

  it.each([
    ['headline', { headline: 'Уряд ухвалив бюджет!' }],
    ['lead', { lead: 'Інший лід.' }],
    ['body', { body: docFromParagraphs(['Перший абзац, змінений.']) }],
    ['tags (metadata)', { tags: ['бюджет', 'рада'] }],
    ['slug (metadata)', { slug: 'biudzhet' }],
    ['share text (metadata)', { telegram: { text: 'Пост' } }],
  ])('changes when the %s changes', (_what, patch) => {
    expect(contentHash({ ...article, ...patch })).not.toBe(contentHash(article));
  });

  it('does not depend on the order keys were written in', () => {
    const reordered = Object.fromEntries(Object.entries(article).reverse()) as typeof article;
    expect(contentHash(reordered)).toBe(contentHash(article));
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth, keeps array order and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[3,{"y":2,"z":1}]},"b":1}',
    );
    expect(canonicalJson(['ї', null, 'a"b'])).toBe('["ї",null,"a\\"b"]');
  });
});
