import {
  type Charge,
  type ChargeRequest,
  type Clock,
  type IdGenerator,
  NotFoundError,
  PaymentDeclinedError,
  type PaymentGateway,
  type PaymentLookupOptions,
  PaymentUnavailableError,
  type Refund,
  type RefundRequest,
} from '@seams/ports';
import { FakeClock } from '../clock/fake-clock.js';
import { FailureScript } from '../failure-script.js';
import { SequentialIdGenerator } from '../ids/sequential-id-generator.js';
import { IdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
import { type PaymentHold, PaymentHoldQueue } from './payment-hold.js';
import { PaymentsLedger, type RecordedCharge, type RecordedRefund } from './payments-ledger.js';

/** Settings of `InMemoryPaymentGateway`. */
export interface InMemoryPaymentGatewayOptions {
  /** Dates charges and times out hung calls; a `FakeClock` by default. */
  readonly clock?: Clock;
  /** Charge ids are `ch_` + the next id; sequential by default. */
  readonly ids?: IdGenerator;
  /** Amounts (minor units) above this are declined with `amount_too_large`; no limit by default. */
  readonly declineAmountsAbove?: number;
  /** How long a `'hang'` failure waits on the clock before giving up as unavailable. Default 5,000 ms. */
  readonly timeoutMs?: number;
}

/** A failure injected with `failNext` (any call): `'unavailable'` rejects at once, `'hang'` waits out the timeout. */
export type InMemoryPaymentFailure = 'unavailable' | 'hang';

/** One `charge` call as the fake received it (the signal left out). */
export interface InMemoryChargeCall {
  readonly amount: ChargeRequest['amount'];
  readonly paymentToken: string;
  readonly idempotencyKey: string;
  readonly reference?: string;
}

/**
 * A `PaymentGateway` with the fake provider's rules and no transport: `tok_visa` (any token not
 * declining) is charged, `tok_declined` declines with `card_declined`, one idempotency key gives
 * one charge, and `failNext` scripts outages. It has no retry layer: an injected failure fails the
 * whole call, as the real gateway does once its retries are spent. `holdNext` keeps a charge open
 * until the test releases it, to interleave other work with a charge in flight.
 *
 * @example
 * const payments = new InMemoryPaymentGateway();
 * payments.failNext(1, 'unavailable'); // the next call rejects with PaymentUnavailableError
 * const hold = payments.holdNext();    // the next charge waits...
 * await hold.reached;                  // ...once it has begun, do something meanwhile...
 * hold.release();                      // ...then let it charge
 */
export class InMemoryPaymentGateway implements PaymentGateway {
  readonly #ledger: PaymentsLedger;
  readonly #clock: Clock;
  readonly #timeoutMs: number;
  readonly #calls: InMemoryChargeCall[] = [];
  readonly #failures = new FailureScript<InMemoryPaymentFailure>('failNext');
  readonly #holds = new PaymentHoldQueue();

  constructor(options: InMemoryPaymentGatewayOptions = {}) {
    this.#clock = options.clock ?? new FakeClock();
    this.#timeoutMs = options.timeoutMs ?? 5_000;
    this.#ledger = new PaymentsLedger({
      clock: this.#clock,
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

  /** Every `charge` call, failed ones included. */
  get calls(): readonly InMemoryChargeCall[] {
    return this.#calls;
  }

  /** Makes the next `count` calls (charges, lookups, refunds) fail with `kind`, before they do anything. */
  failNext(count: number, kind: InMemoryPaymentFailure = 'unavailable'): void {
    this.#failures.add(count, kind);
  }

  /** Holds the next charge open, before it reaches the ledger, until `release()` (or its caller aborts). */
  holdNext(): PaymentHold {
    return this.#holds.add();
  }

  async charge(request: ChargeRequest): Promise<Charge> {
    const { signal, ...call } = request;
    this.#calls.push(call);
    signal?.throwIfAborted();
    await this.#holds.pass(signal);
    await this.#injectedFailure(signal);
    const outcome = this.#ledger.submit(
      { amount: request.amount, source: request.paymentToken, reference: request.reference },
      request.idempotencyKey,
    );
    if (outcome.kind === 'key_reused') throw new IdempotencyKeyReusedError(request.idempotencyKey);
    if (outcome.kind === 'declined') throw new PaymentDeclinedError(outcome.declineCode);
    return toCharge(outcome.charge);
  }

  async findCharge(idempotencyKey: string, options: PaymentLookupOptions = {}): Promise<Charge | undefined> {
    options.signal?.throwIfAborted();
    await this.#injectedFailure(options.signal);
    const charge = this.#ledger.chargeByKey(idempotencyKey);
    return charge && toCharge(charge);
  }

  async refund(request: RefundRequest): Promise<Refund> {
    request.signal?.throwIfAborted();
    await this.#injectedFailure(request.signal);
    const outcome = this.#ledger.refund(request.chargeId);
    if (outcome.kind === 'no_such_charge') throw new NotFoundError('charge', request.chargeId);
    const { id, chargeId, amount } = outcome.refund;
    return { id, chargeId, amount: { ...amount } };
  }

  /** Rejects as scripted by `failNext`, if this call has a failure coming. */
  async #injectedFailure(signal: AbortSignal | undefined): Promise<void> {
    const failure = this.#failures.take();
    if (!failure) return;
    if (failure === 'hang') await this.#clock.sleep(this.#timeoutMs, signal);
    const what = failure === 'hang' ? `no answer within ${this.#timeoutMs} ms` : 'injected outage';
    throw new PaymentUnavailableError(`payments unavailable: ${what}`, 1);
  }
}

function toCharge({ id, amount, reference }: RecordedCharge): Charge {
  return { id, amount: { ...amount }, ...(reference === undefined ? {} : { reference }) };
}
