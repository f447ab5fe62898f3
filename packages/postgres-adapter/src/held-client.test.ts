import { EventEmitter } from 'node:events';
import { DependencyUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import type { PostgresPool, PostgresPoolClient, PostgresQueryResult } from './postgres-client.js';
import { PostgresUnitOfWork } from './postgres-unit-of-work.js';

/** A pg-like client whose connection the test can drop, as pg does: an 'error' event on the client. */
class DroppableClient extends EventEmitter implements PostgresPoolClient {
  readonly released: (Error | boolean | undefined)[] = [];
  async query(text: string): Promise<PostgresQueryResult> {
    if (text === 'SELECT 1' && this.listenerCount('error') > 0)
      this.emit('error', new Error('Connection terminated unexpectedly'));
    return { rows: [], rowCount: 0 };
  }
  release(error?: Error | boolean): void {
    this.released.push(error);
  }
}

function poolOf(client: DroppableClient): PostgresPool {
  return {
    connect: async () => client,
    query: (text) => client.query(text),
  };
}

describe('a held client whose connection drops', () => {
  it('does not crash the process, and the pool discards the client', async () => {
    const client = new DroppableClient();
    const uow = new PostgresUnitOfWork({ pool: poolOf(client), scope: () => ({}) });
    // Without a listener, EventEmitter throws the 'error' event synchronously (in Node: the process dies).
    await uow.run(async () => {
      expect(client.listenerCount('error')).toBe(1);
      await client.query('SELECT 1');
    });
    expect(client.listenerCount('error')).toBe(0);
    expect(client.released).toEqual([
      expect.objectContaining({ message: 'Connection terminated unexpectedly' }),
    ]);
  });

  it('releases a healthy client for reuse', async () => {
    const client = new DroppableClient();
    const uow = new PostgresUnitOfWork({ pool: poolOf(client), scope: () => ({}) });
    await uow.run(async () => undefined);
    expect(client.released).toEqual([undefined]);
    expect(client.listenerCount('error')).toBe(0);
  });

  it('maps a failed checkout to DependencyUnavailableError', async () => {
    const pool: PostgresPool = {
      connect: async () => {
        throw new Error('timeout exceeded when trying to connect');
      },
      query: async () => ({ rows: [], rowCount: 0 }),
    };
    const uow = new PostgresUnitOfWork({ pool, scope: () => ({}) });
    await expect(uow.run(async () => undefined)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });
});
