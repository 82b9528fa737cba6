import { describe, expect, it } from 'vitest';
import {
  canInstallWithApt,
  chromiumCandidates,
  ensureChromium,
  findChromium,
  NO_CHROMIUM,
  type Machine,
  type RunOptions,
} from '../../scripts/chromium.mjs';

const PLAYWRIGHTS = '/home/ada/.cache/ms-playwright/chromium-1255/chrome-linux64/chrome';

/**
 * A machine made of a set of executable files: nothing here looks at this computer. Each command run is
 * recorded; `installs` says which files a command leaves behind (a run that installs nothing fails).
 */
function fakeMachine(
  options: {
    files?: string[];
    env?: Record<string, string | undefined>;
    uid?: number;
    installs?: Record<string, string[]>;
  } = {},
) {
  const files = new Set(options.files ?? []);
  const ran: { command: string; args: string[]; options: RunOptions }[] = [];
  const lines: string[] = [];
  const machine: Machine = {
    env: { PATH: '/usr/local/bin:/usr/bin', ...options.env },
    isExecutable: (file) => files.has(file),
    playwrightChromium: () => PLAYWRIGHTS,
    run: (command, args, runOptions) => {
      ran.push({ command, args, options: runOptions });
      const made = options.installs?.[args.includes('install') ? `${command} install` : command] ?? [];
      for (const file of made) files.add(file);
      return made.length > 0 || args[0] === 'update';
    },
    platform: 'linux',
    uid: options.uid ?? 0,
    log: { log: (line: string) => lines.push(line), error: (line: string) => lines.push(`error: ${line}`) },
  };
  return { machine, ran, lines, commands: () => ran.map((r) => `${r.command} ${r.args.join(' ')}`) };
}

describe('chromiumCandidates', () => {
  it('looks on PATH for the system browser first, then at Playwright’s own', () => {
    const { machine } = fakeMachine({ env: { PATH: '/opt/bin' } });
    expect(chromiumCandidates(machine)).toEqual([
      '/opt/bin/chromium',
      '/opt/bin/chromium-browser',
      '/opt/bin/google-chrome',
      PLAYWRIGHTS,
    ]);
  });

  it('takes CHROMIUM_PATH alone when it is set', () => {
    const { machine } = fakeMachine({ env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(chromiumCandidates(machine)).toEqual(['/opt/chrome/chrome']);
  });

  it('has no system candidate without a PATH', () => {
    const { machine } = fakeMachine({ env: { PATH: '' } });
    expect(chromiumCandidates(machine)).toEqual([PLAYWRIGHTS]);
  });
});

describe('findChromium', () => {
  it('takes the first candidate that is executable', () => {
    const { machine } = fakeMachine({ files: ['/usr/bin/chromium-browser', PLAYWRIGHTS] });
    expect(findChromium(machine)).toBe('/usr/bin/chromium-browser');
  });

  it('finds Playwright’s browser where there is no system one', () => {
    expect(findChromium(fakeMachine({ files: [PLAYWRIGHTS] }).machine)).toBe(PLAYWRIGHTS);
  });

  it('does not look past a CHROMIUM_PATH that is missing', () => {
    const { machine } = fakeMachine({ files: ['/usr/bin/chromium'], env: { CHROMIUM_PATH: '/opt/missing' } });
    expect(findChromium(machine)).toBeNull();
  });
});

describe('canInstallWithApt', () => {
  it('only as root on Linux with apt-get on PATH', () => {
    expect(canInstallWithApt(fakeMachine({ files: ['/usr/bin/apt-get'] }).machine)).toBe(true);
    expect(canInstallWithApt(fakeMachine({ files: ['/usr/bin/apt-get'], uid: 1000 }).machine)).toBe(false);
    expect(canInstallWithApt(fakeMachine().machine)).toBe(false);
    const mac = fakeMachine({ files: ['/usr/bin/apt-get'] }).machine;
    expect(canInstallWithApt({ ...mac, platform: 'darwin' })).toBe(false);
  });
});

describe('ensureChromium', () => {
  it('returns a browser that is there without running anything', () => {
    const fake = fakeMachine({ files: ['/usr/bin/chromium', '/usr/bin/apt-get'] });
    expect(ensureChromium(fake.machine)).toBe('/usr/bin/chromium');
    expect(fake.ran).toEqual([]);
    expect(fake.lines).toEqual([]);
  });

  it('installs Debian’s chromium with apt-get where it can', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], installs: { 'apt-get install': ['/usr/bin/chromium'] } });
    expect(ensureChromium(fake.machine)).toBe('/usr/bin/chromium');
    expect(fake.commands()).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core',
    ]);
    expect(fake.ran[1]?.options.env.DEBIAN_FRONTEND).toBe('noninteractive');
  });

  it('falls through to Playwright’s download when apt-get fails, with a short connection timeout', () => {
    const fake = fakeMachine({
      files: ['/usr/bin/apt-get'],
      installs: { [`${process.execPath} install`]: [PLAYWRIGHTS] },
    });
    expect(ensureChromium(fake.machine)).toBe(PLAYWRIGHTS);
    const download = fake.ran.at(-1);
    expect(download?.args.slice(-2)).toEqual(['install', 'chromium']);
    expect(download?.options).toMatchObject({ quiet: true, env: { PLAYWRIGHT_DOWNLOAD_CONNECTION_TIMEOUT: '10000' } });
  });

  it('without root tries only the download', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], uid: 1000 });
    expect(ensureChromium(fake.machine)).toBeNull();
    expect(fake.ran.map((r) => r.args.slice(-2).join(' '))).toEqual(['install chromium']);
  });

  it('stops with one line saying what to run when nothing works', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'] });
    expect(ensureChromium(fake.machine)).toBeNull();
    const errors = fake.lines.filter((line) => line.startsWith('error: '));
    expect(errors).toEqual([`error: ${NO_CHROMIUM}`]);
    expect(NO_CHROMIUM).not.toContain('\n');
    expect(NO_CHROMIUM).toContain('apt-get install chromium');
    expect(NO_CHROMIUM).toContain('npx playwright install chromium');
    expect(NO_CHROMIUM).toContain('CHROMIUM_PATH');
  });

  it('installs nothing when CHROMIUM_PATH names a missing file, and says so', () => {
    const fake = fakeMachine({ files: ['/usr/bin/apt-get'], env: { CHROMIUM_PATH: '/opt/missing' } });
    expect(ensureChromium(fake.machine)).toBeNull();
    expect(fake.ran).toEqual([]);
    expect(fake.lines).toHaveLength(1);
    expect(fake.lines[0]).toContain('CHROMIUM_PATH=/opt/missing');
  });
});
