import { eventually } from '@seams/contracts';
import type { QueueType } from '@seams/ports';
import amqp, { type GetMessage } from 'amqplib';
import { realBroker } from '../real-broker.js';
import { brokerHeadersOf, type CorpusBroker, type DrainedMessage } from './corpus-broker.js';

function drained(raw: GetMessage): DrainedMessage {
  return {
    id: String(raw.properties.messageId),
    routingKey: raw.fields.routingKey,
    exchange: raw.fields.exchange,
    redelivered: raw.fields.redelivered,
    brokerHeaders: brokerHeadersOf(raw.properties.headers ?? {}),
  };
}

/**
 * The corpus's driver on RabbitMQ: the adapters under a name prefix unique to the case, real
 * time, and `drain` as `basic.get` on a raw channel of its own.
 */
export async function realCorpusBroker(
  queueType: QueueType,
): Promise<CorpusBroker & { prefix: string; serverVersion: string; teardown(): Promise<void> }> {
  const broker = await realBroker();
  const connection = await amqp.connect(broker.url);
  const channel = await connection.createChannel();
  channel.on('error', () => undefined);
  return {
    ...broker,
    queueType,
    serverVersion: `${connection.connection.serverProperties.product} ${connection.connection.serverProperties.version}`,
    advanceTime: (ms) => new Promise<void>((resolve) => setTimeout(resolve, ms)),
    async drain(queue, atLeast = 0) {
      const taken: DrainedMessage[] = [];
      await eventually(
        async () => {
          for (
            let raw = await channel.get(queue, { noAck: true });
            raw;
            raw = await channel.get(queue, { noAck: true })
          )
            taken.push(drained(raw));
          return taken.length >= atLeast;
        },
        `${atLeast} messages in ${queue}`,
        { intervalMs: 10 },
      );
      return taken;
    },
    // Closing the model (amqplib's connection) is what a dropped socket does to the adapter: it
    // reconnects and resubscribes on its own.
    dropConsumerConnection: async () => {
      await broker.connections.consuming.model?.close();
    },
    // The connection reports `connected` only after every subscription consumed again (and any
    // topology was declared again); `dropConsumerConnection` leaves it `reconnecting`.
    consumersBack: () =>
      eventually(() => broker.connections.consuming.state === 'connected', 'the consumers back', {
        intervalMs: 10,
      }),
    teardown: async () => {
      await connection.close().catch(() => undefined);
      await broker.teardown();
    },
  };
}
