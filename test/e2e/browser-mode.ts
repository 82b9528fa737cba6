import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface BrowserModeApp {
  /** The address with its token, as `npm run serve` prints it. */
  url: string;
  origin: string;
  token: string;
  /** The host's process id, to see what it does (its CPU time in /proc on Linux). */
  pid: number;
  libraryPath: string;
  userDataDir: string;
  output(): string;
}

const SERVER = path.resolve('out/web/serve.mjs');

/** Starts the production browser-mode host (out/web/serve.mjs) on a fresh library and settings folder. */
export async function startBrowserMode(): Promise<BrowserModeApp & { stop(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shpalta-e2e-'));
  const libraryPath = path.join(root, 'Шпальта');
  const userDataDir = path.join(root, 'user-data');
  const child: ChildProcess = spawn(
    process.execPath,
    [SERVER, '--port', '0', '--library', libraryPath, '--user-data', userDataDir, '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    pid: child.pid ?? 0,
    libraryPath,
    userDataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Each test gets its own app process and library, so tests never see each other's files. */
export const test = base.extend<{ app: BrowserModeApp }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixture list from this pattern
  app: async ({}, use) => {
    const app = await startBrowserMode();
    await use(app);
    await app.stop();
  },
});

export { expect } from '@playwright/test';
