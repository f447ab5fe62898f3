import { describe, expect, it } from 'vitest';
import { createFakePostgres } from '../create-fake-postgres.js';
import { pg15IntervalText } from './pg15-catalog.js';
import { newerPlpgsqlMessage } from './pg15-dialect.js';
import { asPg15Error } from './pg15-errors.js';

/** Starting PGlite takes seconds on a busy machine; it happens once per worker and schema. */
const PGLITE_START_MS = 60_000;

const report = (fields: { code: string; message: string; detail?: string }) => ({
  severity: 'ERROR',
  ...fields,
});

describe('asPg15Error: reports 16-18 reworded', () => {
  it("gives a 42P01's 'There is an entry for table' as the hint, as 15 does, not the detail", () => {
    const error = {
      ...report({
        code: '42P01',
        message: 'invalid reference to FROM-clause entry for table "t"',
        detail: 'There is an entry for table "t", but it cannot be referenced from this part of the query.',
      }),
      hint: 'To reference that table, you must mark this subquery with LATERAL.',
    };
    const pg15 = asPg15Error(error);
    expect(pg15.detail).toBeUndefined();
    expect(pg15.hint).toBe(
      'There is an entry for table "t", but it cannot be referenced from this part of the query.',
    );
  });

  it("gives a 42703's 'There is a column named' as the hint, as 15 does", () => {
    const detail =
      'There is a column named "m" in table "*SELECT* 2", but it cannot be referenced from this part of the query.';
    const pg15 = asPg15Error(report({ code: '42703', message: 'column "m" does not exist', detail }));
    expect(pg15).toMatchObject({ code: '42703', hint: detail });
    expect(pg15.detail).toBeUndefined();
  });

  it('reports JOIN USING columns of types with no common type as 15 does (42804), not an = written in the query', () => {
    const missing = { ...report({ code: '42883', message: 'operator does not exist: integer = text' }) };
    expect(asPg15Error(missing, 'SELECT * FROM a JOIN b USING (id)')).toEqual({
      severity: 'ERROR',
      code: '42804',
      message: 'JOIN/USING types integer and text cannot be matched',
    });
    expect(asPg15Error(missing, 'SELECT * FROM a NATURAL JOIN b').code).toBe('42804');
    expect(
      asPg15Error({ ...missing, position: '30' }, 'SELECT * FROM a JOIN b USING (id) WHERE a.id = b.t').code,
    ).toBe('42883');
    const json = report({ code: '42883', message: 'operator does not exist: json = json' });
    expect(asPg15Error(json, 'SELECT * FROM a JOIN b USING (doc)').code).toBe('42883');
  });

  it("numbers a row's mismatched column alone, as 15 does", () => {
    const error = report({
      code: '42804',
      message: 'structure of query does not match function result type',
      detail: 'Returned type text does not match expected type integer in column "b" (position 2).',
    });
    expect(asPg15Error(error).detail).toBe(
      'Returned type text does not match expected type integer in column 2.',
    );
  });

  it("reports json_build_object's and json_object_agg's NULL key as 15: 22023", () => {
    const error = report({ code: '22004', message: 'null value not allowed for object key' });
    expect(asPg15Error(error, "SELECT json_build_object('a', 1, NULL, 2)")).toMatchObject({
      code: '22023',
      message: 'argument 3 cannot be null',
      hint: 'Object keys should be text.',
    });
    expect(asPg15Error(error, 'SELECT json_object_agg(k, v) FROM t')).toMatchObject({
      code: '22023',
      message: 'field name must not be null',
    });
    // json_object(text[]) reports 22004 on 15 as well.
    expect(asPg15Error(error, "SELECT json_object(ARRAY['a', NULL])")).toBe(error);
  });
});

describe("asPg15Error: a SQL function's final statement", () => {
  it('words the detail as 15 does, without MERGE (17)', () => {
    const error = report({
      code: '42P13',
      message: 'return type mismatch in function declared to return integer',
      detail: "Function's final statement must be SELECT or INSERT/UPDATE/DELETE/MERGE RETURNING.",
    });
    expect(asPg15Error(error).detail).toBe(
      "Function's final statement must be SELECT or INSERT/UPDATE/DELETE RETURNING.",
    );
  });
});

