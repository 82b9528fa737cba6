import path from 'node:path';
import type { FileSystem } from '../fs/file-system';
import { isCode } from '../fs/io-error';
import { firstLinkBelow } from '../fs/symlink-guard';
import type { LibraryStore } from './library-store';
import { isSafeMediaPath, MEDIA_DIR } from './media';

/**
 * A media file younger than this is never swept: an image just inserted belongs to an article whose save
 * may not have landed yet (a failed save waits in a backup; a sync tool may bring the media file before the
 * article that refers to it).
 */
export const ORPHAN_MIN_AGE_MS = 7 * 24 * 60 * 60_000;

/** Where swept files go, per article: `<library>/.shpalta/swept-media/<id>/<name>`. */
export const SWEPT_MEDIA_DIR = 'swept-media';

export interface MediaSweepOptions {
  minAgeMs?: number;
  now?: () => number;
  /** Text of other places that may refer to an article's media: the app's own backup of unsaved edits. */
  otherReferences?: (id: string) => Promise<string | null>;
  /** Asked between articles: a library that was closed stops its sweep. */
  stopped?: () => boolean;
  /** An article that could not be judged (a file unreadable): its media stay, the others are still swept. */
  onError?: (error: unknown) => void;
}

/**
 * Moves the media files that nothing refers to out of each article's `media/` folder. Referring means the
 * file's name appears in any version of the article we keep: its article.json, a sync tool's conflict copy
 * beside it, a kept revision under `.shpalta/revisions/<id>/`, its trashed copy, its edit backup. Names are
 * looked for as text, so a file that cannot be parsed still protects what it mentions, and an article whose
 * files cannot all be read keeps every file.
 *
 * The files are moved aside, not deleted: a reference we do not know of (an older version on another
 * machine, a sync that has not arrived yet) can still be answered by moving the file back, and the name is
 * the content's hash, so nothing is ever overwritten by another picture. Returns the files moved.
 */
export async function sweepOrphanMedia(store: LibraryStore, options: MediaSweepOptions = {}): Promise<string[]> {
  const moved: string[] = [];
  for (const id of await store.articleIds()) {
    if (options.stopped?.()) break;
    try {
      moved.push(...(await sweepArticle(store, id, options)));
    } catch (error) {
      options.onError?.(error);
    }
    // One article at a time, letting everything else in this process go first.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return moved;
}

async function sweepArticle(store: LibraryStore, id: string, options: MediaSweepOptions): Promise<string[]> {
  const fs = store.fileSystem;
  const mediaDir = path.join(store.articleDir(id), MEDIA_DIR);
  if ((await firstLinkBelow(fs, store.root, mediaDir).catch(() => 'unreadable')) !== null) return [];
  const candidates = await oldMediaFiles(store, mediaDir, options);
  if (candidates.length === 0) return [];
  // Under the article's lock: no import can hand out one of these files while it is being judged.
  return store.withArticleLock(id, async () => {
    const unreferenced = await unreferencedNames(store, id, candidates, options);
    const target = path.join(store.metaDir, SWEPT_MEDIA_DIR, id);
    const moved: string[] = [];
    for (const name of unreferenced) {
      if (moved.length === 0) await fs.mkdir(target, { recursive: true });
      await fs.rename(path.join(mediaDir, name), path.join(target, name));
      moved.push(path.join(target, name));
    }
    return moved;
  });
}

/** Regular files of media names in the folder, older than the safety margin and not handed out lately. */
async function oldMediaFiles(store: LibraryStore, mediaDir: string, options: MediaSweepOptions): Promise<string[]> {
  const fs = store.fileSystem;
  const now = options.now?.() ?? Date.now();
  const minAge = options.minAgeMs ?? ORPHAN_MIN_AGE_MS;
  let names: string[];
  try {
    names = await fs.readdir(mediaDir);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return [];
    throw error;
  }
  const old: string[] = [];
  for (const name of names) {
    if (!isSafeMediaPath(`${MEDIA_DIR}/${name}`)) continue;
    const file = path.join(mediaDir, name);
    const info = await fs.lstat(file).catch(() => null);
    if (!info?.isFile() || now - info.mtimeMs < minAge) continue;
    const stored = store.mediaStoredAt(file);
    if (stored !== undefined && now - stored < minAge) continue;
    old.push(name);
  }
  return old;
}

/**
 * The candidates that no kept version of the article mentions. Any file that cannot be read (other than
 * one that is not there) ends the judgement with none swept.
 */
async function unreferencedNames(
  store: LibraryStore,
  id: string,
  candidates: string[],
  options: MediaSweepOptions,
): Promise<string[]> {
  const fs = store.fileSystem;
  const unseen = new Set(candidates);
  const lookIn = (text: string | null) => {
    if (text !== null) for (const name of unseen) if (text.includes(name)) unseen.delete(name);
  };
  const articleDir = store.articleDir(id);
  const article = await readText(fs, store.articleFilePath(id));
  // No article file (a folder a sync tool is still filling): nothing to judge by.
  if (article === null) return [];
  lookIn(article);
  for (const name of await listFiles(fs, articleDir))
    if (name.endsWith('.json')) lookIn(await readText(fs, path.join(articleDir, name)));
  const revisions = path.join(store.revisionsDir, id);
  for (const name of await listFiles(fs, revisions)) lookIn(await readText(fs, path.join(revisions, name)));
  lookIn(await readText(fs, path.join(store.trashDir, id, 'article.json')));
  lookIn((await options.otherReferences?.(id)) ?? null);
  return [...unseen];
}

async function readText(fs: FileSystem, file: string): Promise<string | null> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return null;
    throw error;
  }
}

async function listFiles(fs: FileSystem, dir: string): Promise<string[]> {
  try {
    return await fs.readdir(dir);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return [];
    throw error;
  }
}

export interface MediaSweeperOptions extends MediaSweepOptions {
  /** The first sweep, after the library is open and listed. */
  firstDelayMs?: number;
  everyMs?: number;
}

/** Sweeps one library's orphaned media a little after it opens, then now and then, until stopped. */
export class MediaSweeper {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private isStopped = false;

  constructor(
    private readonly store: LibraryStore,
    private readonly options: MediaSweeperOptions = {},
  ) {}

  start(): void {
    this.schedule(this.options.firstDelayMs ?? 5_000);
  }

  stop(): void {
    this.isStopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(ms: number): void {
    if (this.isStopped) return;
    this.timer = setTimeout(() => void this.run(), ms);
    // A pending sweep never keeps the process alive.
    this.timer.unref?.();
  }

  private async run(): Promise<void> {
    try {
      await sweepOrphanMedia(this.store, { ...this.options, stopped: () => this.isStopped });
    } catch (error) {
      this.options.onError?.(error);
    }
    this.schedule(this.options.everyMs ?? 6 * 60 * 60_000);
  }
}
