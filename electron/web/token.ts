import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per run: the page gets it in the URL the host prints, nobody else knows it. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokensMatch(expected: string, given: string | null | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
