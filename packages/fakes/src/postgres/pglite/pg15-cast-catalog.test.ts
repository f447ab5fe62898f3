import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

// Each expectation is PostgreSQL 15's (checked against a 15 server); the fake adds casts of its own.
describe('pg_cast as PostgreSQL 15 has it', () => {
  it(
    "lists none of the fake's casts from text and varchar, and 15's count of casts",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const { rows } = await pool.query(
        `SELECT castsource::regtype::text AS s, count(*)::int AS c FROM pg_cast
          WHERE castsource IN ('text'::regtype, 'varchar'::regtype) GROUP BY 1 ORDER BY 1`,
      );
      expect(rows).toEqual([
        { s: 'character varying', c: 7 },
        { s: 'text', c: 6 },
      ]);
      const total = await pool.query('SELECT count(*)::int AS c FROM pg_catalog.pg_cast');
      expect(total.rows).toEqual([{ c: 229 }]);
      // 15's built-in casts are pinned: no pg_depend row has a cast as its object.
      const depends = await pool.query(
        "SELECT count(*)::int AS c FROM pg_depend WHERE classid = 'pg_cast'::regclass",
      );
      expect(depends.rows).toEqual([{ c: 0 }]);
      // The casts still work: only the catalog's rows are 15's.
      const cast = await pool.query("SELECT '12'::text::int AS a, '1.5'::varchar::numeric AS b");
      expect(cast.rows).toEqual([{ a: 12, b: '1.5' }]);
    },
    PGLITE_START_MS,
  );

  it(
    "names the built-in function of each jsonb cast, not the fake's",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite' });
      const { rows } = await pool.query(
        `SELECT casttarget::regtype::text AS t, castfunc::regprocedure::text AS f
          FROM pg_cast c WHERE castsource = 'jsonb'::regtype AND castmethod = 'f' ORDER BY 1`,
      );
      expect(rows).toEqual([
        { t: 'bigint', f: 'int8(jsonb)' },
        { t: 'boolean', f: 'bool(jsonb)' },
        { t: 'double precision', f: 'float8(jsonb)' },
        { t: 'integer', f: 'int4(jsonb)' },
        { t: 'numeric', f: '"numeric"(jsonb)' },
        { t: 'real', f: 'float4(jsonb)' },
        { t: 'smallint', f: 'int2(jsonb)' },
      ]);
    },
    PGLITE_START_MS,
  );
});
