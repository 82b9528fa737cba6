import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_ELECTRON_DIR, findElectronBinary } from '../../scripts/electron-binary.mjs';

describe('findElectronBinary', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'shpalta-electron-pkg-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('finds the executable named by path.txt under dist/', async () => {
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'dist', 'electron'), '');
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir)).toBe(path.join(dir, 'dist', 'electron'));
  });

  it('follows the macOS layout inside the app bundle', async () => {
    const relative = 'Electron.app/Contents/MacOS/Electron';
    await mkdir(path.join(dir, 'dist', path.dirname(relative)), { recursive: true });
    await writeFile(path.join(dir, 'dist', relative), '');
    await writeFile(path.join(dir, 'path.txt'), relative);
    expect(findElectronBinary(dir)).toBe(path.join(dir, 'dist', relative));
  });

  it('answers null when the package was installed without its binary', async () => {
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('answers null when path.txt names a file that is not there', async () => {
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('answers null for an empty path.txt or one pointing outside dist/', async () => {
    await mkdir(path.join(dir, 'dist'), { recursive: true });
    await writeFile(path.join(dir, 'outside'), '');
    await writeFile(path.join(dir, 'path.txt'), '');
    expect(findElectronBinary(dir)).toBeNull();
    await writeFile(path.join(dir, 'path.txt'), '../outside');
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('answers null for a directory of that name', async () => {
    await mkdir(path.join(dir, 'dist', 'electron'), { recursive: true });
    await writeFile(path.join(dir, 'path.txt'), 'electron');
    expect(findElectronBinary(dir)).toBeNull();
  });

  it('looks in the repository’s node_modules/electron by default', () => {
    expect(DEFAULT_ELECTRON_DIR).toBe(path.resolve(import.meta.dirname, '../../node_modules/electron'));
  });
});
