import { type EventMessage, type EventPublisher, PublishError, validateEventMessage } from '@seams/ports';
import { copyEvent } from './stored-message.js';

/** What a publisher needs from its broker. */
export interface PublisherHost {
  /** Routes `message` (already validated and copied: the publisher's own) or throws a `PublishError`. */
  accept(exchange: string, message: EventMessage): void;
}

/** Publishes to one exchange of an `InMemoryBroker`; `type` is the routing key. */
export class InMemoryEventPublisher implements EventPublisher {
  #closed = false;

  constructor(
    readonly exchange: string,
    private readonly host: PublisherHost,
  ) {}

  async publish(message: EventMessage): Promise<void> {
    // Everything the AMQP adapter does before its first await happens here too, at the call: a
    // close() right after publish() waits for it instead of refusing it, and the event is
    // encoded now, so mutating it after the call changes nothing (amqplib has written the frame).
    if (this.#closed) throw new PublishError('closed', `publisher for ${this.exchange} is closed`);
    // The port's validation refuses what the wire cannot carry (ids and headers amqplib cannot
    // encode, bodies over RabbitMQ's max_message_size) on both sides alike, with a ValidationError.
    const payloadJson = validateEventMessage(message);
    const copy = copyEvent(message, payloadJson);
    // Settle on a later turn, as a broker confirm would: callers must not rely on synchronous routing.
    await Promise.resolve();
    this.host.accept(this.exchange, copy);
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}