describe('asPg15Error: limits of a 32-bit build', () => {
  it('refuses a memory setting a 64-bit server takes, naming PGlite', () => {
    const error = report({
      code: '22023',
      message: '1073741824 kB is outside the valid range for parameter "work_mem" (64 kB .. 2097151 kB)',
    });
    expect(asPg15Error(error)).toMatchObject({ code: '0A000', message: expect.stringMatching(/PGlite/) });
    const beyond = report({
      code: '22023',
      message: '4294967296 kB is outside the valid range for parameter "work_mem" (64 kB .. 2097151 kB)',
    });
    expect(asPg15Error(beyond)).toBe(beyond);
  });

  it('keeps a value below the minimum out of range, as 15 has it too', () => {
    const below = report({
      code: '22023',
      message: '10 kB is outside the valid range for parameter "work_mem" (64 kB .. 2097151 kB)',
    });
    expect(asPg15Error(below)).toBe(below);
  });
});

describe('pg15IntervalText: `ago` before the end', () => {
  it("moves it to the end, once, as 15 reads it; leaves 17's own reading alone", () => {
    expect(pg15IntervalText('1 day ago 2 hours')).toBe('1 day 2 hours ago');
    expect(pg15IntervalText('1 day ago ago')).toBe('1 day ago');
    expect(pg15IntervalText('1 day 2 hours ago')).toBe(undefined);
    expect(pg15IntervalText('1 day')).toBe(undefined);
    expect(pg15IntervalText('ago')).toBe(undefined);
  });

  it('refuses loudly the text cast at run time, which cannot be rewritten', () => {
    const error = report({
      code: '22007',
      message: 'invalid input syntax for type interval: "1 day ago 2 hours"',
    });
    expect(asPg15Error(error)).toMatchObject({ code: '0A000', message: expect.stringMatching(/PGlite/) });
    const other = report({ code: '22007', message: 'invalid input syntax for type interval: "1 dayz"' });
    expect(asPg15Error(other)).toBe(other);
  });
});

describe('newerPlpgsqlMessage: PL/pgSQL 16-18 grammar', () => {
  it('names what 15 rejects when it compiles the body, and nothing else', () => {
    expect(newerPlpgsqlMessage('DECLARE r oid; BEGIN GET DIAGNOSTICS r = PG_ROUTINE_OID; END')).toBe(
      'unrecognized GET DIAGNOSTICS item at or near "PG_ROUTINE_OID"',
    );
    expect(newerPlpgsqlMessage('DECLARE x t.id%TYPE[]; BEGIN END')).toBe('syntax error at or near "["');
    expect(newerPlpgsqlMessage('DECLARE x t%ROWTYPE []; BEGIN END')).toBe('syntax error at or near "["');
    expect(newerPlpgsqlMessage('DECLARE x t.id%TYPE; n int; BEGIN GET DIAGNOSTICS n = ROW_COUNT; END')).toBe(
      undefined,
    );
    expect(newerPlpgsqlMessage("BEGIN RAISE NOTICE 'pg_routine_oid'; END")).toBe(undefined);
    const cursor = 'DECLARE c CURSOR (k int) FOR SELECT k; r record; BEGIN';
    expect(newerPlpgsqlMessage(`${cursor} OPEN c(k => 3); END`)).toBe('syntax error at or near "=>"');
    expect(newerPlpgsqlMessage(`${cursor} FOR r IN c(k => 3) LOOP END LOOP; END`)).toBe(
      'syntax error at or near "=>"',
    );
    expect(newerPlpgsqlMessage(`${cursor} OPEN c(k := 3); PERFORM f(a => 1); END`)).toBe(undefined);
  });
});

