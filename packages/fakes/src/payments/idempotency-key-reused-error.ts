import { PaymentRequestRejectedError } from '@seams/ports';

/**
 * An idempotency key came back with another body: the port's `PaymentRequestRejectedError` with the
 * `status` (422) and `providerCode` `@seams/http-client` reports for it, so callers branch the same way on both.
 */
export class IdempotencyKeyReusedError extends PaymentRequestRejectedError {
  constructor(idempotencyKey: string) {
    super(
      422,
      'idempotency_key_reused',
      `idempotency key ${idempotencyKey} was already used with another request body`,
    );
    this.name = 'IdempotencyKeyReusedError';
  }
}
