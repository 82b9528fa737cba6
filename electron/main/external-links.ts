const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 8192;

/**
 * Whether a URL may be handed to the operating system (shell.openExternal). Only web pages and
 * e-mail addresses: every other scheme could start a program or open a local file.
 */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0;
  // `https://bank.example@evil.example/` reads like one site and opens another.
  return parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
}
