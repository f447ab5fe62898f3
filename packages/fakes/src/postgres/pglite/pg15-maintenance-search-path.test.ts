import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const SCHEMA = [
  {
    name: 'maintenance-search-path',
    sql: `CREATE TABLE emp (id int PRIMARY KEY, salary int);
      INSERT INTO emp VALUES (1, 100), (2, 80);
      CREATE FUNCTION sch() RETURNS text LANGUAGE sql STABLE AS 'SELECT current_schema()';
      CREATE FUNCTION outer_sch() RETURNS text LANGUAGE plpgsql STABLE AS $$ BEGIN RETURN sch(); END $$;
      CREATE FUNCTION pinned() RETURNS text LANGUAGE sql STABLE SET search_path = public AS 'SELECT current_schema()';
      CREATE FUNCTION isch() RETURNS text LANGUAGE sql IMMUTABLE AS 'SELECT current_schema()';
      CREATE FUNCTION dbl(i int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT i * 2';`,
  },
];

// PostgreSQL 15 fills a materialized view with the session's search_path, so current_schema() there
// is 'public'; PGlite (18) fills it with 'pg_catalog, pg_temp' and answered 'pg_catalog' silently.
describe('PgliteEngine and materialized views whose query reads the search path', () => {
  it(
    'refuses them clearly, directly or through user functions, in both protocols, and on REFRESH',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const refusal = { code: '0A000', message: expect.stringContaining('reads the search path') };
      await expect(
        pool.query("CREATE MATERIALIZED VIEW m1 AS SELECT current_setting('search_path') AS s"),
      ).rejects.toMatchObject(refusal);
      await expect(
        pool.query('CREATE MATERIALIZED VIEW m2 AS SELECT outer_sch() AS s'),
      ).rejects.toMatchObject(refusal);
      await expect(
        pool.query({ text: 'CREATE MATERIALIZED VIEW m3 AS SELECT current_schema AS s', values: [] }),
      ).rejects.toMatchObject(refusal);
      // format_type() qualifies a type its search path does not show: public.mood under 17's.
      await expect(
        pool.query(
          "CREATE MATERIALIZED VIEW m5 AS SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'emp'::regclass",
        ),
      ).rejects.toMatchObject(refusal);
      await pool.query('CREATE MATERIALIZED VIEW m4 AS SELECT sch() AS s WITH NO DATA');
      await expect(pool.query('REFRESH MATERIALIZED VIEW m4')).rejects.toMatchObject(refusal);
      await expect(pool.query('SELECT * FROM m1')).rejects.toMatchObject({ code: '42P01' });
      // An index expression over the existing rows is computed under the same search path, CONCURRENTLY too.
      await expect(pool.query('CREATE INDEX CONCURRENTLY emp_cs ON emp (isch())')).rejects.toMatchObject(
        refusal,
      );
      await expect(
        pool.query('CREATE INDEX emp_sch ON emp ((salary::text || isch()))'),
      ).rejects.toMatchObject(refusal);
    },
    PGLITE_START_MS,
  );

  it(
    'fills and refreshes the others as 15 does, a function with its own search_path included',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await pool.query('CREATE MATERIALIZED VIEW pay AS SELECT id, dbl(salary) AS d FROM emp');
      await pool.query('CREATE MATERIALIZED VIEW pin AS SELECT pinned() AS s');
      await pool.query('UPDATE emp SET salary = 1 WHERE id = 2');
      await pool.query('REFRESH MATERIALIZED VIEW pay');
      expect((await pool.query('SELECT id, d FROM pay ORDER BY id')).rows).toEqual([
        { id: 1, d: 200 },
        { id: 2, d: 2 },
      ]);
      expect((await pool.query('SELECT s FROM pin')).rows).toEqual([{ s: 'public' }]);
      await pool.query('CREATE INDEX emp_dbl ON emp (dbl(salary)) WHERE dbl(id) > 0');
      await pool.query('CREATE UNIQUE INDEX emp_id ON emp USING btree (id)');
      await pool.query('CREATE INDEX CONCURRENTLY emp_c ON emp (dbl(id))');
    },
    PGLITE_START_MS,
  );
});
