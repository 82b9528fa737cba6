import { describe, expect, it } from 'vitest';
import { nextEvent, whenReady } from '../../bench/bus-signal';
import { EventBus } from '../../electron/services/api/event-bus';

describe('waiting for the app to say something', () => {
  it('checks at once, then on each named event, and resolves once the check holds', async () => {
    const bus = new EventBus();
    let listed = false;
    let checks = 0;
    const ready = whenReady(
      bus,
      ['library.changed'],
      async () => {
        checks += 1;
        return listed;
      },
      'the article',
    );
    await Promise.resolve();
    expect(checks).toBe(1);
    bus.emit('outlet.changed', { hash: null });
    expect(checks).toBe(1);
    bus.emit('library.changed', {});
    await Promise.resolve();
    expect(checks).toBe(2);
    listed = true;
    const emittedAt = performance.now();
    bus.emit('library.changed', {});
    expect(await ready).toBeGreaterThanOrEqual(emittedAt);
  });

  it('checks once more for an event that came during a check, never two checks at once', async () => {
    const bus = new EventBus();
    let running = 0;
    let most = 0;
    let checks = 0;
    const ready = whenReady(
      bus,
      ['library.changed'],
      async () => {
        running += 1;
        most = Math.max(most, running);
        checks += 1;
        await new Promise((resolve) => setImmediate(resolve));
        running -= 1;
        return checks === 2;
      },
      'the article',
    );
    bus.emit('library.changed', {});
    bus.emit('library.changed', {});
    await ready;
    expect(most).toBe(1);
    expect(checks).toBe(2);
  });

  it('gives up with what it waited for', async () => {
    const bus = new EventBus();
    await expect(whenReady(bus, ['library.changed'], async () => false, 'never listed', 20)).rejects.toThrow(
      'never listed: nothing after 0.02 s',
    );
  });

  it('resolves at the next event of that name only', async () => {
    const bus = new EventBus();
    let heard = false;
    const next = nextEvent(bus, 'library.changed').then(() => {
      heard = true;
    });
    bus.emit('outlet.changed', { hash: null });
    await Promise.resolve();
    expect(heard).toBe(false);
    bus.emit('library.changed', {});
    await next;
    expect(heard).toBe(true);
  });
});
