import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FuseV1Options } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import afterPack, { packagedBinary } from '../../build/after-pack.mjs';
import { EXPECTED_FUSES, KNOWN_FUSES, compareFuseWire } from '../../build/fuses.mjs';
import { checkFuses } from '../../scripts/check-fuses.mjs';
import { ELECTRON_DEFAULT_WIRE, writeFuseFile } from './fuse-wire';

// These files carry only Electron's fuse wire (see fuse-wire.ts), not a real Electron: the hook and the
// checker work on the wire, which is all they touch in a packaged binary.
const root = fileURLToPath(new URL('../../', import.meta.url));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'shpalta-fuses-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The table as wire characters, in wire order. */
function expectedWire(): string {
  return KNOWN_FUSES.map((name) => (EXPECTED_FUSES[name as keyof typeof EXPECTED_FUSES] ? '1' : '0')).join('');
}

function linuxContext(appOutDir: string) {
  return {
    appOutDir,
    electronPlatformName: 'linux',
    packager: { executableName: 'shpalta', appInfo: { productFilename: 'Шпальта' } },
  };
}

function runChecker(binary: string) {
  return spawnSync(process.execPath, [path.join(root, 'scripts/check-fuses.mjs'), binary], { encoding: 'utf8' });
}

describe('the fuse table', () => {
  it('names every fuse @electron/fuses knows, so none is left to Electron’s default', () => {
    expect(Object.keys(EXPECTED_FUSES).sort()).toEqual([...KNOWN_FUSES].sort());
  });

  it('holds the issue’s settings', () => {
    expect(EXPECTED_FUSES).toMatchObject({
      RunAsNode: false,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      EnableCookieEncryption: true,
    });
  });
});

describe('the afterPack hook', () => {
  it('finds the binary electron-builder packed on each OS', () => {
    const packager = { executableName: 'shpalta', appInfo: { productFilename: 'Шпальта' } };
    expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'linux', packager })).toBe(
      path.join('/o', 'shpalta'),
    );
    expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'win32', packager })).toBe(
      path.join('/o', 'Шпальта.exe'),
    );
    expect(packagedBinary({ appOutDir: '/o', electronPlatformName: 'darwin', packager })).toBe(
      path.join('/o', 'Шпальта.app'),
    );
    expect(() => packagedBinary({ appOutDir: '/o', electronPlatformName: 'aix', packager })).toThrow(/aix/);
  });

  it('flips exactly the table’s fuses and touches no other byte', async () => {
    const appOutDir = path.join(dir, 'linux-unpacked');
    await mkdir(appOutDir, { recursive: true });
    const binary = path.join(appOutDir, 'shpalta');
    const wireAt = await writeFuseFile(binary);
    const before = await readFile(binary);

    await afterPack(linuxContext(appOutDir));

    const after = await readFile(binary);
    expect(after.length).toBe(before.length);
    // Read back here byte by byte, not through @electron/fuses, so the check does not trust what it checks.
    expect(after.subarray(wireAt, wireAt + ELECTRON_DEFAULT_WIRE.length).toString('latin1')).toBe(expectedWire());
    const changed = [...after.keys()].filter((i) => after[i] !== before[i]);
    expect(changed.every((i) => i >= wireAt && i < wireAt + ELECTRON_DEFAULT_WIRE.length)).toBe(true);
    // Electron's defaults differ from the table in seven fuses: each of those bytes, and only those, changed.
    expect(changed.map((i) => KNOWN_FUSES[i - wireAt])).toEqual([
      'RunAsNode',
      'EnableCookieEncryption',
      'EnableNodeOptionsEnvironmentVariable',
      'EnableNodeCliInspectArguments',
      'EnableEmbeddedAsarIntegrityValidation',
      'OnlyLoadAppFromAsar',
      'GrantFileProtocolExtraPrivileges',
    ]);
    expect(await checkFuses(binary)).toEqual([]);
  });

  it('stops the build when the wire has a fuse the table does not know', async () => {
    const appOutDir = path.join(dir, 'newer-electron');
    await mkdir(appOutDir, { recursive: true });
    await writeFuseFile(path.join(appOutDir, 'shpalta'), `${ELECTRON_DEFAULT_WIRE}1`);
    await expect(afterPack(linuxContext(appOutDir))).rejects.toThrow(
      /has 10 fuses but you only provided a config for 9/,
    );
  });
});

describe('scripts/check-fuses.mjs', () => {
  it('passes a binary whose fuses are the table’s', async () => {
    const binary = path.join(dir, 'good');
    await writeFuseFile(binary, expectedWire());
    const result = runChecker(binary);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it('fails an unflipped Electron and lists every fuse that differs', async () => {
    const binary = path.join(dir, 'unflipped');
    await writeFuseFile(binary);
    const result = runChecker(binary);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^fuse\s+expected\s+actual$/m);
    expect(result.stderr).toMatch(/^RunAsNode\s+off\s+on$/m);
    expect(result.stderr).toMatch(/^OnlyLoadAppFromAsar\s+on\s+off$/m);
    expect(result.stderr.trim().split('\n')).toHaveLength(1 + 1 + 7); // the title, the header, seven fuses
  });

  it('catches one wrong fuse in an otherwise flipped binary', async () => {
    const binary = path.join(dir, 'one-wrong');
    const wireAt = await writeFuseFile(binary, expectedWire());
    const bytes = await readFile(binary);
    bytes[wireAt + FuseV1Options.EnableEmbeddedAsarIntegrityValidation] = '0'.charCodeAt(0);
    await writeFile(binary, bytes);
    expect(await checkFuses(binary)).toEqual([
      { fuse: 'EnableEmbeddedAsarIntegrityValidation', expected: 'on', actual: 'off' },
    ]);
    const result = runChecker(binary);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^EnableEmbeddedAsarIntegrityValidation\s+on\s+off$/m);
  });

  it('reports a removed fuse, an unknown fuse and a file without a wire', async () => {
    expect(
      compareFuseWire({
        version: '1',
        ...Object.fromEntries([...expectedWire()].map((c, i) => [i, c.charCodeAt(0)])),
        5: 114,
        9: 49,
      }),
    ).toEqual([
      { fuse: 'OnlyLoadAppFromAsar', expected: 'on', actual: 'removed' },
      { fuse: 'fuse #9', expected: 'not in the table', actual: 'on' },
    ]);
    const plain = path.join(dir, 'plain');
    await copyFile(path.join(root, 'package.json'), plain);
    const result = runChecker(plain);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/sentinel/);
    expect(runChecker('').status).toBe(2);
  });
});
