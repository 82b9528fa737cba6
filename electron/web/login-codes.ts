import { newToken, tokensMatch } from './token';

/** How long a printed sign-in address works: long enough to copy it into a browser, no longer. */
export const LOGIN_CODE_TTL_MS = 5 * 60_000;

export interface LoginCodes {
  /** A fresh code for the sign-in address; earlier codes keep working until used or expired. */
  issue(): string;
  /** True once for a live code; a used, expired or unknown code is false, and used is used up. */
  redeem(code: string | null): boolean;
}

/**
 * One-time codes for the sign-in address `npm run serve` prints and opens. Unlike the session secret
 * they may pass through a command line or a browser's history: by then they are spent or expired.
 */
export function createLoginCodes(ttlMs = LOGIN_CODE_TTL_MS, now: () => number = Date.now): LoginCodes {
  const expiries = new Map<string, number>();
  const forgetExpired = () => {
    for (const [code, expiry] of expiries) if (expiry <= now()) expiries.delete(code);
  };
  return {
    issue() {
      forgetExpired();
      const code = newToken();
      expiries.set(code, now() + ttlMs);
      return code;
    },
    redeem(given) {
      forgetExpired();
      for (const code of expiries.keys()) {
        if (tokensMatch(code, given)) {
          expiries.delete(code);
          return true;
        }
      }
      return false;
    },
  };
}
