import amqp from 'amqplib';

/** What reached a queue: deliveries in all, and how often each `messageId` came. */
export interface QueueTally {
  readonly delivered: number;
  readonly byMessageId: ReadonlyMap<string, number>;
}

/** Consumes everything `queue` holds now (no ack needed: the messages are only counted) and tallies it. */
export async function tallyQueue(amqpUrl: string, queue: string): Promise<QueueTally> {
  const connection = await amqp.connect(amqpUrl);
  try {
    const channel = await connection.createChannel();
    const { messageCount } = await channel.checkQueue(queue);
    const byMessageId = new Map<string, number>();
    let delivered = 0;
    if (messageCount > 0) {
      await new Promise<void>((resolve) => {
        void channel.consume(
          queue,
          (message) => {
            if (!message) return;
            const id = String(message.properties.messageId);
            byMessageId.set(id, (byMessageId.get(id) ?? 0) + 1);
            delivered += 1;
            if (delivered === messageCount) resolve();
          },
          { noAck: true },
        );
      });
    }
    await channel.close();
    return { delivered, byMessageId };
  } finally {
    await connection.close();
  }
}
