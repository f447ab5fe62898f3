// Round 17 probe, wire part D: what node-pg reports beside rows (PostgreSQL 15 docs 55.2.2 Simple
// Query, 55.7 CommandComplete tags): rowMode 'array' with duplicate names, several statements in one
// simple query, empty queries, rowCount and command of each command, NOTICE/WARNING not failing a
// query, client_encoding and standard_conforming_strings, very long text and wide rows.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 wire commands: ');
const table = `CREATE TABLE t (id int PRIMARY KEY, s text);
INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c')`;

// rowMode 'array' and duplicate column names.
list.add('rowMode array duplicate names', [{ sql: 'SELECT 1 AS a, 2 AS a, 3 AS b', rowMode: 'array' }]);
list.add('object rows duplicate names last wins', ['SELECT 1 AS a, 2 AS a']);
list.add('rowMode array with params', [
  { sql: 'SELECT $1::int AS a, $1::text AS a', params: [5], rowMode: 'array' },
]);
list.add(
  'rowMode array join star',
  [{ sql: 'SELECT * FROM t a JOIN t b USING (id) ORDER BY id', rowMode: 'array' }],
  table,
);
list.add('join star duplicate names', ['SELECT * FROM t a JOIN t b ON a.id = b.id ORDER BY a.id'], table);
list.add('unaliased column names', [
  "SELECT 1, 2 + 3, count(*), now() IS NOT NULL, 'x', CASE WHEN true THEN 1 END, ARRAY[1], ROW(1), (SELECT 1)",
]);
list.add(
  'unaliased names from functions',
  ["SELECT upper('a'), coalesce(NULL, 1), lower(s), s::int IS NULL FROM t ORDER BY id LIMIT 1"],
  table,
);
list.add('unaliased cast name', ["SELECT '1'::int, 1::text, CAST(1 AS bigint), 'x'::varchar(3)"]);
list.add('quoted alias case', ['SELECT 1 AS "MiXeD", 2 AS lower, 3 AS UPPER, 4 AS "with space"']);
list.add(
  'rowMode array empty result',
  [{ sql: 'SELECT id AS a FROM t WHERE false', rowMode: 'array' }],
  table,
);

// Several statements in one simple query.
list.add('two selects', ['SELECT 1 AS a; SELECT 2 AS b']);
list.add('insert then select', ["INSERT INTO t VALUES (4, 'd'); SELECT count(*) AS n FROM t"], table);
list.add('ddl then dml then select', [
  'CREATE TABLE u (x int); INSERT INTO u VALUES (1), (2); UPDATE u SET x = x + 1; SELECT x AS v FROM u ORDER BY x',
]);
list.add('statements with empty between', ['SELECT 1 AS a;; SELECT 2 AS b;']);
list.add('error in second statement', ['SELECT 1 AS a; SELECT 1/0 AS b; SELECT 3 AS c', 'SELECT 4 AS d']);
list.add(
  'error rolls back earlier statements of the string',
  ["INSERT INTO t VALUES (9, 'z'); SELECT 1/0 AS b", 'SELECT count(*) AS n FROM t'],
  table,
);
list.add(
  'transaction in one string',
  ["BEGIN; INSERT INTO t VALUES (5, 'e'); COMMIT; SELECT count(*) AS n FROM t"],
  table,
);
list.add('set then show in one string', [`SET TimeZone = 'Asia/Tokyo'; SHOW TimeZone`]);
list.add('multiple statements with params refused', [
  { sql: 'SELECT $1::int AS a; SELECT 2 AS b', params: [1] },
]);
list.add('multiple statements extended no params', [{ sql: 'SELECT 1 AS a; SELECT 2 AS b', params: [] }]);
list.add('select with no columns', ['SELECT FROM t'], table);
list.add('select with no columns, multi', ['SELECT; SELECT 1 AS a']);

// Empty queries.
list.add('empty query', ['']);
list.add('whitespace query', ['   ']);
list.add('semicolon query', [';']);
list.add('comment only query', ['-- nothing']);
list.add('block comment query', ['/* nothing */']);
list.add('empty query extended', [{ sql: '', params: [] }]);
list.add('comment then select', ['-- c\nSELECT 1 AS v']);

