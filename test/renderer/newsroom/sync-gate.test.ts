import { describe, expect, it } from 'vitest';
import { SyncGate } from '../../../renderer/src/newsroom/sync-gate';

describe('SyncGate', () => {
  it('lets the first request through, then at most one per interval', () => {
    const gate = new SyncGate(5000);
    expect(gate.pass(1_000_000)).toBe(true);
    expect(gate.pass(1_000_001)).toBe(false);
    expect(gate.pass(1_004_999)).toBe(false);
    expect(gate.pass(1_005_000)).toBe(true);
    expect(gate.pass(1_006_000)).toBe(false);
  });

  it('a refused request does not restart the interval', () => {
    const gate = new SyncGate(5000);
    gate.pass(0);
    for (let now = 100; now < 5000; now += 700) expect(gate.pass(now)).toBe(false);
    expect(gate.pass(5000)).toBe(true);
  });
});
