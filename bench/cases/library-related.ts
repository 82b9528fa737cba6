import { promises as fsp, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SearchIndex } from '../../electron/services/search/search-index';
import type { BenchContext } from '../context';
import type { BenchCase } from '../harness';
import { searchLibraryArticle, searchLibraryId } from '../search-library';

/**
 * «Читайте також» suggestions (issue 18) on a newsroom's library of 1,000 generated articles of ~600 words
 * (the search library's first thousand), measured on the search index itself under plain Node.
 */
export const RELATED_METHOD = {
  articles: 1_000,
  queries: 200,
  excluded: 3,
  lookupIds: 20,
  note:
    'index built in memory from the generated articles (no files); one warm-up pass over the queries, then ' +
    'each once, timed around SearchIndex.related() (tags by rarity + bm25 of the distinctive words) with ' +
    '3 ids excluded; .cpu: the same calls in CPU time (process.cpuUsage), for a machine shared with other work; ' +
    'lookup: 20 ids as the page preview asks for its «Читайте також» slugs',
} as const;

function relatedIndex(ctx: BenchContext): Promise<SearchIndex> {
  return ctx.once('related-index', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-related-'));
    const index = SearchIndex.open(path.join(dir, 'library.sqlite'));
    process.once('exit', () => {
      index.close();
      rmSync(dir, { recursive: true, force: true });
    });
    index.upsertMany(
      Array.from({ length: RELATED_METHOD.articles }, (_, i) => {
        const article = searchLibraryArticle(i);
        return { article, hash: `bench-${i}`, mtimeMs: Date.parse(article.updatedAt), size: 4000 };
      }),
    );
    return index;
  });
}

/** Every fifth article asks, with the three articles after it already listed. */
function queries(): Array<{ id: string; exclude: string[] }> {
  const step = RELATED_METHOD.articles / RELATED_METHOD.queries;
  return Array.from({ length: RELATED_METHOD.queries }, (_, i) => {
    const at = i * step;
    const exclude = Array.from({ length: RELATED_METHOD.excluded }, (_, k) =>
      searchLibraryId((at + k + 1) % RELATED_METHOD.articles),
    );
    return { id: searchLibraryId(at), exclude };
  });
}

/** One warm-up pass, then each item once: wall milliseconds per call, and CPU milliseconds per call. */
function timed<T>(items: readonly T[], run: (item: T) => unknown): { wall: number[]; cpu: number[] } {
  for (const item of items) run(item);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (const item of items) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    run(item);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

export const relatedCases: BenchCase[] = [
  {
    id: 'library.related.1k',
    description: '«Читайте також»: схожі статті за спільними тегами й текстом серед 1 000 статей (10 пропозицій)',
    run: async (ctx) => {
      const index = await relatedIndex(ctx);
      const asked = queries();
      const lookups = asked.map(({ id }, i) =>
        Array.from({ length: RELATED_METHOD.lookupIds }, (_, k) =>
          k === 0 ? id : searchLibraryId((i * 7 + k * 13) % RELATED_METHOD.articles),
        ),
      );
      const related = timed(asked, (query) => index.related(query));
      return {
        samples: related.wall,
        related: {
          'library.related.1k.cpu': related.cpu,
          'library.related.1k.lookup20': timed(lookups, (ids) => index.lookup(ids)).wall,
        },
      };
    },
  },
];
