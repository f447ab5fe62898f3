import { describe, expect, it } from 'vitest';
import { tokenize } from '../sql-tokens.js';
import {
  PG15_CATALOG_TABLES,
  pg15IntegerInputError,
  REFUSAL_MARKER,
  SHOWN_SETTING_PREFIX,
  toPg15,
  withBoundCursorNames,
} from './pg15-dialect.js';

/** The error PostgreSQL 15 raises for `text`, or undefined when the fake sends something it runs. */
const refusalOf = (text: string, extended = false) => toPg15(text, { extended })?.refusal;

describe('tokenize', () => {
  it('keeps string literals, quoted identifiers, dollar bodies and comments whole', () => {
    const text = `SELECT 'a''0x1' AS "x""y", E'\\' 1_0', $q$ json_table( $q$, $1 -- 0x1F\n/* a /* nested */ 1_0 */ FROM t`;
    expect(tokenize(text).map(({ kind, value }) => `${kind}:${value}`)).toEqual([
      'word:select',
      "string:'a''0x1'",
      'word:as',
      'quoted:x"y',
      'punct:,',
      "string:E'\\' 1_0'",
      'punct:,',
      'string:$q$ json_table( $q$',
      'punct:,',
      'param:$1',
      'word:from',
      'word:t',
    ]);
  });

  it('reads identifiers holding digits and dollars as one word', () => {
    expect(tokenize('SELECT t1_0x, a$b$ FROM x').map(({ value }) => value)).toEqual([
      'select',
      't1_0x',
      ',',
      'a$b$',
      'from',
      'x',
    ]);
  });
});

describe('toPg15: literals 16+ reads as numbers', () => {
  it.each([
    ['SELECT 0x1F', '0x1F', 8],
    ['SELECT 1, 0o17', '0o17', 11],
    ['SELECT 0b101 AS v', '0b101', 8],
    ['SELECT 1_000', '1_000', 8],
    ['SELECT 1_000.5', '1_000', 8],
    ['SELECT 1.5_5', '1.5_5', 8],
    ['SELECT * FROM t WHERE id = 0x1', '0x1', 28],
  ])('%s fails as 15 reads it: trailing junk "%s" at %i', (text, junk, position) => {
    expect(refusalOf(text)).toEqual({
      code: '42601',
      message: `trailing junk after numeric literal at or near "${junk}"`,
      position,
    });
  });

  it('refuses the whole multi-statement query, as 15 fails while parsing it', () => {
    const pg15 = toPg15('INSERT INTO t VALUES (1); SELECT 0x10');
    expect(pg15?.refusesWholeRequest).toBe(true);
    expect(pg15?.text).toContain(REFUSAL_MARKER);
    expect(pg15?.text).not.toContain('INSERT');
  });

  it.each([
    "SELECT '0x1F', '1_000'",
    'SELECT "0x1F" FROM t',
    'SELECT $$0x1F$$',
    'SELECT 1 /* 0x1F */ -- 1_000',
    'SELECT t1_000, x0x1f FROM t',
    'SELECT 1e5, 1.5e-3, .5, 5., 00012',
    "SELECT E'1_0\\' 0x1'",
  ])('leaves %s as written', (text) => {
    expect(toPg15(text)).toBeUndefined();
  });
});

describe('toPg15: subqueries in FROM without an alias', () => {
  const subquery = (position: number) => ({
    code: '42601',
    message: 'subquery in FROM must have an alias',
    hint: 'For example, FROM (SELECT ...) [AS] foo.',
    position,
  });

  it.each([
    ['SELECT * FROM (SELECT 1)', 15],
    ['SELECT * FROM (SELECT 1 AS a) WHERE a = 1', 15],
    ['SELECT * FROM t, (SELECT 2 AS b)', 18],
    ['SELECT * FROM t JOIN (SELECT 1 AS id) ON true', 22],
    ['SELECT * FROM t CROSS JOIN LATERAL (SELECT 1)', 36],
    ['SELECT * FROM ((SELECT 1) UNION (SELECT 2))', 15],
    ['SELECT * FROM (WITH w AS (SELECT 1) SELECT * FROM w)', 15],
    ['SELECT * FROM (TABLE t)', 15],
    ['DELETE FROM t USING (SELECT 1 AS id) WHERE t.id = 1', 21],
    ['UPDATE t SET n = 0 FROM (SELECT 1 AS x) WHERE id = x', 25],
    ['SELECT * FROM ((SELECT 1) JOIN t ON true) AS j', 16],
  ])('%s fails as in 15', (text, position) => {
    expect(refusalOf(text)).toEqual(subquery(position));
  });

  it('names VALUES when the subquery is a bare VALUES list', () => {
    expect(refusalOf('SELECT * FROM (VALUES (1), (2))')).toEqual({
      code: '42601',
      message: 'VALUES in FROM must have an alias',
      hint: 'For example, FROM (VALUES ...) [AS] foo.',
      position: 15,
    });
    expect(refusalOf('SELECT * FROM (VALUES (1) UNION SELECT 2)')?.message).toBe(
      'subquery in FROM must have an alias',
    );
  });

  it.each([
    'SELECT * FROM (SELECT 1) AS s',
    'SELECT * FROM (SELECT 1) s',
    'SELECT * FROM (SELECT 1) "s"',
    'SELECT * FROM (SELECT 1 AS a) s(b)',
    'SELECT * FROM (t JOIN u USING (id))',
    'SELECT * FROM ((SELECT 1) UNION (SELECT 2)) u',
    'SELECT (SELECT 1), EXISTS (SELECT 1), 1 IN (SELECT 1)',
    'SELECT * FROM t WHERE id IN (SELECT 1) OR a IS DISTINCT FROM (SELECT 2)',
    'SELECT extract(year FROM (SELECT now())), substring($1 FROM (SELECT 2) FOR 1)',
    'SELECT * FROM generate_series(1, 2), ROWS FROM (generate_series(1, 2))',
    "SELECT 'FROM (SELECT 1)'",
    'SELECT * FROM t JOIN u ON u.id = (SELECT 1)',
  ])('leaves %s as written', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });
});