// Command tags and rowCount.
const tags: [string, string[]][] = [
  ['INSERT one', ["INSERT INTO t VALUES (4, 'd')"]],
  ['INSERT many', ["INSERT INTO t VALUES (4, 'd'), (5, 'e')"]],
  ['INSERT zero', ['INSERT INTO t SELECT * FROM t WHERE false']],
  ['INSERT select', ['INSERT INTO t SELECT id + 10, s FROM t']],
  ['INSERT returning', ["INSERT INTO t VALUES (4, 'd') RETURNING id AS v"]],
  ['INSERT on conflict nothing', ["INSERT INTO t VALUES (1, 'x') ON CONFLICT DO NOTHING"]],
  [
    'INSERT on conflict update',
    ["INSERT INTO t VALUES (1, 'x'), (7, 'y') ON CONFLICT (id) DO UPDATE SET s = excluded.s"],
  ],
  ['UPDATE some', ["UPDATE t SET s = 'z' WHERE id > 1"]],
  ['UPDATE none', ["UPDATE t SET s = 'z' WHERE false"]],
  ['UPDATE returning', ["UPDATE t SET s = 'z' WHERE id = 1 RETURNING s AS v"]],
  ['DELETE all', ['DELETE FROM t']],
  ['DELETE returning', ['DELETE FROM t WHERE id = 2 RETURNING id AS v']],
  [
    'MERGE',
    [
      `MERGE INTO t USING (VALUES (1, 'm'), (8, 'n')) v(id, s) ON t.id = v.id
      WHEN MATCHED THEN UPDATE SET s = v.s WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.s)`,
    ],
  ],
  [
    'MERGE nothing',
    [`MERGE INTO t USING (SELECT 1 AS id WHERE false) v ON t.id = v.id WHEN MATCHED THEN DELETE`],
  ],
  ['SELECT rows', ['SELECT id AS v FROM t ORDER BY id']],
  ['SELECT none', ['SELECT id AS v FROM t WHERE false']],
  ['VALUES', ['VALUES (1), (2)']],
  ['TABLE', ['TABLE t ORDER BY id']],
  ['SELECT INTO', ['SELECT * INTO u FROM t']],
  ['CREATE TABLE AS', ['CREATE TABLE u AS SELECT * FROM t']],
  ['CREATE TABLE AS WITH NO DATA', ['CREATE TABLE u AS SELECT * FROM t WITH NO DATA']],
  ['CREATE TABLE', ['CREATE TABLE u (x int)']],
  ['CREATE INDEX', ['CREATE INDEX t_s ON t (s)']],
  ['CREATE VIEW', ['CREATE VIEW v AS SELECT 1 AS x']],
  ['CREATE SEQUENCE', ['CREATE SEQUENCE sq']],
  ['ALTER TABLE', ['ALTER TABLE t ADD COLUMN z int']],
  ['DROP TABLE', ['DROP TABLE t']],
  ['DROP TABLE IF EXISTS missing', ['DROP TABLE IF EXISTS nope']],
  ['TRUNCATE', ['TRUNCATE t']],
  ['BEGIN COMMIT', ['BEGIN', 'COMMIT']],
  ['START TRANSACTION ROLLBACK', ['START TRANSACTION', 'ROLLBACK']],
  ['COMMIT without transaction', ['COMMIT']],
  ['ROLLBACK without transaction', ['ROLLBACK']],
  [
    'SAVEPOINT',
    ['BEGIN', 'SAVEPOINT a', 'RELEASE SAVEPOINT a', 'SAVEPOINT b', 'ROLLBACK TO SAVEPOINT b', 'END'],
  ],
  ['failed transaction commit is ROLLBACK', ['BEGIN', 'SELECT 1/0', 'COMMIT']],
  ['SET', [`SET application_name = 'x'`]],
  ['SET LOCAL outside transaction', [`SET LOCAL application_name = 'x'`]],
  ['RESET', ['RESET application_name']],
  ['SHOW', ['SHOW standard_conforming_strings']],
  ['DISCARD ALL', ['DISCARD ALL']],
  [
    'cursor DECLARE FETCH MOVE CLOSE',
    [
      'BEGIN',
      'DECLARE c CURSOR FOR SELECT id AS v FROM t ORDER BY id',
      'FETCH 2 FROM c',
      'MOVE 1 IN c',
      'FETCH NEXT FROM c',
      'FETCH 5 FROM c',
      'CLOSE c',
      'COMMIT',
    ],
  ],
  [
    'cursor MOVE ALL',
    [
      'BEGIN',
      'DECLARE c SCROLL CURSOR FOR SELECT id AS v FROM t ORDER BY id',
      'MOVE ALL IN c',
      'FETCH PRIOR FROM c',
      'COMMIT',
    ],
  ],
  ['COPY to stdout refused or answered', ['COPY t TO STDOUT']],
  ['DO block', ['DO $$ BEGIN PERFORM 1; END $$']],
  [
    'PREPARE EXECUTE DEALLOCATE',
    ['PREPARE p(int) AS SELECT s AS v FROM t WHERE id = $1', 'EXECUTE p(2)', 'DEALLOCATE p'],
  ],
  ['PREPARE insert EXECUTE', ["PREPARE p(int) AS INSERT INTO t VALUES ($1, 'q')", 'EXECUTE p(20)']],
  ['LOCK TABLE', ['BEGIN', 'LOCK TABLE t IN SHARE MODE', 'COMMIT']],
  ['SELECT FOR UPDATE', ['SELECT id AS v FROM t ORDER BY id FOR UPDATE']],
  ['COMMENT ON', [`COMMENT ON TABLE t IS 'x'`]],
  ['ANALYZE', ['ANALYZE t']],
  ['VACUUM', ['VACUUM t']],
  ['NOTIFY', [`NOTIFY ch, 'x'`]],
  ['LISTEN UNLISTEN', ['LISTEN ch', 'UNLISTEN ch']],
  ['CREATE FUNCTION', ['CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$']],
  [
    'CALL procedure',
    ["CREATE PROCEDURE pr() LANGUAGE sql AS $$ INSERT INTO t VALUES (30, 'p') $$", 'CALL pr()'],
  ],
  ['CREATE SCHEMA', ['CREATE SCHEMA sc']],
  ['CREATE TYPE', [`CREATE TYPE e AS ENUM ('a')`]],
  ['GRANT', ['GRANT SELECT ON t TO PUBLIC']],
  ['EXPLAIN shape', ['EXPLAIN (COSTS OFF) SELECT 1']],
  [
    'WITH insert returning',
    [`WITH ins AS (INSERT INTO t VALUES (40, 'w') RETURNING id) SELECT id AS v FROM ins`],
  ],
  [
    'WITH delete outer select',
    [`WITH d AS (DELETE FROM t WHERE id = 1 RETURNING *) SELECT count(*) AS v FROM d`],
  ],
];
for (const [name, steps] of tags) {
  list.add(`tag ${name}`, steps, table);
  list.add(
    `tag ${name} extended`,
    steps.map((sql) => ({ sql, params: [] })),
    table,
  );
}

