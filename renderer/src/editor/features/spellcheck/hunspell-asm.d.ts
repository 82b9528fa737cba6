// hunspell-asm's ESM build calls a namespace import (nanoid), which a bundler rightly refuses; its CommonJS
// build is the one that runs in Vite's worker bundle and under Node. Same API, typed by the package.
declare module 'hunspell-asm/dist/cjs/index.js' {
  export * from 'hunspell-asm';
}
