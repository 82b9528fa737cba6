import { safeLinkHref } from '../../../../../shared/security/safe-url';

export type LinkHrefProblem = 'empty' | 'unsafe' | 'invalid';

export type LinkHrefResult = { ok: true; href: string } | { ok: false; problem: LinkHrefProblem };

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const EMAIL = /^[^\s@/:]+@[^\s@/:]+\.[^\s@/:]+$/;
const PHONE = /^\+?[\d\s()-]{7,}$/;
/** A host with a dot (or localhost), maybe protocol-relative: `example.com/…`, `//cdn.example.com`, `localhost:3000`. */
const BARE_HOST = /^(?:\/\/)?(?:[^\s/?#]+\.[^\s/?#]+|localhost(?::\d+)?(?:[/?#]|$))/i;

/**
 * What the journalist typed into the link field, as the address to store. A bare address gets https://
 * (`example.com` → `https://example.com/`), an e-mail mailto:, a phone number tel:. Everything then goes
 * through safeLinkHref, the project's one scheme allowlist; `javascript:` and friends are refused by name.
 */
export function linkHrefFromInput(input: string): LinkHrefResult {
  const value = input.trim();
  if (!value) return { ok: false, problem: 'empty' };
  // The URL parser drops tabs and newlines inside a scheme (`java\tscript:`); judge it the same way.
  const compact = [...value].filter((char) => char > ' ').join('');
  const scheme = SCHEME.exec(compact)?.[1]?.toLowerCase();
  // `example.com:8080` and `localhost:3000` are a host and a port, not a scheme.
  const isScheme = scheme !== undefined && !scheme.includes('.') && !/^\d/.test(compact.slice(scheme.length + 1));
  if (isScheme && !ALLOWED_SCHEMES.has(scheme)) return { ok: false, problem: 'unsafe' };

  let candidate = value;
  if (!isScheme) {
    if (EMAIL.test(value)) candidate = `mailto:${value}`;
    else if (PHONE.test(value)) candidate = `tel:${value.replace(/[\s()-]/g, '')}`;
    else if (BARE_HOST.test(value)) candidate = `https://${value.replace(/^\/\//, '')}`;
    else return { ok: false, problem: 'invalid' };
  }
  const href = safeLinkHref(candidate);
  return href ? { ok: true, href } : { ok: false, problem: 'invalid' };
}