// NOTICE and WARNING do not fail the query.
list.add('DROP IF EXISTS notice', ['DROP TABLE IF EXISTS nope', 'SELECT 1 AS v']);
list.add('RAISE NOTICE in DO', [`DO $$ BEGIN RAISE NOTICE 'hello %', 1; END $$`, 'SELECT 1 AS v']);
list.add('RAISE WARNING in function', [
  `CREATE FUNCTION w() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RAISE WARNING 'careful'; RETURN 7; END $$`,
  'SELECT w() AS v',
]);
list.add('COMMIT outside transaction warns', ['COMMIT', 'SELECT 1 AS v']);
list.add('BEGIN twice warns', ['BEGIN', 'BEGIN', 'SELECT 1 AS v', 'COMMIT']);
list.add(
  'CREATE TABLE IF NOT EXISTS notice',
  ['CREATE TABLE IF NOT EXISTS t (id int)', 'SELECT count(*) AS v FROM t'],
  table,
);
list.add('RAISE EXCEPTION fails', [`DO $$ BEGIN RAISE EXCEPTION 'boom' USING ERRCODE = 'P0001'; END $$`]);
list.add('RAISE with custom errcode', [
  `DO $$ BEGIN RAISE EXCEPTION 'bad' USING ERRCODE = '22023', DETAIL = 'some detail'; END $$`,
]);

