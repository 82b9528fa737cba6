import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach } from 'vitest';
import { dispatch, type DispatchLogger } from '../../../../electron/services/api/dispatch';
import type { AppServices } from '../../../../electron/services/app-services';
import type {
  EventName,
  EventPayload,
  MethodInput,
  MethodName,
  MethodOutput,
  ShpaltaApi,
} from '../../../../shared/api/contract';
import { toApiError } from '../../../../shared/api/errors';
import type { Envelope } from '../../../../shared/api/result';
import type { Article } from '../../../../shared/domain/article';
import type { UiLanguage } from '../../../../shared/settings/schema';
import type { BodyEditorContext } from '../../../../renderer/src/editor/body-editor-context';
import { createTranslator } from '../../../../renderer/src/i18n/i18n';
import { FaultyFileSystem, inside, type Fault, type FaultCode } from '../../../fixtures/faulty-fs';
import { makeTempDir } from '../../../fixtures/temp-dir';
import { createTestApp, type TestApp } from '../../../fixtures/test-app';

interface HeldAnswer {
  method: MethodName;
  /** The real answer, already on its way when the call was made. */
  answer: Promise<Envelope<unknown>>;
  /** Hands the answer to the page. */
  deliver(envelope: Envelope<unknown>): void;
  /** Settles once the page has the answer. */
  delivered: Promise<unknown>;
}

/**
 * ShpaltaApi served in-process by the real application services, the way both hosts serve the page:
 * every call goes through `dispatch` (the contract's input check, errors as ApiError with their codes,
 * anything unexpected logged and answered `internal`), arguments and answers are copied across as IPC
 * copies them, and events come from the services' own bus. Nothing here answers in the services' place.
 *
 * `hold()` is a timing wrapper only, to see what the page shows while it waits: the call still goes to
 * the services at once and does all its work (a held media.import has written its file); only the answer
 * is kept back from the page until `release()`. It neither changes nor computes any answer.
 */
export class RealEditorApi implements ShpaltaApi {
  /** Every call the page made, in order, as it was sent (never what was answered). */
  readonly calls: { method: MethodName; input: unknown }[] = [];
  private readonly holding = new Set<MethodName>();
  private held: HeldAnswer[] = [];
  /** Real answers not yet given by the services. */
  private readonly running = new Set<Promise<unknown>>();
  private readonly subscriptions = new Set<() => void>();

  constructor(
    private readonly services: AppServices,
    private readonly logger: DispatchLogger,
  ) {}

  async invoke<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    this.calls.push({ method, input: structuredClone(input) });
    const answer = dispatch(this.services.handlers, method, structuredClone(input), this.logger);
    this.running.add(answer);
    void answer.finally(() => this.running.delete(answer));
    const envelope = this.holding.has(method) ? await this.keepBack(method, answer) : await answer;
    if (!envelope.ok) throw toApiError(envelope.error);
    return structuredClone(envelope.value) as MethodOutput<M>;
  }

  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
    const unsubscribe = this.services.bus.subscribe((name, payload) => {
      if (name === event) listener(structuredClone(payload) as EventPayload<E>);
    });
    this.subscriptions.add(unsubscribe);
    return () => {
      unsubscribe();
      this.subscriptions.delete(unsubscribe);
    };
  }

  /** The inputs of the page's calls of `method`, in order. */
  callsOf<M extends MethodName>(method: M): MethodInput<M>[] {
    return this.calls.filter((call) => call.method === method).map((call) => call.input as MethodInput<M>);
  }

  /** From now on the answers to `method` reach the page only on release() (the calls themselves run). */
  hold(method: MethodName): void {
    this.holding.add(method);
  }

  /** The methods whose answers are being kept back, in the order they were called. */
  heldCalls(): MethodName[] {
    return this.held.map((entry) => entry.method);
  }

  /**
   * Stops holding and hands the kept answers to the page, in call order or in `order` (indexes into the
   * held calls, each once): to let an older answer arrive after a newer one. Resolves when the page has
   * them all.
   */
  async release(order?: number[]): Promise<void> {
    const held = this.held;
    this.held = [];
    this.holding.clear();
    const sequence = order ?? held.map((_, index) => index);
    if ([...sequence].sort((a, b) => a - b).join() !== held.map((_, index) => index).join()) {
      throw new Error(`release(${JSON.stringify(order)}): name each of the ${held.length} held calls once`);
    }
    const envelopes = await Promise.all(held.map((entry) => entry.answer));
    for (const index of sequence) held[index]?.deliver(envelopes[index] as Envelope<unknown>);
    await Promise.allSettled(held.map((entry) => entry.delivered));
  }

  /** Waits for the services to finish every call made so far (answers held back stay held). */
  async finished(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Stops the event subscriptions the page left open. */
  detach(): void {
    for (const unsubscribe of this.subscriptions) unsubscribe();
    this.subscriptions.clear();
  }

  private keepBack(method: MethodName, answer: Promise<Envelope<unknown>>): Promise<Envelope<unknown>> {
    let deliver!: (envelope: Envelope<unknown>) => void;
    const delivered = new Promise<Envelope<unknown>>((resolve) => {
      deliver = resolve;
    });
    this.held.push({ method, answer, deliver, delivered });
    return delivered;
  }
}

/** Keeps what the services log while they run; once they are being stopped, nothing counts. */
class RecordingLogger implements DispatchLogger {
  readonly entries: string[] = [];
  stopped = false;
  error(message: string, error: unknown): void {
    if (!this.stopped) this.entries.push(`${message}: ${error instanceof Error ? error.stack : String(error)}`);
  }
}

