/** How the outbox retries; every field has a default in DEFAULT_RETRY_POLICY. */
export interface RetryPolicy {
  /** The wait after the first failure; it doubles with each failure in a row. */
  firstDelayMs: number;
  /** The longest wait, also between probes of a target that is offline. */
  maxDelayMs: number;
  /** Lookups that could not tell, in a row, before the job ends as unknown for a person to decide. */
  maxLookups: number;
  /** Tries that may have reached the target before the job ends as failed (offline tries do not count). */
  maxAttempts: number;
  /** How long sent and cancelled jobs stay in the list as history. */
  keepFinishedMs: number;
  /** Real time after which a try that has not ended is aborted (its outcome then unknown): a hung target never holds its jobs for ever. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  firstDelayMs: 2_000,
  maxDelayMs: 5 * 60_000,
  maxLookups: 3,
  maxAttempts: 8,
  keepFinishedMs: 30 * 24 * 60 * 60_000,
  attemptTimeoutMs: 5 * 60_000,
};

/**
 * The wait before the next try after `failures` failures in a row: exponential, capped, with "equal jitter"
 * (between half and the whole of it) so that many clients coming back online do not all retry at once, while
 * the waits still grow. A target's own `retryAfterMs` (429, Retry-After) is a floor, never shortened.
 */
export function retryDelay(
  failures: number,
  random: () => number,
  policy: Pick<RetryPolicy, 'firstDelayMs' | 'maxDelayMs'>,
  retryAfterMs: number | null = null,
): number {
  const exponent = Math.min(Math.max(0, failures - 1), 30);
  const full = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** exponent);
  const jittered = Math.round(full / 2 + (random() * full) / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
