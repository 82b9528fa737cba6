import { protocol } from 'electron';
import { APP_SCHEME } from './app-url';
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

/** Serves out/renderer on app://shpalta/ for the default session. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createRendererHandler(rendererDir));
}
