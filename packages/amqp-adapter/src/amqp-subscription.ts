import { type DeadLetterReason, type DeliveryHandler, NotFoundError, type Subscription } from '@seams/ports';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import type { AmqpConnection } from './amqp-connection.js';
import { AmqpDelivery, type Outcome } from './amqp-delivery.js';
import { amqpReplyCode } from './amqp-errors.js';
import type { AmqpModel } from './amqp-model.js';
import { deathHeaders, decodeDelivery } from './event-codec.js';

/** What one subscription was asked for. */
export interface SubscriptionSpec {
  readonly queue: string;
  readonly handler: DeliveryHandler;
  readonly prefetch: number;
  readonly maxDeliveries: number;
}

/**
 * One consumer on one queue, on a confirm channel of its own (reopened after reconnects). The
 * delivery count comes from the quorum queue's `x-delivery-count`, so it survives crashes.
 */
export class AmqpSubscription implements Subscription {
  readonly #running = new Set<Promise<void>>();
  #channel: ConfirmChannel | undefined;
  #consumerTag: string | undefined;
  #detach: () => void = () => undefined;
  #stopped = false;

  constructor(
    private readonly connection: AmqpConnection,
    private readonly spec: SubscriptionSpec,
  ) {}

  async start(): Promise<void> {
    try {
      this.#detach = await this.connection.attach({ phase: 'channels', open: (model) => this.#open(model) });
    } catch (error) {
      if (amqpReplyCode(error) === 404) throw new NotFoundError('queue', this.spec.queue, { cause: error });
      throw error;
    }
  }

  async stop(): Promise<void> {
    if (this.#stopped) return this.#drain();
    this.#stopped = true;
    this.#detach();
    const channel = this.#channel;
    if (channel && this.#consumerTag) await channel.cancel(this.#consumerTag).catch(() => undefined);
    await this.#drain();
    this.#channel = undefined;
    await channel?.close().catch(() => undefined);
  }

  async #drain(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  async #open(model: AmqpModel): Promise<void> {
    if (this.#stopped) return;
    const channel = await model.createConfirmChannel();
    channel.on('error', () => undefined);
    channel.once('close', () => {
      if (this.#channel === channel) this.#channel = undefined;
    });
    await channel.prefetch(this.spec.prefetch);
    this.#channel = channel;
    const { consumerTag } = await channel.consume(this.spec.queue, (raw) => {
      if (raw) this.#track(this.#handle(channel, raw));
    });
    this.#consumerTag = consumerTag;
  }

  #track(running: Promise<void>): void {
    const tracked = running.catch(() => undefined).finally(() => this.#running.delete(tracked));
    this.#running.add(tracked);
  }

  async #handle(channel: ConfirmChannel, raw: ConsumeMessage): Promise<void> {
    const decoded = decodeDelivery(raw);
    if (!decoded.ok) return this.#deadLetter(channel, raw, 'unparseable', decoded.problem);
    const count = Number(raw.properties.headers?.['x-delivery-count'] ?? 0) + 1;
    const delivery = new AmqpDelivery(
      decoded.message,
      this.spec.queue,
      raw.fields.redelivered,
      count,
      decoded.deadLetter,
      (outcome) => settle(channel, raw, outcome),
    );
    try {
      await this.spec.handler(delivery);
      delivery.ack();
    } catch (error) {
      if (count < this.spec.maxDeliveries) delivery.nack({ requeue: true });
      else if (delivery.claim()) await this.#deadLetter(channel, raw, 'delivery_limit', describe(error));
    }
  }

  /**
   * Dead-letters by publishing a copy to the queue's dead-letter exchange (original properties
   * and headers, plus why), then acking: RabbitMQ itself can only say `rejected`. With no known
   * dead-letter exchange it rejects, which RabbitMQ treats as dead-lettering (or dropping).
   */
  async #deadLetter(channel: ConfirmChannel, raw: ConsumeMessage, reason: DeadLetterReason, error: string) {
    const exchange = this.connection.deadLetterExchangeOf(this.spec.queue);
    if (exchange === undefined) return settle(channel, raw, 'reject');
    const headers = deathHeaders(raw.properties.headers, { reason, queue: this.spec.queue, error });
    const properties = { ...raw.properties, headers };
    const confirmed = await new Promise<boolean>((resolve) => {
      try {
        channel.publish(exchange, raw.fields.routingKey, raw.content, properties, (err: unknown) =>
          resolve(!err),
        );
      } catch {
        resolve(false);
      }
    });
    // Unconfirmed: leave the original unacked; the broker redelivers it and we try again.
    if (confirmed) settle(channel, raw, 'ack');
  }
}

/** Acks or nacks on the channel the message came in on; a closed channel means it is redelivered. */
function settle(channel: ConfirmChannel, raw: ConsumeMessage, outcome: Outcome): void {
  try {
    if (outcome === 'ack') channel.ack(raw);
    else channel.nack(raw, false, outcome === 'requeue');
  } catch {
    // The channel closed: RabbitMQ requeues every unacked message of a closed channel.
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
