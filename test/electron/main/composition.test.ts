import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { METHOD_NAMES } from '../../../shared/api/contract';
import type { FakeElectronState, FakeWebContents } from './support/fake-electron';

/**
 * The composition root (electron/main/index.ts) run for real, under Node, against a recorded
 * stand-in for Electron: the bundle's `electron` import is aliased to support/fake-electron.ts.
 * It checks the wiring the unit tests cannot see: start-up order, every method registered, the
 * window, the protocol, the guards, events and menu commands reaching the page.
 */
const repo = path.resolve(import.meta.dirname, '../../..');

interface MenuItem {
  label?: string;
  submenu?: MenuItem[];
  click?: () => void;
}

describe('electron/main composition root (fake Electron)', () => {
  let sandbox: string;
  let fake: FakeElectronState;
  let contents: FakeWebContents;
  const paths = { userData: '', documents: '', switchUserData: '' };

  const invoke = (method: string, input: unknown, frameUrl = 'app://shpalta/', sender?: unknown) => {
    const handler = fake.ipcHandlers.get(`shpalta:invoke:${method}`) as (event: unknown, input: unknown) => unknown;
    return handler({ sender: sender ?? contents, senderFrame: { url: frameUrl, parent: null } }, input) as Promise<{
      ok: boolean;
      value?: Record<string, unknown>;
      error?: { code: string };
    }>;
  };

  beforeAll(async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // Inside the repository, so the bundle's external native modules (better-sqlite3) resolve from node_modules.
    await mkdir(path.join(repo, '.cache'), { recursive: true });
    sandbox = await mkdtemp(path.join(repo, '.cache', 'composition-'));
    paths.userData = path.join(sandbox, 'default-user-data');
    paths.documents = path.join(sandbox, 'Documents');
    paths.switchUserData = path.join(sandbox, 'user-data');
    const outfile = path.join(sandbox, 'out', 'main', 'index.js');
    await mkdir(path.join(sandbox, 'out', 'renderer'), { recursive: true });
    await writeFile(path.join(sandbox, 'out', 'renderer', 'index.html'), '<!doctype html><title>Шпальта</title>');

    await build({
      absWorkingDir: repo,
      entryPoints: ['electron/main/index.ts'],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'silent',
      alias: { electron: path.join(repo, 'test/electron/main/support/fake-electron.ts') },
      external: ['better-sqlite3'],
      define: { __APP_VERSION__: JSON.stringify('0.0.0-test') },
      banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    });
    // Never let the real package in: loading it would try to download the Electron binary.
    expect(await readFile(outfile, 'utf8')).not.toMatch(/node_modules[\\/]electron[\\/]index\.js/);

    (globalThis as Record<string, unknown>)['__fakeElectronConfig'] = {
      paths: { userData: paths.userData, documents: paths.documents },
      switches: { 'user-data-dir': paths.switchUserData },
    };
    await import(pathToFileURL(outfile).href);
    fake = (globalThis as Record<string, unknown>)['__fakeElectron'] as FakeElectronState;
  });

  afterAll(async () => {
    fake?.emitApp('will-quit'); // stops the library watcher
    vi.restoreAllMocks();
    await rm(sandbox, { recursive: true, force: true });
  });

  it('does the before-ready work before ready', () => {
    expect(fake.ready).toBe(false);
    expect(fake.privilegedBeforeReady).toBe(true);
    expect(fake.privileged).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
    ]);
    expect(fake.privileged?.[0]?.privileges).not.toHaveProperty('bypassCSP');
    expect(fake.sandboxEnabled).toBe(true);
    expect(fake.paths['userData']).toBe(paths.switchUserData);
    expect(fake.windows).toHaveLength(0);
  });

  it('starts: one window on app://shpalta/ with the preload, every method on IPC', async () => {
    fake.fireReady();
    await expect.poll(() => fake.windows.length).toBe(1);
    expect(fake.errorBoxes).toEqual([]);
    const window = fake.windows[0]!;
    contents = window.webContents;
    expect(window.url).toBe('app://shpalta/');
    const prefs = window.options['webPreferences'] as Record<string, unknown>;
    expect(prefs['preload']).toBe(path.join(sandbox, 'out', 'preload', 'index.cjs'));
    expect(prefs).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false, webviewTag: false });
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(METHOD_NAMES.map((m) => `shpalta:invoke:${m}`).sort());
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('keeps settings and the search index in the user-data folder and the library in Documents/Шпальта', async () => {
    const settings = await invoke('settings.get', {});
    expect(settings.value?.['libraryPath']).toBe(path.join(paths.documents, 'Шпальта'));
    expect(await readdir(paths.switchUserData)).toContain('settings.json');
    const [libraryKey, ...others] = await readdir(path.join(paths.switchUserData, 'indexes'));
    expect(others).toEqual([]);
    expect(await readdir(path.join(paths.switchUserData, 'indexes', libraryKey ?? ''))).toContain('index.sqlite');
    expect(await readdir(path.join(paths.documents, 'Шпальта'))).toContain('articles');
    expect(await readdir(path.join(paths.documents, 'Шпальта', '.shpalta'))).toEqual(['library.json']);
  });

  it('serves the renderer with the CSP', async () => {
    const handler = fake.protocolHandlers.get('app')!;
    const response = await handler(new Request('app://shpalta/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('answers the page and refuses other senders', async () => {
    await expect(invoke('app.info', {})).resolves.toMatchObject({ ok: true, value: { host: 'electron' } });
    await expect(invoke('app.info', {}, 'https://example.com/')).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    await expect(invoke('app.info', {}, 'app://shpalta/', { id: -1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });

  it('an unpackaged run has nothing to update and asks no feed', async () => {
    await expect(invoke('updates.get', {})).resolves.toMatchObject({
      ok: true,
      value: { state: { kind: 'unsupported', reason: 'development' }, currentVersion: '0.0.0-test' },
    });
    await expect(invoke('updates.check', {})).resolves.toMatchObject({
      value: { state: { kind: 'unsupported' } },
    });
  });

  it('forwards service events to the window', async () => {
    const created = await invoke('article.create', { headline: 'Перша' });
    expect(created.ok).toBe(true);
    expect(contents.sent).toContainEqual(['shpalta:event:library.changed', {}]);
  });

  it('sends menu commands to the page', () => {
    const file = (fake.menu as MenuItem[]).find((item) => item.label === 'Файл');
    file?.submenu?.find((item) => item.label === 'Нова стаття')?.click?.();
    expect(contents.sent).toContainEqual(['shpalta:command', 'new-article']);
  });

  it('words the menu in the UI language of the settings, rebuilt when it changes', async () => {
    const topLabels = () => (fake.menu as MenuItem[]).map((item) => item.label);
    expect(topLabels()).toContain('Файл');
    const english = await invoke('settings.update', { uiLanguage: 'en' });
    expect(english.ok).toBe(true);
    expect(topLabels()).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
    const file = (fake.menu as MenuItem[]).find((item) => item.label === 'File');
    file?.submenu?.find((item) => item.label === 'Save')?.click?.();
    expect(contents.sent).toContainEqual(['shpalta:command', 'save']);
    await invoke('settings.update', { uiLanguage: 'uk' });
    expect(topLabels()).toContain('Файл');
  });

  it('a service error crosses IPC as a catalogue key with its params and an English message', async () => {
    const missing = await invoke('article.get', { id: 'm3k9x2ab-00000000' });
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'not-found',
        key: 'error.article.notFound',
        message: 'Article not found: it may have been deleted or moved.',
      },
    });
  });

  it('guards navigation, new windows, webviews and permissions', async () => {
    let prevented = 0;
    const navigate = (url: string) => contents.emit('will-navigate', { url, preventDefault: () => prevented++ });
    navigate('app://shpalta/#/article');
    expect(prevented).toBe(0);
    navigate('file:///etc/passwd');
    navigate('https://example.com/news');
    expect(prevented).toBe(2);
    contents.emit('will-redirect', { url: 'https://example.com/', preventDefault: () => prevented++ });
    expect(prevented).toBe(3);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    await expect.poll(() => fake.opened).toEqual(['https://example.com/news', 'https://example.com/']);
    contents.emit('will-attach-webview', { preventDefault: () => prevented++ });
    expect(prevented).toBe(4);

    const decisions: boolean[] = [];
    (fake.sessionHandlers['request'] as (c: unknown, p: string, cb: (v: boolean) => void) => void)(
      contents,
      'media',
      (v) => decisions.push(v),
    );
    expect(decisions).toEqual([false]);
    expect((fake.sessionHandlers['check'] as () => boolean)()).toBe(false);
    expect((fake.sessionHandlers['device'] as () => boolean)()).toBe(false);
  });
});