describe('toPg15: keywords 16+ added, quoted back into identifiers', () => {
  it('quotes them (lower-cased) and maps error positions back to the text sent', () => {
    const pg15 = toPg15('SELECT Json, nope FROM w WHERE json IS NOT NULL');
    expect(pg15?.text).toBe('SELECT "json", nope FROM w WHERE "json" IS NOT NULL');
    // `nope` is at 16 in the rewritten text and at 14 in the original.
    expect(pg15?.originalPosition(16)).toBe(14);
    expect(pg15?.originalPosition(8)).toBe(8);
    expect(pg15?.originalPosition(34)).toBe(32);
    expect(pg15?.originalPosition(41)).toBe(37);
    expect(pg15?.refusal).toBeUndefined();
  });

  it('leaves quoted, string and commented words alone, and unreserved newer keywords', () => {
    expect(toPg15(`SELECT "json", 'json_table(' -- json`)).toBeUndefined();
    expect(toPg15('SELECT format, source, target, path FROM w')).toBeUndefined();
  });

  it('sends ALTER TABLE ONLY without ONLY when every subcommand changes an identity, which 15 never recurses', () => {
    const sent = (text: string) => toPg15(text)?.text ?? text;
    expect(sent('ALTER TABLE ONLY pp ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY')).not.toMatch(
      /\bONLY\b/,
    );
    expect(
      sent('ALTER TABLE IF EXISTS ONLY s.pp ALTER a SET GENERATED BY DEFAULT, ALTER a RESTART WITH 5'),
    ).toBe('ALTER TABLE IF EXISTS  s.pp ALTER a SET GENERATED BY DEFAULT, ALTER a RESTART WITH 5');
    expect(sent('ALTER TABLE ONLY pp ALTER COLUMN a DROP IDENTITY IF EXISTS')).not.toMatch(/\bONLY\b/);
    // Another subcommand keeps ONLY: 15 refuses ADD COLUMN on ONLY a table with children.
    expect(
      sent('ALTER TABLE ONLY pp ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY, ADD COLUMN z int'),
    ).toMatch(/\bONLY\b/);
    expect(sent('ALTER TABLE ONLY pp ALTER COLUMN a SET DEFAULT 1')).toMatch(/\bONLY\b/);
  });

  it('turns a newer setting name given to current_setting into one PGlite does not know either', () => {
    expect(toPg15("SELECT current_setting('transaction_timeout', true)")?.text).toBe(
      "SELECT current_setting('pglite18_transaction_timeout', true)",
    );
  });
});

describe('toPg15: zone abbreviations 18 reads by the session zone first', () => {
  it("writes them as the abbreviation set's offsets in timetz, zoned arrays and zone arguments", () => {
    expect(toPg15("SELECT '10:00 IST'::timetz, '{\"2024-01-01 10:00 IST\"}'::timestamptz[]")?.text).toBe(
      "SELECT '10:00 +02:00'::timetz, '{\"2024-01-01 10:00 +02:00\"}'::timestamptz[]",
    );
    expect(toPg15("SELECT now() AT TIME ZONE 'IST', date_trunc('day', now(), 'cst')")?.text).toBe(
      "SELECT now() AT TIME ZONE 'IST-02:00', date_trunc('day', now(), 'CST+06:00')",
    );
  });
});

describe('toPg15: other syntax 15 lacks', () => {
  it.each([
    ['MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE RETURNING t.id', 'RETURNING', 62],
    ['MERGE INTO t USING s ON true WHEN NOT MATCHED BY SOURCE THEN DELETE', 'BY', 47],
    ['SELECT now() AT LOCAL', 'LOCAL', 17],
    ['CREATE TABLE s (a text STORAGE EXTERNAL)', 'STORAGE', 24],
    ['ALTER TABLE t ADD COLUMN b text STORAGE MAIN', 'STORAGE', 33],
    ['UPDATE t SET a = 1 RETURNING WITH (OLD AS o) o.a', 'WITH', 30],
    ['ALTER TABLE t ALTER COLUMN n SET STATISTICS DEFAULT', 'DEFAULT', 45],
    ['ALTER TABLE t SET ACCESS METHOD DEFAULT', 'DEFAULT', 33],
    ['ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)', 'EXPRESSION', 34],
    ['CREATE STATISTICS ON a, b FROM t', 'ON', 19],
    ['GRANT r1 TO r2 WITH INHERIT TRUE', 'INHERIT', 21],
    ['GRANT r1 TO r2 WITH ADMIN TRUE', 'TRUE', 27],
    ['REVOKE INHERIT OPTION FOR r1 FROM r2', 'OPTION', 16],
    ['ALTER DEFAULT PRIVILEGES GRANT SELECT ON LARGE OBJECTS TO r1', 'LARGE', 42],
    ['CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2))', ')', 57],
    ['ALTER TABLE k ADD CONSTRAINT nn NOT NULL a', 'NOT', 33],
    ['REINDEX DATABASE; SELECT 1', ';', 17],
  ])('%s: syntax error at or near "%s"', (text, near, position) => {
    expect(refusalOf(text)).toEqual({
      code: '42601',
      message: `syntax error at or near "${near}"`,
      position,
    });
  });

  it.each([
    'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 1 WHEN NOT MATCHED THEN INSERT VALUES (1)',
    'ALTER TABLE t ALTER COLUMN a SET STORAGE EXTERNAL',
    'ALTER TABLE t ALTER COLUMN a SET STATISTICS 100',
    'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int GENERATED ALWAYS AS IDENTITY)',
    'CREATE TABLE k (a int CONSTRAINT nn NOT NULL, b int NOT NULL, CHECK (a IS NOT NULL))',
    'GRANT SELECT ON t TO r WITH GRANT OPTION',
    'GRANT r1 TO r2 WITH ADMIN OPTION',
    "SELECT timestamp '2024-01-01' AT TIME ZONE 'UTC'",
    'UPDATE t SET a = 1 RETURNING a',
    'CREATE TABLE files (storage text, size int)',
    'ALTER TABLE files ADD COLUMN storage text',
  ])('leaves %s as written', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });
});

