import type { ModelWord } from '../../../../../shared/text/spell/model-words';
import type { StyleAdvice } from '../../../../../shared/text/spell/style-advice';
import type { AcceptedWord, DictionaryLoadReport, SpellChecker } from './spell-checker';
import type { SpellRequest, SpellResponse, SpellResults } from './spell-worker-protocol';

type Body<T extends SpellRequest['type']> = Omit<Extract<SpellRequest, { type: T }>, 'id'>;

/** Starts the worker; Vite sees this exact `new Worker(new URL(…))` form and bundles the worker with its files. */
export function startSpellWorker(): Worker {
  return new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module', name: 'spellcheck' });
}

/**
 * The app's SpellChecker: requests to the worker, answers matched by id. A worker that cannot start (or
 * dies) fails every pending and later request with a message for people.
 */
export class WorkerSpellChecker implements SpellChecker {
  readonly ready: Promise<void>;
  /** How the dictionary loaded (for the bench and the notes); set once it has. */
  report: DictionaryLoadReport | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private failure: Error | null = null;

  constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<SpellResponse>) => this.settle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(
        new Error(`фоновий процес перевірки не запустився (${event.message || 'помилка завантаження скрипта'})`),
      );
    };
    const started = performance.now();
    this.ready = this.request<'load'>({ type: 'load' }).then((report) => {
      this.report = report;
      // For the bench and the notes: `performance.getEntriesByName('spellcheck.dictionary-load')`.
      performance.measure('spellcheck.dictionary-load', { start: started, detail: report });
    });
  }

  check(words: readonly string[]): Promise<boolean[]> {
    return this.request<'check'>({ type: 'check', words: [...words] });
  }

  advise(words: readonly string[]): Promise<Array<StyleAdvice | null>> {
    return this.request<'advise'>({ type: 'advise', words: [...words] });
  }

  suggest(word: string): Promise<string[]> {
    return this.request<'suggest'>({ type: 'suggest', word });
  }

  models(word: string, related: readonly string[] = []): Promise<ModelWord[]> {
    return this.request<'models'>({ type: 'models', word, related: [...related] });
  }

  async addWords(words: readonly AcceptedWord[]): Promise<void> {
    await this.request<'add'>({ type: 'add', words: [...words] });
  }

  async removeWords(words: readonly string[]): Promise<void> {
    await this.request<'remove'>({ type: 'remove', words: [...words] });
  }

  private request<T extends SpellRequest['type']>(body: Body<T>): Promise<SpellResults[T]> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<SpellResults[T]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ ...body, id } as SpellRequest);
    });
  }

  private settle(response: SpellResponse): void {
    const waiting = this.pending.get(response.id);
    if (!waiting) return;
    this.pending.delete(response.id);
    if (response.ok) waiting.resolve(response.result);
    else waiting.reject(new Error(response.error));
  }

  private fail(error: Error): void {
    this.failure = error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
