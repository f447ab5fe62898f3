import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { toPg15 } from './pg15-dialect.js';
import { pg15RefusedParam } from './pglite-engine.js';

const SCHEMA = [
  {
    name: 'tables',
    sql: `CREATE TABLE counts (id int PRIMARY KEY, n int, amount numeric, day date, at timestamptz, span interval, tags int[], note text);
      CREATE VIEW counts_view AS SELECT * FROM counts;
      CREATE FUNCTION plus_one(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1';
      CREATE FUNCTION indexed(int) RETURNS int LANGUAGE plpgsql IMMUTABLE AS 'BEGIN RETURN plus_one($1); END';`,
  },
];
/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

// Each answer below is PostgreSQL 15's (checked against a 15 server); PGlite (18) answers otherwise.
describe('PgliteEngine answers changed built-ins as PostgreSQL 15', () => {
  it(
    'counts the quarter of an interval of negative months as 15 does (months truncated toward zero)',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const quarters = await pool.query(
        "SELECT extract(quarter FROM interval '-2 months') AS a, date_part('qtr', interval '-5 months') AS b, extract(QUARTER FROM interval '-1 year -8 months') AS c, extract(quarter FROM interval '5 months') AS d, extract(quarter FROM interval '-1 year') AS e",
      );
      expect(quarters.rows).toEqual([{ a: '1', b: 0, c: '-1', d: '2', e: '1' }]);
    },
    PGLITE_START_MS,
  );

  it(
    'truncates an infinite timestamp to itself whatever the unit and zone, and makes an interval of -2^63 microseconds, as 15',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const read = await pool.query(
        "SELECT date_trunc('bogus', timestamptz 'infinity', 'XYZ')::text AS a, date_trunc('timezone', timestamp '-infinity')::text AS b, date_trunc(NULL, timestamp 'infinity') AS c, date_trunc('day', timestamptz '2024-03-10 12:00+00', 'America/New_York')::text AS d, make_interval(secs => -9223372036854.775808)::text AS e",
      );
      expect(read.rows).toEqual([
        {
          a: 'infinity',
          b: '-infinity',
          c: null,
          d: '2024-03-10 05:00:00+00',
          e: '-2562047788:00:54.775808',
        },
      ]);
      await expect(pool.query("SELECT date_trunc('bogus', timestamp '2024-01-01')")).rejects.toEqual(
        expect.objectContaining({
          code: '22023',
          message: 'unit "bogus" not recognized for type timestamp without time zone',
          where: undefined,
        }),
      );
      await pool.query("CREATE TABLE stamps (t timestamp); CREATE INDEX ON stamps (date_trunc('day', t))");
    },
    PGLITE_START_MS,
  );

  it(
    'subtracts timestamps more than 2^63 microseconds apart wrapping around, as 15 does',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const spans = await pool.query(
        "SELECT (timestamp '294276-12-31' - timestamp '4713-01-01 BC')::text AS a, (timestamptz '294276-12-31 10:00+00' - timestamptz '0044-03-15 BC')::text AS b, (timestamp '290000-01-01' - timestamp '2000-01-01 10:00:00.5')::text AS c",
      );
      expect(spans.rows).toEqual([
        {
          a: '-104300493 days -08:01:49.551616',
          b: '-106005882 days -22:01:49.551616',
          c: '105189839 days 13:59:59.5',
        },
      ]);
    },
    PGLITE_START_MS,
  );

  it(
    'refuses week of an interval, infinite interval factors, MAINTAIN and 16+ makeaclitem lists',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await expect(pool.query("SELECT extract(week FROM interval '1 day')")).rejects.toMatchObject({
        code: '0A000',
        message: 'unit "week" not supported for type interval',
      });
      await expect(pool.query("SELECT date_part('W', interval '1 day')")).rejects.toMatchObject({
        code: '0A000',
      });
      expect((await pool.query("SELECT extract(day FROM interval '3 days') AS d")).rows).toEqual([
        { d: '3' },
      ]);
      await expect(pool.query("SELECT interval '1 day' * 'infinity'::float8")).rejects.toMatchObject({
        code: '22008',
      });
      await expect(pool.query("SELECT 'NaN'::float8 * interval '1 day'")).rejects.toMatchObject({
        code: '22008',
      });
      expect((await pool.query("SELECT (interval '1 hour' * 2.5)::text AS v")).rows).toEqual([
        { v: '02:30:00' },
      ]);
      await expect(
        pool.query("SELECT has_table_privilege('counts', 'SELECT, maintain WITH GRANT OPTION')"),
      ).rejects.toMatchObject({
        code: '22023',
        message: 'unrecognized privilege type: "maintain WITH GRANT OPTION"',
      });
      expect((await pool.query("SELECT has_table_privilege('counts', 'select') AS p")).rows).toEqual([
        { p: true },
      ]);
      await expect(pool.query("SELECT makeaclitem(10, 10, 'SELECT,UPDATE', false)")).rejects.toMatchObject({
        code: '22023',
      });
      expect((await pool.query("SELECT makeaclitem(10, 10, 'rule', false)::text AS a")).rows).toEqual([
        { a: 'postgres=/postgres' },
      ]);
      // STRICT as 15's: a NULL anywhere answers NULL before the privilege list is read.
      expect(
        (
          await pool.query(
            "SELECT makeaclitem(10, 10, 'SELECT,UPDATE', NULL) AS a, makeaclitem(NULL, 10, 'bogus', false) AS b",
          )
        ).rows,
      ).toEqual([{ a: null, b: null }]);
      await expect(pool.query("SELECT jsonb_strip_nulls('[null]', true)")).rejects.toMatchObject({
        code: '42883',
      });
      expect((await pool.query(`SELECT jsonb_strip_nulls('{"a":null}') AS j`)).rows).toEqual([{ j: {} }]);
    },
    PGLITE_START_MS,
  );

  it(
    "computes to_number with V to 15's scale, refuses RN input, and age() of an infinity as 15 does",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      expect(
        (await pool.query("SELECT to_number('1234', '99V99') AS n, to_number('1', '9V99999') AS m")).rows,
      ).toEqual([{ n: '12.3400000000000000', m: '0.0000100000000000' }]);
      await expect(pool.query("SELECT to_number('MCMXC', 'RN')")).rejects.toMatchObject({ code: '0A000' });
      // 15 reads infinity as the fields of INT64_MAX microseconds: 294277-01-09 04:00:54.775807.
      const ages = await pool.query(
        "SELECT age(timestamp 'infinity', timestamp '1990-05-17 10:00')::text AS a, age(timestamp '2000-01-01', timestamp 'infinity')::text AS b, age(timestamp 'infinity', timestamp 'infinity')::text AS c, age(NULL::timestamp) AS d",
      );
      expect(ages.rows).toEqual([
        {
          a: '292286 years 7 mons 22 days 18:00:54.775807',
          b: '-292277 years -8 days -04:00:54.775807',
          c: '00:00:00',
          d: null,
        },
      ]);
      await expect(pool.query("SELECT age(timestamptz '-infinity', now())")).rejects.toEqual(
        expect.objectContaining({ code: '22008', message: 'timestamp out of range', where: undefined }),
      );
      await expect(
        pool.query("SELECT age(timestamp 'infinity', timestamp '294276-06-01')"),
      ).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringMatching(/PGlite/),
      });
      expect((await pool.query("SELECT age(date '2024-03-01', date '2024-01-31')::text AS a")).rows).toEqual([
        { a: '1 mon 1 day' },
      ]);
    },
    PGLITE_START_MS,
  );
});

