import { createHash } from 'node:crypto';
import { SITE_STYLES } from '../../shared/site/site-styles';

/**
 * The site page's own stylesheet, by its hash: the page preview is a sandboxed srcdoc frame, which keeps the
 * app's policy, and this one inline <style> (exactly this text) is the only inline style that policy allows.
 */
export const SITE_STYLES_HASH = `'sha256-${createHash('sha256').update(SITE_STYLES, 'utf8').digest('base64')}'`;

/**
 * The page's Content-Security-Policy: no inline script, no eval, nothing from other origins.
 * Shared by the browser-mode host (as a header) and the Electron window (through the session).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the spellcheck worker compile hunspell's WebAssembly; it allows no eval() and no
  // inline script ('unsafe-eval' would). Workers fall back to script-src, so they too come only from 'self'.
  "script-src 'self' 'wasm-unsafe-eval'",
  `style-src 'self' ${SITE_STYLES_HASH}`,
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
