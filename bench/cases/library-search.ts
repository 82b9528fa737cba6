import { promises as fsp, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LibraryQuery } from '../../shared/api/contract';
import { hashBytes, parseArticleFile } from '../../electron/services/library/article-file';
import { removeIndexFiles } from '../../electron/services/search/index-file';
import { indexLocation } from '../../electron/services/search/index-location';
import { SearchIndex } from '../../electron/services/search/search-index';
import type { IndexEntry } from '../../electron/services/search/types';
import type { BenchContext } from '../context';
import type { BenchCase } from '../harness';
import { createRandom, pick, randomInt } from '../random';
import { AUTHORS, RUBRICS, SEARCH_LIBRARY_SIZE, TAGS, writeSearchLibrary } from '../search-library';
import { LIBRARY_VIEWS } from '../../shared/workflow/library-views';

/**
 * The library budgets of DESIGN.md §7 on 10,000 generated articles of ~600 words, measured on the search
 * index itself (electron/services/search) under plain Node: no browser, no HTTP, no IPC in the numbers.
 */
export const LIBRARY_METHOD = {
  articles: SEARCH_LIBRARY_SIZE,
  coldBuilds: 3,
  readBatch: 64,
  searchQueries: 240,
  listQueries: 120,
  uiPage: 200,
  note:
    'files written once; each cold build deletes the index, then reads, hashes, parses and upserts every file ' +
    '(upsertMany per batch, as the library does); search and list: one warm-up pass over the queries, then each ' +
    'query once, timed around SearchIndex.list() including snippets',
} as const;

/** Written once per bench run, removed when the process ends. */
function library(ctx: BenchContext): Promise<string> {
  return ctx.once('search-library', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-search-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const root = path.join(dir, 'library');
    process.stdout.write(`\n  пишу бібліотеку з ${SEARCH_LIBRARY_SIZE.toLocaleString('uk-UA')} статей… `);
    await writeSearchLibrary(root);
    return root;
  });
}

/** Where the app keeps the library's index: in its data folder (a sibling of the library here), never inside. */
async function indexFile(root: string): Promise<string> {
  return (await indexLocation(path.join(path.dirname(root), 'user-data', 'indexes'), root)).file;
}

/** A cold build: no index file, every article file read, hashed, parsed and indexed. */
async function buildIndex(root: string): Promise<SearchIndex> {
  const file = await indexFile(root);
  removeIndexFiles(file);
  const index = SearchIndex.open(file);
  const articles = path.join(root, 'articles');
  const ids = (await fsp.readdir(articles)).sort();
  for (let start = 0; start < ids.length; start += LIBRARY_METHOD.readBatch) {
    const batch = ids.slice(start, start + LIBRARY_METHOD.readBatch);
    const entries = await Promise.all(
      batch.map(async (id): Promise<IndexEntry> => {
        const file = path.join(articles, id, 'article.json');
        const [bytes, stat] = await Promise.all([fsp.readFile(file), fsp.stat(file)]);
        const parsed = parseArticleFile(bytes.toString('utf8'), id);
        if (!parsed.ok) throw new Error(`${file}: ${parsed.reason}`);
        return { article: parsed.article, hash: hashBytes(bytes), mtimeMs: stat.mtimeMs, size: stat.size };
      }),
    );
    index.upsertMany(entries);
  }
  return index;
}

/** The index the query cases use: the last cold build's, or a build of its own when run alone. */
function builtIndex(ctx: BenchContext): Promise<SearchIndex> {
  return ctx.once('search-index', async () => {
    const root = await library(ctx);
    let index = SearchIndex.open(await indexFile(root));
    if (index.count() !== SEARCH_LIBRARY_SIZE) {
      index.close();
      index = await buildIndex(root);
    }
    const opened = index;
    process.once('exit', () => opened.close());
    return opened;
  });
}

/** Words of the generated text in other forms than it uses them, and a few it never uses. */
const WORDS = [
  'бюджету',
  'безпека',
  'переговори',
  'лікарня',
  'тарифів',
  'укриття',
  'переселенцям',
  'громадою',
  'Київ',
  'Львова',
  'Харкові',
  'обладнанням',
  'закупівель',
  'тендери',
  'фінансуванню',
  'школи',
  'врожаєм',
  'енергоефективність',
  'децентралізація',
  'самоврядуванням',
  'науковцям',
  'вакцинацію',
  'тролейбуси',
  'інфраструктурою',
  'відновленню',
  'підтримкою',
  'освіти',
  'житло',
  'бізнес',
  'пального',
  'парки',
  'цифровізації',
  'збитки',
  'реформи',
  'прокуратурою',
  'поліції',
  'депутатами',
  'міністрові',
  'комісією',
  'гарантіями',
  'Україною',
  'санкцій',
  'NATO',
  '2026',
  'п’ятниці',
  "об'єкти",
  'пʼятницю',
  'ремонтами',
];
const PREFIXES = ['безп', 'пере', 'лікар', 'бюдж', 'укр', 'фін', 'тар', 'зб', 'ре', 'ген', 'обл', 'мін', 'пр', 'цифр'];

