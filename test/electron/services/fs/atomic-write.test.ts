import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../electron/services/fs/atomic-write';
import { useTempDirs } from '../../../fixtures/temp-dir';

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs('shpalta-atomic-');

  it('writes a new file with exactly the given text', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'article.json');
    const text = '{"headline":"«Шпальта» — п’ятниця"}\n';
    await writeFileAtomic(target, text);
    expect(await readFile(target, 'utf8')).toBe(text);
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('writes bytes as they are', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'image.bin');
    const bytes = new Uint8Array([0, 255, 1, 254, 0xd0, 0xa8]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
  });

  it('replaces an existing file and leaves no temp files behind', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'article.json');
    await writeFile(target, 'old content that is longer than the new one');
    await writeFileAtomic(target, 'new');
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('many concurrent writes end with one complete version and no temp files', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'article.json');
    const versions = Array.from({ length: 20 }, (_, i) => `версія ${i} `.repeat(200));
    await Promise.all(versions.map((v) => writeFileAtomic(target, v)));
    expect(versions).toContain(await readFile(target, 'utf8'));
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'missing', 'article.json');
    await expect(writeFileAtomic(target, 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('fails when the parent is a file, leaving that file as it was', async () => {
    const dir = await tempDir();
    const parent = path.join(dir, 'not-a-folder');
    await writeFile(parent, 'original');
    await expect(writeFileAtomic(path.join(parent, 'article.json'), 'x')).rejects.toMatchObject({ code: 'ENOTDIR' });
    expect(await readFile(parent, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it('a failed rename (target is a folder) removes the temp file and keeps the target', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'article.json');
    await mkdir(target);
    await writeFile(path.join(target, 'keep.txt'), 'keep');
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect((await stat(target)).isDirectory()).toBe(true);
    expect(await readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('keep');
    expect(await readdir(dir)).toEqual(['article.json']);
  });

  it('a failed write keeps the original file intact and removes the temp file', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'article.json');
    await writeFile(target, 'original');
    // Data the file handle refuses: the write fails after the temp file was opened.
    await expect(writeFileAtomic(target, 42 as unknown as string)).rejects.toThrow();
    expect(await readFile(target, 'utf8')).toBe('original');
    expect(await readdir(dir)).toEqual(['article.json']);
  });
});
