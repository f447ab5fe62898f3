import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { tokenize } from '../sql-tokens.js';
import { withoutAddedSpans } from './pg15-body-marks.js';
import {
  ZONE_FUNCTION,
  zoneArgumentBodyEdits,
  zoneArgumentEdits,
  zoneParameters,
} from './pg15-zone-arguments.js';

const rewrite = (sql: string): string =>
  zoneArgumentEdits(tokenize(sql))
    .reverse()
    .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), sql);

describe('zoneArgumentEdits', () => {
  it("writes an abbreviation 18 reads by the session's zone as the Default set's offset (POSIX, west positive)", () => {
    expect(rewrite("SELECT ts AT TIME ZONE 'IST', timezone('cst', ts) FROM t")).toBe(
      "SELECT ts AT TIME ZONE 'IST-02:00', timezone('CST+06:00', ts) FROM t",
    );
    expect(rewrite("SELECT date_trunc('day', ts, 'NPT'), make_timestamptz(2024, 1, 1, 0, 0, 0, 'ist')")).toBe(
      "SELECT date_trunc('day', ts, 'NPT-05:45'), make_timestamptz(2024, 1, 1, 0, 0, 0, 'IST-02:00')",
    );
  });

  it('leaves other zones, other arguments and other places as written', () => {
    const kept = [
      "SELECT ts AT TIME ZONE 'Asia/Kolkata', ts AT TIME ZONE 'EST', ts AT TIME ZONE INTERVAL '-05:00'",
      "SELECT 'IST' AS a, lower('IST'), date_trunc('IST', ts)",
      "SET TIME ZONE 'IST'",
      "SELECT make_timestamptz(2024, 1, 1, 0, 0, 0, '-03')",
    ];
    for (const sql of kept) expect(rewrite(sql)).toBe(sql);
  });

  it('puts a UTC before a numeric POSIX zone, and hands zones 15 does not know to the reading function', () => {
    expect(rewrite("SELECT ts AT TIME ZONE '-03', date_trunc('day', ts, '+05:30')")).toBe(
      "SELECT ts AT TIME ZONE 'UTC-03', date_trunc('day', ts, 'UTC+05:30')",
    );
    expect(rewrite("SELECT ts AT TIME ZONE 'LMT'")).toBe(
      `SELECT ts AT TIME ZONE ${ZONE_FUNCTION}('LMT', true)`,
    );
  });

  it('hands a zone from a column, a parameter or an expression to the reading function', () => {
    expect(rewrite('SELECT ts AT TIME ZONE u.tz, ts AT TIME ZONE $1, ts AT TIME ZONE z::text FROM u')).toBe(
      `SELECT ts AT TIME ZONE ${ZONE_FUNCTION}(u.tz, true), ts AT TIME ZONE ${ZONE_FUNCTION}($1, true), ts AT TIME ZONE ${ZONE_FUNCTION}(z::text, true) FROM u`,
    );
    expect(rewrite("SELECT timezone(f('IST'), ts), make_timestamptz(2024, 1, 1, 0, 0, 0, 'IST' || '')")).toBe(
      `SELECT timezone(${ZONE_FUNCTION}(f('IST'), true), ts), make_timestamptz(2024, 1, 1, 0, 0, 0, ${ZONE_FUNCTION}('IST' || '', false))`,
    );
    expect(rewrite('SELECT ts AT TIME ZONE coalesce(a.tz, b.tz), ts AT TIME ZONE (tz)')).toBe(
      `SELECT ts AT TIME ZONE ${ZONE_FUNCTION}(coalesce(a.tz, b.tz), true), ts AT TIME ZONE ${ZONE_FUNCTION}((tz), true)`,
    );
  });
});

describe('zoneArgumentBodyEdits', () => {
  const rewriteBody = (body: string): string =>
    zoneArgumentBodyEdits(tokenize(body))
      .reverse()
      .reduce((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), body);

  it("hands a body's zone arguments 18 may read otherwise to the reading function, marked as added", () => {
    const body = "BEGIN RETURN ts AT TIME ZONE 'IST' + (SELECT timezone(z, ts)); END";
    const rewritten = rewriteBody(body);
    expect(rewritten).toBe(
      `BEGIN RETURN ts AT TIME ZONE /*<*/${ZONE_FUNCTION}(/*>*/'IST'/*<*/, true)/*>*/ + (SELECT timezone(/*<*/${ZONE_FUNCTION}(/*>*/z/*<*/, true)/*>*/, ts)); END`,
    );
    expect(withoutAddedSpans(rewritten)).toBe(body);
  });

  it('leaves zones both versions read alike as written', () => {
    const body = "SELECT ts AT TIME ZONE 'UTC', date_trunc('day', ts, 'Europe/Paris')";
    expect(rewriteBody(body)).toBe(body);
  });
});

describe('zoneParameters', () => {
  it('numbers the parameters given as a zone argument', () => {
    const sql =
      'SELECT $1 AT TIME ZONE $2, timezone($3, $4), date_trunc($5, $6, $7), make_timestamptz(1, 1, 1, 0, 0, 0, $8), lower($9)';
    expect([...zoneParameters(tokenize(sql))]).toEqual([2, 3, 7, 8]);
  });
});

/** Starting PGlite takes seconds on a busy machine. */
const PGLITE_START_MS = 60_000;

// Each answer is PostgreSQL 15's, under Asia/Kolkata, whose own IST (+05:30) 15 does not read.
describe('PgliteEngine reads an abbreviation bound as a zone as 15 does', () => {
  it(
    "binds IST as the abbreviation set's +02:00 in zone arguments, timetz and timestamptz[]",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const client = await pool.connect();
      try {
        await client.query("SET TimeZone = 'Asia/Kolkata'");
        const zoned = await client.query(
          "SELECT (timestamptz '2024-01-01 12:00+00' AT TIME ZONE $1)::text AS a, make_timestamptz(2024, 1, 1, 10, 0, 0, $1)::text AS b, $2::timetz::text AS c, $3::timestamptz[]::text AS d",
          ['ist', '10:00 IST', '{"2024-01-01 10:00 IST"}'],
        );
        expect(zoned.rows).toEqual([
          {
            a: '2024-01-01 14:00:00',
            b: '2024-01-01 13:30:00+05:30',
            c: '10:00:00+02',
            d: '{"2024-01-01 13:30:00+05:30"}',
          },
        ]);
        const named = await client.query('SELECT lower($1) AS z', ['IST']);
        expect(named.rows).toEqual([{ z: 'ist' }]);
        // In a function's body, read when it runs; the body is shown as written.
        await client.query(
          "CREATE FUNCTION pg_temp.zoned(ts timestamptz) RETURNS timestamp LANGUAGE plpgsql AS $$ BEGIN RETURN ts AT TIME ZONE 'IST'; END $$",
        );
        const inBody = await client.query(
          "SELECT pg_temp.zoned('2024-01-01 12:00+00')::text AS a, prosrc FROM pg_proc WHERE proname = 'zoned'",
        );
        expect(inBody.rows).toEqual([
          { a: '2024-01-01 14:00:00', prosrc: " BEGIN RETURN ts AT TIME ZONE 'IST'; END " },
        ]);
      } finally {
        await client.query('RESET TimeZone');
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
