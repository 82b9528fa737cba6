import { describe, expect, it } from 'vitest';
import { createLoginCodes } from '../../../electron/web/login-codes';

describe('one-time sign-in codes', () => {
  it('a code works once', () => {
    const codes = createLoginCodes(60_000, () => 0);
    const code = codes.issue();
    expect(codes.redeem(code)).toBe(true);
    expect(codes.redeem(code)).toBe(false);
  });

  it('a code expires after its time, and not before', () => {
    let now = 1_000;
    const codes = createLoginCodes(60_000, () => now);
    const early = codes.issue();
    const late = codes.issue();
    now += 59_999;
    expect(codes.redeem(early)).toBe(true);
    now += 1;
    expect(codes.redeem(late)).toBe(false);
  });

  it('an unknown, empty or altered code is refused', () => {
    const codes = createLoginCodes(60_000, () => 0);
    const code = codes.issue();
    expect(codes.redeem(null)).toBe(false);
    expect(codes.redeem('')).toBe(false);
    expect(codes.redeem(`${code}x`)).toBe(false);
    expect(codes.redeem(code.slice(1))).toBe(false);
    expect(codes.redeem(code)).toBe(true);
  });
});
