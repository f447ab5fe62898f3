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
 * here is a set in publish order, an index by message id for `basic.return`, and one timer for
 * the oldest deadline (every publish gets the same timeout, so deadlines follow publish order).
 *
 * RabbitMQ sends `basic.return` for an unroutable mandatory message before its `basic.ack`, and
 * returns in publish order, so the earliest unmarked pending publish with that id is the one returned.
 */
export class PendingConfirms {
  readonly #pending = new Set<PendingConfirm>();
  readonly #byMessageId = new Map<string, PendingConfirm[]>();
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
    const pending: PendingConfirm = {
      messageId,
      deadline: this.now() + this.timeoutMs,
      returned: false,
      resolve,
      reject,
    };
    this.#pending.add(pending);
    const sameId = this.#byMessageId.get(messageId);
    if (sameId) sameId.push(pending);
    else this.#byMessageId.set(messageId, [pending]);
    this.#timer ??= this.#arm(this.timeoutMs);
    return pending;
  }

  markReturned(messageId: string | undefined): void {
    if (messageId === undefined) return;
    const pending = this.#byMessageId.get(messageId)?.find((candidate) => !candidate.returned);
    if (pending) pending.returned = true;
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
    const sameId = this.#byMessageId.get(pending.messageId);
    if (sameId && sameId.length > 1) sameId.splice(sameId.indexOf(pending), 1);
    else this.#byMessageId.delete(pending.messageId);
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
