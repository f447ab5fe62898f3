import type { Money } from './money.js';

/** One logical charge. Retries of it (by the gateway or by the caller) reuse `idempotencyKey`. */
export interface ChargeRequest {
  readonly amount: Money;
  /** A token standing for the card; the fake provider knows `tok_visa` and `tok_declined`. */
  readonly paymentToken: string;
  readonly idempotencyKey: string;
  /** The caller's reference, e.g. an invoice id. */
  readonly reference?: string;
  /** Aborts the charge and any retry. */
  readonly signal?: AbortSignal;
}

/** A successful charge as the provider recorded it. */
export interface Charge {
  readonly id: string;
  readonly amount: Money;
  readonly reference?: string;
}

/**
 * Charges money. Rejects with `PaymentDeclinedError` (final) or `PaymentUnavailableError`
 * (try again later with the same idempotency key); charging a key twice returns the first charge.
 */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<Charge>;
}
