import { PublishError, type PublishFailureReason } from '@seams/ports';

/** One publish waiting for its confirm. */
export interface PendingConfirm {
  readonly messageId: string;
  returned: boolean;
  readonly resolve: () => void;
  readonly reject: (error: PublishError) => void;
}

/**
 * Publishes in flight on one confirm channel, in publish order. RabbitMQ sends `basic.return`
 * for an unroutable mandatory message before its `basic.ack`, and returns in publish order, so
 * the earliest unmarked pending publish with that message id is the one returned.
 */
export class PendingConfirms {
  readonly #pending: PendingConfirm[] = [];

  get size(): number {
    return this.#pending.length;
  }

  add(messageId: string, resolve: () => void, reject: (error: PublishError) => void): PendingConfirm {
    const pending: PendingConfirm = { messageId, returned: false, resolve, reject };
    this.#pending.push(pending);
    return pending;
  }

  markReturned(messageId: string | undefined): void {
    const pending = this.#pending.find((p) => !p.returned && p.messageId === messageId);
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
  async drained(): Promise<void> {
    while (this.#pending.length > 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  #remove(pending: PendingConfirm): boolean {
    const index = this.#pending.indexOf(pending);
    if (index === -1) return false;
    this.#pending.splice(index, 1);
    return true;
  }
}
