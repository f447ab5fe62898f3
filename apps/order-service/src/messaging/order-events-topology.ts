import type { QueueSpec, Topology } from '@seams/ports';

/** Options for `orderEventsTopology`. */
export interface OrderEventsTopologyOptions {
  /** The topic exchange the order service publishes to. Default `orders`. */
  readonly exchange?: string;
  /** Consumer queues: name → routing patterns (e.g. `{ billing: ['order.paid'] }`). */
  readonly queues?: Readonly<Record<string, readonly string[]>>;
  /** Per-queue message TTL, for every queue above. */
  readonly messageTtlMs?: number;
  /** Per-queue max length, for every queue above. */
  readonly maxLength?: number;
}

/**
 * The order service's topology: topic exchange `orders`, a dead-letter exchange `orders.dlx`
 * with one queue `orders.dead-letter` catching everything, and each consumer queue dead-lettering
 * there. Default consumer queue: `orders.all`, bound to `order.#`.
 *
 * @example
 * await topology.declare(orderEventsTopology({ queues: { 'billing.order-paid': [ORDER_EVENT_TYPES.paid] } }));
 */
export function orderEventsTopology(options: OrderEventsTopologyOptions = {}): Topology {
  const exchange = options.exchange ?? 'orders';
  const deadLetterExchange = `${exchange}.dlx`;
  const queues = options.queues ?? { [`${exchange}.all`]: ['order.#'] };
  const consumerQueues: QueueSpec[] = Object.entries(queues).map(([name, patterns]) => ({
    name,
    bindings: patterns.map((pattern) => ({ exchange, pattern })),
    deadLetterExchange,
    ...(options.messageTtlMs === undefined ? {} : { messageTtlMs: options.messageTtlMs }),
    ...(options.maxLength === undefined ? {} : { maxLength: options.maxLength }),
  }));
  return {
    exchanges: [
      { name: exchange, type: 'topic' },
      { name: deadLetterExchange, type: 'topic' },
    ],
    queues: [
      ...consumerQueues,
      { name: `${exchange}.dead-letter`, bindings: [{ exchange: deadLetterExchange, pattern: '#' }] },
    ],
  };
}
