import { mkdir, readdir, rm, rmdir } from 'node:fs/promises';
import path from 'node:path';
import { init, resolveRef, writeRef, readCommit, type GitProgressEvent } from 'isomorphic-git';
import { ApiError } from '../../../shared/api/errors';
import { message } from '../../../shared/i18n/message';
import { type JoinProgress, type NewsroomStatus, type SyncState } from '../../../shared/newsroom/newsroom-link';
import type { Role } from '../../../shared/settings/schema';
import type { EventBus } from '../api/event-bus';
import { isCode } from '../fs/io-error';
import { LibraryStore } from '../library/library-store';
import type { LibrarySession } from '../library/library-session';
import type { SecretStore } from '../secrets/secret-store';
import { atomicGitFs } from '../versions/git-fs';
import type { GitObjects } from '../versions/article-tree';
import { ARTICLE_DIRS, LibraryTree, OUTLET_UNITS, articleUnit } from './library-tree';
import {
  newsroomPlace,
  readJoinMark,
  readLink,
  removeJoinMark,
  writeJoinMark,
  writeLink,
  type LinkFile,
  type NewsroomPlace,
} from './newsroom-link-file';
import { NewsroomRemote, REMOTE } from './newsroom-remote';
import { checkDeskGuard } from './desk-guard';
import { DESK, NewsroomSync, WORK_REF, personalRef } from './newsroom-sync';
import { PendingUnits } from './pending-units';
import { dropDuplicateCopies, keepLostVersion } from './newsroom-copies';

export interface NewsroomServiceOptions {
  userDataDir: string;
  secrets: SecretStore;
  bus: EventBus;
  role: () => Role;
  /** The person's name from settings. */
  name: () => string;
  /** How often the server is asked for news while the app runs. */
  fetchEveryMs?: number;
  /** How long after a change here it is sent (changes close together go as one). */
  sendAfterMs?: number;
  logger: { error(message: string, error: unknown): void };
  /** How long a join waits before each new attempt after a lost connection; after the last it stops, keeping what it has. */
  joinRetryDelaysMs?: readonly number[];
}

/** About 45 s in all: a phone's hotspot that drops and comes back, a Wi-Fi that changes access points. */
const JOIN_RETRY_DELAYS_MS = [1_000, 3_000, 10_000, 30_000];

interface Attached {
  session: LibrarySession;
  link: LinkFile;
  place: NewsroomPlace;
  sync: NewsroomSync;
  pending: PendingUnits;
  timer: NodeJS.Timeout;
  sendTimer: NodeJS.Timeout | null;
  stopEvents: () => void;
}

const UNLINKED: SyncState = { kind: 'unlinked', pending: 0, lastSyncedAt: null };

/**
 * The open library's newsroom server: joining one, the link, and the background exchange (newsroom-sync.ts).
 * A library without a link is a plain folder, exactly as before.
 */
export class NewsroomService {
  private attached: Attached | null = null;
  private readonly stopping = new Set<Promise<void>>();

  constructor(private readonly options: NewsroomServiceOptions) {}

  status(): NewsroomStatus {
    const open = this.attached;
    if (!open) return { link: null, sync: UNLINKED };
    return {
      link: {
        url: open.link.url,
        login: open.link.login,
        secretProtection: this.options.secrets.protection,
        deskGuarded: open.link.deskGuarded,
      },
      sync: open.sync.current,
    };
  }

