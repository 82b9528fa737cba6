// The third-party notices of a build: every npm package whose code the bundles contain or that the installers
// carry in node_modules, with its version, its SPDX licence and the licence text from its own files. Written to
// out/ by scripts/build.mjs (a text file packed into the installers, a JSON the «Про програму» dialog fetches).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Where the renderer fetches the notices from, relative to its page (out/renderer/). */
export const NOTICES_JSON = 'third-party-notices.json'; // THIRD_PARTY_NOTICES_FILE of shared/about
export const NOTICES_TEXT = 'THIRD-PARTY-NOTICES.txt';

/** The Ukrainian Hunspell dictionary: GPL-3.0 data the spelling worker fetches, never part of a bundle. */
export const DICTIONARY = {
  packageName: 'dictionary-uk',
  /** Beside the renderer, with its licence: out/renderer/dictionaries/uk/. */
  folder: 'dictionaries/uk',
  files: ['index.aff', 'index.dic'],
  licenseFile: 'license',
};

/**
 * Code compiled into a package that its own manifest does not name: Hunspell is built into hunspell-asm's
 * WebAssembly. Hunspell offers three licences; its texts are in its own repository (none is in the package).
 */
export const EMBEDDED = [
  {
    within: 'hunspell-asm',
    name: 'hunspell',
    license: 'MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later',
    licenseText:
      'Hunspell is compiled to WebAssembly inside hunspell-asm and used unmodified. Hunspell is tri-licensed under\n' +
      'the Mozilla Public License 1.1, the GNU General Public License 2.0 or later, and the GNU Lesser General\n' +
      'Public License 2.1 or later; the full texts are COPYING.MPL, COPYING and COPYING.LESSER in its source.',
    source: 'https://github.com/hunspell/hunspell',
  },
];

const LICENSE_FILE = /^(licen[cs]e|copying)([.-].*)?$/i;
const NODE_MODULES = '/node_modules/';

/**
 * The package folder a bundled file belongs to (the innermost node_modules/<name> or node_modules/@scope/<name>),
 * or null for the project's own files and bundler-made modules.
 * @param {string} file an absolute path, possibly with a bundler's `?query`
 * @returns {string | null}
 */
export function packageFolderOf(file) {
  // Bundlers name modules with forward slashes on every platform; esbuild's resolved paths may not.
  const clean = file.replace(/\?.*$/, '').replaceAll('\\', '/');
  if (!path.isAbsolute(clean)) return null;
  const at = clean.lastIndexOf(NODE_MODULES);
  if (at < 0) return null;
  const rest = clean.slice(at + NODE_MODULES.length).split('/');
  const nameParts = rest[0]?.startsWith('@') ? rest.slice(0, 2) : rest.slice(0, 1);
  if (nameParts.length === 0 || nameParts.some((part) => !part)) return null;
  return path.resolve(clean.slice(0, at + NODE_MODULES.length), ...nameParts);
}

/**
 * The input files of an esbuild metafile that put bytes into an output, as absolute paths.
 * @param {import('esbuild').Metafile} metafile
 * @param {string} workingDir esbuild's absWorkingDir (metafile paths are relative to it)
 * @returns {string[]}
 */
export function metafileInputs(metafile, workingDir) {
  const files = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput > 0) files.add(path.resolve(workingDir, input));
    }
  }
  return [...files];
}

/**
 * A Vite (Rolldown) plugin that records every module rendered into a chunk, workers included when it is given to
 * `worker.plugins` too. Read `files` once the build is over.
 */
export function bundledModulesRecorder() {
  /** @type {Set<string>} */
  const files = new Set();
  const plugin = () => ({
    name: 'shpalta:bundled-modules',
    /** @param {unknown} _options @param {Record<string, any>} bundle */
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(output.modules ?? {})) {
          if (!id.startsWith('\0') && module.renderedLength > 0) files.add(id);
        }
      }
    },
  });
  return { plugin, files };
}

/**
 * The packages node_modules brings into the installers: `roots` and their production dependencies, resolved the
 * way Node resolves them (the nearest node_modules up from the dependent's folder). Returns package folders.
 * @param {string} projectRoot
 * @param {string[]} roots package names
 * @returns {string[]}
 */
