import { readFileSync } from 'node:fs';
import path from 'node:path';
import { newArticle, type Article } from '../../../shared/domain/article';
import type { DocNode } from '../../../shared/domain/doc';
import { stripRecapLabel } from '../../../shared/domain/body-nodes';
import type { RelatedLink, SiteOutlet, SitePageInput } from '../../../shared/site/site-page';

/** The reference page (../shared/reference/seed-article.txt, kept in test/fixtures/reference), line by line. */
export const SEED_LINES = readFileSync(path.resolve('test/fixtures/reference/seed-article.txt'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '');

const at = (label: string) => SEED_LINES.indexOf(label);
const paragraph = (text: string): DocNode => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The outlet of the reference page, with its house date style (`19 Грудня 2025 року - 20:44`). */
export const SEED_OUTLET: SiteOutlet = {
  name: 'Перший Бізнесовий',
  siteUrl: 'https://example.com.ua/',
  logoUrl: 'https://example.com.ua/logo.png',
  telegramUrl: 'https://t.me/example_business',
  facebookUrl: 'https://www.facebook.com/example.business',
  subscribeText: SEED_LINES.find((line) => line.startsWith('Підписуйтесь')) ?? '',
  dateStyle: 'capitalized-dash',
};

/**
 * The three related articles of the reference's list and a fourth, given with whole headlines (the page cuts
 * them to ten words, as the reference site does) and their times on Kyiv's clock.
 */
export const SEED_RELATED: RelatedLink[] = [
  {
    url: 'https://example.com.ua/news/kopiyka',
    headline:
      'Верховна Рада підтримала законопроєкт, який передбачає перейменування найменшої грошової одиниці України на «шаг»',
    date: '2025-12-19T18:44:00Z',
  },
  {
    url: 'https://example.com.ua/news/hiit',
    headline: 'Заняття HIIT вже кілька років поспіль очолюють списки фітнес-трендів',
    date: '2025-12-19T09:30:00Z',
  },
  {
    url: 'https://example.com.ua/news/oblik',
    headline:
      'Кабінет Міністрів ухвалив рішення про запуск автоматичного військового обліку, який охопить чоловіків 18–60 років',
    date: '2025-12-14T13:10:00Z',
  },
  {
    url: 'https://example.com.ua/news/biznes',
    headline: 'У час, коли війна випробовує кожну цеглину української економіки, бізнес шукає нові опори',
    date: '2025-12-11T09:30:00Z',
  },
];

/** The reference article as a journalist would enter it: its paragraphs, the quote, the recap. */
export function seedArticle(): Article {
  const first = at('Поділитися:') + 1;
  const recap = SEED_LINES.findIndex((line) => line.startsWith('Нагадаємо,'));
  const paragraphs = SEED_LINES.slice(first, recap).map(paragraph);
  return newArticle('m3k9x2ab-seed0001', '2025-12-20T08:00:00Z', {
    headline: SEED_LINES[0] ?? '',
    body: {
      type: 'doc',
      content: [
        ...paragraphs,
        { type: 'recap', content: [{ type: 'text', text: stripRecapLabel(SEED_LINES[recap] ?? '') }] },
      ],
    },
    rubric: 'Політика',
    tags: ['гарантії безпеки', 'НАТО', 'США'],
    authors: [{ name: 'Олена Петренко' }],
    slug: 'bez-nato-ale-z-harantiiamy',
    publishAt: '2025-12-20T08:15:00Z',
    updatedAt: '2025-12-20T09:00:00Z',
    featuredImage: {
      src: `media/${'a'.repeat(64)}.jpg`,
      alt: 'Зустріч делегацій',
      caption: 'Переговори',
      credit: 'Reuters',
    },
  });
}

/** The whole input of the reference page. */
export function seedPageInput(): SitePageInput {
  return {
    article: seedArticle(),
    outlet: SEED_OUTLET,
    url: 'https://example.com.ua/news/bez-nato-ale-z-harantiiamy',
    related: SEED_RELATED,
    links: {
      media: (src) => ({ url: `https://example.com.ua/${src}`, width: 1200, height: 630 }),
      articleUrl: (id) => `https://example.com.ua/a/${id}`,
    },
  };
}
