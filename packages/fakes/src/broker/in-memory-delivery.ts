import type { DeadLetterInfo, Delivery, EventMessage } from '@seams/ports';
import { copyEvent, type StoredMessage } from './stored-message.js';

/** How a delivery was settled. */
export type Settlement =
  | { readonly kind: 'ack' }
  | { readonly kind: 'requeue' }
  | { readonly kind: 'reject' };

/** A delivery whose first `ack`/`nack` settles it; later calls do nothing, as the port says. */
export class InMemoryDelivery implements Delivery {
  readonly message: EventMessage;
  readonly redelivered: boolean;
  readonly deadLetter?: DeadLetterInfo;
  #deliveryCount: number;
  #settled = false;

  constructor(
    readonly queue: string,
    readonly stored: StoredMessage,
    deliveryCount: number,
    private readonly onSettle: (delivery: InMemoryDelivery, settlement: Settlement) => void,
    /** The message as the queue hands it out (`deliveredMessage`): its header order may differ from `stored`'s. */
    delivered: EventMessage = stored.message,
  ) {
    // Each delivery gets its own copy, payload included, as each AMQP delivery decodes its own bytes.
    this.message = copyEvent(delivered);
    this.redelivered = stored.redelivered;
    this.#deliveryCount = deliveryCount;
    if (stored.deadLetter) this.deadLetter = stored.deadLetter;
  }

  get deliveryCount(): number {
    return this.#deliveryCount;
  }

  /**
   * The count as the consumer works it out when the delivery reaches it (a classic queue's, which
   * the consumer keeps): set before the handler runs.
   */
  countAs(count: number): void {
    this.#deliveryCount = count;
  }

  get settled(): boolean {
    return this.#settled;
  }

  ack(): void {
    this.#settle({ kind: 'ack' });
  }

  nack(options?: { readonly requeue?: boolean }): void {
    this.#settle({ kind: options?.requeue === false ? 'reject' : 'requeue' });
  }

  /** Marks the delivery settled without a settlement: the consumer dead-letters it itself. */
  claim(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    return true;
  }

  #settle(settlement: Settlement): void {
    if (this.claim()) this.onSettle(this, settlement);
  }
}
