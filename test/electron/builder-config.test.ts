import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';

// electron-builder's own validator is internal to app-builder-lib (no public types): loaded with require.
const require = createRequire(import.meta.url);

const root = new URL('../../', import.meta.url);
const config = load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as Configuration;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  main: string;
  name: string;
  productName: string;
  version: string;
  homepage: string;
  author: { name: string; email: string };
  scripts: Record<string, string>;
};

interface TargetEntry {
  target: string;
  arch?: string[];
}

function entries(value: unknown): TargetEntry[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => (typeof entry === 'string' ? { target: entry } : (entry as TargetEntry)));
}

/** Target → arch list, for one OS's `target` option. */
function archMatrix(value: unknown): Record<string, string[]> {
  return Object.fromEntries(entries(value).map((entry) => [entry.target, entry.arch ?? []]));
}

/** A domain no mail reaches: the placeholders of RFC 2606 and RFC 6761 and the mDNS one. */
function placeholderDomain(domain: string): boolean {
  return /(^|\.)(example\.[a-z]+|example|local|invalid|test|localhost)$/i.test(domain);
}

describe('electron-builder.yml', () => {
  it('is accepted by electron-builder’s own schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
      validateConfiguration(config: Configuration, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    // Loading app-builder-lib takes over 4 s on a loaded machine: the default 5 s is too tight.
  }, 30_000);

  it('names the app', () => {
    expect(config.appId).toBe('ua.shpalta.app');
    expect(config.productName).toBe('Шпальта');
    expect(config.productName).toBe(pkg.productName);
    expect(config.directories?.output).toBe('dist');
  });

  it('packs the built bundles with the main entry and package.json, without source maps', () => {
    const files = config.files as string[];
    expect(pkg.main).toBe('out/main/index.js');
    expect(files).toContain('out/**/*');
    expect(files).toContain('package.json');
    expect(files).toContain('!out/**/*.map');
    const exclusions = files.filter((pattern) => pattern.startsWith('!'));
    for (const pattern of exclusions) {
      expect(pattern, 'nothing may exclude the main or preload bundle').not.toMatch(/\.(c|m)?js$|out\/(main|preload)/);
    }
  });

  it('uses asar with integrity and keeps better-sqlite3’s addon outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.disableAsarIntegrity).not.toBe(true);
    const unpack = config.asarUnpack as string[];
    const addon = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect(unpack.some((pattern) => path.matchesGlob(addon, pattern))).toBe(true);
  });

  it('rebuilds native modules for Electron from prebuilds, not from source', () => {
    expect(config.npmRebuild).toBe(true);
    expect(config.buildDependenciesFromSource).toBe(false);
    expect(config.nodeGypRebuild).toBe(false);
  });

  it('builds an assisted, per-user Ukrainian NSIS installer for x64 and arm64', () => {
    expect(archMatrix(config.win?.target)).toEqual({ nsis: ['x64', 'arm64'] });
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.perMachine).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true);
    expect(config.nsis?.language).toBe('1058');
  });

  it('builds a dmg (and the zip updates come from) for macOS x64 and arm64, hardened', () => {
    expect(archMatrix(config.mac?.target)).toEqual({ dmg: ['x64', 'arm64'], zip: ['x64', 'arm64'] });
    expect(config.mac?.category).toBe('public.app-category.productivity');
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.entitlements).toBe('build/entitlements.mac.plist');
    expect(config.mac?.entitlementsInherit).toBe('build/entitlements.mac.plist');
  });

  it('grants the hardened runtime only what V8 needs', () => {
    const file = new URL(config.mac?.entitlements as string, root);
    expect(existsSync(file)).toBe(true);
    const { document } = new JSDOM(readFileSync(file, 'utf8'), { contentType: 'text/xml' }).window;
    expect(document.querySelector('parsererror')).toBeNull();
    expect(document.documentElement.tagName).toBe('plist');
    const dict = document.querySelector('plist > dict');
    const children = [...(dict?.children ?? [])];
    const granted: Record<string, string> = {};
    for (let i = 0; i < children.length; i += 2) {
      expect(children[i]?.tagName).toBe('key');
      granted[children[i]?.textContent ?? ''] = children[i + 1]?.tagName ?? '';
    }
    expect(granted).toEqual({
      'com.apple.security.cs.allow-jit': 'true',
      'com.apple.security.cs.allow-unsigned-executable-memory': 'true',
    });
  });

  it('builds AppImage and deb for Linux x64 and arm64 with the Office category and Ukrainian metadata', () => {
    expect(archMatrix(config.linux?.target)).toEqual({ AppImage: ['x64', 'arm64'], deb: ['x64', 'arm64'] });
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.synopsis).toMatch(/[а-яіїєґ]/i);
    expect(config.linux?.executableName).toMatch(/^[a-z0-9-]+$/);
    expect(config.linux?.icon).toBe('build/icons');
  });

  it('takes the deb’s maintainer from package.json’s author, a real address of the project', () => {
    // Said once: electron-builder uses `author` when linux.maintainer is not set.
    expect(config.linux?.maintainer).toBeUndefined();
    expect(pkg.author).toMatchObject({ name: 'Шпальта', email: 'maintainers@shpalta.ua' });
    const domain = pkg.author.email.split('@')[1] ?? '';
    expect(placeholderDomain(domain)).toBe(false);
    // The app id is the project's domain reversed.
    expect(config.appId).toBe(domain.split('.').reverse().join('.') + '.app');
    expect(pkg.homepage).toBe('https://shpalta.ua');
    for (const placeholder of ['example.com', 'mail.example.org', 'shpalta.local', 'x.invalid', 'a.test']) {
      expect(placeholderDomain(placeholder), placeholder).toBe(true);
    }
  });

  it('names every artifact in ASCII, per OS, target and arch', () => {
    const { expandMacro } = require('app-builder-lib/out/util/macroExpander') as {
      expandMacro(pattern: string, arch: string | null, appInfo: object, extra: object): string;
    };
    const { Arch, getArtifactArchName } = require('builder-util') as {
      Arch: Record<string, number>;
      getArtifactArchName(arch: number, ext: string): string;
    };
    const appInfo = {
      productName: pkg.productName,
      sanitizedProductName: pkg.productName,
      name: pkg.name,
      version: pkg.version,
    };
    const platforms = { win: config.win, mac: config.mac, linux: config.linux } as const;
    const extensions: Record<string, string> = {
      nsis: 'exe',
      dmg: 'dmg',
      zip: 'zip',
      AppImage: 'AppImage',
      deb: 'deb',
    };
    const names: string[] = [];
    for (const [os, platform] of Object.entries(platforms)) {
      for (const { target, arch } of entries(platform?.target)) {
        const targetOptions = (config as Record<string, { artifactName?: string } | undefined>)[target];
        const pattern = targetOptions?.artifactName ?? platform?.artifactName ?? config.artifactName;
        expect(pattern, target).toBeTypeOf('string');
        const ext = extensions[target] as string;
        for (const archName of [...(arch ?? []), null]) {
          const artifactArch = archName === null ? null : getArtifactArchName(Arch[archName] as number, ext);
          names.push(expandMacro(pattern as string, artifactArch, appInfo, { os, ext }));
        }
      }
    }
    expect(names).toContain('shpalta-0.1.0-win-arm64.exe');
    expect(names).toContain('shpalta-0.1.0-linux-amd64.deb');
    expect(names).toContain('shpalta-0.1.0-linux-x86_64.AppImage');
    for (const name of names) expect(name, name).toMatch(/^[A-Za-z0-9._-]+$/);
  });

  it('flips the fuses in an afterPack hook that exports a function', async () => {
    expect(config.afterPack).toBe('build/after-pack.mjs');
    expect(config.electronFuses, 'one way to flip fuses, not two').toBeUndefined();
    const hook = (await import(new URL(config.afterPack as string, root).href)) as Record<string, unknown>;
    expect(hook['default']).toBeTypeOf('function');
    expect(hook['afterPack']).toBe(hook['default']);
  });

  it('feeds electron-updater from GitHub releases whose repository the release workflow names', () => {
    const publish = config.publish as { provider: string; owner?: string; repo?: string };
    expect(publish).toMatchObject({ provider: 'github', releaseType: 'release' });
    expect(publish.owner).toBeUndefined();
    expect(publish.repo).toBeUndefined();
  });

  it('renders the icons before electron-builder runs', () => {
    expect(pkg.scripts['dist']).toBe('npm run build && node scripts/icons.mjs && electron-builder');
  });
});
