import { promises as fsp } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ensureAppBuild } from './app-build';
import { startAppHost, type AppHost } from './app-host';
import { startBaseline } from './baseline-host';
import { launchChromium } from './chromium';
import { FIXTURE_SIZES, fixture } from './fixtures';
import { writeLibrary } from './library';
import type { StaticServer } from './static-server';

/**
 * What cases share, started on first use and torn down once at the end (also after an error):
 * the browser, the app's browser-mode host on a generated library, the baseline page, temp dirs.
 */
export class BenchContext {
  private readonly cleanups: (() => Promise<unknown>)[] = [];
  private readonly started = new Map<string, Promise<unknown>>();
  /** Set on Ctrl+C: no further cases run and no results are written. */
  interrupted = false;

  constructor(readonly root: string) {}

  /** Runs `start` once per key; later callers share its result. */
  once<T>(key: string, start: () => Promise<T>): Promise<T> {
    let promise = this.started.get(key) as Promise<T> | undefined;
    if (!promise) {
      promise = start();
      this.started.set(key, promise);
    }
    return promise;
  }

  browser(): Promise<Browser> {
    return this.once('browser', async () => {
      const browser = await launchChromium();
      this.cleanups.push(() => browser.close());
      return browser;
    });
  }

  /** The production build served by out/web/serve.mjs, on a library of the fixture articles. */
  app(): Promise<AppHost> {
    return this.once('app', async () => {
      await ensureAppBuild(this.root);
      const dir = await this.tempDir();
      const library = path.join(dir, 'library');
      await writeLibrary(
        library,
        FIXTURE_SIZES.map((size) => fixture(size)),
      );
      const host = await startAppHost(this.root, library, path.join(dir, 'user-data'));
      this.cleanups.push(() => host.close());
      return host;
    });
  }

  /** Bare TipTap on the 50,000-word fixture. */
  baseline(): Promise<StaticServer> {
    return this.once('baseline', async () => {
      const server = await startBaseline(this.root, fixture(50_000).doc);
      this.cleanups.push(() => server.close());
      return server;
    });
  }

  private tempDir(): Promise<string> {
    return this.once('temp', async () => {
      const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'shpalta-bench-'));
      this.cleanups.push(() => fsp.rm(dir, { recursive: true, force: true }));
      return dir;
    });
  }

  /** Closes everything in reverse order of starting; one failure does not stop the rest. */
  async dispose(): Promise<void> {
    while (this.cleanups.length > 0) {
      const cleanup = this.cleanups.pop();
      await cleanup?.().catch((error: unknown) => console.error('Не вдалося прибрати після бенчмарку:', error));
    }
    this.started.clear();
  }
}