describe('toPg15: MERGE in WITH', () => {
  it.each([
    ['WITH m AS (MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE) SELECT 1', 6],
    [
      'WITH a AS (SELECT 1), "M x"(k) AS (MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE) SELECT 1',
      23,
    ],
    ['WITH m AS NOT MATERIALIZED (MERGE INTO t USING s ON true WHEN MATCHED THEN DELETE) SELECT 1', 6],
  ])('%s: 15 points at the CTE name (%i)', (text, position) => {
    expect(refusalOf(text)).toMatchObject({
      code: '0A000',
      message: 'MERGE not supported in WITH query',
      position,
    });
  });
});

describe('toPg15: errors 15 raises when it runs the statement', () => {
  it.each([
    [
      'SET transaction_timeout = 0',
      '42704',
      'unrecognized configuration parameter "transaction_timeout"',
      undefined,
    ],
    [
      'SET LOCAL enable_presorted_aggregate TO off',
      '42704',
      'unrecognized configuration parameter "enable_presorted_aggregate"',
      undefined,
    ],
    ['SHOW io_combine_limit', '42704', 'unrecognized configuration parameter "io_combine_limit"', undefined],
    [
      'RESET debug_parallel_query',
      '42704',
      'unrecognized configuration parameter "debug_parallel_query"',
      undefined,
    ],
    ['VACUUM (BUFFER_USAGE_LIMIT 0) t', '42601', 'unrecognized VACUUM option "buffer_usage_limit"', 9],
    [
      'ANALYZE (VERBOSE, SKIP_DATABASE_STATS)',
      '42601',
      'unrecognized ANALYZE option "skip_database_stats"',
      19,
    ],
    ['EXPLAIN (COSTS OFF, MEMORY) SELECT 1', '42601', 'unrecognized EXPLAIN option "memory"', 21],
    ['EXPLAIN (GENERIC_PLAN) SELECT $1', '42P02', 'there is no parameter $1', 31],
    ['GRANT MAINTAIN ON t TO r', '42601', 'unrecognized privilege type "maintain"', undefined],
    ['UPDATE t SET a = 2 RETURNING old.a, new.a', '42P01', 'missing FROM-clause entry for table "old"', 30],
    // 18's OLD and NEW wherever a RETURNING list is: after WITH, in a WITH query, under EXPLAIN.
    [
      'WITH x AS (SELECT 1) DELETE FROM t RETURNING new.a',
      '42P01',
      'missing FROM-clause entry for table "new"',
      46,
    ],
    [
      'WITH x AS (UPDATE t SET a = 2 RETURNING old.a) TABLE x',
      '42P01',
      'missing FROM-clause entry for table "old"',
      41,
    ],
    ['EXPLAIN UPDATE t SET a = 2 RETURNING old.a', '42P01', 'missing FROM-clause entry for table "old"', 38],
    ['UPDATE t SET a = 2 RETURNING "old".a', '42P01', 'missing FROM-clause entry for table "old"', 30],
    // A CTE named old that the change does not read, a subquery alias in WHERE, the query an INSERT
    // inserts: none of them is in the RETURNING list's scope.
    [
      'WITH old AS (SELECT 1 AS a) UPDATE t SET a = 2 RETURNING old.a',
      '42P01',
      'missing FROM-clause entry for table "old"',
      58,
    ],
    [
      'UPDATE t SET a = 2 WHERE a IN (SELECT old.a FROM t old) RETURNING old.a',
      '42P01',
      'missing FROM-clause entry for table "old"',
      67,
    ],
    [
      'INSERT INTO t SELECT old.a FROM t AS old RETURNING old.a',
      '42P01',
      'missing FROM-clause entry for table "old"',
      52,
    ],
    [
      'UPDATE t AS new SET a = 2 RETURNING new.a, old.a',
      '42P01',
      'missing FROM-clause entry for table "old"',
      44,
    ],
  ])('%s fails as in 15', (text, code, message, position) => {
    expect(refusalOf(text)).toEqual({ code, message, ...(position === undefined ? {} : { position }) });
  });

  it.each([
    ["SELECT 1, '0x1F'::int", '22P02', 'invalid input syntax for type integer: "0x1F"', 11],
    ["SELECT CAST('1_000' AS bigint)", '22P02', 'invalid input syntax for type bigint: "1_000"', 13],
    ["SELECT '1_000.5'::numeric", '22P02', 'invalid input syntax for type numeric: "1_000.5"', 8],
    ["SELECT interval 'infinity'", '22007', 'invalid input syntax for type interval: "infinity"', 17],
    ["SELECT '-infinity'::interval", '22007', 'invalid input syntax for type interval: "-infinity"', 8],
    [
      "SELECT '+infinity'::timestamptz",
      '22007',
      'invalid input syntax for type timestamp with time zone: "+infinity"',
      8,
    ],
    [
      "SELECT timestamp with time zone '+infinity'",
      '22007',
      'invalid input syntax for type timestamp with time zone: "+infinity"',
      33,
    ],
  ])('leaves %s to the input stand-ins, which refuse it in 15s order among the constants', (text) => {
    // pg15-type-input.ts's stand-ins raise the error, with its position, as the server converts
    // the constant: after a constant of the FROM clause, before one of the WHERE clause.
    expect(refusalOf(text)).toBeUndefined();
  });

  it.each([
    [
      `SELECT jsonb_path_query('{"a":"1"}', '$.a.integer()')`,
      'syntax error at or near "(" of jsonpath input',
      38,
    ],
    [`SELECT '{}'::jsonb @? '$.a.string()'`, 'syntax error at or near "(" of jsonpath input', 23],
    [`SELECT '$ ? (@ == 0x10)'::jsonpath`, 'syntax error at end of jsonpath input', 8],
    [`SELECT jsonb_path_exists('[1]', '$[*] ? (@ == 1_0)')`, 'syntax error at end of jsonpath input', 33],
  ])('%s fails as 15 parses the jsonpath constant', (text, message, position) => {
    expect(refusalOf(text)).toEqual({ code: '42601', message, position });
  });

  it.each([
    `SELECT jsonb_path_query('{"a":"1"}', '$.a.datetime()'), '$.a.size()'::jsonpath`,
    `SELECT jsonb_path_exists('[1]', '$ ? (@ == "0x10.date(")'), jsonb_path_query('{}', '$.a', '{"x": "0x1"}')`,
    `SELECT jsonb_build_object('k', '$.a.integer()')`,
  ])('leaves jsonpath constants 15 parses as written: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it.each([
    `SELECT jsonb_path_query(j, '$.at.datetime()') FROM t`,
    `SELECT j @? '$.at ? (@.datetime() < "2024-01-01".datetime())' FROM t`,
    `SELECT jsonb_path_query('["2024-01-02T03:04:05Z"]', '$[*].datetime()')`,
    `SELECT jsonb_path_query_array('["2024-01-02"]', '$[*] ? (@.datetime() < "2024-01-03 00:00Z".datetime())')`,
    `SELECT jsonb_path_exists($1::jsonb, '$.datetime()')`,
  ])('refuses .datetime() without a template over data 15 may read otherwise: %s', (text) => {
    expect(refusalOf(text)?.code).toBe('0A000');
  });

  it.each([
    `SELECT jsonb_path_query_array('["2024-01-02 03:04:05+01"]', '$[*].datetime()')`,
    `SELECT '["2024-01-02"]'::jsonb @? '$[*] ? (@.datetime() > "2023-01-01".datetime())'`,
    `SELECT jsonb_path_query(j, '$.at.datetime("YYYY-MM-DD")') FROM t`,
    `SELECT '$.a.datetime()'::jsonpath`,
  ])('answers .datetime() over constants 15 reads alike, or with a template: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it('refuses a login event trigger, as 15 does not know the event (42601)', () => {
    expect(refusalOf('CREATE EVENT TRIGGER lt ON LOGIN EXECUTE FUNCTION on_login()')).toEqual({
      code: '42601',
      message: 'unrecognized event name "login"',
    });
    expect(refusalOf('CREATE EVENT TRIGGER dt ON ddl_command_end EXECUTE FUNCTION audit()')).toBeUndefined();
  });

  it('fails to_timestamp with a TZ or OF field, as 15 formats them only', () => {
    expect(refusalOf("SELECT to_timestamp('2020 UTC', 'YYYY tz')")).toEqual({
      code: '0A000',
      message: 'formatting field "tz" is only supported in to_char',
    });
    expect(
      refusalOf(`SELECT to_timestamp('2020 +05', 'YYYY TZH'), to_date('x', '"TZ"YYYY')`),
    ).toBeUndefined();
  });

  it.each([
    "SELECT '12'::int, ' 0012 '::bigint, '1.5e3'::numeric, 'infinity'::timestamp, '-infinity'::date",
    "SELECT '{0x1}'::text[], '0x1F'::text, '1_000' AS s, interval '1 day'",
    "SELECT to_char(now(), 'TZ OF')",
  ])('leaves constants 15 accepts as written: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it('replaces only the failing statement, so the ones before it run', () => {
    const pg15 = toPg15('INSERT INTO k VALUES (1); SET transaction_timeout = 0; SELECT json FROM k');
    expect(pg15?.refusesWholeRequest).toBeUndefined();
    expect(pg15?.text.startsWith('INSERT INTO k VALUES (1); DO $seams$')).toBe(true);
    expect(pg15?.text.endsWith('; SELECT json FROM k')).toBe(false);
    expect(pg15?.text.endsWith('; SELECT "json" FROM k')).toBe(true);
  });

  it('refuses a setting 18 dropped with 0A000 naming PGlite', () => {
    expect(refusalOf('SHOW force_parallel_mode')).toMatchObject({
      code: '0A000',
      message: expect.stringContaining('PGlite'),
    });
    expect(refusalOf("SELECT current_setting('old_snapshot_threshold')")?.code).toBe('0A000');
  });

  it("shows 15's read-only locale settings, and refuses to change them as 15 does", () => {
    const shown = toPg15('SHOW lc_collate');
    expect(shown?.showsSetting).toBe(true);
    expect(shown?.text).toBe(`SELECT 'C.UTF-8'::text AS "${SHOWN_SETTING_PREFIX}lc_collate"`);
    expect(toPg15("SELECT current_setting('lc_ctype')")?.refusal).toBeUndefined();
    for (const text of [
      "SET lc_collate = 'C'",
      'RESET lc_ctype',
      "SELECT set_config('lc_collate', 'C', false)",
    ])
      expect(refusalOf(text)).toMatchObject({ code: '55P02' });
  });

  it("fails a locale the server's C library does not have, as 15 does, and leaves C.UTF-8's names alone", () => {
    expect(refusalOf("SET lc_monetary = 'de_DE.UTF-8'")).toMatchObject({
      code: '22023',
      message: 'invalid value for parameter "lc_monetary": "de_DE.UTF-8"',
    });
    expect(refusalOf('SET LOCAL lc_time TO c')).toMatchObject({
      code: '22023',
      message: 'invalid value for parameter "lc_time": "c"',
    });
    expect(refusalOf("SET lc_numeric = 'C_US.UTF-8'")?.code).toBe('0A000');
    for (const text of [
      "SELECT set_config('lc_monetary', 'de_DE.UTF-8', false)",
      "ALTER ROLE postgres SET lc_time = 'fr_FR'",
      "ALTER DATABASE postgres SET lc_numeric TO 'fr_FR'",
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql SET lc_time = 'fr_FR' AS 'SELECT 1'",
    ])
      expect(refusalOf(text)?.code).toBe('22023');
    for (const text of [
      "SET lc_numeric = 'C.UTF-8'",
      "SET lc_time = 'C.utf8@euro'",
      'SET lc_messages = "POSIX"',
      "SET lc_monetary = ''",
      'SET lc_monetary = DEFAULT',
    ])
      expect(refusalOf(text)).toBeUndefined();
    expect(refusalOf("CREATE COLLATION g (provider = libc, locale = 'de_DE.utf8')")).toMatchObject({
      code: '22023',
      message: 'could not create locale "de_DE.utf8": No such file or directory',
      detail: 'The operating system could not find any locale data for the locale name "de_DE.utf8".',
    });
    expect(refusalOf("CREATE COLLATION g (lc_collate = 'C', lc_ctype = 'fr_FR')")?.code).toBe('22023');
    for (const text of [
      "CREATE COLLATION g (locale = 'C.UTF-8')",
      "CREATE COLLATION g (provider = icu, locale = 'und')",
      'CREATE COLLATION g FROM "C"',
    ])
      expect(refusalOf(text)).toBeUndefined();
  });

  it.each([
    'SET statement_timeout = 0',
    'SET search_path TO public',
    "SET app.transaction_timeout = '1'",
    'SET TIME ZONE UTC',
    'SET ROLE postgres',
    'SHOW ALL',
    'VACUUM (ANALYZE, VERBOSE false) t',
    'EXPLAIN (ANALYZE, COSTS OFF) SELECT 1',
    'UPDATE t SET a = 2 FROM t AS old WHERE old.id = t.id RETURNING old.a',
    // Relations named old or new in scope: a subquery's alias in the RETURNING list, the target's alias.
    'UPDATE t SET a = 2 RETURNING (SELECT max(old.a) FROM t old)',
    'DELETE FROM t RETURNING EXISTS (SELECT 1 FROM t AS new WHERE new.a = 1)',
    'INSERT INTO t AS old VALUES (1) ON CONFLICT (a) DO UPDATE SET a = 2 RETURNING old.a',
    'WITH old AS (SELECT 1 AS a) UPDATE t SET a = 2 FROM old WHERE old.a = t.a RETURNING old.a',
    'UPDATE t SET a = 2 RETURNING "OLD".a',
    "UPDATE t SET a = 2 RETURNING 'old.a'",
  ])('leaves %s as written', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it('reads an EXPLAIN with a bound parameter for its option, not for the parameter', () => {
    expect(refusalOf('EXPLAIN (GENERIC_PLAN) SELECT $1', true)?.code).toBe('42601');
  });

  it.each([
    [
      "CREATE FUNCTION lit() RETURNS int LANGUAGE sql AS 'SELECT 0x10'",
      'trailing junk after numeric literal at or near "0x10"',
    ],
    [
      'CREATE FUNCTION lit() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1_000; END $$',
      'trailing junk after numeric literal at or near "1_000"',
    ],
    ['DO $$ DECLARE v int := 0x10; BEGIN END $$', 'trailing junk after numeric literal at or near "0x10"'],
    [
      "CREATE OR REPLACE FUNCTION f() RETURNS SETOF int AS 'SELECT * FROM (SELECT 1)' LANGUAGE sql",
      'subquery in FROM must have an alias',
    ],
  ])('fails a routine whose body 15 cannot parse: %s', (text, message) => {
    expect(refusalOf(text)).toEqual({ code: '42601', message });
  });

  it.each([
    "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS 'SELECT ''0x10'''",
    "CREATE FUNCTION f() RETURNS int LANGUAGE c AS 'lib', 'sym_0x1'",
    'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE v int NOT NULL := 1; BEGIN RETURN v; END $$',
    "DO $$ BEGIN RAISE NOTICE '0x10 %', 1_0::text; END $$".replace('1_0', '10'),
  ])('leaves a routine 15 parses as written: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it('does not split a BEGIN ATOMIC body into statements', () => {
    const text =
      'CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SET transaction_timeout = 0; SELECT 1; END';
    expect(refusalOf(text)).toBeUndefined();
  });
});

