import { describe, expect, it } from 'vitest';
import { orderEventsTopology } from './order-events-topology.js';

describe('orderEventsTopology', () => {
  it('declares the orders exchange, its dead-letter exchange and queue, and a catch-all queue by default', () => {
    expect(orderEventsTopology()).toEqual({
      exchanges: [
        { name: 'orders', type: 'topic' },
        { name: 'orders.dlx', type: 'topic' },
      ],
      queues: [
        {
          name: 'orders.all',
          bindings: [{ exchange: 'orders', pattern: 'order.#' }],
          deadLetterExchange: 'orders.dlx',
        },
        { name: 'orders.dead-letter', bindings: [{ exchange: 'orders.dlx', pattern: '#' }] },
      ],
    });
  });

  it('binds the given consumer queues, with TTL and max length', () => {
    const topology = orderEventsTopology({
      queues: { billing: ['order.paid'] },
      messageTtlMs: 1_000,
      maxLength: 5,
    });
    expect(topology.queues[0]).toEqual({
      name: 'billing',
      bindings: [{ exchange: 'orders', pattern: 'order.paid' }],
      deadLetterExchange: 'orders.dlx',
      messageTtlMs: 1_000,
      maxLength: 5,
    });
  });
});
