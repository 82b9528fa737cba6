// Starts an installed Шпальта the way a person does, and drives its window over the Chrome DevTools Protocol.
// Playwright's _electron.launch cannot be used here: it needs Node's --inspect, which the packaged app's
// EnableNodeCliInspectArguments fuse turns off (Playwright documents this). Chromium's --remote-debugging-port
// is not a Node switch, so it still works and reaches the page, which is all this test needs.
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser, type Page } from '@playwright/test';

export interface RunningApp {
  process: ChildProcess;
  browser: Browser;
  page: Page;
}

/** Resolves with the DevTools address Chromium prints on stderr, or rejects if the process ends first. */
function devToolsAddress(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(
      () => reject(new Error(`No DevTools address within ${timeoutMs} ms:\n${seen}`)),
      timeoutMs,
    );
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      seen += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`The app ended before it could be driven (code ${code}, signal ${signal}):\n${seen}`));
    });
  });
}

/** Launches the installed executable with its own profile and returns its first app:// window. */
export async function launchInstalled(
  executable: string,
  userData: string,
  env: NodeJS.ProcessEnv,
): Promise<RunningApp> {
  const child = spawn(executable, ['--remote-debugging-port=0', `--user-data-dir=${userData}`], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const browser = await chromium.connectOverCDP(await devToolsAddress(child, 60_000));
  const context = browser.contexts()[0] ?? (await browser.newContext());
  const isApp = (page: Page) => page.url().startsWith('app://shpalta/');
  const page =
    context.pages().find(isApp) ?? (await context.waitForEvent('page', { predicate: isApp, timeout: 60_000 }));
  return { process: child, browser, page };
}

export interface Ending {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/**
 * Quits as a person would and waits for the process to end: closing the last window quits on Windows and
 * Linux; on macOS the app stays without windows, so it gets SIGTERM, which Electron answers by quitting.
 */
export async function quitInstalled(app: RunningApp): Promise<Ending> {
  const ended = new Promise<Ending>((resolve) => app.process.once('exit', (code, signal) => resolve({ code, signal })));
  if (process.platform === 'darwin') app.process.kill('SIGTERM');
  else await app.page.close({ runBeforeUnload: true });
  const ending = await Promise.race([
    ended,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000)),
  ]);
  await app.browser.close().catch(() => undefined);
  if (ending === 'timeout') {
    app.process.kill('SIGKILL');
    throw new Error('The installed app did not quit within 30 s');
  }
  return ending;
}

/** A quit, not a crash: exit code 0, or on macOS the SIGTERM it was asked to quit by. */
export function quitCleanly(ending: Ending): boolean {
  if (ending.code === 0) return true;
  return process.platform === 'darwin' && ending.signal === 'SIGTERM';
}
