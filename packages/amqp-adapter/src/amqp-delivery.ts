import type { DeadLetterInfo, Delivery, EventMessage } from '@seams/ports';

/** How a delivery ends: on the broker, or dead-lettered by the consumer itself. */
export type Outcome = 'ack' | 'requeue' | 'reject';

/** A delivery whose first `ack`/`nack` settles it; later calls do nothing, as the port says. */
export class AmqpDelivery implements Delivery {
  readonly deadLetter?: DeadLetterInfo;
  #settled = false;

  constructor(
    readonly message: EventMessage,
    readonly queue: string,
    readonly redelivered: boolean,
    readonly deliveryCount: number,
    deadLetter: DeadLetterInfo | undefined,
    private readonly settle: (outcome: Outcome) => void,
  ) {
    if (deadLetter) this.deadLetter = deadLetter;
  }

  get settled(): boolean {
    return this.#settled;
  }

  ack(): void {
    this.#end('ack');
  }

  nack(options?: { readonly requeue?: boolean }): void {
    this.#end(options?.requeue === false ? 'reject' : 'requeue');
  }

  /** Marks the delivery settled without telling the broker (the consumer dead-letters it itself). */
  claim(): boolean {
    if (this.#settled) return false;
    this.#settled = true;
    return true;
  }

  #end(outcome: Outcome): void {
    if (!this.claim()) return;
    this.settle(outcome);
  }
}
