import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database, { type Database as Db } from 'better-sqlite3';
import { createSchema, markSession, schemaProblem } from './index-schema';
import type { IndexCheck, IndexOpenStatus } from './types';

export interface OpenedIndexFile {
  db: Db;
  status: IndexOpenStatus;
  /** Why an existing file was deleted and made anew (for the log); only with status 'recreated'. */
  reason?: string;
}

/**
 * Opens the index file, or makes it. The index is a cache of the article files, so a file that is
 * damaged, not SQLite at all, someone else's, or of another format is deleted with its WAL and made
 * anew, empty: never repaired, never trusted. See {@link IndexCheck} for how hard it looks.
 */
export function openIndexFile(file: string, check: IndexCheck = 'full'): OpenedIndexFile {
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) return { db: create(file), status: 'created' };
  let db: Db | null = null;
  let reason: string | null = null;
  try {
    db = new Database(file, { fileMustExist: true });
    reason = schemaProblem(db, check);
  } catch (error) {
    reason = messageOf(error);
  }
  if (db !== null && reason === null) {
    try {
      configure(db);
      markSession(db, true);
      return { db, status: 'existing' };
    } catch (error) {
      reason = messageOf(error);
    }
  }
  try {
    db?.close();
  } catch {
    // A damaged file may refuse even to close cleanly; it is deleted next either way.
  }
  removeIndexFiles(file);
  return { db: create(file), status: 'recreated', reason: reason ?? 'unknown reason' };
}

/** What SQLite keeps beside a database file (the file itself is the empty suffix). */
export const INDEX_FILE_SUFFIXES = ['', '-wal', '-shm', '-journal'] as const;

/** The index file and the files SQLite keeps beside it. */
export function removeIndexFiles(file: string): void {
  for (const suffix of INDEX_FILE_SUFFIXES) rmSync(`${file}${suffix}`, { force: true });
}

function create(file: string): Db {
  // Leftovers of a deleted index must not be replayed into the new one.
  removeIndexFiles(file);
  const db = new Database(file);
  configure(db);
  createSchema(db);
  markSession(db, true);
  return db;
}

/** WAL: readers never wait for the writer; NORMAL sync is safe with WAL and a cache can lose a last write. */
function configure(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -32000');
  db.pragma('mmap_size = 268435456');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
