import { createHash } from 'node:crypto';
import {
  type Charge,
  type Clock,
  ConcurrencyConflictError,
  type IdGenerator,
  InvalidTransitionError,
  type JsonObject,
  money,
  PaymentDeclinedError,
  type PaymentGateway,
} from '@seams/ports';
import type { Order } from './domain/order.js';
import { ORDER_EVENT_TYPES, type OrderEventType } from './domain/order-event-types.js';
import {
  paymentStage,
  releasePayment,
  reservePayment,
  settleDeclined,
  settlePaid,
} from './domain/order-payment.js';
import type { OrderRepository } from './domain/order-repository.js';
import { canTransition, createOrder, transitionOrder } from './domain/order-rules.js';
import { PaymentInProgressError, PaymentRefundedError } from './domain/payment-errors.js';
import type { OrderUnitOfWork } from './domain/transaction-scope.js';
import { orderEvent } from './order-events.js';

/** Where the service reports what a caller cannot see (a refund, a failed recovery); a pino logger fits. */
export interface OrderServiceLogger {
  warn(fields: Readonly<Record<string, unknown>>, message: string): void;
  error(fields: Readonly<Record<string, unknown>>, message: string): void;
}

/** What `OrderService` needs: only ports. */
export interface OrderServiceDeps {
  /** For writes of several statements (a refund's event). */
  readonly uow: OrderUnitOfWork;
  /** Reads, and writes whose change and event are one atomic call (`insertWithEvent`, `updateWithEvent`). */
  readonly orders: OrderRepository;
  readonly payments: PaymentGateway;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Told after every commit that wrote an outbox event, so a relay can publish at once. */
  readonly onEventsWritten?: () => void;
  /**
   * How long a pay holds the order while its charge is in flight. It must outlast the gateway's
   * whole charge, retries included (`HttpPaymentGateway`'s deadline: 20 s by default), or a live
   * payer's reservation would be resolved under it. Default 60 s.
   */
  readonly paymentLeaseMs?: number;
  readonly logger?: OrderServiceLogger;
}

/** What `OrderService.pay` takes. */
export interface PayRequest extends CallContext {
  readonly paymentToken: string;
}

/** Who asked: named in the service's log lines and its payment gateway calls for this call. */
export interface CallContext {
  /** The id of the request that asked (`X-Request-Id`): logged as `reqId`, passed on as `correlationId`. */
  readonly correlationId?: string;
}

// A handful of reloads is plenty: each conflict means another writer finished, and an order
// has few changes in its life (reserve, settle, cancel).
const MAX_CONFLICT_RETRIES = 5;
const DEFAULT_PAYMENT_LEASE_MS = 60_000;

/** A pay running in this process, and the token it pays with (as its fingerprint). */
interface PayInFlight {
  readonly fingerprint: string;
  readonly attempt: Promise<Order>;
}

/**
 * The order use cases on the ports: create, read, pay, cancel, and the recovery of payments whose
 * payer died. A pay reserves the order (a lease on the row that cancel and other cards respect),
 * charges outside any transaction, then settles: the status change and its outbox event in one.
 * Every charge ends recorded on its order with `order.paid`, or refunded with
 * `order.payment_refunded`.
 */
export class OrderService {
  readonly #deps: OrderServiceDeps;
  readonly #leaseMs: number;
  // Concurrent pays of one order with one token share one attempt in this process; across
  // processes the same token joins the reservation (same key: one charge at the provider).
  readonly #paying = new Map<string, PayInFlight>();

  constructor(deps: OrderServiceDeps) {
    this.#deps = deps;
    this.#leaseMs = deps.paymentLeaseMs ?? DEFAULT_PAYMENT_LEASE_MS;
  }

