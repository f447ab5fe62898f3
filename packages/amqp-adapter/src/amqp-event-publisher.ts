import {
  type EventMessage,
  type EventPublisher,
  PublishError,
  type PublishFailureReason,
  validateEventMessage,
  validatePublisherOptions,
} from '@seams/ports';
import type { ConfirmChannel, Message } from 'amqplib';
import type { AmqpConnection } from './amqp-connection.js';
import { amqpReplyCode } from './amqp-errors.js';
import type { AmqpModel } from './amqp-model.js';
import { encodeEvent } from './event-codec.js';
import { PendingConfirms } from './pending-confirms.js';

/** Configuration of `AmqpEventPublisher`. */
export interface AmqpEventPublisherConfig {
  readonly connection: AmqpConnection;
  /** The topic exchange to publish to; the event's `type` is the routing key. */
  readonly exchange: string;
  /** How long to wait for RabbitMQ's confirm before rejecting with reason `timeout`; default 30 s. */
  readonly confirmTimeoutMs?: number;
  /**
   * Routing key of `probe()`'s messages; default `seams.readiness-probe`. Pick one no binding of the
   * exchange matches (a `#` binding would receive the probes).
   */
  readonly probeRoutingKey?: string;
}

/** Type (and routing key, by default) of the messages `probe()` publishes. */
export const READINESS_PROBE_TYPE = 'seams.readiness-probe';

/**
 * Publishes events on a confirm channel: `publish` resolves only once RabbitMQ confirms the
 * message was routed to at least one queue and stored (persistent). Concurrent publishes are
 * pipelined on the channel. While the connection is down it rejects at once (`disconnected`).
 * A message the wire cannot carry (see `validateEventMessage`: ids and routing keys over 255
 * bytes, reserved headers such as `x-delivery-count`) is refused with a `ValidationError` before
 * anything is sent, and the channel goes on confirming the next publishes.
 */
export class AmqpEventPublisher implements EventPublisher {
  readonly #config: AmqpEventPublisherConfig;
  readonly #pending: PendingConfirms;
  #channel: ConfirmChannel | undefined;
  #closeReason: PublishFailureReason = 'disconnected';
  readonly #currentCloseReason = () => this.#closeReason;
  #opening: Promise<void> | undefined;
  #detach: Promise<() => void>;
  #closed = false;

  constructor(config: AmqpEventPublisherConfig) {
    // The default exchange and `amq.*` are not topic exchanges of the port: refused before connecting.
    validatePublisherOptions(config);
    this.#config = config;
    this.#pending = new PendingConfirms(config.confirmTimeoutMs ?? 30_000);
    this.#detach = config.connection.attach({ phase: 'channels', open: (model) => this.#open(model) });
    this.#detach.catch(() => undefined);
  }

