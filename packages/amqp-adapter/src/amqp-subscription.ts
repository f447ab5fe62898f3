import {
  ClassicDeliveryCounts,
  type DeadLetterReason,
  type DeliveryHandler,
  NotFoundError,
  type Subscription,
} from '@seams/ports';
import type { ConfirmChannel, ConsumeMessage } from 'amqplib';
import type { AmqpConnection } from './amqp-connection.js';
import { AmqpDelivery, type Outcome } from './amqp-delivery.js';
import { amqpReplyCode } from './amqp-errors.js';
import type { AmqpModel } from './amqp-model.js';
import { deathHeaders } from './dead-letter-headers.js';
import { decodeDelivery } from './event-codec.js';
import { settlementsApplied } from './settlements-applied.js';

/** What one subscription was asked for. */
export interface SubscriptionSpec {
  readonly queue: string;
  readonly handler: DeliveryHandler;
  readonly prefetch: number;
  readonly maxDeliveries: number;
}

/**
 * One consumer on one queue, on a confirm channel of its own (reopened after reconnects). The
 * delivery count is the broker's where RabbitMQ keeps one: a quorum queue sets `x-delivery-count`
 * on every redelivery (overwriting whatever a publisher put there), so the count survives consumer
 * crashes. A classic queue only flags `redelivered` and passes a published `x-delivery-count`
 * through untouched, so there the header is never read and the consumer counts in memory.
 */
export class AmqpSubscription implements Subscription {
  readonly #running = new Set<Promise<void>>();
  readonly #classicCounts = new ClassicDeliveryCounts();
  #channel: ConfirmChannel | undefined;
  #consumerTag: string | undefined;
  /** The connection the consumer's channel is on, for the dead-letter channel. */
  #model: AmqpModel | undefined;
  /** Where dead copies are published (see `#deadLetterPublisher`); opened on first use. */
  #deadLetterChannel: Promise<ConfirmChannel> | undefined;
  #detach: () => void = () => undefined;
  #stopped = false;
  /** Set when RabbitMQ answered that the queue does not exist (404) as this subscription opened. */
  #missing: unknown;

  constructor(
    private readonly connection: AmqpConnection,
    private readonly spec: SubscriptionSpec,
  ) {}

