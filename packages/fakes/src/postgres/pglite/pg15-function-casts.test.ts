import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = [
  {
    name: 'words',
    sql: "CREATE TABLE words (t text, v varchar, d text); INSERT INTO words VALUES ('12', '13', '2020-01-02')",
  },
];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Every expected answer below is PostgreSQL 15's (checked against a 15 server).
describe('function-style casts of text on the PGlite engine, as PostgreSQL 15 reads them', () => {
  it(
    'reads int4(text) and date(text) as the casts, with 15’s errors',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const { rows } = await pool.query(
        'SELECT int4(t) AS a, int8(v) AS b, int2(t) AS c, "numeric"(t) AS n, date(d)::text AS d, "timestamp"(d)::text AS s FROM words',
      );
      expect(rows).toEqual([{ a: 12, b: '13', c: 12, n: '12', d: '2020-01-02', s: '2020-01-02 00:00:00' }]);
      await expect(pool.query("SELECT int4(concat('0x', '1F')) AS v")).rejects.toMatchObject({
        code: '22P02',
        message: 'invalid input syntax for type integer: "0x1F"',
      });
      await expect(pool.query("SELECT int8(t || '_0') AS v FROM words")).rejects.toMatchObject({
        code: '22P02',
        message: 'invalid input syntax for type bigint: "12_0"',
      });
      // An untyped parameter resolves as on 15: ambiguous for int4, timestamptz for date.
      await expect(pool.query('SELECT int4($1) AS v', ['1'])).rejects.toMatchObject({ code: '42725' });
      expect((await pool.query('SELECT date($1)::text AS v', ['2020-01-02 23:00+00'])).rows).toEqual([
        { v: '2020-01-02' },
      ]);
      // The overloads are the fake's own: pg_proc lists 15's int4 functions only.
      expect(
        (await pool.query("SELECT count(*)::int AS n FROM pg_proc WHERE proname = 'int4' AND prolang <> 12"))
          .rows,
      ).toEqual([{ n: 0 }]);
      await pool.end();
    },
    PGLITE_START_MS,
  );
});
