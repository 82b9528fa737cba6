// Import boundaries and cycles, checked by `npm run boundaries` (a step of `npm test`).
// The process boundaries of DESIGN.md §1: the services and the hosts never reach into the Electron
// main process, the preload or the page; the page never reaches into electron/; shared/ stands alone.
// Type-only imports count too: a cycle or a boundary crossed only by types is still one to untangle.

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules import each other in a circle: give the shared part a module of its own.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'services-stay-below-hosts',
      severity: 'error',
      comment: 'electron/services serves both hosts, so it may not import either host, the preload or the page.',
      from: { path: '^electron/services/' },
      to: { path: '^(electron/(main|preload|web|host)|renderer)/' },
    },
    {
      name: 'host-helpers-serve-both-hosts',
      severity: 'error',
      comment: 'electron/host holds what the Electron host and browser mode share: it imports neither of them.',
      from: { path: '^electron/host/' },
      to: { path: '^(electron/(main|preload|web)|renderer)/' },
    },
    {
      name: 'browser-mode-is-not-electron',
      severity: 'error',
      comment: 'electron/web runs without Electron: it may not import electron/main, the preload or the page.',
      from: { path: '^electron/web/' },
      to: { path: '^(electron/(main|preload)|renderer)/' },
    },
    {
      name: 'main-shares-through-host',
      severity: 'error',
      comment: 'What the Electron host shares with browser mode lives in electron/host, not in electron/web.',
      from: { path: '^electron/main/' },
      to: { path: '^(electron/(web|preload)|renderer)/' },
    },
    {
      name: 'preload-sees-only-shared',
      severity: 'error',
      comment: 'The sandboxed preload is one small bundle: it imports only shared/ (and electron).',
      from: { path: '^electron/preload/' },
      to: { path: '^(electron/(main|services|web|host)|renderer)/' },
    },
    {
      name: 'renderer-talks-only-to-the-contract',
      severity: 'error',
      comment: 'The page reaches everything outside it through the API contract in shared/, never electron/.',
      from: { path: '^renderer/' },
      to: { path: '^electron/' },
    },
    {
      name: 'renderer-has-no-node',
      severity: 'error',
      comment: 'The page runs in a browser: no Node built-ins.',
      from: { path: '^renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'shared-stands-alone',
      severity: 'error',
      comment: 'shared/ is pure and imported by every process: nothing of the repository outside shared/.',
      from: { path: '^shared/' },
      to: { path: '^(?!shared/)', dependencyTypesNot: ['npm', 'npm-dev', 'npm-optional', 'npm-peer'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import the cruiser cannot resolve is one these rules cannot see.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Deliberate violations that test/boundaries.test.ts cruises on their own.
    exclude: { path: '^test/fixtures/boundaries/' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json', '.d.ts', '.d.mts'],
    },
  },
};
