import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test as base } from '@playwright/test';

export interface BrowserModeApp {
  /** The sign-in address `npm run serve` printed: a one-time code, good for one page.goto. */
  url: string;
  /** The clean address the sign-in leads to. */
  origin: string;
  /** The host's process id, to see what it does (its CPU time in /proc on Linux); a restart changes it. */
  readonly pid: number;
  libraryPath: string;
  userDataDir: string;
  output(): string;
  /** Stops the host process (SIGTERM), as Ctrl+C would; the library and settings stay. */
  stopHost(): Promise<void>;
  /** Starts a new host process on the same port, library and user-data folder. */
  startHost(): Promise<void>;
  /**
   * Starts another host on the same library with a user-data folder of its own: another person's computer
   * on a shared folder (their own settings, role and index). Stopped with the app.
   */
  startSecondHost(): Promise<SecondHost>;
}

/** A second host on the app's library: its own sign-in address and settings folder. */
export interface SecondHost {
  url: string;
  origin: string;
  userDataDir: string;
}

const SERVER = path.resolve('out/web/serve.mjs');
const LOGIN_LINE = /(?:Відкрийте|Open): (http:\/\/127\.0\.0\.1:(\d+)\/login\?code=\S+)/;

interface HostProcess {
  child: ChildProcess;
  url: string;
  port: string;
}

function spawnHost(libraryPath: string, userDataDir: string, port: string, log: (text: string) => void) {
  const child: ChildProcess = spawn(
    process.execPath,
    [SERVER, '--port', port, '--library', libraryPath, '--user-data', userDataDir, '--no-open'],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, CI: '1' } },
  );
  let output = '';
  return new Promise<HostProcess>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 15_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      log(chunk.toString());
      const match = LOGIN_LINE.exec(output);
      if (match?.[1] && match[2]) {
        clearTimeout(timer);
        resolve({ child, url: match[1], port: match[2] });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
}

async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** Starts the production browser-mode host (out/web/serve.mjs) on a fresh library and settings folder. */
export async function startBrowserMode(): Promise<BrowserModeApp & { stop(): Promise<void> }> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'shpalta-e2e-'));
  const libraryPath = path.join(root, 'Шпальта');
  const userDataDir = path.join(root, 'user-data');
  let output = '';
  const log = (text: string) => (output += text);
  let host = await spawnHost(libraryPath, userDataDir, '0', log);
  const { port } = host;
  const others: ChildProcess[] = [];
  return {
    url: host.url,
    origin: new URL(host.url).origin,
    get pid() {
      return host.child.pid ?? 0;
    },
    libraryPath,
    userDataDir,
    output: () => output,
    stopHost: () => stopProcess(host.child),
    startHost: async () => {
      host = await spawnHost(libraryPath, userDataDir, port, log);
    },
    startSecondHost: async () => {
      const otherData = path.join(root, `user-data-${others.length + 2}`);
      const other = await spawnHost(libraryPath, otherData, '0', log);
      others.push(other.child);
      return { url: other.url, origin: new URL(other.url).origin, userDataDir: otherData };
    },
    stop: async () => {
      await Promise.all(others.map(stopProcess));
      await stopProcess(host.child);
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
