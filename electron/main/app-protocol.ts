import { protocol } from 'electron';
import type { MediaReader } from '../host/media-route';
import { APP_SCHEME } from './app-url';
import { createMediaHandler } from './media-handler';
import { createRendererHandler } from './renderer-handler';

/**
 * Must run before the app is ready. `standard` gives the scheme an origin and relative URLs,
 * `secure` makes it a secure context, `supportFetchAPI` lets the page fetch its own assets,
 * `codeCache` lets V8 cache the compiled bundle between starts. No `bypassCSP` (the page's CSP
 * header applies in full) and no `corsEnabled` (other origins cannot read our files).
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves out/renderer on app://shpalta/, and the articles' images on app://shpalta/media/, for the default session. */
export function serveRenderer(rendererDir: string, media?: MediaReader): void {
  const renderer = createRendererHandler(rendererDir);
  const images = media ? createMediaHandler(media) : null;
  protocol.handle(APP_SCHEME, async (request) => (images && (await images(request))) ?? renderer(request));
}
