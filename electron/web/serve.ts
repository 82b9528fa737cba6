import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTranslator } from '../../shared/i18n/translate';
import { defaultSettings } from '../../shared/settings/schema';
import { createAppServices } from '../services/app-services';
import type { TargetEndpoints } from '../services/publishing/configured-targets';
import { openConfStore } from '../services/settings/conf-store';
import { defaultLibraryPath, defaultUserDataDir, settingsFilePath } from '../services/settings/paths';
import { logUnhandledRejections } from '../services/unhandled-rejections';
import { SettingsService } from '../services/settings/settings-service';
import { libraryMediaReader } from '../host/media-route';
import { parseServeOptions, SERVE_USAGE, UsageError } from './serve-options';
import { openCommand, writeLaunchPage } from './browser-launch';
import { loadSessionSecret } from './session-secret';
import { readRememberedPort, rememberPort, startOnPreferredPort } from './remembered-port';
import { startWebHost, type WebHost } from './web-host';

declare const __APP_VERSION__: string;

/** `npm run serve`: the whole app in a browser, served on 127.0.0.1 to whoever signs in with the printed address. */
async function main(): Promise<void> {
  logUnhandledRejections();
  const options = parseServeOptions(process.argv.slice(2), process.env);
  const userDataDir = path.resolve(options.userDataDir ?? defaultUserDataDir());
  const settings = new SettingsService({
    filePath: settingsFilePath(userDataDir),
    defaults: defaultSettings(defaultLibraryPath()),
    openStore: (defaults) => openConfStore(userDataDir, defaults),
  });
  if (settings.recovery) {
    // The same notice the page shows, in the language of the (now default) settings.
    const { reason, backupPath } = settings.recovery;
    const t = createTranslator(settings.get().uiLanguage);
    console.warn(t('notice.settingsRecovered', { reason, path: backupPath }));
  }
  if (options.libraryPath) settings.update({ libraryPath: path.resolve(options.libraryPath) });

  const services = createAppServices({
    settings,
    host: 'browser',
    version: __APP_VERSION__,
    userDataDir,
    ...newsroomFetchInterval(process.env),
    ...publishingEndpoints(process.env),
  });
  await services.start();
  // The terminal speaks the UI language of the settings, as the page does.
  const words = () => createTranslator(settings.get().uiLanguage);
  const token = await loadSessionSecret(userDataDir);
  // Without --port: the port of the last run, so tabs left open reconnect (a free one if it is taken).
  const preferredPort = options.port || ((await readRememberedPort(userDataDir)) ?? 0);
  const host: WebHost = await startOnPreferredPort(preferredPort, (port) =>
    startWebHost({
      handlers: services.handlers,
      bus: services.bus,
      token,
      rendererDir: fileURLToPath(new URL('../renderer', import.meta.url)),
      media: libraryMediaReader(() => settings.get().libraryPath),
      port,
      onStaleLogin: () => console.log(words()('serve.staleLogin', { url: host.loginUrl() })),
      onViewGone: (view) => services.views.leave(view),
      onViewStream: (view) => services.views.remind(view),
    }),
  );
  await rememberPort(userDataDir, host.port);

  const t = words();
  console.log(t('serve.running'));
  console.log(t('serve.library', { path: settings.get().libraryPath }));
  console.log(t('serve.open', { url: host.loginUrl() }));
  console.log(t('serve.addressOnce'));
  console.log(t('serve.stop'));
  if (options.open) openInBrowser(await writeLaunchPage(userDataDir, host.loginUrl()));

  const stop = () => {
    services.dispose();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Opens the launch page, never the address itself: its code would sit on a command line. */
function openInBrowser(launchPage: string): void {
  const [command, args] = openCommand(process.platform, launchPage);
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => undefined); // no desktop browser here: the printed address is enough
  child.unref();
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    if (error.message) console.error(error.message);
    console.error(SERVE_USAGE);
    process.exit(2);
  }
  const reason = error instanceof Error ? error.message : String(error);
  console.error(createTranslator('uk')('serve.failed', { reason }));
  process.exit(1);
});

/** `SHPALTA_NEWSROOM_FETCH_MS`: how often a newsroom library asks its server (tests and benchmarks ask every second). */
function newsroomFetchInterval(env: NodeJS.ProcessEnv): { newsroomFetchEveryMs?: number } {
  const ms = Number(env.SHPALTA_NEWSROOM_FETCH_MS);
  return Number.isInteger(ms) && ms >= 200 ? { newsroomFetchEveryMs: ms } : {};
}

/**
 * `SHPALTA_TELEGRAM_API`: a Bot API server to publish through instead of Telegram's (the tests' loopback one);
 * `SHPALTA_TELEGRAM_OWN_POSTS=1` says that server tells the bot of its own channel posts, as Telegram does not.
 */
function publishingEndpoints(env: NodeJS.ProcessEnv): { publishingEndpoints?: TargetEndpoints } {
  const telegramApi = env.SHPALTA_TELEGRAM_API;
  if (!telegramApi) return {};
  return { publishingEndpoints: { telegramApi, telegramOwnPostsInUpdates: env.SHPALTA_TELEGRAM_OWN_POSTS === '1' } };
}
