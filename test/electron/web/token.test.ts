import { describe, expect, it } from 'vitest';
import { newToken, tokensMatch } from '../../../electron/web/token';

describe('per-run token', () => {
  it('is long, URL-safe and new every time', () => {
    const tokens = Array.from({ length: 20 }, newToken);
    for (const token of tokens) expect(token).toMatch(/^[A-Za-z0-9_-]{32,}$/);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('matches only the exact token', () => {
    const token = newToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(tokensMatch(token, token.slice(1))).toBe(false);
    expect(tokensMatch(token, token.toUpperCase() === token ? token.toLowerCase() : token.toUpperCase())).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
    expect(tokensMatch(token, null)).toBe(false);
    expect(tokensMatch(token, undefined)).toBe(false);
  });
});
