/**
 * The page is served from a privileged custom scheme instead of file://, so it has a real origin
 * (`app://shpalta`), the CSP's 'self' means exactly our files, and no other file on disk is reachable.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'shpalta';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for URLs of our own page: scheme, host, no credentials, no port. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string') return false;
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    // Node parses app: as a non-special scheme and keeps the host's case; Chromium lowercases it.
    parsed.host.toLowerCase() === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/** The path part of a request to our scheme, or null when the request is for anything else. */
export function appRequestPath(url: string): string | null {
  if (!isAppUrl(url)) return null;
  const parsed = parse(url);
  return parsed ? parsed.pathname || '/' : null;
}