describe('toPg15: ordinary statements', () => {
  it.each([
    'SELECT id, name FROM users WHERE id = $1',
    'INSERT INTO items (id, qty) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET qty = items.qty + 1',
    'BEGIN',
    'SELECT count(*)::int AS n FROM items',
  ])('cost one test of the prefilter or come back untouched: %s', (text) => {
    expect(toPg15(text)).toBeUndefined();
  });
});

describe("toPg15: pg_constraint without 18's not-null constraints", () => {
  const WITHOUT_NOT_NULL = `(${PG15_CATALOG_TABLES.get('pg_constraint')})`;

  it.each([
    [
      "SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass",
      `SELECT conname FROM ${WITHOUT_NOT_NULL} pg_constraint WHERE conrelid = 't'::regclass`,
    ],
    [
      'SELECT c.conname FROM pg_catalog.pg_constraint c JOIN pg_namespace r ON r.oid = c.connamespace',
      `SELECT c.conname FROM ${WITHOUT_NOT_NULL} c JOIN pg_namespace r ON r.oid = c.connamespace`,
    ],
    [
      'SELECT 1 FROM pg_namespace, pg_constraint AS k WHERE true',
      `SELECT 1 FROM pg_namespace, ${WITHOUT_NOT_NULL} AS k WHERE true`,
    ],
    [
      'SELECT pg_constraint.conname FROM pg_constraint',
      `SELECT pg_constraint.conname FROM ${WITHOUT_NOT_NULL} pg_constraint`,
    ],
    // TypeORM's schema builder quotes every name: the same catalog.
    [
      'SELECT "cnst"."conname" FROM "pg_constraint" "cnst" WHERE "cnst"."contype" = \'c\'',
      `SELECT "cnst"."conname" FROM ${WITHOUT_NOT_NULL} "cnst" WHERE "cnst"."contype" = 'c'`,
    ],
    ['SELECT 1 FROM "pg_catalog"."pg_constraint" AS c', `SELECT 1 FROM ${WITHOUT_NOT_NULL} AS c`],
    ['SELECT conname FROM "pg_constraint"', `SELECT conname FROM ${WITHOUT_NOT_NULL} pg_constraint`],
  ])('reads the relation in FROM or JOIN without them: %s', (text, sent) => {
    expect(toPg15(text)?.text).toBe(sent);
  });

  it('maps an error position after the relation back into the text sent', () => {
    const text = 'SELECT nope FROM pg_constraint';
    const request = toPg15(text);
    const sentPosition = (request?.text.indexOf('nope') ?? 0) + 1;
    expect(request?.originalPosition(sentPosition)).toBe(8);
  });

  it.each([
    "SELECT 'pg_constraint'::regclass",
    'GRANT SELECT ON pg_class, pg_constraint TO someone',
    'SELECT conname, pg_constraint FROM t',
  ])('leaves it as written where it is no relation read: %s', (text) => {
    expect(toPg15(text)?.text).toBeUndefined();
  });
});

