import {
  type Charge,
  type ChargeRequest,
  type Clock,
  type PaymentGateway,
  PaymentUnavailableError,
  SystemClock,
} from '@seams/ports';
import type { FetchLike, HttpPaymentGatewayConfig } from './http-payment-gateway-config.js';
import { linkedAbort } from './linked-abort.js';
import { backoffDelay, parseRetryAfter } from './retry-policy.js';
import { type AttemptOutcome, sendAttempt } from './send-attempt.js';
import type { ChargeRequestBody } from './wire-protocol.js';

type Retry = Extract<AttemptOutcome, { kind: 'retry' }>;

/**
 * `PaymentGateway` over the payments API's HTTP protocol (see the README): per-attempt timeouts,
 * an overall deadline, retries with full-jitter backoff that honour `Retry-After`, and one
 * `Idempotency-Key` per logical charge on every attempt. All its time (timeouts, deadline, waits)
 * is the injected `clock`'s.
 *
 * @example
 * const gateway = new HttpPaymentGateway({ baseUrl: provider.url, apiKey: 'sk_test_123' });
 * const charge = await gateway.charge({ amount: money(1250, 'EUR'), paymentToken: 'tok_visa', idempotencyKey: invoiceId });
 */
export class HttpPaymentGateway implements PaymentGateway {
  readonly #url: string;
  readonly #apiKey: string;
  readonly #fetch: FetchLike;
  readonly #clock: Clock;
  readonly #config: HttpPaymentGatewayConfig;

  constructor(config: HttpPaymentGatewayConfig) {
    this.#url = new URL('/v1/charges', config.baseUrl).toString();
    this.#apiKey = config.apiKey;
    this.#fetch = config.fetch ?? ((input, init) => fetch(input, init));
    this.#clock = config.clock ?? new SystemClock();
    this.#config = config;
  }

  async charge(request: ChargeRequest): Promise<Charge> {
    const deadlineMs = this.#config.deadlineMs ?? 20_000;
    const whole = linkedAbort(this.#clock, [request.signal], deadlineMs);
    try {
      return await this.#charge(request, whole.signal, deadlineMs);
    } finally {
      whole.dispose();
    }
  }

  async #charge(request: ChargeRequest, whole: AbortSignal, deadlineMs: number): Promise<Charge> {
    const maxAttempts = this.#config.maxAttempts ?? 4;
    const deadlineAt = this.#clock.now().getTime() + deadlineMs;
    const init = this.#requestInit(request);
    for (let attempt = 1; ; attempt++) {
      const attemptAbort = linkedAbort(this.#clock, [whole], this.#config.attemptTimeoutMs ?? 5_000);
      const outcome = await sendAttempt(this.#fetch, this.#url, init, attemptAbort.signal).finally(
        attemptAbort.dispose,
      );
      if (request.signal?.aborted) throw request.signal.reason;
      if (outcome.kind === 'charged') return toCharge(outcome.charge);
      if (outcome.kind === 'failed') throw outcome.error;
      const wait = this.#waitBefore(attempt + 1, outcome);
      const exhausted = attempt >= maxAttempts ? `${attempt} attempts` : undefined;
      const late = this.#clock.now().getTime() + wait > deadlineAt || whole.aborted;
      if (exhausted || late)
        throw unavailable(attempt, outcome, exhausted ?? `the ${deadlineMs} ms deadline`);
      this.#config.logger?.warn('payment attempt failed; retrying', {
        attempt,
        status: outcome.status ?? 'network error',
        waitMs: wait,
        idempotencyKey: request.idempotencyKey,
      });
      await this.#sleep(wait, whole, request.signal, () => unavailable(attempt, outcome, 'the deadline'));
    }
  }

  #requestInit(request: ChargeRequest): RequestInit {
    const body: ChargeRequestBody = {
      amount: request.amount.amount,
      currency: request.amount.currency,
      source: request.paymentToken,
      ...(request.reference === undefined ? {} : { reference: request.reference }),
    };
    return {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.#apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': request.idempotencyKey,
      },
      body: JSON.stringify(body),
    };
  }

  #waitBefore(nextAttempt: number, outcome: Retry): number {
    const asked = parseRetryAfter(outcome.retryAfter, this.#clock.now());
    if (asked !== undefined) return asked;
    const random = this.#config.random ?? Math.random;
    return backoffDelay(
      nextAttempt - 1,
      this.#config.baseDelayMs ?? 200,
      this.#config.maxDelayMs ?? 5_000,
      random,
    );
  }

  async #sleep(
    ms: number,
    whole: AbortSignal,
    caller: AbortSignal | undefined,
    late: () => Error,
  ): Promise<void> {
    try {
      await this.#clock.sleep(ms, whole);
    } catch {
      if (caller?.aborted) throw caller.reason;
      throw late();
    }
  }
}

function toCharge(body: { id: string; amount: number; currency: string; reference?: string | null }): Charge {
  return {
    id: body.id,
    amount: { amount: body.amount, currency: body.currency },
    ...(body.reference == null ? {} : { reference: body.reference }),
  };
}

function unavailable(attempts: number, last: Retry, limit: string): PaymentUnavailableError {
  const lastSeen = last.status === undefined ? 'a network error or timeout' : `HTTP ${last.status}`;
  return new PaymentUnavailableError(
    `payments API unavailable: gave up after ${limit} (${attempts} attempts, last: ${lastSeen})`,
    attempts,
    last.status,
    { cause: last.cause },
  );
}
