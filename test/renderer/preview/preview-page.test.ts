import { describe, expect, it } from 'vitest';
import { newArticle } from '../../../shared/domain/article';
import { defaultSettings } from '../../../shared/settings/schema';
import { previewPage } from '../../../renderer/src/preview/preview-page';

const outlet = { ...defaultSettings('/tmp/library').outlet, siteUrl: 'https://news.example.ua' };

function readAlsoLinks(html: string): Array<string | null> {
  const list = new DOMParser().parseFromString(html, 'text/html').querySelector('.read-also ul');
  return [...(list?.querySelectorAll('li') ?? [])].map((item) => item.querySelector('a')?.getAttribute('href') ?? null);
}

describe('previewPage: «Читайте також» addresses', () => {
  const article = newArticle('self', '2025-12-19T10:00:00.000Z', {
    headline: 'Стаття',
    related: [
      { articleId: 'with-slug', headline: 'Зі слагом', publishedAt: '2025-12-19T18:44:00.000Z' },
      { articleId: 'no-slug', headline: 'Без слагу' },
      { articleId: 'gone', headline: 'Видалена' },
      { articleId: 'loading', headline: 'Ще шукаємо' },
      { url: 'https://other.example.com/a', headline: 'Чужа' },
    ],
  });
  const slugs: Record<string, string | null> = { 'with-slug': 'nbu-stavka', 'no-slug': '', gone: null };

  it('links a library article to its page by slug (else id), an outside one to its address', () => {
    expect(
      readAlsoLinks(
        previewPage(
          article,
          outlet,
          () => null,
          (id) => slugs[id],
        ),
      ),
    ).toEqual([
      'https://news.example.ua/nbu-stavka/',
      'https://news.example.ua/no-slug/',
      null,
      null,
      'https://other.example.com/a',
    ]);
  });
});
