import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { newArticle, type Article } from '../../../../shared/domain/article';
import { docFromParagraphs } from '../../../../shared/domain/doc';
import { defaultSettings } from '../../../../shared/settings/schema';
import { ShareCards } from '../../../../renderer/src/preview/cards/ShareCards';
import { PreviewChanges } from '../../../../renderer/src/preview/preview-changes';
import { PreviewMedia } from '../../../../renderer/src/preview/preview-media';

const OUTLET = { ...defaultSettings('/library').outlet, name: 'Вісник', siteUrl: 'https://visnyk.ua' };

function draw(initial: Article, takenSlugs: ReadonlySet<string> = new Set()) {
  let article = initial;
  const changes = new PreviewChanges();
  const media = new PreviewMedia(initial.id, () => changes.notify());
  render(
    <ShareCards
      articleId={article.id}
      source={() => article}
      outlet={OUTLET}
      changes={changes}
      media={media}
      takenSlugs={takenSlugs}
    />,
  );
  return {
    change(fields: Partial<Article>) {
      article = { ...article, ...fields };
      changes.notify();
    },
  };
}

const sample = (fields: Partial<Article> = {}): Article => ({
  ...newArticle('a1', '2025-12-01T09:00:00Z', {
    headline: 'Міст через Дніпро відкрили',
    lead: 'Рух відновили вранці.',
    body: docFromParagraphs(['Перший абзац.']),
    slug: 'mist',
    publishAt: '2025-12-19T18:44:00Z',
  }),
  ...fields,
});

const summary = () => screen.getByText('Картки для соцмереж');
const card = (name: string) => screen.getByRole('region', { name });
/** Opens the panel; the details element says it opened in a toggle event that follows. */
async function openCards() {
  fireEvent.click(summary());
  await screen.findByRole('region', { name: 'Facebook: картка посилання' });
}

describe('ShareCards', () => {
  it('counts the warnings while closed, and draws the five cards only when opened', async () => {
    draw(sample());
    // No picture, and the lead is under 120 characters.
    await waitFor(() => expect(summary().textContent).toBe('Картки для соцмереж (зауважень: 2)'));
    expect(screen.queryByRole('region', { name: 'Facebook: картка посилання' })).toBeNull();

    await openCards();
    for (const name of [
      'Facebook: картка посилання',
      'Telegram: картка посилання',
      'Telegram: допис у каналі',
      'X: велика картка',
      'Google: результат пошуку',
    ])
      expect(card(name)).toBeTruthy();
    const general = screen.getByRole('region', { name: 'Для всіх карток' });
    expect(general.textContent).toContain('Увага: Немає головного зображення');
    expect(within(card('Google: результат пошуку')).getByText(/Опис закороткий/).textContent).toMatch(/^Увага:/);
  });

  it('warns when another article of the library has the slug', async () => {
    const { change } = draw(sample(), new Set(['mist-2', 'inshyi']));
    await openCards();
    const general = screen.getByRole('region', { name: 'Для всіх карток' });
    expect(general.textContent).not.toContain('mist-2');
    change({ slug: 'mist-2' });
    await waitFor(() => expect(general.textContent).toContain('mist-2'));
  });

  it('every card follows the headline once the article changes', async () => {
    const { change } = draw(sample());
    await openCards();
    expect(within(card('Facebook: картка посилання')).getByText('Міст через Дніпро відкрили')).toBeTruthy();

    change({ headline: 'Новий міст відкрили для руху', slug: 'novyi-mist' });
    await waitFor(() =>
      expect(within(card('Facebook: картка посилання')).getByText('Новий міст відкрили для руху')).toBeTruthy(),
    );
    expect(within(card('Telegram: картка посилання')).getByText('Новий міст відкрили для руху')).toBeTruthy();
    expect(card('Telegram: допис у каналі').querySelector('.tg-post-text')?.textContent).toMatch(
      /^Новий міст відкрили для руху\n\n/,
    );
    expect(within(card('X: велика картка')).getByText('Новий міст відкрили для руху')).toBeTruthy();
    const google = card('Google: результат пошуку');
    expect(within(google).getByText('Новий міст відкрили для руху')).toBeTruthy();
    expect(within(google).getByText('https://visnyk.ua › novyi-mist')).toBeTruthy();
  });

  it('shows the domain in capitals on Facebook, and the date in Ukrainian on Google', async () => {
    draw(sample());
    await openCards();
    expect(within(card('Facebook: картка посилання')).getByText('VISNYK.UA')).toBeTruthy();
    expect(within(card('Google: результат пошуку')).getByText('19 грудня 2025 року —', { exact: false })).toBeTruthy();
  });

  it('draws the Telegram post’s formatting as Telegram does, and shows a refused tag as text', async () => {
    draw(sample({ telegram: { text: '<b>Жирно</b> і <script>alert(1)</script>' } }));
    await openCards();
    const post = card('Telegram: допис у каналі');
    expect(within(post).getByText('Жирно').tagName).toBe('STRONG');
    expect(post.querySelector('script')).toBeNull();
    expect(post.textContent).toContain('<script>alert(1)</script>');
    expect(within(post).getByText(/Telegram не прийме допис/).textContent).toMatch(/^Помилка:/);
    expect(post.textContent).toContain('Піде як текстове повідомлення з карткою посилання.');
  });

  it('an over-long Telegram post is an error', async () => {
    draw(sample({ telegram: { text: 'я'.repeat(4097) } }));
    await openCards();
    const error = await within(card('Telegram: допис у каналі')).findByText(/Telegram приймає не більше 4096/);
    expect(error.closest('li')?.className).toContain('is-error');
    expect(error.closest('li')?.textContent).toMatch(/^Помилка:/);
  });
});
