import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('PGlite: what a migration tool reads about functions, as 15 answers', () => {
  it(
    "defines a built-in the fake replaced as 15's own, not the fake's stand-in",
    async () => {
      const fake = await createFakePostgres({ engine: 'pglite' });
      try {
        const { rows } = await fake.pool.query<{ lower: string; self: string; none: string | null }>(
          `SELECT pg_get_functiondef('lower(text)'::regprocedure) AS lower,
                  pg_get_functiondef('pg_get_functiondef(oid)'::regprocedure) AS self,
                  pg_get_functiondef(0) AS none`,
        );
        expect(rows[0]?.lower).toBe(
          'CREATE OR REPLACE FUNCTION pg_catalog.lower(text)\n RETURNS text\n LANGUAGE internal\n IMMUTABLE PARALLEL SAFE STRICT\nAS $function$lower$function$\n',
        );
        expect(rows[0]?.self).toMatch(/^CREATE OR REPLACE FUNCTION pg_catalog\.pg_get_functiondef\(oid\)\n/);
        expect(rows[0]?.self).toMatch(/LANGUAGE internal/);
        expect(rows[0]?.none).toBeNull();
        await fake.pool.query('CREATE FUNCTION mine(a int) RETURNS int LANGUAGE sql AS $$ SELECT a $$');
        const mine = await fake.pool.query<{ def: string }>(
          "SELECT pg_get_functiondef('mine'::regproc) AS def",
        );
        expect(mine.rows[0]?.def).toMatch(/^CREATE OR REPLACE FUNCTION public\.mine\(a integer\)/);
        await fake.pool.query('DROP FUNCTION mine(int)');
      } finally {
        await fake.close();
      }
    },
    PGLITE_START_MS * 2,
  );
});
