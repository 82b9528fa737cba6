import type { UiLanguage } from '../../../shared/settings/schema';
import type { EventBus } from '../api/event-bus';
import { nodeFileSystem, type FileSystem } from '../fs/file-system';
import type { OutletProfile } from '../../../shared/outlet/outlet-profile';
import { NotesStore } from '../notes/notes-store';
import { OutletStore } from '../outlet/outlet-store';
import { OutletWatcher } from '../outlet/outlet-watcher';
import { indexLocation, writeIndexNote } from '../search/index-location';
import { ConflictCopies } from './conflict-copies';
import { LibraryCatalog, type ArticleIndex, type StatusChange } from './library-catalog';
import { LibraryStore, type ConflictVersions } from './library-store';
import { ApiError } from '../../../shared/api/errors';
import { message, type Message } from '../../../shared/i18n/message';
import { VersionStore } from '../versions/version-store';
import { versionsLocation } from '../versions/version-location';
import { migrateRevisions } from '../versions/migrate-revisions';
import { LibraryWatcher } from './library-watcher';
import { MediaSweeper } from './media-sweep';
import { removeOldIndex } from './old-index';
import { RecoveringIndex } from './recovering-index';

export interface LibrarySessionOptions {
  fs?: FileSystem;
  /** The app's folder of search indexes (one file per library, never inside a library). */
  indexesDir: string;
  /** Opens (or rebuilds) the search index file; a damaged file is replaced, never trusted. */
  openIndex: (dbPath: string) => ArticleIndex;
  /** Whether an error thrown by the index means its file went bad while open. */
  isIndexDamage?: (error: unknown) => boolean;
  bus: EventBus;
  onError?: (error: unknown) => void;
  /** Text that may refer to an article's media outside the library (the app's backup of its unsaved edits). */
  otherMediaReferences?: (id: string) => Promise<string | null>;
  /** The outlet profile a library without outlet.json starts from (the one kept in the person's settings). */
  outletSeed?: () => OutletProfile;
  /** The language a new library's sample article is written in (the app's, from settings); Ukrainian without one. */
  sampleLanguage?: () => UiLanguage;
  /** The app's folder of version histories (one Git repository per library, never inside a library). */
  versionsDir?: string;
  /** The person's name from settings: who kept a version. */
  author?: () => string;
  /** An old kept version that could not be moved into the history (it is left where it is). */
  onMigrationSkipped?: (file: string, reason: Message) => void;
}

/**
 * One open library: its files, its index, the watch on its folder. Settings may switch to another
 * library at any time, so everything that belongs to one folder lives and dies together here.
 */
export class LibrarySession {
  readonly store: LibraryStore;
  readonly copies: ConflictCopies;
  readonly catalog: LibraryCatalog;
  /** The newsroom's profile, `<library>/outlet.json`. */
  readonly outlet: OutletStore;
  /** Review threads of each article, `articles/<id>/notes.json`. */
  readonly notes: NotesStore;
  /** This library's search index file, in the app's data folder. */
  readonly indexFile: string;
  /** Every kept version of the library's articles; null when the app's data folder cannot hold them. */
  versions: VersionStore | null = null;
  private readonly watcher: LibraryWatcher;
  /**
   * An article written into the folder by this app from elsewhere (a colleague's, through the newsroom
   * server): indexed and told now, as the folder's watch would tell it a moment later.
   */
  readonly arrived: (id: string) => Promise<void>;
  private readonly sweeper: MediaSweeper;
  private readonly outletWatcher: OutletWatcher;
  private closed = false;

  private constructor(
    store: LibraryStore,
    index: ArticleIndex,
    indexFile: string,
    private readonly options: LibrarySessionOptions,
  ) {
    this.store = store;
    this.indexFile = indexFile;
    this.copies = new ConflictCopies(store);
    this.catalog = new LibraryCatalog(store, index, this.copies);
    const { bus } = options;
    this.outlet = new OutletStore(store.root, options.fs);
    this.notes = new NotesStore(store.root, (id) => store.articleDir(id), options.fs);
    this.outletWatcher = new OutletWatcher(this.outlet, (hash) => {
      if (!this.closed) bus.emit('outlet.changed', { hash });
    });
    // One article at a time, and never a rejection left unhandled: a file that cannot be read is listed as
    // damaged by the catalog, and anything else is reported without stopping the watch.
    // A status that arrives in a file that is not our own save is a colleague's step, and is told. Another
    // refresh of the folder (a sync tool's temp file next to it) may read the file first: the change it saw
    // waits here for the file's own check, which tells it if the file still holds that status.
    const unannounced = new Map<string, StatusChange>();
    const refresh = (id: string, then: () => void, fromOutside = false) =>
      this.catalog
        .refresh(id)
        .then((change) => {
          if (!fromOutside) {
            if (change) unannounced.set(id, change);
            return;
          }
          const seen = unannounced.get(id);
          unannounced.delete(id);
          const told = change ?? (seen && seen.to === this.catalog.statusOf(id) ? seen : null);
          if (told && !this.closed) bus.emit('article.status', told);
        })
        .catch(options.onError ?? (() => undefined))
        .finally(() => {
          if (!this.closed) then();
        });
    this.arrived = async (id: string) => {
      const hash = await store.fileHash(id);
      await refresh(
        id,
        () => {
          bus.emit('article.changed', { id, hash });
          bus.emit('library.changed', {});
        },
        true,
      );
    };
    this.sweeper = new MediaSweeper(store, {
      ...(options.otherMediaReferences ? { otherReferences: options.otherMediaReferences } : {}),
      ...(options.onError ? { onError: options.onError } : {}),
    });
    this.watcher = new LibraryWatcher(store, {
      articleChanged: (id, hash) =>
        refresh(
          id,
          () => {
            bus.emit('article.changed', { id, hash });
            bus.emit('library.changed', {});
          },
          true,
        ),
      articleTouched: (id) => refresh(id, () => bus.emit('library.changed', {})),
      // This process's own writes were announced by the handler, with the view that wrote them.
      notesChanged: (id, hash) => {
        if (!this.closed && !this.notes.isOwnVersion(id, hash)) bus.emit('notes.changed', { id, hash });
      },
    });
  }