  /**
   * Consumes the queue, at once when connected. While the connection is reconnecting (already, or
   * because it dropped while this opened), it waits until the connection is back and the
   * subscription opened on it, so a queue that does not exist rejects this call with
   * `NotFoundError` as it does when connected.
   */
  async start(): Promise<void> {
    try {
      this.#detach = await this.connection.attach({ phase: 'channels', open: (model) => this.#open(model) });
    } catch (error) {
      // Stopped (its consumer closed) while it opened: its channel closed under it, as asked.
      if (this.#stopped) return;
      throw error;
    }
    // Made while reconnecting, or the connection dropped while it opened: it opens on the new one.
    if (this.connection.state === 'reconnecting') await this.connection.reconnected();
    if (this.#missing !== undefined) {
      this.#detach();
      throw new NotFoundError('queue', this.spec.queue, { cause: this.#missing });
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
    // The port has settlements made by handlers after stop() count: a quorum queue must have them
    // all before the channel closes, or it hands some back (see `settlementsApplied`).
    if (channel && this.connection.queueSpec(this.spec.queue)?.type !== 'classic') {
      await settlementsApplied(channel, this.spec.queue).catch(() => undefined);
    }
    await channel?.close().catch(() => undefined);
    const deadLetters = this.#deadLetterChannel;
    this.#deadLetterChannel = undefined;
    await deadLetters?.then((opened) => opened.close()).catch(() => undefined);
  }

  async #drain(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  async #open(model: AmqpModel): Promise<void> {
    if (this.#stopped) return;
    // A new connection: the old dead-letter channel died with the old one.
    this.#model = model;
    this.#deadLetterChannel = undefined;
    const channel = await model.createConfirmChannel();
    channel.on('error', () => undefined);
    channel.once('close', () => {
      if (this.#channel === channel) this.#channel = undefined;
    });
    await channel.prefetch(this.spec.prefetch);
    // Stopped (its consumer closed) while the channel opened: consume nothing, as asked.
    if (this.#stopped) {
      await channel.close().catch(() => undefined);
      return;
    }
    this.#channel = channel;
    let consumerTag: string;
    try {
      ({ consumerTag } = await channel.consume(this.spec.queue, (raw) => {
        if (!raw) return;
        // stop() promises no new deliveries, but messages the broker sent before it saw the cancel
        // still arrive: hand them back at once rather than to the handler.
        if (this.#stopped) settle(channel, raw, 'requeue');
        else this.#track(this.#handle(channel, raw));
      }));
    } catch (error) {
      if (amqpReplyCode(error) !== 404) throw error;
      // The queue does not exist: this subscription ends (RabbitMQ closed its channel), and only it.
      // Thrown, it would fail the whole reconnect, which would then be retried forever with every
      // other subscription on the connection coming back and dropping again (measured on RabbitMQ
      // 3.10.8: a consume made while the connection was down, of a queue that does not exist).
      this.#missing = error;
      this.#stopped = true;
      this.#detach();
      return;
    }
    this.#consumerTag = consumerTag;
    // stop() came during the consume's round trip, and found no consumer to cancel yet.
    if (this.#stopped) {
      await channel.cancel(consumerTag).catch(() => undefined);
      await this.#drain();
      await channel.close().catch(() => undefined);
    }
  }

  #track(running: Promise<void>): void {
    const tracked = running.catch(() => undefined).finally(() => this.#running.delete(tracked));
    this.#running.add(tracked);
  }

  async #handle(channel: ConfirmChannel, raw: ConsumeMessage): Promise<void> {
    const decoded = decodeDelivery(raw);
    if (!decoded.ok) {
      await this.#deadLetter(channel, raw, 'unparseable', decoded.problem);
      return;
    }
    const id = decoded.message.id;
    const count = this.#deliveryCount(raw, id);
    const delivery = new AmqpDelivery(
      decoded.message,
      this.spec.queue,
      raw.fields.redelivered,
      count,
      decoded.deadLetter,
      // Forget the classic count only when the settlement reached the broker: on a closed
      // channel the message comes back (redelivered), and that delivery must count on.
      (outcome) => {
        if (settle(channel, raw, outcome) && outcome !== 'requeue') this.#classicCounts.forget(id);
      },
    );
    try {
      await this.spec.handler(delivery);
      delivery.ack();
    } catch (error) {
      if (count < this.spec.maxDeliveries) delivery.nack({ requeue: true });
      else if (delivery.claim()) {
        if (await this.#deadLetter(channel, raw, 'delivery_limit', describe(error))) {
          this.#classicCounts.forget(id);
        }
      }
    }
  }

  /**
   * A first delivery counts 1 whatever its headers say: RabbitMQ 3.10's quorum queues set
   * `x-delivery-count` on redeliveries only (a consumer's first delivery keeps what the publisher
   * wrote), and classic queues never set it.
   */
  #deliveryCount(raw: ConsumeMessage, messageId: string): number {
    if (this.connection.queueSpec(this.spec.queue)?.type === 'classic') {
      return this.#classicCounts.next(messageId, raw.fields.redelivered);
    }
    if (!raw.fields.redelivered) return 1;
    const returns = raw.properties.headers?.['x-delivery-count'];
    return typeof returns === 'number' && Number.isSafeInteger(returns) && returns > 0 ? returns + 1 : 2;
  }

  /**
   * Dead-letters by publishing a copy to the queue's dead-letter exchange (original properties
   * and headers, plus why), then acking: RabbitMQ itself can only say `rejected`. With no known
   * dead-letter exchange, or one RabbitMQ does not have, it rejects, which RabbitMQ treats as
   * dead-lettering (or dropping, as it drops its own dead letters to a missing exchange).
   */
  async #deadLetter(
    channel: ConfirmChannel,
    raw: ConsumeMessage,
    reason: DeadLetterReason,
    error: string,
  ): Promise<boolean> {
    const exchange = this.connection.queueSpec(this.spec.queue)?.deadLetterExchange;
    if (exchange === undefined) return settle(channel, raw, 'reject');
    const publisher = await this.#deadLetterPublisher(exchange);
    if (publisher === 'missing') return settle(channel, raw, 'reject');
    if (publisher === undefined) return false;
    const headers = deathHeaders(raw.properties.headers, { reason, queue: this.spec.queue, error });
    const properties = { ...raw.properties, headers };
    const confirmed = await new Promise<boolean>((resolve) => {
      try {
        publisher.publish(exchange, raw.fields.routingKey, raw.content, properties, (err: unknown) =>
          resolve(!err),
        );
      } catch {
        resolve(false);
      }
    });
    // Unconfirmed: leave the original unacked; the broker redelivers it and we try again.
    return confirmed && settle(channel, raw, 'ack');
  }

  /**
   * The channel dead copies go out on, once `exchange` is known to exist: a confirm channel of its
   * own, because RabbitMQ answers a publish to a missing exchange by closing the channel (404), and
   * on the consumer's channel that ended the subscription (its unacked messages returned, and it
   * received nothing more until the connection came back). 'missing' when RabbitMQ has no such
   * exchange; undefined when the connection is gone (the message stays unacked and comes back).
   */
  async #deadLetterPublisher(exchange: string): Promise<ConfirmChannel | 'missing' | undefined> {
    const model = this.#model;
    if (!model) return undefined;
    let opening = this.#deadLetterChannel;
    if (!opening) {
      opening = model.createConfirmChannel().then((channel) => {
        channel.on('error', () => undefined);
        channel.once('close', () => {
          if (this.#deadLetterChannel === opening) this.#deadLetterChannel = undefined;
        });
        return channel;
      });
      this.#deadLetterChannel = opening;
    }
    try {
      const channel = await opening;
      await channel.checkExchange(exchange);
      return channel;
    } catch (error) {
      if (this.#deadLetterChannel === opening) this.#deadLetterChannel = undefined;
      return amqpReplyCode(error) === 404 ? 'missing' : undefined;
    }
  }
}

/**
 * Acks or nacks on the channel the message came in on; false when that channel is closed (amqplib
 * throws), in which case RabbitMQ requeues the message and redelivers it.
 */
function settle(channel: ConfirmChannel, raw: ConsumeMessage, outcome: Outcome): boolean {
  try {
    if (outcome === 'ack') channel.ack(raw);
    else channel.nack(raw, false, outcome === 'requeue');
    return true;
  } catch {
    return false;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
