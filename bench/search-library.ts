import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { ARTICLE_SCHEMA_VERSION, newArticle, type Article, type ArticleStatus } from '../shared/domain/article';
import { docFromParagraphs } from '../shared/domain/doc';
import { createRandom, pick, randomInt, type Random } from './random';
import { generateHeadline, generateParagraphs } from './uk-text';

/**
 * The library of the search budgets (DESIGN.md §7): 10,000 articles of ~600 words of generated Ukrainian,
 * with status, rubric, tags, authors and dates varied deterministically (the same library on every run
 * and machine), so filters select realistic fractions of it.
 */
export const SEARCH_LIBRARY_SIZE = 10_000;
export const ARTICLE_WORDS = 600;
const LEAD_WORDS = 30;
/** Dates count back from here, one article every ~50 minutes: the library spans about a year. */
const NEWEST = Date.parse('2025-12-19T18:44:00Z');
const STEP_MS = 50 * 60_000;
const DAY_MS = 86_400_000;

export const RUBRICS = [
  'Політика',
  'Економіка',
  'Суспільство',
  'Енергетика',
  'Регіони',
  'Освіта',
  'Здоров’я',
  'Культура',
];
export const TAGS = [
  'бюджет',
  'тарифи',
  'енергетика',
  'освіта',
  'медицина',
  'транспорт',
  'Київ',
  'Львів',
  'Одеса',
  'Харків',
  'Дніпро',
  'Вінниця',
  'децентралізація',
  'війна',
  'відбудова',
  'гранти',
  'податки',
  'НБУ',
  'інфляція',
  'укриття',
  'переселенці',
  'житло',
  'дороги',
  'вибори',
  'корупція',
  'суд',
  'екологія',
  'агро',
  'ІТ',
  'спорт',
];
export const AUTHORS = [
  'Олена Коваль',
  'Андрій Мельник',
  'Ірина Шевченко',
  'Тарас Бондаренко',
  'Наталія Ткаченко',
  'Юрій Кравченко',
  'Оксана Литвин',
  'Дмитро Гнатюк',
  'Марія Савчук',
  'Богдан Олійник',
  'Світлана Руденко',
  'Ярослав Мороз',
];
/** Most of a newsroom's archive is published; the rest is spread over the workflow. */
const STATUSES: ArticleStatus[] = [
  ...Array<ArticleStatus>(12).fill('published'),
  'draft',
  'draft',
  'draft',
  'submitted',
  'in-review',
  'approved',
  'scheduled',
];

export function searchLibraryId(index: number): string {
  return `bench-search-${String(index).padStart(5, '0')}`;
}

/** Article number `index` of the library: the same on every run. */
export function searchLibraryArticle(index: number): Article {
  const random = createRandom(0x5eac4 + index);
  const updatedMs = NEWEST - index * STEP_MS - randomInt(random, 0, 40) * 60_000;
  const createdMs = updatedMs - randomInt(random, 0, 10) * DAY_MS;
  const status = pick(random, STATUSES);
  const publishMs = publishTime(status, updatedMs, random);
  return newArticle(searchLibraryId(index), new Date(createdMs).toISOString(), {
    headline: generateHeadline(7_000_000 + index),
    lead: generateParagraphs(LEAD_WORDS, 8_000_000 + index).join(' '),
    body: docFromParagraphs(generateParagraphs(ARTICLE_WORDS, 9_000_000 + index)),
    rubric: pick(random, RUBRICS),
    tags: distinct(random, TAGS, randomInt(random, 1, 4)),
    authors: distinct(random, AUTHORS, randomInt(random, 1, 2)).map((name) => ({ name })),
    status,
    publishAt: publishMs === null ? null : new Date(publishMs).toISOString(),
    updatedAt: new Date(updatedMs).toISOString(),
  });
}

function publishTime(status: ArticleStatus, updatedMs: number, random: Random): number | null {
  if (status === 'published') return updatedMs - randomInt(random, 0, 72) * 3_600_000;
  if (status === 'scheduled') return updatedMs + randomInt(random, 1, 14) * DAY_MS;
  return null;
}

function distinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(pick(random, items));
  return [...chosen];
}

/** Writes the library in the app's on-disk format (as bench/library.ts does), a few files at a time. */
export async function writeSearchLibrary(root: string, count = SEARCH_LIBRARY_SIZE): Promise<void> {
  await fsp.mkdir(path.join(root, '.shpalta'), { recursive: true });
  const marker = { app: 'shpalta', createdAt: new Date(NEWEST).toISOString(), schemaVersion: ARTICLE_SCHEMA_VERSION };
  await fsp.writeFile(path.join(root, '.shpalta', 'library.json'), `${JSON.stringify(marker, null, 2)}\n`);
  const BATCH = 64;
  for (let start = 0; start < count; start += BATCH) {
    await Promise.all(
      Array.from({ length: Math.min(BATCH, count - start) }, async (_, offset) => {
        const article = searchLibraryArticle(start + offset);
        const dir = path.join(root, 'articles', article.id);
        await fsp.mkdir(dir, { recursive: true });
        await fsp.writeFile(path.join(dir, 'article.json'), `${JSON.stringify(article, null, 2)}\n`);
      }),
    );
  }
}
