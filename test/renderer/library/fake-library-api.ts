import type {
  ArticleListItem,
  DamagedFile,
  EventName,
  EventPayload,
  LibraryQuery,
  MethodInput,
  MethodName,
  MethodOutput,
  ShpaltaApi,
} from '../../../shared/api/contract';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';

export interface FakeArticle extends ArticleListItem {
  /** Searchable text besides the headline (the body, in the real index). */
  text: string;
}

export interface TrashedFake extends FakeArticle {
  trashedAt: string;
}

interface Call {
  method: MethodName;
  input: unknown;
}

let nextId = 1;

export function fakeArticle(fields: Partial<FakeArticle> & { headline: string }): FakeArticle {
  return {
    id: `a${nextId++}`,
    status: 'draft',
    rubric: '',
    updatedAt: '2025-12-19T18:44:00Z',
    publishAt: null,
    tags: [],
    authors: [],
    snippet: null,
    conflicts: 0,
    text: '',
    ...fields,
  };
}

/**
 * The library API over in-memory data, for component tests. Search is a plain case-insensitive
 * substring match (the real one stems Ukrainian); snippets carry the ranges of the match.
 * `hold()` keeps answers back until `release()`, to test answers arriving out of order.
 */
export class FakeLibraryApi implements ShpaltaApi {
  articles: FakeArticle[];
  trashed: TrashedFake[] = [];
  damaged: DamagedFile[] = [];
  indexing: { done: number; total: number } | null = null;
  readonly calls: Call[] = [];
  private failures = new Map<MethodName, ApiError>();
  private readonly listeners = new Map<EventName, Set<(payload: never) => void>>();
  private held: Array<{ run: () => void; method: MethodName; input: unknown }> | null = null;

  constructor(articles: FakeArticle[] = []) {
    this.articles = [...articles];
  }

  invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    this.calls.push({ method, input });
    return new Promise((resolve, reject) => {
      const run = () => {
        const failure = this.failures.get(method);
        this.failures.delete(method);
        if (failure) {
          reject(failure);
          return;
        }
        try {
          resolve(this.handle(method, input) as MethodOutput<M>);
        } catch (error) {
          reject(error);
        }
      };
      if (this.held) this.held.push({ run, method, input });
      else queueMicrotask(run);
    });
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener as (payload: never) => void);
    this.listeners.set(event, set);
    return () => set.delete(listener as (payload: never) => void);
  }

  emit<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) (listener as (p: EventPayload<E>) => void)(payload);
  }

  listenerCount(event: EventName): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  callsOf(method: MethodName): unknown[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.input);
  }

  /** The next call of `method` fails with `error`. */
  failNext(method: MethodName, error: ApiError): void {
    this.failures.set(method, error);
  }

  hold(): void {
    this.held = [];
  }

  /** Answers the held calls in the given order (indexes into the held list), or all in order. */
  release(order?: number[]): void {
    const held = this.held ?? [];
    this.held = null;
    const runs = order ? order.map((i) => held[i]) : held;
    for (const entry of runs) entry?.run();
  }

  heldMethods(): MethodName[] {
    return (this.held ?? []).map((entry) => entry.method);
  }

  private handle(method: MethodName, input: unknown): unknown {
    switch (method) {
      case 'library.list':
        return this.list(input as LibraryQuery);
      case 'library.facets':
        return {
          rubrics: count(this.articles.map((a) => a.rubric).filter(Boolean)),
          tags: count(this.articles.flatMap((a) => a.tags)),
          authors: count(this.articles.flatMap((a) => a.authors)),
        };
      case 'library.trash':
        return {
          items: this.trashed.map(({ id, headline, status, rubric, updatedAt, trashedAt }) => ({
            id,
            headline,
            status,
            rubric,
            updatedAt,
            trashedAt,
          })),
          damaged: [],
        };
      case 'article.duplicate': {
        const { id } = input as { id: string };
        const source = this.find(id);
        const copy = { ...source, id: `${id}-copy`, headline: `${source.headline} (копія)`, status: 'draft' as const };
        this.articles = [copy, ...this.articles];
        this.changed();
        return { article: { id: copy.id, headline: copy.headline }, hash: 'h' };
      }
      case 'article.trash': {
        const { id } = input as { id: string };
        const article = this.find(id);
        this.articles = this.articles.filter((a) => a.id !== id);
        this.trashed = [{ ...article, trashedAt: '2025-12-20T09:05:00Z' }, ...this.trashed];
        this.changed();
        return {};
      }
      case 'article.restore': {
        const { id } = input as { id: string };
        const item = this.trashed.find((a) => a.id === id);
        if (!item) throw new ApiError('not-found', message('error.trash.notFound'));
        this.trashed = this.trashed.filter((a) => a.id !== id);
        const { trashedAt: _trashedAt, ...article } = item;
        this.articles = [article, ...this.articles];
        this.changed();
        return {};
      }
      case 'article.purge': {
        const { id } = input as { id: string };
        if (!this.trashed.some((a) => a.id === id)) throw new ApiError('not-found', message('error.trash.notFound'));
        this.trashed = this.trashed.filter((a) => a.id !== id);
        this.changed();
        return {};
      }
      default:
        throw new ApiError('unknown-method', message('error.api.unknownMethod', { method }));
    }
  }

  private changed(): void {
    queueMicrotask(() => this.emit('library.changed', {}));
  }

  private find(id: string): FakeArticle {
    const article = this.articles.find((a) => a.id === id);
    if (!article) throw new ApiError('not-found', message('error.article.missing'));
    return article;
  }

  private list(query: LibraryQuery): MethodOutput<'library.list'> {
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    let found = this.articles.filter((a) => {
      if (query.status && !query.status.includes(a.status)) return false;
      if (query.rubric && a.rubric !== query.rubric) return false;
      if (query.tag && !a.tags.includes(query.tag)) return false;
      if (query.author && !a.authors.includes(query.author)) return false;
      const day = a.updatedAt.slice(0, 10);
      if (query.from && day < query.from) return false;
      if (query.to && day > query.to) return false;
      const haystack = `${a.headline} ${a.text}`.toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    if (query.sort !== 'relevance') found = [...found].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    const offset = query.offset ?? 0;
    const page = found.slice(offset, offset + (query.limit ?? found.length));
    return {
      libraryPath: '/home/olena/Шпальта',
      indexing: this.indexing,
      total: found.length,
      damaged: this.damaged,
      articles: page.map(({ text, ...article }) => ({
        ...article,
        snippet: words.length ? snippetOf(text, words) : null,
      })),
    };
  }
}

function snippetOf(text: string, words: string[]): ArticleListItem['snippet'] {
  const lower = text.toLowerCase();
  const highlights: Array<[number, number]> = [];
  for (const word of words) {
    const at = lower.indexOf(word);
    if (at >= 0) highlights.push([at, at + word.length]);
  }
  return highlights.length ? { text, highlights } : null;
}

function count(names: string[]): Array<{ name: string; count: number }> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => ({ name, count: n }));
}
