import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { pg15DatetimeText, pg15OidText, pg15ZoneText } from './pg15-catalog.js';
import { toPg15 } from './pg15-dialect.js';
import { pg15ParamText } from './pglite-engine.js';

const SCHEMA = [{ name: 'inputs', sql: 'CREATE TABLE inputs (o oid, at timestamptz)' }];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

describe('text 15 reads otherwise than 16+', () => {
  it('drops an oid’s leading zeros, and keeps a special date word alone', () => {
    expect(pg15OidText('012')).toBe('12');
    expect(pg15OidText('{012, -007,"08"}')).toBe('{12, -7,"8"}');
    expect(pg15OidText('0')).toBeUndefined();
    expect(pg15OidText('120')).toBeUndefined();
    expect(pg15DatetimeText('epoch 01:01:01')).toBe('epoch');
    expect(pg15DatetimeText('01:01 -Infinity')).toBe('-infinity');
    expect(pg15DatetimeText('epoch')).toBeUndefined();
    expect(pg15DatetimeText('2020-01-01 10:00')).toBeUndefined();
    expect(pg15ZoneText('2020-01-01 10:00 IST')).toBe('2020-01-01 10:00 +02:00');
    expect(pg15ZoneText('10:00 pst8pdt')).toBeUndefined();
    expect(pg15ZoneText('2020-01-01 10:00 America/New_York')).toBeUndefined();
  });

  it('rewrites constant casts and parameters by type, nothing else', () => {
    expect(toPg15("SELECT '012'::oid, oid '08', '{012}'::oid[], '01 02'::oidvector")?.text).toBe(
      "SELECT '12'::oid, oid '8', '{12}'::oid[], '1 2'::oidvector",
    );
    expect(toPg15("SELECT 'epoch 01:01:01'::timestamp, timestamptz 'infinity +02'")?.text).toBe(
      "SELECT 'epoch'::timestamp, timestamptz 'infinity'",
    );
    expect(toPg15("SELECT '012'::text, '012'")?.text ?? "SELECT '012'::text, '012'").toBe(
      "SELECT '012'::text, '012'",
    );
    expect(pg15ParamText('012', 26)).toBe('12');
    expect(pg15ParamText('{012}', 1028)).toBe('{12}');
    expect(pg15ParamText('epoch 01:01:01', 1114)).toBe('epoch');
    expect(pg15ParamText('012', 25)).toBeUndefined();
  });
});

// Every expected answer below is PostgreSQL 15's (checked against a 15 server).
describe('PgliteEngine reads input and computes make_interval as PostgreSQL 15', () => {
  it(
    'reads leading-zero oids as decimal and special date words with other fields as the word',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      expect(
        (await pool.query("SELECT '012'::oid AS a, '08'::oid AS b, '{012,013}'::oid[] AS c")).rows,
      ).toEqual([{ a: 12, b: 8, c: [12, 13] }]);
      expect(
        (await pool.query('SELECT $1::oid AS o, $2::timestamp::text AS t', ['012', 'epoch 01:01:01'])).rows,
      ).toEqual([{ o: 12, t: '1970-01-01 00:00:00' }]);
      expect((await pool.query("SELECT 'infinity 01:01'::date::text AS d")).rows).toEqual([
        { d: 'infinity' },
      ]);
      // A column's value is converted by the column's type, which only the catalog knows: refused loudly.
      const refused = { code: '0A000', message: expect.stringContaining('PGlite') };
      // An oid column's value is read by the oid input stand-in, as 15 reads it: decimal.
      expect((await pool.query("INSERT INTO inputs (o) VALUES ('012') RETURNING o")).rows).toEqual([
        { o: 12 },
      ]);
      await expect(pool.query("UPDATE inputs SET at = 'epoch 01:01:01'")).rejects.toMatchObject(refused);
      // 18 reads a zone abbreviation by the session's zone first: IST is +05:30 under Asia/Kolkata, +02 on 15.
      await pool.query("SET TimeZone = 'Asia/Kolkata'");
      expect(
        (
          await pool.query(
            "SELECT '2020-01-01 10:00 IST'::timestamptz::text AS a, $1::timestamptz::text AS b",
            ['2020-01-01 10:00 IST'],
          )
        ).rows,
      ).toEqual([{ a: '2020-01-01 13:30:00+05:30', b: '2020-01-01 13:30:00+05:30' }]);
      await expect(
        pool.query("INSERT INTO inputs (at) VALUES ('2020-01-01 10:00 IST')"),
      ).rejects.toMatchObject(refused);
      await pool.query("SET TimeZone = 'UTC'");
      await pool.query("INSERT INTO inputs (at) VALUES ('2020-01-01 10:00 IST')");
      await pool.end();
    },
    PGLITE_START_MS,
  );

  it(
    'wraps make_interval past its range as 15 does, and refuses lz4 loudly',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const text = async (sql: string) => (await pool.query(`SELECT (${sql})::text AS v`)).rows[0]?.v;
      expect(await text('make_interval(years => 178956970, months => 8)')).toBe('-178956970 years -8 mons');
      expect(await text('make_interval(days => 2147483647, weeks => 1)')).toBe('-2147483642 days');
      expect(await text('make_interval(secs => 1e18)')).toBe('-2562047788:00:54.775808');
      expect(await text('make_interval(1, 2, 3, 4, 5, 6, 7.5)')).toBe('1 year 2 mons 25 days 05:06:07.5');
      await expect(pool.query("SELECT make_interval(secs => 'NaN')")).rejects.toMatchObject({
        code: '22008',
      });
      const refused = { code: '0A000', message: expect.stringContaining('PGlite') };
      await expect(pool.query('SET default_toast_compression = lz4')).rejects.toMatchObject(refused);
      await expect(pool.query('CREATE EXTENSION IF NOT EXISTS citext')).rejects.toMatchObject(refused);
      // The replaced built-ins read from pg_proc as the built-ins they stand for, comment included.
      expect(
        (
          await pool.query(
            "SELECT proname, (SELECT lanname FROM pg_language l WHERE l.oid = prolang)::text AS lang, proisstrict, obj_description(oid, 'pg_proc') IS NOT NULL AS described FROM pg_proc WHERE oid = 'upper(text)'::regprocedure",
          )
        ).rows,
      ).toEqual([{ proname: 'upper', lang: 'internal', proisstrict: true, described: true }]);
      expect(
        (await pool.query("SELECT count(*)::int AS n FROM pg_proc WHERE proname LIKE 'pglite%'")).rows,
      ).toEqual([{ n: 0 }]);
      await pool.end();
    },
    PGLITE_START_MS,
  );
});