describe('PgliteEngine reads values as PostgreSQL 15 does', () => {
  it(
    'refuses 16+ input given to a column as an untyped literal, by the column type',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await expect(pool.query("INSERT INTO counts (id, n) VALUES (1, '0x1A')")).rejects.toMatchObject({
        code: '22P02',
        message: 'invalid input syntax for type integer: "0x1A"',
      });
      await expect(pool.query("INSERT INTO counts VALUES (2, 1, '1_000.5')")).rejects.toMatchObject({
        code: '22P02',
      });
      await expect(pool.query("INSERT INTO counts (id, day) VALUES (3, '+infinity')")).rejects.toMatchObject({
        code: '22007',
      });
      await expect(pool.query("INSERT INTO counts (id, span) VALUES (4, 'infinity')")).rejects.toMatchObject({
        code: '22007',
      });
      await expect(pool.query("INSERT INTO counts (id, tags) VALUES (5, '{{}}')")).rejects.toMatchObject({
        code: '22P02',
        detail: 'Unexpected "}" character.',
      });
      // 15 converts the literals in order: one both versions refuse before one only 15 refuses.
      await expect(
        pool.query("INSERT INTO counts (id, n) VALUES (8, '1'), (9, '99999999999'), (10, '0x1A')"),
      ).rejects.toMatchObject({
        code: '22003',
        message: 'value "99999999999" is out of range for type integer',
      });
      await expect(
        pool.query("INSERT INTO counts (id, n, day) VALUES (8, '1_0', '2023-02-29')"),
      ).rejects.toMatchObject({
        code: '22P02',
      });
      await expect(
        pool.query("INSERT INTO counts (id, day, n) VALUES (8, '2023-02-29', '1_0')"),
      ).rejects.toMatchObject({
        code: '22008',
      });
      await expect(pool.query("INSERT INTO counts (id, tags) VALUES (6, '{x,}')")).rejects.toMatchObject({
        message: 'malformed array literal: "{x,}"',
        detail: 'Unexpected "}" character.',
      });
      await expect(pool.query("UPDATE counts SET tags = '{1,,2}'")).rejects.toMatchObject({
        detail: 'Unexpected "," character.',
      });
      await expect(pool.query("INSERT INTO counts (id, tags) VALUES (6, '{1,0x10}')")).rejects.toMatchObject({
        code: '22P02',
      });
      await pool.query("INSERT INTO counts (id, day, note) VALUES (7, 'infinity', '0x1A')");
      await expect(pool.query("UPDATE counts SET n = '1_000' WHERE id = 7")).rejects.toMatchObject({
        code: '22P02',
      });
      expect((await pool.query('SELECT day::text AS day, note FROM counts')).rows).toEqual([
        { day: 'infinity', note: '0x1A' },
      ]);
    },
    PGLITE_START_MS,
  );

  it(
    "refuses 16+ input in a range's bounds and a domain array's elements, given to a column",
    async () => {
      const { pool } = await createFakePostgres({
        engine: 'pglite',
        migrations: [
          {
            name: 'ranges',
            sql: 'CREATE DOMAIN posint AS int CHECK (VALUE > 0); CREATE TABLE spans (id int, r int4range, m nummultirange, p posint[])',
          },
        ],
      });
      await expect(pool.query("INSERT INTO spans (id, r) VALUES (1, '[1, 0x10)')")).rejects.toMatchObject({
        code: '22P02',
        message: 'invalid input syntax for type integer: " 0x10"',
      });
      await expect(
        pool.query('INSERT INTO spans VALUES (2, NULL, \'{[1,2), ["1_0.5",20)}\')'),
      ).rejects.toMatchObject({
        message: 'invalid input syntax for type numeric: "1_0.5"',
      });
      await expect(pool.query("INSERT INTO spans (id, p) VALUES (3, '{1,0o17}')")).rejects.toMatchObject({
        message: 'invalid input syntax for type integer: "0o17"',
      });
      await pool.query("INSERT INTO spans VALUES (4, '[1,10)', '{[1.5,2)}', '{1,2}')");
      await expect(pool.query("UPDATE spans SET r = '(0b1,)'")).rejects.toMatchObject({ code: '22P02' });
      await pool.query('CREATE TYPE pair AS (t text, n posint); CREATE TABLE pairs (p pair)');
      await expect(pool.query("INSERT INTO pairs VALUES ('(x, 1_0)')")).rejects.toMatchObject({
        message: 'invalid input syntax for type integer: " 1_0"',
      });
      await pool.query("INSERT INTO pairs VALUES ('(0x1,1)')");
      expect((await pool.query('SELECT r::text AS r FROM spans')).rows).toEqual([{ r: '[1,10)' }]);
    },
    PGLITE_START_MS,
  );

  it(
    'refuses 16+ input bound as a parameter, and as a cast literal',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await expect(pool.query('SELECT $1::date', ['+infinity'])).rejects.toMatchObject({ code: '22007' });
      await expect(pool.query('SELECT $1::interval', ['-infinity'])).rejects.toMatchObject({ code: '22007' });
      await expect(pool.query('SELECT $1::int[]', ['{{}}'])).rejects.toMatchObject({
        code: '22P02',
        detail: 'Unexpected "}" character.',
      });
      expect((await pool.query('SELECT $1::date::text AS d', ['infinity'])).rows).toEqual([
        { d: 'infinity' },
      ]);
      await expect(pool.query("SELECT '{{},{}}'::int[]")).rejects.toMatchObject({
        code: '22P02',
        detail: 'Unexpected "}" character.',
      });
      await expect(pool.query("SELECT '{+infinity}'::timestamp[]")).rejects.toMatchObject({ code: '22007' });
      // 15 refuses malformed braces before it reads an element 17+ would refuse first.
      await expect(pool.query("SELECT CAST('{1.5,}' AS varchar(2)[])")).rejects.toMatchObject({
        code: '22P02',
        detail: 'Unexpected "}" character.',
      });
      await expect(pool.query("SELECT '{1,{2}}'::date[]")).rejects.toMatchObject({
        message: 'malformed array literal: "{1,{2}}"',
        detail: 'Unexpected "{" character.',
      });
      await expect(pool.query('SELECT $1::int[]', ['{abc,}'])).rejects.toMatchObject({
        message: 'malformed array literal: "{abc,}"',
      });
      // 16+ reads an oid as C does (0x1A is 26, 012 octal 10); 15 decimal only.
      await expect(pool.query('SELECT $1::oid', ['0x1A'])).rejects.toMatchObject({ code: '22P02' });
      await expect(pool.query("SELECT '0x1A'::oid")).rejects.toMatchObject({ code: '22P02' });
      await expect(pool.query("SELECT note::oid FROM (VALUES ('0b1')) v(note)")).rejects.toMatchObject({
        code: '22P02',
      });
      expect((await pool.query("SELECT note::oid AS o FROM (VALUES (' 012 ')) v(note)")).rows).toEqual([
        { o: 12 },
      ]);
    },
    PGLITE_START_MS,
  );
});

