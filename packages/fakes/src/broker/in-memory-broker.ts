import { setMaxListeners } from 'node:events';
import {
  type BrokerTopology,
  type Clock,
  type DeadLetterReason,
  type DeliveryHandler,
  DependencyUnavailableError,
  type EventMessage,
  NotFoundError,
  PublishError,
  type PublishFailureReason,
  type QueueSpec,
  SystemClock,
  type Topology,
  validatePublisherOptions,
  validateTopology,
} from '@seams/ports';
import { FailureScript } from '../failure-script.js';
import { BrokerQueue } from './broker-queue.js';
import { InMemoryEventConsumer } from './in-memory-consumer.js';
import { InMemoryEventPublisher } from './in-memory-publisher.js';
import { InMemorySubscription } from './in-memory-subscription.js';
import { brokerHeaders, type QueuedMessage } from './queued-message.js';
import {
  type BrokerDeathReason,
  brokerDeath,
  consumerDeath,
  deliveredMessage,
  type Envelope,
  freshEnvelope,
  isDeathCycle,
  type StoredMessage,
} from './stored-message.js';
import { matchesTopic } from './topic-pattern.js';
import { TopologyMismatchError } from './topology-mismatch-error.js';

/** A message the broker accepted, in publish order. */
export interface PublishedMessage {
  readonly exchange: string;
  readonly routingKey: string;
  readonly message: EventMessage;
  /** Queues it was routed to. */
  readonly queues: readonly string[];
}

/** Options for `InMemoryBroker`. */
export interface InMemoryBrokerOptions {
  /** Drives message TTLs; pass a `FakeClock` to expire messages with `advance`. */
  readonly clock?: Clock;
}

interface Binding {
  readonly queue: BrokerQueue;
  readonly pattern: string;
}

/**
 * A broker in memory with RabbitMQ 3.10's semantics: topic exchanges, quorum (default) and classic
 * queues with their own requeue order and delivery counting, prefetch, ack/nack with
 * `redelivered`, dead-lettering with `x-death` counts, TTL on the injected clock, max length
 * (drop-head), unroutable publishes rejected, and the same input limits as the AMQP adapter
 * (`ValidationError` before anything is routed). It passes the same contract as RabbitMQ, and
 * the broker corpus compares it with RabbitMQ case by case.
 *
 * @example
 * const broker = new InMemoryBroker({ clock });
 * await broker.declare(topology);
 * const publisher = broker.createPublisher({ exchange: 'invoices' });
 * await publisher.publish(event);
 * await broker.waitFor((b) => b.messages('billing').length === 1);
 */
export class InMemoryBroker implements BrokerTopology {
  readonly clock: Clock;
  readonly #exchanges = new Map<string, Binding[]>();
  readonly #queues = new Map<string, BrokerQueue>();
  readonly #published: PublishedMessage[] = [];
  readonly #listeners = new Set<() => void>();
  /** Every subscription in the order it was made (stopped and settled ones are pruned as found). */
  #subscriptions: InMemorySubscription[] = [];
  /** Subscriptions waiting to consume (again) after `dropConsumerChannels`, in turn. */
  readonly #toResume: InMemorySubscription[] = [];
  #resuming = false;
  /**
   * The consumers' connection is down (`dropConsumerChannels()` of every queue) until the
   * subscriptions are back: the AMQP adapter's topology goes through that connection.
   */
  #consumerConnectionDown = false;
  /** Told when the subscriptions are all back after a drop (`resubscribing` turns false). */
  readonly #awaitingResume = new Set<() => void>();
  readonly #lifetime = new AbortController();
  readonly #failures = new FailureScript<PublishFailureReason>('failNextPublish');
  #settling = 0;
  /** Dead letters waiting for the publish (or dead letter) that caused them to reach all its queues. */
  readonly #pendingDead: Array<{ readonly dead: Envelope; readonly targets: readonly BrokerQueue[] }> = [];
  #routing = 0;

