import type { HandlerTable } from '../../shared/api/contract';
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

  const openLibrary = async (libraryPath: string): Promise<void> => {
    watcher.stop();
    library = new LibraryStore(libraryPath);
    watcher = new LibraryWatcher(library, bus);
    await library.ensure();
    await watcher.start();
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
      const next = settings.update(patch);
      if (next.libraryPath !== before) {
        await openLibrary(next.libraryPath);
        bus.emit('library.changed', {});
      }
      return next;
    },
    'library.list': async () => library.list(),
    'article.get': async ({ id }) => library.get(id),
    'article.create': async ({ headline }) => {
      const created = await library.create(headline ?? '');
      bus.emit('library.changed', {});
      return created;
    },
    'article.save': async ({ article, baseHash }) => {
      const saved = await library.save(article, baseHash);
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
