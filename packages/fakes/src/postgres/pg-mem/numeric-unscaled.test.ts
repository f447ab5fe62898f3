import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

// Each answer below is PostgreSQL 15's (checked against a 15 server).
describe('pg-mem engine: arithmetic on a numeric without a declared scale', () => {
  it('adds, subtracts, multiplies and sums the decimals as PostgreSQL does, not their doubles', async () => {
    const { pool } = await createFakePostgres({
      migrations: [
        {
          name: 't',
          sql: 'CREATE TABLE t (id int, n numeric, i int); INSERT INTO t VALUES (1, 1.15, 3), (2, 0.1, -2), (3, NULL, 0)',
        },
      ],
    });
    const { rows } = await pool.query(
      'SELECT id, n * 3 = 3.45 AS a, n + 0.2 = 0.3 AS b, round(n * i, 1) AS c, round(i - n, 2) AS d FROM t ORDER BY id',
    );
    expect(rows).toEqual([
      { id: 1, a: true, b: false, c: '3.5', d: '1.85' },
      { id: 2, a: false, b: true, c: '-0.2', d: '-2.10' },
      { id: 3, a: null, b: null, c: null, d: null },
    ]);
    expect((await pool.query('SELECT count(*)::int AS n FROM t WHERE n * 3 >= 3.45')).rows).toEqual([
      { n: 1 },
    ]);
    const sums = await pool.query(
      'SELECT sum(n) = 1.25 AS a, sum(n) FILTER (WHERE id = 2) + 0.2 = 0.3 AS b, avg(n * 2) = 1.25 AS c FROM t',
    );
    expect(sums.rows).toEqual([{ a: true, b: true, c: true }]);
    // A result a double cannot hold is refused, not rounded.
    await expect(
      pool.query('SELECT round(n * 123456789.12345, 2) FROM t WHERE id = 1'),
    ).rejects.toMatchObject({
      code: '0A000',
    });
  });
});
