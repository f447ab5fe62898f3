import {
  type Charge,
  type ChargeRequest,
  type Clock,
  NotFoundError,
  PaymentDeclinedError,
  type PaymentGateway,
  type PaymentLookupOptions,
  PaymentRequestRejectedError,
  PaymentUnavailableError,
  type Refund,
  type RefundRequest,
  SystemClock,
} from '@seams/ports';
import type { HttpPaymentGatewayConfig } from './http-payment-gateway-config.js';
import {
  fetchTransport,
  nodeHttpTransport,
  type Transport,
  type TransportRequest,
} from './http-transport.js';
import { linkedAbort } from './linked-abort.js';
import { backoffDelay, parseRetryAfter } from './retry-policy.js';
import { type AttemptOutcome, type Operation, sendAttempt } from './send-attempt.js';
import {
  type ChargeListResponseBody,
  type ChargeRequestBody,
  type ChargeResponseBody,
  chargeListResponseSchema,
  chargeResponseSchema,
  type ErrorResponseBody,
  type RefundRequestBody,
  type RefundResponseBody,
  refundResponseSchema,
} from './wire-protocol.js';

type Retry = Extract<AttemptOutcome<unknown>, { kind: 'retry' }>;

/** One call to the API: where, what, how its answer reads, and what identifies it in logs. */
interface Call<T> {
  readonly url: string;
  readonly init: Omit<TransportRequest, 'signal'>;
  readonly operation: Operation<T>;
  readonly signal: AbortSignal | undefined;
  readonly idempotencyKey: string;
  /** The caller's `correlationId`, named in this call's log lines. */
  readonly correlationId: string | undefined;
}

/**
 * `PaymentGateway` over the payments API's HTTP protocol (see the README): per-attempt timeouts,
 * an overall deadline, retries with full-jitter backoff that honour `Retry-After`, and one
 * `Idempotency-Key` per logical charge or refund on every attempt. All its time (timeouts,
 * deadline, waits) is the injected `clock`'s.
 *
 * @example
 * const gateway = new HttpPaymentGateway({ baseUrl: provider.url, apiKey: 'sk_test_123' });
 * const charge = await gateway.charge({ amount: money(1250, 'EUR'), paymentToken: 'tok_visa', idempotencyKey: invoiceId });
 */
export class HttpPaymentGateway implements PaymentGateway {
  readonly #baseUrl: string;
  readonly #apiKey: string;
  readonly #transport: Transport;
  readonly #clock: Clock;
  readonly #config: HttpPaymentGatewayConfig;

  constructor(config: HttpPaymentGatewayConfig) {
    this.#baseUrl = config.baseUrl;
    this.#apiKey = config.apiKey;
    this.#transport = config.fetch === undefined ? nodeHttpTransport : fetchTransport(config.fetch);
    this.#clock = config.clock ?? new SystemClock();
    this.#config = config;
  }

