/**
 * Promise.all that waits for every one to end before throwing the first failure: a failed send never leaves
 * a request of its own still running, to land on the site after the outbox decided what to do next.
 */
export async function settleAll<T extends readonly unknown[]>(work: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const results = await Promise.allSettled(work as readonly Promise<unknown>[]);
  const failure = results.find((result): result is PromiseRejectedResult => result.status === 'rejected');
  if (failure) throw failure.reason;
  return results.map((result) => (result as PromiseFulfilledResult<unknown>).value) as unknown as T;
}
