import { existsSync } from 'node:fs';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeFileSystem } from '../../../../electron/services/fs/file-system';
import { oldIndexFile, removeOldIndex } from '../../../../electron/services/library/old-index';
import { SearchIndex } from '../../../../electron/services/search/search-index';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-old-index-');

const SIBLINGS = ['-wal', '-shm', '-journal'];
/** What else lives in `.shpalta/`, and names that only look like the index: none of it may go. */
const KEEP = [
  'library.json',
  'revisions/20251219T204455Z-0a1b2c3d/20251219-204455-0a1b2c3d-discarded-conflict-copy.json',
  'index.sqlite.bak',
  'index (conflicted copy).sqlite',
  'notes.txt',
];

/** A `.shpalta/` as older versions left it: a real SQLite index with its siblings, beside everything else. */
async function oldMetaDir(): Promise<string> {
  const metaDir = path.join(await tempDir(), 'Шпальта', '.shpalta');
  SearchIndex.open(oldIndexFile(metaDir)).close();
  for (const suffix of SIBLINGS) await writeFile(`${oldIndexFile(metaDir)}${suffix}`, 'залишок');
  for (const name of KEEP) {
    await mkdir(path.dirname(path.join(metaDir, name)), { recursive: true });
    await writeFile(path.join(metaDir, name), 'лишається');
  }
  return metaDir;
}

describe('removeOldIndex', () => {
  it('deletes the index and SQLite’s files beside it, and nothing else of `.shpalta/`', async () => {
    const metaDir = await oldMetaDir();
    await removeOldIndex(metaDir, nodeFileSystem);
    for (const suffix of ['', ...SIBLINGS]) expect(existsSync(`${oldIndexFile(metaDir)}${suffix}`)).toBe(false);
    for (const name of KEEP) expect(existsSync(path.join(metaDir, name))).toBe(true);
    expect((await readdir(metaDir)).sort()).toEqual([
      'index (conflicted copy).sqlite',
      'index.sqlite.bak',
      'library.json',
      'notes.txt',
      'revisions',
    ]);
  });

  it('is quiet where there is no old index', async () => {
    const metaDir = path.join(await tempDir(), '.shpalta');
    await mkdir(metaDir);
    await expect(removeOldIndex(metaDir, nodeFileSystem)).resolves.toBeUndefined();
    expect(await readdir(metaDir)).toEqual([]);
  });

  it('on a folder that refuses a deletion, still tries every file, then throws the first refusal', async () => {
    const metaDir = await oldMetaDir();
    const faulty = new FaultyFileSystem();
    const refused = faulty.fail('rm', 'EROFS', { when: (p) => p === oldIndexFile(metaDir) });
    await expect(removeOldIndex(metaDir, faulty.fs)).rejects.toMatchObject({ code: 'EROFS' });
    expect(refused.hits).toBe(1);
    expect(existsSync(oldIndexFile(metaDir))).toBe(true);
    for (const suffix of SIBLINGS) expect(existsSync(`${oldIndexFile(metaDir)}${suffix}`)).toBe(false);
  });
});
