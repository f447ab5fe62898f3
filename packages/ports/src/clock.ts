/**
 * Time, injected. Domain timestamps, TTLs, lease expiry and retry back-off all read this clock,
 * so a `FakeClock` drives them deterministically in tests.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
  /** Resolves after `ms` of this clock's time; rejects with the signal's reason if it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
