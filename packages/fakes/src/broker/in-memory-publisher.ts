import { type EventMessage, type EventPublisher, PublishError } from '@seams/ports';

/** What a publisher needs from its broker. */
export interface PublisherHost {
  /** Routes `message` or throws a `PublishError`. */
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
    // Settle on a later turn, as a broker confirm would: callers must not rely on synchronous routing.
    await Promise.resolve();
    if (this.#closed) throw new PublishError('closed', `publisher for ${this.exchange} is closed`);
    this.host.accept(this.exchange, message);
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}
