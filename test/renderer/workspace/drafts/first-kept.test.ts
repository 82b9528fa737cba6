import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstKept } from '../../../../renderer/src/workspace/drafts/first-kept';

function deferred() {
  let resolve!: (value: boolean) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<boolean>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('firstKept', () => {
  afterEach(() => vi.useRealTimers());

  it('says yes at the first way that kept the edits, without waiting for the others', async () => {
    const save = deferred();
    const draft = deferred();
    const result = firstKept([save.promise, draft.promise], 60_000);
    draft.resolve(true);
    await expect(result).resolves.toBe(true);
  });

  it('says no once every way said no or failed', async () => {
    const save = deferred();
    const draft = deferred();
    const result = firstKept([save.promise, draft.promise], 60_000);
    save.resolve(false);
    draft.reject(new Error('quota'));
    await expect(result).resolves.toBe(false);
  });

  it('a no from one way still waits for the other', async () => {
    const save = deferred();
    const draft = deferred();
    const result = firstKept([save.promise, draft.promise], 60_000);
    draft.resolve(false);
    save.resolve(true);
    await expect(result).resolves.toBe(true);
  });

  it('says no when nothing answered within the bound', async () => {
    vi.useFakeTimers();
    const result = firstKept([deferred().promise, deferred().promise], 5000);
    vi.advanceTimersByTime(5000);
    await expect(result).resolves.toBe(false);
  });

  it('with no way at all, says no', async () => {
    await expect(firstKept([], 5000)).resolves.toBe(false);
  });
});