describe('PgliteEngine statements as PostgreSQL 15 runs them', () => {
  it(
    'refuses MERGE into a view and MERGE in WITH',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await expect(
        pool.query(
          'MERGE INTO counts_view v USING (VALUES (1)) s(id) ON v.id = s.id WHEN MATCHED THEN DELETE',
        ),
      ).rejects.toMatchObject({
        code: '0A000',
        message: 'cannot execute MERGE on relation "counts_view"',
        detail: 'This operation is not supported for views.',
      });
      await expect(
        pool.query(
          'WITH m AS (MERGE INTO counts c USING (VALUES (1)) s(id) ON c.id = s.id WHEN MATCHED THEN DELETE) SELECT 1',
        ),
      ).rejects.toMatchObject({ code: '0A000', message: 'MERGE not supported in WITH query' });
      const merged = await pool.query(
        'MERGE INTO counts c USING (VALUES (1)) s(id) ON c.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)',
      );
      expect(merged.rowCount).toBe(1);
    },
    PGLITE_START_MS,
  );

  it(
    "prints EXPLAIN ANALYZE as 15 does, and refuses loudly a maintenance command 17's search_path breaks",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const plan = await pool.query(
        'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM counts WHERE id = 1',
      );
      expect(plan.rows.map((row: Record<string, string>) => row['QUERY PLAN'])).toEqual([
        'Index Scan using counts_pkey on counts (actual rows=0 loops=1)',
        '  Index Cond: (id = 1)',
      ]);
      await pool.query('INSERT INTO counts (id, n) VALUES (1, 1)');
      await expect(pool.query('CREATE INDEX ON counts (indexed(n))')).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringMatching(/search_path/),
      });
      await expect(
        pool.query("CREATE COLLATION mine (provider = builtin, locale = 'C')"),
      ).rejects.toMatchObject({ code: '42P17' });
    },
    PGLITE_START_MS,
  );
});

