import { describe, expect, it } from 'vitest';
import { message } from '../../../../shared/i18n/message';
import { worded } from '../../../support/worded';
import { ArticleIdSchema } from '../../../../shared/domain/article';
import { hashBytes, parseArticleFile, serializeArticle } from '../../../../electron/services/library/article-file';
import { newArticleId } from '../../../../electron/services/library/article-id';
import { sampleArticle } from '../../../../shared/domain/sample-article';

describe('article files', () => {
  const article = sampleArticle('sample-1', new Date('2025-12-19T18:44:00.000Z'));

  it('hashBytes is sha256 in hex, equal for a string and its UTF-8 bytes', () => {
    expect(hashBytes('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(hashBytes('Шпальта')).toBe(hashBytes(new TextEncoder().encode('Шпальта')));
    expect(hashBytes('a')).not.toBe(hashBytes('b'));
  });

  it('serializeArticle writes readable JSON ending with a new line, and parses back', () => {
    const text = serializeArticle(article);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "headline": "Редакція перейшла на «Шпальту»');
    expect(parseArticleFile(text, 'sample-1')).toEqual({
      ok: true,
      article,
      migratedFrom: null,
      unsupported: null,
      legacyTransitions: [],
      legacyUnreadable: 0,
    });
  });

  it('parseArticleFile never throws, whatever it gets', () => {
    for (const text of ['', '{', 'null', '"x"', '42', '[]', '{}', '\u0000']) {
      const parsed = parseArticleFile(text, 'sample-1');
      expect(parsed.ok, JSON.stringify(text)).toBe(false);
      if (!parsed.ok) expect(worded(parsed.reason)).toMatch(/[а-яіїєґ]/i);
    }
  });

  it('bytes that are not UTF-8 make a damaged file, not one opened with replacement characters', () => {
    const good = new TextEncoder().encode(serializeArticle(article));
    expect(parseArticleFile(good, 'sample-1')).toEqual({
      ok: true,
      article,
      migratedFrom: null,
      unsupported: null,
      legacyTransitions: [],
      legacyUnreadable: 0,
    });
    // A lone continuation byte inside the headline: decoded loosely it would read as U+FFFD and be saved so.
    const at = new TextDecoder().decode(good).indexOf('Редакція');
    const broken = Uint8Array.from(good);
    broken[new TextEncoder().encode(new TextDecoder().decode(good).slice(0, at)).length] = 0x80;
    const parsed = parseArticleFile(broken, 'sample-1');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toEqual(message('damaged.notUtf8'));
  });

  it('an older file without the new optional fields is read with defaults', () => {
    const { tags: _t, seo: _s, remoteIds: _r, ...older } = article;
    const parsed = parseArticleFile(JSON.stringify(older), 'sample-1');
    expect(parsed).toEqual({
      ok: true,
      article: { ...article, tags: [], seo: { title: '', description: '' }, remoteIds: {} },
      migratedFrom: null,
      legacyTransitions: [],
      legacyUnreadable: 0,
      unsupported: null,
    });
  });
});

describe('newArticleId', () => {
  it('is a valid id, unique, and sorts by creation time', () => {
    const ids = Array.from({ length: 50 }, (_, i) => newArticleId(new Date(1_700_000_000_000 + i * 1000)));
    for (const id of ids) expect(ArticleIdSchema.safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
    expect(newArticleId(new Date(0))).not.toBe(newArticleId(new Date(0)));
  });
});
