import type { Clock, IdGenerator } from '@seams/ports';
import { SystemClock } from '@seams/ports';
import { FailureScript } from '../failure-script.js';
import type { ReceivedRequest, TestReply } from '../http/test-server.js';
import { SequentialIdGenerator } from '../ids/sequential-id-generator.js';
import {
  type ChargeSubmission,
  PaymentsLedger,
  type RecordedCharge,
  type RecordedRefund,
} from './payments-ledger.js';
import {
  chargeListReply,
  chargeReply,
  errorReply,
  failureReply,
  type ProviderFailure,
  refundReply,
} from './provider-replies.js';

/** Settings of the fake payments API. */
export interface FakePaymentsApiOptions {
  /** The only key accepted as `Authorization: Bearer <apiKey>`. Default `sk_test_seams`. */
  readonly apiKey?: string;
  /** Dates charges (`created`); the system clock by default. */
  readonly clock?: Clock;
  /** Charge ids are `ch_` + the next id; sequential by default. */
  readonly ids?: IdGenerator;
  /** Amounts (minor units) above this are declined with `amount_too_large`; no limit by default. */
  readonly declineAmountsAbove?: number;
}

/** A request as the provider recorded it; the `Authorization` header is never kept. */
export interface ProviderRequest {
  readonly method: string;
  readonly path: string;
  readonly idempotencyKey?: string;
  /** Whether the request carried the right bearer key. */
  readonly authenticated: boolean;
  /** The body parsed as JSON, or the raw text when it is not JSON. */
  readonly body: unknown;
  /** What the provider answered; `undefined` for a hang or a cut connection. */
  readonly status?: number;
}

const DEFAULT_API_KEY = 'sk_test_seams';

/**
 * The payments API's behaviour without a transport: `handle` turns one request into one reply.
 * `FakePaymentsProvider` serves it over loopback HTTP; `mockHttp` can answer with it in-process.
 */
export class FakePaymentsApi {
  readonly apiKey: string;
  readonly #ledger: PaymentsLedger;
  readonly #requests: ProviderRequest[] = [];
  readonly #failures = new FailureScript<ProviderFailure>('failNext');

