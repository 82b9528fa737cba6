import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Metafile } from 'esbuild';
import {
  collectComponents,
  licenseOf,
  metafileInputs,
  noticesOf,
  noticesText,
  packageFolderOf,
  repositoryOf,
  runtimePackageFolders,
  writeThirdPartyNotices,
} from '../../scripts/third-party-notices.mjs';
import { thirdPartyNoticesSchema } from '../../shared/about/third-party-notices';
import { useTempDirs } from '../fixtures/temp-dir';

const root = path.resolve(import.meta.dirname, '../..');
const modules = path.join(root, 'node_modules');
const versionOf = async (name: string): Promise<string> =>
  (JSON.parse(await readFile(path.join(modules, name, 'package.json'), 'utf8')) as { version: string }).version;

/** What esbuild's metafile says of a bundle: relative inputs, one of them tree-shaken away to nothing. */
const METAFILE: Metafile = {
  inputs: {},
  outputs: {
    'out/main/index.js': {
      bytes: 100,
      exports: [],
      imports: [],
      inputs: {
        'electron/main/index.ts': { bytesInOutput: 40 },
        'node_modules/zod/v4/classic/schemas.js': { bytesInOutput: 30 },
        'node_modules/@floating-ui/dom/dist/floating-ui.dom.mjs': { bytesInOutput: 20 },
        'node_modules/diff3/diff3.js': { bytesInOutput: 10 },
        'node_modules/js-yaml/index.js': { bytesInOutput: 0 },
      },
    },
  },
};

describe('packageFolderOf', () => {
  it('names the innermost package of a bundled file, scoped or nested, with any query dropped', () => {
    expect(packageFolderOf('/p/node_modules/react/cjs/react.production.js')).toBe('/p/node_modules/react');
    expect(packageFolderOf('/p/node_modules/@tiptap/core/dist/index.js?commonjs-es-import')).toBe(
      '/p/node_modules/@tiptap/core',
    );
    expect(packageFolderOf('/p/node_modules/glob/node_modules/minimatch/minimatch.js')).toBe(
      '/p/node_modules/glob/node_modules/minimatch',
    );
  });

  it('leaves out the project’s own files, virtual modules and relative names', () => {
    expect(packageFolderOf('/p/renderer/src/main.tsx')).toBeNull();
    expect(packageFolderOf('\0vite/preload-helper.js')).toBeNull();
    expect(packageFolderOf('node_modules/react/index.js')).toBeNull();
    expect(packageFolderOf('/p/node_modules/')).toBeNull();
  });
});

describe('metafileInputs', () => {
  it('keeps the inputs that put bytes into an output, as absolute paths', () => {
    expect(metafileInputs(METAFILE, root).sort()).toEqual(
      [
        'electron/main/index.ts',
        'node_modules/@floating-ui/dom/dist/floating-ui.dom.mjs',
        'node_modules/diff3/diff3.js',
        'node_modules/zod/v4/classic/schemas.js',
      ].map((file) => path.join(root, file)),
    );
  });
});

describe('runtimePackageFolders', () => {
  const tempDir = useTempDirs('shpalta-notices-root-');

  it('follows production dependencies the way Node resolves them, nested copies included', () => {
    const folders = runtimePackageFolders(root, ['better-sqlite3', 'glob']).map((folder) =>
      path.relative(root, folder),
    );
    expect(folders).toEqual(
      expect.arrayContaining([
        'node_modules/better-sqlite3',
        'node_modules/bindings',
        'node_modules/file-uri-to-path',
        'node_modules/prebuild-install',
        'node_modules/glob/node_modules/minimatch',
      ]),
    );
    // glob needs minimatch 3, not the top-level 10; and no development dependency of better-sqlite3 comes along.
    expect(folders).not.toContain('node_modules/minimatch');
    expect(folders).not.toContain('node_modules/sqlite3');
    expect(new Set(folders).size).toBe(folders.length);
  });

  it('looks no higher than the project, however its root is written', async () => {
    const outer = await tempDir();
    const writePackage = async (folder: string, manifest: object) => {
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'package.json'), JSON.stringify(manifest));
    };
    const project = path.join(outer, 'project');
    await writePackage(path.join(outer, 'node_modules/outside'), { name: 'outside', version: '1.0.0' });
    await writePackage(path.join(project, 'node_modules/inside'), {
      name: 'inside',
      version: '1.0.0',
      dependencies: { outside: '^1.0.0' },
    });
    for (const written of [project, `${project}${path.sep}`]) {
      expect(() => runtimePackageFolders(written, ['inside'])).toThrow(/outside \(needed by .*inside\)/);
    }
  });

  it('stops the build when a needed package is missing', () => {
    expect(() => runtimePackageFolders(root, ['no-such-package-shpalta'])).toThrow(/no-such-package-shpalta/);
  });
});

describe('licenseOf and repositoryOf', () => {
  it('read SPDX and the old licenses array', () => {
    expect(licenseOf({ license: 'MIT' })).toBe('MIT');
    expect(licenseOf({ license: { type: 'ISC' } })).toBe('ISC');
    expect(licenseOf({ licenses: [{ type: 'MIT' }, { type: 'Apache-2.0' }] })).toBe('(MIT OR Apache-2.0)');
    expect(licenseOf({})).toBeNull();
  });

  it('turn npm shorthands and git addresses into pages a person can open', () => {
    expect(repositoryOf({ repository: 'sindresorhus/conf' })).toBe('https://github.com/sindresorhus/conf');
    expect(repositoryOf({ repository: { url: 'git+https://github.com/a/b.git' } })).toBe('https://github.com/a/b');
    expect(repositoryOf({ repository: 'git://github.com/a/b' })).toBe('https://github.com/a/b');
    expect(repositoryOf({ repository: 'git@github.com:a/b' })).toBe('https://github.com/a/b');
    expect(repositoryOf({ repository: 'github:a/b' })).toBe('https://github.com/a/b');
    expect(repositoryOf({ homepage: 'https://example.org' })).toBe('https://example.org');
  });
});

