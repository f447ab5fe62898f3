/** Reconnect delays: exponential from `initialMs`, capped at `maxMs`. */
export interface BackoffPolicy {
  readonly initialMs: number;
  readonly maxMs: number;
  readonly factor: number;
}

/** 100 ms, 200 ms, 400 ms ... up to 10 s. */
export const DEFAULT_BACKOFF: BackoffPolicy = { initialMs: 100, maxMs: 10_000, factor: 2 };

/**
 * The delay before reconnect attempt `attempt` (0-based): half the capped exponential step plus
 * a random half ("equal jitter"), so many clients that lost the same broker do not return in
 * lockstep, yet none retries at once in a tight loop.
 */
export function backoffDelay(attempt: number, policy: BackoffPolicy, random: () => number): number {
  const step = Math.min(policy.maxMs, policy.initialMs * policy.factor ** Math.max(0, attempt));
  return step / 2 + random() * (step / 2);
}
