import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Each answer below is PostgreSQL 15's (checked against a 15 server); PGlite (18) knows 16's SET.
describe('PgliteEngine answers pg_has_role as PostgreSQL 15', () => {
  it(
    "refuses 16's SET option, naming the first item 15 does not know, after looking the roles up",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      for (const [text, code, message] of [
        ["SELECT pg_has_role('postgres', 'SET')", '22023', 'unrecognized privilege type: "SET"'],
        ["SELECT pg_has_role('postgres', 'MEMBER, set ')", '22023', 'unrecognized privilege type: "set"'],
        ["SELECT pg_has_role('postgres', 'fly, SET')", '22023', 'unrecognized privilege type: "fly"'],
        [
          "SELECT pg_has_role(10::oid, 'SET WITH ADMIN OPTION')",
          '22023',
          'unrecognized privilege type: "SET WITH ADMIN OPTION"',
        ],
        ["SELECT pg_has_role('nobody', 'SET')", '42704', 'role "nobody" does not exist'],
      ] as const) {
        await expect(pool.query(text), text).rejects.toMatchObject({ code, message });
      }
      const known = await pool.query(
        "SELECT pg_has_role('postgres', ' member , usage with admin option ') AS a, pg_has_role('postgres', 'postgres', NULL) AS b",
      );
      expect(known.rows).toEqual([{ a: true, b: null }]);
    },
    PGLITE_START_MS,
  );
});