/** A mixed set: single inflected words, pairs, words being typed; a third with a filter or another sort. */
export function searchQueries(count: number): LibraryQuery[] {
  const random = createRandom(0x5ea4c);
  const queries: LibraryQuery[] = [];
  for (let i = 0; i < count; i += 1) {
    const kind = i % 4;
    let text: string;
    if (kind === 0) text = `${pick(random, WORDS)} `;
    else if (kind === 1) text = `${pick(random, WORDS)} ${pick(random, WORDS)} `;
    else if (kind === 2) text = pick(random, PREFIXES);
    else text = `${pick(random, WORDS)} ${pick(random, PREFIXES)}`;
    queries.push({ text, ...filters(random, i) });
  }
  return queries;
}

function filters(random: () => number, i: number): LibraryQuery {
  switch (i % 9) {
    case 1:
      return { status: ['published'] };
    case 4:
      return { rubric: pick(random, RUBRICS), sort: 'updated' };
    case 7:
      return { tag: pick(random, TAGS), sort: 'published', from: '2025-03-01', to: '2025-09-30' };
    default:
      return {};
  }
}

/** Filters and sorts without text, and pages deep into the list. */
export function listQueries(count: number): LibraryQuery[] {
  const random = createRandom(0x115c);
  const statuses = [['draft'], ['published'], ['submitted', 'in-review'], ['approved', 'scheduled']] as const;
  return Array.from({ length: count }, (_, i): LibraryQuery => {
    const month = String(randomInt(random, 1, 11)).padStart(2, '0');
    const sort = i % 2 === 0 ? 'updated' : 'published';
    switch (i % 6) {
      case 0:
        return { sort, status: [...pick(random, statuses)] };
      case 1:
        return { sort, rubric: pick(random, RUBRICS) };
      case 2:
        return { sort, tag: pick(random, TAGS) };
      case 3:
        return { sort, author: pick(random, AUTHORS), status: ['published'] };
      case 4:
        return { sort, from: `2025-${month}-01`, to: `2025-${month}-28`, rubric: pick(random, RUBRICS) };
      default:
        return { sort, offset: randomInt(random, 0, 40) * 200 };
    }
  });
}

/** One warm-up pass, then each query once; milliseconds per list() call. */
function timeQueries(index: SearchIndex, queries: readonly LibraryQuery[], limit?: number): number[] {
  const run = (query: LibraryQuery) => index.list(limit === undefined ? query : { ...query, limit });
  for (const query of queries) run(query);
  return queries.map((query) => {
    const started = performance.now();
    run(query);
    return performance.now() - started;
  });
}

/**
 * One switch to a workflow view, as the sidebar does it: the views' counts (library.statusCounts) and the
 * view's first page of the list. Each view in turn, by each of the library's authors as «me».
 */
function timeStatusViews(index: SearchIndex): number[] {
  const switches = AUTHORS.flatMap((me) =>
    LIBRARY_VIEWS.map((view) => ({ me, query: { status: [...view.statuses], ...(view.mine ? { author: me } : {}) } })),
  );
  const run = ({ me, query }: (typeof switches)[number]) => {
    index.statusCounts(me);
    index.list(query);
  };
  for (const entry of switches) run(entry);
  return switches.map((entry) => {
    const started = performance.now();
    run(entry);
    return performance.now() - started;
  });
}

export const libraryCases: BenchCase[] = [
  {
    id: 'library.index-cold.10k',
    description: `індекс пошуку з нуля: прочитати, розібрати й проіндексувати ${SEARCH_LIBRARY_SIZE.toLocaleString('uk-UA')} файлів статей`,
    run: async (ctx) => {
      const root = await library(ctx);
      const samples: number[] = [];
      for (let run = 0; run < LIBRARY_METHOD.coldBuilds; run += 1) {
        const started = performance.now();
        const index = await buildIndex(root);
        samples.push(performance.now() - started);
        index.close();
      }
      return { samples };
    },
  },
  {
    id: 'library.list.10k',
    description: 'список бібліотеки без тексту: фільтри, сортування, сторінки (100 статей)',
    run: async (ctx) => ({ samples: timeQueries(await builtIndex(ctx), listQueries(LIBRARY_METHOD.listQueries)) }),
  },
  {
    id: 'library.status-view.10k',
    description: 'етап роботи (Мої чернетки, На перевірці…): лічильники всіх етапів і перша сторінка списку',
    run: async (ctx) => ({ samples: timeStatusViews(await builtIndex(ctx)) }),
  },
  {
    id: 'library.search.10k',
    description: 'повнотекстовий пошук зі сніпетами: словоформи, пари слів, префікси, з фільтрами (100 статей)',
    run: async (ctx) => {
      const index = await builtIndex(ctx);
      const queries = searchQueries(LIBRARY_METHOD.searchQueries);
      return {
        samples: timeQueries(index, queries),
        related: { 'library.search.10k.page200': timeQueries(index, queries, LIBRARY_METHOD.uiPage) },
      };
    },
  },
];
