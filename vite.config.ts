import { readFileSync } from 'node:fs';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The uk Hunspell dictionary (npm dictionary-uk, GPL-3.0) ships as separate, unmodified data beside its licence,
 * in out/renderer/dictionaries/uk/, where the spelling worker fetches it: never bundled, never renamed.
 */
function shipUkDictionary(): Plugin {
  const from = (file: string) => readFileSync(new URL(`./node_modules/dictionary-uk/${file}`, import.meta.url));
  const files = { 'index.aff': 'index.aff', 'index.dic': 'index.dic', LICENSE: 'license' };
  return {
    name: 'shpalta:uk-dictionary',
    apply: 'build',
    generateBundle() {
      for (const [name, source] of Object.entries(files)) {
        this.emitFile({ type: 'asset', fileName: `dictionaries/uk/${name}`, source: from(source) });
      }
    },
  };
}

/** The renderer build: one page, relative asset paths so it loads from app:// and from the web host alike. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), shipUkDictionary()],
  resolve: {
    alias: [
      // The spellcheck worker's hunspell-asm requires emscripten-wasm-loader, whose ESM build calls a namespace
      // import (nanoid) as a function, which Rolldown rightly flags; its CommonJS build is the working one.
      { find: /^emscripten-wasm-loader$/, replacement: 'emscripten-wasm-loader/dist/cjs/index.js' },
    ],
  },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    reportCompressedSize: false,
    // One chunk is expected; the budget (DESIGN.md §7: initial JS < 1.5 MB) is watched by npm run bench.
    chunkSizeWarningLimit: 1500,
  },
});