  /** Validates `input` (every problem listed), stores a pending order and its `order.created` event. */
  async create(input: unknown): Promise<Order> {
    const order = createOrder(input, { id: this.#deps.ids.next(), now: this.#now() });
    await this.#deps.orders.insertWithEvent(order, this.#event(ORDER_EVENT_TYPES.created, order));
    this.#deps.onEventsWritten?.();
    return order;
  }

  /** The order, or `NotFoundError`. */
  get(id: string): Promise<Order> {
    return this.#deps.orders.get(id);
  }

  /**
   * Charges the order and marks it paid (or `payment_failed` on a decline, then rethrows the
   * `PaymentDeclinedError`). A pay repeated with the same token while the first is in flight
   * shares its charge; another token meanwhile gets `PaymentInProgressError`. An order already
   * paid with this token is returned as it is; with another token it is `InvalidTransitionError`.
   * `PaymentUnavailableError` leaves the order reserved for this token until the lease ends: the
   * same token resumes the attempt with the same key.
   */
  pay(id: string, request: PayRequest): Promise<Order> {
    const fingerprint = tokenFingerprint(request.paymentToken);
    const running = this.#paying.get(id);
    if (running) {
      return running.fingerprint === fingerprint
        ? running.attempt
        : Promise.reject(new PaymentInProgressError(id));
    }
    const attempt = this.#pay(id, request, fingerprint).finally(() => this.#paying.delete(id));
    this.#paying.set(id, { fingerprint, attempt });
    return attempt;
  }

  /**
   * Cancels a pending or declined order and writes `order.cancelled`; `PaymentInProgressError`
   * while a charge may be in flight. A reservation whose lease ran out is resolved first (the
   * provider asked for its charge), so a cancel never strands a charge.
   */
  async cancel(id: string, context: CallContext = {}): Promise<Order> {
    for (let attempt = 0; ; attempt++) {
      const order = await this.#deps.orders.get(id);
      if (paymentStage(order, this.#now()) === 'lease_expired' && attempt < MAX_CONFLICT_RETRIES) {
        await this.#resolve(order, context);
        continue;
      }
      try {
        return await this.#commit(
          transitionOrder(order, 'cancelled', this.#now()),
          ORDER_EVENT_TYPES.cancelled,
        );
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
    }
  }

  /**
   * Resolves up to `limit` reservations whose lease ran out (their payer died or stalled): each
   * is settled paid when the provider has its charge, else released. Returns how many were
   * resolved; one the provider cannot answer for stays for the next round.
   */
  async recoverPayments(limit = 50): Promise<number> {
    const expired = await this.#deps.orders.listPaymentLeasesExpired(this.#now(), limit);
    let resolved = 0;
    for (const order of expired) {
      try {
        await this.#resolve(order, {});
        resolved++;
      } catch (error) {
        this.#deps.logger?.warn(
          { err: error, orderId: order.id, paymentKey: order.payment?.key },
          'payment recovery: could not resolve an expired reservation; will retry',
        );
      }
    }
    return resolved;
  }

  async #pay(id: string, request: PayRequest, fingerprint: string): Promise<Order> {
    for (let attempt = 0; ; attempt++) {
      const order = await this.#deps.orders.get(id);
      const stage = paymentStage(order, this.#now());
      if (order.status === 'paid') {
        // The same request again gets its answer; another card gets no one else's result.
        if (order.payment === undefined || order.payment.fingerprint === fingerprint) return order;
        throw new InvalidTransitionError('order', 'paid', 'paid');
      }
      if (!canTransition(order.status, 'paid'))
        throw new InvalidTransitionError('order', order.status, 'paid');
      if (stage === 'reserved') {
        if (order.payment?.fingerprint !== fingerprint) throw new PaymentInProgressError(id);
        return this.#chargeAndSettle(order, request);
      }
      if (attempt >= MAX_CONFLICT_RETRIES) throw new ConcurrencyConflictError('order', id, order.version);
      if (stage === 'lease_expired') {
        await this.#resolve(order, request);
        continue;
      }
      const reservation = reservePayment(order, fingerprint, this.#now(), this.#leaseEnd());
      let reserved: Order;
      try {
        if (order.total === 0) {
          // Nothing to charge: reserved and paid in one change.
          return await this.#commit(settlePaid(reservation, undefined, this.#now()), ORDER_EVENT_TYPES.paid);
        }
        reserved = await this.#deps.orders.update(reservation);
      } catch (error) {
        // Someone changed the order first: look again. Only this race starts over, never a charge.
        if (error instanceof ConcurrencyConflictError) continue;
        throw error;
      }
      return this.#chargeAndSettle(reserved, request);
    }
  }

  /** Charges the reserved order with its payment's key, then records the outcome. */
  async #chargeAndSettle(reserved: Order, request: PayRequest): Promise<Order> {
    const key = reserved.payment?.key ?? '';
    let charge: Charge;
    try {
      charge = await this.#deps.payments.charge({
        amount: money(reserved.total, reserved.currency),
        paymentToken: request.paymentToken,
        idempotencyKey: key,
        reference: reserved.id,
        ...gatewayContext(request),
      });
    } catch (error) {
      if (error instanceof PaymentDeclinedError) await this.#settleDeclined(reserved, error);
      throw error;
    }
    return this.#settlePaid(reserved, charge, request);
  }

  /**
   * Marks the reserved order paid with `charge` and writes `order.paid` (with `chargeId`). On a
   * version conflict it reloads: if someone already recorded this charge (a payer with the same
   * token, or recovery), that order is the answer; if the reservation is gone without it (its
   * lease ran out and was resolved under us), the charge is refunded.
   */
  async #settlePaid(reserved: Order, charge: Charge, context: CallContext): Promise<Order> {
    let current = reserved;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.#commit(settlePaid(current, charge.id, this.#now()), ORDER_EVENT_TYPES.paid, {
          chargeId: charge.id,
        });
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
      }
      current = await this.#deps.orders.get(reserved.id);
      const key = reserved.payment?.key;
      if (current.status === 'paid' && current.payment?.key === key) return current;
      if (current.payment?.key !== key || !current.payment?.leaseUntil) {
        await this.#refund(current, charge, context);
        throw new PaymentRefundedError(current.id, charge.id);
      }
    }
  }

  /** Marks the reserved order `payment_failed` with its event, unless someone already settled it. */
  async #settleDeclined(reserved: Order, decline: PaymentDeclinedError): Promise<void> {
    try {
      await this.#commit(settleDeclined(reserved, this.#now()), ORDER_EVENT_TYPES.paymentFailed, {
        declineCode: decline.declineCode,
      });
    } catch (error) {
      // A payer with the same token got the same decline and recorded it first.
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
  }

  /** Gives back a charge its order does not record, and writes `order.payment_refunded`. */
  async #refund(order: Order, charge: Charge, context: CallContext): Promise<void> {
    const refund = await this.#deps.payments
      .refund({ chargeId: charge.id, idempotencyKey: `refund-${charge.id}`, ...gatewayContext(context) })
      .catch((error: unknown) => {
        // Nothing else knows this charge exists: say so where an operator will look.
        this.#deps.logger?.error(
          { err: error, orderId: order.id, chargeId: charge.id, ...logContext(context) },
          'a charge the order could not keep was NOT refunded; refund it by hand',
        );
        throw error;
      });
    await this.#deps.uow.run(async ({ outbox }) => {
      await outbox.add(
        this.#event(ORDER_EVENT_TYPES.paymentRefunded, order, { chargeId: charge.id, refundId: refund.id }),
      );
    });
    this.#deps.onEventsWritten?.();
    this.#deps.logger?.warn(
      { orderId: order.id, chargeId: charge.id, refundId: refund.id, ...logContext(context) },
      'a charge the order could not keep was refunded',
    );
  }

  /**
   * Resolves a reservation whose lease ran out by asking the provider for its charge: settled
   * paid when there is one, released when there is none. A conflict means someone else resolved it.
   */
  async #resolve(order: Order, context: CallContext): Promise<void> {
    const key = order.payment?.key;
    if (!key) return;
    const charge = await this.#deps.payments.findCharge(key, gatewayContext(context));
    if (charge) {
      try {
        await this.#settlePaid(order, charge, context);
      } catch (error) {
        // Refunded and recorded: resolved all the same.
        if (!(error instanceof PaymentRefundedError)) throw error;
      }
      return;
    }
    try {
      await this.#deps.orders.update(releasePayment(order, this.#now()));
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError)) throw error;
    }
  }

  /**
   * Saves `order` (version-checked) and its event atomically, then wakes the relay. The event
   * describes the order as saved: one version on, as `update` returns it.
   */
  async #commit(order: Order, type: OrderEventType, extra?: JsonObject): Promise<Order> {
    const event = this.#event(type, { ...order, version: order.version + 1 }, extra);
    const saved = await this.#deps.orders.updateWithEvent(order, event);
    this.#deps.onEventsWritten?.();
    return saved;
  }

  #now(): Date {
    return this.#deps.clock.now();
  }

  #leaseEnd(): Date {
    return new Date(this.#now().getTime() + this.#leaseMs);
  }

  #event(type: OrderEventType, order: Order, extra?: JsonObject) {
    return orderEvent(type, order, { id: this.#deps.ids.next(), now: this.#now(), extra });
  }
}

/** SHA-256 of a payment token: enough to tell a repeat from another card, and the token is never stored. */
export function tokenFingerprint(paymentToken: string): string {
  return createHash('sha256').update(paymentToken).digest('hex');
}

/** A call's context as a gateway call carries it (no key at all when there is none). */
function gatewayContext({ correlationId }: CallContext): { correlationId?: string } {
  return correlationId === undefined ? {} : { correlationId };
}

/** A call's context as the service's log lines name it: `reqId`, as Fastify's own lines do. */
function logContext({ correlationId }: CallContext): { reqId?: string } {
  return correlationId === undefined ? {} : { reqId: correlationId };
}
