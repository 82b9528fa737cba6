/** The site's address ending in `/`, or null for anything but an http(s) address without a login in it. */
export function siteBase(siteUrl: string): URL | null {
  let url: URL;
  try {
    url = new URL(siteUrl.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname || url.username || url.password)
    return null;
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url;
}

/** The site as messages name it: its host, never a login or password someone typed into the address. */
export function siteName(siteUrl: string): string {
  const raw = siteUrl.trim();
  try {
    const { host } = new URL(raw);
    if (host) return host;
  } catch {
    // not an address: read it by hand below
  }
  // What looks like its host part, without a scheme, a path or anything before an `@`.
  const authority = raw.replace(/^[a-z][a-z0-9+.-]*:(\/\/)?/i, '').split(/[/?#]/)[0] ?? '';
  return authority.slice(authority.lastIndexOf('@') + 1);
}

/** This computer's own address: plain http to it never crosses a network. */
export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}
