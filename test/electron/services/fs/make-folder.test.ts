import { createTranslator } from '../../../../shared/i18n/translate';
import { existsSync, promises as fsp } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderError, makeFolder } from '../../../../electron/services/fs/make-folder';
import { nodeFileSystem } from '../../../../electron/services/fs/file-system';
import { codeOf } from '../../../../electron/services/fs/io-error';
import { useTempDirs } from '../../../fixtures/temp-dir';

const tempDir = useTempDirs('shpalta-make-folder-');

/**
 * Only Linux has /proc, which refuses new folders inside folders that exist: the case that kept Node's
 * recursive mkdir spinning. Elsewhere these cases are skipped.
 */
const onLinux = process.platform === 'linux';

describe('makeFolder', () => {
  it('makes every missing level and returns the first one it made', async () => {
    const root = await tempDir();
    const target = path.join(root, 'а', 'б', 'в');
    expect(await makeFolder(fsp, target)).toBe(path.join(root, 'а'));
    expect((await stat(target)).isDirectory()).toBe(true);
    expect(await makeFolder(fsp, target)).toBeUndefined(); // already there: nothing to do
  });

  it('refuses a path where a file stands, as ENOTDIR', async () => {
    const root = await tempDir();
    const file = path.join(root, 'file');
    await writeFile(file, 'x');
    const error = await makeFolder(fsp, file).catch((caught: unknown) => caught);
    expect(codeOf(error)).toBe('ENOTDIR');
    const reason = folderError(file, error).reason;
    expect(createTranslator('uk').message(reason)).toBe(
      `Бібліотеку «${file}» не вдалося відкрити: на цьому місці лежить файл, а не тека.`,
    );
    expect(createTranslator('en').message(reason)).toBe(
      `The library “${file}” could not be opened: a file, not a folder, stands here.`,
    );
  });

  // Node's own recursive mkdir never settles there: the test's timeout catches it, however busy the machine.
  it.skipIf(!onLinux)('refuses a folder the system will not make (/proc on Linux) instead of spinning', async () => {
    const target = '/proc/1/нема/articles';
    const error = await makeFolder(fsp, target).catch((caught: unknown) => caught);
    expect(codeOf(error)).toBe('ENOENT');
    expect(existsSync(target)).toBe(false);
  });

  it.skipIf(!onLinux)('is what the file-system seam uses for a recursive mkdir', async () => {
    const error = await nodeFileSystem.mkdir('/proc/1/нема', { recursive: true }).catch((caught: unknown) => caught);
    expect(codeOf(error)).toBe('ENOENT');
  });
});