// client_encoding and standard_conforming_strings.
list.add('show client_encoding', ['SHOW client_encoding']);
list.add('show server_encoding', ['SHOW server_encoding']);
list.add('set client_encoding UTF8', [
  `SET client_encoding = 'UTF8'`,
  `SELECT current_setting('client_encoding') AS v`,
]);
list.add('set client_encoding unknown', [`SET client_encoding = 'NOPE'`]);
list.add('show standard_conforming_strings', ['SHOW standard_conforming_strings']);
list.add('backslash is literal', [`SELECT 'a\\nb' AS v, length('a\\nb') AS n`]);
list.add('E string escapes', [`SELECT E'a\\nb' AS v, E'\\x41\\u00e9\\t' AS w`]);
list.add('U& string', [`SELECT U&'d\\0061t\\+000061' AS v`]);
list.add('standard_conforming_strings off', [`SET standard_conforming_strings = off`, `SELECT 'a\\nb' AS v`]);
list.add('escape_string_warning', [`SHOW escape_string_warning`]);
list.add('dollar quoting', ["SELECT $$it's \\ raw$$ AS v, $tag$a$$b$tag$ AS w"]);
list.add('nul byte in parameter', [{ sql: 'SELECT $1::text AS v', params: ['a\u0000b'] }]);
list.add('nul in E string', [`SELECT E'a\\000b' AS v`]);
list.add('invalid utf8 escape', [`SELECT E'\\xff' AS v`]);
list.add('surrogate pair text', [
  { sql: 'SELECT $1::text AS v, length($1::text) AS n, octet_length($1::text) AS o', params: ['𝄞é'] },
]);
list.add('chr and ascii', ["SELECT chr(233) AS a, ascii('é') AS b, chr(128512) AS c"]);
list.add('convert_to utf8', [`SELECT convert_to('é', 'UTF8') AS v`]);
list.add('upper of non-ascii', [`SELECT upper('straße é') AS v, lower('ÉÀ') AS w`]);
list.add('identifier unicode', ['SELECT 1 AS "ünï", 2 AS ñ']);
list.add('long identifier truncated', [`SELECT 1 AS ${'a'.repeat(70)}`]);

// Settings that change the text node-pg reads back.
list.add('client_encoding LATIN1', [`SET client_encoding = 'LATIN1'`, `SELECT 'é' AS v, length('é') AS n`]);
list.add('client_encoding LATIN1 parameter', [
  `SET client_encoding = 'LATIN1'`,
  { sql: 'SELECT $1::text AS v', params: ['abc'] },
  `SHOW client_encoding`,
]);
list.add('SET NAMES', [`SET NAMES 'UTF8'`, `SHOW client_encoding`]);
list.add('client_encoding SQL_ASCII', [
  `SET client_encoding = 'SQL_ASCII'`,
  `SELECT 'abc' AS v`,
  `SHOW client_encoding`,
]);
list.add('client_encoding reset', [
  `SET client_encoding = 'LATIN1'`,
  `RESET client_encoding`,
  `SELECT 'é' AS v`,
]);
const dateStyles = ['ISO, DMY', 'SQL, DMY', 'SQL, MDY', 'Postgres, MDY', 'German', 'ISO, YMD'];
for (const style of dateStyles) {
  list.add(`DateStyle ${style} parsed by node-pg`, [
    `SET DateStyle = '${style}'`,
    `SELECT '2024-01-15'::date AS a, '2024-01-15 01:02:03.5'::timestamp AS b,
      '2024-01-15 01:02:03.5+00'::timestamptz AS c, '2024-01-15 01:02:03'::timestamptz::text AS d`,
    {
      sql: 'SELECT $1::date::text AS e, $2::timestamptz::text AS f',
      params: ['03/04/2024', new Date(Date.UTC(2024, 0, 15, 1, 2, 3))],
    },
  ]);
}
list.add('IntervalStyle sql_standard parsed by node-pg', [
  `SET IntervalStyle = 'sql_standard'`,
  `SELECT '1 day 2 hours'::interval AS a, '-1 year 2 mons'::interval AS b`,
]);
list.add('IntervalStyle postgres_verbose parsed by node-pg', [
  `SET IntervalStyle = 'postgres_verbose'`,
  `SELECT '1 day 2 hours 3.5 seconds'::interval AS a`,
]);
list.add('TimeZone in startup-like SET then now type', [
  `SET TIME ZONE 'Europe/Paris'`,
  `SELECT '2024-06-01 00:00'::timestamptz AS a, '2024-06-01 00:00'::timestamptz::text AS b`,
]);
list.add('SET LOCAL TimeZone ends with transaction', [
  'BEGIN',
  `SET LOCAL TimeZone = 'Asia/Tokyo'`,
  `SELECT '2024-06-01 00:00+00'::timestamptz::text AS a`,
  'COMMIT',
  `SELECT '2024-06-01 00:00+00'::timestamptz::text AS b`,
]);

