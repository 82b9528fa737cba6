import path from 'node:path';
import type { HandlerTable } from '../../shared/api/contract';
import { ApiError } from '../../shared/api/errors';
import { message, type Message } from '../../shared/i18n/message';
import { createTranslator } from '../../shared/i18n/translate';
import { ARTICLE_LIMITS, summarize } from '../../shared/domain/article';
import { NOTES_LIMITS } from '../../shared/notes/notes-file';
import type { NoteEdit } from '../../shared/notes/note-edits';
import { cleanArticle } from '../../shared/security/clean-article';
import { EventBus } from './api/event-bus';
import { OpenViews } from './api/open-views';
import type { FileSystem } from './fs/file-system';
import { ioError } from './fs/io-error';
import { serializeArticle } from './library/article-file';
import { EditBackups } from './library/edit-backups';
import type { ArticleIndex } from './library/library-catalog';
import { LibrarySession } from './library/library-session';
import { outletFromSettings } from '../../shared/outlet/outlet-profile';
import { notesState } from './notes/notes-state';
import { outletState } from './outlet/outlet-state';
import { openSearchIndex } from './search/open-search-index';
import { SearchIndex } from './search/search-index';
import { searchIndexesDir, versionsDir } from './settings/paths';
import { IntervalVersions } from './versions/interval-versions';
import { readVersionArticle, restoreVersion } from './versions/version-article';
import type { VersionStore } from './versions/version-store';
import type { SettingsService } from './settings/settings-service';
import type { ArticleStatus } from '../../shared/domain/article';
import type { TransitionEntry } from '../../shared/workflow/transition-entry';
import { guardedSave, WorkflowService } from './workflow/workflow-service';
import { articleUnit } from './newsroom/library-tree';
import { NewsroomService } from './newsroom/newsroom-service';
import { FileSecretStore, type SecretStore } from './secrets/secret-store';
import { KeptOriginals, ORIGINALS_DIR } from './media/kept-originals';
import { configuredTargets, type TargetEndpoints } from './publishing/configured-targets';
import { readPublishedMedia } from './publishing/library-media';
import { Outbox } from './publishing/outbox/outbox';
import { PublishingService } from './publishing/publishing-service';
import { sessionLibrary } from './publishing/session-library';
import { adminPolicyPath, updatesOffByAdministrator } from './updates/admin-policy';
import { UnsavedViews } from './updates/unsaved-views';
import { UpdatePolicy, type UpdaterCommands } from './updates/update-policy';

/** A workflow step that was written (log and article.json); what the versions history commits. */
export interface TransitionWritten {
  id: string;
  from: ArticleStatus;
  to: ArticleStatus;
  entry: TransitionEntry;
}

export interface AppServicesOptions {
  settings: SettingsService;
  host: 'electron' | 'browser';
  version: string;
  /**
   * The app's own data folder (settings live there); edit backups go to `<userDataDir>/backups`, search
   * indexes to `<userDataDir>/indexes`.
   */
  userDataDir: string;
  fs?: FileSystem;
  openIndex?: (dbPath: string) => ArticleIndex;
  logger?: { error(message: string, error: unknown): void };
  /** Runs after each workflow step is written; a failure is logged, the step stands. */
  onTransition?: (transition: TransitionWritten) => void | Promise<void>;
  /**
   * Where credentials live: the desktop host passes one sealed by the OS keychain; without it, a plain file
   * in the data folder that only this user reads (browser mode), and the UI says it is less safe.
   */
  secrets?: SecretStore;
  /** How often a newsroom library asks its server for news (15 s when not given). */
  newsroomFetchEveryMs?: number;
  /** How long after a change here a newsroom library sends it (1 s when not given). */
  newsroomSendAfterMs?: number;
  /** The waits of a join before each new attempt after a lost connection (NewsroomServiceOptions.joinRetryDelaysMs). */
  newsroomJoinRetryDelaysMs?: readonly number[];
  /** Where the publishing targets are reached: the real services unless a test gives its loopback servers. */
  publishingEndpoints?: TargetEndpoints;
  /** The clock scheduled publications are due by (a test moves it past a time instead of waiting for it). */
  publishingClock?: () => Date;
  /**
   * The desktop app's updater (electron/main/updater-adapter.ts); without it updates are `unsupported`: browser
   * mode, or a development run of the desktop app.
   */
  updater?: UpdaterCommands;
  /** Where the administrator's update policy is read (`SHPALTA_UPDATES`); process.env when not given. */
  env?: Readonly<Record<string, string | undefined>>;
  /** The administrator's policy file (admin-policy.ts); the system's place when not given, none when null. */
  adminPolicyFile?: string | null;
}

