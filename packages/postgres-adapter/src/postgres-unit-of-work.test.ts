import { createFakePostgres, FakeClock, type FakePostgres } from '@seams/fakes';
import { DependencyUnavailableError } from '@seams/ports';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrate.js';
import type { PostgresPool } from './postgres-client.js';
import { PostgresUnitOfWork } from './postgres-unit-of-work.js';
import { TransactionClosedError } from './transaction-context.js';

let fake: Promise<FakePostgres> | undefined;

async function migrated(): Promise<FakePostgres> {
  fake ??= createFakePostgres({ migrations: (pool) => migrate(pool) });
  const db = await fake;
  await db.reset();
  return db;
}

describe('PostgresUnitOfWork', () => {
  it('returns the work result and gives the client back', async () => {
    const { pool } = await migrated();
    const uow = new PostgresUnitOfWork({ pool, clock: new FakeClock() });
    await expect(uow.run(async () => 42)).resolves.toBe(42);
    expect(pool.checkedOutCount).toBe(0);
  });

  it('rethrows the very error the work threw, rolls back, and gives the client back', async () => {
    const { pool } = await migrated();
    const uow = new PostgresUnitOfWork({ pool, clock: new FakeClock() });
    const failure = { not: 'even an Error' };
    await expect(
      uow.run(async ({ outbox }) => {
        await outbox.add({ id: 'e-1', type: 't', payload: null, occurredAt: new Date() });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(pool.checkedOutCount).toBe(0);
    expect((await pool.query('SELECT id FROM outbox_events')).rows).toEqual([]);
  });

  it('runs a nested run on the same client', async () => {
    const { pool } = await migrated();
    const uow = new PostgresUnitOfWork({ pool, clock: new FakeClock() });
    let connects = 0;
    const counting: PostgresPool = {
      query: (text, values) => pool.query(text, values),
      connect: () => {
        connects++;
        return pool.connect();
      },
    };
    const counted = new PostgresUnitOfWork({ pool: counting, clock: new FakeClock() });
    await counted.run(() => counted.run(() => counted.run(async () => undefined)));
    expect(connects).toBe(1);
    await expect(uow.run(() => uow.run(async () => 'inner'))).resolves.toBe('inner');
  });

  it('refuses a store used after its unit of work ended', async () => {
    const { pool } = await migrated();
    const uow = new PostgresUnitOfWork({ pool, clock: new FakeClock() });
    let later: Promise<unknown> = Promise.resolve();
    await uow.run(async ({ orders }) => {
      later = new Promise((resolve) => setTimeout(resolve, 1)).then(() => orders.find('x'));
    });
    await expect(later).rejects.toBeInstanceOf(TransactionClosedError);
  });

  it('maps a pool that cannot connect to DependencyUnavailableError', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
    const down: PostgresPool = {
      query: () => Promise.reject(refused),
      connect: () => Promise.reject(refused),
    };
    const uow = new PostgresUnitOfWork({ pool: down, clock: new FakeClock() });
    await expect(uow.run(async () => 1)).rejects.toBeInstanceOf(DependencyUnavailableError);
  });

  it('discards the client when even ROLLBACK fails', async () => {
    const released: unknown[] = [];
    const broken = Object.assign(new Error('Connection terminated unexpectedly'), {});
    const pool: PostgresPool = {
      query: () => Promise.reject(broken),
      connect: async () => ({
        query: async (text: string) => {
          if (text === 'BEGIN') return { rows: [], rowCount: null };
          throw broken;
        },
        release: (error?: Error | boolean) => released.push(error),
      }),
    };
    const uow = new PostgresUnitOfWork({ pool, clock: new FakeClock() });
    const boom = new Error('work failed');
    await expect(
      uow.run(async () => {
        throw boom;
      }),
    ).rejects.toBe(boom);
    expect(released).toEqual([broken]);
  });
});
