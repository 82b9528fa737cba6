// `npm run build`: the renderer with Vite, the main process, preload and browser-mode host with esbuild.
// Nothing here loads the `electron` package: it is only ever an external import of the bundles.
import { build as esbuild } from 'esbuild';
import { readFile, rm } from 'node:fs/promises';
import { build as viteBuild } from 'vite';
import { bundledModulesRecorder, metafileInputs, writeThirdPartyNotices } from './third-party-notices.mjs';

const root = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __APP_VERSION__: JSON.stringify(pkg.version) };
// ESM bundles for Node still meet CommonJS dependencies that call require().
const requireShim =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

// Native modules stay outside the bundles and load from node_modules (unpacked from the asar in installers).
const nativeModules = ['better-sqlite3'];
const started = Date.now();
await rm(`${root}out`, { recursive: true, force: true });

// The third-party notices list what the bundles really contain: the renderer's modules, workers included…
const rendererModules = bundledModulesRecorder();
await viteBuild({
  configFile: `${root}vite.config.ts`,
  logLevel: 'warn',
  plugins: [rendererModules.plugin()],
  worker: { plugins: () => [rendererModules.plugin()] },
});

const node = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  define,
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
};
const nodeBundles = await Promise.all([
  esbuild({
    ...node,
    entryPoints: ['electron/main/index.ts'],
    outfile: 'out/main/index.js',
    format: 'esm',
    external: ['electron', ...nativeModules],
    banner: { js: requireShim },
  }),
  // A sandboxed preload cannot load modules: one CommonJS file whose only import is electron.
  esbuild({
    ...node,
    entryPoints: ['electron/preload/index.ts'],
    outfile: 'out/preload/index.cjs',
    format: 'cjs',
    minify: true,
    external: ['electron'],
  }),
  esbuild({
    ...node,
    entryPoints: ['electron/web/serve.ts'],
    outfile: 'out/web/serve.mjs',
    format: 'esm',
    external: ['electron', ...nativeModules],
    banner: { js: requireShim },
  }),
]);

// …and the Node bundles' inputs, plus what the installers carry in node_modules: the production dependencies
// (electron-builder packs them with their own dependencies), better-sqlite3 among them.
writeThirdPartyNotices({
  projectRoot: root,
  outDir: `${root}out`,
  bundledFiles: [...rendererModules.files, ...nodeBundles.flatMap(({ metafile }) => metafileInputs(metafile, root))],
  runtimeRoots: Object.keys(pkg.dependencies ?? {}),
});

console.log(`Зібрано в out/ за ${((Date.now() - started) / 1000).toFixed(1)} с`);
