import type { DeadLetterReason, DeliveryHandler, Subscription } from '@seams/ports';
import type { BrokerQueue, QueueConsumer } from './broker-queue.js';
import { InMemoryDelivery, type Settlement } from './in-memory-delivery.js';
import type { StoredMessage } from './stored-message.js';

/** What a subscription needs from its broker. */
export interface SubscriptionHost {
  deadLetter(queue: BrokerQueue, stored: StoredMessage, reason: DeadLetterReason): void;
  changed(): void;
}

/** One consumer on one queue: runs the handler per delivery and settles by its outcome. */
export class InMemorySubscription implements Subscription, QueueConsumer {
  readonly #unacked = new Set<InMemoryDelivery>();
  readonly #running = new Set<Promise<void>>();
  #stopped = false;

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
    const delivery = new InMemoryDelivery(this.queue.name, stored, (settled, how) =>
      this.#settle(settled, how),
    );
    this.#unacked.add(delivery);
    const running = this.#run(delivery).finally(() => this.#running.delete(running));
    this.#running.add(running);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    this.queue.detach(this);
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  /**
   * The consumer's channel drops: everything unacked goes back to the queue, redelivered, and
   * late settlements of those deliveries are ignored (their delivery tags died with the channel).
   */
  dropChannel(): void {
    const orphans = [...this.#unacked];
    this.#unacked.clear();
    for (const delivery of orphans) this.queue.requeue(delivery.stored);
    this.host.changed();
  }

  async #run(delivery: InMemoryDelivery): Promise<void> {
    try {
      await this.handler(delivery);
      delivery.ack();
    } catch {
      if (delivery.settled) return;
      if (delivery.deliveryCount >= this.maxDeliveries) this.#deadLetter(delivery, 'delivery_limit');
      else delivery.nack({ requeue: true });
    }
  }

  #deadLetter(delivery: InMemoryDelivery, reason: DeadLetterReason): void {
    if (!this.#unacked.delete(delivery)) return;
    this.host.deadLetter(this.queue, delivery.stored, reason);
    this.#afterSettle();
  }

  #settle(delivery: InMemoryDelivery, settlement: Settlement): void {
    if (!this.#unacked.has(delivery)) return;
    if (settlement.kind === 'reject') {
      this.#deadLetter(delivery, 'rejected');
      return;
    }
    this.#unacked.delete(delivery);
    if (settlement.kind === 'requeue') this.queue.requeue(delivery.stored);
    this.#afterSettle();
  }

  #afterSettle(): void {
    if (!this.#stopped) this.queue.schedulePump();
    this.host.changed();
  }
}
