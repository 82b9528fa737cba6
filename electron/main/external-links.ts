const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_LENGTH = 8192;

/**
 * The URL as the operating system should get it (shell.openExternal), or null when it must not: only web
 * pages and e-mail addresses, since every other scheme could start a program or open a local file. What is
 * handed on is the parsed address, not the text that came in, so stray whitespace or control characters
 * around it never reach the OS's own URL handling.
 */
export function safeExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol === 'mailto:') return parsed.pathname.length > 0 ? parsed.href : null;
  // `https://bank.example@evil.example/` reads like one site and opens another.
  const plain = parsed.hostname.length > 0 && parsed.username === '' && parsed.password === '';
  return plain ? parsed.href : null;
}

/** Whether a URL may be handed to the operating system (see safeExternalUrl). */
export function isSafeExternalUrl(url: unknown): url is string {
  return safeExternalUrl(url) !== null;
}