describe('PgliteEngine answers as PostgreSQL 15 (round 13)', () => {
  it(
    'refuses PL/pgSQL 16+ grammar when it creates the function, and rewords errors as 15',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await expect(
        pool.query(
          'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE r oid; BEGIN GET DIAGNOSTICS r = PG_ROUTINE_OID; RETURN 1; END $$',
        ),
      ).rejects.toMatchObject({ code: '42601' });
      await expect(pool.query('DO $$ DECLARE x int%TYPE[]; BEGIN NULL; END $$')).rejects.toMatchObject({
        code: '42601',
      });
      await expect(pool.query('SELECT json_build_object(NULL, 1)')).rejects.toMatchObject({ code: '22023' });
      await expect(
        pool.query('SELECT json_object_agg(k, v) FROM (VALUES (NULL, 1)) x(k, v)'),
      ).rejects.toMatchObject({ code: '22023' });
    },
    PGLITE_START_MS,
  );

  it(
    "lists and finds 15's collations: no en_US (the server has no such locale), ucs_basic from libc",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await expect(pool.query(`SELECT 'a' COLLATE "en_US"`)).rejects.toMatchObject({ code: '42704' });
      await expect(pool.query(`SELECT 'a' COLLATE "en_US.utf8"`)).rejects.toMatchObject({ code: '42704' });
      const { rows } = await pool.query(
        "SELECT collprovider, collcollate, collctype FROM pg_collation WHERE collname = 'ucs_basic'",
      );
      expect(rows).toEqual([{ collprovider: 'c', collcollate: 'C', collctype: 'C' }]);
      const ordered = await pool.query(
        "SELECT x FROM (VALUES ('b'), ('B'), ('é'), ('e')) v(x) ORDER BY x COLLATE ucs_basic",
      );
      expect(ordered.rows.map(({ x }) => x)).toEqual(['B', 'b', 'e', 'é']);
    },
    PGLITE_START_MS,
  );

  it(
    "names a foreign key's clones toward a referenced table's partitions as 15 does",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await pool.query('CREATE TABLE p (a int PRIMARY KEY) PARTITION BY RANGE (a)');
      await pool.query('CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (1) TO (10)');
      await pool.query('CREATE TABLE r (a int REFERENCES p)');
      await pool.query('CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20)');
      await pool.query('CREATE TABLE s (a int, CONSTRAINT s_fk FOREIGN KEY (a) REFERENCES p)');
      const { rows } = await pool.query(
        "SELECT conname, conrelid::regclass::text AS rel, confrelid::regclass::text AS ref FROM pg_constraint WHERE contype = 'f' ORDER BY oid",
      );
      expect(rows).toEqual([
        { conname: 'r_a_fkey', rel: 'r', ref: 'p' },
        { conname: 'r_a_fkey1', rel: 'r', ref: 'p1' },
        { conname: 'r_a_fkey2', rel: 'r', ref: 'p2' },
        { conname: 's_fk', rel: 's', ref: 'p' },
        { conname: 's_a_fkey', rel: 's', ref: 'p1' },
        { conname: 's_a_fkey1', rel: 's', ref: 'p2' },
      ]);
      await pool.query('INSERT INTO p VALUES (1)');
      await pool.query('INSERT INTO r VALUES (1)');
      await expect(pool.query('DELETE FROM p')).rejects.toMatchObject({
        code: '23503',
        constraint: 'r_a_fkey1',
      });
    },
    PGLITE_START_MS,
  );

  it(
    "leaves a partition's column without its partitioned table's identity, as 15 does",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await pool.query('CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, a int) PARTITION BY RANGE (a)');
      await pool.query('CREATE TABLE c1 PARTITION OF p FOR VALUES FROM (0) TO (10)');
      expect((await pool.query('INSERT INTO p (a) VALUES (1) RETURNING id')).rows).toEqual([{ id: 1 }]);
      await expect(pool.query('INSERT INTO c1 (a) VALUES (2)')).rejects.toMatchObject({
        code: '23502',
        column: 'id',
      });
      expect((await pool.query('INSERT INTO c1 (id, a) VALUES (50, 3) RETURNING id')).rows).toEqual([
        { id: 50 },
      ]);
      // An ALTER of the identity, which 18 carries on to the partitions, still works.
      await pool.query('ALTER TABLE p ALTER COLUMN id SET GENERATED BY DEFAULT');
      expect((await pool.query('INSERT INTO p (id, a) VALUES (99, 4) RETURNING id')).rows).toEqual([
        { id: 99 },
      ]);
      const { rows } = await pool.query(
        "SELECT table_name, is_identity FROM information_schema.columns WHERE column_name = 'id' ORDER BY 1",
      );
      expect(rows).toEqual([
        { table_name: 'c1', is_identity: 'NO' },
        { table_name: 'p', is_identity: 'YES' },
      ]);
    },
    PGLITE_START_MS,
  );

  it(
    "lists 15's removed settings in pg_settings and hides 17's Estonian text search configuration",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const { rows } = await pool.query(
        "SELECT name, setting, vartype, enumvals FROM pg_settings WHERE name IN ('force_parallel_mode', 'old_snapshot_threshold') ORDER BY name",
      );
      expect(rows).toEqual([
        { name: 'force_parallel_mode', setting: 'off', vartype: 'enum', enumvals: ['off', 'on', 'regress'] },
        { name: 'old_snapshot_threshold', setting: '-1', vartype: 'integer', enumvals: null },
      ]);
      await expect(pool.query("SELECT to_tsvector('estonian', 'kassid')")).rejects.toMatchObject({
        code: '42704',
      });
      const configs = await pool.query(
        "SELECT count(*)::int AS n FROM pg_ts_config WHERE cfgname ~ 'estonian'",
      );
      const dictionaries = await pool.query(
        "SELECT count(*)::int AS n FROM pg_catalog.pg_ts_dict WHERE dictname ~ 'estonian'",
      );
      expect([configs.rows, dictionaries.rows]).toEqual([[{ n: 0 }], [{ n: 0 }]]);
    },
    PGLITE_START_MS,
  );

  it(
    "leaves unnamed the parameters 15's regexp functions, string_agg and json_object_agg have no names for",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await expect(
        pool.query("SELECT regexp_replace(string => 'abc', pattern => 'b', replacement => 'x')"),
      ).rejects.toMatchObject({ code: '42883' });
      const { rows } = await pool.query(
        "SELECT pg_get_function_arguments('string_agg(text,text)'::regprocedure) AS a, regexp_replace('abc', 'b', 'x') AS r",
      );
      expect(rows).toEqual([{ a: 'text, text', r: 'axc' }]);
    },
    PGLITE_START_MS,
  );

  it(
    "keeps date_trunc with a time zone STABLE and pg_stat_reset_shared's argument required, as 15 has them",
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      await pool.query('CREATE TABLE ev (at timestamptz)');
      await expect(
        pool.query("CREATE INDEX ev_day ON ev (date_trunc('day', at, 'UTC'))"),
      ).rejects.toMatchObject({
        code: '42P17',
      });
      await expect(pool.query('SELECT pg_stat_reset_shared()')).rejects.toMatchObject({ code: '42883' });
    },
    PGLITE_START_MS,
  );
});

