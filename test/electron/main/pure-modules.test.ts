import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

/**
 * These modules are imported by unit tests under plain Node, where loading the `electron` package
 * would try to download its binary. They may use Electron's types only.
 */
const PURE_MODULES = [
  '../preload/bridge.ts',
  'app-url.ts',
  'contents-guards.ts',
  'crash-reload.ts',
  'external-links.ts',
  'ipc-handler.ts',
  'media-handler.ts',
  'menu-template.ts',
  'navigation.ts',
  'permissions.ts',
  'renderer-handler.ts',
  'sender-check.ts',
  'update-error-code.ts',
  'updater-adapter.ts',
  'window-options.ts',
  'window-registry.ts',
];

describe('pure modules of electron/main', () => {
  it.each(PURE_MODULES)('%s imports electron for types only', async (file) => {
    const source = await readFile(new URL(`../../../electron/main/${file}`, import.meta.url), 'utf8');
    const runtimeImports = source.match(/^import\s+(?!type\b)[^;]*from\s+['"]electron['"]/gm) ?? [];
    expect(runtimeImports).toEqual([]);
    expect(source).not.toMatch(/require\(\s*['"]electron['"]\s*\)/);
  });
});