describe('PgliteEngine EXPLAIN as PostgreSQL 15', () => {
  it(
    "leaves out 18's Window line, and refuses plans 18 prints otherwise than 15 can be read from",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      const lines = async (text: string) =>
        (await pool.query(text)).rows.map((row: Record<string, string>) => row['QUERY PLAN']);
      const window = await lines(
        'EXPLAIN (COSTS OFF) SELECT id, sum(n) OVER (ORDER BY id ROWS 1 PRECEDING) FROM counts',
      );
      expect(window[0]).toBe('WindowAgg');
      expect(window.filter((line?: string) => /Window:/.test(line ?? ''))).toEqual([]);
      const named = await lines(
        'EXPLAIN (VERBOSE, COSTS OFF) SELECT id, sum(n) OVER w FROM counts WINDOW w AS (ORDER BY id)',
      );
      expect(named[1]).toBe('  Output: id, sum(n) OVER (?)');
      for (const text of [
        'EXPLAIN (COSTS OFF) SELECT id FROM counts EXCEPT SELECT n FROM counts',
        'EXPLAIN (COSTS OFF) SELECT id FROM counts WHERE id NOT IN (SELECT n FROM counts)',
        'EXPLAIN (COSTS OFF) SELECT id FROM counts WHERE id = (SELECT max(n) FROM counts)',
        'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) SELECT * FROM counts ORDER BY note',
      ])
        await expect(pool.query(text), text).rejects.toMatchObject({ code: '0A000' });
    },
    PGLITE_START_MS,
  );
});

