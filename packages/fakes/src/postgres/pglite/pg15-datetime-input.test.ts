import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Each answer below is PostgreSQL 15's (checked against a 15 server); PGlite (18) reads these otherwise.
describe('PgliteEngine reads date/time text that arrives at run time as PostgreSQL 15', () => {
  it(
    'casts text columns and expressions to dates, timestamps and intervals with 15 rules',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const read = await pool.query(
        "SELECT s::date::text AS d, s::timestamp::text AS t FROM (VALUES ('epoch 01:01:01'), ('2024-01-01 infinity')) x(s) ORDER BY 1",
      );
      expect(read.rows).toEqual([
        { d: '1970-01-01', t: '1970-01-01 00:00:00' },
        { d: 'infinity', t: 'infinity' },
      ]);
      await expect(pool.query("SELECT ('+' || 'infinity')::timestamptz")).rejects.toMatchObject({
        code: '22007',
        message: 'invalid input syntax for type timestamp with time zone: "+infinity"',
      });
      await expect(pool.query("SELECT ('infin' || 'ity')::varchar::interval")).rejects.toMatchObject({
        code: '22007',
        message: 'invalid input syntax for type interval: "infinity"',
      });
      const ago = await pool.query("SELECT ('1 day ago' || ' 2 hours')::interval::text AS i");
      expect(ago.rows).toEqual([{ i: '-1 days -02:00:00' }]);
      await expect(pool.query("SELECT ('1 ago' || ' ago')::interval")).rejects.toMatchObject({
        message: expect.stringContaining('"1 ago ago"'),
      });
    },
    PGLITE_START_MS,
  );

  it(
    "refuses a zone field in to_timestamp's and to_date's format from a parameter, as 15 does (0A000)",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await expect(
        pool.query('SELECT to_timestamp($1, $2)', ['2024-01-01 10:00 EST', 'YYYY-MM-DD HH24:MI TZ']),
      ).rejects.toMatchObject({
        code: '0A000',
        message: 'formatting field "TZ" is only supported in to_char',
      });
      await expect(pool.query('SELECT to_date($1, $2)', ['2024 +02', 'YYYY OF'])).rejects.toMatchObject({
        code: '0A000',
        message: 'formatting field "OF" is only supported in to_char',
      });
      const quoted = await pool.query('SELECT to_timestamp($1, $2)::text AS v', [
        '2024-01-01 TZ',
        'YYYY-MM-DD "TZ"',
      ]);
      expect(quoted.rows).toEqual([{ v: '2024-01-01 00:00:00+00' }]);
      const offset = await pool.query('SELECT to_timestamp($1, $2)::text AS v', [
        '2024-01-01 +02',
        'YYYY-MM-DD TZH',
      ]);
      expect(offset.rows).toEqual([{ v: '2023-12-31 22:00:00+00' }]);
    },
    PGLITE_START_MS,
  );

  it(
    "lists pg_timezone_abbrevs from the abbreviation set alone, and refuses 15's y2024m02d29 form loudly",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const client = await pool.connect();
      try {
        await client.query("SET TimeZone = 'Asia/Kolkata'");
        const ist = await client.query(
          "SELECT utc_offset::text AS o FROM pg_timezone_abbrevs WHERE abbrev = 'IST'",
        );
        expect(ist.rows).toEqual([{ o: '02:00:00' }]);
      } finally {
        await client.query('RESET TimeZone');
        client.release();
      }
      await expect(pool.query('SELECT $1::date', ['y2024m02d29'])).rejects.toMatchObject({ code: '0A000' });
    },
    PGLITE_START_MS,
  );
});

describe("PgliteEngine keeps 15's functions 17 and 18 replaced or changed", () => {
  it(
    'names the WAL segment of an LSN on a boundary as 15 does, and gives acldefault no MAINTAIN',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const names = await pool.query(
        "SELECT pg_walfile_name('0/1000000') AS a, pg_walfile_name('0/0') AS b, pg_walfile_name('5/5000000') AS c, (pg_walfile_name_offset('0/1000000')).file_offset AS o",
      );
      expect(names.rows).toEqual([
        { a: '000000010000000000000000', b: '00000001FFFFFFFF000000FF', c: '000000010000000500000004', o: 0 },
      ]);
      const acl = await pool.query(
        "SELECT acldefault('r', 10)::text AS r, acldefault('n', 10)::text AS n, (SELECT count(*)::int FROM aclexplode(acldefault('r', 10))) AS privileges",
      );
      expect(acl.rows).toEqual([
        { r: '{postgres=arwdDxt/postgres}', n: '{postgres=UC/postgres}', privileges: 7 },
      ]);
    },
    PGLITE_START_MS,
  );

  it(
    'answers pg_timezone_abbrevs() and the bgwriter checkpoint counters',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const abbrevs = await pool.query(
        "SELECT utc_offset::text AS o, is_dst AS d FROM pg_timezone_abbrevs() WHERE abbrev = 'EST'",
      );
      expect(abbrevs.rows).toEqual([{ o: '-05:00:00', d: false }]);
      const counters = await pool.query(
        'SELECT pg_stat_get_bgwriter_timed_checkpoints() >= 0 AS t, pg_stat_get_checkpoint_write_time() >= 0 AS w',
      );
      expect(counters.rows).toEqual([{ t: true, w: true }]);
    },
    PGLITE_START_MS,
  );
});
