import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

async function fakeWith(sql: string) {
  const fake = await createFakePostgres({ engine: 'pg-mem', migrations: [{ name: 'schema', sql }] });
  return fake.pool;
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => (error as { code?: unknown }).code,
  );

describe('RETURNING rejects aggregates as PostgreSQL does', () => {
  it('fails INSERT, UPDATE and DELETE ... RETURNING count(*) with 42803 and changes nothing', async () => {
    const pool = await fakeWith('CREATE TABLE t (v int); INSERT INTO t VALUES (1);');
    expect(await codeOf(pool.query('INSERT INTO t VALUES (2) RETURNING count(*)'))).toBe('42803');
    expect(await codeOf(pool.query('UPDATE t SET v = v + 1 RETURNING sum(v)'))).toBe('42803');
    expect(await codeOf(pool.query('DELETE FROM t RETURNING v, max(v)'))).toBe('42803');
    const { rows } = await pool.query('SELECT v FROM t');
    expect(rows).toEqual([{ v: 1 }]);
  });

  it('still runs an aggregate inside a scalar subquery of RETURNING', async () => {
    const pool = await fakeWith('CREATE TABLE t (v int); INSERT INTO t VALUES (1);');
    const { rows } = await pool.query('INSERT INTO t VALUES (2) RETURNING v, (SELECT count(*) FROM t) AS n');
    expect(rows).toEqual([{ v: 2, n: '1' }]);
  });
});