export function runtimePackageFolders(projectRoot, roots) {
  // Resolution stops at the project: a trailing slash or a relative root must not let it climb past.
  const rootDir = path.resolve(projectRoot);
  /** @type {Set<string>} */
  const seen = new Set();
  /** @param {string} name @param {string} from @param {boolean} optional */
  const visit = (name, from, optional) => {
    const folder = resolvePackage(name, from, rootDir);
    if (!folder) {
      if (optional) return;
      throw new Error(`Third-party notices: ${name} (needed by ${from}) is not installed`);
    }
    if (seen.has(folder)) return;
    seen.add(folder);
    const manifest = readManifest(folder);
    for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency, folder, false);
    for (const dependency of Object.keys(manifest.optionalDependencies ?? {})) visit(dependency, folder, true);
  };
  for (const name of roots) visit(name, rootDir, false);
  return [...seen];
}

/** @param {string} name @param {string} from @param {string} projectRoot */
function resolvePackage(name, from, projectRoot) {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    const parent = path.dirname(dir);
    if (dir === projectRoot || parent === dir) return null;
    dir = parent;
  }
}

/** @param {string} folder */
function readManifest(folder) {
  return JSON.parse(readFileSync(path.join(folder, 'package.json'), 'utf8'));
}

/**
 * The SPDX expression of a manifest, including the old `licenses: [{ type }]` form; null when it names none.
 * @param {Record<string, any>} manifest
 * @returns {string | null}
 */
export function licenseOf(manifest) {
  const { license, licenses } = manifest;
  if (typeof license === 'string' && license.trim()) return license.trim();
  if (license && typeof license.type === 'string') return license.type;
  if (Array.isArray(licenses)) {
    const types = licenses.map((entry) => (typeof entry === 'string' ? entry : entry?.type)).filter(Boolean);
    if (types.length) return types.length === 1 ? types[0] : `(${types.join(' OR ')})`;
  }
  return null;
}

/**
 * One package's notice: the licence text is its LICENSE/LICENCE/COPYING file (several are joined), null if none.
 * @param {string} folder
 * @param {import('./third-party-notices.d.mts').Shipped} shipped
 * @returns {import('./third-party-notices.d.mts').Component}
 */
export function readComponent(folder, shipped) {
  const manifest = readManifest(folder);
  const licenseFiles = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isFile() && LICENSE_FILE.test(entry.name))
    .map((entry) => entry.name)
    .sort();
  const texts = licenseFiles.map((name) => readFileSync(path.join(folder, name), 'utf8').trim());
  return {
    name: manifest.name,
    version: manifest.version,
    license: licenseOf(manifest) ?? 'UNKNOWN',
    licenseText: texts.length ? texts.join('\n\n') : null,
    shipped,
    source: repositoryOf(manifest),
  };
}

/**
 * The manifest's repository as an address a person can open (npm's shorthands and git URLs made https).
 * @param {Record<string, any>} manifest
 * @returns {string | null}
 */
export function repositoryOf(manifest) {
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  if (typeof repository !== 'string') return typeof manifest.homepage === 'string' ? manifest.homepage : null;
  const address = repository
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/^git@([^:]+):/, 'https://$1/')
    .replace(/^ssh:\/\/git@/, 'https://')
    .replace(/^(github|gitlab|bitbucket):/, (_, host) => `https://${host}.${host === 'bitbucket' ? 'org' : 'com'}/`)
    .replace(/\.git$/, '');
  return /^[\w.-]+\/[\w.-]+$/.test(address) ? `https://github.com/${address}` : address;
}

/**
 * The notices of a build: the bundled files' packages, the runtime packages and the dictionary, one entry per
 * name and version (bundled wins over runtime: it is the stronger statement), sorted by name.
 * @param {{ projectRoot: string, bundledFiles: Iterable<string>, runtimeRoots: string[], dictionary?: boolean }} input
 * @returns {import('./third-party-notices.d.mts').Component[]}
 */