// Session state belongs to its connection: a second connection of the same database starts afresh.
const second = (sql: string) => ({ sql, client: 'second' as const });
list.add('TimeZone set on one connection only', [
  `SET TimeZone = 'Asia/Tokyo'`,
  second(`SELECT '2024-06-01 00:00+00'::timestamptz::text AS v`),
  `SELECT '2024-06-01 00:00+00'::timestamptz::text AS w`,
]);
list.add('DateStyle set on one connection only', [
  `SET DateStyle = 'German'`,
  second(`SELECT '2024-06-01'::date::text AS v`),
]);
list.add('IntervalStyle set on one connection only', [
  `SET IntervalStyle = 'iso_8601'`,
  second(`SELECT '1 day'::interval::text AS v`),
  `SELECT '1 day'::interval::text AS w`,
]);
list.add('extra_float_digits on one connection only', [
  `SET extra_float_digits = 0`,
  second('SELECT 0.1::float8 + 0.2::float8 AS v'),
  'SELECT 0.1::float8 + 0.2::float8 AS w',
]);
list.add('bytea_output on one connection only', [
  `SET bytea_output = 'escape'`,
  second(`SELECT 'ab'::bytea::text AS v`),
]);
list.add('search_path on one connection only', [
  'CREATE SCHEMA s2',
  'CREATE TABLE s2.x (v int)',
  'SET search_path = s2, public',
  'SELECT count(*) AS n FROM x',
  second('SELECT count(*) AS n FROM x'),
]);
list.add('temp table on one connection only', [
  'CREATE TEMP TABLE tt (v int)',
  'INSERT INTO tt VALUES (1)',
  second('SELECT count(*) AS n FROM tt'),
  'SELECT count(*) AS n FROM tt',
]);
list.add('PREPARE on one connection only', ['PREPARE p AS SELECT 1 AS v', second('EXECUTE p'), 'EXECUTE p']);
list.add('uncommitted insert invisible to second', [
  'CREATE TABLE x (v int)',
  'BEGIN',
  'INSERT INTO x VALUES (1)',
  'COMMIT',
  second('SELECT count(*) AS n FROM x'),
]);
list.add('application_name per connection', [
  `SET application_name = 'one'`,
  second(`SELECT current_setting('application_name') AS v`),
]);
list.add('standard_conforming_strings per connection', [
  `SET standard_conforming_strings = off`,
  second(`SELECT 'a\\b' AS v`),
]);

// Very long text and wide rows.
list.add('long text literal', [`SELECT repeat('x', 100000) AS v, length(repeat('x', 100000)) AS n`]);
list.add('long text param', [
  { sql: 'SELECT length($1::text) AS n, md5($1::text) AS h', params: ['ü'.repeat(200000)] },
]);
list.add('long text round trip', [{ sql: 'SELECT $1::text AS v', params: ['abc'.repeat(30000)] }]);
list.add('long bytea round trip', [{ sql: 'SELECT $1::bytea AS v', params: [Buffer.alloc(70000, 0xab)] }]);
list.add('long jsonb param', [
  {
    sql: 'SELECT jsonb_array_length($1::jsonb) AS v',
    params: [JSON.stringify(Array.from({ length: 5000 }, (_, i) => ({ i })))],
  },
]);
const wide = Array.from({ length: 200 }, (_, i) => `${i} AS c${i}`).join(', ');
list.add('wide row 200 columns', [`SELECT ${wide}`]);
list.add('wide row rowMode array', [{ sql: `SELECT ${wide}`, rowMode: 'array' }]);
const many = Array.from({ length: 300 }, (_, i) => `$${i + 1}::int AS p${i}`).join(', ');
list.add('300 parameters', [{ sql: `SELECT ${many}`, params: Array.from({ length: 300 }, (_, i) => i) }]);
list.add('many rows', ['SELECT g AS v FROM generate_series(1, 20000) g ORDER BY g']);
list.add('many rows rowCount only', ['SELECT count(*) AS v FROM generate_series(1, 20000) g']);

export default list.cases;
