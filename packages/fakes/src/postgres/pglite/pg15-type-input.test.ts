import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';

const SCHEMA = [
  {
    name: 'inputs',
    sql: `CREATE TABLE words (t text); INSERT INTO words VALUES ('12');
      CREATE TABLE counts (n int, m numeric); INSERT INTO counts VALUES (1, 1.5);
      CREATE DOMAIN small AS int; CREATE TYPE pair AS (a int, b numeric);`,
  },
];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Every expected answer below is PostgreSQL 15's (checked against a 15 server).
describe('input functions on the PGlite engine, as PostgreSQL 15 reads text', () => {
  it(
    'refuses 16+ integers and numerics wherever the input function reads them',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const refusals: readonly (readonly [string, string])[] = [
        ["SELECT '0x1F'::small", 'invalid input syntax for type integer: "0x1F"'],
        ["SELECT '(1_000,1)'::pair", 'invalid input syntax for type integer: "1_000"'],
        ["SELECT '(1,1_000.5)'::pair", 'invalid input syntax for type numeric: "1_000.5"'],
        ["SELECT 1 IN ('1_0')", 'invalid input syntax for type integer: "1_0"'],
        ["SELECT * FROM counts WHERE n = '0o17'", 'invalid input syntax for type integer: "0o17"'],
        ["SELECT COALESCE(NULL, '0x1F', 1)", 'invalid input syntax for type integer: "0x1F"'],
        [
          `SELECT * FROM json_to_record('{"a": "0b101"}') AS x(a int)`,
          'invalid input syntax for type integer: "0b101"',
        ],
        [
          `SELECT * FROM jsonb_populate_record(NULL::pair, '{"b": "1_0"}')`,
          'invalid input syntax for type numeric: "1_0"',
        ],
        [
          "DO $$ DECLARE n bigint; BEGIN n := '0x1F'::text; END $$",
          'invalid input syntax for type bigint: "0x1F"',
        ],
      ];
      for (const [sql, message] of refusals) {
        await expect(pool.query(sql), sql).rejects.toMatchObject({ code: '22P02', message });
      }
      const { rows } = await pool.query(
        "SELECT '(12, 1.25)'::pair AS p, ' -7 '::small AS s, 'NaN'::numeric AS n, '1.25'::numeric(3, 1) AS r, 2 IN ('2') AS i",
      );
      expect(rows).toEqual([{ p: '(12,1.25)', s: -7, n: 'NaN', r: '1.3', i: true }]);
    },
    PGLITE_START_MS,
  );

  it(
    'reads date/time text inside arrays, records, JSON and PL/pgSQL as 15 does, and binds ISO parameters alike',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const client = await pool.connect();
      try {
        await client.query("SET TimeZone = 'Europe/Paris'");
        const refusals: readonly (readonly [string, string])[] = [
          [`SELECT '{"+infinity"}'::date[]`, 'invalid input syntax for type date: "+infinity"'],
          [
            `SELECT * FROM json_to_record('{"d": "+infinity"}') AS x(d timestamptz)`,
            'invalid input syntax for type timestamp with time zone: "+infinity"',
          ],
          [`SELECT '{"12:00 PMT"}'::time[]`, 'invalid input syntax for type time: "12:00 PMT"'],
          [
            "DO $$ DECLARE d timestamp; BEGIN d := 'infinity 2024-01-01'; END $$",
            'invalid input syntax for type timestamp: "infinity 2024-01-01"',
          ],
        ];
        for (const [sql, message] of refusals) {
          await expect(client.query(sql), sql).rejects.toMatchObject({ code: '22007', message });
        }
        const { rows } = await client.query(
          `SELECT '{"epoch 01:01:01","2024-01-01 10:00+00"}'::timestamptz[]::text AS a,
             (SELECT d::text FROM jsonb_to_recordset('[{"d": "-infinity 10:00"}]') AS x(d date)) AS b`,
        );
        expect(rows).toEqual([{ a: '{"1970-01-01 01:00:00+01","2024-01-01 11:00:00+01"}', b: '-infinity' }]);
        const bound: string[] = [];
        for (const at of [
          '2024-03-10T07:30:00.123+00:00',
          '2024-03-10T07:30:00.5-05',
          '2024-03-10 02:30:00',
        ]) {
          const result = await client.query('SELECT $1::timestamptz::text AS a, $2::date::text AS b', [
            at,
            '2024-02-29',
          ]);
          bound.push(`${result.rows[0].a} ${result.rows[0].b}`);
        }
        expect(bound).toEqual([
          '2024-03-10 08:30:00.123+01 2024-02-29',
          '2024-03-10 13:30:00.5+01 2024-02-29',
          '2024-03-10 02:30:00+01 2024-02-29',
        ]);
      } finally {
        client.release();
      }
    },
    PGLITE_START_MS,
  );

  it(
    'reads an xid, cid or xid8 as 15’s bare strtoul, an oid in decimal only, at run time',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const { rows } = await pool.query(
        `SELECT ('12' || 'abc')::xid::text AS a, ('' || '')::cid::text AS b, ('abc' || '')::xid8::text AS c,
           ('4294967296' || '')::xid::text AS d, (' -0x10' || '')::cid::text AS e, ('-1' || '')::xid8::text AS f,
           ('0' || t)::oid AS g, oid(t) AS h, "interval"(t || ' days')::text AS i FROM words`,
      );
      expect(rows).toEqual([
        {
          a: '12',
          b: '0',
          c: '0',
          d: '0',
          e: '4294967280',
          f: '18446744073709551615',
          g: 12,
          h: 12,
          i: '12 days',
        },
      ]);
      await expect(pool.query("SELECT ('0x' || '1A')::oid")).rejects.toMatchObject({
        code: '22P02',
        message: 'invalid input syntax for type oid: "0x1A"',
      });
    },
    PGLITE_START_MS,
  );

  it(
    'refuses loudly the interval 18 reads as infinity, and shows 15’s input functions in pg_type',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await expect(
        pool.query("SELECT '178956970 years 7 months 2147483647 days 2562047788:00:54.775807'::interval"),
      ).rejects.toMatchObject({ code: '0A000', message: expect.stringContaining('PGlite') });
      const { rows } = await pool.query(
        "SELECT typname, typinput::text AS input FROM pg_type WHERE typname IN ('int4', 'numeric', 'oid', 'interval', 'xid') ORDER BY typname",
      );
      expect(rows).toEqual([
        { typname: 'int4', input: 'int4in' },
        { typname: 'interval', input: 'interval_in' },
        { typname: 'numeric', input: 'numeric_in' },
        { typname: 'oid', input: 'oidin' },
        { typname: 'xid', input: 'xidin' },
      ]);
    },
    PGLITE_START_MS,
  );
});
