import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MEDIA_CSP } from '../../../electron/host/media-route';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../electron/host/security-headers';
import { SITE_STYLES } from '../../../shared/site/site-styles';

/** The policy as a browser reads it: directive name → its sources. */
function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(parsed.has(name), `${name} given twice (a browser keeps the first)`).toBe(false);
    parsed.set(name.toLowerCase(), sources);
  }
  return parsed;
}

const csp = directives(CONTENT_SECURITY_POLICY);
const sourcesOf = (name: string) => csp.get(name) ?? [];
/** Sources that would let in something from elsewhere, or a script that is not one of our files. */
const OPEN_SOURCES =
  /^(\*|https?:|wss?:|ftp:|filesystem:|'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|'nonce-)/;

describe('the app page’s Content-Security-Policy', () => {
  it('runs only our own script files: no inline script, no eval, no other origin', () => {
    expect(sourcesOf('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    // Workers, frames' scripts and the rest fall back to script-src or default-src: neither names another.
    expect(csp.has('worker-src')).toBe(false);
    expect(csp.has('script-src-elem')).toBe(false);
    expect(csp.has('script-src-attr')).toBe(false);
    expect(sourcesOf('default-src')).toEqual(["'self'"]);
  });

  it('connects, frames and loads images only from itself (images also from data: and blob: of the page)', () => {
    expect(sourcesOf('connect-src')).toEqual(["'self'"]);
    expect(sourcesOf('frame-src')).toEqual(["'self'"]);
    expect(sourcesOf('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(sourcesOf('font-src')).toEqual(["'self'"]);
  });

  it('allows one inline style, the site page’s own stylesheet, by its hash', () => {
    const hash = `'sha256-${createHash('sha256').update(SITE_STYLES, 'utf8').digest('base64')}'`;
    expect(sourcesOf('style-src')).toEqual(["'self'", hash]);
  });

  it('has no plugins, no <base>, no form posts and cannot be framed', () => {
    expect(sourcesOf('object-src')).toEqual(["'none'"]);
    expect(sourcesOf('base-uri')).toEqual(["'none'"]);
    expect(sourcesOf('form-action')).toEqual(["'none'"]);
    expect(sourcesOf('frame-ancestors')).toEqual(["'none'"]);
  });

  it('names no wildcard, no remote scheme and no unsafe keyword anywhere', () => {
    for (const [name, sources] of csp) {
      for (const source of sources) expect(source, `${name} ${source}`).not.toMatch(OPEN_SOURCES);
    }
  });

  it('goes with nosniff, no referrer and isolation from other windows', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
  });
});

describe('the policy of a stored image opened on its own', () => {
  it('runs nothing: default none and a sandbox with no allowances', () => {
    const media = directives(MEDIA_CSP);
    expect(media.get('default-src')).toEqual(["'none'"]);
    expect(media.get('sandbox')).toEqual([]);
    expect(media.has('script-src')).toBe(false);
  });
});