  /** Starts the exchange for a library that has a link; a library without one stays a plain folder. */
  async attach(session: LibrarySession): Promise<void> {
    void this.detach();
    const place = await newsroomPlace(this.options.userDataDir, session.store.root);
    const link = await readLink(place);
    if (!link) return;
    const git = newsroomObjects(place);
    const pending = new PendingUnits(path.join(place.dir, 'pending'));
    const remote = new NewsroomRemote(git, {
      url: link.url,
      login: link.login,
      token: () => this.options.secrets.get(place.secretName),
    });
    const sync = new NewsroomSync({
      git,
      tree: new LibraryTree(git, session.store.root),
      remote,
      pending,
      login: link.login,
      role: this.options.role,
      name: this.options.name,
      exclusive: (unit, write) => exclusive(session, unit, write),
      onConflict: (unit, lost, who) => keepLostVersion(session, unit, lost, who, who === link.login),
      // Indexed and told at once, as the folder's watch would a moment later (it sees the same files too).
      onWritten: async (units) => {
        for (const unit of units) {
          const [dir, id] = unit.split('/');
          if (dir === ARTICLE_DIRS[0] && id) {
            // Two computers that merged at once may each have kept the same version: one copy stays, and that is sent.
            if (await dropDuplicateCopies(session, id)) await pending.touch(unit);
            await session.arrived(id).catch((error: unknown) => this.options.logger.error('index', error));
          } else this.options.bus.emit('library.changed', {});
        }
        if (units.some((unit) => OUTLET_UNITS.includes(unit))) this.options.bus.emit('outlet.changed', { hash: null });
      },
      onState: (state) => this.options.bus.emit('newsroom.sync', state),
      conflicted: () => session.catalog.conflictedCount(),
      logger: this.options.logger,
    });
    const turn = () => void sync.turn();
    const open: Attached = {
      session,
      link,
      place,
      sync,
      pending,
      timer: setInterval(turn, this.options.fetchEveryMs ?? 15_000),
      sendTimer: null,
      stopEvents: this.options.bus.subscribe((event, payload) => {
        const unit = unitOfEvent(event, payload);
        if (unit === null) return;
        void this.touch(unit === '*' ? null : unit);
      }),
    };
    this.attached = open;
    turn();
  }

  /** Stops the exchange; the promise resolves once a turn under way has ended. */
  detach(): Promise<void> {
    const open = this.attached;
    if (!open) return Promise.resolve();
    clearInterval(open.timer);
    if (open.sendTimer) clearTimeout(open.sendTimer);
    open.stopEvents();
    this.attached = null;
    this.options.bus.emit('newsroom.sync', UNLINKED);
    const idle = open.sync.idle();
    this.stopping.add(idle);
    void idle.finally(() => this.stopping.delete(idle));
    return idle;
  }

  /** Resolves once no exchange of any library is under way. */
  async settled(): Promise<void> {
    await Promise.all([...this.stopping, this.attached?.sync.idle()]);
  }

  /** A unit changed here (null: articles were added or removed): taken in and sent shortly, in the background. */
  async touch(unit: string | null): Promise<void> {
    const open = this.attached;
    if (!open) return;
    if (unit !== null)
      await open.pending.touch(unit).catch((error: unknown) => this.options.logger.error('pending', error));
    else open.sync.rescan();
    // Closed while the unit was written down: it waits for the next start, and nothing is sent from a closed library.
    if (this.attached !== open) return;
    if (open.sendTimer) clearTimeout(open.sendTimer);
    open.sendTimer = setTimeout(() => {
      open.sendTimer = null;
      void open.sync.turn();
    }, this.options.sendAfterMs ?? 1000);
  }

  async updateToken(token: string): Promise<NewsroomStatus> {
    const open = this.attached;
    if (!open) throw new ApiError('not-found', message('newsroom.error.notLinked'));
    await this.storeToken(open.place.secretName, token);
    return this.syncNow();
  }

  /**
   * Whether the desk holds this unit as this library does (publishing sends only what the desk holds): an
   * exchange is made now, and the answer is yes when it ended in sync with nothing of the unit left to send.
   * A library without a server has no desk: yes.
   */
  async onDesk(unit: string): Promise<boolean> {
    const open = this.attached;
    if (!open) return true;
    await open.sync.turn();
    const state = open.sync.current;
    if (state.kind !== 'synced' || state.pending > 0) return false;
    return !(await open.pending.snapshot()).units.includes(unit);
  }

  async syncNow(): Promise<NewsroomStatus> {
    const open = this.attached;
    if (!open) throw new ApiError('not-found', message('newsroom.error.notLinked'));
    await open.sync.turn();
    return this.status();
  }

