import type {
  Clock,
  EventMessage,
  IdGenerator,
  Order,
  OrderRepository,
  OutboxStore,
  UnitOfWork,
} from '@seams/ports';

/**
 * What the OrderRepository and OutboxStore contracts need: the transaction boundary, stores
 * outside any transaction, a clock the stores read and that the case can move, and ids.
 */
export interface PersistenceContractContext {
  readonly unitOfWork: UnitOfWork;
  /** Used outside `unitOfWork.run`: each call commits on its own. */
  readonly orders: OrderRepository;
  /** Used outside `unitOfWork.run`: each call commits on its own. */
  readonly outbox: OutboxStore;
  /** The clock the outbox store reads (a `FakeClock`). */
  readonly clock: Clock;
  /** Moves `clock` forward by `ms`. */
  readonly advance: (ms: number) => Promise<void>;
  readonly ids: IdGenerator;
}

/** A pending order with three lines, a total near 2^53 and millisecond timestamps: a lossy store shows. */
export function anOrder(
  context: Pick<PersistenceContractContext, 'ids' | 'clock'>,
  overrides: Partial<Order> = {},
): Order {
  const now = context.clock.now();
  return {
    id: context.ids.next(),
    customerId: 'customer-ü-42',
    currency: 'EUR',
    lines: [
      { sku: 'SKU-ß-1', quantity: 3, unitPrice: 1_999 },
      { sku: 'sku-2', quantity: 1, unitPrice: 0 },
      { sku: 'sku-3', quantity: 10_000, unitPrice: 100_000_000 },
    ],
    total: Number.MAX_SAFE_INTEGER,
    status: 'pending',
    version: 1,
    createdAt: new Date(now.getTime() + 123),
    updatedAt: new Date(now.getTime() + 456),
    ...overrides,
  };
}

/** An event with a nested payload, headers and a correlation id. */
export function anEvent(
  context: Pick<PersistenceContractContext, 'ids' | 'clock'>,
  overrides: Partial<EventMessage> = {},
): EventMessage {
  return {
    id: context.ids.next(),
    type: 'order.created',
    payload: { orderId: 'o-1', total: 4_997, lines: [{ sku: 'a', quantity: 1 }], note: null, paid: false },
    occurredAt: context.clock.now(),
    correlationId: 'corr-1',
    headers: { 'x-tenant': 'acme', 'x-attempt': 1, 'x-replay': false },
    ...overrides,
  };
}

/** A promise and its resolver: lets a case hold a transaction open while it acts elsewhere. */
export function gate<T = void>(): { readonly promise: Promise<T>; readonly open: (value: T) => void } {
  let open: (value: T) => void = () => undefined;
  const promise = new Promise<T>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
