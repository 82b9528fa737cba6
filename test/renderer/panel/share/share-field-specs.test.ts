import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../../shared/domain/article';
import { counterFor, SHARE_FIELD_SPECS } from '../../../../renderer/src/panel/share/share-field-specs';

describe('share field specs', () => {
  it('writes each field where article.json keeps it, leaving its neighbours', () => {
    const article = newArticle('a', '2025-12-19T18:44:00.000Z', {
      seo: { title: 'SEO', description: 'Опис' },
      share: { title: '', description: '', image: 'media/x.png' },
    });
    const byKey = Object.fromEntries(SHARE_FIELD_SPECS.map((spec) => [spec.key, spec]));
    expect(byKey.seoTitle?.write(article, 'Новий')).toEqual({ seo: { title: 'Новий', description: 'Опис' } });
    expect(byKey.shareDescription?.write(article, 'Д')).toEqual({
      share: { title: '', description: 'Д', image: 'media/x.png' },
    });
    expect(byKey.telegramPost?.write(article, 'Пост')).toEqual({ telegram: { text: 'Пост' } });
    expect(SHARE_FIELD_SPECS.map((spec) => spec.read(article))).toEqual(['SEO', 'Опис', '', '', '', '']);
  });

  it('counts the Telegram post as a caption with a picture and as a message without', () => {
    const post = 'а'.repeat(1500);
    expect(counterFor('telegramPost', post, true)).toMatchObject({ limit: 1024, over: true, severity: 'error' });
    expect(counterFor('telegramPost', post, false)).toMatchObject({ limit: 4096, over: false, severity: 'ok' });
  });

  it('counts the search title in pixels and leaves the share description uncounted', () => {
    expect(counterFor('seoTitle', 'Заголовок', false)).toMatchObject({ unit: 'pixels', limit: 600 });
    expect(counterFor('shareDescription', 'Опис', false)).toBeNull();
  });
});