  /**
   * Joins a newsroom into `folder` (new or empty): everything the desk holds (and what this person sent from
   * another computer) is fetched and written there, then `open` makes it the library. Nothing is left behind
   * when it fails: not the folder's files, not the token.
   */
  async join(
    input: { url: string; login: string; token: string; folder: string },
    open: (root: string) => Promise<void>,
  ): Promise<NewsroomStatus> {
    const folder = path.resolve(input.folder);
    const resumed = await this.joinUnderWay(folder, input);
    const before = resumed ? resumed.before : await prepareEmptyFolder(folder);
    const place = await newsroomPlace(this.options.userDataDir, folder);
    const git = newsroomObjects(place);
    let estimatedBytes: number | null = null;
    /** Bytes of the parts fetched whole, and of the part under way (a part cut off and fetched again counts once). */
    const received = { done: 0, part: 0, any: false };
    const progress = (change: Pick<JoinProgress, 'phase' | 'loaded' | 'total'>) => {
      const bytes = received.any ? received.done + received.part : null;
      this.options.bus.emit('newsroom.progress', { ...change, bytes, estimatedBytes } satisfies JoinProgress);
    };
    try {
      if (!resumed) {
        await rm(place.dir, { recursive: true, force: true });
        await mkdir(place.dir, { recursive: true });
        await init({ ...git, bare: true, defaultBranch: 'work' });
      }
      await writeJoinMark(place, { url: input.url, login: input.login, before });
      await this.storeToken(place.secretName, input.token);
      const remote = new NewsroomRemote(git, { ...input, token: () => Promise.resolve(input.token) });
      await remote.addOrigin();
      progress({ phase: 'connecting', loaded: 0, total: null });
      estimatedBytes = await remote.estimateSize();
      if (estimatedBytes !== null) progress({ phase: 'connecting', loaded: 0, total: null }); // said before the wait
      const onProgress = (event: GitProgressEvent) =>
        progress({ phase: 'receiving', loaded: event.loaded, total: event.total ?? null });
      const onBytes = (count: number) => {
        received.part += count;
        received.any = true;
      };
      const part = async <T>(fetchPart: () => Promise<T>): Promise<T> => {
        const result = await this.retried(() => {
          received.part = 0;
          return fetchPart();
        }, progress);
        received.done += received.part;
        received.part = 0;
        return result;
      };
      // The desk first (what the person works on), then the rest: a connection lost in the second keeps the first.
      await part(() => remote.fetchBranch(DESK, onProgress, onBytes));
      await part(() => remote.fetchAll(onProgress, onBytes));
      const start =
        (await resolveRef({ ...git, ref: `refs/remotes/${REMOTE}/${DESK}` }).catch(() => null)) ??
        (await resolveRef({ ...git, ref: `refs/remotes/${REMOTE}/${personalRef(input.login)}` }).catch(() => null));
      if (start) {
        const tree = new LibraryTree(git, folder);
        const rootTree = (await readCommit({ ...git, oid: start })).commit.tree;
        const units = await tree.changedUnits(null, rootTree);
        for (const [index, unit] of units.entries()) {
          await tree.writeUnit(unit, rootTree, null);
          if (index % 20 === 0 || index === units.length - 1) {
            progress({ phase: 'writing', loaded: index + 1, total: units.length });
          }
        }
        await writeRef({ ...git, ref: WORK_REF, value: start, force: true });
      }
      await new LibraryStore(folder).ensure({ sample: false });
      const deskGuarded = this.options.role() === 'journalist' ? await checkDeskGuard(git, remote, input.login) : null;
      await writeLink(place, { url: input.url, login: input.login, deskGuarded });
      await removeJoinMark(place);
    } catch (error) {
      if (error instanceof ApiError && error.code === 'newsroom-unreachable') {
        // What arrived and what was written stay, with the mark: the same join into this folder goes on from there.
        throw new ApiError('newsroom-unreachable', message('newsroom.error.joinInterrupted', { url: input.url }));
      }
      await this.undoJoin(place, folder, before);
      throw error;
    }
    await open(folder);
    return this.status();
  }

  /**
   * A join into `folder` that a lost connection cut off: the same server and login go on with it (what the folder
   * held before it); another server or login first undoes it, so the folder is as the person left it.
   */
  private async joinUnderWay(
    folder: string,
    input: { url: string; login: string },
  ): Promise<{ before: string[] | null } | null> {
    const exists = await readdir(folder).then(
      () => true,
      () => false,
    );
    if (!exists) return null;
    const place = await newsroomPlace(this.options.userDataDir, folder);
    const mark = await readJoinMark(place);
    if (!mark || (await readLink(place))) return null;
    if (mark.url === input.url && mark.login === input.login) return { before: mark.before };
    await this.undoJoin(place, folder, mark.before);
    return null;
  }

