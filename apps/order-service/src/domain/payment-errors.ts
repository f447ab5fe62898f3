import { ServiceError } from '../service-errors.js';

/**
 * A charge for the order may be in flight (the order is reserved for it): a cancel, or a pay with
 * another payment token, must wait until it settles. Answered 409; retrying later is safe.
 */
export class PaymentInProgressError extends ServiceError {
  readonly code = 'PAYMENT_IN_PROGRESS';

  constructor(
    readonly id: string,
    options?: { cause?: unknown },
  ) {
    super(`order ${id} has a payment in progress; try again once it has settled`, options);
    this.name = 'PaymentInProgressError';
  }
}

/**
 * The order changed while its charge was in flight (the reservation had run out and was resolved
 * without that charge), so the charge was refunded and the order left as it is. Answered 409.
 */
export class PaymentRefundedError extends ServiceError {
  readonly code = 'PAYMENT_REFUNDED';

  constructor(
    readonly id: string,
    readonly chargeId: string,
    options?: { cause?: unknown },
  ) {
    super(`order ${id} changed while it was being charged: charge ${chargeId} was refunded`, options);
    this.name = 'PaymentRefundedError';
  }
}