describe('the notices of a small build', () => {
  const bundledFiles = [
    ...metafileInputs(METAFILE, root),
    path.join(modules, 'react/cjs/react.production.js'),
    path.join(modules, 'react/index.js'),
    '\0rolldown/runtime.js',
  ];
  const components = collectComponents({ projectRoot: root, bundledFiles, runtimeRoots: ['better-sqlite3'] });
  const byName = (name: string) => components.find((component) => component.name === name);

  it('lists each package once, by name, with its version, SPDX licence and how it ships', async () => {
    const names = components.map((component) => component.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names).toEqual(
      expect.arrayContaining(['@floating-ui/dom', 'better-sqlite3', 'bindings', 'dictionary-uk', 'diff3', 'react']),
    );
    expect(names).not.toContain('js-yaml'); // tree-shaken to nothing
    expect(names.filter((name) => name === 'react')).toHaveLength(1);
    expect(byName('react')).toMatchObject({ version: await versionOf('react'), license: 'MIT', shipped: 'bundled' });
    expect(byName('zod')).toMatchObject({ version: await versionOf('zod'), license: 'MIT', shipped: 'bundled' });
    expect(byName('better-sqlite3')).toMatchObject({
      version: await versionOf('better-sqlite3'),
      license: 'MIT',
      shipped: 'runtime',
    });
    expect(byName('dictionary-uk')).toMatchObject({ license: 'GPL-3.0', shipped: 'data' });
  });

  it('names Hunspell, compiled into hunspell-asm, with its three licences, only when hunspell-asm ships', async () => {
    const withHunspell = collectComponents({
      projectRoot: root,
      bundledFiles: [...bundledFiles, path.join(modules, 'hunspell-asm/dist/esm/index.js')],
      runtimeRoots: [],
    });
    const hunspell = withHunspell.find((component) => component.name === 'hunspell');
    expect(hunspell).toMatchObject({
      version: `as built into hunspell-asm ${await versionOf('hunspell-asm')}`,
      license: 'MPL-1.1 OR GPL-2.0-or-later OR LGPL-2.1-or-later',
      shipped: 'bundled',
      source: 'https://github.com/hunspell/hunspell',
    });
    expect(hunspell?.licenseText).toContain('COPYING.LESSER');
    expect(byName('hunspell')).toBeUndefined();
  });

  it('quotes each package’s own licence file, and says when it has none', async () => {
    expect(byName('react')?.licenseText).toBe((await readFile(path.join(modules, 'react/LICENSE'), 'utf8')).trim());
    expect(byName('react')?.licenseText).toMatch(/^MIT License\n\nCopyright \(c\) Meta Platforms/);
    expect(byName('better-sqlite3')?.licenseText).toMatch(/Joshua Wise/);
    expect(byName('dictionary-uk')?.licenseText).toMatch(/GNU GENERAL PUBLIC LICENSE\s+Version 3/);
    expect(byName('diff3')?.licenseText).toBeNull();
  });

  it('writes a text file for the installers and a JSON the dialog can read', async () => {
    const notices = noticesOf({ projectRoot: root, components });
    expect(notices.app).toMatchObject({ name: 'Шпальта', license: 'MIT' });
    expect(notices.app.licenseText).toMatch(/^MIT License/);
    expect(thirdPartyNoticesSchema.parse(notices)).toEqual(notices);

    const text = noticesText(notices);
    expect(text).toContain(`react ${await versionOf('react')}\nLicence: MIT\nShipped as: compiled into`);
    expect(text).toMatch(/diff3 [\d.]+\nLicence: MIT\n[^]*?\(The package has no licence file of its own\.\)/);
    expect(text).toMatch(
      /dictionary-uk [\d.]+\nLicence: GPL-3.0\nShipped as: a separate, unmodified data file, not linked into the program\nSource: https:\/\/github.com\/wooorm\/dictionaries\/tree\/main\/dictionaries\/uk\nFiles: dictionaries\/uk\/index.aff, dictionaries\/uk\/index.dic/,
    );
  });
});

describe('writeThirdPartyNotices', () => {
  const tempDir = useTempDirs('shpalta-notices-');

  it('puts the text in out/ and the JSON in out/renderer/', async () => {
    const outDir = await tempDir();
    await mkdir(path.join(outDir, 'renderer'));
    await writeFile(path.join(outDir, 'THIRD-PARTY-NOTICES.txt'), 'stale');
    const notices = writeThirdPartyNotices({
      projectRoot: root,
      outDir,
      bundledFiles: [path.join(modules, 'react/index.js')],
      runtimeRoots: [],
    });
    const json: unknown = JSON.parse(await readFile(path.join(outDir, 'renderer/third-party-notices.json'), 'utf8'));
    expect(thirdPartyNoticesSchema.parse(json)).toEqual(notices);
    expect(notices.components.map((component) => component.name)).toEqual(['dictionary-uk', 'react']);
    expect(await readFile(path.join(outDir, 'THIRD-PARTY-NOTICES.txt'), 'utf8')).toBe(noticesText(notices));
  });
});
