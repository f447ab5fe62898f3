/**
 * An idempotency key came back with another body. Same `code`, `status` and `providerCode` as
 * `@seams/http-client`'s `PaymentRequestRejectedError` for a 422, so callers branch the same way on both.
 */
export class IdempotencyKeyReusedError extends Error {
  readonly code = 'PAYMENT_REQUEST_REJECTED';
  readonly status = 422;
  readonly providerCode = 'idempotency_key_reused';

  constructor(idempotencyKey: string) {
    super(`idempotency key ${idempotencyKey} was already used with another request body`);
    this.name = 'IdempotencyKeyReusedError';
  }
}
