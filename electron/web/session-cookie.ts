/** How long a browser stays signed in: a working month, so closing the browser does not sign it out. */
const COOKIE_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * Cookies are not kept apart by port, so the name carries it: two hosts on one machine (another library,
 * another user-data folder) do not overwrite each other's sign-in.
 */
export function sessionCookieName(port: number): string {
  return `shpalta-session-${port}`;
}

/** HttpOnly: no script reads it; SameSite=Strict: no other site's page sends it. */
export function sessionCookieHeader(port: number, secret: string): string {
  return `${sessionCookieName(port)}=${secret}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${COOKIE_MAX_AGE_S}`;
}

/** The value of one cookie in a Cookie header, or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return null;
}
