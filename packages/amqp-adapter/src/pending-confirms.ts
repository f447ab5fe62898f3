import { PublishError, type PublishFailureReason } from '@seams/ports';

/** What a `basic.return` gives back of a publish: enough to tell it from other publishes. */
export interface ReturnableMessage {
  readonly messageId: string;
  readonly routingKey: string;
  readonly content: Buffer;
}

/** One publish waiting for its confirm. */
export interface PendingConfirm extends ReturnableMessage {
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
 * A `basic.return` carries no delivery tag. RabbitMQ sends it for an unroutable mandatory message
 * while routing it, before that message's `basic.ack`, and returns come in publish order; but
 * acks do not: a message routed to a quorum queue is acked once the queue has it, after the ack
 * of an unroutable message published later. So neither "the earliest pending publish with that
 * id" nor "the next ack" names the returned publish when an outbox relay re-publishes one event
 * id concurrently. What does: the return itself, which carries the routing key and the body. The
 * returned publish is the earliest pending, not yet returned one with the same id, routing key
 * and body; among byte-identical publishes (the only ones left ambiguous) any one is as good.
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

  add(
    message: ReturnableMessage,
    resolve: () => void,
    reject: (error: PublishError) => void,
  ): PendingConfirm {
    const deadline = this.now() + this.timeoutMs;
    const { messageId, routingKey, content } = message;
    const pending: PendingConfirm = {
      messageId,
      routingKey,
      content,
      deadline,
      returned: false,
      resolve,
      reject,
    };
    this.#pending.add(pending);
    this.#timer ??= this.#arm(this.timeoutMs);
    return pending;
  }

  /** RabbitMQ returned `message` (see the class comment for which publish that is). */
  markReturned(message: ReturnableMessage): void {
    for (const pending of this.#pending) {
      if (
        !pending.returned &&
        pending.messageId === message.messageId &&
        pending.routingKey === message.routingKey &&
        pending.content.equals(message.content)
      ) {
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
