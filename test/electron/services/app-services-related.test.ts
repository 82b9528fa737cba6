import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/api/dispatch';
import { useTempDirs } from '../../fixtures/temp-dir';
import { createTestApp } from '../../fixtures/test-app';

const tempDir = useTempDirs('shpalta-related-');

describe('library.related and library.lookup through the API', () => {
  it('suggests by shared tags, never a trashed article, and looks up saved articles with their slug', async () => {
    const app = await createTestApp(await tempDir());
    const { handlers } = app.services;
    const create = async (headline: string, tags: string[], slug = '') => {
      const { article, hash } = await handlers['article.create']({ headline });
      await handlers['article.save']({ article: { ...article, tags, slug }, baseHash: hash });
      return article.id;
    };
    const self = await create('Нацбанк знизив облікову ставку', ['НБУ', 'економіка']);
    const gryvnia = await create('Гривня після рішення Нацбанку', ['НБУ'], 'hryvnia');
    const trashed = await create('Банки після рішення Нацбанку переглянули депозити', ['НБУ', 'економіка']);
    // Saves are indexed just after their reply: wait for each article's index row.
    await expect
      .poll(async () => (await handlers['library.lookup']({ ids: [self, gryvnia, trashed] })).articles.length)
      .toBe(3);
    await expect
      .poll(async () => (await handlers['library.lookup']({ ids: [gryvnia] })).articles[0]?.slug)
      .toBe('hryvnia');
    await expect
      .poll(async () => (await handlers['library.related']({ id: self })).suggestions.map((s) => s.id))
      .toEqual([trashed, gryvnia]);

    await handlers['article.trash']({ id: trashed });
    const { suggestions } = await handlers['library.related']({ id: self });
    expect(suggestions.map((s) => s.id)).toEqual([gryvnia]);
    expect(suggestions[0]).toMatchObject({ headline: 'Гривня після рішення Нацбанку', sharedTags: ['НБУ'] });
    expect((await handlers['library.lookup']({ ids: [trashed, gryvnia] })).articles.map((a) => a.id)).toEqual([
      gryvnia,
    ]);
    app.services.dispose();
  });

  it('refuses more excluded ids than a list may hold, as an invalid request', async () => {
    const app = await createTestApp(await tempDir());
    const ids = Array.from({ length: 21 }, (_, i) => `a-${i}`);
    const reply = await dispatch(app.services.handlers, 'library.related', { id: 'a-0', exclude: ids });
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    app.services.dispose();
  });
});
