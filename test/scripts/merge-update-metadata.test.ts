import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectRelease, mergeUpdateInfo, type UpdateInfo } from '../../scripts/merge-update-metadata.mjs';

// Update files as electron-builder writes them for one arch per runner.
function windowsInfo(arch: 'x64' | 'arm64', date: string): string {
  return [
    'version: 0.2.0',
    'files:',
    `  - url: shpalta-0.2.0-win-${arch}.exe`,
    `    sha512: sha-${arch}`,
    '    size: 100',
    `path: shpalta-0.2.0-win-${arch}.exe`,
    `sha512: sha-${arch}`,
    `releaseDate: '${date}'`,
    '',
  ].join('\n');
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shpalta-release-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function put(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
  await writeFile(path.join(dir, file), text);
}

describe('scripts/merge-update-metadata.mjs', () => {
  it('merges both Windows runners’ latest.yml into one that lists both arches', async () => {
    await put('in/installers-win-x64/latest.yml', windowsInfo('x64', '2026-12-07T10:00:00.000Z'));
    await put('in/installers-win-x64/shpalta-0.2.0-win-x64.exe', 'x64');
    await put('in/installers-win-x64/shpalta-0.2.0-win-x64.exe.blockmap', 'map x64');
    await put('in/installers-win-arm64/latest.yml', windowsInfo('arm64', '2026-12-07T10:05:00.000Z'));
    await put('in/installers-win-arm64/shpalta-0.2.0-win-arm64.exe', 'arm64');
    await put('in/installers-linux-arm64/latest-linux-arm64.yml', 'version: 0.2.0\nfiles: []\n');

    const written = await collectRelease(path.join(dir, 'in'), path.join(dir, 'out'));
    expect(written).toEqual([
      'latest-linux-arm64.yml',
      'latest.yml',
      'shpalta-0.2.0-win-arm64.exe',
      'shpalta-0.2.0-win-x64.exe',
      'shpalta-0.2.0-win-x64.exe.blockmap',
    ]);
    const merged = load(await readFile(path.join(dir, 'out/latest.yml'), 'utf8')) as UpdateInfo;
    expect(merged.files.map((file) => file.url)).toEqual(['shpalta-0.2.0-win-x64.exe', 'shpalta-0.2.0-win-arm64.exe']);
    expect(merged).toMatchObject({ version: '0.2.0', path: 'shpalta-0.2.0-win-x64.exe', sha512: 'sha-x64' });
    expect(merged.releaseDate).toBe('2026-12-07T10:05:00.000Z');
    expect(await readFile(path.join(dir, 'out/shpalta-0.2.0-win-arm64.exe'), 'utf8')).toBe('arm64');
  });

  it('refuses files of different versions or two different files of one name', async () => {
    const x64 = load(windowsInfo('x64', '2026-12-07')) as UpdateInfo;
    expect(() => mergeUpdateInfo([x64, { ...x64, version: '0.1.9' }])).toThrow(/different versions/);
    expect(() =>
      mergeUpdateInfo([x64, { ...x64, files: [{ url: 'shpalta-0.2.0-win-x64.exe', sha512: 'other' }] }]),
    ).toThrow(/Two different files named shpalta-0.2.0-win-x64.exe/);

    await put('in/a/shpalta.deb', 'one');
    await put('in/b/shpalta.deb', 'two');
    await expect(collectRelease(path.join(dir, 'in'), path.join(dir, 'out'))).rejects.toThrow(/shpalta.deb/);
  });
});