  async charge(request: ChargeRequest): Promise<Charge> {
    const body: ChargeRequestBody = {
      amount: request.amount.amount,
      currency: request.amount.currency,
      source: request.paymentToken,
      ...(request.reference === undefined ? {} : { reference: request.reference }),
    };
    const charge = await this.#call<ChargeResponseBody>({
      url: this.#url('/v1/charges'),
      init: this.#post(body, request.idempotencyKey),
      operation: { schema: chargeResponseSchema, refusal: chargeRefusal },
      signal: request.signal,
      idempotencyKey: request.idempotencyKey,
      correlationId: request.correlationId,
    });
    return toCharge(charge);
  }

  async findCharge(idempotencyKey: string, options: PaymentLookupOptions = {}): Promise<Charge | undefined> {
    const list = await this.#call<ChargeListResponseBody>({
      url: this.#url(`/v1/charges?idempotency_key=${encodeURIComponent(idempotencyKey)}`),
      init: { method: 'GET', headers: { authorization: `Bearer ${this.#apiKey}` } },
      operation: { schema: chargeListResponseSchema, refusal: refused('the lookup') },
      signal: options.signal,
      idempotencyKey,
      correlationId: options.correlationId,
    });
    const found = list.data[0];
    return found && toCharge(found);
  }

  async refund(request: RefundRequest): Promise<Refund> {
    const body: RefundRequestBody = { charge: request.chargeId };
    const refund = await this.#call<RefundResponseBody>({
      url: this.#url('/v1/refunds'),
      init: this.#post(body, request.idempotencyKey),
      operation: { schema: refundResponseSchema, refusal: refundRefusal(request.chargeId) },
      signal: request.signal,
      idempotencyKey: request.idempotencyKey,
      correlationId: request.correlationId,
    });
    return {
      id: refund.id,
      chargeId: refund.charge,
      amount: { amount: refund.amount, currency: refund.currency },
    };
  }

  // One armed timer per attempt, not two: the attempt's budget is cut to what is left of the
  // deadline, and the waits between attempts are checked against the deadline before they start,
  // so nothing needs a second signal for the whole call (on Node 20 each AbortController, timer and
  // listener pair is a measurable part of a charge's CPU).
  async #call<T>(call: Call<T>): Promise<T> {
    const deadlineMs = this.#config.deadlineMs ?? 20_000;
    const attemptTimeoutMs = this.#config.attemptTimeoutMs ?? 5_000;
    const maxAttempts = this.#config.maxAttempts ?? 4;
    const deadlineAt = this.#clock.now().getTime() + deadlineMs;
    for (let attempt = 1; ; attempt++) {
      // A late timer may leave less than nothing: the attempt then times out at once.
      const left = Math.max(0, deadlineAt - this.#clock.now().getTime());
      const attemptAbort = linkedAbort(this.#clock, [call.signal], Math.min(attemptTimeoutMs, left));
      const outcome = await sendAttempt(
        this.#transport,
        call.url,
        { ...call.init, signal: attemptAbort.signal },
        call.operation,
      ).finally(attemptAbort.dispose);
      if (call.signal?.aborted) throw call.signal.reason;
      if (outcome.kind === 'ok') return outcome.body;
      if (outcome.kind === 'failed') throw outcome.error;
      const wait = this.#waitBefore(attempt + 1, outcome);
      const exhausted = attempt >= maxAttempts ? `${attempt} attempts` : undefined;
      // No time left for another attempt after the wait (or none at all: the deadline cut this one short).
      const late = this.#clock.now().getTime() + wait >= deadlineAt;
      if (exhausted || late)
        throw unavailable(attempt, outcome, exhausted ?? `the ${deadlineMs} ms deadline`);
      this.#config.logger?.warn('payment attempt failed; retrying', {
        attempt,
        status: outcome.status ?? 'network error',
        waitMs: wait,
        idempotencyKey: call.idempotencyKey,
        ...(call.correlationId === undefined ? {} : { correlationId: call.correlationId }),
      });
      await this.#clock.sleep(wait, call.signal);
    }
  }

  #url(path: string): string {
    return new URL(path, this.#baseUrl).toString();
  }

  #post(
    body: ChargeRequestBody | RefundRequestBody,
    idempotencyKey: string,
  ): Omit<TransportRequest, 'signal'> {
    return {
      method: 'POST',
      headers: {
        authorization: `Bearer ${this.#apiKey}`,
        'content-type': 'application/json',
        'idempotency-key': idempotencyKey,
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
}

function toCharge(body: ChargeResponseBody): Charge {
  return {
    id: body.id,
    amount: { amount: body.amount, currency: body.currency },
    ...(body.reference == null ? {} : { reference: body.reference }),
  };
}

/** A final refusal of `what` (the provider's own code kept), never retried. */
function refused(what: string) {
  return (status: number, error: ErrorResponseBody['error']): Error =>
    new PaymentRequestRejectedError(
      status,
      error.code,
      `payments API refused ${what}: ${status} ${error.type}/${error.code}`,
    );
}

function chargeRefusal(status: number, error: ErrorResponseBody['error']): Error {
  if (status === 402) return new PaymentDeclinedError(error.code);
  return refused('the charge')(status, error);
}

function refundRefusal(chargeId: string) {
  return (status: number, error: ErrorResponseBody['error']): Error => {
    const rejected = refused('the refund')(status, error);
    return status === 404 ? new NotFoundError('charge', chargeId, { cause: rejected }) : rejected;
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
