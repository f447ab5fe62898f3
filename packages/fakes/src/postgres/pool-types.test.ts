import type pg from 'pg';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createPgMock } from '../pg-mock/create-pg-mock.js';
import type { MockClient } from '../pg-mock/mock-client.js';
import { createFakePostgres } from './create-fake-postgres.js';

/** A repository as users write it: typed against pg itself, not against Seams. */
class CountingRepository {
  constructor(private readonly pool: pg.Pool) {}

  async count(): Promise<number> {
    const client: pg.PoolClient = await this.pool.connect();
    try {
      const result: pg.QueryResult<{ n: string }> = await client.query('SELECT count(*) AS n FROM items');
      return Number(result.rows[0]?.n);
    } finally {
      client.release();
    }
  }
}

const SCHEMA = [{ name: 'items', sql: 'CREATE TABLE items (id text PRIMARY KEY)' }];

describe.each(['pg-mem', 'pglite'] as const)('the %s fake types as pg', (engine) => {
  it('its pool is a pg.Pool and its clients pg.PoolClients, with no cast', { timeout: 60_000 }, async () => {
    const fake = await createFakePostgres({ engine, migrations: SCHEMA });
    expectTypeOf(fake.pool).toExtend<pg.Pool>();
    expectTypeOf(fake.pool.connect()).resolves.toEqualTypeOf<pg.PoolClient>();
    await expect(new CountingRepository(fake.pool).count()).resolves.toBe(0);
  });
});

describe('the pg mock types as pg', () => {
  it('its pool is a pg.Pool and its clients pg.PoolClients, with no cast', async () => {
    const { pool, mock } = createPgMock();
    mock.expectQuery('SELECT count(*) AS n FROM items').willReturnRows([{ n: '0' }]);
    expectTypeOf(pool).toExtend<pg.Pool>();
    expectTypeOf<MockClient>().toExtend<pg.PoolClient>(); // what pool.connect() resolves to
    await expect(new CountingRepository(pool).count()).resolves.toBe(0);
    mock.verify();
  });
});
