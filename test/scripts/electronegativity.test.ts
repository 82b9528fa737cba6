import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../fixtures/temp-dir';

const repo = path.resolve(import.meta.dirname, '../..');
const SCRIPT = path.join(repo, 'scripts', 'electronegativity.mjs');
const PROJECT_CONFIG = path.join(repo, 'scripts', 'electronegativity.json');

/** A main process as the Electron docs warn against: Node in the page, no isolation, no web security. */
const HOSTILE_MAIN = `import { app, BrowserWindow } from 'electron';

app.whenReady().then(() => {
  const window = new BrowserWindow({
    webPreferences: { nodeIntegration: true, contextIsolation: false, webSecurity: false },
  });
  window.loadURL('https://example.com/');
});
`;

/**
 * Any socket the child opens (or any name it looks up) is refused and written down: electronegativity's own
 * translations and releases lookups included, so a run that tries the network shows here, and never waits.
 */
const NO_NETWORK = `const fs = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const log = process.env.NETWORK_LOG;
const refuse = (what) => { fs.appendFileSync(log, what + '\\n'); throw new Error('no network in this test: ' + what); };
net.Socket.prototype.connect = function (...args) { refuse('connect ' + JSON.stringify(args[0])); };
dns.lookup = (host) => refuse('lookup ' + host);
`;

interface Run {
  status: number | null;
  output: string;
  network: string;
  ms: number;
}

describe('scripts/electronegativity.mjs', () => {
  const tempDir = useTempDirs('shpalta-electronegativity-');

  async function runScript(args: string[]): Promise<Run> {
    const dir = await tempDir();
    const preload = path.join(dir, 'no-network.cjs');
    const log = path.join(dir, 'network.log');
    await writeFile(preload, NO_NETWORK);
    await writeFile(log, '');
    const started = performance.now();
    const child = spawnSync(process.execPath, ['--require', preload, SCRIPT, ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, NETWORK_LOG: log },
      timeout: 60_000,
    });
    return {
      status: child.status,
      output: `${child.stdout}${child.stderr}`,
      network: await readFile(log, 'utf8'),
      ms: performance.now() - started,
    };
  }

  /** The project's rules (strict and disabled checks), none of its accepted findings. */
  async function hostileApp(config: object): Promise<string[]> {
    const { strictChecks, disabledChecks } = JSON.parse(await readFile(PROJECT_CONFIG, 'utf8')) as object & {
      strictChecks: unknown;
      disabledChecks: unknown;
    };
    const dir = await tempDir();
    await mkdir(path.join(dir, 'main'));
    await writeFile(path.join(dir, 'main', 'index.ts'), HOSTILE_MAIN);
    const file = path.join(dir, 'config.json');
    await writeFile(file, JSON.stringify({ input: dir, strictChecks, disabledChecks, ...config }));
    return ['--config', file];
  }

  it("passes on the app's own main process, offline and quickly", async () => {
    const run = await runScript([]);
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('no finding of medium severity or higher');
    expect(run.network).toBe('');
    expect(run.output).not.toContain("Fetching Electron's new releases");
    expect(run.ms).toBeLessThan(30_000);
  });

  it('fails on a window with Node in the page, no context isolation and no web security', async () => {
    const run = await runScript(await hostileApp({}));
    expect(run.status, run.output).toBe(1);
    for (const check of ['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK', 'WEB_SECURITY_JS_CHECK']) {
      expect(run.output).toMatch(new RegExp(`FINDING {3}${check} \\w+/\\w+ main/index\\.ts:\\d+`));
    }
    expect(run.output).not.toContain("Fetching Electron's new releases");
    expect(run.network).toBe('');
  });

  it('an accepted finding passes only with its reason, and the others still fail', async () => {
    const reason = 'A test of the acceptance list.';
    const run = await runScript(
      await hostileApp({
        acceptedFindings: [
          { id: 'NODE_INTEGRATION_JS_CHECK', file: 'main/index.ts', reason },
          { id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.ts', reason },
        ],
      }),
    );
    expect(run.status, run.output).toBe(1);
    expect(run.output).toMatch(/accepted {2}NODE_INTEGRATION_JS_CHECK/);
    expect(run.output).not.toMatch(/FINDING {3}(NODE_INTEGRATION|CONTEXT_ISOLATION)_JS_CHECK/);
    expect(run.output).toMatch(/FINDING {3}WEB_SECURITY_JS_CHECK/);
  });

  it('fails on an accepted finding that no longer occurs, so the list stays exact', async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, 'safe.ts'), 'export const answer = 42;\n');
    const config = path.join(dir, 'config.json');
    await writeFile(
      config,
      JSON.stringify({ input: dir, acceptedFindings: [{ id: 'SANDBOX_JS_CHECK', file: 'gone.ts', reason: 'old' }] }),
    );
    const run = await runScript(['--config', config]);
    expect(run.status, run.output).toBe(1);
    expect(run.output).toContain(
      'accepted but not found any more (remove it from the config): SANDBOX_JS_CHECK gone.ts',
    );
  });
});
