import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const repo = path.resolve(import.meta.dirname, '../../..');

/** The preload as scripts/build.mjs bundles it, kept in memory with esbuild's list of what went in. */
async function bundlePreload() {
  const result = await build({
    absWorkingDir: repo,
    entryPoints: ['electron/preload/index.ts'],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify: true,
    external: ['electron'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), bytes: result.outputFiles[0]?.contents.length ?? 0 };
}

describe('preload bundle', () => {
  // The preload runs before every page load: it checks names only, and once bundled all of zod (~460 KB)
  // through the contract's schemas. Nothing from node_modules belongs in it; electron stays external.
  it('holds only the preload and zod-free modules of shared/, nothing from node_modules', async () => {
    const { inputs, bytes } = await bundlePreload();
    expect(inputs).toContain('electron/preload/index.ts');
    expect(inputs.filter((input) => !/^(electron\/preload|shared)\//.test(input))).toEqual([]);
    expect(inputs.filter((input) => input.startsWith('shared/validation/'))).toEqual([]);
    expect(bytes).toBeLessThan(16 * 1024);
  });
});
