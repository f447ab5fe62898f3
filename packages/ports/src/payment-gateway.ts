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
  /**
   * Names the call in the gateway's log lines (a retry's warning, say): the id of the request that
   * caused it, so those lines can be found beside the request's own. Never sent to the provider.
   */
  readonly correlationId?: string;
}

/** A successful charge as the provider recorded it. */
export interface Charge {
  readonly id: string;
  readonly amount: Money;
  readonly reference?: string;
}

/** Gives a whole charge back. Retries of it reuse `idempotencyKey`. */
export interface RefundRequest {
  readonly chargeId: string;
  readonly idempotencyKey: string;
  /** Aborts the refund and any retry. */
  readonly signal?: AbortSignal;
  /** As `ChargeRequest.correlationId`. */
  readonly correlationId?: string;
}

/** A refund as the provider recorded it: always the charge's whole amount. */
export interface Refund {
  readonly id: string;
  readonly chargeId: string;
  readonly amount: Money;
}

/** Options of a read from the provider. */
export interface PaymentLookupOptions {
  /** Aborts the lookup and any retry. */
  readonly signal?: AbortSignal;
  /** As `ChargeRequest.correlationId`. */
  readonly correlationId?: string;
}

/**
 * Charges money, finds a charge by its idempotency key, and refunds. Every call rejects with
 * `PaymentUnavailableError` when the provider cannot be reached (try again later: every call is
 * safe to repeat). `charge` also rejects with `PaymentDeclinedError` (final); charging a key twice
 * returns the first charge.
 */
export interface PaymentGateway {
  charge(request: ChargeRequest): Promise<Charge>;
  /**
   * The charge made with `idempotencyKey`, or `undefined` when that key charged nothing (never
   * sent, or declined). How a caller that lost a charge's answer (a crash, a timeout) learns
   * whether the money moved.
   */
  findCharge(idempotencyKey: string, options?: PaymentLookupOptions): Promise<Charge | undefined>;
  /**
   * Refunds a whole charge; a charge is refunded at most once, so refunding it again returns the
   * first refund. `NotFoundError` when the provider knows no such charge.
   */
  refund(request: RefundRequest): Promise<Refund>;
}