describe('15 defaults 18 raised', () => {
  it(
    'shows effective_io_concurrency 1 and maintenance_io_concurrency 10 as defaults, and a SET over them',
    async () => {
      const { pool } = await createFakePostgres({ engine: 'pglite', migrations: [] });
      const client = await pool.connect();
      try {
        expect((await client.query('SHOW effective_io_concurrency')).rows).toEqual([
          { effective_io_concurrency: '1' },
        ]);
        const current = await client.query(
          "SELECT current_setting('maintenance_io_concurrency') AS m, current_setting('effective_io_concurrency') AS e",
        );
        expect(current.rows).toEqual([{ m: '10', e: '1' }]);
        const listed = await client.query(
          "SELECT name, setting, boot_val, reset_val, source FROM pg_settings WHERE name LIKE '%io_concurrency' ORDER BY name",
        );
        expect(listed.rows).toEqual([
          {
            name: 'effective_io_concurrency',
            setting: '1',
            boot_val: '1',
            reset_val: '1',
            source: 'default',
          },
          {
            name: 'maintenance_io_concurrency',
            setting: '10',
            boot_val: '10',
            reset_val: '10',
            source: 'default',
          },
        ]);
        await client.query('SET maintenance_io_concurrency = 20');
        const set = await client.query(
          "SELECT setting, source FROM pg_settings WHERE name = 'maintenance_io_concurrency'",
        );
        expect(set.rows).toEqual([{ setting: '20', source: 'session' }]);
      } finally {
        await client.query('RESET maintenance_io_concurrency');
        client.release();
      }
    },
    PGLITE_START_MS,
  );
});
