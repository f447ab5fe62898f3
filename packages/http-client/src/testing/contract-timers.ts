import { eventually } from '@seams/contracts';
import type { FakeClock, ProviderRequest } from '@seams/fakes';
import type { FetchLike } from '../http-payment-gateway-config.js';

/** What the HTTP contract set-ups tell `contractTimers` about their gateway and provider. */
export interface ContractTimersOptions {
  /** The gateway's clock. */
  readonly clock: FakeClock;
  /** The provider's requests so far, in arrival order. */
  readonly requests: () => readonly ProviderRequest[];
  /** The gateway's `attemptTimeoutMs`. */
  readonly attemptTimeoutMs: number;
  /** The gateway's `deadlineMs`. Waits between attempts must differ from both lengths. */
  readonly deadlineMs: number;
}

interface Attempt {
  /** Hung requests the provider had recorded when this attempt started. */
  readonly hungBefore: number;
  settled: boolean;
  timedOut: boolean;
}

/**
 * The `fetch` to give the gateway and the contract's `runTimers` for an `HttpPaymentGateway` on a
 * `FakeClock`. `runTimers` advances the clock only past a wait the charge is blocked on: an
 * attempt the provider left hanging (its timeout), or a wait between attempts once the gateway
 * has started it. An attempt the provider answers never involves the clock, however slow the
 * machine, so no case depends on real elapsed time. It returns once the charge has settled (its
 * deadline, pending for the whole charge, is then cancelled).
 */
export function contractTimers(options: ContractTimersOptions): {
  readonly fetch: FetchLike;
  readonly runTimers: () => Promise<void>;
} {
  const { clock, requests, attemptTimeoutMs, deadlineMs } = options;
  const attempts: Attempt[] = [];
  const hung = () => requests().filter((r) => r.status === undefined).length;
  const fetchTracked: FetchLike = (input, init) => {
    const attempt: Attempt = { hungBefore: hung(), settled: false, timedOut: false };
    attempts.push(attempt);
    return fetch(input, init).finally(() => {
      attempt.settled = true;
    });
  };
  // Attempts run one after another, so a hang recorded while one is in flight is its own.
  const hangingAttempt = () => {
    const latest = attempts.at(-1);
    return latest && !latest.settled && !latest.timedOut && hung() > latest.hungBefore ? latest : undefined;
  };
  const waitBetweenAttempts = () =>
    clock.pendingSleeps.find((ms) => ms !== attemptTimeoutMs && ms !== deadlineMs);
  const runTimers = async () => {
    for (;;) {
      await eventually(
        () => clock.pendingTimers === 0 || !!hangingAttempt() || waitBetweenAttempts() !== undefined,
        'the gateway to wait on a timer or to finish',
        { intervalMs: 1 },
      );
      const hanging = hangingAttempt();
      const wait = waitBetweenAttempts();
      if (hanging) {
        hanging.timedOut = true;
        await clock.advance(attemptTimeoutMs);
      } else if (wait !== undefined) await clock.advance(wait);
      else return;
    }
  };
  return { fetch: fetchTracked, runTimers };
}
