/**
 * The payments API answered with a body that does not match the wire protocol. `path` names the
 * offending field (`amount`, `error.code`), so the failure is read where it happens.
 */
export class PaymentResponseError extends Error {
  readonly code = 'PAYMENT_RESPONSE_INVALID';
  constructor(
    readonly status: number,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PaymentResponseError';
  }
}

/**
 * The payments API refused the request itself (a 4xx other than a decline or rate limit): bad
 * credentials, an invalid body, or an idempotency key reused with another body. Retrying the same
 * request cannot succeed.
 */
export class PaymentRequestRejectedError extends Error {
  readonly code = 'PAYMENT_REQUEST_REJECTED';
  constructor(
    readonly status: number,
    readonly providerCode: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'PaymentRequestRejectedError';
  }
}
