import type { TestReply } from '../http/test-server.js';
import type { RecordedCharge, RecordedRefund } from './payments-ledger.js';

/** A failure the fake provider injects: an HTTP status (with `Retry-After`), a hang, or a cut connection. */
export type ProviderFailure =
  | { readonly status: number; readonly retryAfter?: number | string }
  | 'hang'
  | 'disconnect';

/** The provider's error envelope, as `@seams/http-client`'s wire protocol reads it. */
export function errorReply(
  status: number,
  type: string,
  code: string,
  message: string,
  headers: Readonly<Record<string, string>> = {},
): TestReply {
  return { status, headers, body: { error: { type, code, message } } };
}

/** A charge on the wire: `201` when made, `200` with `Idempotent-Replayed` when replayed. */
export function chargeReply(charge: RecordedCharge, replayed: boolean): TestReply {
  return {
    status: replayed ? 200 : 201,
    headers: replayed ? { 'idempotent-replayed': 'true' } : {},
    body: chargeBody(charge),
  };
}

/** `GET /v1/charges?idempotency_key=`: a list of the charges found (zero or one). */
export function chargeListReply(charges: readonly RecordedCharge[]): TestReply {
  return { status: 200, headers: {}, body: { object: 'list', data: charges.map(chargeBody) } };
}

/** A refund on the wire: `201` when made, `200` with `Idempotent-Replayed` for a charge refunded before. */
export function refundReply(refund: RecordedRefund, replayed: boolean): TestReply {
  return {
    status: replayed ? 200 : 201,
    headers: replayed ? { 'idempotent-replayed': 'true' } : {},
    body: {
      id: refund.id,
      object: 'refund',
      charge: refund.chargeId,
      amount: refund.amount.amount,
      currency: refund.amount.currency,
      status: 'succeeded',
      created: Math.floor(refund.created.getTime() / 1_000),
    },
  };
}

function chargeBody(charge: RecordedCharge) {
  return {
    id: charge.id,
    object: 'charge',
    amount: charge.amount.amount,
    currency: charge.amount.currency,
    reference: charge.reference ?? null,
    status: 'succeeded',
    created: Math.floor(charge.created.getTime() / 1_000),
  };
}

/** The reply an injected failure gives. */
export function failureReply(failure: ProviderFailure): TestReply {
  if (failure === 'hang') return { hang: true };
  if (failure === 'disconnect') return { disconnect: true };
  const headers: Record<string, string> =
    failure.retryAfter === undefined ? {} : { 'retry-after': String(failure.retryAfter) };
  if (failure.status === 429) {
    return errorReply(429, 'rate_limit_error', 'rate_limited', 'too many requests', headers);
  }
  return errorReply(failure.status, 'api_error', 'injected_failure', 'injected failure', headers);
}
