import type { Topology } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import type { AmqpModel } from './amqp-model.js';
import { declareTopology, queueArguments } from './declare-topology.js';

describe('queueArguments', () => {
  it('makes quorum queues and maps TTL, max length and dead-letter exchange', () => {
    expect(
      queueArguments({ name: 'q', bindings: [], deadLetterExchange: 'dlx', messageTtlMs: 10, maxLength: 3 }),
    ).toEqual({
      'x-queue-type': 'quorum',
      'x-dead-letter-exchange': 'dlx',
      'x-message-ttl': 10,
      'x-max-length': 3,
    });
    expect(queueArguments({ name: 'q', bindings: [] })).toEqual({ 'x-queue-type': 'quorum' });
  });
});

describe('declareTopology', () => {
  it('refuses a type the port does not offer before it opens a channel, so RabbitMQ never sees it', async () => {
    let channels = 0;
    const model = {
      createChannel: () => {
        channels += 1;
        throw new Error('no channel expected');
      },
    } as unknown as AmqpModel;
    const fanout = { exchanges: [{ name: 'x', type: 'fanout' }], queues: [] } as unknown as Topology;
    await expect(declareTopology(model, fanout)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'exchanges[0].type', code: 'unsupported' }],
    });
    expect(channels).toBe(0);
  });
});