export function collectComponents({ projectRoot, bundledFiles, runtimeRoots, dictionary = true }) {
  /** @type {Map<string, import('./third-party-notices.d.mts').Component>} */
  const byId = new Map();
  /** @param {string} folder @param {import('./third-party-notices.d.mts').Shipped} shipped */
  const add = (folder, shipped) => {
    const component = readComponent(folder, shipped);
    const id = `${component.name}@${component.version}`;
    if (!byId.has(id)) byId.set(id, component);
  };
  const bundledFolders = new Set();
  for (const file of bundledFiles) {
    const folder = packageFolderOf(file);
    if (folder) bundledFolders.add(folder);
  }
  for (const folder of bundledFolders) add(folder, 'bundled');
  for (const embedded of EMBEDDED) {
    const host = [...byId.values()].find((component) => component.name === embedded.within);
    if (!host) continue;
    const { within, ...component } = embedded;
    const version = `as built into ${within} ${host.version}`;
    byId.set(`${component.name}@${version}`, { ...component, version, shipped: 'bundled' });
  }
  for (const folder of runtimePackageFolders(projectRoot, runtimeRoots)) add(folder, 'runtime');
  if (dictionary) add(path.join(projectRoot, 'node_modules', DICTIONARY.packageName), 'data');
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || a.version.localeCompare(b.version));
}

/**
 * The notices as the JSON the dialog reads: the app's own licence first, then the components.
 * @param {{ projectRoot: string, components: import('./third-party-notices.d.mts').Component[] }} input
 * @returns {import('./third-party-notices.d.mts').Notices}
 */
export function noticesOf({ projectRoot, components }) {
  const manifest = readManifest(projectRoot);
  return {
    app: {
      name: manifest.productName ?? manifest.name,
      version: manifest.version,
      license: licenseOf(manifest) ?? 'UNKNOWN',
      licenseText: readFileSync(path.join(projectRoot, 'LICENSE'), 'utf8').trim(),
    },
    components,
  };
}

const RULE = '-'.repeat(78);
const SHIPPED = {
  bundled: 'compiled into the application bundles',
  runtime: 'shipped in node_modules beside the application',
  data: 'a separate, unmodified data file, not linked into the program',
};

/**
 * The plain-text notices packed into the installers. In English: the licence texts it quotes are English.
 * @param {import('./third-party-notices.d.mts').Notices} notices
 * @returns {string}
 */
export function noticesText({ app, components }) {
  const parts = [
    `${app.name} ${app.version}`,
    `Licence: ${app.license}`,
    '',
    app.licenseText,
    '',
    RULE,
    `Third-party components (${components.length})`,
    RULE,
  ];
  for (const component of components) {
    parts.push(
      '',
      `${component.name} ${component.version}`,
      `Licence: ${component.license}`,
      `Shipped as: ${SHIPPED[component.shipped]}`,
    );
    if (component.source) parts.push(`Source: ${component.source}`);
    if (component.shipped === 'data') {
      parts.push(
        `Files: ${DICTIONARY.files.map((file) => `${DICTIONARY.folder}/${file}`).join(', ')} (licence beside them)`,
      );
    }
    parts.push('', component.licenseText ?? '(The package has no licence file of its own.)', '', RULE);
  }
  return `${parts.join('\n')}\n`;
}

/**
 * Collects and writes the notices of a finished build: out/THIRD-PARTY-NOTICES.txt and
 * out/renderer/third-party-notices.json.
 * @param {{ projectRoot: string, outDir: string, bundledFiles: Iterable<string>, runtimeRoots: string[] }} input
 * @returns {import('./third-party-notices.d.mts').Notices}
 */
export function writeThirdPartyNotices({ projectRoot, outDir, bundledFiles, runtimeRoots }) {
  const components = collectComponents({ projectRoot, bundledFiles, runtimeRoots });
  const notices = noticesOf({ projectRoot, components });
  writeFileSync(path.join(outDir, NOTICES_TEXT), noticesText(notices));
  writeFileSync(path.join(outDir, 'renderer', NOTICES_JSON), `${JSON.stringify(notices)}\n`);
  return notices;
}