  constructor(options: FakePaymentsApiOptions = {}) {
    this.apiKey = options.apiKey ?? DEFAULT_API_KEY;
    this.#ledger = new PaymentsLedger({
      clock: options.clock ?? new SystemClock(),
      ids: options.ids ?? new SequentialIdGenerator(),
      declineAmountsAbove: options.declineAmountsAbove,
    });
  }

  /** Every charge made, in order; idempotent replays add nothing. */
  get charges(): readonly RecordedCharge[] {
    return this.#ledger.charges;
  }

  /** Every refund made, in order; refunding a charge again adds nothing. */
  get refunds(): readonly RecordedRefund[] {
    return this.#ledger.refunds;
  }

  /** Every request received, in arrival order, with what was answered. */
  get requests(): readonly ProviderRequest[] {
    return this.#requests;
  }

  /** Makes the next `count` requests fail with `failure`, before authentication or any charge. */
  failNext(count: number, failure: ProviderFailure): void {
    this.#failures.add(count, failure);
  }

  /** Answers one request. */
  handle(request: ReceivedRequest): TestReply {
    const reply = this.#answer(request);
    this.#requests.push({
      method: request.method,
      path: request.path,
      ...(request.headers['idempotency-key'] ? { idempotencyKey: request.headers['idempotency-key'] } : {}),
      authenticated: request.headers.authorization === `Bearer ${this.apiKey}`,
      body: parseOrRaw(request.body),
      ...(reply.hang || reply.disconnect ? {} : { status: reply.status ?? 200 }),
    });
    return reply;
  }

  #answer(request: ReceivedRequest): TestReply {
    const failure = this.#failures.take();
    if (failure) return failureReply(failure);
    if (request.headers.authorization !== `Bearer ${this.apiKey}`) {
      // Never echo what was sent: a wrong key in a reply ends up in the caller's logs.
      return errorReply(401, 'authentication_error', 'invalid_api_key', 'no valid API key provided');
    }
    const route = `${request.method} ${request.path}`;
    const charge = /^\/v1\/charges\/([^/]+)$/.exec(request.path);
    if (charge && request.method === 'GET') return this.#retrieve(decodeURIComponent(charge[1] ?? ''));
    if (route === 'GET /v1/charges') return this.#list(request);
    if (route === 'POST /v1/charges') return this.#create(request);
    if (route === 'POST /v1/refunds') return this.#refund(request);
    if (request.path === '/v1/charges' || request.path === '/v1/refunds') {
      return errorReply(405, 'invalid_request_error', 'method_not_allowed', `${request.method} not allowed`);
    }
    return errorReply(404, 'invalid_request_error', 'resource_missing', `no route ${request.path}`);
  }

  /** `GET /v1/charges?idempotency_key=K`: the charge that key made, as a list of zero or one. */
  #list(request: ReceivedRequest): TestReply {
    const key = request.query.get('idempotency_key');
    if (!key) {
      return errorReply(400, 'invalid_request_error', 'parameter_missing', 'idempotency_key is required');
    }
    const found = this.#ledger.chargeByKey(key);
    return chargeListReply(found ? [found] : []);
  }

  /** `POST /v1/refunds {"charge": id}`: refunds the whole charge, once; again answers 200 with that refund. */
  #refund(request: ReceivedRequest): TestReply {
    const body = parseOrRaw(request.body);
    const chargeId =
      typeof body === 'object' && body !== null ? (body as { charge?: unknown }).charge : undefined;
    if (typeof chargeId !== 'string' || chargeId === '') {
      return errorReply(400, 'invalid_request_error', 'parameter_invalid', 'charge must be a charge id');
    }
    const outcome = this.#ledger.refund(chargeId);
    if (outcome.kind === 'no_such_charge') {
      return errorReply(404, 'invalid_request_error', 'resource_missing', `no charge ${chargeId}`);
    }
    return refundReply(outcome.refund, outcome.replayed);
  }

  #retrieve(id: string): TestReply {
    const found = this.#ledger.charges.find((c) => c.id === id);
    if (!found) return errorReply(404, 'invalid_request_error', 'resource_missing', `no charge ${id}`);
    return { ...chargeReply(found, false), status: 200, headers: {} };
  }

  #create(request: ReceivedRequest): TestReply {
    const key = request.headers['idempotency-key'];
    if (!key) {
      return errorReply(
        400,
        'invalid_request_error',
        'idempotency_key_required',
        'Idempotency-Key is required',
      );
    }
    const submission = parseSubmission(request.body);
    if (typeof submission === 'string') {
      return errorReply(400, 'invalid_request_error', 'parameter_invalid', submission);
    }
    const outcome = this.#ledger.submit(submission, key);
    if (outcome.kind === 'charged') return chargeReply(outcome.charge, outcome.replayed);
    if (outcome.kind === 'declined') {
      return errorReply(
        402,
        'card_error',
        outcome.declineCode,
        `the card was declined (${outcome.declineCode})`,
      );
    }
    return errorReply(
      422,
      'idempotency_error',
      'idempotency_key_reused',
      'this idempotency key was used with another request body',
    );
  }
}

/** The charge a body asks for, or what is wrong with it (naming the field). */
function parseSubmission(text: string): ChargeSubmission | string {
  const body = parseOrRaw(text);
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'body must be a JSON object';
  const { amount, currency, source, reference } = body as Record<string, unknown>;
  if (!Number.isSafeInteger(amount) || (amount as number) < 1) return 'amount must be a positive integer';
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency))
    return 'currency must be an ISO 4217 code';
  if (typeof source !== 'string' || source === '') return 'source must be a payment token';
  if (reference !== undefined && typeof reference !== 'string') return 'reference must be a string';
  return {
    amount: { amount: amount as number, currency },
    source,
    ...(reference === undefined ? {} : { reference }),
  };
}

function parseOrRaw(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
