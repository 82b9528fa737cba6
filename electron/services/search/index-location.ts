import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import { nodeFileSystem, type FileSystem } from '../fs/file-system';

/** Where one library's search index lives in the app's data folder: a folder of its own. */
export interface IndexLocation {
  /** The library's real path (symbolic links resolved): the key of its index. */
  library: string;
  /** `<indexesDir>/<key>/index.sqlite`; SQLite keeps its -wal and -shm beside it. */
  file: string;
  /** `<indexesDir>/<key>/library.json`: which library the index belongs to, for a person looking at it. */
  note: string;
}

/**
 * The index file of the library at `libraryRoot`, keyed by its real path: a library reached through a
 * symbolic link, a trailing slash or `..` shares one index with its target. The index stays out of the
 * library because a synced or network folder would carry it (hundreds of MB rewritten all day) to every
 * colleague, make conflict copies of it, and run SQLite's WAL over a network file system.
 */
export async function indexLocation(indexesDir: string, libraryRoot: string): Promise<IndexLocation> {
  const { library, key } = await libraryKey(libraryRoot);
  const folder = path.join(indexesDir, key);
  return { library, file: path.join(folder, 'index.sqlite'), note: path.join(folder, 'library.json') };
}

/**
 * A library's key among the app's per-library folders (search index, versions): a hash of its real path,
 * so a library reached through a symbolic link, a trailing slash or `..` is one library.
 */
export async function libraryKey(libraryRoot: string): Promise<{ library: string; key: string }> {
  // The native realpath (what fs.promises uses) also gives the letter case stored on disk on Windows.
  const library = await fsp.realpath(libraryRoot).catch(() => path.resolve(libraryRoot));
  return { library, key: createHash('sha256').update(library).digest('hex').slice(0, 16) };
}

/** Writes the note beside the index, unless it already says the same. */
export async function writeIndexNote(location: IndexLocation, fs: FileSystem = nodeFileSystem): Promise<void> {
  const text = `${JSON.stringify({ library: location.library, about: NOTE_ABOUT }, null, 2)}\n`;
  const current = await fs.readFile(location.note, 'utf8').catch(() => null);
  if (current === text) return;
  await fs.mkdir(path.dirname(location.note), { recursive: true });
  await writeFileAtomic(location.note, text, fs);
}

const NOTE_ABOUT = 'Search index of this library (Shpalta): a cache of its article files, safe to delete.';
