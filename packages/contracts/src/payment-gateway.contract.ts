import {
  type ChargeRequest,
  NotFoundError,
  PaymentDeclinedError,
  type PaymentGateway,
  PaymentRequestRejectedError,
  PaymentUnavailableError,
  SEAMS_ERROR_CODES,
} from '@seams/ports';
import { expect } from 'vitest';
import { defineContract } from './define-contract.js';

/** A failure the provider behind the gateway is told to give: 503, 429 with `Retry-After: 1`, or no answer. */
export type PaymentFailureKind = 'unavailable' | 'rate_limited' | 'hang';

/**
 * What the PaymentGateway contract needs: the gateway, and a control surface over the provider
 * behind it, so every case scripts failures the same way whatever the transport.
 */
export interface PaymentGatewayContractContext {
  readonly gateway: PaymentGateway;
  /** Makes the provider's next `count` attempts fail with `kind`, before any charge. */
  failNext(count: number, kind: PaymentFailureKind): void;
  /** The provider's ledger: charges made, replays excluded. */
  charges(): readonly { readonly id: string; readonly idempotencyKey: string }[];
  /** The provider's refunds, repeats excluded. */
  refunds(): readonly { readonly id: string; readonly chargeId: string }[];
  /** Attempts that reached the provider so far (retries included). */
  attempts(): number;
  /** Attempts the gateway makes per charge, the first included (1 for a gateway without retries). */
  readonly maxAttempts: number;
  /**
   * Lets time pass for the charge in progress until it settles: every wait it is blocked on (an
   * attempt left unanswered, a `Retry-After`, a backoff) runs out. `FakeClock.runAll` for a fake
   * that only waits on its clock; a gateway over a transport advances its clock past each wait
   * once it has begun, so no case depends on real elapsed time.
   */
  runTimers(): Promise<void>;
}

const request: ChargeRequest = {
  amount: { amount: 1250, currency: 'EUR' },
  paymentToken: 'tok_visa',
  idempotencyKey: 'contract-key-1',
  reference: 'order-1',
};

/** What `promise` rejects with; a charge that succeeds instead becomes an error saying so. */
const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    (value) => new Error(`expected the charge to fail, it returned ${JSON.stringify(value)}`),
    (error: unknown) => error,
  );

/** Resolves once `condition` holds, polling on the event loop (no fixed sleeps). */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2_000; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error(`gave up waiting for ${what}`);
}