  /** Creates the library if needed and opens its index; the list is usable as soon as this resolves. */
  static async open(root: string, options: LibrarySessionOptions): Promise<LibrarySession> {
    let versions: VersionStore | null = null;
    // The history opens once the library's real path is known; the store reaches it through this.
    const keeper: ConflictVersions = {
      keep: (id, bytes, side) =>
        versions
          ? versions.keep(id, bytes, side)
          : Promise.reject(new ApiError('io-error', message('error.versions.unavailable'))),
    };
    const store = new LibraryStore(root, options.fs ? { fs: options.fs, versions: keeper } : { versions: keeper });
    await store.ensure(options.sampleLanguage ? { language: options.sampleLanguage() } : {});
    const fs = options.fs ?? nodeFileSystem;
    const onError = options.onError ?? (() => undefined);
    if (options.versionsDir !== undefined) {
      const author = options.author ?? (() => '');
      const dir = await versionsLocation(options.versionsDir, store.root).catch((error: unknown) => {
        onError(error);
        return null;
      });
      versions = dir
        ? ((await VersionStore.open({ dir, libraryRoot: store.root, author }).catch(onError)) ?? null)
        : null;
    }
    const location = await indexLocation(options.indexesDir, store.root);
    // Neither the note nor the old index's removal may keep a library closed (a read-only share).
    await writeIndexNote(location, fs).catch(onError);
    await removeOldIndex(store.metaDir, fs).catch(onError);
    let session: LibrarySession | null = null;
    const index = new RecoveringIndex(
      () => options.openIndex(location.file),
      options.isIndexDamage ?? (() => false),
      () => session?.refill(),
    );
    session = new LibrarySession(store, index, location.file, options);
    session.versions = versions;
    return session;
  }

  /**
   * Watches the folder, brings the index in step with the files, then runs the thorough content check.
   * Resolves when the list is ready or after `waitMs`, whichever comes first: a first build of a large
   * index goes on in the background, and the page watches it fill in through `library.changed`.
   */
  async start(waitMs = 1000): Promise<void> {
    const { bus } = this.options;
    const onError = this.options.onError ?? (() => undefined);
    const notify = throttle(() => {
      if (!this.closed) bus.emit('library.changed', {});
    }, 500);
    const { outletSeed } = this.options;
    // A library that cannot take the file (a read-only share) still opens: the seed is then shown as is.
    if (outletSeed) await this.outlet.ensure(outletSeed()).catch(onError);
    await this.outletWatcher.start().catch(onError);
    await this.watcher.start().catch(onError);
    this.sweeper.start();
    const { versions } = this;
    if (versions) {
      // The old `.shpalta/revisions/` move into the history in the background; what cannot is reported.
      void migrateRevisions(this.store, versions, this.options.onMigrationSkipped ?? (() => undefined)).catch(onError);
    }
    const synced = this.catalog.sync(notify);
    void synced
      .then(() => this.catalog.verify(notify))
      .then(() => {
        if (!this.closed) bus.emit('library.changed', {});
      })
      .catch(onError);
    await Promise.race([synced.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, waitMs))]);
  }

  /** The index was made anew after damage: fill it from the files in the background. */
  refill(): void {
    const { bus } = this.options;
    void this.catalog
      .sync(() => bus.emit('library.changed', {}))
      .then(() => {
        if (!this.closed) bus.emit('library.changed', {});
      })
      .catch(this.options.onError ?? (() => undefined));
  }

  close(): void {
    this.closed = true;
    this.sweeper.stop();
    this.watcher.stop();
    this.outletWatcher.stop();
    this.catalog.close();
  }
}

function throttle(fn: () => void, ms: number): () => void {
  let last = 0;
  return () => {
    const now = Date.now();
    if (now - last < ms) return;
    last = now;
    fn();
  };
}
