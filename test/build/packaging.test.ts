import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { cp, mkdir, mkdtemp, readFile, readdir, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import asar from '@electron/asar';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkFuses } from '../../scripts/check-fuses.mjs';
import { writeFuseFile } from './fuse-wire';

// electron-builder run for real, offline: `--linux dir` with this repository's electron-builder.yml, package.json,
// lock file and build/ hooks, on a stand-in for Electron's unpacked zip (electronDist). The stand-in's
// executable carries only the fuse wire (fuse-wire.ts), not a real Electron: nothing is started. What needs a
// download stays out: the Electron zip, the prebuilt better-sqlite3 for Electron (npmRebuild=false here), the
// AppImage/deb/NSIS/DMG tools. The release workflow builds those on real runners.
const root = fileURLToPath(new URL('../../', import.meta.url));
// electron-builder's asar integrity step (internal to app-builder-lib, no public types): loaded with require.
const require = createRequire(import.meta.url);
let project: string;
let appOutDir: string;
let result: ReturnType<typeof spawnSync>;

async function writeNewFile(file: string, text: string): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text);
}

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), 'shpalta-packaging-'));
  for (const name of ['package.json', 'package-lock.json', 'electron-builder.yml', 'build']) {
    await cp(path.join(root, name), path.join(project, name), { recursive: true });
  }
  // A junction on Windows: it needs no administrator rights, unlike a directory symlink.
  const linkType = process.platform === 'win32' ? 'junction' : 'dir';
  await symlink(await realpath(path.join(root, 'node_modules')), path.join(project, 'node_modules'), linkType);
  // What `npm run build` writes, in miniature: the entries electron-builder packs, and a source map it must not.
  await writeNewFile(path.join(project, 'out/main/index.js'), 'export {};\n');
  await writeNewFile(path.join(project, 'out/main/index.js.map'), '{}\n');
  await writeNewFile(path.join(project, 'out/preload/index.cjs'), '"use strict";\n');
  await writeNewFile(path.join(project, 'out/renderer/index.html'), '<!doctype html><title>Шпальта</title>\n');

  const electronDist = path.join(project, 'electron-dist');
  await mkdir(path.join(electronDist, 'locales'), { recursive: true });
  await mkdir(path.join(electronDist, 'resources'), { recursive: true });
  await writeFuseFile(path.join(electronDist, 'electron'));
  for (const locale of ['uk', 'en-US', 'de', 'fr'])
    await writeFile(path.join(electronDist, 'locales', `${locale}.pak`), '');
  await writeFile(path.join(electronDist, 'LICENSE'), 'MIT\n');
  await writeFile(path.join(electronDist, 'version'), '45.5.0');

  const builder = path.join(root, 'node_modules/electron-builder/cli.js');
  result = spawnSync(
    process.execPath,
    [
      builder,
      '--linux',
      'dir',
      '--x64',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      '-c.npmRebuild=false',
      '-c.publish.owner=shpalta-owner',
      '-c.publish.repo=shpalta-repo',
    ],
    { cwd: project, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false' }, timeout: 120_000 },
  );
  appOutDir = path.join(project, 'dist/linux-unpacked');
}, 150_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('electron-builder --linux dir, offline', () => {
  it('packs the app', () => {
    expect(result.status, `${String(result.stdout)}\n${String(result.stderr)}`).toBe(0);
  });

  it('packs out/ and package.json into app.asar, without source maps', () => {
    const archive = path.join(appOutDir, 'resources/app.asar');
    const files = asar.listPackage(archive, { isPack: false }).map((file) => file.split(path.sep).join('/'));
    expect(files).toEqual(
      expect.arrayContaining([
        '/package.json',
        '/out/main/index.js',
        '/out/preload/index.cjs',
        '/out/renderer/index.html',
      ]),
    );
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
  });

  it('keeps better-sqlite3’s addon outside the asar and leaves its sources and test addon out', async () => {
    const archive = path.join(appOutDir, 'resources/app.asar');
    const addon = path.join('node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    expect(asar.statFile(archive, addon)).toMatchObject({ unpacked: true });
    const unpacked = path.join(appOutDir, 'resources/app.asar.unpacked');
    // The very addon of node_modules (npmRebuild is off here; on a release runner it is Electron's build).
    expect((await readFile(path.join(unpacked, addon))).equals(await readFile(path.join(root, addon)))).toBe(true);
    const files = asar.listPackage(archive, { isPack: false }).map((file) => file.split(path.sep).join('/'));
    const leftovers = files.filter((file) =>
      /better-sqlite3\/(deps|src|docs)\/|better-sqlite3\/build\/Release\/(obj|test_extension\.node|.*\.a$)/.test(file),
    );
    expect(leftovers).toEqual([]);
  });

  it('computes the asar integrity Electron checks, over the asar as it stands after the hook', async () => {
    // What electron-builder embeds in the Windows executable and the macOS Info.plist: the SHA-256 of the asar's
    // header, which Electron compares at start when EnableEmbeddedAsarIntegrityValidation is on.
    const { computeData } = require('app-builder-lib/out/asar/integrity') as {
      computeData(options: {
        resourcesPath: string;
        resourcesRelativePath: string;
        resourcesDestinationPath: string;
      }): Promise<Record<string, { algorithm: string; hash: string }>>;
    };
    const resourcesPath = path.join(appOutDir, 'resources');
    const integrity = await computeData({
      resourcesPath,
      resourcesRelativePath: 'resources',
      resourcesDestinationPath: resourcesPath,
    });
    const { headerString } = asar.getRawHeader(path.join(resourcesPath, 'app.asar'));
    expect(integrity).toEqual({
      [path.join('resources', 'app.asar')]: {
        algorithm: 'SHA256',
        hash: createHash('sha256').update(headerString).digest('hex'),
      },
    });
  });

  it('flips the fuses in the packaged executable through the afterPack hook', async () => {
    expect(String(result.stdout)).toContain('Electron fuses flipped as build/fuses.mjs says');
    expect(await checkFuses(path.join(appOutDir, 'shpalta'))).toEqual([]);
  });

  it('keeps only the Ukrainian and English Chromium locales', async () => {
    expect((await readdir(path.join(appOutDir, 'locales'))).sort()).toEqual(['en-US.pak', 'uk.pak']);
  });

  it('writes the update feed from the owner and repository given on the command line', async () => {
    const feed = load(await readFile(path.join(appOutDir, 'resources/app-update.yml'), 'utf8'));
    expect(feed).toMatchObject({ provider: 'github', owner: 'shpalta-owner', repo: 'shpalta-repo' });
  });
});
