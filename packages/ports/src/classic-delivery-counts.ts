/**
 * `Delivery.deliveryCount` for a classic queue, kept by the consumer: RabbitMQ 3.10's classic
 * queues only flag a redelivery, so the count lives in memory, keyed by message id, from each
 * delivery until the message is settled for good. A redelivery the consumer has not seen before
 * (another consumer's, or after a restart) counts 2. Bounded: the oldest entries go first. Every
 * `EventConsumer` on classic queues (the AMQP adapter's and the fake's) counts with this one rule.
 */
export class ClassicDeliveryCounts {
  readonly #counts = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  /** The count of this delivery, remembered until `forget`. */
  next(messageId: string, redelivered: boolean): number {
    const count = redelivered ? (this.#counts.get(messageId) ?? 1) + 1 : 1;
    this.#counts.delete(messageId);
    this.#counts.set(messageId, count);
    if (this.#counts.size > this.capacity) {
      const oldest = this.#counts.keys().next();
      if (!oldest.done) this.#counts.delete(oldest.value);
    }
    return count;
  }

  /** The message was acked or dead-lettered: it will not come back. */
  forget(messageId: string): void {
    this.#counts.delete(messageId);
  }
}
