import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

describe('an error the protocol layer raises inside a transaction block', () => {
  it('aborts the transaction as PostgreSQL does: a Parse of several statements, then 25P02 until ROLLBACK', async () => {
    const fake = await createFakePostgres({
      migrations: [{ name: 't', sql: 'CREATE TABLE t (a int)' }],
    });
    const client = await fake.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('INSERT INTO t VALUES (1)');
      await expect(client.query('SELECT $1::int AS v; SELECT 2', [1])).rejects.toMatchObject({
        code: '42601',
      });
      await expect(client.query('SELECT 1')).rejects.toMatchObject({ code: '25P02' });
      expect((await client.query('COMMIT')).command).toBe('ROLLBACK');
      expect((await client.query('SELECT count(*)::int AS n FROM t')).rows).toEqual([{ n: 0 }]);
      // Outside a block there is no transaction to abort: the next statement runs.
      await expect(client.query('SELECT $1::int AS v; SELECT 2', [1])).rejects.toMatchObject({
        code: '42601',
      });
      expect((await client.query('SELECT 3 AS v')).rows).toEqual([{ v: 3 }]);
    } finally {
      client.release();
      await fake.close();
    }
  });
});
