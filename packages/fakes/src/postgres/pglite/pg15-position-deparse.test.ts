import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const PGLITE_START_MS = 60_000;
const CI = "CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false)";

// 15 prints a call of position() in SQL syntax; once the pattern wrappers are switched in (a
// statement mentioned `deterministic`), PGlite printed the wrapper's call: `"position"(email, '@'::text)`.
describe('PgliteEngine: POSITION printed back as PostgreSQL 15 prints it', () => {
  it(
    'prints POSITION(... IN ...) after nondeterministic collations came in use',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [{ name: 'ci', sql: CI }] });
      await pool.query(`CREATE TABLE u (email text CHECK (position('@' IN email) > 1), v varchar(9),
        w text CHECK (position('x' IN substr(w, position('y' IN w))) >= 0 AND w <> '"position"(a, b)'))`);
      await pool.query('CREATE INDEX u_at ON u (strpos(email, $$@$$), position($$,$$ IN email))');
      const defs = await pool.query(
        "SELECT pg_get_constraintdef(oid) AS def, pg_get_expr(conbin, conrelid, true) AS expr FROM pg_constraint WHERE conrelid = 'u'::regclass ORDER BY conname",
      );
      expect(defs.rows).toEqual([
        {
          def: "CHECK ((POSITION(('@'::text) IN (email)) > 1))",
          expr: "POSITION(('@'::text) IN (email)) > 1",
        },
        {
          def: `CHECK (((POSITION(('x'::text) IN (substr(w, POSITION(('y'::text) IN (w))))) >= 0) AND (w <> '"position"(a, b)'::text)))`,
          expr: `POSITION(('x'::text) IN (substr(w, POSITION(('y'::text) IN (w))))) >= 0 AND w <> '"position"(a, b)'::text`,
        },
      ]);
      expect((await pool.query("SELECT pg_get_indexdef('u_at'::regclass) AS d")).rows).toEqual([
        {
          d: "CREATE INDEX u_at ON public.u USING btree (strpos(email, '@'::text), POSITION((','::text) IN (email)))",
        },
      ]);
      // An implicit cast prints as an explicit one in a call: refused, not printed either way.
      await pool.query("ALTER TABLE u ADD CONSTRAINT v_at CHECK (position('@' IN v) > 0)");
      await expect(
        pool.query("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'v_at'"),
      ).rejects.toMatchObject({ code: '0A000' });
    },
    PGLITE_START_MS,
  );
});
