import type { Channel } from 'amqplib';

/**
 * The consumer arguments of a quorum-queue consumer that never receives anything: RabbitMQ 3.10
 * reads `x-credit` (`credit` as a 64-bit `long`, `drain` as a bool) and puts the consumer in
 * credited mode with no credit.
 */
export const NO_CREDIT_ARGUMENTS = {
  'x-credit': { credit: { '!': 'long', value: 0 }, drain: false },
} as const;

/** What `settlementsApplied` needs of a channel: amqplib's, or a recording stand-in in tests. */
export type SettlingChannel = Pick<Channel, 'consume' | 'cancel' | 'prefetch' | 'nack'> & {
  readonly connection?: { readonly serverProperties?: { readonly version?: string } };
};

/**
 * Whether the broker reads `x-credit` on a 0-9-1 consumer: RabbitMQ 3.x does; 4.0 dropped it,
 * and there the no-credit consumer would receive messages and hand them back, adding to their
 * delivery count on a quorum queue. An unknown version is treated as not reading it.
 */
export function readsCreditArgument(channel: SettlingChannel): boolean {
  return /^3\./.test(channel.connection?.serverProperties?.version ?? '');
}

/**
 * Resolves once the quorum queue `queue` has received every ack and nack sent on `channel` so far,
 * so that closing the channel next cannot hand any of them back.
 *
 * Why: RabbitMQ 3.10's channel passes settlements to a quorum queue as pipelined Raft commands,
 * and once 32 are unapplied it holds further ones back in the channel process until the queue
 * catches up. Closing the channel drops what it holds back, and the queue then returns those
 * messages as if never acked: fifty acks made by handlers after `stop()` left 16 of them
 * requeued, and five hundred left up to 466.
 *
 * How: a consumer with no credit is added and cancelled. Each is a synchronous Raft command, so it
 * is applied after every settlement the channel sent before it, and the channel handles the
 * queue's "applied" notices (which send what it held back) before its reply. RabbitMQ answers
 * `consume-ok` and `cancel-ok` before those commands run, so a `basic.qos` round trip follows:
 * when it answers, the held-back settlements have gone to the queue ahead of any close.
 */
export async function settlementsApplied(channel: SettlingChannel, queue: string): Promise<void> {
  if (!readsCreditArgument(channel)) return;
  // Nothing arrives with no credit; a broker that ignored `x-credit` gets its delivery straight back.
  const { consumerTag } = await channel.consume(
    queue,
    (message) => {
      if (message) channel.nack(message, false, true);
    },
    { arguments: NO_CREDIT_ARGUMENTS },
  );
  await channel.cancel(consumerTag);
  await channel.prefetch(0);
}