  private async undoJoin(place: NewsroomPlace, folder: string, before: string[] | null): Promise<void> {
    await rm(place.dir, { recursive: true, force: true }).catch(() => undefined);
    await this.options.secrets.delete(place.secretName).catch(() => undefined);
    await undoFolder(folder, before).catch(() => undefined);
  }

  /** Runs a part of a join again after a lost connection, waiting longer each time, and says so while it waits. */
  private async retried<T>(
    part: () => Promise<T>,
    progress: (change: Pick<JoinProgress, 'phase' | 'loaded' | 'total'>) => void,
  ): Promise<T> {
    const delays = this.options.joinRetryDelaysMs ?? JOIN_RETRY_DELAYS_MS;
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await part();
      } catch (error) {
        const delay = delays[attempt];
        if (delay === undefined || !(error instanceof ApiError) || error.code !== 'newsroom-unreachable') throw error;
        progress({ phase: 'reconnecting', loaded: attempt + 1, total: delays.length });
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  }

  private async storeToken(name: string, token: string): Promise<void> {
    await this.options.secrets.set(name, token).catch((error: unknown) => {
      this.options.logger.error('secrets store failed', error);
      throw new ApiError('io-error', message('newsroom.error.secretsUnavailable'));
    });
  }

  /** Unlinks the open library: its files stay as they are, the token and the local history of the exchange go. */
  async leave(): Promise<NewsroomStatus> {
    const open = this.attached;
    if (!open) return this.status();
    await this.detach();
    await this.options.secrets.delete(open.place.secretName);
    await rm(open.place.dir, { recursive: true, force: true });
    return this.status();
  }
}

/**
 * The library's Git objects, with one packfile cache for as long as the library is open (or the join runs).
 * A join receives the whole newsroom as one pack, and isomorphic-git without a cache reads a pack whole on
 * every object it takes from it: writing out 1,000 articles with images read their 150 MB pack thousands of
 * times. The cache holds each pack once it is read, so it weighs what the newsroom does, as every clone does.
 */
function newsroomObjects(place: NewsroomPlace): GitObjects {
  return { fs: atomicGitFs, gitdir: path.join(place.dir, 'git'), cache: {} };
}

/** The unit an event of the app's bus says changed here; '*' for articles added or removed; null for none. */
function unitOfEvent(event: string, payload: unknown): string | null {
  const id = (payload as { id?: unknown } | null)?.id;
  if ((event === 'article.changed' || event === 'notes.changed') && typeof id === 'string') return articleUnit(id);
  if (event === 'library.changed') return '*';
  if (event === 'outlet.changed') return OUTLET_UNITS[0] ?? null;
  return null;
}

async function exclusive(session: LibrarySession, unit: string, write: () => Promise<void>): Promise<void> {
  const [dir, id] = unit.split('/');
  if (dir !== ARTICLE_DIRS[0] || !id) return write();
  const exists = await readdir(session.store.articleDir(id)).then(
    () => true,
    () => false,
  );
  return exists ? session.store.withArticleLock(id, write) : write();
}

/**
 * Creates the folder, or checks that it holds nothing but hidden files (a `.DS_Store`); what it held before
 * (null: it did not exist), so a failed join takes away only what it wrote.
 */
async function prepareEmptyFolder(folder: string): Promise<string[] | null> {
  let names: string[];
  try {
    names = await readdir(folder);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
    await mkdir(folder, { recursive: true });
    return null;
  }
  if (names.some((name) => !name.startsWith('.'))) {
    throw new ApiError('invalid-argument', message('newsroom.error.folderNotEmpty', { path: folder }));
  }
  return names;
}

async function undoFolder(folder: string, before: string[] | null): Promise<void> {
  for (const name of await readdir(folder)) {
    if (!before?.includes(name)) await rm(path.join(folder, name), { recursive: true, force: true });
  }
  if (before === null) await rmdir(folder);
}
