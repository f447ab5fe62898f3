import { PublishError, type PublishFailureReason } from '@seams/ports';

/** One publish waiting for its confirm. */
export interface PendingConfirm {
  readonly messageId: string;
  /** When it times out, in ms since the epoch. */
  readonly deadline: number;
  returned: boolean;
  readonly resolve: () => void;
  readonly reject: (error: PublishError) => void;
}

/**
 * Publishes in flight on one confirm channel, each settled in O(1): amqplib hands every publish
 * its own confirm callback (it matches delivery tags, `multiple` included), so all that is left
 * here is a set in publish order and one timer for the oldest deadline (every publish gets the
 * same timeout, so deadlines follow publish order).
 *
 * RabbitMQ sends `basic.return` for an unroutable mandatory message just before its `basic.ack`,
 * after the acks of everything published earlier: the returned publish is the earliest pending
 * one with that id, found at (or next to) the head of the set, so no index by id is kept.
 */
export class PendingConfirms {
  readonly #pending = new Set<PendingConfirm>();
  #drainWaiters: Array<() => void> = [];
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly timeoutMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.#pending.size;
  }

  add(messageId: string, resolve: () => void, reject: (error: PublishError) => void): PendingConfirm {
    const deadline = this.now() + this.timeoutMs;
    const pending: PendingConfirm = { messageId, deadline, returned: false, resolve, reject };
    this.#pending.add(pending);
    this.#timer ??= this.#arm(this.timeoutMs);
    return pending;
  }

  markReturned(messageId: string | undefined): void {
    for (const pending of this.#pending) {
      if (!pending.returned && pending.messageId === messageId) {
        pending.returned = true;
        return;
      }
    }
  }

  /** Settles `pending` from its confirm callback: acked and not returned is the only success. */
  confirm(pending: PendingConfirm, error: unknown, closeReason: () => PublishFailureReason): void {
    if (!this.#remove(pending)) return;
    if (error) {
      const closed = (error as Error).message === 'channel closed';
      const reason = closed ? closeReason() : 'nacked';
      const message = closed
        ? 'the channel closed before RabbitMQ confirmed the message'
        : 'RabbitMQ nacked the message';
      pending.reject(new PublishError(reason, `${message} (${pending.messageId})`, { cause: error }));
    } else if (pending.returned) {
      pending.reject(new PublishError('unroutable', `no queue is bound for message ${pending.messageId}`));
    } else {
      pending.resolve();
    }
  }

  /** Rejects `pending` (timeout, write failure); a later confirm for it is ignored. */
  fail(pending: PendingConfirm, error: PublishError): void {
    if (this.#remove(pending)) pending.reject(error);
  }

  /** Resolves once nothing is pending. */
  drained(): Promise<void> {
    if (this.#pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.#drainWaiters.push(resolve));
  }

  #remove(pending: PendingConfirm): boolean {
    if (!this.#pending.delete(pending)) return false;
    if (this.#pending.size === 0) this.#settleDrained();
    return true;
  }

  #settleDrained(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const waiters = this.#drainWaiters;
    this.#drainWaiters = [];
    for (const resolve of waiters) resolve();
  }

  #arm(delayMs: number): NodeJS.Timeout {
    const timer = setTimeout(() => this.#expire(), Math.max(0, delayMs));
    timer.unref();
    return timer;
  }

  #expire(): void {
    this.#timer = undefined;
    const now = this.now();
    for (const pending of this.#pending) {
      if (pending.deadline > now) {
        this.#timer ??= this.#arm(pending.deadline - now);
        return;
      }
      const error = new PublishError(
        'timeout',
        `RabbitMQ did not confirm ${pending.messageId} within ${this.timeoutMs} ms`,
      );
      this.fail(pending, error);
    }
  }
}
