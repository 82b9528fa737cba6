import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import playwrightConfig from '../../playwright.config';

// electron-builder's CLI option parser and target planner (no public types): loaded with require.
const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const read = (file: string) => readFileSync(new URL(file, root), 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  'runs-on': string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: { include: MatrixEntry[] } };
  steps: Step[];
}
interface MatrixEntry {
  os: 'win' | 'mac' | 'linux';
  arch: 'x64' | 'arm64';
  targets: string;
  runner: string;
}
interface Workflow {
  on: { push?: { tags?: string[] } };
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

const release = load(read('.github/workflows/release.yml')) as Workflow;
const build = release.jobs['build'] as Job;
const publish = release.jobs['release'] as Job;
const matrix = build.strategy?.matrix.include ?? [];
const builderConfig = load(read('electron-builder.yml')) as Record<string, { target: unknown } | undefined>;

/** The one step whose name matches; fails the test when there is none or several. */
function step(job: Job, name: RegExp): Step {
  const found = job.steps.filter((candidate) => name.test(candidate.name ?? ''));
  expect(
    found.map((s) => s.name),
    String(name),
  ).toHaveLength(1);
  return found[0] as Step;
}

describe('the workflows', () => {
  it.each(['ci.yml', 'release.yml'])('%s is valid by GitHub’s workflow schema', (file) => {
    expect(validateWorkflow(read(`.github/workflows/${file}`)).errors).toEqual([]);
  });

  it('the schema check itself refuses a broken workflow', () => {
    expect(validateWorkflow('on: push\njobs:\n  a:\n    runs-on: x\n    stepz: []\n').errors).not.toEqual([]);
  });
});

describe('release.yml', () => {
  it('runs on version tags, reading only, with a publishing job that may write', () => {
    expect(release.on.push?.tags).toEqual(['v*']);
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(publish.needs).toBe('build');
    expect(publish.permissions).toEqual({ contents: 'write' });
  });

  it('builds every OS and arch on a native runner', () => {
    const runners = Object.fromEntries(matrix.map((entry) => [`${entry.os}-${entry.arch}`, entry.runner]));
    expect(Object.keys(runners).sort()).toEqual(
      ['linux-arm64', 'linux-x64', 'mac-arm64', 'mac-x64', 'win-arm64', 'win-x64'].sort(),
    );
    expect(runners['win-x64']).toMatch(/^windows-(latest|20\d\d)$/);
    expect(runners['win-arm64']).toBe('windows-11-arm');
    expect(runners['mac-x64']).toMatch(/^macos-(13|15-intel)$/);
    expect(runners['mac-arm64']).toMatch(/^macos-(14|15)$/);
    expect(runners['linux-x64']).toMatch(/^ubuntu-(latest|24\.04)$/);
    expect(runners['linux-arm64']).toBe('ubuntu-24.04-arm');
  });

  it('asks electron-builder, per runner, for exactly its own arch and every target the configuration lists', () => {
    const { normalizeOptions } = require('electron-builder/out/builder') as {
      normalizeOptions(args: Record<string, unknown>): {
        targets: Map<{ buildConfigurationKey: string }, Map<number, string[]>>;
      };
    };
    const { computeArchToTargetNamesMap } = require('app-builder-lib/out/targets/targetFactory') as {
      computeArchToTargetNamesMap(
        raw: Map<number, string[]>,
        packager: object,
        platform: object,
      ): Map<number, string[]>;
    };
    const { Arch } = require('builder-util') as { Arch: Record<number, string> };
    const dist = step(build, /^Build the installers$/).run ?? '';
    expect(dist).toContain(
      'npm run dist -- --${{ matrix.os }} ${{ matrix.targets }} --${{ matrix.arch }} --publish never',
    );
    /** The arch → targets electron-builder plans for these CLI options (one OS). */
    const planFor = (args: Record<string, unknown>, os: string) => {
      const [only] = [...normalizeOptions(args).targets];
      expect(only).toBeDefined();
      const [platform, raw] = only as [{ buildConfigurationKey: string }, Map<number, string[]>];
      expect(platform.buildConfigurationKey).toBe(os);
      const config = builderConfig[os];
      return computeArchToTargetNamesMap(raw, { platformSpecificBuildOptions: config }, platform);
    };
    for (const entry of matrix) {
      // As the CLI reads `--<os> <targets> --<arch>`.
      const planned = planFor({ [entry.os]: entry.targets.split(' '), [entry.arch]: true }, entry.os);
      const config = builderConfig[entry.os];
      const plan = Object.fromEntries([...planned].map(([arch, names]) => [Arch[arch], names]));
      const configured = (config?.target as Array<{ target: string }>).map((t) => t.target);
      expect(plan, `${entry.os} ${entry.arch}`).toEqual({ [entry.arch]: configured });
    }
    // The trap the named targets avoid: `--win --arm64` alone would build x64 as well.
    expect(planFor({ win: [], arm64: true }, 'win').size).toBe(2);
  });

  it('names the update feed after this repository, from the workflow, not the configuration', () => {
    const dist = step(build, /^Build the installers$/).run ?? '';
    expect(dist).toContain('-c.publish.owner=${GITHUB_REPOSITORY%%/*}');
    expect(dist).toContain('-c.publish.repo=${GITHUB_REPOSITORY#*/}');
  });

  it('runs npm test as ci.yml does, leaving Electron to the installed app', () => {
    const test = step(build, /^npm test$/);
    expect(test.run).toBe('npm test');
    expect(test.env).toEqual({ SHPALTA_ELECTRON_SMOKE: 'separate-step' });
    expect(step(build, /Prepare Linux/).run).toMatch(/xvfb[\s\S]*chmod 4755/);
  });

  it('installs or mounts every installer', () => {
    const deb = step(build, /Install the deb/);
    expect(deb.if).toBe("runner.os == 'Linux'");
    expect(deb.run).toMatch(/sudo apt-get install -y "\.\/\$deb"/);
    const appImage = step(build, /AppImage/);
    expect(appImage.run).toContain('--appimage-extract');
    expect(appImage.run).toMatch(/chmod 4755 squashfs-root\/chrome-sandbox/);
    const dmg = step(build, /dmg/);
    expect(dmg.if).toBe("runner.os == 'macOS'");
    expect(dmg.run).toContain('hdiutil attach');
    const nsis = step(build, /NSIS/);
    expect(nsis.if).toBe("runner.os == 'Windows'");
    expect(nsis.run).toMatch(/-ArgumentList '\/S' -Wait/);
    // Where electron-builder's assisted per-user installer puts the app: the product name when it is ASCII, else
    // package.json's name.
    const { getWindowsInstallationDirName } = require('app-builder-lib/out/targets/targetUtil') as {
      getWindowsInstallationDirName(appInfo: object, tryProductName: boolean): string;
    };
    const pkg = JSON.parse(read('package.json')) as { name: string; productName: string };
    const folder = getWindowsInstallationDirName({ productFilename: pkg.productName, sanitizedName: pkg.name }, true);
    expect(folder).toBe('shpalta');
    expect(nsis.run).toContain(`"$env:LOCALAPPDATA\\Programs\\${folder}"`);
  });

  it('runs the installed-app smoke test on each installed app and reads its fuses back', () => {
    const smoke = step(build, /Smoke test and fuses/).run ?? '';
    expect(smoke).toContain(
      'SHPALTA_PACKAGED_APP="$2" xvfb-run --auto-servernum npx playwright test --project=electron-packaged',
    );
    expect(smoke).toContain('node scripts/check-fuses.mjs "$3"');
    expect(smoke).toMatch(/stats\.skipped > 0 \|\| stats\.expected === 0/);
    for (const app of ['SHPALTA_DEB_APP', 'SHPALTA_APPIMAGE_APP', 'SHPALTA_MAC_APP', 'SHPALTA_WIN_APP']) {
      expect(smoke).toContain(`"$${app}"`);
    }
    const project = playwrightConfig.projects?.find((p) => p.name === 'electron-packaged');
    expect(project).toMatchObject({ testDir: 'test/e2e-electron', testMatch: ['packaged.spec.ts'] });
    const electron = playwrightConfig.projects?.find((p) => p.name === 'electron');
    expect(electron?.testIgnore).toEqual(['packaged.spec.ts']);
  });

  it('signs where the secrets exist and says plainly where they do not', () => {
    const signing = step(build, /^Signing$/);
    for (const secret of ['CSC_LINK', 'WIN_CSC_LINK', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) {
      expect(signing.env?.[secret]).toBe(`\${{ secrets.${secret} }}`);
    }
    expect(signing.run).toMatch(/::notice title=Unsigned macOS build::/);
    expect(signing.run).toMatch(/::notice title=Not notarised::/);
    expect(signing.run).toMatch(/::notice title=Unsigned Windows build::/);
    expect(signing.run?.match(/CSC_IDENTITY_AUTO_DISCOVERY=false/g)).toHaveLength(2);
    const dist = step(build, /^Build the installers$/);
    for (const secret of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'WIN_CSC_LINK',
      'WIN_CSC_KEY_PASSWORD',
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
    ]) {
      expect(dist.env?.[secret]).toBe(`\${{ secrets.${secret} }}`);
    }
  });

  it('uploads installers and update files, then publishes them once to the tag’s release', () => {
    const keep = step(build, /Keep the installers/);
    expect(keep.uses).toBe('actions/upload-artifact@v4');
    expect(keep.with?.['name']).toBe('installers-${{ matrix.os }}-${{ matrix.arch }}');
    expect(String(keep.with?.['path']).split('\n').filter(Boolean)).toEqual(['dist/shpalta-*', 'dist/latest*.yml']);
    expect(keep.with?.['if-no-files-found']).toBe('error');

    const download = publish.steps.find((s) => s.uses === 'actions/download-artifact@v4');
    expect(download?.with).toMatchObject({ pattern: 'installers-*', path: 'artifacts' });
    expect(step(publish, /Gather/).run).toBe('node scripts/merge-update-metadata.mjs artifacts release');
    const upload = step(publish, /GitHub release/);
    expect(upload.env).toEqual({ GH_TOKEN: '${{ github.token }}' });
    expect(upload.run).toContain('gh release create "$GITHUB_REF_NAME" --verify-tag');
    expect(upload.run).toContain('gh release upload "$GITHUB_REF_NAME" release/* --clobber');
  });
});

describe('the test WordPress on GitHub’s Linux runners', () => {
  const ci = load(read('.github/workflows/ci.yml')) as Workflow;
  it.each([
    ['ci.yml', ci.jobs['test'] as Job],
    ['release.yml', build],
  ])('%s installs the packages scripts/ lists and requires the WordPress tests', (_, job) => {
    const prepare = step(job, /Prepare Linux/);
    expect(prepare.if).toBe("runner.os == 'Linux'");
    expect(prepare.run).toContain("import('./scripts/wordpress-tools.mjs')");
    expect(prepare.run).toMatch(/sudo apt-get install -y --no-install-recommends \$packages/);
    expect(prepare.run).toContain('SHPALTA_WORDPRESS=required');
  });
});
