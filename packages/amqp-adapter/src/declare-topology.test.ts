import { describe, expect, it } from 'vitest';
import { queueArguments } from './declare-topology.js';

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