/** The PaymentGateway contract. */
export const paymentGatewayContract = defineContract<PaymentGatewayContractContext>()('PaymentGateway', {
  'a good card is charged once and the charge comes back': async ({ gateway, charges }) => {
    const charge = await gateway.charge(request);
    expect(charge).toEqual({ id: expect.any(String), amount: request.amount, reference: 'order-1' });
    expect(charges()).toEqual([expect.objectContaining({ id: charge.id, idempotencyKey: 'contract-key-1' })]);
  },
  'a declined card rejects with PaymentDeclinedError and the provider code, once, charging nothing': async ({
    gateway,
    charges,
    attempts,
  }) => {
    const error = await failureOf(gateway.charge({ ...request, paymentToken: 'tok_declined' }));
    expect(error).toBeInstanceOf(PaymentDeclinedError);
    expect(error).toMatchObject({ code: 'PAYMENT_DECLINED', declineCode: 'card_declined' });
    expect(attempts()).toBe(1);
    expect(charges()).toEqual([]);
  },
  'charging one idempotency key again returns the same charge': async ({ gateway, charges }) => {
    const first = await gateway.charge(request);
    const again = await gateway.charge(request);
    expect(again).toEqual(first);
    expect(charges()).toHaveLength(1);
  },
  'a correlationId only names the call: the same key under another id is the same charge': async ({
    gateway,
    charges,
    refunds,
  }) => {
    const charge = await gateway.charge({ ...request, correlationId: 'req-1' });
    const again = await gateway.charge({ ...request, correlationId: 'req-2' });
    expect(again).toEqual(charge);
    expect(charges()).toEqual([
      expect.objectContaining({ id: charge.id, idempotencyKey: request.idempotencyKey }),
    ]);
    expect(await gateway.findCharge(request.idempotencyKey, { correlationId: 'req-3' })).toEqual(charge);
    const refund = { chargeId: charge.id, idempotencyKey: 'contract-refund-4' };
    const first = await gateway.refund({ ...refund, correlationId: 'req-4' });
    expect(await gateway.refund({ ...refund, correlationId: 'req-5' })).toEqual(first);
    expect(refunds()).toHaveLength(1);
  },
  'the same idempotency key with another amount is refused and charges nothing more': async ({
    gateway,
    charges,
  }) => {
    await gateway.charge(request);
    const error = await failureOf(gateway.charge({ ...request, amount: { amount: 999, currency: 'EUR' } }));
    expect(error).toBeInstanceOf(PaymentRequestRejectedError);
    expect(error).toMatchObject({ code: SEAMS_ERROR_CODES.PAYMENT_REQUEST_REJECTED });
    expect(error).not.toBeInstanceOf(PaymentUnavailableError);
    expect(charges()).toHaveLength(1);
  },
  'transient failures are retried with the same key, then the charge succeeds': async ({
    gateway,
    failNext,
    runTimers,
    charges,
    attempts,
  }) => {
    failNext(1, 'rate_limited');
    failNext(1, 'unavailable');
    const charging = gateway.charge(request);
    charging.catch(() => {}); // awaited below, once the waits between attempts have run out
    await runTimers();
    const charge = await charging;
    expect(charge.reference).toBe('order-1');
    expect(attempts()).toBe(3);
    expect(charges()).toEqual([expect.objectContaining({ id: charge.id })]);
  },
  'persistent failures reject with PaymentUnavailableError once the attempts run out': async ({
    gateway,
    failNext,
    maxAttempts,
    charges,
    attempts,
  }) => {
    failNext(maxAttempts, 'unavailable');
    const error = await failureOf(gateway.charge(request));
    expect(error).toBeInstanceOf(PaymentUnavailableError);
    expect(error).toMatchObject({ attempts: maxAttempts });
    expect(attempts()).toBe(maxAttempts);
    expect(charges()).toEqual([]);
  },
  'an attempt that gets no answer times out and ends in PaymentUnavailableError': async ({
    gateway,
    failNext,
    maxAttempts,
    runTimers,
    charges,
  }) => {
    failNext(maxAttempts, 'hang');
    const settled = failureOf(gateway.charge(request));
    await runTimers();
    const error = await settled;
    expect(error).toBeInstanceOf(PaymentUnavailableError);
    expect(charges()).toEqual([]);
  },
  "the caller's abort rejects the charge with the caller's reason": async ({
    gateway,
    failNext,
    attempts,
    charges,
  }) => {
    failNext(1, 'hang');
    const controller = new AbortController();
    const settled = failureOf(gateway.charge({ ...request, signal: controller.signal }));
    await until(() => attempts() >= 1, 'the first attempt to reach the provider');
    const reason = new Error('the client went away');
    controller.abort(reason);
    expect(await settled).toBe(reason);
    expect(charges()).toEqual([]);
    const early = new Error('aborted before the call');
    const error = await failureOf(gateway.charge({ ...request, signal: AbortSignal.abort(early) }));
    expect(error).toBe(early);
  },
  'findCharge finds the charge a key made, and nothing for a key that charged nothing': async ({
    gateway,
  }) => {
    const charge = await gateway.charge(request);
    expect(await gateway.findCharge(request.idempotencyKey)).toEqual(charge);
    expect(await gateway.findCharge('contract-key-never-sent')).toBeUndefined();
    const declined = { ...request, paymentToken: 'tok_declined', idempotencyKey: 'contract-key-2' };
    expect(await failureOf(gateway.charge(declined))).toBeInstanceOf(PaymentDeclinedError);
    expect(await gateway.findCharge('contract-key-2')).toBeUndefined();
  },
  'a refund gives the whole charge back, once: refunding it again returns the same refund': async ({
    gateway,
    refunds,
  }) => {
    const charge = await gateway.charge(request);
    const refund = await gateway.refund({ chargeId: charge.id, idempotencyKey: 'contract-refund-1' });
    expect(refund).toEqual({ id: expect.any(String), chargeId: charge.id, amount: request.amount });
    const again = await gateway.refund({ chargeId: charge.id, idempotencyKey: 'contract-refund-1' });
    expect(again).toEqual(refund);
    expect(refunds()).toEqual([expect.objectContaining({ id: refund.id, chargeId: charge.id })]);
  },
  'refunding a charge the provider does not know rejects with NotFoundError': async ({
    gateway,
    refunds,
  }) => {
    const error = await failureOf(
      gateway.refund({ chargeId: 'ch_unknown', idempotencyKey: 'contract-refund-2' }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ entity: 'charge', id: 'ch_unknown' });
    expect(refunds()).toEqual([]);
  },
  'lookups and refunds reject with PaymentUnavailableError once the attempts run out': async ({
    gateway,
    failNext,
    maxAttempts,
    refunds,
  }) => {
    const charge = await gateway.charge(request);
    failNext(maxAttempts, 'unavailable');
    expect(await failureOf(gateway.findCharge(request.idempotencyKey))).toBeInstanceOf(
      PaymentUnavailableError,
    );
    failNext(maxAttempts, 'unavailable');
    const refunding = gateway.refund({ chargeId: charge.id, idempotencyKey: 'contract-refund-3' });
    expect(await failureOf(refunding)).toBeInstanceOf(PaymentUnavailableError);
    expect(refunds()).toEqual([]);
  },
});

/** Registers the PaymentGateway contract for one implementation. */
export const describePaymentGatewayContract = paymentGatewayContract.register;
