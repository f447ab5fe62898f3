import type { EventMessage } from './events.js';

/** Publishes events to one exchange; `type` is the routing key. */
export interface EventPublisher {
  /**
   * Resolves once the broker has accepted the message for at least one queue; rejects with
   * `PublishError` when it is unroutable, nacked, or the publisher is closed or disconnected.
   * It never resolves for a message the broker did not take.
   */
  publish(message: EventMessage): Promise<void>;
  /** Releases the connection; idempotent. Later publishes reject with reason `closed`. */
  close(): Promise<void>;
}

/** Why a message went to the dead-letter queue. */
export type DeadLetterReason = 'rejected' | 'expired' | 'maxlen' | 'delivery_limit' | 'unparseable';

/** Why and where a dead-lettered message died, as read from the broker (RabbitMQ's `x-death`). */
export interface DeadLetterInfo {
  readonly reason: DeadLetterReason;
  /** The queue the message died in. */
  readonly queue: string;
  /** Times it has died in that queue for that reason. */
  readonly count: number;
}

/** A message handed to a consumer. Exactly one of `ack` or `nack` settles it. */
export interface Delivery {
  readonly message: EventMessage;
  readonly queue: string;
  /** True when this message was delivered before and not acknowledged. */
  readonly redelivered: boolean;
  /** 1 on the first delivery, 2 on the first redelivery, and so on. */
  readonly deliveryCount: number;
  /** Set when the message was dead-lettered into this queue: why, and from which queue. */
  readonly deadLetter?: DeadLetterInfo;
  /** Removes the message from the queue. */
  ack(): void;
  /** Returns the message to the queue (`requeue: true`, the default) or dead-letters it. */
  nack(options?: { readonly requeue?: boolean }): void;
}

/**
 * Handles one delivery. If it neither acks nor nacks: resolving acks, throwing nacks with
 * requeue until the subscription's redelivery limit, after which the message is dead-lettered.
 */
export type DeliveryHandler = (delivery: Delivery) => Promise<void> | void;

/** Options for `EventConsumer.consume`. */
export interface ConsumeOptions {
  /** Most unacknowledged deliveries in flight at once. */
  readonly prefetch?: number;
  /** Deliveries of one message before a throwing handler dead-letters it instead of requeueing. */
  readonly maxDeliveries?: number;
}

/** An active consumer on one queue. */
export interface Subscription {
  /**
   * Stops new deliveries and waits for in-flight handlers to settle. What those handlers settle
   * after `stop()` was called counts as any settlement does (an ack removes its message for good,
   * a nack requeues or dead-letters it): none is handed back as if never settled.
   */
  stop(): Promise<void>;
}

/** The consuming side of the broker. */
export interface EventConsumer {
  consume(queue: string, handler: DeliveryHandler, options?: ConsumeOptions): Promise<Subscription>;
  /** Stops every subscription and releases the connection; idempotent. */
  close(): Promise<void>;
}

/** A binding of a queue to an exchange by routing pattern (`invoice.*`, `invoice.#`). */
export interface BindingSpec {
  readonly exchange: string;
  readonly pattern: string;
}

/**
 * How RabbitMQ 3.10 keeps a queue, which changes what consumers see: a `quorum` queue (the
 * default) puts a nacked-and-requeued message at the back and counts deliveries; a `classic`
 * queue puts it back in its place and only flags it `redelivered`.
 */
export type QueueType = 'quorum' | 'classic';

/** A queue and what feeds it. Dead-lettered messages go to `deadLetterExchange` with their original routing key. */
export interface QueueSpec {
  readonly name: string;
  /** `quorum` unless given; redeclaring a queue with another type is refused. */
  readonly type?: QueueType;
  readonly bindings: readonly BindingSpec[];
  readonly deadLetterExchange?: string;
  readonly messageTtlMs?: number;
  readonly maxLength?: number;
}

/** A topic exchange. */
export interface ExchangeSpec {
  readonly name: string;
  readonly type: 'topic';
}

/** Exchanges and queues, declared idempotently by `BrokerTopology.declare`. */
export interface Topology {
  readonly exchanges: readonly ExchangeSpec[];
  readonly queues: readonly QueueSpec[];
}

/** Declares topology on a broker; declaring the same description twice changes nothing. */
export interface BrokerTopology {
  declare(topology: Topology): Promise<void>;
}
