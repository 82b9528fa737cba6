import { describe, expect, it } from 'vitest';
import type { OutletState } from '../../../shared/api/contract';
import { newArticle } from '../../../shared/domain/article';
import { defaultOutletProfile } from '../../../shared/outlet/outlet-profile';
import { previewPage } from '../../../renderer/src/preview/preview-page';

const LOGO = 'data:image/png;base64,iVBORw0KGgo=';

function outlet(changes: Partial<OutletState['profile']> = {}, logoDataUrl: string | null = LOGO): OutletState {
  const profile = { ...defaultOutletProfile(), ...changes };
  return { profile, hash: 'h', problem: null, logoDataUrl };
}

const page = (state: OutletState) =>
  new DOMParser().parseFromString(
    previewPage(newArticle('a-1', '2025-12-19T18:44:00.000Z', { headline: 'Бюджет ухвалено' }), state, () => null),
    'text/html',
  );

describe('previewPage', () => {
  it('shows the library profile’s logo (as given, a data: URL) and subscribe call, linked to its Telegram', () => {
    const doc = page(
      outlet({
        name: 'Економічна правда',
        subscribeText: 'Підписуйтесь на наш Telegram-канал',
        social: { ...defaultOutletProfile().social, telegram: 'https://t.me/epravda' },
      }),
    );
    expect(doc.querySelector('.site-header img')?.getAttribute('src')).toBe(LOGO);
    expect(doc.querySelector('.subscribe')?.textContent).toBe('Підписуйтесь на наш Telegram-канал');
    expect(doc.querySelector('.subscribe a')?.getAttribute('href')).toBe('https://t.me/epravda');
  });

  it('without a logo or a subscribe call, the page has neither', () => {
    const doc = page(outlet({ name: 'НВ' }, null));
    expect(doc.querySelector('.site-header')?.textContent).toBe('НВ');
    expect(doc.querySelector('.site-header img')).toBeNull();
    expect(doc.querySelector('.subscribe')).toBeNull();
  });
});

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
          outlet({ siteUrl: 'https://news.example.ua' }),
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
