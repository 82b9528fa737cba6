import type { HandlerTable } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { ioError } from './fs/io-error';
import { EventBus } from './api/event-bus';
import { LibraryStore } from './library/library-store';
import { LibraryWatcher } from './library/library-watcher';
import type { SettingsService } from './settings/settings-service';

export interface AppServicesOptions {
  settings: SettingsService;
  host: 'electron' | 'browser';
  version: string;
}

export interface AppServices {
  handlers: HandlerTable;
  bus: EventBus;
  /** Opens (and on first run creates) the library from settings. */
  start(): Promise<void>;
  dispose(): void;
}

/**
 * The composition of services behind the API. Both hosts build exactly this; neither adds or
 * removes a method, so the page behaves the same in Electron and in a browser.
 */
export function createAppServices({ settings, host, version }: AppServicesOptions): AppServices {
  const bus = new EventBus();
  let library = new LibraryStore(settings.get().libraryPath);
  let watcher = new LibraryWatcher(library, bus);
  // A library that cannot be opened (an unplugged drive, a lost network share) must not stop the
  // app: the page shows why, offers a retry, and Settings can point elsewhere.
  let libraryProblem: ApiError | null = null;

  const prepare = async (libraryPath: string): Promise<LibraryStore> => {
    const candidate = new LibraryStore(libraryPath);
    try {
      await candidate.ensure();
    } catch (error) {
      throw error instanceof ApiError ? error : ioError(`Бібліотеку «${libraryPath}» не вдалося відкрити`, error);
    }
    return candidate;
  };

  const switchTo = async (next: LibraryStore): Promise<void> => {
    watcher.stop();
    library = next;
    watcher = new LibraryWatcher(library, bus);
    libraryProblem = null;
    await watcher.start().catch(() => undefined); // without a watch the library still works; changes show on reload
  };

  const openLibrary = async (libraryPath: string): Promise<void> => {
    try {
      await switchTo(await prepare(libraryPath));
    } catch (error) {
      watcher.stop();
      library = new LibraryStore(libraryPath);
      libraryProblem =
        error instanceof ApiError ? error : ioError(`Бібліотеку «${libraryPath}» не вдалося відкрити`, error);
    }
  };

  /** The open library, retried first if it could not be opened before. */
  const currentLibrary = async (): Promise<LibraryStore> => {
    if (libraryProblem) await openLibrary(library.root);
    if (libraryProblem) throw libraryProblem;
    return library;
  };

  const startupNotices = settings.recovery
    ? [
        {
          code: 'settings-recovered',
          message: `Файл налаштувань був пошкоджений (${settings.recovery.reason}). Його збережено як ${settings.recovery.backupPath}, а налаштування скинуто до типових.`,
        },
      ]
    : [];

  const handlers: HandlerTable = {
    'app.info': async () => ({
      name: 'Шпальта',
      version,
      host,
      platform: process.platform,
      startupNotices,
    }),
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => {
      const before = settings.get().libraryPath;
      // A new library folder is opened (and created) before it is remembered, so a bad path changes nothing.
      const nextLibrary =
        patch.libraryPath !== undefined && patch.libraryPath !== before ? await prepare(patch.libraryPath) : null;
      const next = settings.update(patch);
      if (nextLibrary) {
        await switchTo(nextLibrary);
        bus.emit('library.changed', {});
      }
      return next;
    },
    'library.list': async () => (await currentLibrary()).list(),
    'article.get': async ({ id }) => (await currentLibrary()).get(id),
    'article.create': async ({ headline }) => {
      const created = await (await currentLibrary()).create(headline ?? '');
      bus.emit('library.changed', {});
      return created;
    },
    'article.save': async ({ article, baseHash }) => {
      const saved = await (await currentLibrary()).save(article, baseHash);
      bus.emit('library.changed', {});
      return saved;
    },
  };

  return {
    handlers,
    bus,
    start: () => openLibrary(settings.get().libraryPath),
    dispose: () => watcher.stop(),
  };
}