describe("toPg15: a view's definition as text", () => {
  it.each([
    "SELECT pg_get_viewdef('v'::regclass) AS d",
    "SELECT definition FROM pg_views WHERE viewname = 'v'",
    'SELECT * FROM pg_views',
    "SELECT view_definition FROM information_schema.views WHERE table_name = 'v'",
    "SELECT matviewname, definition FROM pg_matviews WHERE matviewname = 'mv'",
    "SELECT pg_get_ruledef(oid) FROM pg_rewrite WHERE ev_class = 'v'::regclass",
  ])('is refused: 16+ prints a one-table view without the table names 15 prints: %s', (text) => {
    expect(refusalOf(text)).toMatchObject({ code: '0A000', message: expect.stringContaining('PGlite') });
  });

  it.each([
    "SELECT count(*) FROM pg_views WHERE viewname = 'v'",
    'SELECT table_name FROM information_schema.views',
    'SELECT * FROM views',
    'SELECT definition FROM docs',
  ])('leaves what reads no definition as written: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });
});

describe('toPg15: data definition 16-18 added', () => {
  it.each([
    [
      'CREATE TABLE t (id int, valid daterange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))',
      { code: '42601', message: 'syntax error at or near "WITHOUT"', position: 65 },
    ],
    [
      'ALTER TABLE t ALTER COLUMN a SET STORAGE DEFAULT',
      { code: '42601', message: 'syntax error at or near "DEFAULT"', position: 42 },
    ],
    [
      'ALTER TABLE t ALTER CONSTRAINT ck NO INHERIT',
      { code: '0A000', message: 'FOREIGN KEY constraints cannot be marked NO INHERIT' },
    ],
    [
      'ALTER TABLE t ALTER CONSTRAINT ck INHERIT',
      { code: '42601', message: 'syntax error at or near "INHERIT"', position: 35 },
    ],
    [
      'CREATE TABLE m (k int, EXCLUDE USING btree (k WITH =)) PARTITION BY RANGE (k)',
      { code: '0A000', message: 'exclusion constraints are not supported on partitioned tables' },
    ],
  ])('fails as 15 does: %s', (text, error) => {
    expect(refusalOf(text)).toEqual(error);
  });

  it('refuses an UNLOGGED partitioned table, which 15 creates and PGlite cannot', () => {
    expect(refusalOf('CREATE UNLOGGED TABLE m (k int) PARTITION BY LIST (k)')).toMatchObject({
      code: '0A000',
      message: expect.stringContaining('PGlite'),
    });
  });

  it.each([
    'CREATE TABLE r (during int4range, EXCLUDE USING gist (during WITH &&))',
    'CREATE TABLE m (k int, exclude int) PARTITION BY LIST (k)',
    'CREATE UNLOGGED TABLE u (k int)',
    'ALTER TABLE t ALTER COLUMN a SET STORAGE EXTERNAL',
  ])('leaves what 15 runs as written: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });
});

describe("toPg15: names of 18's not-null constraints, which 15 does not have", () => {
  const ASIDE = 'SELECT pg_catalog.pglite18_not_null_aside';

  it('sends a guard before a statement naming a table constraint, leaving its result out', () => {
    const pg15 = toPg15('SELECT 1; ALTER TABLE t DROP CONSTRAINT t_a_not_null; SELECT 2');
    expect(pg15?.text).toBe(
      `SELECT 1; ${ASIDE}(E't', NULL, ARRAY[E't_a_not_null']), pg_catalog.pglite18_not_null_name_guard('ALTER TABLE'); ALTER TABLE t DROP CONSTRAINT t_a_not_null; SELECT 2`,
    );
    expect(pg15?.addedResults).toEqual([1]);
    expect(pg15?.runFirst).toBeUndefined();
  });

  it('counts the guards before each one', () => {
    const pg15 = toPg15('ALTER TABLE a DROP CONSTRAINT IF EXISTS x; ALTER TABLE b RENAME CONSTRAINT y TO z');
    expect(pg15?.text).toContain(`${ASIDE}(E'b', NULL, ARRAY[E'y', E'z'])`);
    expect(pg15?.addedResults).toEqual([0, 2]);
  });

  it('runs it first under the same Sync on the extended protocol, the text as written', () => {
    const text = 'ALTER TABLE IF EXISTS ONLY s."T" ADD CONSTRAINT "T_a_not_null" CHECK (a > 0)';
    const pg15 = toPg15(text, { extended: true });
    expect(pg15?.text).toBe(text);
    expect(pg15?.runFirst).toBe(`${ASIDE}(E's."T"', NULL, ARRAY[E'T_a_not_null'])`);
    expect(pg15?.addedResults).toEqual([0]);
  });

  it.each([
    ["COMMENT ON CONSTRAINT nn ON DOMAIN public.d IS 'x'", `${ASIDE}(NULL, E'public.d', ARRAY[E'nn'])`],
    ["COMMENT ON CONSTRAINT nn ON t IS 'it''s'", `${ASIDE}(E't', NULL, ARRAY[E'nn'])`],
    [
      'ALTER DOMAIN d DROP CONSTRAINT nn',
      `${ASIDE}(NULL, E'd', ARRAY[E'nn']), pg_catalog.pglite18_not_null_name_guard('ALTER DOMAIN')`,
    ],
    ['ALTER TABLE t VALIDATE CONSTRAINT "it\'s"', `${ASIDE}(E't', NULL, ARRAY[E'it''s'])`],
  ])('reads the table or domain and the names: %s', (text, guard) => {
    expect(toPg15(text, { extended: true })?.runFirst).toBe(guard);
  });

  it.each([
    'ALTER TABLE t ADD COLUMN b int',
    'ALTER TABLE t RENAME TO u',
    'CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0))',
  ])('sends no guard for a statement naming no constraint of an existing table: %s', (text) => {
    expect(toPg15(text)?.addedResults).toBeUndefined();
  });

  it("drops the name of a column's or domain's NOT NULL, as 15 does, so 18 names it itself", () => {
    expect(
      toPg15('CREATE TABLE t (a int CONSTRAINT nn NOT NULL, b int CONSTRAINT "nn" CHECK (b > 0))')?.text,
    ).toBe('CREATE TABLE t (a int NOT NULL, b int CONSTRAINT "nn" CHECK (b > 0))');
    expect(toPg15('CREATE DOMAIN d AS int CONSTRAINT nn NOT NULL')?.text).toBe(
      'CREATE DOMAIN d AS int NOT NULL',
    );
    // A newer keyword as the name is dropped with it, not quoted inside the removed text.
    expect(toPg15('CREATE TABLE t (a int CONSTRAINT json NOT NULL)')?.text).toBe(
      'CREATE TABLE t (a int NOT NULL)',
    );
  });

  it('maps an error position after a dropped name back into the text sent', () => {
    const text = 'CREATE TABLE t (a int CONSTRAINT nn NOT NULL, b nosuchtype)';
    const request = toPg15(text);
    const sentPosition = (request?.text.indexOf('nosuchtype') ?? 0) + 1;
    expect(request?.originalPosition(sentPosition)).toBe(text.indexOf('nosuchtype') + 1);
  });

  it('flags ALTER TABLE ... DROP NOT NULL, whose inherited refusal the engine answers for', () => {
    expect(toPg15('ALTER TABLE c ALTER COLUMN a DROP NOT NULL')?.dropsNotNull).toBe(true);
    expect(toPg15('ALTER DOMAIN d DROP NOT NULL')?.dropsNotNull).toBeUndefined();
  });
});

describe('toPg15: kept per text', () => {
  it('answers a text seen before with the same object, per protocol', () => {
    const text = "SELECT payload FROM events WHERE payload @> '{}'::jsonb AND json = 1";
    const first = toPg15(text);
    expect(first).toBeDefined();
    expect(toPg15(text)).toBe(first);
    const extended = toPg15(text, { extended: true });
    expect(extended).toBe(toPg15(text, { extended: true }));
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('keeps an untouched text untouched', () => {
    const text = 'SELECT payload FROM events WHERE payload @> $1::jsonb';
    expect(toPg15(text)).toBeUndefined();
    expect(toPg15(text)).toBeUndefined();
  });
});

describe('toPg15: catalogs whose columns 16-18 changed', () => {
  it.each([
    ['SELECT * FROM pg_class', 'pg_class', 'pg_class'],
    ['SELECT a.* FROM pg_catalog.pg_attribute a', 'pg_attribute', 'a'],
    ['SELECT datname FROM pg_database WHERE datistemplate', 'pg_database', 'pg_database'],
    ['SELECT 1 FROM pg_namespace n JOIN pg_auth_members AS m ON true', 'pg_auth_members', 'AS m'],
    ["SELECT deptype FROM pg_depend WHERE refobjid = 't'::regclass", 'pg_depend', 'pg_depend'],
  ])('reads them as 15 has them, by their 15 columns: %s', (text, catalog, alias) => {
    const sent = toPg15(text)?.text ?? '';
    expect(sent).toContain(`(${PG15_CATALOG_TABLES.get(catalog)}) ${alias}`);
  });

  it('gives 15 columns 18 made narrower or nullable their 15 types and values', () => {
    expect(PG15_CATALOG_TABLES.get('pg_attribute')).toContain(
      'pg_catalog.int4(COALESCE(attstattarget, -1)) AS attstattarget',
    );
    expect(PG15_CATALOG_TABLES.get('pg_class')).not.toContain('relallfrozen');
  });

  it.each([
    "SELECT 'pg_class'::regclass",
    'SELECT relname FROM t AS pg_class',
    'SELECT pg_class.relname FROM t',
  ])('leaves them as written where no catalog is read: %s', (text) => {
    expect(toPg15(text)?.text).toBeUndefined();
  });
});

describe('toPg15: parameter numbers past 2^31 - 1', () => {
  it('writes one 15 reads as a positive number as 15 reads it (atol cut to 32 bits)', () => {
    expect(toPg15('SELECT $100000000000')?.text).toBe('SELECT $1215752192');
    expect(toPg15('SELECT $4294967297', { extended: true })?.text).toBe('SELECT $1');
  });

  it("refuses one 15 reads as zero or negative with 15's 42P02", () => {
    expect(refusalOf('SELECT $2147483648')).toEqual({
      code: '42P02',
      message: 'there is no parameter $-2147483648',
      position: 8,
    });
    expect(refusalOf('SELECT 1, $99999999999999999999')?.message).toBe('there is no parameter $-1');
  });

  it('leaves the others alone', () => {
    expect(toPg15('SELECT $2147483647')).toBeUndefined();
  });
});

describe('toPg15: integer and numeric array literals', () => {
  it.each([
    ["SELECT '{1, 0x1F}'::int[]", 'integer', '0x1F'],
    ["SELECT CAST('{1_000}' AS bigint[])", 'bigint', '1_000'],
    ['SELECT \'{"1_000.5"}\'::numeric[]', 'numeric', '1_000.5'],
  ])('leave an element 16+ reads to the input stand-in of the element type: %s', (text) => {
    expect(refusalOf(text)).toBeUndefined();
  });

  it.each(["SELECT '{1,2}'::int[]", "SELECT '{0x1F}'::text[]", "SELECT '{1_0}'::interval[]"])(
    'leave the others alone: %s',
    (text) => {
      expect(refusalOf(text)).toBeUndefined();
    },
  );
});

describe('toPg15: RULE privileges', () => {
  it('leaves RULE out of a list of privileges, as 15 grants nothing for it', () => {
    expect(toPg15('GRANT SELECT, RULE, INSERT ON a TO PUBLIC')?.text).toBe(
      'GRANT SELECT, INSERT ON a TO PUBLIC',
    );
    expect(toPg15('REVOKE GRANT OPTION FOR RULE, SELECT ON a FROM r')?.text).toBe(
      'REVOKE GRANT OPTION FOR SELECT ON a FROM r',
    );
    expect(toPg15('ALTER DEFAULT PRIVILEGES GRANT SELECT,RULE ON TABLES TO r')?.text).toBe(
      'ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO r',
    );
  });

  it.each([
    'GRANT RULE ON a TO PUBLIC',
    'REVOKE GRANT OPTION FOR rule ON a FROM r',
    'GRANT RULE (x) ON a TO r',
  ])('refuses RULE alone loudly, as no 18 privilege leaves the ACL as 15 does: %s', (text) => {
    expect(refusalOf(text)).toMatchObject({ code: '0A000', message: expect.stringContaining('PGlite') });
  });

  it('leaves a CREATE RULE and a role named rule alone', () => {
    expect(refusalOf('CREATE RULE r AS ON INSERT TO a DO INSTEAD NOTHING')).toBeUndefined();
    expect(toPg15('GRANT SELECT ON a TO rule')?.text ?? 'GRANT SELECT ON a TO rule').toBe(
      'GRANT SELECT ON a TO rule',
    );
  });
});

describe('toPg15: PL/pgSQL bound cursors', () => {
  it('starts each bound cursor variable as its own name, as 15 does (16+ starts it NULL)', () => {
    expect(
      withBoundCursorNames(
        'DECLARE n int; c CURSOR FOR SELECT 1; "Q" NO SCROLL CURSOR (k int) FOR SELECT k; r refcursor; BEGIN OPEN c; END',
      ),
    ).toBe(
      `DECLARE n int; c CURSOR FOR SELECT 1; "Q" NO SCROLL CURSOR (k int) FOR SELECT k; r refcursor; BEGIN c := E'c'; "Q" := E'Q'; OPEN c; END`,
    );
  });

  it('writes it into DO and plpgsql function bodies, quoted as they are', () => {
    expect(toPg15('DO $$ DECLARE Cur CURSOR FOR SELECT 1; BEGIN OPEN Cur; END $$')?.text).toBe(
      "DO $$ DECLARE Cur CURSOR FOR SELECT 1; BEGIN Cur := E'cur'; OPEN Cur; END $$",
    );
    expect(
      toPg15(
        "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS 'DECLARE c CURSOR FOR SELECT 1; BEGIN RETURN c; END'",
      )?.text,
    ).toBe(
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS 'DECLARE c CURSOR FOR SELECT 1; BEGIN c := E''c''; RETURN c; END'",
    );
    expect(toPg15('CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$')?.text).toBeUndefined();
  });
});

describe('literals 15 converts in order', () => {
  it('reports a literal both versions refuse before a later malformed array literal', () => {
    // Integers 16+ reads are the input stand-ins' to refuse, in order, as the server reads them.
    expect(refusalOf("SELECT '32768'::smallint > '1_000'::bigint")).toBeUndefined();
    expect(refusalOf(`SELECT '{"32768",NULL,"1_000"}'::smallint[]`)).toBeUndefined();
    expect(refusalOf("SELECT '12.5'::int, '{1,}'::int[]")).toMatchObject({
      message: 'invalid input syntax for type integer: "12.5"',
    });
  });

  it('leaves a refused literal to the engine when no later literal is only 15s to refuse', () => {
    expect(refusalOf("SELECT '2023-02-29'::date, 'abc'::int, 'infinity'::date")).toBeUndefined();
  });

  it('reads integers as int2in, int4in and int8in do', () => {
    expect(pg15IntegerInputError('smallint', ' -32768 ')).toBeUndefined();
    expect(pg15IntegerInputError('smallint', '32768')?.code).toBe('22003');
    expect(pg15IntegerInputError('bigint', '9223372036854775808')?.code).toBe('22003');
    expect(pg15IntegerInputError('integer', '+7')).toBeUndefined();
    expect(pg15IntegerInputError('integer', '1e3')).toEqual({
      code: '22P02',
      message: 'invalid input syntax for type integer: "1e3"',
    });
    expect(pg15IntegerInputError('integer', '')?.code).toBe('22P02');
  });
});

describe('a SQL function body that changes how its later statements are analysed', () => {
  it('is refused, checked or not: 15 analyses the whole body first, 18 each statement as it runs', () => {
    for (const body of [
      "SELECT set_config('search_path', 'app', true); SELECT count(*) FROM items;",
      'SET LOCAL search_path = app; SELECT count(*) FROM items;',
      "SET LOCAL DateStyle = 'ISO, DMY'; SELECT '01/02/2024'::date;",
      "SET TIME ZONE 'Asia/Tokyo'; SELECT '2024-01-01 00:00'::timestamptz::text;",
      'SELECT set_config($1, $2, true); SELECT 1;',
      'DROP TABLE z; CREATE TABLE z (b text); INSERT INTO z VALUES (1);',
    ]) {
      const text = `CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ ${body} $$`;
      expect(refusalOf(text), body).toMatchObject({
        code: '0A000',
        message: expect.stringMatching(/PGlite/),
      });
    }
  });

  it('leaves custom settings, a change in the last statement, later DDL only, and other languages alone', () => {
    for (const text of [
      "CREATE FUNCTION f(v text) RETURNS text LANGUAGE sql AS $$ SELECT set_config('app.user', v, true); SELECT current_setting('app.user'); $$",
      "CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $$ SELECT 1; SELECT set_config('search_path', 'app', true); $$",
      'CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ DROP TABLE IF EXISTS x; CREATE TABLE x (a int); $$',
      "CREATE FUNCTION f() RETURNS bigint LANGUAGE plpgsql AS $$ BEGIN PERFORM set_config('search_path', 'app', true); RETURN (SELECT count(*) FROM items); END $$",
      'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql SET search_path = app AS $$ SELECT count(*) FROM items $$',
    ])
      expect(refusalOf(text), text).toBeUndefined();
  });

  it('guards a temporary table made before other statements by whether its name already resolves', () => {
    const guards = toPg15(
      'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql AS $$ CREATE TEMP TABLE IF NOT EXISTS "Items" (id int); SELECT count(*) FROM "Items"; $$',
    );
    expect(JSON.stringify(guards)).toMatch(/to_regclass\(E?'\\"Items\\"'\) IS NOT NULL/);
  });
});
