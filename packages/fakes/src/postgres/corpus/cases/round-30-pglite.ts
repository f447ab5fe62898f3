import { defineGroup } from '../sql-case.js';

/**
 * Round 30 on PGlite against PostgreSQL 15: interval and date/time text 16-18 read otherwise (unit
 * words with no number between them, infinity or epoch beside other fields, unit words in dates).
 */
export const round30PgliteCases = defineGroup('types', [
  {
    name: 'interval text with unit words and no number between them: a number takes the leftmost',
    steps: [
      "SELECT '1 day hour'::interval AS a, '+3 mon w'::interval AS b, '999999 hour hours -0-6'::interval AS c",
      {
        sql: 'SELECT $1::interval AS v, $2::interval AS w',
        params: ['12.345678 minute microseconds', '1.5hr min'],
      },
    ],
  },
  {
    name: 'interval text with a unit word before any number reads as the number alone',
    steps: [
      "SELECT 'day 5'::interval AS a, '@ day hours 5 min'::interval AS b",
      { sql: 'SELECT $1::interval AS v', params: [', 007 sec -1-7 0 millennium days'] },
    ],
  },
  {
    name: 'interval text with unit words and no number between them in each IntervalStyle',
    steps: [
      'SET IntervalStyle = sql_standard',
      "SELECT '2 year weeks 3 days hours'::interval::text AS v",
      'SET IntervalStyle = iso_8601',
      "SELECT '2 year weeks 3 days hours'::interval::text AS v",
      'SET IntervalStyle = postgres_verbose',
      { sql: 'SELECT $1::interval::text AS v', params: ['1 decade d 4 hours mins ago'] },
    ],
  },
  {
    name: 'interval text with infinity beside fields that do not clash is 22007',
    steps: ["SELECT '1 week infinity'::interval"],
  },
  {
    name: 'interval parameter with -infinity after centuries is 22007',
    steps: [{ sql: 'SELECT $1::interval', params: ['2 centuries -infinity'] }],
  },
  {
    name: 'an interval array element with infinity beside other fields is 22007',
    steps: [`SELECT '{"1 week infinity"}'::interval[]`],
  },
  {
    name: 'interval read from a text column with infinity beside other fields is 22007',
    setup: "CREATE TABLE spans (t text); INSERT INTO spans VALUES ('@ 1 decade +Infinity')",
    steps: ['SELECT t::interval FROM spans'],
  },
  {
    name: 'epoch beside a date, a time and a zone offset reads as the epoch',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT '2024-01-15 10:30 +05 epoch'::timestamp AS a, 'epoch 10:30 +05:30'::timestamptz AS b, '2024-02-28 -infinity'::date AS c",
      { sql: 'SELECT $1::timestamp AS v', params: ['23:59:59.999999 epoch'] },
    ],
  },
  {
    name: 'epoch before a date with two-digit year is 22007',
    steps: ["SELECT 'epoch 99-01-15 10:30 zulu'::timestamptz"],
  },
  {
    name: 'a date with a unit word after it reads past the word',
    steps: ["SELECT '2024-01-15 10:30 s'::timestamp AS a, '2024-01-15 julian'::date AS b"],
  },
  {
    name: 'a time with an hours word before it',
    steps: [{ sql: 'SELECT $1::time AS v', params: ['d29 10:30 EST'] }],
  },
  {
    name: 'jsonb null through the cast functions called by name is 22023',
    setup: `CREATE TABLE flags (body jsonb); INSERT INTO flags VALUES ('{"on": null, "n": null}')`,
    steps: [
      "SELECT bool(body -> 'on') FROM flags",
      "SELECT pg_catalog.float8(body -> 'n') FROM flags",
      { sql: 'SELECT int4($1::jsonb)', params: ['null'] },
    ],
  },
  {
    name: 'the cast functions from jsonb called by name read numbers and booleans',
    steps: [
      "SELECT int4('5'::jsonb) AS i, pg_catalog.numeric('-0'::jsonb) AS n, bool('true'::jsonb) AS b, float4('1.5'::jsonb) AS f",
    ],
  },
  {
    name: 'makeaclitem with a NULL argument is NULL before its privilege list is read',
    steps: [
      "SELECT makeaclitem(10, 10, 'SELECT,UPDATE', NULL) AS a, makeaclitem(NULL, 10, 'bogus', false) AS b",
    ],
  },
  {
    name: 'EXPLAIN of IS NOT NULL on a NOT NULL column shows the Filter',
    setup: 'CREATE TABLE plan_rows (id int PRIMARY KEY, k int NOT NULL)',
    steps: ['EXPLAIN (COSTS OFF) SELECT * FROM plan_rows WHERE k IS NOT NULL'],
  },
  {
    name: 'EXPLAIN of a late contradiction keeps the scan under the One-Time Filter',
    setup: 'CREATE TABLE plan_rows (id int PRIMARY KEY, k int NOT NULL)',
    steps: ['EXPLAIN (COSTS OFF) SELECT * FROM plan_rows WHERE k = 1 AND k = 2'],
  },
  {
    name: 'EXPLAIN of ORs on a primary key shows a BitmapOr',
    setup: 'CREATE TABLE plan_rows (id int PRIMARY KEY)',
    steps: ['EXPLAIN (COSTS OFF) SELECT * FROM plan_rows WHERE id = 1 OR id = 2'],
  },
  {
    name: 'dcbrt, the C name of cbrt, as glibc rounds it',
    steps: ['SELECT dcbrt(1e308::float8) AS v, pg_catalog.dcbrt(27) AS w'],
  },
  {
    name: 'EXPLAIN (SETTINGS) lists only the settings the session changed',
    steps: [
      'EXPLAIN (COSTS OFF, SETTINGS) SELECT 1',
      "SET work_mem = '8MB'",
      'EXPLAIN (COSTS OFF, SETTINGS) SELECT 1',
      'EXPLAIN (COSTS OFF, SETTINGS, FORMAT JSON) SELECT 1',
      'EXPLAIN (COSTS OFF, SETTINGS, FORMAT YAML) SELECT 1',
      'EXPLAIN (COSTS OFF, SETTINGS, FORMAT XML) SELECT 1',
    ],
  },
  {
    name: 'EXPLAIN in XML of a one-table scan',
    setup: 'CREATE TABLE plan_rows (id int PRIMARY KEY, k int NOT NULL)',
    steps: ['EXPLAIN (COSTS OFF, FORMAT XML) SELECT * FROM plan_rows WHERE k > 1'],
  },
  {
    name: 'EXPLAIN in JSON of a window function names no window',
    setup: 'CREATE TABLE plan_rows (id int PRIMARY KEY, k int NOT NULL)',
    steps: ['EXPLAIN (COSTS OFF, VERBOSE, FORMAT JSON) SELECT id, rank() OVER (ORDER BY k) FROM plan_rows'],
  },
  {
    name: 'EXPLAIN of IN (VALUES ...) on a primary key joins a Values Scan',
    setup: 'CREATE TABLE plan_rows (id int PRIMARY KEY)',
    steps: ['EXPLAIN (COSTS OFF) SELECT * FROM plan_rows WHERE id IN (VALUES (1), (2), (3))'],
  },
  {
    name: 'EXPLAIN of date_trunc over a date column groups by its call',
    setup: 'CREATE TABLE plan_days (id int PRIMARY KEY, at date, amount numeric)',
    steps: [
      "EXPLAIN (COSTS OFF) SELECT date_trunc('week', at), sum(amount) FROM plan_days GROUP BY 1 ORDER BY 1",
    ],
  },
  {
    name: 'EXPLAIN of two IS NOT NULL tests, one on a NOT NULL column, filters on both',
    setup: 'CREATE TABLE plan_days (id int PRIMARY KEY, at date, k int NOT NULL)',
    steps: ['EXPLAIN (COSTS OFF) SELECT * FROM plan_days WHERE at IS NOT NULL AND k IS NOT NULL LIMIT 1'],
  },
  {
    name: 'information_schema.routines lists upper and date_trunc as internal functions',
    steps: [
      `SELECT routine_name, routine_body, routine_definition, external_language, is_null_call, is_deterministic
         FROM information_schema.routines
        WHERE specific_schema = 'pg_catalog' AND routine_name IN ('upper', 'date_trunc', 'regexp_replace', 'to_tsvector')
        ORDER BY routine_name, routine_definition`,
    ],
  },
  {
    name: 'pg_get_functiondef of extract and substring quotes their names',
    steps: [
      "SELECT pg_get_functiondef('extract(text,interval)'::regprocedure) AS a, pg_get_functiondef('substring(text,text)'::regprocedure) AS b",
    ],
  },
  {
    name: 'sin and cos keep their descriptions',
    steps: [
      "SELECT obj_description('sin(double precision)'::regprocedure, 'pg_proc') AS s, obj_description('cos(double precision)'::regprocedure) AS c",
    ],
  },
  {
    name: 'pg_read_file with missing_ok names its C function pg_read_file_v2',
    steps: [
      "SELECT prosrc FROM pg_proc WHERE oid = 'pg_read_file(text,bigint,bigint,boolean)'::regprocedure",
    ],
  },
  {
    name: 'information_schema.parameters and routine_privileges of date_trunc and upper',
    steps: [
      `SELECT r.routine_definition, p.ordinal_position, p.parameter_mode, p.data_type
         FROM information_schema.parameters p JOIN information_schema.routines r USING (specific_schema, specific_name)
        WHERE r.specific_schema = 'pg_catalog' AND r.routine_name = 'date_trunc' ORDER BY 1, 2`,
      `SELECT routine_name, grantee, privilege_type, count(*) FROM information_schema.routine_privileges
        WHERE specific_schema = 'pg_catalog' AND routine_name IN ('upper', 'regexp_replace') GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    ],
  },
  {
    name: 'jsonpath parameters with 17 item methods or 16 numbers are 42601',
    steps: [
      { sql: 'SELECT $1::jsonpath', params: ['$.a.integer()'] },
      { sql: "SELECT jsonb_path_exists('[1]', $1)", params: ['$[0x0]'] },
      { sql: "SELECT jsonb_path_query_array('[5, 20]', $1) AS v", params: ['$[*] ? (@ > 10)'] },
    ],
  },
  {
    name: 'an int4[] parameter that is no array literal is a malformed array literal',
    steps: [{ sql: 'SELECT $1::int4[]', params: ['0x1'] }],
  },
  {
    name: 'age of one timestamp is a strict SQL-standard function as 15 defines it',
    steps: [
      "SELECT oid::regprocedure::text AS f, prosrc, proisstrict, procost FROM pg_proc WHERE proname = 'age' ORDER BY 1",
      "SELECT pg_get_functiondef('age(timestamp)'::regprocedure) AS d",
      "SELECT routine_definition, is_null_call FROM information_schema.routines WHERE routine_name = 'age' ORDER BY 1, 2",
    ],
  },
  {
    name: 'interval text with infinity and a field out of range to its right is 22015',
    steps: [
      "SELECT '-infinity 26:83'::interval",
      { sql: 'SELECT $1::interval', params: ['infinity 26:83'] },
      { sql: 'SELECT $1::interval', params: ['26:83 infinity'] },
    ],
  },
  {
    name: 'interval text with infinity after a time field and one out of range before it is 22007',
    steps: ["SELECT '14:95 1. secs +infinity 1.5 m'::interval"],
  },
  {
    name: 'age of -infinity is 22008 with no context',
    steps: ["SELECT age('-infinity'::timestamp)"],
  },
]);
