import {
  ClassicDeliveryCounts,
  type DeadLetterReason,
  type DeliveryHandler,
  type Subscription,
} from '@seams/ports';
import type { BrokerQueue, QueueConsumer } from './broker-queue.js';
import { InMemoryDelivery, type Settlement } from './in-memory-delivery.js';
import { deliveredMessage, type StoredMessage } from './stored-message.js';

/** What a subscription needs from its broker. */
export interface SubscriptionHost {
  /** The handler rejected `stored` (nack without requeue): the broker dead-letters it. */
  reject(queue: BrokerQueue, stored: StoredMessage): void;
  /** The consumer gives up on `stored` itself (delivery limit) and republishes it as dead. */
  giveUp(queue: BrokerQueue, stored: StoredMessage, reason: DeadLetterReason): void;
  /**
   * False when `queue` names a dead-letter exchange that does not exist: the AMQP adapter finds
   * it missing (404 on a channel of its own) and rejects the message instead of publishing a copy.
   */
  canGiveUp(queue: BrokerQueue): boolean;
  changed(): void;
  /** Runs `settle`, during which `settling()` is true: deliveries it causes are paced. */
  settle(settle: () => void): void;
  settling(): boolean;
}

/**
 * One consumer on one queue: runs the handler per delivery and settles by its outcome. The
 * delivery count is what `AmqpSubscription` reads: a quorum queue's count, or on a classic queue
 * the consumer's own (`ClassicDeliveryCounts`).
 */
export class InMemorySubscription implements Subscription, QueueConsumer {
  readonly #unacked = new Set<InMemoryDelivery>();
  readonly #running = new Set<Promise<void>>();
  readonly #classicCounts = new ClassicDeliveryCounts();
  #stopped = false;
  #turn: Promise<void> | undefined;

  constructor(
    private readonly queue: BrokerQueue,
    private readonly handler: DeliveryHandler,
    readonly prefetch: number,
    private readonly maxDeliveries: number,
    private readonly host: SubscriptionHost,
  ) {}

  get queueName(): string {
    return this.queue.name;
  }

  get unacked(): number {
    return this.#unacked.size;
  }

  deliver(stored: StoredMessage): void {
    // A quorum queue's count travels with the delivery (`x-delivery-count`, as sent). A classic
    // one is the consumer's, worked out when the delivery reaches it (`#arrive`): a settlement the
    // consumer made meanwhile (an ack that forgot a message id) counts. Measured on RabbitMQ
    // 3.10.8, classic queue, prefetch 2, two messages with one id: the first nacked three times
    // while the second is acked counts 1, 2, 3, 4; counted when sent it was 1, 2, 2, 3.
    const delivery = new InMemoryDelivery(
      this.queue.name,
      stored,
      this.queue.type === 'quorum' ? stored.returns + 1 : 1,
      (settled, how) => this.#settle(settled, how),
      deliveredMessage(stored, this.queue.type),
    );
    this.#unacked.add(delivery);
    // The handler runs after the broker has pushed everything the prefetch window allows, as
    // with RabbitMQ, where deliveries reach the client before any handler can settle one. A
    // delivery a settlement made (a requeue, a refilled window, a dead letter) waits for a
    // macrotask, as a network round trip would: on microtasks alone a handler that always nacks,
    // or a reject loop through a dead-letter exchange, would starve timers and I/O for good,
    // where RabbitMQ keeps the process responsive and lets the test stop the subscription.
    // Deliveries paced together start together, as one batch of frames would.
    const start = this.host.settling() ? this.#nextTurn() : Promise.resolve();
    const running = start
      .then(() => (this.#stopped ? this.#handBack(delivery) : this.#arrive(delivery)))
      .finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  #nextTurn(): Promise<void> {
    if (!this.#turn) {
      this.#turn = new Promise<void>((resolve) =>
        setImmediate(() => {
          this.#turn = undefined;
          resolve();
        }),
      );
    }
    return this.#turn;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.queue.detach(this);
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  /** True once `stop()` was called. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /**
   * The consumer's channel drops: the queue loses this consumer, everything unacked goes back to
   * the queue, redelivered, and late settlements of those deliveries are ignored (their delivery
   * tags died with the channel). `resume()` subscribes again, as a new consumer.
   */
  dropChannel(): void {
    const orphans = [...this.#unacked];
    this.#unacked.clear();
    this.queue.detach(this);
    this.queue.returnUnsettled(orphans.map((delivery) => delivery.stored));
    this.host.changed();
  }

  /**
   * Subscribes again after `dropChannel()` (unless stopped since), as the AMQP consumer does on
   * its new connection: a new consumer at the back of the queue's service order, which the queue
   * feeds at once, up to its prefetch, before the next subscription comes back.
   */
  resume(): void {
    if (this.#stopped) return;
    this.queue.attach(this);
    this.queue.pump();
    this.host.changed();
  }

  /**
   * `stop()` came before this delivery reached the handler. On RabbitMQ it is one the broker sent
   * before it read the cancel (a settlement just before `stop()` freed the window): it reaches the
   * AMQP consumer after `stop()`, which nacks it back with requeue rather than run the handler, so
   * it is redelivered (and a quorum queue counts the return). Measured on RabbitMQ 3.10.8, both
   * queue types: a handler of prefetch 1 that acks and calls `stop()` leaves the next message
   * waiting, redelivered; the fake ran the handler on it after `stop()`.
   */
  #handBack(delivery: InMemoryDelivery): void {
    delivery.nack({ requeue: true });
  }

  // A delivery handed back after stop() never reaches the handler, so it is never counted.
  #arrive(delivery: InMemoryDelivery): Promise<void> {
    if (this.queue.type === 'classic') {
      delivery.countAs(this.#classicCounts.next(delivery.message.id, delivery.redelivered));
    }
    return this.#run(delivery);
  }

  async #run(delivery: InMemoryDelivery): Promise<void> {
    try {
      await this.handler(delivery);
      delivery.ack();
    } catch {
      if (delivery.settled) return;
      if (delivery.deliveryCount < this.maxDeliveries) delivery.nack({ requeue: true });
      // The adapter finds the dead-letter exchange missing and rejects instead: RabbitMQ's own
      // dead-lettering to that exchange drops the message.
      else if (!this.host.canGiveUp(this.queue)) delivery.nack({ requeue: false });
      else if (this.#take(delivery)) {
        this.host.settle(() => {
          this.host.giveUp(this.queue, delivery.stored, 'delivery_limit');
          this.#afterSettle();
        });
      }
    }
  }

  /** Settles `delivery` on this channel; false when its channel already dropped. */
  #take(delivery: InMemoryDelivery): boolean {
    if (!this.#unacked.delete(delivery)) return false;
    this.queue.windowOpened(this);
    delivery.claim();
    this.#classicCounts.forget(delivery.message.id);
    return true;
  }

  #settle(delivery: InMemoryDelivery, settlement: Settlement): void {
    if (!this.#unacked.delete(delivery)) return;
    this.queue.windowOpened(this);
    this.host.settle(() => {
      if (settlement.kind === 'requeue') this.queue.requeue(delivery.stored);
      else {
        this.#classicCounts.forget(delivery.message.id);
        if (settlement.kind === 'reject') this.host.reject(this.queue, delivery.stored);
      }
      this.#afterSettle();
    });
  }

  #afterSettle(): void {
    if (!this.#stopped) this.queue.pump();
    this.host.changed();
  }
}
