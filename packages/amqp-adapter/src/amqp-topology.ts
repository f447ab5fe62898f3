import { type BrokerTopology, DependencyUnavailableError, type Topology } from '@seams/ports';
import type { AmqpConnection } from './amqp-connection.js';
import { isConnectionLoss } from './amqp-errors.js';
import { declareTopology } from './declare-topology.js';

/** Configuration of `AmqpTopology`. */
export interface AmqpTopologyConfig {
  readonly connection: AmqpConnection;
}

/**
 * Declares a `Topology` on RabbitMQ (durable topic exchanges, quorum queues, bindings, dead-letter
 * exchange, TTL, max length). Declaring again is a no-op; the connection re-declares it after
 * every reconnect, and consumers on the same connection learn each queue's type and dead-letter
 * exchange, also for the queues a declaration that failed part-way did create.
 */
export class AmqpTopology implements BrokerTopology {
  constructor(private readonly config: AmqpTopologyConfig) {}

  /**
   * Declares `topology`; refused at once with `DependencyUnavailableError` while the connection is
   * down. When the connection drops while the declaration is on its way, it is declared again once
   * the connection is back (what it had declared is re-declared by the reconnect too), so the call
   * answers as the broker does and not with amqplib's uncoded "Connection closing".
   */
  async declare(topology: Topology): Promise<void> {
    const { connection } = this.config;
    for (;;) {
      if (!connection.model) await connection.connect();
      const model = connection.model;
      if (!model)
        throw new DependencyUnavailableError('rabbitmq', 'cannot declare topology: RabbitMQ is disconnected');
      try {
        // What was declared before a failure is remembered too: the queue exists, and a consumer on
        // this connection must know its type (delivery counts) and dead-letter exchange.
        await declareTopology(model, topology, (declared) => connection.remember(declared));
        connection.remember(topology);
        return;
      } catch (error) {
        if (!isConnectionLoss(error)) throw error;
        if (!(await connection.recovered(model))) {
          throw new DependencyUnavailableError('rabbitmq', 'the connection closed while declaring topology', {
            cause: error,
          });
        }
      }
    }
  }
}
