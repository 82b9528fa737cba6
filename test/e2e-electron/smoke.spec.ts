import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../../scripts/electron-binary.mjs';

// The real app in the real Electron: runs on CI runners, where the binary can be downloaded.
// Never loads the `electron` package (that would start a download); the executable is found on disk.
const root = fileURLToPath(new URL('../../', import.meta.url));
const binary = findElectronBinary();

test.skip(
  !binary,
  'Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD); the smoke test runs on GitHub Actions',
);
// Native modules (better-sqlite3) are built for Node during `npm test`; CI rebuilds them for Electron and
// runs this test in a step of its own.
test.skip(
  process.env.SHPALTA_ELECTRON_SMOKE === 'separate-step',
  'runs in its own CI step, after native modules are rebuilt for Electron',
);

/** The environment of this process, minus the switch that would make Electron run as plain Node. */
function inheritedEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
  }
  return env;
}

test.describe('Electron smoke', () => {
  let sandbox: string;
  let app: ElectronApplication;

  test.beforeEach(async () => {
    // A throw-away profile, home and library: the test never touches the real user's files.
    sandbox = await mkdtemp(path.join(os.tmpdir(), 'shpalta-electron-'));
    const userData = path.join(sandbox, 'user-data');
    const home = path.join(sandbox, 'home');
    await mkdir(userData, { recursive: true });
    await mkdir(path.join(home, 'Documents'), { recursive: true });
    await writeFile(
      path.join(userData, 'settings.json'),
      JSON.stringify({ libraryPath: path.join(sandbox, 'library') }),
      'utf8',
    );
    app = await electron.launch({
      executablePath: binary as string,
      args: [root, `--user-data-dir=${userData}`],
      cwd: root,
      env: {
        ...inheritedEnv(),
        HOME: home,
        USERPROFILE: home,
        APPDATA: path.join(home, 'AppData', 'Roaming'),
        LOCALAPPDATA: path.join(home, 'AppData', 'Local'),
        XDG_CONFIG_HOME: path.join(home, '.config'),
        XDG_DATA_HOME: path.join(home, '.local', 'share'),
        XDG_CACHE_HOME: path.join(home, '.cache'),
        // With HOME moved, X11 would look for its cookie in the wrong place (xvfb-run sets its own).
        XAUTHORITY: process.env.XAUTHORITY ?? path.join(os.homedir(), '.Xauthority'),
      },
      timeout: 60_000,
    });
  });

  test.afterEach(async () => {
    await app?.close();
    await rm(sandbox, { recursive: true, force: true });
  });

  test('opens the Шпальта window and creates an article', async () => {
    test.setTimeout(90_000);
    const page = await app.firstWindow();

    await expect(page).toHaveTitle('Шпальта');
    expect(page.url()).toMatch(/^app:\/\/shpalta\//);
    const windowTitle = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle());
    expect(windowTitle).toBe('Шпальта');

    // The page is isolated: no Node, only the bridge; the bridge answers through envelopes.
    const bridge = await page.evaluate(async () => {
      const api = (globalThis as unknown as Record<string, unknown>)['shpalta'] as {
        invokeRaw(method: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;
      };
      return {
        require: typeof (globalThis as unknown as Record<string, unknown>)['require'],
        process: typeof (globalThis as unknown as Record<string, unknown>)['process'],
        info: await api.invokeRaw('app.info', {}),
        unknown: await api.invokeRaw('fs.readFile', {}),
      };
    });
    expect(bridge.require).toBe('undefined');
    expect(bridge.process).toBe('undefined');
    expect(bridge.info).toMatchObject({ ok: true, value: { name: 'Шпальта', host: 'electron' } });
    expect(bridge.unknown).toMatchObject({ ok: false, error: { code: 'unknown-method' } });

    await page.getByRole('button', { name: 'Нова стаття' }).first().click();
    const headline = page.getByRole('textbox', { name: 'Заголовок' }).or(page.getByPlaceholder('Заголовок')).first();
    await expect(headline).toBeVisible();
    const text = await headline.evaluate((element) =>
      'value' in element ? String((element as HTMLInputElement).value) : (element.textContent ?? ''),
    );
    expect(text.trim()).toBe('');
  });
});
