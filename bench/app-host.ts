import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { BrowserContext, Cookie } from 'playwright-core';
import { stopChild } from './processes';

export interface AppHost {
  /** The clean address; a browser context opens it after signIn. */
  url: string;
  /** Gives a fresh context the sign-in cookie (the printed address works once, so it is opened once). */
  signIn(context: BrowserContext): Promise<void>;
  close(): Promise<void>;
}

const URL_LINE = /Відкрийте:\s*(\S+)/;
const START_TIMEOUT_MS = 30_000;

/** Starts the production browser-mode host (out/web/serve.mjs) on a free port. */
export async function startAppHost(root: string, libraryDir: string, userDataDir: string): Promise<AppHost> {
  const child = spawn(
    process.execPath,
    [
      path.join(root, 'out/web/serve.mjs'),
      '--port',
      '0',
      '--library',
      libraryDir,
      '--user-data',
      userDataDir,
      '--no-open',
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('сервер не надрукував адресу за 30 с')), START_TIMEOUT_MS);
      const onData = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        const match = URL_LINE.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.on('error', reject);
      child.on('exit', (code) => reject(new Error(`сервер завершився з кодом ${code}`)));
    });
    drain(child);
    let cookies: Cookie[] | null = null;
    return {
      url: `${new URL(url).origin}/`,
      async signIn(context) {
        if (!cookies) {
          const page = await context.newPage();
          await page.goto(url);
          cookies = await context.cookies();
          await page.close();
        } else {
          await context.addCookies(cookies);
        }
      },
      close: () => stopChild(child),
    };
  } catch (error) {
    await stopChild(child);
    throw new Error(`Не вдалося запустити out/web/serve.mjs: ${(error as Error).message}\n${output}`, { cause: error });
  }
}

/** Keeps reading the host's output so a full pipe never blocks it; errors are shown. */
function drain(child: ChildProcess): void {
  child.stdout?.resume();
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[serve] ${chunk.toString('utf8')}`));
}