/**
 * A real library for the body editor: settings, library and search index on disk in a temp folder,
 * composed as the hosts compose them (createTestApp), over a file system that can be made to fail
 * (FaultyFileSystem at the services' FileSystem seam). The library holds the article being edited,
 * created through `article.create`, and nothing else until a test adds articles.
 */
export class EditorLibrary {
  /** Serves the page (the editor under test); its `calls` are the page's calls. */
  api!: RealEditorApi;
  /**
   * The same services serving another window of the app: the test's own preparations and changes
   * (articles, images, the trash) go through it, so that they are not counted as the page's calls.
   */
  otherWindow!: RealEditorApi;
  private app: TestApp | null = null;
  private logger = new RecordingLogger();
  /** What the services logged as unexpected failures, across restarts. */
  private readonly logged: string[] = [];
  /** The id of the article being edited: a real article in the library. */
  articleId = '';
  /** The library folder the services opened (from the settings). */
  libraryPath = '';

  private constructor(
    readonly root: string,
    readonly faults: FaultyFileSystem,
  ) {}

  static async open(): Promise<EditorLibrary> {
    const library = new EditorLibrary(await makeTempDir('shpalta-editor-'), new FaultyFileSystem());
    opened.push(library);
    await library.start();
    // A new library starts with a sample article; this one holds only what the test puts in it.
    const { articles } = await library.otherWindow.invoke('library.list', {});
    for (const { id } of articles) {
      await library.otherWindow.invoke('article.trash', { id });
      await library.otherWindow.invoke('article.purge', { id });
    }
    library.articleId = (await library.createArticle('Стаття, яку редагують зараз')).id;
    return library;
  }

  /** What the body editor is given in the app: this API, the open article, the UI language. */
  context(language: UiLanguage = 'uk'): BodyEditorContext {
    return { api: this.api, articleId: this.articleId, t: createTranslator(language) };
  }

  /**
   * Adds an article through `article.create`. Each article is changed at a later millisecond than the one
   * before, so that "newest first" has one answer.
   */
  async createArticle(headline: string): Promise<Article> {
    const { article } = await this.otherWindow.invoke('article.create', { headline });
    while (Date.now() <= Date.parse(article.updatedAt)) await new Promise((resolve) => setTimeout(resolve, 1));
    return article;
  }

  /** Stores an image through `media.import` for the article being edited, as the editor would. */
  async importMedia(fileName: string, bytes: Uint8Array): Promise<string> {
    const base64 = Buffer.from(bytes).toString('base64');
    return (await this.otherWindow.invoke('media.import', { articleId: this.articleId, fileName, base64 })).src;
  }

  /** `<library>/articles/<id>/media`: where the article's images are stored. */
  mediaDir(articleId = this.articleId): string {
    return path.join(this.libraryPath, 'articles', articleId, 'media');
  }

  /** The files in the article's media folder, by name, as they are on disk (none: an empty object). */
  async mediaFiles(articleId = this.articleId): Promise<Record<string, Buffer>> {
    const dir = this.mediaDir(articleId);
    const names = await readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    const files: Record<string, Buffer> = {};
    for (const name of names.sort()) files[name] = await readFile(path.join(dir, name));
    return files;
  }

  /**
   * The disk fills up while the next image of the article is written: the library's real write fails
   * half-way with `code` (ENOSPC by default), once or `times` times, and the library's own error is what
   * reaches the page. The returned fault counts its hits.
   */
  failMediaWrites(code: FaultCode = 'ENOSPC', times = 1): Fault {
    return this.faults.fail('handle.writeFile', code, { times, when: inside(this.mediaDir()) });
  }

  /**
   * Quits and starts the app again over the same folders and the same (faulty) file system, as a
   * journalist relaunching it would. `api` then serves the new services.
   */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Stops the services (watcher, search index) and removes the temp folder. */
  async close(): Promise<void> {
    opened.splice(opened.indexOf(this), 1);
    try {
      await this.stop();
    } finally {
      await rm(this.root, { recursive: true, force: true });
    }
    if (this.logged.length > 0) {
      throw new Error(`the services logged unexpected failures:\n${this.logged.join('\n')}`);
    }
  }

  private async start(): Promise<void> {
    this.logger = new RecordingLogger();
    this.app = await createTestApp(this.root, 'browser', { fs: this.faults.fs, logger: this.logger });
    this.libraryPath = this.app.libraryPath;
    this.api = new RealEditorApi(this.app.services, this.logger);
    this.otherWindow = new RealEditorApi(this.app.services, this.logger);
  }

  private async stop(): Promise<void> {
    const app = this.app;
    this.app = null;
    if (app) {
      // Whatever the page asked for is finished before the library goes away under it.
      await Promise.all([this.api.finished(), this.otherWindow.finished()]);
      this.api.detach();
      this.otherWindow.detach();
    }
    // Background work cut short by closing (an index check, a refresh) is not a failure of the test.
    this.logger.stopped = true;
    this.logged.push(...this.logger.entries);
    app?.services.dispose();
  }
}

const opened: EditorLibrary[] = [];

/**
 * Registers closing every library a test opened (services stopped, temp folder removed) and returns the
 * opener. Call at the top of a test file or describe block.
 */
export function useEditorLibrary(): () => Promise<EditorLibrary> {
  afterEach(async () => {
    const results = await Promise.allSettled([...opened].map((library) => library.close()));
    const failed = results.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;
  });
  return () => EditorLibrary.open();
}
