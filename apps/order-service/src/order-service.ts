import {
  type Clock,
  ConcurrencyConflictError,
  type IdGenerator,
  InvalidTransitionError,
  type JsonObject,
  money,
  PaymentDeclinedError,
  type PaymentGateway,
} from '@seams/ports';
import type { Order, OrderStatus } from './domain/order.js';
import { ORDER_EVENT_TYPES, type OrderEventType } from './domain/order-event-types.js';
import type { OrderRepository } from './domain/order-repository.js';
import { canTransition, createOrder, transitionOrder } from './domain/order-rules.js';
import type { OrderUnitOfWork } from './domain/transaction-scope.js';
import { orderEvent } from './order-events.js';

/** What `OrderService` needs: only ports. */
export interface OrderServiceDeps {
  readonly uow: OrderUnitOfWork;
  /** Reads outside a transaction. */
  readonly orders: OrderRepository;
  readonly payments: PaymentGateway;
  readonly clock: Clock;
  readonly ids: IdGenerator;
  /** Told after every commit that wrote an outbox event, so a relay can publish at once. */
  readonly onEventsWritten?: () => void;
}

/** What `OrderService.pay` takes. */
export interface PayRequest {
  readonly paymentToken: string;
}

// A handful of reloads is plenty: each conflict means another writer finished, and an order
// has at most three transitions in its life.
const MAX_CONFLICT_RETRIES = 5;

/**
 * The order use cases on the ports: create, read, pay (charge outside any transaction, then
 * the status change and its outbox event in one), cancel.
 */
export class OrderService {
  readonly #deps: OrderServiceDeps;
  // Concurrent pays of one order in this process share one charge attempt; across processes
  // the provider's idempotency key and the version check keep it to one charge and one event.
  readonly #paying = new Map<string, Promise<Order>>();

  constructor(deps: OrderServiceDeps) {
    this.#deps = deps;
  }

  /** Validates `input` (every problem listed), stores a pending order and its `order.created` event. */
  async create(input: unknown): Promise<Order> {
    const order = createOrder(input, { id: this.#deps.ids.next(), now: this.#deps.clock.now() });
    await this.#deps.uow.run(async ({ orders, outbox }) => {
      await orders.insert(order);
      await outbox.add(this.#event(ORDER_EVENT_TYPES.created, order));
    });
    this.#deps.onEventsWritten?.();
    return order;
  }

  /** The order, or `NotFoundError`. */
  get(id: string): Promise<Order> {
    return this.#deps.orders.get(id);
  }

  /**
   * Charges the order and marks it paid (or `payment_failed` on a decline, then rethrows the
   * `PaymentDeclinedError`). An already paid order is returned as it is, without a charge.
   * `PaymentUnavailableError` leaves the order untouched and payable.
   */
  pay(id: string, request: PayRequest): Promise<Order> {
    const running = this.#paying.get(id);
    if (running) return running;
    const attempt = this.#pay(id, request).finally(() => this.#paying.delete(id));
    this.#paying.set(id, attempt);
    return attempt;
  }

  /** Cancels a pending or declined order and writes `order.cancelled`. */
  async cancel(id: string): Promise<Order> {
    const saved = await this.#deps.uow.run(async ({ orders, outbox }) => {
      const order = await orders.get(id);
      const cancelled = await orders.update(transitionOrder(order, 'cancelled', this.#deps.clock.now()));
      await outbox.add(this.#event(ORDER_EVENT_TYPES.cancelled, cancelled));
      return cancelled;
    });
    this.#deps.onEventsWritten?.();
    return saved;
  }

  async #pay(id: string, request: PayRequest): Promise<Order> {
    const order = await this.#deps.orders.get(id);
    if (order.status === 'paid') return order;
    if (!canTransition(order.status, 'paid')) throw new InvalidTransitionError('order', order.status, 'paid');
    try {
      const charge = await this.#charge(order, request);
      return await this.#settle(order, 'paid', ORDER_EVENT_TYPES.paid, charge ? { chargeId: charge } : {});
    } catch (error) {
      if (!(error instanceof PaymentDeclinedError)) throw error;
      const failed = await this.#settle(order, 'payment_failed', ORDER_EVENT_TYPES.paymentFailed, {
        declineCode: error.declineCode,
      });
      if (failed.status === 'paid') return failed;
      throw error;
    }
  }

  /** The charge id, or undefined for a free order (nothing to charge). */
  async #charge(order: Order, request: PayRequest): Promise<string | undefined> {
    if (order.total === 0) return undefined;
    const charge = await this.#deps.payments.charge({
      amount: money(order.total, order.currency),
      paymentToken: request.paymentToken,
      idempotencyKey: paymentKey(order),
      reference: order.id,
    });
    return charge.id;
  }

  /**
   * Moves the order to `to` and writes its event in one transaction. On a version conflict it
   * reloads: a concurrent payer that already got the order paid wins, and its result is returned.
   */
  async #settle(order: Order, to: OrderStatus, type: OrderEventType, extra: JsonObject): Promise<Order> {
    let current = order;
    for (let attempt = 0; ; attempt++) {
      try {
        const saved = await this.#deps.uow.run(async ({ orders, outbox }) => {
          const updated = await orders.update(transitionOrder(current, to, this.#deps.clock.now()));
          await outbox.add(this.#event(type, updated, extra));
          return updated;
        });
        this.#deps.onEventsWritten?.();
        return saved;
      } catch (error) {
        if (!(error instanceof ConcurrencyConflictError) || attempt >= MAX_CONFLICT_RETRIES) throw error;
        current = await this.#deps.orders.get(order.id);
        if (current.status === 'paid') return current;
      }
    }
  }

  #event(type: OrderEventType, order: Order, extra?: JsonObject) {
    return orderEvent(type, order, { id: this.#deps.ids.next(), now: this.#deps.clock.now(), extra });
  }
}

/**
 * One key per payable state of the order: a retry after a crash or an outage (same version)
 * reuses it and gets the provider's first charge back; a new card after a decline (version
 * bumped) gets a fresh one.
 */
export function paymentKey(order: Order): string {
  return `order-${order.id}-v${order.version}`;
}