  constructor(options: InMemoryBrokerOptions = {}) {
    this.clock = options.clock ?? new SystemClock();
    // Every message waiting under a TTL holds one timer on this signal (so close() cancels them
    // all): a queue with more than ten such messages is normal, not the leak Node warns about.
    setMaxListeners(0, this.#lifetime.signal);
  }

  /** Every accepted message, in publish order (rejected publishes are not in it). */
  get published(): readonly PublishedMessage[] {
    return this.#published;
  }

  async declare(topology: Topology): Promise<void> {
    // `AmqpTopology` declares through the consumers' connection (so consumers learn each queue's
    // type and dead-letter exchange) and fails fast while it reconnects, before it looks at the
    // topology: measured on RabbitMQ 3.10.8, a declare right after that connection dropped is
    // refused with DEPENDENCY_UNAVAILABLE and creates nothing, with or without subscriptions.
    if (this.#consumerConnectionDown) {
      throw new DependencyUnavailableError(
        'broker',
        'cannot declare topology: the consumers’ connection is down (dropConsumerChannels) until it is back',
      );
    }
    validateTopology(topology);
    // RabbitMQ applies a declaration round trips after the call (a channel, then each declare and
    // bind), while a publish is routed as soon as its frame arrives: measured on 3.10.8, a publish
    // made in the same tick as the declare binding its only queue is unroutable, and one made in
    // the same tick as a new binding misses the new queue. So the fake applies it a turn later.
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (const exchange of topology.exchanges) {
      if (!this.#exchanges.has(exchange.name)) this.#exchanges.set(exchange.name, []);
    }
    for (const spec of topology.queues) {
      const queue = this.#declareQueue(spec);
      for (const binding of spec.bindings) this.#bind(queue, binding.exchange, binding.pattern);
    }
  }

  /** A publisher to `exchange`, with the same semantics as `AmqpEventPublisher`. */
  createPublisher(options: { readonly exchange: string }): InMemoryEventPublisher {
    validatePublisherOptions(options);
    return new InMemoryEventPublisher(options.exchange, {
      accept: (exchange, message) => this.#accept(exchange, message),
    });
  }

  /** A consumer, with the same semantics as `AmqpEventConsumer`. */
  createConsumer(): InMemoryEventConsumer {
    const consumer = new InMemoryEventConsumer({
      subscribe: (queue, handler, prefetch, max) => this.#subscribe(queue, handler, prefetch, max),
      resumed: () => this.#resumed(),
    });
    return consumer;
  }

  /** Messages waiting in `queue` (not delivered, or requeued), head first. */
  messages(queue: string): readonly EventMessage[] {
    const target = this.#queue(queue);
    return target.ready.map((stored) => deliveredMessage(stored, target.type));
  }

  /**
   * Messages waiting in `queue` as an AMQP client would get them: routing, the `redelivered`
   * flag and the headers RabbitMQ itself adds (`x-death`, `x-first-death-*`, `x-delivery-count`).
   */
  inspect(queue: string): readonly QueuedMessage[] {
    const target = this.#queue(queue);
    return target.ready.map((stored) => ({
      message: deliveredMessage(stored, target.type),
      routingKey: stored.routingKey,
      exchange: stored.exchange,
      redelivered: stored.redelivered,
      brokerHeaders: brokerHeaders(stored, target.type),
    }));
  }

  /**
   * Takes the messages waiting in `queue` out of it, as a client's `basic.get` until it is empty
   * would (acknowledged): what `inspect` shows, but gone from the queue afterwards.
   */
  take(queue: string): readonly QueuedMessage[] {
    const target = this.#queue(queue);
    return target.takeReady().map((stored) => ({
      message: deliveredMessage(stored, target.type),
      routingKey: stored.routingKey,
      exchange: stored.exchange,
      redelivered: stored.redelivered,
      brokerHeaders: brokerHeaders(stored, target.type),
    }));
  }

  /** Makes the next `count` publishes reject with `reason`, as a nack or lost connection would. */
  failNextPublish(reason: PublishFailureReason = 'nacked', count = 1): void {
    this.#failures.add(count, reason);
  }

  /**
   * Drops the channel of every subscription (on `queue`, or all): unacked messages return to their
   * queue as redelivered, late acks from their handlers are ignored, and the subscriptions resume
   * as a reconnecting consumer would: all channels close first, then each subscription consumes
   * again, one per turn, in the order they were first made, each as a new consumer at the back of
   * its queue's service order. Measured on RabbitMQ 3.10.8 (both queue types) with consumers A and
   * B of prefetch 1 on one connection, A served last: after the connection drops, the next
   * publishes go A, B, A (not B, A, B), and a message A held comes back to A, not to B.
   * Without `queue` it is the consumers' connection that drops, which the AMQP adapter's topology
   * also goes through: until `resubscribing` is false again, `declare` is refused with
   * `DependencyUnavailableError`, as `AmqpTopology` refuses it while that connection reconnects.
   */
  dropConsumerChannels(queue?: string): void {
    // Still coming back from the last drop: there is no connection to drop yet (the adapter's
    // drop of a reconnecting connection does nothing either).
    if (this.#resuming) return;
    // A stopped subscription whose handlers still hold deliveries keeps its channel until they
    // settle: that channel drops too (their late settlements are lost), but it does not come back.
    this.#subscriptions = this.#subscriptions.filter(
      (subscription) => !subscription.stopped || subscription.unacked > 0,
    );
    const dropped = this.#subscriptions.filter(
      (subscription) => queue === undefined || subscription.queueName === queue,
    );
    for (const subscription of dropped) subscription.dropChannel();
    this.#toResume.push(...dropped);
    // Dropping every queue's channels is the connection going: one queue's alone is not.
    if (queue === undefined) this.#consumerConnectionDown = true;
    if (!this.#resuming) void this.#resubscribe();
  }

  /**
   * True from `dropConsumerChannels` until every dropped subscription (and any made meanwhile)
   * consumes again: what a reconnecting AMQP consumer's connection reports as not yet `connected`.
   */
  get resubscribing(): boolean {
    return this.#resuming;
  }

  // One per turn: the consumer that resubscribes first is fed (and its handler may settle) before
  // the next one is back, as with RabbitMQ, where each basic.consume is a round trip. A
  // subscription made meanwhile joins the end of the line (the adapter runs it after the others'
  // on reconnecting): measured on RabbitMQ 3.10.8, with A and B resubscribing and C made while the
  // connection was down, the next four publishes go A, B, C, A.
  // The connection is back a turn later at the earliest, even with no subscription to bring back
  // (a reconnect is round trips away).
  async #resubscribe(): Promise<void> {
    this.#resuming = true;
    try {
      do {
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (this.#lifetime.signal.aborted) return;
        this.#toResume.shift()?.resume();
      } while (this.#toResume.length > 0);
    } finally {
      this.#resuming = false;
      this.#consumerConnectionDown = false;
      for (const resolve of this.#awaitingResume) resolve();
      this.#awaitingResume.clear();
    }
  }

  /** Resolves once no drop is being recovered from: at once, or when `resubscribing` turns false. */
  #resumed(): Promise<void> {
    if (!this.#resuming) return Promise.resolve();
    return new Promise((resolve) => this.#awaitingResume.add(resolve));
  }

  /**
   * Resolves once `predicate(this)` holds, checked after every change in the broker (and every
   * 10 ms, for conditions on the test's own state); rejects after `timeoutMs` of real time.
   */
  waitFor(predicate: (broker: InMemoryBroker) => boolean, timeoutMs = 2_000): Promise<void> {
    if (predicate(this)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!predicate(this)) return;
        cleanup();
        resolve();
      };
      const poll = setInterval(check, 10);
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`InMemoryBroker.waitFor: condition not met within ${timeoutMs} ms`));
      }, timeoutMs);
      const cleanup = () => {
        clearInterval(poll);
        clearTimeout(timer);
        this.#listeners.delete(check);
      };
      this.#listeners.add(check);
    });
  }

  /** Cancels pending TTL timers; the broker keeps its state. */
  close(): void {
    this.#lifetime.abort(new Error('InMemoryBroker closed'));
  }

  #declareQueue(spec: QueueSpec): BrokerQueue {
    const existing = this.#queues.get(spec.name);
    if (existing) {
      TopologyMismatchError.assertEquivalent(existing.spec, spec);
      return existing;
    }
    const queue = new BrokerQueue(spec, {
      clock: this.clock,
      signal: this.#lifetime.signal,
      deadLetter: (from, stored, reason) => this.#brokerDeath(from, stored, reason),
      changed: () => this.#changed(),
    });
    this.#queues.set(spec.name, queue);
    return queue;
  }

  #bind(queue: BrokerQueue, exchange: string, pattern: string): void {
    const bindings = this.#exchanges.get(exchange);
    if (!bindings) throw new NotFoundError('exchange', exchange);
    if (!bindings.some((b) => b.queue === queue && b.pattern === pattern)) bindings.push({ queue, pattern });
  }

  #route(exchange: string, routingKey: string): BrokerQueue[] | undefined {
    const bindings = this.#exchanges.get(exchange);
    if (!bindings) return undefined;
    const matched = new Set(bindings.filter((b) => matchesTopic(b.pattern, routingKey)).map((b) => b.queue));
    return [...matched];
  }

  // `event` is the publisher's copy, validated when publish() was called.
  #accept(exchange: string, event: EventMessage): void {
    const failure = this.#failures.take();
    if (failure) throw new PublishError(failure, `injected publish failure (${failure})`);
    const queues = this.#route(exchange, event.type);
    if (!queues) throw new PublishError('unroutable', `exchange ${exchange} does not exist`);
    if (queues.length === 0) {
      throw new PublishError('unroutable', `no queue is bound to ${exchange} for routing key ${event.type}`);
    }
    const envelope = freshEnvelope(event, event.type, exchange);
    const message = envelope.message;
    this.#enqueueAll(envelope, queues);
    this.#published.push({ exchange, routingKey: event.type, message, queues: queues.map((q) => q.name) });
    this.#flushDead();
    this.#changed();
  }

  /**
   * Enqueues `envelope` in every queue it was routed to before any dead letter that this causes
   * (a queue over its max length, TTL 0) is routed. On RabbitMQ such a dead letter is a new
   * publish by the dropping queue, made after the message reached all its queues: measured on
   * 3.10, a queue of max length 1 that dead-letters back into its own exchange, beside a witness
   * queue, gives the witness a, b, a (dead), c, b (dead) for a, b, c, both queue types.
   */
  #enqueueAll(envelope: Envelope, queues: readonly BrokerQueue[]): void {
    this.#routing += 1;
    try {
      for (const queue of queues) queue.enqueue(envelope);
    } finally {
      this.#routing -= 1;
    }
  }

  // Each dead letter reaches all its queues before those queues' own dead letters are routed.
  #flushDead(): void {
    if (this.#routing > 0) return;
    for (let next = this.#pendingDead.shift(); next; next = this.#pendingDead.shift()) {
      this.#enqueueAll(next.dead, next.targets);
    }
  }

  // Without a dead-letter exchange, or with nothing bound, RabbitMQ drops the message: so do we.
  #brokerDeath(from: BrokerQueue, stored: StoredMessage, reason: BrokerDeathReason): void {
    const exchange = from.spec.deadLetterExchange;
    if (exchange === undefined) return;
    const dead = brokerDeath(stored, from.name, reason, exchange);
    const targets = (this.#route(exchange, stored.routingKey) ?? []).filter(
      (q) => !isDeathCycle(dead, q.name),
    );
    this.#deliverDead(dead, targets);
  }

  // The adapter republishes such a copy to the dead-letter exchange itself, so no cycle check; it
  // copies the headers as it received them (a quorum redelivery's sorted, see `deliveredMessage`).
  #consumerDeath(from: BrokerQueue, stored: StoredMessage, reason: DeadLetterReason): void {
    const exchange = from.spec.deadLetterExchange;
    if (exchange === undefined) return;
    const asReceived = { ...stored, message: deliveredMessage(stored, from.type) };
    const dead = consumerDeath(asReceived, from.name, reason, exchange);
    this.#deliverDead(dead, this.#route(exchange, stored.routingKey) ?? []);
  }

  #deliverDead(dead: Envelope, targets: readonly BrokerQueue[]): void {
    this.#pendingDead.push({ dead, targets });
    if (this.#routing > 0) return;
    this.#flushDead();
    this.#changed();
  }

  #subscribe(queue: string, handler: DeliveryHandler, prefetch: number, max: number): InMemorySubscription {
    const target = this.#queue(queue);
    const subscription = new InMemorySubscription(target, handler, prefetch, max, {
      reject: (from, stored) => this.#brokerDeath(from, stored, 'rejected'),
      giveUp: (from, stored, reason) => this.#consumerDeath(from, stored, reason),
      canGiveUp: (from) => {
        const exchange = from.spec.deadLetterExchange;
        return exchange === undefined || this.#exchanges.has(exchange);
      },
      changed: () => this.#changed(),
      settle: (settle) => {
        this.#settling += 1;
        try {
          settle();
        } finally {
          this.#settling -= 1;
        }
      },
      settling: () => this.#settling > 0,
    });
    this.#subscriptions.push(subscription);
    if (this.#resuming) this.#toResume.push(subscription);
    else target.attach(subscription);
    return subscription;
  }

  #queue(name: string): BrokerQueue {
    const queue = this.#queues.get(name);
    if (!queue) throw new NotFoundError('queue', name);
    return queue;
  }

  #changed(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
