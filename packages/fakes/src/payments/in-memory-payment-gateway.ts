import {
  type Charge,
  type ChargeRequest,
  type Clock,
  type IdGenerator,
  PaymentDeclinedError,
  type PaymentGateway,
  PaymentUnavailableError,
} from '@seams/ports';
import { FakeClock } from '../clock/fake-clock.js';
import { FailureScript } from '../failure-script.js';
import { SequentialIdGenerator } from '../ids/sequential-id-generator.js';
import { IdempotencyKeyReusedError } from './idempotency-key-reused-error.js';
import { PaymentsLedger, type RecordedCharge } from './payments-ledger.js';

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

/** A failure injected with `failNext`: `'unavailable'` rejects at once, `'hang'` waits out the timeout. */
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
 * whole `charge` call, as the real gateway does once its retries are spent.
 *
 * @example
 * const payments = new InMemoryPaymentGateway();
 * payments.failNext(1, 'unavailable'); // the next charge rejects with PaymentUnavailableError
 */
export class InMemoryPaymentGateway implements PaymentGateway {
  readonly #ledger: PaymentsLedger;
  readonly #clock: Clock;
  readonly #timeoutMs: number;
  readonly #calls: InMemoryChargeCall[] = [];
  readonly #failures = new FailureScript<InMemoryPaymentFailure>('failNext');

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

  /** Every `charge` call, failed ones included. */
  get calls(): readonly InMemoryChargeCall[] {
    return this.#calls;
  }

  /** Makes the next `count` calls fail with `kind`, before any charge is made. */
  failNext(count: number, kind: InMemoryPaymentFailure = 'unavailable'): void {
    this.#failures.add(count, kind);
  }

  async charge(request: ChargeRequest): Promise<Charge> {
    const { signal, ...call } = request;
    this.#calls.push(call);
    signal?.throwIfAborted();
    const failure = this.#failures.take();
    if (failure === 'hang') await this.#clock.sleep(this.#timeoutMs, signal);
    if (failure) {
      const what = failure === 'hang' ? `no answer within ${this.#timeoutMs} ms` : 'injected outage';
      return Promise.reject(new PaymentUnavailableError(`payments unavailable: ${what}`, 1));
    }
    const outcome = this.#ledger.submit(
      { amount: request.amount, source: request.paymentToken, reference: request.reference },
      request.idempotencyKey,
    );
    if (outcome.kind === 'key_reused') throw new IdempotencyKeyReusedError(request.idempotencyKey);
    if (outcome.kind === 'declined') throw new PaymentDeclinedError(outcome.declineCode);
    const { id, amount, reference } = outcome.charge;
    return { id, amount: { ...amount }, ...(reference === undefined ? {} : { reference }) };
  }
}