export interface AppServices {
  handlers: HandlerTable;
  bus: EventBus;
  /** Which article each window or tab has open; a host tells it when one of them is gone. */
  views: OpenViews;
  /** When to check for updates and whether one may be installed now; the desktop host feeds it the updater's events. */
  updates: UpdatePolicy;
  /** Opens (and on first run creates) the library from settings. */
  start(): Promise<void>;
  dispose(): void;
  /** Resolves once background work that writes files (a newsroom exchange under way) has ended. */
  settled(): Promise<void>;
}

/**
 * The composition of services behind the API. Both hosts build exactly this; neither adds or
 * removes a method, so the page behaves the same in Electron and in a browser.
 */
export function createAppServices(options: AppServicesOptions): AppServices {
  const { settings, host, version, logger = console } = options;
  const bus = new EventBus();
  const unsaved = new UnsavedViews();
  const views = new OpenViews(
    (id, open) => bus.emit('article.views', { id, views: open }),
    (view) => unsaved.leave(view),
  );
  const backups = new EditBackups(path.join(options.userDataDir, 'backups'), options.fs);
  const sessionOptions = {
    bus,
    indexesDir: searchIndexesDir(options.userDataDir),
    openIndex: options.openIndex ?? openSearchIndex,
    isIndexDamage: SearchIndex.isDamage,
    onError: (error: unknown) => logger.error('library background work failed', error),
    // Unsaved edits kept aside may hold an image the article file does not have yet: its media stay.
    otherMediaReferences: (id: string) => backups.readText(id),
    // Profiles lived in each person's settings before they lived in the library: the first open moves it there.
    outletSeed: () => outletFromSettings(settings.get().outlet),
    sampleLanguage: () => settings.get().uiLanguage,
    versionsDir: versionsDir(options.userDataDir),
    author: () => settings.get().user.name,
    onMigrationSkipped: (file: string, reason: Message) =>
      logger.error(
        'an old kept version was left in place',
        new ApiError('damaged-file', message('notice.versionsMigrationSkipped', { path: file, reason })),
      ),
    ...(options.fs ? { fs: options.fs } : {}),
  };
  let session: LibrarySession | null = null;
  let libraryPath = settings.get().libraryPath;
  const secrets = options.secrets ?? new FileSecretStore(options.userDataDir, null);
  const newsroom = new NewsroomService({
    userDataDir: options.userDataDir,
    secrets,
    bus,
    role: () => settings.get().user.role,
    name: () => settings.get().user.name,
    ...(options.newsroomFetchEveryMs === undefined ? {} : { fetchEveryMs: options.newsroomFetchEveryMs }),
    ...(options.newsroomSendAfterMs === undefined ? {} : { sendAfterMs: options.newsroomSendAfterMs }),
    ...(options.newsroomJoinRetryDelaysMs === undefined
      ? {}
      : { joinRetryDelaysMs: options.newsroomJoinRetryDelaysMs }),
    logger,
  });
  // Originals of reduced photos stay on this computer, beside the settings, never in the library.
  const originals = new KeptOriginals(path.join(options.userDataDir, ORIGINALS_DIR), () => libraryPath, options.fs);
  // A library that cannot be opened (an unplugged drive, a lost network share) must not stop the
  // app: the page shows why, offers a retry, and Settings can point elsewhere.
  let libraryProblem: ApiError | null = null;

  const openAt = async (root: string): Promise<LibrarySession> => {
    try {
      return await LibrarySession.open(root, sessionOptions);
    } catch (error) {
      throw error instanceof ApiError ? error : ioError(message('error.io.openLibrary', { path: root }), error);
    }
  };

  const switchTo = async (next: LibrarySession): Promise<void> => {
    void newsroom.detach();
    session?.close();
    session = next;
    libraryPath = next.store.root;
    libraryProblem = null;
    await next.start();
    // A library linked to a newsroom server starts exchanging with it; a link that cannot be read leaves a plain folder.
    await newsroom.attach(next).catch((error: unknown) => logger.error('newsroom link failed', error));
  };

  const openLibrary = async (root: string): Promise<void> => {
    try {
      await switchTo(await openAt(root));
    } catch (error) {
      void newsroom.detach();
      session?.close();
      session = null;
      libraryPath = root;
      libraryProblem =
        error instanceof ApiError ? error : ioError(message('error.io.openLibrary', { path: root }), error);
    }
  };

  /** The open library, retried first if it could not be opened before. */
  const current = async (): Promise<LibrarySession> => {
    if (!session) await openLibrary(libraryPath);
    if (!session) throw libraryProblem ?? new ApiError('io-error', message('error.library.notOpen'));
    return session;
  };

  const changed = () => bus.emit('library.changed', {});
  /** The person at this computer, as their settings say: the page is never asked who it is. */
  const actor = () => settings.get().user;
  const workflowOf = (open: LibrarySession) => new WorkflowService(open.store);

  /** The open library's version history; an error the page can word when the data folder cannot hold it. */
  const versionsOf = (open: LibrarySession): VersionStore => {
    if (!open.versions) throw new ApiError('io-error', message('error.versions.unavailable'));
    return open.versions;
  };
  const intervalVersions = new IntervalVersions(
    () => session?.versions ?? null,
    undefined,
    (error) => logger.error('interval version failed', error),
  );

  // Index updates after a save run after the reply: the file is the save, the index a cache of it, and
  // an autosave should cost the journalist only the write. Repeated saves of one article coalesce.
  const refreshQueue = new Map<LibrarySession, Set<string>>();
  const refreshLater = (open: LibrarySession, id: string) => {
    const queued = refreshQueue.get(open);
    if (queued) return void queued.add(id);
    const ids = new Set([id]);
    refreshQueue.set(open, ids);
    setImmediate(async () => {
      while (ids.size > 0) {
        const [next] = ids;
        ids.delete(next as string);
        await open.catalog
          .refresh(next as string)
          .catch((error: unknown) => logger.error('index refresh failed', error));
      }
      refreshQueue.delete(open);
      changed();
    });
  };

  /** A workflow step (the page's, or publishing's once a job is sent) with all that follows it. */
  const takeStep = async (
    open: LibrarySession,
    { id, to, note, baseHash }: { id: string; to: ArticleStatus; note?: string | undefined; baseHash: string },
    view?: string,
  ) => {
    const done = await workflowOf(open).transition(actor(), { id, to, note, baseHash });
    refreshLater(open, id);
    bus.emit('article.changed', { id, hash: done.hash, ...(view === undefined ? {} : { view }) });
    // Every step is a version, with its status and note. The step is written whatever happens here: a
    // history that cannot be written is logged, and the next version (10 minutes of editing, or the save-version button) has it.
    const trimmed = note?.trim();
    await versionsOf(open)
      .commitArticle(id, { reason: 'transition', status: done.status, ...(trimmed ? { note: trimmed } : {}) })
      .catch((error: unknown) => logger.error('transition version failed', error));
    try {
      await options.onTransition?.({ id, from: done.from, to: done.status, entry: done.entry });
    } catch (error) {
      logger.error('after-transition hook failed', error);
    }
    return done;
  };

  // Publishing: this computer's outbox (opened at start, so jobs left by the last run go on) and its service.
  let outbox: Outbox | null = null;
  let outboxProblem: ApiError | null = null;
  const openOutbox = async (): Promise<void> => {
    try {
      outbox = await Outbox.open({
        dir: path.join(options.userDataDir, 'outbox'),
        targets: configuredTargets(() => settings.get().publishing, secrets, options.publishingEndpoints),
        readMedia: async (id, src) => readPublishedMedia(await current(), id, src),
        onSent: (job, record) => publishing.recorded(job, record),
      });
      publishing.resumeSchedules(outbox.list().jobs);
      outbox.subscribe((event) => {
        if (event.kind === 'job') return bus.emit('publishing.job', event.job);
        // A target went offline or came back: each of its waiting jobs now shows another reason.
        for (const job of outbox?.list().jobs ?? [])
          if (job.target === event.status.target && job.state.kind === 'waiting') bus.emit('publishing.job', job);
      });
    } catch (error) {
      outboxProblem = error instanceof ApiError ? error : ioError(message('publish.outbox.error.read'), error);
      logger.error('the outbox could not be opened', error);
    }
  };
  const publishing = new PublishingService({
    settings,
    secrets,
    onError: (error) => logger.error('a scheduled publication could not be marked published', error),
    ...(options.publishingClock ? { clock: options.publishingClock } : {}),
    queue: () => {
      if (outbox) return outbox;
      throw outboxProblem ?? new ApiError('io-error', message('publish.outbox.error.read'));
    },
    library: async () =>
      sessionLibrary(await current(), {
        step: async (open, request) => void (await takeStep(open, request, PUBLISHING_VIEW)),
        written: (open, id, hash) => {
          refreshLater(open, id);
          // Every view of the article takes it in as another view's save of this app: quietly, merged with its edits.
          bus.emit('article.changed', { id, hash, view: PUBLISHING_VIEW });
        },
        onDesk: (id) => newsroom.onDesk(articleUnit(id)),
      }),
  });

  const env = options.env ?? process.env;
  const offByAdministrator = updatesOffByAdministrator({
    env,
    policyFile:
      options.adminPolicyFile === undefined ? adminPolicyPath(process.platform, env) : options.adminPolicyFile,
    log: (text) => logger.error(text, null),
  });
  const updates = new UpdatePolicy({
    version,
    updater: options.updater ?? null,
    unsupportedReason: host === 'browser' ? 'browser' : 'development',
    updateSwitch: () =>
      offByAdministrator ? 'off-by-administrator' : settings.get().updates.enabled ? 'on' : 'off-by-setting',
    // Installing quits the app: never over edits the library does not have, nor a request to a target in flight.
    hold: () =>
      unsaved.any() ? 'unsaved' : outbox?.list().jobs.some((job) => job.state.kind === 'sending') ? 'sending' : null,
    onChange: (status) => bus.emit('updates.state', status),
  });
  settings.onChange(() => updates.settingsChanged());

  const startupNotices = settings.recovery
    ? [
        {
          code: 'settings-recovered',
          message: message('notice.settingsRecovered', {
            reason: settings.recovery.reason,
            path: settings.recovery.backupPath,
          }),
        },
      ]
    : [];

  const handlers: HandlerTable = {
    'app.info': async () => ({
      name: createTranslator(settings.get().uiLanguage)('app.title'),
      version,
      host,
      platform: process.platform,
      startupNotices,
    }),
    'settings.get': async () => settings.get(),
    'settings.update': async (patch) => {
      const before = settings.get().libraryPath;
      // A new library folder is opened (and created) before it is remembered, so a bad path changes nothing.
      const next =
        patch.libraryPath !== undefined && patch.libraryPath !== before ? await openAt(patch.libraryPath) : null;
      let saved;
      try {
        saved = settings.update(patch);
      } catch (error) {
        next?.close();
        throw error;
      }
      // A journalist's computer holds no publishing credential: a role changed to journalist forgets them.
      if (patch.user?.role !== undefined) await publishing.forgetCredentialsUnlessEditor(saved);
      if (next) {
        await switchTo(next);
        changed();
        bus.emit('outlet.changed', { hash: null });
      }
      return saved;
    },
    'library.list': async (query) => {
      const open = await current();
      return { libraryPath: open.store.root, indexing: open.catalog.indexing, ...open.catalog.list(query) };
    },
    'library.facets': async () => (await current()).catalog.facets(),
    'library.related': async (query) => ({ suggestions: (await current()).catalog.related(query) }),
    'library.lookup': async ({ ids }) => ({ articles: (await current()).catalog.lookup(ids) }),
    'library.conflicted': async () => ({ articles: (await current()).catalog.conflicted() }),
    'library.slugs': async ({ except }) => ({ slugs: (await current()).catalog.slugs(except) }),
    'library.statusCounts': async ({ author }) => (await current()).catalog.statusCounts(author),
    'library.trash': async () => {
      const { items, damaged } = await (await current()).store.listTrash();
      return { items: items.map(({ article, trashedAt }) => ({ ...summarize(article), trashedAt })), damaged };
    },
    'article.get': async ({ id }) => (await current()).store.get(id),
    'article.create': async ({ headline }) => {
      const open = await current();
      const created = await open.store.create(headline ?? '', profileByline(settings.get().user.name));
      await open.catalog.refresh(created.article.id);
      changed();
      return created;
    },
    'article.save': async ({ article, baseHash, overwrites, view }) => {
      const open = await current();
      let saved;
      try {
        saved = await open.store.save(article, baseHash, {
          ...(overwrites === undefined ? {} : { overwrites }),
          ...guardedSave(actor().role, article),
        });
      } catch (error) {
        throw await keepAside(error, article);
      }
      await backups.discard(article.id).catch((error: unknown) => logger.error('backup cleanup failed', error));
      refreshLater(open, article.id);
      void newsroom.touch(articleUnit(article.id));
      // A version at most every 10 minutes of editing. Autosave runs apart from typing, so this waits
      // with the reply (a commit, once in ten minutes) rather than write to the history after it.
      await intervalVersions.afterSave(article.id);
      // The watcher ignores this process's own saves: the other views with the article open hear of it here.
      if (view !== undefined) {
        unsaved.saved(view);
        bus.emit('article.changed', { id: article.id, hash: saved.hash, view });
      }
      return saved;
    },
    'article.duplicate': async ({ id }) => {
      const open = await current();
      // The suffix becomes part of the headline, the article's own text: it is worded in the language the
      // UI has when the copy is made, and stays so whatever the UI shows later.
      const suffix = createTranslator(settings.get().uiLanguage)('article.copySuffix');
      const copy = await open.store.duplicate(id, suffix);
      await open.catalog.refresh(copy.article.id);
      changed();
      return copy;
    },
    'article.trash': async ({ id }) => {
      const open = await current();
      await open.store.trash(id);
      open.catalog.forget(id);
      changed();
      return {};
    },
    'article.restore': async ({ id }) => {
      const open = await current();
      await open.store.restore(id);
      await open.catalog.refresh(id);
      changed();
      return {};
    },
    'article.purge': async ({ id }) => {
      await (await current()).store.purge(id);
      // The library knows nothing of this computer's data: the originals of its photos go here. A leftover
      // folder is no reason to say the article was not deleted: logged, the purge stands.
      await originals.forget(id).catch((error: unknown) => logger.error('kept originals cleanup failed', error));
      changed();
      return {};
    },
    'article.backup': async ({ id }) => {
      const backup = await backups.read(id);
      return { backup: backup ? { savedAt: backup.savedAt, article: cleanArticle(backup.article) } : null };
    },
    'article.discardBackup': async ({ id }) => {
      await backups.discard(id, true);
      return {};
    },
    'article.keepMineAsRevision': async ({ article }) => {
      const open = await current();
      // Cleaned like every article the app writes: a version is a file another program may read.
      const text = serializeArticle(cleanArticle(article));
      const versions = versionsOf(open);
      await versions.commitArticle(article.id, { reason: 'conflict-theirs' });
      await versions.keep(article.id, text, 'conflict-mine');
      return {};
    },
    'versions.list': async ({ id }) => ({ versions: await versionsOf(await current()).list(id) }),
    'versions.read': async ({ id, version }) => {
      const open = await current();
      return { article: await readVersionArticle(open.store, versionsOf(open), id, version) };
    },
    'versions.save': async ({ id }) => {
      const version = await versionsOf(await current()).commitArticle(id, { reason: 'manual' });
      if (version === null) throw new ApiError('internal', message('error.generic'));
      return { version };
    },
    'versions.restore': async ({ id, version }) => {
      const open = await current();
      const restored = await restoreVersion(open.store, versionsOf(open), id, version);
      refreshLater(open, id);
      // Every view with the article open reads it again, this one too: its text is now the old version's.
      bus.emit('article.changed', { id, hash: restored.hash });
      return restored;
    },
    'article.conflicts': async ({ id }) => ({ copies: await (await current()).copies.list(id) }),
    'article.resolveConflict': async ({ id, fileName, keep }) => {
      const open = await current();
      // Taking the copy changes the article's text: only when this role may edit it now.
      if (keep === 'copy') await workflowOf(open).refuseReadOnly(actor().role, id);
      const resolved = await open.copies.resolve(id, fileName, keep);
      await open.catalog.refresh(id);
      bus.emit('article.changed', { id, hash: resolved.hash });
      changed();
      return resolved;
    },
    'notes.list': async ({ id }) => notesState(await (await current()).notes.read(id)),
    'notes.add': async ({ id, noteId, quote, text, view }) =>
      changeNotes(id, { kind: 'add', noteId, quote, text }, view),
    'notes.reply': async ({ id, noteId, text, view }) => changeNotes(id, { kind: 'reply', noteId, text }, view),
    'notes.resolve': async ({ id, noteId, resolved, view }) =>
      changeNotes(id, { kind: 'resolve', noteId, resolved }, view),
    'notes.delete': async ({ id, noteId, view }) => changeNotes(id, { kind: 'delete', noteId }, view),
    'outlet.get': async () => outletState((await current()).outlet),
    'outlet.update': async ({ profile, baseHash }) => {
      const { outlet } = await current();
      const saved = await outlet.update(profile, baseHash);
      // The folder's watch ignores this process's own save: the other windows and tabs hear of it here.
      bus.emit('outlet.changed', { hash: saved.hash });
      return outletState(outlet);
    },
    'outlet.importLogo': async ({ fileName, base64 }) =>
      (await current()).outlet.importLogo(fileName, Buffer.from(base64, 'base64')),
    'view.opened': async ({ view, id }) => ({ views: views.open(view, id) }),
    'newsroom.get': async () => newsroom.status(),
    'newsroom.join': async (input) =>
      newsroom.join(input, async (root) => {
        const next = await openAt(root);
        try {
          settings.update({ libraryPath: root });
        } catch (error) {
          next.close();
          throw error;
        }
        await switchTo(next);
        changed();
        bus.emit('outlet.changed', { hash: null });
      }),
    'newsroom.leave': async () => newsroom.leave(),
    'newsroom.syncNow': async () => newsroom.syncNow(),
    'newsroom.updateToken': async ({ token }) => newsroom.updateToken(token),
    'media.import': async ({ articleId, fileName, base64 }) => {
      const open = await current();
      await workflowOf(open).refuseReadOnly(actor().role, articleId);
      return open.store.importMedia(articleId, fileName, Buffer.from(base64, 'base64'));
    },
    'media.keepOriginal': async ({ base64, ...original }) => {
      await originals.keep({ ...original, bytes: Buffer.from(base64, 'base64') });
      return {};
    },
    'workflow.transition': async ({ id, to, note, baseHash, view }) => {
      const done = await takeStep(await current(), { id, to, note, baseHash }, view);
      return { hash: done.hash, status: done.status, entry: done.entry };
    },
    'workflow.log': async ({ id }) => workflowOf(await current()).log(id),
    'publishing.get': () => publishing.setup(),
    'publishing.update': (change) => publishing.update(change),
    'publishing.check': ({ id }) => publishing.check(id),
    'publishing.start': async (request) => ({ jobs: await publishing.start(request) }),
    'publishing.withdraw': async (request) => ({ jobs: await publishing.withdraw(request) }),
    'publishing.jobs': async ({ id }) => ({ jobs: publishing.jobs(id) }),
    'publishing.retry': ({ jobId }) => publishing.retry(jobId),
    'publishing.markSent': ({ jobId }) => publishing.markSent(jobId),
    'publishing.cancel': ({ jobId }) => publishing.cancel(jobId),
    'view.unsaved': async ({ view, unsaved: has }) => {
      unsaved.report(view, has);
      return {};
    },
    'updates.get': async () => updates.status(),
    'updates.check': async () => updates.checkNow(),
    'updates.install': async () => updates.restartAndInstall(),
  };

  /**
   * One change to an article's notes, signed by the person in this app's settings (never by the request), then
   * announced: the folder's watch ignores this process's own write, so the other views hear of it here.
   */
  async function changeNotes(id: string, edit: NoteEdit, view: string | undefined) {
    const name = settings.get().user.name.trim().slice(0, NOTES_LIMITS.author);
    if (name === '') throw new ApiError('invalid-argument', message('notes.error.noName'));
    const saved = await (await current()).notes.change(id, edit, { name, at: new Date().toISOString() });
    bus.emit('notes.changed', view === undefined ? { id, hash: saved.hash } : { id, hash: saved.hash, view });
    return { threads: saved.notes.threads, hash: saved.hash, problem: null };
  }

  /**
   * A save that failed keeps the edits in the app's backup folder, and the error says where: the
   * journalist loses nothing even if the window closes before the library is writable again.
   */
  async function keepAside(error: unknown, article: Parameters<HandlerTable['article.save']>[0]['article']) {
    const failure = error instanceof ApiError ? error : ioError(message('error.io.saveArticle'), error);
    try {
      const file = await backups.write(article);
      return new ApiError(failure.code, message('error.save.backedUp', { reason: failure.reason, file }));
    } catch (backupError) {
      logger.error('backup failed', backupError);
      return failure;
    }
  }

  return {
    handlers,
    bus,
    views,
    updates,
    start: async () => {
      await openLibrary(libraryPath);
      await openOutbox();
    },
    dispose: () => {
      updates.dispose();
      void newsroom.detach();
      publishing.dispose();
      void outbox?.close();
      session?.close();
    },
    settled: () => newsroom.settled(),
  };
}

/** Who wrote an article when publishing did (its record, its «published» step): this app, not a colleague. */
const PUBLISHING_VIEW = 'publishing-outbox';

/** A new article is signed by the profile's name, when there is one; nothing is made up when there is not. */
function profileByline(name: string): Array<{ name: string }> {
  const trimmed = name.trim().slice(0, ARTICLE_LIMITS.authorName);
  return trimmed === '' ? [] : [{ name: trimmed }];
}
