import {
  type BindingSpec,
  type ExchangeSpec,
  NotFoundError,
  type QueueSpec,
  type Topology,
  validateTopology,
} from '@seams/ports';
import type { Channel, Options } from 'amqplib';
import { AmqpTopologyError, amqpReplyCode, isConnectionLoss } from './amqp-errors.js';
import type { AmqpModel } from './amqp-model.js';

/**
 * Quorum queues unless the spec says `classic`: RabbitMQ 3.10 counts deliveries only in quorum
 * queues (`x-delivery-count`), so the consumer's redelivery limit survives consumer crashes and
 * reconnects; on a classic queue the consumer counts in its own memory. Both support TTL, max
 * length and dead-lettering.
 */
export function queueArguments(spec: QueueSpec): Record<string, string | number> {
  return {
    'x-queue-type': spec.type ?? 'quorum',
    ...(spec.deadLetterExchange === undefined ? {} : { 'x-dead-letter-exchange': spec.deadLetterExchange }),
    ...(spec.messageTtlMs === undefined ? {} : { 'x-message-ttl': spec.messageTtlMs }),
    ...(spec.maxLength === undefined ? {} : { 'x-max-length': spec.maxLength }),
  };
}

/** The `assertQueue` options for `spec`: durable, never exclusive or auto-deleted (as quorum queues must be). */
export function queueOptions(spec: QueueSpec): Options.AssertQueue {
  return { durable: true, arguments: queueArguments(spec) };
}

/**
 * Declares exchanges, then queues, then bindings, on a channel of its own: a refused declaration
 * (406 for a queue that exists with other arguments) closes only that channel. When it fails
 * part-way, `onPartial` gets what RabbitMQ did declare (exchanges, and queues with the bindings
 * made so far): those exist now, and whoever consumes them must know their type and
 * dead-letter exchange.
 */
export async function declareTopology(
  model: AmqpModel,
  topology: Topology,
  onPartial?: (declared: Topology) => void,
): Promise<void> {
  validateTopology(topology);
  const channel = await model.createChannel();
  channel.on('error', () => undefined);
  const exchanges: ExchangeSpec[] = [];
  const queues: QueueSpec[] = [];
  try {
    for (const exchange of topology.exchanges) {
      await channel.assertExchange(exchange.name, exchange.type, { durable: true });
      exchanges.push(exchange);
    }
    for (const queue of topology.queues) {
      await channel.assertQueue(queue.name, queueOptions(queue));
      const bindings: BindingSpec[] = [];
      queues.push({ ...queue, bindings });
      for (const binding of queue.bindings) {
        await bind(channel, queue.name, binding);
        bindings.push(binding);
      }
    }
  } catch (error) {
    if (exchanges.length > 0 || queues.length > 0) onPartial?.({ exchanges, queues });
    // The connection went away mid-declaration ("Connection closing"), which is no refusal: the
    // caller sees amqplib's error and can declare again once the connection is back.
    if (error instanceof NotFoundError || isConnectionLoss(error)) throw error;
    throw new AmqpTopologyError(`RabbitMQ refused the topology: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    await channel.close().catch(() => undefined);
  }
}

/** Binds, naming the exchange when it does not exist (404), as a consume names a missing queue. */
async function bind(channel: Channel, queue: string, binding: BindingSpec): Promise<void> {
  try {
    await channel.bindQueue(queue, binding.exchange, binding.pattern);
  } catch (error) {
    if (amqpReplyCode(error) === 404) throw new NotFoundError('exchange', binding.exchange, { cause: error });
    throw error;
  }
}
