import { mkdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexLocation, writeIndexNote } from '../../../../electron/services/search/index-location';
import { FaultyFileSystem } from '../../../fixtures/faulty-fs';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-index-location-');

async function twoFolders() {
  const dir = await tempDir();
  const indexesDir = path.join(dir, 'user-data', 'indexes');
  const first = path.join(dir, 'Шпальта');
  const second = path.join(dir, 'Друга');
  await mkdir(first);
  await mkdir(second);
  return { dir, indexesDir, first, second };
}

describe('indexLocation', () => {
  it('puts the index in a folder of its own, named by 16 hex digits, the note beside it', async () => {
    const { indexesDir, first } = await twoFolders();
    const location = await indexLocation(indexesDir, first);
    expect(path.dirname(path.dirname(location.file))).toBe(indexesDir);
    expect(path.relative(indexesDir, location.file)).toMatch(/^[0-9a-f]{16}[\\/]index\.sqlite$/);
    expect(location.note).toBe(path.join(path.dirname(location.file), 'library.json'));
    expect(location.library).toBe(first);
  });

  it('gives two libraries two files', async () => {
    const { indexesDir, first, second } = await twoFolders();
    const a = await indexLocation(indexesDir, first);
    const b = await indexLocation(indexesDir, second);
    expect(a.file).not.toBe(b.file);
  });

  it('gives a library reached through a symbolic link, a trailing slash or `..` the file of its target', async () => {
    const { dir, indexesDir, first } = await twoFolders();
    const link = path.join(dir, 'посилання');
    await symlink(first, link, 'dir');
    const direct = await indexLocation(indexesDir, first);
    for (const other of [link, `${first}${path.sep}`, path.join(dir, 'Друга', '..', 'Шпальта')]) {
      const location = await indexLocation(indexesDir, other);
      expect(location.file).toBe(direct.file);
      expect(location.library).toBe(first);
    }
  });

  it('still answers for a folder that does not exist (nothing to resolve), by its absolute path', async () => {
    const { dir, indexesDir } = await twoFolders();
    const missing = path.join(dir, 'нема');
    const location = await indexLocation(indexesDir, path.join(missing, 'x', '..'));
    expect(location.library).toBe(missing);
  });
});

describe('writeIndexNote', () => {
  it('names the library in a small JSON note, making the folder', async () => {
    const { indexesDir, first } = await twoFolders();
    const location = await indexLocation(indexesDir, first);
    await writeIndexNote(location);
    const note = JSON.parse(await readFile(location.note, 'utf8')) as Record<string, unknown>;
    expect(note['library']).toBe(first);
    expect(note['about']).toContain('safe to delete');
  });

  it('does not write again a note that already says the same', async () => {
    const { indexesDir, first } = await twoFolders();
    const location = await indexLocation(indexesDir, first);
    await writeIndexNote(location);
    const faulty = new FaultyFileSystem();
    await writeIndexNote(location, faulty.fs);
    expect(faulty.calls.map((call) => call.operation)).toEqual(['readFile']);
  });
});
