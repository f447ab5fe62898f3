import type { BrokerContractContext } from '@seams/contracts';

/** A waiting message as a client's `basic.get` sees it, with the headers the broker itself adds. */
export interface DrainedMessage {
  readonly id: string;
  readonly routingKey: string;
  readonly exchange: string;
  readonly redelivered: boolean;
  /** `x-death` (without `time`), `x-first-death-*`, `x-delivery-count`; nothing else. */
  readonly brokerHeaders: Readonly<Record<string, unknown>>;
}

/**
 * One broker as the corpus drives it: the ports (as in the broker contract) plus a look into a
 * queue from outside them. `drain` takes every message waiting in `queue` once at least
 * `atLeast` are there (bounded wait), so a case can see where messages ended up and with which
 * headers. Call it once per queue, at the end of a case: on RabbitMQ it removes what it reads.
 */
export interface CorpusBroker extends BrokerContractContext {
  drain(queue: string, atLeast?: number): Promise<readonly DrainedMessage[]>;
  /**
   * Cuts the consumers' connection as a network failure would: unacked messages go back to their
   * queues, late settlements of them are lost, and the subscriptions resume on a new connection.
   */
  dropConsumerConnection(): Promise<void>;
  /**
   * Resolves once the consumers' connection is back after `dropConsumerConnection()` and every
   * subscription that comes back (and any made meanwhile) consumes again: the signal a case waits
   * for before publishing what those subscriptions should share.
   */
  consumersBack(): Promise<void>;
}

/** The broker-set headers, as both drivers report them: `x-death` entries without their `time`. */
export function brokerHeadersOf(headers: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (name === 'x-death' && Array.isArray(value)) {
      picked[name] = value.map((entry: Record<string, unknown>) => {
        const { time: _time, ...rest } = entry;
        return rest;
      });
    } else if (name === 'x-delivery-count' || name.startsWith('x-first-death-')) picked[name] = value;
  }
  return picked;
}