  publish(message: EventMessage): Promise<void> {
    try {
      if (this.#closed) throw new PublishError('closed', 'the publisher is closed');
      const payloadJson = validateEventMessage(message);
      // The common case stays off extra promise hops: 20,000 publishes in flight pay for each.
      if (this.#channel) return this.#send(this.#channel, message, payloadJson);
      return this.#publishOnceOpen(message, payloadJson);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  // A channel being opened on a live connection is worth the wait; a dead connection is not.
  async #publishOnceOpen(message: EventMessage, payloadJson: string): Promise<void> {
    await this.#opening?.catch(() => undefined);
    const channel = this.#channel;
    if (!channel) throw new PublishError('disconnected', 'RabbitMQ is disconnected; publish later');
    return this.#send(channel, message, payloadJson);
  }

  /**
   * Proves the broker accepts publishes right now: publishes an empty, transient, non-mandatory
   * message to the exchange (so nothing is stored when no binding matches it) on the same confirm
   * channel and waits for RabbitMQ's confirm. Rejects with a `PublishError` when the connection is
   * down (`disconnected`), the channel closes (refused permissions, a deleted exchange), RabbitMQ
   * nacks, or no confirm comes within `timeoutMs` (`timeout`; a partitioned link).
   *
   * @example
   * readiness.broker = () => publisher.probe({ timeoutMs: 2_000 });
   */
  async probe(options: { readonly timeoutMs?: number } = {}): Promise<void> {
    if (this.#closed) throw new PublishError('closed', 'the publisher is closed');
    if (!this.#channel && this.#opening) await this.#opening.catch(() => undefined);
    const channel = this.#channel;
    if (!channel) throw new PublishError('disconnected', 'RabbitMQ is disconnected');
    const timeoutMs = options.timeoutMs ?? 2_000;
    let timer: NodeJS.Timeout | undefined;
    const confirmed = new Promise<void>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new PublishError('timeout', `RabbitMQ did not confirm a probe within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const routingKey = this.#config.probeRoutingKey ?? READINESS_PROBE_TYPE;
      const properties = { persistent: false, mandatory: false, type: READINESS_PROBE_TYPE };
      try {
        channel.publish(this.#config.exchange, routingKey, Buffer.alloc(0), properties, (error: unknown) =>
          error ? reject(probeFailure(error)) : resolve(),
        );
      } catch (error) {
        reject(new PublishError('disconnected', 'the channel is closed', { cause: error }));
      }
    });
    try {
      await confirmed;
    } finally {
      clearTimeout(timer);
    }
  }

  #send(channel: ConfirmChannel, message: EventMessage, payloadJson: string): Promise<void> {
    const { content, options } = encodeEvent(message, payloadJson);
    return new Promise<void>((resolve, reject) => {
      const published = { messageId: message.id, routingKey: message.type, content };
      const pending = this.#pending.add(published, resolve, reject);
      try {
        channel.publish(this.#config.exchange, message.type, content, options, (error: unknown) =>
          this.#pending.confirm(pending, error, this.#currentCloseReason),
        );
      } catch (error) {
        this.#pending.fail(
          pending,
          new PublishError('disconnected', 'the channel is closed', { cause: error }),
        );
        // amqplib took a confirm slot before it threw: every later confirm on this channel would
        // settle the wrong publish. A fresh channel (reopened on close) starts counting again.
        channel.close().catch(() => undefined);
      }
    });
  }

  /** Waits for publishes in flight to settle, then releases the channel; idempotent. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    (await this.#detach.catch(() => () => undefined))();
    await this.#pending.drained();
    const channel = this.#channel;
    this.#channel = undefined;
    await channel?.close().catch(() => undefined);
  }

  #open(model: AmqpModel): Promise<void> {
    const opening = this.#openChannel(model).finally(() => {
      if (this.#opening === opening) this.#opening = undefined;
    });
    this.#opening = opening;
    return opening;
  }

  async #openChannel(model: AmqpModel): Promise<void> {
    if (this.#closed) return;
    const channel = await model.createConfirmChannel();
    this.#closeReason = 'disconnected';
    channel.on('return', (returned: Message) => {
      const { properties, fields, content } = returned;
      // Not ours (no message id): nothing to mark. The probe is never mandatory, so never returned.
      if (typeof properties.messageId !== 'string') return;
      this.#pending.markReturned({ messageId: properties.messageId, routingKey: fields.routingKey, content });
    });
    channel.on('error', (error: unknown) => {
      // 404: the exchange does not exist; RabbitMQ closes the channel, the message went nowhere.
      if (amqpReplyCode(error) === 404) this.#closeReason = 'unroutable';
    });
    channel.once('close', () => this.#channelClosed(channel, model));
    this.#channel = channel;
  }

  #channelClosed(channel: ConfirmChannel, model: AmqpModel): void {
    if (this.#channel !== channel) return;
    this.#channel = undefined;
    // A channel error (not a lost connection): reopen on the same connection.
    if (!this.#closed && this.#config.connection.model === model) this.#open(model).catch(() => undefined);
  }
}

function probeFailure(error: unknown): PublishError {
  const closed = error instanceof Error && error.message === 'channel closed';
  return closed
    ? new PublishError('disconnected', 'the channel closed before RabbitMQ confirmed a probe', {
        cause: error,
      })
    : new PublishError('nacked', 'RabbitMQ nacked a probe', { cause: error });
}
