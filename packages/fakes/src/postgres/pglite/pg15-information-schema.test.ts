import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const PGLITE_START_MS = 60_000;

// Each count below is PostgreSQL 15's (checked against a 15 server): PGlite listed the relations
// 16-18 added (hidden from 15's names) and the columns they added to catalogs.
describe('PgliteEngine: information_schema over the system schemas as PostgreSQL 15', () => {
  it(
    'lists pg_catalog without the newer relations and columns, and user tables as before',
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [{ name: 'one', sql: 'CREATE TABLE accounts (id int PRIMARY KEY, email text)' }],
      });
      const count = async (sql: string): Promise<number> => (await pool.query(sql)).rows[0].n;
      expect(
        await count(
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'pg_catalog'",
        ),
      ).toBe(139);
      expect(
        await count(
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name LIKE 'pglite18%'",
        ),
      ).toBe(0);
      expect(
        await count(
          "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_schema = 'pg_catalog' AND table_name = 'pg_class'",
        ),
      ).toBe(33);
      const own = await pool.query(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2",
      );
      expect(own.rows).toEqual([
        { table_name: 'accounts', column_name: 'email' },
        { table_name: 'accounts', column_name: 'id' },
      ]);
    },
    PGLITE_START_MS,
  );
});
