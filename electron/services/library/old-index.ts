import path from 'node:path';
import type { FileSystem } from '../fs/file-system';
import { INDEX_FILE_SUFFIXES } from '../search/index-file';

/** Where versions before the index moved to the app's data folder kept it, inside the library. */
export function oldIndexFile(metaDir: string): string {
  return path.join(metaDir, 'index.sqlite');
}

/**
 * Deletes the search index that older versions kept in `<library>/.shpalta/`, with SQLite's files beside
 * it, so a synced folder stops carrying it. Nothing else is touched: `.shpalta/` also holds the library's
 * marker and the kept revisions. Every file is tried; the first failure is thrown after (a read-only
 * library keeps its old index, which is harmless: nothing reads it any more).
 */
export async function removeOldIndex(metaDir: string, fs: FileSystem): Promise<void> {
  const file = oldIndexFile(metaDir);
  let failure: unknown = null;
  for (const suffix of INDEX_FILE_SUFFIXES) {
    await fs.rm(`${file}${suffix}`, { force: true }).catch((error: unknown) => {
      failure ??= error;
    });
  }
  if (failure !== null) throw failure;
}
