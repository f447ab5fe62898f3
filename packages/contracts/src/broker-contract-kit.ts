import type {
  BrokerTopology,
  ConsumeOptions,
  Delivery,
  EventConsumer,
  EventMessage,
  EventPublisher,
  QueueSpec,
  QueueType,
  Subscription,
} from '@seams/ports';
import { eventually } from './eventually.js';

/**
 * What the broker contract needs. A fake and a real broker differ only in how they build it:
 * unique names per case, and how time passes for TTLs. Each implementation registers the
 * contract once per queue type; every queue a case declares has `queueType`.
 */
export interface BrokerContractContext {
  /** The topic exchange `publisher` publishes to; the case declares it. */
  readonly exchange: string;
  readonly publisher: EventPublisher;
  readonly consumer: EventConsumer;
  /** Another consumer on the same broker (closed with the case), to look at a queue `consumer` no longer reads. */
  readonly newConsumer: () => EventConsumer;
  readonly topology: BrokerTopology;
  /** The type of every queue the case declares. */
  readonly queueType: QueueType;
  /** A queue or exchange name unique to this case, e.g. `name('paid')`. */
  readonly name: (base: string) => string;
  /** Lets `ms` of the broker's time pass: a fake clock's advance, or a real wait. */
  readonly advanceTime: (ms: number) => Promise<void>;
}

let sequence = 0;

/** An event with a nested payload, all three header value types and a millisecond timestamp. */
export function brokerEvent(type: string, overrides: Partial<EventMessage> = {}): EventMessage {
  sequence += 1;
  return {
    id: `evt-${sequence}-${Math.random().toString(36).slice(2, 10)}`,
    type,
    payload: { orderId: `o-${sequence}`, total: 4_997, lines: [{ sku: 'ß-1', quantity: 2 }], note: null },
    occurredAt: new Date(Date.UTC(2026, 0, 2, 3, 4, 5, 678)),
    correlationId: `corr-${sequence}`,
    headers: { 'x-tenant': 'acmé', 'x-attempt': 3, 'x-replay': false, 'x-big': 2 ** 40, 'x-ratio': 1.5 },
    ...overrides,
  };
}

/** Declares the case's exchange (plus `extraExchanges`) and the given queues. */
export async function declare(
  context: BrokerContractContext,
  queues: readonly QueueSpec[],
  extraExchanges: readonly string[] = [],
): Promise<void> {
  const exchanges = [context.exchange, ...extraExchanges].map((name) => ({ name, type: 'topic' as const }));
  await context.topology.declare({ exchanges, queues });
}

/** A queue of the case's queue type bound to the case's exchange by `patterns`. */
export function boundQueue(
  context: BrokerContractContext,
  base: string,
  patterns: readonly string[],
  extra: Omit<QueueSpec, 'name' | 'bindings'> = {},
): QueueSpec {
  const bindings = patterns.map((pattern) => ({ exchange: context.exchange, pattern }));
  return { name: context.name(base), type: context.queueType, bindings, ...extra };
}

/** A queue of the case's type taking everything routed through `exchange` (a dead-letter queue, a witness). */
export function collectingQueue(context: BrokerContractContext, base: string, exchange: string): QueueSpec {
  return { name: context.name(base), type: context.queueType, bindings: [{ exchange, pattern: '#' }] };
}

/**
 * A queue of the case's type fed by everything routed through `from`, whose messages expire after
 * `ttlMs` into the dead-letter exchange `to`: the delay queue of a retry loop, or a hop of a chain.
 */
export function delayQueue(
  context: BrokerContractContext,
  base: string,
  hop: { readonly from: string; readonly ttlMs: number; readonly to: string },
): QueueSpec {
  return { ...collectingQueue(context, base, hop.from), messageTtlMs: hop.ttlMs, deadLetterExchange: hop.to };
}

/**
 * Publishes one more event (routing key `type`, which must reach the queue `received` reads) and
 * waits for it. Delivery within a queue is FIFO, so once the sentinel is in, anything published
 * before it that was routed to that queue is in too: "nothing else arrived" becomes a signal, not
 * a fixed wait. Returns the sentinel's id.
 */
export async function awaitSentinel(
  context: Pick<BrokerContractContext, 'publisher'>,
  received: Received,
  type: string,
): Promise<string> {
  const sentinel = brokerEvent(type);
  await context.publisher.publish(sentinel);
  await eventually(() => received.ids().includes(sentinel.id), `the sentinel ${sentinel.id}`);
  return sentinel.id;
}

/** Deliveries received by one subscription, in order. */
export interface Received {
  readonly deliveries: Delivery[];
  readonly subscription: Subscription;
  ids(): string[];
  /** Waits until at least `count` deliveries have arrived. */
  waitFor(count: number): Promise<void>;
}

/** Subscribes with `handler` (acking by resolving) and records every delivery. */
export async function receive(
  context: Pick<BrokerContractContext, 'consumer'>,
  queue: string,
  handler: (delivery: Delivery) => Promise<void> | void = () => undefined,
  options?: ConsumeOptions,
): Promise<Received> {
  const deliveries: Delivery[] = [];
  const subscription = await context.consumer.consume(
    queue,
    (delivery) => {
      deliveries.push(delivery);
      return handler(delivery);
    },
    options,
  );
  return {
    deliveries,
    subscription,
    ids: () => deliveries.map((d) => d.message.id),
    waitFor: (count) => eventually(() => deliveries.length >= count, `${count} deliveries on ${queue}`),
  };
}

/** A promise and its opener, to hold a handler in flight. */
export function latch(): { readonly promise: Promise<void>; readonly open: () => void } {
  let open: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { promise, open };
}
