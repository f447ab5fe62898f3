/** A charge held open by `InMemoryPaymentGateway.holdNext`. */
export interface PaymentHold {
  /** Resolves once a charge has begun and is waiting on this hold. */
  readonly reached: Promise<void>;
  /** Lets the held charge go on to the ledger (or lets the next charge through, if none came yet). */
  release(): void;
}

interface QueuedHold {
  arrive(): void;
  readonly released: Promise<void>;
}

/** Holds handed out by `holdNext`, taken one per charge in order. */
export class PaymentHoldQueue {
  readonly #queue: QueuedHold[] = [];

  add(): PaymentHold {
    let arrive = () => {};
    let release = () => {};
    const reached = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#queue.push({ arrive, released });
    return { reached, release };
  }

  /** Waits on the next hold, if one is queued; rejects with the signal's reason when the caller aborts. */
  async pass(signal: AbortSignal | undefined): Promise<void> {
    const hold = this.#queue.shift();
    if (!hold) return;
    hold.arrive();
    if (!signal) return hold.released;
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });
    try {
      await Promise.race([hold.released, aborted]);
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  }
}