describe('toPg15 and pg15RefusedParam', () => {
  it('writes BUFFERS OFF into EXPLAIN ANALYZE and leaves other EXPLAINs alone', () => {
    expect(toPg15('EXPLAIN ANALYZE SELECT 1')?.text).toBe('EXPLAIN (ANALYZE, BUFFERS OFF) SELECT 1');
    expect(toPg15('EXPLAIN (ANALYZE, COSTS OFF) SELECT 1')?.text).toBe(
      'EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) SELECT 1',
    );
    expect(toPg15('EXPLAIN (ANALYZE, BUFFERS) SELECT 1')).toBeUndefined();
    expect(toPg15('EXPLAIN SELECT 1')).toBeUndefined();
  });

  it('refuses a partition giving a column its own generation expression, as 15 does', () => {
    expect(
      toPg15('CREATE TABLE p1 PARTITION OF "P" (b GENERATED ALWAYS AS (a * 3) STORED) FOR VALUES IN (1)')
        ?.refusal,
    ).toMatchObject({ code: '0A000', message: 'generated columns are not supported on partitions' });
    expect(toPg15('CREATE TABLE p2 PARTITION OF p (b DEFAULT 5) FOR VALUES IN (2)')?.refusal).toBeUndefined();
    expect(toPg15('CREATE TABLE p3 PARTITION OF p FOR VALUES FROM (1) TO (2)')?.refusal).toBeUndefined();
  });

  it('names 15 input error of a parameter by its type', () => {
    expect(pg15RefusedParam('+infinity', 1082)).toEqual({
      code: '22007',
      message: 'invalid input syntax for type date: "+infinity"',
    });
    expect(pg15RefusedParam('{infinity}', 1187)).toMatchObject({ code: '22007' });
    expect(pg15RefusedParam('{{}}', 1009)).toMatchObject({ code: '22P02' });
    expect(pg15RefusedParam('0x1F', 23)).toMatchObject({ code: '22P02' });
    expect(pg15RefusedParam('infinity', 1184)).toBeUndefined();
    expect(pg15RefusedParam('{"{}"}', 1009)).toBeUndefined();
    // 15 checks the braces before any element; 17+ reports the first bad element instead.
    expect(pg15RefusedParam('{1.5,}', 1005)).toEqual({
      code: '22P02',
      message: 'malformed array literal: "{1.5,}"',
      detail: 'Unexpected "}" character.',
    });
    expect(pg15RefusedParam('{1.5,}', 21)).toBeUndefined();
    expect(pg15RefusedParam('+infinity', 25)).toBeUndefined();
  });
});

// Each answer below is a PostgreSQL 15 server's (Debian's postgresql-15, checked against one).
describe('PgliteEngine privileges, cursors and catalog columns as PostgreSQL 15', () => {
  it(
    'reads RULE as no privilege, names bound cursors, lists 15 catalog columns and extensions',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: SCHEMA });
      await pool.query('GRANT SELECT, RULE ON counts TO PUBLIC');
      const privileges = await pool.query(
        "SELECT has_table_privilege('counts', 'RULE') AS r, has_table_privilege('counts', 'select, rule') AS s",
      );
      expect(privileges.rows).toEqual([{ r: false, s: true }]);
      await expect(pool.query("SELECT has_table_privilege('nosuch', 'RULE')")).rejects.toMatchObject({
        code: '42P01',
      });
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query('DO $$ DECLARE c CURSOR FOR SELECT 42 AS v; BEGIN OPEN c; END $$');
        expect((await client.query('FETCH ALL FROM c')).rows).toEqual([{ v: 42 }]);
        await client.query('COMMIT');
      } finally {
        client.release();
      }
      const columns = await pool.query(
        "SELECT attname FROM pg_attribute WHERE attrelid = 'pg_auth_members'::regclass AND attnum > 0 ORDER BY attnum",
      );
      expect(columns.rows.map(({ attname }) => attname)).toEqual([
        'roleid',
        'member',
        'grantor',
        'admin_option',
      ]);
      const available = await pool.query(
        "SELECT name, default_version FROM pg_available_extensions WHERE name IN ('citext', 'pgcrypto') ORDER BY 1",
      );
      expect(available.rows).toEqual([
        { name: 'citext', default_version: '1.6' },
        { name: 'pgcrypto', default_version: '1.3' },
      ]);
      await pool.query('CREATE TABLE nnd (v int NOT NULL)');
      await pool.query('CREATE UNIQUE INDEX nnd_v ON nnd (v) NULLS NOT DISTINCT');
      await expect(pool.query('ALTER TABLE nnd ADD PRIMARY KEY USING INDEX nnd_v')).rejects.toMatchObject({
        code: '0A000',
        message: expect.stringContaining('PGlite'),
      });
    },
    PGLITE_START_MS,
  );
});
