import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const PGLITE_START_MS = 60_000;

// PostgreSQL 15 has none of these built-ins (16-18 added them): pg_proc lists none, a call is 42883.
describe('PgliteEngine: 16-18 support and hash functions hidden as on PostgreSQL 15', () => {
  it(
    'lists none in pg_proc and keeps what uses them working',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const names = async (pattern: string): Promise<string[]> =>
        (await pool.query('SELECT proname FROM pg_proc WHERE proname ~ $1 ORDER BY 1', [pattern])).rows.map(
          (row: { proname: string }) => row.proname,
        );
      expect(await names('skipsupport')).toEqual([]);
      expect(await names('^hash(bool|bytea|date|xid|cid)')).toEqual([]);
      expect(await names('^array_.*support')).toEqual(['array_unnest_support']);
      expect(await names('^interval_avg_')).toEqual([]);
      await expect(pool.query('SELECT hashbool(true)')).rejects.toMatchObject({ code: '42883' });
      // The operator classes, aggregates and planner support that use them find them by OID.
      await pool.query('CREATE TABLE t (b boolean, d date, u uuid, i interval)');
      await pool.query('CREATE INDEX ON t USING hash (b)');
      await pool.query('CREATE INDEX ON t (u)');
      await pool.query(
        "INSERT INTO t VALUES (true, '2024-01-01', gen_random_uuid(), '1 day'), (false, '2024-01-02', gen_random_uuid(), '3 days')",
      );
      expect((await pool.query('SELECT count(*)::int AS n FROM t WHERE b')).rows).toEqual([{ n: 1 }]);
      expect((await pool.query('SELECT avg(i)::text AS a FROM t')).rows).toEqual([{ a: '2 days' }]);
      expect((await pool.query('SELECT array_append(ARRAY[1], 2)::text AS a')).rows).toEqual([
        { a: '{1,2}' },
      ]);
      expect((await pool.query('SELECT count(DISTINCT d)::int AS n FROM t')).rows).toEqual([{ n: 2 }]);
    },
    PGLITE_START_MS,
  );
});
