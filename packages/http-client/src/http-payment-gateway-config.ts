import type { Clock } from '@seams/ports';

/** Where the gateway reports retries. Fields never carry the API key. */
export interface PaymentGatewayLogger {
  warn(message: string, fields: Readonly<Record<string, unknown>>): void;
}

/** The slice of `fetch` the gateway uses; inject one to route requests elsewhere in tests. */
export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

/** Configuration of `HttpPaymentGateway`. */
export interface HttpPaymentGatewayConfig {
  /** Base URL of the payments API, e.g. `https://api.payments.example` (no trailing `/v1`). */
  readonly baseUrl: string;
  /** Sent as `Authorization: Bearer <apiKey>`; never logged, never in an error. */
  readonly apiKey: string;
  /**
   * Sends the requests through this `fetch` instead of the default `node:http`/`node:https` on
   * their global (kept-alive) agents: to route them elsewhere in a test, or to use a dispatcher of
   * your own.
   */
  readonly fetch?: FetchLike;
  /**
   * All the gateway's time: attempt timeouts, the deadline, waits between attempts, `Retry-After`
   * dates. Default `SystemClock`; a `FakeClock` makes every one of them fire only when advanced.
   */
  readonly clock?: Clock;
  /** A number in [0, 1) for jitter; defaults to `Math.random`. */
  readonly random?: () => number;
  /** Budget of one attempt (request and body), on `clock`. Default 5,000 ms. */
  readonly attemptTimeoutMs?: number;
  /** Budget of the whole charge, retries and waits included, on `clock`. Default 20,000 ms. */
  readonly deadlineMs?: number;
  /** Attempts per charge, the first included. Default 4. */
  readonly maxAttempts?: number;
  /** First backoff ceiling; doubles per attempt. Default 200 ms. */
  readonly baseDelayMs?: number;
  /** Largest backoff ceiling. Default 5,000 ms. */
  readonly maxDelayMs?: number;
  readonly logger?: PaymentGatewayLogger;
}
