import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Configuration } from 'electron-builder';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

// electron-builder's own validator is internal to app-builder-lib (no public types): loaded with require.
const require = createRequire(import.meta.url);

const root = new URL('../../', import.meta.url);
const config = load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as Configuration;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { main: string; productName: string };

function targets(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((entry) => (typeof entry === 'string' ? entry : (entry as { target: string }).target));
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

  it('uses asar and keeps native addons outside it', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('builds an assisted Ukrainian NSIS installer for Windows', () => {
    expect(targets(config.win?.target)).toEqual(['nsis']);
    expect(config.nsis?.oneClick).toBe(false);
    expect(config.nsis?.allowToChangeInstallationDirectory).toBe(true);
    expect(config.nsis?.language).toBe('1058');
  });

  it('builds a dmg for macOS in the productivity category', () => {
    expect(targets(config.mac?.target)).toEqual(['dmg']);
    expect(config.mac?.category).toBe('public.app-category.productivity');
  });

  it('builds AppImage and deb for Linux with the Office category and Ukrainian metadata', () => {
    expect(targets(config.linux?.target)).toEqual(['AppImage', 'deb']);
    expect(config.linux?.category).toBe('Office');
    expect(config.linux?.maintainer).toMatch(/<[^@\s]+@[^>\s]+>/);
    expect(config.linux?.synopsis).toMatch(/[а-яіїєґ]/i);
    expect(config.linux?.executableName).toMatch(/^[a-z0-9-]+$/);
  });
});
