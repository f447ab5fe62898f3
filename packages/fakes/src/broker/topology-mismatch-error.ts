import { type QueueSpec, SeamsError } from '@seams/ports';

/**
 * A queue was declared again with different arguments. RabbitMQ refuses this with
 * `406 PRECONDITION_FAILED` (inequivalent arg), so the fake refuses it too.
 */
export class TopologyMismatchError extends SeamsError {
  /** The code of the adapter's `AmqpTopologyError`, so code that branches on it behaves the same on both. */
  readonly code = 'AMQP_TOPOLOGY_REJECTED';

  constructor(
    readonly queue: string,
    readonly argument: string,
  ) {
    super(`queue ${queue} already exists with a different ${argument}`);
    this.name = 'TopologyMismatchError';
  }

  static assertEquivalent(existing: QueueSpec, next: QueueSpec): void {
    if ((existing.type ?? 'quorum') !== (next.type ?? 'quorum'))
      throw new TopologyMismatchError(next.name, 'type');
    for (const argument of ['deadLetterExchange', 'messageTtlMs', 'maxLength'] as const) {
      if (existing[argument] !== next[argument]) throw new TopologyMismatchError(next.name, argument);
    }
  }
}
