import { defineGroup } from '../sql-case.js';

const EVENTS = `
  CREATE TABLE events (id int PRIMARY KEY, at timestamptz NOT NULL, local_at timestamp NOT NULL, amount numeric(10, 3));
  INSERT INTO events VALUES
    (1, '2024-03-15 13:45:30.25+00', '2024-03-15 13:45:30.25', 1234.5),
    (2, '2023-12-31 23:59:59+00', '2023-12-31 23:59:59', -0.125);`;

/** Deterministic built-in functions a repository reaches for: conditionals, dates, strings, numbers, hashing, ids. */
export const functionCases = defineGroup('functions', [
  {
    name: 'coalesce, greatest and least ignore NULLs',
    steps: [
      'SELECT coalesce(NULL, NULL, 3) AS c, greatest(1, NULL, 5) AS g, least(NULL, 4, 2) AS l, greatest(NULL::int, NULL) AS none',
    ],
  },
  {
    name: 'date_trunc on timestamptz and timestamp',
    setup: EVENTS,
    steps: [
      "SELECT id, date_trunc('month', at) AS m, date_trunc('hour', local_at) AS h, date_trunc('week', local_at) AS w FROM events ORDER BY id",
    ],
  },
  {
    name: 'extract fields are numeric and epoch keeps fractions',
    setup: EVENTS,
    steps: [
      'SELECT extract(year FROM at) AS y, extract(dow FROM at) AS dow, extract(doy FROM at) AS doy, extract(epoch FROM at) AS epoch FROM events WHERE id = 1',
    ],
  },
  {
    name: 'date_part returns double precision',
    setup: EVENTS,
    steps: ["SELECT date_part('month', local_at) AS m, date_part('epoch', at) AS e FROM events WHERE id = 1"],
  },
  {
    name: 'to_char formats timestamps',
    setup: EVENTS,
    steps: [
      "SELECT to_char(local_at, 'YYYY-MM-DD HH24:MI:SS') AS a, to_char(local_at, 'Dy DD Mon YYYY, HH12:MI AM') AS b FROM events ORDER BY id",
    ],
  },
  {
    name: 'to_char formats numbers',
    setup: EVENTS,
    steps: [
      "SELECT to_char(amount, 'FM999,999.00') AS a, to_char(amount, '0000.0') AS b FROM events ORDER BY id",
    ],
  },
  {
    name: 'to_date and to_timestamp parse with a format',
    steps: [
      "SELECT to_date('15/03/2024', 'DD/MM/YYYY') AS d, to_timestamp('2024-03-15 13:45', 'YYYY-MM-DD HH24:MI') AS ts, to_timestamp(0) AS epoch",
    ],
  },
  {
    name: 'age between two timestamps',
    steps: ["SELECT age('2024-03-01'::timestamp, '2023-01-15'::timestamp)::text AS a"],
  },
  {
    name: 'make_date, make_interval and date_bin',
    steps: [
      "SELECT make_date(2024, 2, 29) AS d, make_interval(days => 3, hours => 2)::text AS i, date_bin('15 minutes', '2024-01-01 10:38'::timestamp, '2024-01-01') AS bin",
    ],
  },
  {
    name: 'now() cast to date equals current_date',
    steps: [
      'SELECT now()::date = current_date AS same, pg_typeof(current_date)::text AS t, pg_typeof(localtimestamp)::text AS lt',
    ],
  },
  {
    name: 'AT TIME ZONE converts between timestamp kinds',
    steps: [
      "SELECT ('2024-06-01 12:00+00'::timestamptz AT TIME ZONE 'Europe/Paris') AS paris, ('2024-06-01 12:00'::timestamp AT TIME ZONE 'UTC') AS utc",
    ],
  },
  {
    name: 'length, char_length and octet_length',
    steps: [
      "SELECT length('abc') AS l, char_length('abc') AS c, octet_length('abc') AS o, bit_length('abc') AS b",
    ],
  },
  {
    name: 'substring, position, strpos and split_part',
    steps: [
      "SELECT substring('hello world' from 7) AS a, substr('hello', 2, 3) AS b, position('lo' in 'hello') AS c, strpos('hello', 'z') AS d, split_part('a-b-c', '-', 2) AS e",
    ],
  },
  {
    name: 'replace, translate, trim variants and repeat',
    steps: [
      "SELECT replace('a-b-a', 'a', 'x') AS r, translate('abc', 'ab', 'AB') AS t, trim('  x  ') AS t1, ltrim('xxy', 'x') AS t2, btrim('-x-', '-') AS t3, repeat('ab', 3) AS rep",
    ],
  },
  {
    name: 'left and right with negative counts, reverse',
    steps: ["SELECT left('abcdef', -2) AS l, right('abcdef', -2) AS r, reverse('abc') AS rev"],
  },
  {
    name: 'regexp_replace with flags, regexp_match and regexp_split_to_array',
    steps: [
      "SELECT regexp_replace('a1b22c', '[0-9]+', '#', 'g') AS r, regexp_match('order-42', '(\\w+)-(\\d+)') AS m, regexp_split_to_array('a, b,c', ',\\s*') AS parts",
    ],
  },
  {
    name: 'concat, concat_ws and the || operator with NULL',
    steps: ["SELECT concat('a', NULL, 'b') AS c, concat_ws('-', 'a', NULL, 'b') AS w, 'a' || NULL AS op"],
  },
  {
    name: 'format with %s, %I and %L',
    steps: [
      "SELECT format('%s has %s', 'ada', 3) AS a, format('SELECT %I FROM %I WHERE x = %L', 'Col', 'my table', 'it''s') AS b",
    ],
  },
  {
    name: 'quote_ident and quote_literal',
    steps: [
      "SELECT quote_ident('users') AS a, quote_ident('Users') AS b, quote_literal('it''s') AS c, quote_nullable(NULL) AS d",
    ],
  },
  {
    name: 'md5 and sha256 digests',
    steps: ["SELECT md5('abc') AS m, encode(sha256('abc'::bytea), 'hex') AS s"],
  },
  {
    name: 'gen_random_uuid gives a version 4 uuid',
    steps: [
      'SELECT length(u::text) AS len, substr(u::text, 15, 1) AS version, pg_typeof(u)::text AS t FROM (SELECT gen_random_uuid() AS u) x',
    ],
  },
  {
    name: 'gen_random_uuid as a column default',
    setup: 'CREATE TABLE t (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), n int);',
    steps: ['INSERT INTO t (n) VALUES (1), (2)', 'SELECT count(DISTINCT id) AS ids FROM t'],
  },
  {
    name: 'abs, ceil, floor, trunc and round with digits',
    steps: [
      'SELECT abs(-2.5) AS a, ceil(1.2) AS c, floor(-1.2) AS f, trunc(1.789, 2) AS t, round(1.005, 2) AS r, sign(-3) AS s',
    ],
  },
  {
    name: 'power and sqrt on integers give double precision, on numeric give numeric',
    steps: ['SELECT power(2, 10) AS p, sqrt(16) AS s, power(2.0, 3) AS pn, 2 ^ 3 AS caret'],
  },
  {
    name: 'mod, div and integer division',
    steps: ['SELECT mod(-7, 3) AS m, div(7, 2) AS d, 7.5 / 2 AS q'],
  },
  {
    name: 'pg_typeof reports types as regtype text',
    steps: [
      "SELECT pg_typeof(1)::text AS a, pg_typeof(1.5)::text AS b, pg_typeof('x')::text AS c, pg_typeof(now())::text AS d, pg_typeof(1::bigint + 1)::text AS e",
    ],
  },
  {
    name: 'starts_with and the ^@ operator',
    steps: ["SELECT starts_with('alphabet', 'alph') AS a, 'alphabet' ^@ 'bet' AS b"],
  },
  {
    name: 'to_char of an interval',
    steps: ["SELECT to_char(interval '26 hours 5 minutes', 'HH24:MI') AS a"],
  },
  {
    name: 'current_setting reads a server setting',
    steps: [
      "SELECT current_setting('DateStyle') AS ds, current_setting('standard_conforming_strings') AS scs",
    ],
  },
  {
    name: 'coalesce unifies argument types',
    steps: [
      'SELECT coalesce(NULL, 1) AS a, coalesce(NULL, 1.5, 2) AS b, pg_typeof(coalesce(NULL, 1, 2.5))::text AS t',
    ],
  },
  {
    name: 'nullif and coalesce turn empty strings into defaults',
    steps: [{ sql: "SELECT coalesce(nullif($1, ''), 'anonymous') AS name", params: [''] }],
  },
  {
    name: 'a CASE without ELSE gives NULL',
    steps: ["SELECT CASE WHEN false THEN 'x' END AS c"],
  },
  {
    name: 'width_bucket sorts values into buckets',
    steps: ['SELECT width_bucket(5.35, 0.024, 10.06, 5) AS b, width_bucket(-1, 0, 10, 5) AS under'],
  },
  {
    name: 'string_agg and array_agg over DISTINCT values',
    steps: ["SELECT string_agg(DISTINCT v, ',' ORDER BY v) AS s FROM (VALUES ('b'), ('a'), ('b')) AS t(v)"],
  },
  {
    name: 'justify_interval and interval comparison',
    steps: [
      "SELECT justify_interval(interval '35 days 25 hours')::text AS j, interval '1 day' = interval '24 hours' AS eq",
    ],
  },
  {
    name: 'lower and upper in a case-insensitive lookup',
    setup: "CREATE TABLE users (email text); INSERT INTO users VALUES ('Ada@Example.com');",
    steps: [{ sql: 'SELECT email FROM users WHERE lower(email) = lower($1)', params: ['ADA@example.COM'] }],
  },
  {
    name: 'extract epoch from an interval',
    steps: ["SELECT extract(epoch FROM interval '1 hour 30 minutes') AS s"],
  },
  {
    name: 'num_nonnulls and num_nulls count arguments',
    steps: ['SELECT num_nonnulls(1, NULL, 2) AS n, num_nulls(1, NULL, NULL) AS z'],
  },
  {
    name: '|| between text and an integer, a uuid or an untyped literal makes text',
    steps: [
      "SELECT 'a' || 1 AS a, 1 || 'b' AS b, 'id:' || 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS c",
      { sql: "SELECT $1 || '-' || $2 AS d", params: ['x', 'y'] },
    ],
  },
  {
    name: '|| between text and a numeric, a date or a boolean makes text',
    steps: ["SELECT 'n=' || 1.50 AS a, 'd=' || '2024-01-02'::date AS b, 'b=' || true AS c"],
  },
  {
    name: 'any_value does not exist',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: ['SELECT any_value(name) FROM items'],
  },
  {
    name: 'random with bounds and random_normal do not exist',
    steps: ['SELECT random(1, 10)', 'SELECT random_normal()'],
  },
  {
    name: 'array_sample, array_shuffle, to_bin, to_oct do not exist',
    steps: [
      'SELECT array_shuffle(ARRAY[1, 2])',
      'SELECT array_sample(ARRAY[1, 2], 1)',
      'SELECT to_bin(5)',
      'SELECT to_oct(8)',
    ],
  },
  {
    name: 'date_add, date_subtract and a zoned generate_series do not exist',
    steps: [
      "SELECT date_add(now(), interval '1 day')",
      "SELECT * FROM generate_series(now(), now(), interval '1 day', 'UTC')",
    ],
  },
  {
    name: 'pg_input_is_valid and uuid_extract_timestamp do not exist',
    steps: ["SELECT pg_input_is_valid('1', 'int4')", 'SELECT uuid_extract_timestamp(gen_random_uuid())'],
  },
  {
    name: 'system_user is a column reference',
    steps: ['SELECT system_user'],
  },
  {
    name: 'a user function named like a 16+ built-in is the one called',
    setup: "CREATE FUNCTION to_bin(int) RETURNS text LANGUAGE sql AS 'SELECT $1::text'",
    steps: ['SELECT to_bin(5) AS v'],
  },
  {
    name: 'a SQL function whose body has a hexadecimal literal fails to be created',
    steps: ["CREATE FUNCTION lit() RETURNS int LANGUAGE sql AS 'SELECT 0x10'"],
  },
  {
    name: 'COALESCE keeps the first text type and CASE resolves its ELSE first',
    setup:
      "CREATE TABLE m (v varchar(2), x text); INSERT INTO m VALUES (NULL, 'long text'), ('ab', 'longer')",
    steps: [
      'SELECT coalesce(v, x) AS a, coalesce(x, v) AS b, CASE WHEN v IS NULL THEN v ELSE x END AS c FROM m ORDER BY x',
      "SELECT coalesce(min(v), 'zzzzzzz') AS a FROM m WHERE x = 'none'",
    ],
  },
  {
    name: 'NULLIF returns its first argument as the = operator took it: NULLIF(2, 1.5) is numeric',
    steps: ["SELECT nullif(2, 1.5) AS a, nullif(1, 2::bigint) AS b, nullif('ab'::varchar(2), 'x') AS c"],
  },
  {
    name: 'the planner drops CASE arms and COALESCE arguments after a constant, errors included',
    steps: [
      'SELECT CASE WHEN 1 = 1 THEN 1 ELSE 1/0 END AS a, coalesce(1, 1/0) AS b, false AND 1/0 = 1 AS c',
      'SELECT 1/0 = 1 AND false AS d',
    ],
  },
  {
    name: 'nextval() reads its argument as a regclass: case folded, quotes kept, public. allowed',
    setup: 'CREATE SEQUENCE sq; CREATE TABLE "Foo" (id serial, v int)',
    steps: [
      "SELECT nextval('SQ'), nextval('public.sq')",
      'INSERT INTO "Foo" (v) VALUES (1) RETURNING id',
      'SELECT currval(\'"Foo_id_seq"\')',
    ],
  },
  {
    name: 'currval() is per connection: another connection has not called nextval()',
    setup: 'CREATE SEQUENCE sq',
    steps: [
      "SELECT nextval('sq')",
      {
        sql: "SELECT currval('sq')",
        client: 'second',
      },
    ],
  },
  {
    name: 'pg_backend_pid() is per connection: another connection reads a different process id',
    setup: 'CREATE TABLE pids (pid int)',
    steps: [
      'INSERT INTO pids SELECT pg_backend_pid()',
      { sql: 'SELECT count(*) AS same FROM pids WHERE pid = pg_backend_pid()', client: 'second' },
      'SELECT count(*) AS same FROM pids WHERE pid = pg_backend_pid()',
    ],
  },
  {
    name: 'length(bytea, encoding) counts the characters the bytes encode',
    steps: ["SELECT length('jose'::bytea, 'UTF8') AS a"],
  },
  {
    name: 'float8 multiplication and division raise on an underflow, and an overflow raises inside WHERE',
    steps: [
      "SELECT '1e-300'::float8 * '1e-300'::float8",
      "SELECT '1e-300'::float8 / '1e300'::float8",
      "SELECT 1 AS x WHERE '1e308'::float8 * 10 > 0",
    ],
  },
  {
    name: 'numeric division rounds as div_var does: 0.3 / 0.1 is 3, 1.0 / 3 * 3 is not 1',
    steps: ['SELECT 0.3 / 0.1 = 3 AS a, 0.7 / 0.1 = 7 AS b', 'SELECT 1.0 / 3 * 3 = 1 AS c'],
  },
  {
    name: 'a quotient of constants prints with at least 16 significant digits',
    steps: ['SELECT 5.0 / 2 AS a, 7 / 2.0 AS b, 10000 / 2.5 AS c, -7.5 / 2 AS d'],
  },
  {
    name: 'a numeric product keeps every digit at its scale',
    steps: ['SELECT 99999.999 * 99999.999 AS a'],
  },
  {
    name: 'COALESCE stops at the first argument that is not NULL, row by row',
    setup: 'CREATE TABLE n (id int PRIMARY KEY, i int); INSERT INTO n VALUES (1, 7), (2, NULL)',
    steps: [
      'SELECT coalesce(i, i / 0) AS a FROM n WHERE id = 1',
      'SELECT coalesce(i, i / 0) AS a FROM n WHERE id = 2',
    ],
  },
  {
    name: 'nextval() in WHERE is called for each row the condition tests',
    setup: "CREATE SEQUENCE s; CREATE TABLE r (v text); INSERT INTO r VALUES ('a'), ('b'), ('c')",
    steps: ["SELECT v FROM r WHERE nextval('s') > 1 ORDER BY v", "SELECT currval('s')"],
  },
  {
    name: 'a typed NULL takes part in COALESCE and CASE type resolution',
    steps: [
      'SELECT coalesce(NULL::int, NULL::bigint, 5) AS a, coalesce(NULL::numeric, 1) AS b',
      'SELECT CASE WHEN false THEN NULL::bigint ELSE 1 END AS c, pg_typeof(coalesce(NULL::int, NULL::bigint, 5))::text AS t',
    ],
  },
  {
    name: 'a cube root: cbrt and ||/ (exact ones only: a last digit is up to the C library)',
    // cbrt(27) is 3.0000000000000004 with glibc and 3 with other C libraries: not a fixed answer.
    steps: ['SELECT cbrt(64.0::float8) AS c', 'SELECT ||/ 8 AS c', 'SELECT cbrt(64.0) AS c'],
  },
  {
    name: 'numeric power with an integral exponent has scale max(16, the base scale)',
    steps: [
      'SELECT power(9.0, 3) AS p',
      'SELECT 2.0 ^ 10 AS p',
      'SELECT power(10.0, -2) AS p',
      'SELECT 2.0 ^ 0.5 AS p',
    ],
  },
  { name: 'pg_size_bytes refuses the unit B as PostgreSQL 15 does', steps: ["SELECT pg_size_bytes('1 B')"] },
  {
    name: 'extract(week from interval) and date_part(week, interval) are 0A000',
    steps: [
      "SELECT extract(week FROM interval '10 days')",
      "SELECT date_part('weeks', interval '10 days')",
      "SELECT extract(day FROM interval '10 days') AS d, pg_typeof(extract(day FROM interval '1 day'))::text AS t",
    ],
  },
  {
    name: 'an interval times an infinite or NaN factor is 22008 interval out of range',
    steps: [
      "SELECT interval '1 day' * 'infinity'::float8",
      "SELECT 'NaN'::float8 * interval '1 hour'",
      "SELECT interval '1 hour' * 2.5 AS v",
    ],
  },
  {
    name: 'to_number with V gives 16 decimals, and RN is not supported for input (0A000)',
    steps: [
      "SELECT to_number('1234', '99V99') AS n, to_number('12', '9V9') AS m",
      "SELECT to_number('MCMXC', 'RN')",
    ],
  },
  {
    name: 'has_table_privilege does not know MAINTAIN (22023); makeaclitem takes one privilege',
    setup: 'CREATE TABLE t (a int);',
    steps: [
      "SELECT has_table_privilege('t', 'MAINTAIN')",
      "SELECT has_table_privilege('t', 'SELECT, INSERT') AS p",
      "SELECT makeaclitem(10, 10, 'SELECT,UPDATE', false)",
    ],
  },
  {
    name: 'age() of an infinite timestamp wraps around in 15',
    steps: ["SELECT age(timestamp 'infinity', timestamp '2024-01-01')"],
  },
  {
    name: 'avg is numeric_div(sum, count): rounded, compared, and NULL over no rows',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT round(avg(balance), 2) AS b, round(avg(org_id), 3) AS o, avg(id) = 3 AS mid FROM accounts',
      'SELECT org_id FROM accounts GROUP BY org_id HAVING avg(balance) > 5 ORDER BY org_id',
      'SELECT round(avg(balance), 2) AS none FROM accounts WHERE false',
    ],
  },
  {
    name: 'string_agg with ORDER BY skips NULL values and their delimiters; a NULL delimiter joins without one',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      "SELECT string_agg(name, ', ' ORDER BY name) AS names, string_agg(name, NULL ORDER BY id DESC) AS glued FROM accounts",
      "SELECT string_agg(email, ',' ORDER BY id) AS none FROM accounts WHERE id > 100",
    ],
  },
  {
    name: 'select nextval group',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE r (k text, w int); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1); INSERT INTO r VALUES ('c', 30), ('a', 10), ('b', 20);",
    steps: ["SELECT nextval('q') AS n, k FROM s GROUP BY k"],
  },
  {
    name: 'select nextval join',
    setup:
      "CREATE TABLE s (k text, v int); CREATE TABLE r (k text, w int); CREATE TABLE tot (id serial, k text, v bigint); CREATE SEQUENCE q; INSERT INTO s VALUES ('b', 1), ('a', 2), ('c', 3), ('a', 1); INSERT INTO r VALUES ('c', 30), ('a', 10), ('b', 20);",
    steps: ["SELECT nextval('q') AS n, s.k FROM s JOIN r ON r.k = s.k"],
  },
  {
    name: "q: SELECT id, trim(note), ltrim(name, 'a'), rtrim(name, 'e'), left(name, 3), right(name, 3), lpad(name, 7, '.'), split_part(name, ' ', 2) FROM p ORDER BY id",
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, name text, price numeric(10,2), qty int, active boolean, tags text[], created timestamptz, note varchar(20)); INSERT INTO p VALUES (1, 'apple', 1.50, 10, true, '{a,b}', '2024-01-01 10:00+00', 'x'), (2, 'Banana', 0.25, 0, false, '{}', '2024-02-01 00:00+00', NULL), (3, 'cherry', 10.00, NULL, NULL, NULL, NULL, ''), (4, 'apple pie', 3.33, 3, true, '{b}', '2023-12-31 23:59:59+00', 'Zed'), (5, '_under', 0.00, -2, false, '{c}', '2024-01-01 10:00+00', 'a b');",
    steps: [
      "SELECT id, trim(note), ltrim(name, 'a'), rtrim(name, 'e'), left(name, 3), right(name, 3), lpad(name, 7, '.'), split_part(name, ' ', 2) FROM p ORDER BY id",
    ],
  },
  {
    name: "trunc: SELECT id, date_trunc('week', at), date_trunc('week', atz), date_trunc('week', d) FROM ev ORDER BY id",
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: [
      "SELECT id, date_trunc('week', at), date_trunc('week', atz), date_trunc('week', d) FROM ev ORDER BY id",
    ],
  },
  {
    name: "trunc: SELECT id, date_trunc('century', at), date_trunc('century', atz), date_trunc('century', d) FROM ev ORDER BY id",
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: [
      "SELECT id, date_trunc('century', at), date_trunc('century', atz), date_trunc('century', d) FROM ev ORDER BY id",
    ],
  },
  {
    name: 'extract: SELECT id, extract(second FROM at), extract(second FROM atz) FROM ev ORDER BY id',
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: ['SELECT id, extract(second FROM at), extract(second FROM atz) FROM ev ORDER BY id'],
  },
  {
    name: 'extract: SELECT id, extract(isoyear FROM at), extract(isoyear FROM atz) FROM ev ORDER BY id',
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: ['SELECT id, extract(isoyear FROM at), extract(isoyear FROM atz) FROM ev ORDER BY id'],
  },
  {
    name: 'extract date: SELECT id, extract(epoch FROM d) FROM ev ORDER BY id',
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: ['SELECT id, extract(epoch FROM d) FROM ev ORDER BY id'],
  },
  {
    name: "date_part: SELECT id, date_part('dow', at), date_part('dow', atz), date_part('dow', d) FROM ev ORDER BY id",
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: [
      "SELECT id, date_part('dow', at), date_part('dow', atz), date_part('dow', d) FROM ev ORDER BY id",
    ],
  },
  {
    name: 'dt misc: SELECT extract(hour FROM d) FROM ev',
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: ['SELECT extract(hour FROM d) FROM ev'],
  },
  {
    name: "dt misc: SELECT date_trunc('day', at) AS day, count(*) FROM ev GROUP BY 1 ORDER BY 1",
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: ["SELECT date_trunc('day', at) AS day, count(*) FROM ev GROUP BY 1 ORDER BY 1"],
  },
  {
    name: "dt misc: SELECT extract(week FROM date '2021-01-01'), extract(isoyear FROM date '2021-01-01'), extract(week FROM date '2020-12-31'), extract(week FROM date '2026-12-31')",
    setup:
      "CREATE TABLE ev (id int, at timestamp, atz timestamptz, d date); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40.123', '2001-02-16 20:38:40.5+00', '2001-02-16'), (2, '2020-12-31 23:59:59', '2020-12-31 23:59:59+00', '2020-01-05'), (3, '2021-01-03 00:00:00', '2021-01-04 12:00:00-05', '2021-01-03'), (4, '2000-01-01 00:00:00', '1999-12-31 23:00:00-03', '2008-12-29'), (5, NULL, NULL, NULL), (6, '0100-06-15 10:00', '1970-01-01 00:00+00', '2024-02-29');",
    steps: [
      "SELECT extract(week FROM date '2021-01-01'), extract(isoyear FROM date '2021-01-01'), extract(week FROM date '2020-12-31'), extract(week FROM date '2026-12-31')",
    ],
  },
  {
    name: "app: SELECT date_trunc('month', placed)::date AS month, sum(total) FROM o WHERE placed IS NOT NULL GROUP BY 1 ORDER BY 1",
    setup:
      "CREATE TABLE o (id serial PRIMARY KEY, customer text NOT NULL, total numeric(10,2) NOT NULL DEFAULT 0, status text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'paid', 'void')), placed date, meta jsonb NOT NULL DEFAULT '{}', UNIQUE (customer, placed)); INSERT INTO o (customer, total, status, placed, meta) VALUES ('ann', 10.50, 'paid', '2024-01-05', '{\"src\": \"web\"}'), ('bob', 3.00, 'new', '2024-01-06', '{}'), ('ann', 7.25, 'void', '2024-02-01', '{\"src\": \"app\", \"n\": 2}'), ('cy', 0, 'new', NULL, '{}');",
    steps: [
      "SELECT date_trunc('month', placed)::date AS month, sum(total) FROM o WHERE placed IS NOT NULL GROUP BY 1 ORDER BY 1",
    ],
  },
  {
    name: 'upper, lower and initcap map as glibc C.UTF-8: ß, circled letters, Unicode 14 letters',
    steps: [
      "SELECT upper('straße') AS u, lower('ⒶⒷ') AS l, initcap('ⓐbc ßx') AS i, upper('ꟁ𐖗') AS n, lower('Ⱟ') AS g",
    ],
  },
  {
    name: 'initcap after a character glibc and musl class differently',
    steps: ["SELECT initcap('ªb ɐb ꟑa') AS i"],
  },
  {
    name: 'upper and lower under the C and ucs_basic collations map ASCII alone',
    steps: [
      "SELECT upper('ⓐß' COLLATE \"C\") AS c, lower('Ⓐ' COLLATE ucs_basic) AS b, upper('é' COLLATE \"C\") AS e",
    ],
  },
  {
    name: 'upper and lower of a parameter',
    steps: [
      {
        sql: 'SELECT upper($1) AS u, lower($1) AS l, initcap($1) AS i',
        params: ['ßⓐⒶ ꟑa ªb'],
      },
    ],
  },
  {
    name: 'ILIKE lowers both sides as glibc does',
    steps: ["SELECT 'ⓐ' ILIKE 'Ⓐ' AS a, 'ß' ILIKE 'ẞ' AS b, 'Ⓐbc' ILIKE 'ⓐ%' AS c, 'Ⓐx' NOT ILIKE 'ⓐ%' AS d"],
  },
  {
    name: 'ILIKE on varchar, char(n) and name',
    setup: 'CREATE TABLE w (c char(3), n name)',
    steps: [
      "INSERT INTO w VALUES ('ⓑ', 'ⓒ')",
      "SELECT 'ⓐ'::varchar ILIKE 'Ⓐ'::varchar AS v, c ILIKE 'Ⓑ' AS c, c ILIKE 'Ⓑ  ' AS p, n ILIKE 'Ⓒ' AS n FROM w",
    ],
  },
  {
    name: 'ILIKE over table rows with circled letters and ß',
    setup: 'CREATE TABLE n (s text)',
    steps: [
      "INSERT INTO n VALUES ('Ⓐlpha'), ('alpha'), ('STRASSE'), ('Straße')",
      "SELECT s FROM n WHERE s ILIKE 'ⓐ%' OR s ILIKE 'straße' ORDER BY s",
    ],
  },
  {
    name: 'GROUP BY upper() of letters musl maps otherwise',
    setup: 'CREATE TABLE n (s text)',
    steps: [
      "INSERT INTO n VALUES ('ⓐ'), ('Ⓐ'), ('ß'), ('ẞ')",
      'SELECT upper(s), count(*) FROM n GROUP BY 1 ORDER BY 1',
    ],
  },
  {
    name: 'a unique index on lower() rejects circled letters differing in case',
    setup: 'CREATE TABLE u (e text); CREATE UNIQUE INDEX ON u (lower(e))',
    steps: ["INSERT INTO u VALUES ('ⓐ@x')", "INSERT INTO u VALUES ('Ⓐ@x')"],
  },
  {
    name: 'a generated column over upper()',
    steps: [
      'CREATE TABLE g (s text, u text GENERATED ALWAYS AS (upper(s)) STORED)',
      "INSERT INTO g (s) VALUES ('straße'), ('ⓐ')",
      'SELECT u FROM g ORDER BY u',
    ],
  },
  {
    name: 'a trigger raising case with upper()',
    setup:
      'CREATE TABLE a (u text); CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.u := upper(NEW.u); RETURN NEW; END $$; CREATE TRIGGER t BEFORE INSERT ON a FOR EACH ROW EXECUTE FUNCTION trg()',
    steps: ["INSERT INTO a VALUES ('ßⓐ') RETURNING u"],
  },
  {
    name: 'a case-insensitive regex with a circled letter in the pattern',
    steps: ["SELECT 'ⓐ' ~* 'Ⓐ' AS a"],
  },
  {
    name: 'a case-insensitive regex with ß in the pattern',
    steps: ["SELECT 'ẞ' ~* 'ß' AS b"],
  },
  {
    name: 'a case-insensitive range over Latin-1 letters',
    steps: ["SELECT 'ẞ' ~* '[À-ÿ]' AS r"],
  },
  {
    name: '[[:upper:]] on a circled capital',
    steps: ["SELECT 'Ⓐ' ~ '[[:upper:]]' AS v"],
  },
  {
    name: '[[:lower:]] on the feminine ordinal',
    steps: ["SELECT 'ª' ~ '[[:lower:]]' AS v"],
  },
  {
    name: '\\s on NEXT LINE (U+0085)',
    steps: ["SELECT ('x' || chr(133) || 'y') ~ '\\s' AS v"],
  },
  {
    name: 'regexp_replace of [[:upper:]] over a circled letter',
    steps: ["SELECT regexp_replace('Hello Ⓦorld', '[[:upper:]]', '_', 'g') AS v"],
  },
  {
    name: 'a case-insensitive regex as a parameter',
    steps: [
      {
        sql: 'SELECT $1 ~* $2 AS m',
        params: ['Ⓐbc', 'ⓐ'],
      },
    ],
  },
  {
    name: 'regexes over accented Latin and Cyrillic are answered',
    steps: [
      "SELECT 'café' ~ '^[[:alpha:]]+$' AS a, regexp_replace('naïve', '\\w', '_', 'g') AS b, 'Привет' ~* 'привет' AS c, 'x' ~* '[а-я]' AS d",
    ],
  },
  {
    name: 'to_tsvector lowers a circled letter as glibc',
    steps: ["SELECT to_tsvector('simple', 'Ⓐbc ÉLAN straße')"],
  },
  {
    name: 'to_tsvector over accented Latin',
    steps: ["SELECT to_tsvector('english', 'Élan running CAFÉ')"],
  },
  {
    name: 'jsonpath like_regex case-insensitive over a circled letter',
    steps: ['SELECT jsonb_path_query(\'"Ⓐbc"\', \'$ like_regex "ⓐ" flag "i"\')'],
  },
  {
    name: 'jsonpath like_regex [[:lower:]] through the @? operator',
    steps: ['SELECT \'{"a":"ª"}\'::jsonb @? \'$.a ? (@ like_regex "[[:lower:]]")\''],
  },
  {
    name: 'jsonpath like_regex over ASCII and accented text, with named arguments',
    steps: [
      'SELECT jsonb_path_query(\'"ABC"\', \'$ like_regex "abc" flag "i"\'), jsonb_path_exists(\'{"a":"é"}\', \'$.a ? (@ like_regex "^é")\', silent => true)',
    ],
  },
  {
    name: 'oid literals with leading zeros read as decimal',
    steps: ["SELECT '012'::oid AS a, oid '010' AS b, '08'::oid AS c"],
  },
  {
    name: 'oid[] and oidvector literals with leading zeros',
    steps: ["SELECT '{012,013}'::oid[] AS a, '012 013'::oidvector AS b"],
  },
  {
    name: 'an oid parameter with leading zeros',
    steps: [
      {
        sql: 'SELECT $1::oid AS o, $2::oid[] AS a',
        params: ['012', '{012,7}'],
      },
    ],
  },
  {
    name: 'an oid column given a leading-zero literal',
    setup: 'CREATE TABLE t (o oid)',
    steps: ["INSERT INTO t VALUES ('012')", 'SELECT o FROM t'],
  },
  {
    name: 'text cast to oid with leading zeros',
    steps: ["SELECT x::oid FROM (VALUES ('012'), ('9')) t(x) ORDER BY 1"],
  },
  {
    name: "'epoch 01:01:01' as timestamp, timestamptz and date",
    steps: [
      "SELECT 'epoch 01:01:01'::timestamp AS a, 'epoch 01:01:01'::timestamptz AS b, 'infinity 01:01'::date AS c, '01:01:01 -infinity'::timestamp AS d",
    ],
  },
  {
    name: "'epoch 01:01:01' as a timestamp parameter",
    steps: [
      {
        sql: 'SELECT $1::timestamp AS t',
        params: ['epoch 01:01:01'],
      },
    ],
  },
  {
    name: "'epoch 01:01:01' into a timestamptz column",
    setup: 'CREATE TABLE t (d timestamptz)',
    steps: ["INSERT INTO t VALUES ('epoch 01:01:01')", 'SELECT d FROM t'],
  },
  {
    name: 'IST under TimeZone Asia/Kolkata is Israel time on 15',
    steps: ["SET TimeZone = 'Asia/Kolkata'", "SELECT '2020-01-01 10:00 IST'::timestamptz::text AS t"],
  },
  {
    name: 'CST under TimeZone Asia/Shanghai is US Central on 15',
    steps: ["SET TimeZone = 'Asia/Shanghai'", "SELECT '2020-01-01 10:00 CST'::timestamptz::text AS t"],
  },
  {
    name: 'an abbreviation in a timestamptz parameter under the session zone using it',
    steps: [
      "SET TimeZone = 'Asia/Kolkata'",
      {
        sql: 'SELECT $1::timestamptz::text AS t',
        params: ['2020-01-01 10:00 IST'],
      },
    ],
  },
  {
    name: 'an abbreviation into a timestamptz column under the session zone using it',
    setup: 'CREATE TABLE z (t timestamptz)',
    steps: [
      "SET TimeZone = 'Asia/Kolkata'",
      "INSERT INTO z VALUES ('2020-01-01 10:00 IST')",
      'SELECT t::text FROM z',
    ],
  },
  {
    name: 'IST under UTC',
    steps: ["SELECT '2020-01-01 10:00 IST'::timestamptz::text AS t"],
  },
  {
    name: 'make_interval months past int32 wrap around',
    steps: ['SELECT make_interval(years => 178956970, months => 8) AS a'],
  },
  {
    name: 'make_interval days past int32 wrap around',
    steps: ['SELECT make_interval(days => 2147483647, weeks => 1) AS a'],
  },
  {
    name: 'make_interval seconds past int64',
    steps: ['SELECT make_interval(secs => 1e18) AS a'],
  },
  {
    name: 'make_interval of NaN seconds',
    steps: ["SELECT make_interval(secs => 'nan')"],
  },
  {
    name: 'default_toast_compression lz4',
    steps: ['SET default_toast_compression = lz4'],
  },
  {
    name: 'a table turned into a view by an ON SELECT rule',
    steps: ['CREATE TABLE v (a int)', 'CREATE RULE "_RETURN" AS ON SELECT TO v DO INSTEAD SELECT 1 AS a'],
  },
  {
    name: 'CREATE EXTENSION pgcrypto',
    steps: ['CREATE EXTENSION IF NOT EXISTS pgcrypto'],
  },
  {
    name: 'pg_proc shows upper(text) as the internal, strict built-in',
    steps: [
      "SELECT proname, provolatile, proisstrict, prolang, prosrc FROM pg_proc WHERE oid = 'upper(text)'::regprocedure",
      "SELECT count(*) FROM pg_proc WHERE proname LIKE 'pglite%'",
    ],
  },
  {
    name: 'the description of upper(text)',
    steps: ["SELECT description FROM pg_description WHERE objoid = 'upper(text)'::regprocedure"],
  },
  {
    name: 'numeric power with an integral exponent keeps 15 scale',
    steps: ['SELECT power(9.0, 3) AS a, 10::numeric ^ -3 AS b'],
  },
  {
    name: 'integers in hex or with underscores are refused',
    steps: ["SELECT '0x1F'::int"],
  },
  {
    name: 'trailing junk after a numeric literal reads as an alias',
    steps: ['SELECT 123abc'],
  },
  {
    name: 'extract week from an interval is refused',
    steps: ["SELECT extract(week from interval '10 days')"],
  },
  {
    name: 'to_regclass of a number looks up a name',
    steps: ["SELECT to_regclass('1259')"],
  },
  {
    name: 'a jsonb null cast to int raises',
    steps: ["SELECT ('{\"n\":null}'::jsonb -> 'n')::int"],
  },
  {
    name: 'infinite timestamp difference raises',
    steps: ["SELECT 'infinity'::timestamp - '2020-01-01'::timestamp"],
  },
  {
    name: 'information_schema.columns of identity and generated columns',
    setup:
      'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, price numeric(10,2), qty int, total numeric GENERATED ALWAYS AS (price * qty) STORED)',
    steps: [
      "SELECT column_name, is_nullable, is_identity, identity_generation, is_generated, generation_expression FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position",
    ],
  },
  {
    name: 'MERGE with WHEN NOT MATCHED BY SOURCE is refused as 15 refuses it',
    setup: 'CREATE TABLE t (id int, v int)',
    steps: ['MERGE INTO t USING (VALUES (1)) s(id) ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE'],
  },
  {
    name: 'a subquery in FROM needs an alias',
    steps: ['SELECT * FROM (SELECT 1)'],
  },
  {
    name: 'SEARCH DEPTH FIRST orders a recursive CTE',
    steps: [
      'WITH RECURSIVE t(id, p) AS (VALUES (1, NULL::int), (2, 1), (3, 2)), s AS (SELECT id, p FROM t WHERE p IS NULL UNION ALL SELECT t.id, t.p FROM t JOIN s ON t.p = s.id) SEARCH DEPTH FIRST BY id SET ord SELECT id FROM s ORDER BY ord',
    ],
  },
  {
    name: 'create extension uuid-ossp and generate v4 shape',
    steps: [
      'CREATE EXTENSION IF NOT EXISTS "uuid-ossp"',
      "SELECT uuid_generate_v4()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' AS ok, pg_typeof(uuid_generate_v4())",
    ],
  },
  {
    name: 'uuid-ossp v3 and v5 are deterministic',
    steps: [
      'CREATE EXTENSION "uuid-ossp"',
      "SELECT uuid_generate_v3(uuid_ns_dns(), 'www.example.com'), uuid_generate_v5(uuid_ns_url(), 'http://x'), uuid_nil(), uuid_ns_oid(), uuid_ns_x500()",
    ],
  },
  {
    name: 'create extension twice errors',
    steps: ['CREATE EXTENSION pgcrypto', 'CREATE EXTENSION pgcrypto'],
  },
  {
    name: 'create extension if not exists twice notices',
    steps: ['CREATE EXTENSION pgcrypto', 'CREATE EXTENSION IF NOT EXISTS pgcrypto'],
  },
  {
    name: 'pg_extension version of pgcrypto',
    steps: [
      'CREATE EXTENSION pgcrypto',
      'SELECT extname, extversion, extrelocatable, extnamespace::regnamespace FROM pg_extension ORDER BY extname',
    ],
  },
  {
    name: 'pgcrypto digest sha256 md5 sha1 sha512',
    steps: [
      'CREATE EXTENSION pgcrypto',
      "SELECT encode(digest('abc','sha256'),'hex'), encode(digest('abc'::bytea,'md5'),'hex'), encode(digest('abc','sha1'),'hex'), encode(digest('abc','sha512'),'base64')",
    ],
  },
  {
    name: 'pgcrypto gen_random_bytes length and limit',
    steps: [
      'CREATE EXTENSION pgcrypto',
      'SELECT length(gen_random_bytes(16)), pg_typeof(gen_random_bytes(1))',
      'SELECT gen_random_bytes(1025)',
    ],
  },
  {
    name: 'pgcrypto crypt bf roundtrip',
    steps: [
      'CREATE EXTENSION pgcrypto',
      "SELECT crypt('pw', s) = s AS ok, length(s), substr(s,1,7) FROM (SELECT crypt('pw', gen_salt('bf', 4)) s) t",
    ],
  },
  {
    name: 'pgcrypto crypt fixed salt',
    steps: [
      'CREATE EXTENSION pgcrypto',
      "SELECT crypt('password', '$2a$06$abcdefghijklmnopqrstuu'), crypt('password', '$1$saltsalt'), crypt('password','ab')",
    ],
  },
  {
    name: 'pgcrypto gen_salt bad type',
    steps: ['CREATE EXTENSION pgcrypto', "SELECT gen_salt('nosuch')"],
  },
  {
    name: 'pgcrypto pgp_sym wrong key',
    steps: ['CREATE EXTENSION pgcrypto', "SELECT pgp_sym_decrypt(pgp_sym_encrypt('secret','k'),'bad')"],
  },
  {
    name: 'hstore basics',
    steps: [
      'CREATE EXTENSION hstore',
      "SELECT 'a=>1, b=>2'::hstore -> 'a', 'a=>1'::hstore ? 'a', hstore('k','v'), akeys('a=>1,b=>2'), 'a=>1'::hstore || 'b=>2'::hstore, hstore_to_json('a=>1')",
    ],
  },
  {
    name: 'btree_gist exclusion',
    steps: [
      'CREATE EXTENSION btree_gist',
      'CREATE TABLE r (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&))',
      "INSERT INTO r VALUES (1, '[2020-01-01,2020-01-02)')",
      "INSERT INTO r VALUES (1, '[2020-01-01 12:00,2020-01-03)')",
    ],
  },
  {
    name: 'extension with schema',
    steps: [
      'CREATE SCHEMA ext',
      'CREATE EXTENSION pgcrypto WITH SCHEMA ext',
      "SELECT encode(ext.digest('a','md5'),'hex')",
      "SELECT extnamespace::regnamespace FROM pg_extension WHERE extname='pgcrypto'",
    ],
  },
  {
    name: 'earthdistance cascade',
    steps: [
      'CREATE EXTENSION earthdistance CASCADE',
      'SELECT extname, extversion FROM pg_extension ORDER BY 1',
    ],
  },
  {
    name: 'nonexistent extension',
    steps: ['CREATE EXTENSION nosuch_ext'],
  },
  {
    name: 'extension bad version',
    steps: ["CREATE EXTENSION pgcrypto VERSION '9.9'"],
  },
  {
    name: 'citext refused loudly',
    steps: ['CREATE EXTENSION citext', "SELECT 'AbC'::citext = 'abc'"],
  },
  {
    name: 'pg_available_extensions all',
    steps: [
      'SELECT name, default_version, installed_version, comment FROM pg_available_extensions ORDER BY name',
    ],
  },
  {
    name: 'moddatetime trigger',
    steps: [
      'CREATE EXTENSION moddatetime',
      'CREATE TABLE m (id int, t timestamp)',
      'CREATE TRIGGER mt BEFORE UPDATE ON m FOR EACH ROW EXECUTE PROCEDURE moddatetime(t)',
      "INSERT INTO m VALUES (1, '2000-01-01')",
      'UPDATE m SET id = 2',
      "SELECT t > '2000-01-02' FROM m",
    ],
  },
  {
    name: 'untyped literal at time zone IST Kolkata',
    steps: [
      "SET TimeZone = 'Asia/Kolkata'",
      "SELECT '2020-01-01 10:00 IST' AT TIME ZONE 'UTC' AS t",
      "SELECT '2020-01-01 10:00 PST' AT TIME ZONE 'UTC' AS t",
      "SELECT timestamp '2020-01-01 10:00 IST' AT TIME ZONE 'UTC' AS t",
    ],
  },
  {
    name: 'untyped literal at time zone CST Shanghai',
    steps: [
      "SET TimeZone = 'Asia/Shanghai'",
      "SELECT '2020-06-01 10:00 CST' AT TIME ZONE 'UTC' AS t",
      "SELECT ('2020-06-01 10:00 CST' AT TIME ZONE 'Asia/Tokyo')::text",
    ],
  },
  {
    name: 'grant select, rule',
    steps: [
      'GRANT SELECT, RULE ON a TO PUBLIC',
      "SELECT relacl FROM pg_class WHERE relname = 'a'",
      "SELECT (aclexplode(relacl)).privilege_type FROM pg_class WHERE relname='a' ORDER BY 1",
    ],
    setup: 'CREATE TABLE a (x int)',
  },
  {
    name: 'grant rule alone',
    steps: ['GRANT RULE ON a TO PUBLIC', "SELECT relacl FROM pg_class WHERE relname = 'a'"],
    setup: 'CREATE TABLE a (x int)',
  },
  {
    name: 'has_table_privilege rule variants',
    steps: [
      "SELECT has_table_privilege('a', 'RULE'), has_table_privilege('a', 'select, rule'), has_table_privilege('a', 'RULE WITH GRANT OPTION'), has_table_privilege('a', NULL), has_table_privilege(current_user, 'a', 'rule')",
    ],
    setup: 'CREATE TABLE a (x int)',
  },
  {
    name: 'has_table_privilege rule missing table',
    steps: ["SELECT has_table_privilege('nosuch', 'RULE')"],
  },
  {
    name: 'has_table_privilege rule bad priv',
    steps: ["SELECT has_table_privilege('a', 'rule, bogus')"],
    setup: 'CREATE TABLE a (x int)',
  },
  {
    name: 'plpgsql bound cursor fetch by name',
    steps: [
      'BEGIN',
      'DO $$ DECLARE c CURSOR FOR SELECT 42 AS v; BEGIN OPEN c; END $$',
      'FETCH ALL FROM c',
      'COMMIT',
    ],
  },
  {
    name: 'plpgsql bound cursor quoted name and args',
    steps: [
      'BEGIN',
      'DO $$ DECLARE n int := 1; "MyCur" NO SCROLL CURSOR (k int) FOR SELECT k * 2 AS v; BEGIN OPEN "MyCur"(21); END $$',
      'FETCH ALL FROM "MyCur"',
      'COMMIT',
    ],
  },
  {
    name: 'plpgsql bound cursor nested block',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE a int; BEGIN DECLARE d CURSOR FOR SELECT 2; BEGIN OPEN d; CLOSE d; RETURN d::text; END; END $$',
      'SELECT f()',
    ],
  },
  {
    name: 'plpgsql unbound refcursor stays null',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c refcursor; BEGIN RETURN coalesce(c::text, $q$null$q$); END $$',
      'SELECT f()',
    ],
  },
  {
    name: 'pk using index nulls not distinct',
    steps: [
      'CREATE TABLE a (v int NOT NULL)',
      'CREATE UNIQUE INDEX ai ON a (v) NULLS NOT DISTINCT',
      'ALTER TABLE a ADD PRIMARY KEY USING INDEX ai',
    ],
  },
  {
    name: 'unique using index nulls not distinct',
    steps: [
      'CREATE TABLE a (v int)',
      'CREATE UNIQUE INDEX ai ON a (v) NULLS NOT DISTINCT',
      'ALTER TABLE a ADD CONSTRAINT au UNIQUE USING INDEX ai',
      'INSERT INTO a VALUES (NULL)',
      'INSERT INTO a VALUES (NULL)',
    ],
  },
  {
    name: 'create role with createrole admin',
    steps: [
      'CREATE ROLE p2r1 CREATEROLE',
      'SET ROLE p2r1',
      'CREATE ROLE p2r2',
      'RESET ROLE',
      "SELECT count(*) FROM pg_auth_members WHERE member = 'p2r1'::regrole",
      'DROP ROLE p2r2',
      'DROP ROLE p2r1',
    ],
  },
  {
    name: 'pg_attribute catalog types',
    steps: [
      "SELECT attname, atttypid::regtype, attlen, attnotnull, attcollation, attndims, attstorage, attalign FROM pg_attribute WHERE attrelid = 'pg_auth_members'::regclass AND attnum > 0 ORDER BY attnum",
    ],
  },
  {
    name: 'pg_attribute catalog column count',
    steps: [
      "SELECT attrelid::regclass, count(*) FROM pg_attribute WHERE attrelid IN ('pg_class'::regclass, 'pg_attribute'::regclass, 'pg_proc'::regclass, 'pg_type'::regclass) AND attnum > 0 GROUP BY 1 ORDER BY 1",
    ],
  },
  {
    name: 'pg_attribute missing value after add column',
    steps: [
      'ALTER TABLE t ADD COLUMN m int DEFAULT 7',
      "SELECT attname, atthasmissing, attmissingval::text FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
    ],
    setup: 'CREATE TABLE t (id int); INSERT INTO t VALUES (1)',
  },
  {
    name: 'to_char timestamp YYYY-MM-DD HH24:MI:SS',
    steps: ["SELECT to_char('2024-03-05 14:07:09.123'::timestamp, 'YYYY-MM-DD HH24:MI:SS')"],
  },
  {
    name: 'to_char timestamp HH12:MI AM',
    steps: ["SELECT to_char('2024-03-05 14:07:09.123'::timestamp, 'HH12:MI AM')"],
  },
  {
    name: 'to_char timestamp FMDay',
    steps: ["SELECT to_char('2024-03-05 14:07:09.123'::timestamp, 'FMDay')"],
  },
  {
    name: 'to_char timestamp IW',
    steps: ["SELECT to_char('2024-03-05 14:07:09.123'::timestamp, 'IW')"],
  },
  {
    name: 'to_char ts many 2021-01-01 00:00:00',
    steps: [
      "SELECT to_char('2021-01-01 00:00:00'::timestamp, 'YYYY IYYY IY I IW ID IDDD DDD WW W D J CC Q HH HH12 HH24 AM a.m. MS US SSSS Y,YYY YYY YY Y RM rm DDth DDTH FMDDth MMth Month MONTH month Mon Day DY dy BC a.d.')",
    ],
  },
  {
    name: 'to_char ts fm 2020-12-31 23:59:59.5',
    steps: [
      "SELECT to_char('2020-12-31 23:59:59.5'::timestamp, 'FMMonth FMDay FMDD FMMM FMHH24 FMMI FMSS FMYYYY FMIW FMWW FMDDD FMCC FMRM TMMonth TMDay FMHH12 FXYYYY')",
    ],
  },
  {
    name: 'to_char ts many 0001-01-01 00:00:00',
    steps: [
      "SELECT to_char('0001-01-01 00:00:00'::timestamp, 'YYYY IYYY IY I IW ID IDDD DDD WW W D J CC Q HH HH12 HH24 AM a.m. MS US SSSS Y,YYY YYY YY Y RM rm DDth DDTH FMDDth MMth Month MONTH month Mon Day DY dy BC a.d.')",
    ],
  },
  {
    name: 'to_char literal letters',
    steps: ['SELECT to_char(\'2024-03-05 14:07:09\'::timestamp, \'Mm Hello "x" \\ Yy yYy dD Ddd "q\\"r"\')'],
  },
  {
    name: 'to_char param format',
    steps: [
      {
        sql: 'SELECT to_char($1::timestamp, $2)',
        params: ['2024-03-05 14:07:09', 'YYYY/MM/DD HH12:MI PM'],
      },
    ],
  },
  {
    name: 'to_char column',
    setup: "CREATE TABLE ev (at timestamptz); INSERT INTO ev VALUES ('2024-01-02 03:04:05+00'), (NULL);",
    steps: ["SELECT to_char(at, 'DD.MM.YYYY') FROM ev ORDER BY at"],
  },
  {
    name: 'to_char group by',
    setup:
      "CREATE TABLE ev (at timestamp, n int); INSERT INTO ev VALUES ('2024-01-02', 1), ('2024-01-30', 2), ('2024-02-01', 3);",
    steps: ["SELECT to_char(at, 'YYYY-MM') m, sum(n) FROM ev GROUP BY 1 ORDER BY 1"],
  },
  {
    name: 'to_char timestamp TZ',
    steps: ["SELECT to_char('2024-03-05 14:07:09.123'::timestamp, 'TZ')"],
  },
  {
    name: 'to_char sp',
    steps: ["SELECT to_char('2024-03-05'::date, 'DDSP')"],
  },
  {
    name: 'to_char numeric 1234.5 FM9999.99',
    steps: ["SELECT to_char(1234.5::numeric, 'FM9999.99')"],
  },
  {
    name: 'to_char more 2024-03-05 00:00:00 FMTMDay',
    steps: ["SELECT to_char('2024-03-05 00:00:00'::timestamp, 'FMTMDay')"],
  },
  {
    name: 'to_char more 2024-03-05 00:00:00 FM',
    steps: ["SELECT to_char('2024-03-05 00:00:00'::timestamp, 'FM')"],
  },
  {
    name: 'concat_ws skips nulls',
    steps: ["SELECT concat_ws(',', 'a', NULL, 'b', 3) AS v, concat_ws(NULL, 'a', 'b') AS n"],
  },
  {
    name: 'split_part',
    steps: [
      "SELECT split_part('a,b,c', ',', 2) AS a, split_part('a,b,c', ',', 5) AS b, split_part('a,b,c', ',', -1) AS c",
    ],
  },
  {
    name: 'replace',
    steps: [
      "SELECT replace('abcabc', 'b', 'XX') AS a, replace('abc', '', 'x') AS b, replace('aaa', 'aa', 'b') AS c",
    ],
  },
  {
    name: 'repeat reverse',
    steps: ["SELECT repeat('ab', 3) AS a, repeat('x', 0) AS b, repeat('x', -1) AS c, reverse('abc') AS d"],
  },
  { name: 'md5', steps: ["SELECT md5('abc') AS v"] },
  { name: 'varchar explicit cast truncates', steps: ["SELECT CAST('abcdef' AS varchar(3)) AS a"] },
  {
    name: 'extract doy of value 4',
    steps: ["SELECT extract(doy FROM date '0044-03-15') AS e, date_part('doy', date '0044-03-15') AS p"],
  },
  {
    name: 'extract isoyear of value 4',
    steps: [
      "SELECT extract(isoyear FROM date '0044-03-15') AS e, date_part('isoyear', date '0044-03-15') AS p",
    ],
  },
  {
    name: 'old years date_trunc value 0',
    steps: [
      "SELECT date_trunc('year', date '0044-03-15') AS \"year\", date_trunc('month', date '0044-03-15') AS \"month\", date_trunc('week', date '0044-03-15') AS \"week\", date_trunc('day', date '0044-03-15') AS \"day\", date_trunc('quarter', date '0044-03-15') AS \"quarter\", date_trunc('decade', date '0044-03-15') AS \"decade\", date_trunc('century', date '0044-03-15') AS \"century\", date_trunc('millennium', date '0044-03-15') AS \"millennium\", date_trunc('hour', date '0044-03-15') AS \"hour\"",
    ],
  },
  {
    name: 'old years extract value 0',
    steps: [
      'SELECT extract(year FROM date \'0044-03-15\') AS "year", extract(doy FROM date \'0044-03-15\') AS "doy", extract(dow FROM date \'0044-03-15\') AS "dow", extract(isodow FROM date \'0044-03-15\') AS "isodow", extract(week FROM date \'0044-03-15\') AS "week", extract(isoyear FROM date \'0044-03-15\') AS "isoyear", extract(epoch FROM date \'0044-03-15\') AS "epoch", extract(julian FROM date \'0044-03-15\') AS "julian", extract(century FROM date \'0044-03-15\') AS "century", extract(decade FROM date \'0044-03-15\') AS "decade"',
    ],
  },
  {
    name: 'old years to_char value 0',
    steps: ["SELECT to_char(date '0044-03-15', 'YYYY-MM-DD DDD IYYY IW ID D Day WW J CC') AS v"],
  },
  {
    name: 'old years arithmetic value 0',
    steps: ["SELECT date '0044-03-15' + interval '1 day' AS a, date '0044-03-15' - interval '1 month' AS b"],
  },
  {
    name: 'old years date_trunc value 1',
    steps: [
      "SELECT date_trunc('year', timestamp '0099-12-31 23:00:00') AS \"year\", date_trunc('month', timestamp '0099-12-31 23:00:00') AS \"month\", date_trunc('week', timestamp '0099-12-31 23:00:00') AS \"week\", date_trunc('day', timestamp '0099-12-31 23:00:00') AS \"day\", date_trunc('quarter', timestamp '0099-12-31 23:00:00') AS \"quarter\", date_trunc('decade', timestamp '0099-12-31 23:00:00') AS \"decade\", date_trunc('century', timestamp '0099-12-31 23:00:00') AS \"century\", date_trunc('millennium', timestamp '0099-12-31 23:00:00') AS \"millennium\", date_trunc('hour', timestamp '0099-12-31 23:00:00') AS \"hour\"",
    ],
  },
  {
    name: 'old years extract value 1',
    steps: [
      'SELECT extract(year FROM timestamp \'0099-12-31 23:00:00\') AS "year", extract(doy FROM timestamp \'0099-12-31 23:00:00\') AS "doy", extract(dow FROM timestamp \'0099-12-31 23:00:00\') AS "dow", extract(isodow FROM timestamp \'0099-12-31 23:00:00\') AS "isodow", extract(week FROM timestamp \'0099-12-31 23:00:00\') AS "week", extract(isoyear FROM timestamp \'0099-12-31 23:00:00\') AS "isoyear", extract(epoch FROM timestamp \'0099-12-31 23:00:00\') AS "epoch", extract(julian FROM timestamp \'0099-12-31 23:00:00\') AS "julian", extract(century FROM timestamp \'0099-12-31 23:00:00\') AS "century", extract(decade FROM timestamp \'0099-12-31 23:00:00\') AS "decade"',
    ],
  },
  {
    name: 'old years to_char value 1',
    steps: [
      "SELECT to_char(timestamp '0099-12-31 23:00:00', 'YYYY-MM-DD DDD IYYY IW ID D Day WW J CC') AS v",
    ],
  },
  {
    name: 'old years arithmetic value 1',
    steps: [
      "SELECT timestamp '0099-12-31 23:00:00' + interval '1 day' AS a, timestamp '0099-12-31 23:00:00' - interval '1 month' AS b",
    ],
  },
  {
    name: 'old years date_trunc value 2',
    steps: [
      "SELECT date_trunc('year', timestamp '0001-01-01 00:00:00') AS \"year\", date_trunc('month', timestamp '0001-01-01 00:00:00') AS \"month\", date_trunc('week', timestamp '0001-01-01 00:00:00') AS \"week\", date_trunc('day', timestamp '0001-01-01 00:00:00') AS \"day\", date_trunc('quarter', timestamp '0001-01-01 00:00:00') AS \"quarter\", date_trunc('decade', timestamp '0001-01-01 00:00:00') AS \"decade\", date_trunc('century', timestamp '0001-01-01 00:00:00') AS \"century\", date_trunc('millennium', timestamp '0001-01-01 00:00:00') AS \"millennium\", date_trunc('hour', timestamp '0001-01-01 00:00:00') AS \"hour\"",
    ],
  },
  {
    name: 'old years extract value 2',
    steps: [
      'SELECT extract(year FROM timestamp \'0001-01-01 00:00:00\') AS "year", extract(doy FROM timestamp \'0001-01-01 00:00:00\') AS "doy", extract(dow FROM timestamp \'0001-01-01 00:00:00\') AS "dow", extract(isodow FROM timestamp \'0001-01-01 00:00:00\') AS "isodow", extract(week FROM timestamp \'0001-01-01 00:00:00\') AS "week", extract(isoyear FROM timestamp \'0001-01-01 00:00:00\') AS "isoyear", extract(epoch FROM timestamp \'0001-01-01 00:00:00\') AS "epoch", extract(julian FROM timestamp \'0001-01-01 00:00:00\') AS "julian", extract(century FROM timestamp \'0001-01-01 00:00:00\') AS "century", extract(decade FROM timestamp \'0001-01-01 00:00:00\') AS "decade"',
    ],
  },
  {
    name: 'old years to_char value 2',
    steps: [
      "SELECT to_char(timestamp '0001-01-01 00:00:00', 'YYYY-MM-DD DDD IYYY IW ID D Day WW J CC') AS v",
    ],
  },
  {
    name: 'old years arithmetic value 2',
    steps: [
      "SELECT timestamp '0001-01-01 00:00:00' + interval '1 day' AS a, timestamp '0001-01-01 00:00:00' - interval '1 month' AS b",
    ],
  },
  {
    name: 'old years date_trunc value 3',
    steps: [
      "SELECT date_trunc('year', date '0100-03-01') AS \"year\", date_trunc('month', date '0100-03-01') AS \"month\", date_trunc('week', date '0100-03-01') AS \"week\", date_trunc('day', date '0100-03-01') AS \"day\", date_trunc('quarter', date '0100-03-01') AS \"quarter\", date_trunc('decade', date '0100-03-01') AS \"decade\", date_trunc('century', date '0100-03-01') AS \"century\", date_trunc('millennium', date '0100-03-01') AS \"millennium\", date_trunc('hour', date '0100-03-01') AS \"hour\"",
    ],
  },
  {
    name: 'old years extract value 3',
    steps: [
      'SELECT extract(year FROM date \'0100-03-01\') AS "year", extract(doy FROM date \'0100-03-01\') AS "doy", extract(dow FROM date \'0100-03-01\') AS "dow", extract(isodow FROM date \'0100-03-01\') AS "isodow", extract(week FROM date \'0100-03-01\') AS "week", extract(isoyear FROM date \'0100-03-01\') AS "isoyear", extract(epoch FROM date \'0100-03-01\') AS "epoch", extract(julian FROM date \'0100-03-01\') AS "julian", extract(century FROM date \'0100-03-01\') AS "century", extract(decade FROM date \'0100-03-01\') AS "decade"',
    ],
  },
  {
    name: 'old years to_char value 3',
    steps: ["SELECT to_char(date '0100-03-01', 'YYYY-MM-DD DDD IYYY IW ID D Day WW J CC') AS v"],
  },
  {
    name: 'old years arithmetic value 3',
    steps: ["SELECT date '0100-03-01' + interval '1 day' AS a, date '0100-03-01' - interval '1 month' AS b"],
  },
  {
    name: 'old years date_trunc value 4',
    steps: [
      "SELECT date_trunc('year', timestamptz '0050-06-15 12:00:00+00') AS \"year\", date_trunc('month', timestamptz '0050-06-15 12:00:00+00') AS \"month\", date_trunc('week', timestamptz '0050-06-15 12:00:00+00') AS \"week\", date_trunc('day', timestamptz '0050-06-15 12:00:00+00') AS \"day\", date_trunc('quarter', timestamptz '0050-06-15 12:00:00+00') AS \"quarter\", date_trunc('decade', timestamptz '0050-06-15 12:00:00+00') AS \"decade\", date_trunc('century', timestamptz '0050-06-15 12:00:00+00') AS \"century\", date_trunc('millennium', timestamptz '0050-06-15 12:00:00+00') AS \"millennium\", date_trunc('hour', timestamptz '0050-06-15 12:00:00+00') AS \"hour\"",
    ],
  },
  {
    name: 'old years extract value 4',
    steps: [
      'SELECT extract(year FROM timestamptz \'0050-06-15 12:00:00+00\') AS "year", extract(doy FROM timestamptz \'0050-06-15 12:00:00+00\') AS "doy", extract(dow FROM timestamptz \'0050-06-15 12:00:00+00\') AS "dow", extract(isodow FROM timestamptz \'0050-06-15 12:00:00+00\') AS "isodow", extract(week FROM timestamptz \'0050-06-15 12:00:00+00\') AS "week", extract(isoyear FROM timestamptz \'0050-06-15 12:00:00+00\') AS "isoyear", extract(epoch FROM timestamptz \'0050-06-15 12:00:00+00\') AS "epoch", extract(julian FROM timestamptz \'0050-06-15 12:00:00+00\') AS "julian", extract(century FROM timestamptz \'0050-06-15 12:00:00+00\') AS "century", extract(decade FROM timestamptz \'0050-06-15 12:00:00+00\') AS "decade"',
    ],
  },
  {
    name: 'old years to_char value 4',
    steps: [
      "SELECT to_char(timestamptz '0050-06-15 12:00:00+00', 'YYYY-MM-DD DDD IYYY IW ID D Day WW J CC') AS v",
    ],
  },
  {
    name: 'old years arithmetic value 4',
    steps: [
      "SELECT timestamptz '0050-06-15 12:00:00+00' + interval '1 day' AS a, timestamptz '0050-06-15 12:00:00+00' - interval '1 month' AS b",
    ],
  },
  {
    name: 'old years date_trunc value 5',
    steps: [
      "SELECT date_trunc('year', date '2024-12-30') AS \"year\", date_trunc('month', date '2024-12-30') AS \"month\", date_trunc('week', date '2024-12-30') AS \"week\", date_trunc('day', date '2024-12-30') AS \"day\", date_trunc('quarter', date '2024-12-30') AS \"quarter\", date_trunc('decade', date '2024-12-30') AS \"decade\", date_trunc('century', date '2024-12-30') AS \"century\", date_trunc('millennium', date '2024-12-30') AS \"millennium\", date_trunc('hour', date '2024-12-30') AS \"hour\"",
    ],
  },
  {
    name: 'old years extract value 5',
    steps: [
      'SELECT extract(year FROM date \'2024-12-30\') AS "year", extract(doy FROM date \'2024-12-30\') AS "doy", extract(dow FROM date \'2024-12-30\') AS "dow", extract(isodow FROM date \'2024-12-30\') AS "isodow", extract(week FROM date \'2024-12-30\') AS "week", extract(isoyear FROM date \'2024-12-30\') AS "isoyear", extract(epoch FROM date \'2024-12-30\') AS "epoch", extract(julian FROM date \'2024-12-30\') AS "julian", extract(century FROM date \'2024-12-30\') AS "century", extract(decade FROM date \'2024-12-30\') AS "decade"',
    ],
  },
  {
    name: 'old years to_char value 5',
    steps: ["SELECT to_char(date '2024-12-30', 'YYYY-MM-DD DDD IYYY IW ID D Day WW J CC') AS v"],
  },
  {
    name: 'old years arithmetic value 5',
    steps: ["SELECT date '2024-12-30' + interval '1 day' AS a, date '2024-12-30' - interval '1 month' AS b"],
  },
  {
    name: 'old years date_trunc value 6',
    steps: [
      "SELECT date_trunc('year', date '0004-01-01') AS \"year\", date_trunc('month', date '0004-01-01') AS \"month\", date_trunc('week', date '0004-01-01') AS \"week\", date_trunc('day', date '0004-01-01') AS \"day\", date_trunc('quarter', date '0004-01-01') AS \"quarter\", date_trunc('decade', date '0004-01-01') AS \"decade\", date_trunc('century', date '0004-01-01') AS \"century\", date_trunc('millennium', date '0004-01-01') AS \"millennium\", date_trunc('hour', date '0004-01-01') AS \"hour\"",
    ],
  },
  {
    name: 'old years extract value 6',
    steps: [
      'SELECT extract(year FROM date \'0004-01-01\') AS "year", extract(doy FROM date \'0004-01-01\') AS "doy", extract(dow FROM date \'0004-01-01\') AS "dow", extract(isodow FROM date \'0004-01-01\') AS "isodow", extract(week FROM date \'0004-01-01\') AS "week", extract(isoyear FROM date \'0004-01-01\') AS "isoyear", extract(epoch FROM date \'0004-01-01\') AS "epoch", extract(julian FROM date \'0004-01-01\') AS "julian", extract(century FROM date \'0004-01-01\') AS "century", extract(decade FROM date \'0004-01-01\') AS "decade"',
    ],
  },
  {
    name: 'old years to_char value 6',
    steps: ["SELECT to_char(date '0004-01-01', 'YYYY-MM-DD DDD IYYY IW ID D Day WW J CC') AS v"],
  },
  {
    name: 'old years arithmetic value 6',
    steps: ["SELECT date '0004-01-01' + interval '1 day' AS a, date '0004-01-01' - interval '1 month' AS b"],
  },
  {
    name: 'old years date plus int',
    steps: ["SELECT date '0044-02-28' + 1 AS a, date '0044-03-01' - date '0043-03-01' AS b"],
  },
  {
    name: 'old years insert and read',
    setup: 'CREATE TABLE d (v date, w timestamptz);',
    steps: [
      "INSERT INTO d VALUES ('0044-03-15', '0044-03-15 10:00:00+00') RETURNING v, w",
      "SELECT extract(doy FROM v) AS doy, date_trunc('week', w) AS wk FROM d",
    ],
  },
  {
    name: 'old years param date',
    steps: [
      {
        sql: 'SELECT extract(isoyear FROM $1::date) AS y, extract(doy FROM $1::date) AS d',
        params: ['0044-03-15'],
      },
    ],
  },
  {
    name: 'Plpgsql bound cursor portal name (PGlite round 13)',
    setup:
      'CREATE TABLE t (a int); INSERT INTO t VALUES (1),(2);\nCREATE FUNCTION f() RETURNS refcursor LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT a FROM t ORDER BY a; BEGIN OPEN c; RETURN c; END $$;',
    steps: ['BEGIN', 'SELECT f() AS name', 'FETCH ALL FROM c', 'COMMIT'],
  },
  {
    name: 'Plpgsql get diagnostics row_count (PGlite round 13)',
    steps: [
      "DO $$ DECLARE n int; BEGIN UPDATE t SET qty = qty + 1; GET DIAGNOSTICS n = ROW_COUNT; RAISE NOTICE 'n=%', n; END $$",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql get diagnostics pg_context (PGlite round 13)',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text; BEGIN GET DIAGNOSTICS r = PG_CONTEXT; RETURN r; END $$;',
      'SELECT f()',
    ],
  },
  {
    name: 'Plpgsql get diagnostics routine oid (PGlite round 13)',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r oid; BEGIN GET DIAGNOSTICS r = PG_ROUTINE_OID; RETURN r::text; END $$;',
    ],
  },
  {
    name: 'Plpgsql stacked diagnostics (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE s text; m text; d text; cn text; tn text; sn text; BEGIN INSERT INTO t VALUES (1,'x',1,'z'); RETURN 'no'; EXCEPTION WHEN unique_violation THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, cn = CONSTRAINT_NAME, tn = TABLE_NAME, sn = SCHEMA_NAME; RETURN s || '|' || m || '|' || d || '|' || cn || '|' || tn || '|' || sn; END $$;",
      'SELECT f()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql stacked diagnostics not null column (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE s text; m text; cn text; k text; BEGIN INSERT INTO t VALUES (9,NULL,1,'z'); RETURN 'no'; EXCEPTION WHEN not_null_violation THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, cn = COLUMN_NAME, k = CONSTRAINT_NAME; RETURN s || '|' || m || '|' || cn || '|' || coalesce(k,'<null>'); END $$;",
      'SELECT f()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql stacked diagnostics check (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE s text; m text; d text; k text; BEGIN INSERT INTO t VALUES (9,'x',-1,'z'); RETURN 'no'; EXCEPTION WHEN check_violation THEN GET STACKED DIAGNOSTICS s = RETURNED_SQLSTATE, m = MESSAGE_TEXT, d = PG_EXCEPTION_DETAIL, k = CONSTRAINT_NAME; RETURN s || '|' || m || '|' || d || '|' || k; END $$;",
      'SELECT f()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql stacked diagnostics context (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE d text; BEGIN PERFORM 1/0; RETURN 'no'; EXCEPTION WHEN division_by_zero THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_CONTEXT; RETURN d; END $$;",
      'SELECT f()',
    ],
  },
  {
    name: 'Plpgsql raise custom sqlstate (PGlite round 13)',
    steps: [
      "DO $$ BEGIN RAISE EXCEPTION 'bad %', 42 USING ERRCODE = 'P0099', DETAIL = 'dd', HINT = 'hh'; END $$",
    ],
  },
  {
    name: 'Plpgsql raise condition name (PGlite round 13)',
    steps: ["DO $$ BEGIN RAISE unique_violation USING MESSAGE = 'dup!'; END $$"],
  },
  {
    name: 'Plpgsql raise sqlstate literal (PGlite round 13)',
    steps: ["DO $$ BEGIN RAISE SQLSTATE '22012'; END $$"],
  },
  {
    name: 'Plpgsql raise too few params (PGlite round 13)',
    steps: ["DO $$ BEGIN RAISE NOTICE 'a % b %', 1; END $$"],
  },
  {
    name: 'Plpgsql raise too many params (PGlite round 13)',
    steps: ["DO $$ BEGIN RAISE NOTICE 'a %', 1, 2; END $$"],
  },
  {
    name: 'Plpgsql raise percent escape (PGlite round 13)',
    steps: ["DO $$ BEGIN RAISE EXCEPTION '100%% sure %', 'x'; END $$"],
  },
  {
    name: 'Plpgsql raise with column table (PGlite round 13)',
    steps: [
      "DO $$ BEGIN RAISE EXCEPTION 'x' USING COLUMN = 'c', TABLE = 't', SCHEMA = 's', CONSTRAINT = 'k', DATATYPE = 'int'; END $$",
    ],
  },
  {
    name: 'Plpgsql raise invalid option (PGlite round 13)',
    steps: ["DO $$ BEGIN RAISE EXCEPTION 'x' USING FOO = 'c'; END $$"],
  },
  {
    name: 'Plpgsql reraise (PGlite round 13)',
    steps: ['DO $$ BEGIN BEGIN PERFORM 1/0; EXCEPTION WHEN OTHERS THEN RAISE; END; END $$'],
  },
  { name: 'Plpgsql assert (PGlite round 13)', steps: ["DO $$ BEGIN ASSERT 1 = 2, 'nope'; END $$"] },
  { name: 'Plpgsql assert no message (PGlite round 13)', steps: ['DO $$ BEGIN ASSERT false; END $$'] },
  {
    name: 'Plpgsql sqlerrm sqlstate (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE  BEGIN PERFORM 'x'::int; RETURN 'no'; EXCEPTION WHEN OTHERS THEN RETURN SQLSTATE || ':' || SQLERRM; END $$;",
      'SELECT f()',
    ],
  },
  {
    name: 'Plpgsql no data found strict (PGlite round 13)',
    steps: ['DO $$ DECLARE x int; BEGIN SELECT id INTO STRICT x FROM t WHERE id = 99; END $$'],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql too many rows strict (PGlite round 13)',
    steps: ['DO $$ DECLARE x int; BEGIN SELECT id INTO STRICT x FROM t; END $$'],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql strict with print_strict_params (PGlite round 13)',
    steps: [
      'CREATE FUNCTION g(p int) RETURNS int LANGUAGE plpgsql AS $$ #print_strict_params on\nDECLARE x int; BEGIN SELECT id INTO STRICT x FROM t WHERE id > p; RETURN x; END $$',
      'SELECT g(0)',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql variable conflict (PGlite round 13)',
    steps: [
      'CREATE FUNCTION g(id int) RETURNS text LANGUAGE plpgsql AS $$ BEGIN RETURN (SELECT name FROM t WHERE id = id); END $$',
      'SELECT g(1)',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql return query (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g() RETURNS SETOF t LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT * FROM t ORDER BY id; RETURN NEXT (3,'c',3,'c@x')::t; END $$",
      'SELECT * FROM g()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql return query structure mismatch (PGlite round 13)',
    steps: [
      'CREATE FUNCTION g() RETURNS TABLE(a int, b int) LANGUAGE plpgsql AS $$ BEGIN RETURN QUERY SELECT id, name FROM t; END $$',
      'SELECT * FROM g()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql out params (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(x int, OUT a int, OUT b text) LANGUAGE plpgsql AS $$ BEGIN a := x * 2; b := 'v' || x; END $$",
      'SELECT * FROM g(3)',
      'SELECT g(4)',
    ],
  },
  {
    name: 'Plpgsql foreach slice (PGlite round 13)',
    steps: [
      "DO $$ DECLARE a int[]; s int := 0; BEGIN FOREACH a SLICE 1 IN ARRAY ARRAY[[1,2],[3,4]] LOOP s := s + a[2]; END LOOP; RAISE NOTICE 's=%', s; END $$",
    ],
  },
  {
    name: 'Plpgsql loop exit continue (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text := ''; BEGIN FOR i IN REVERSE 10..1 BY 3 LOOP CONTINUE WHEN i = 7; r := r || i || ','; END LOOP; RETURN r; END $$;",
      'SELECT f()',
    ],
  },
  {
    name: 'Plpgsql case not found (PGlite round 13)',
    steps: ['DO $$ BEGIN CASE 3 WHEN 1 THEN NULL; END CASE; END $$'],
  },
  {
    name: 'Plpgsql null into not null var (PGlite round 13)',
    steps: ['DO $$ DECLARE x int NOT NULL := 1; BEGIN x := NULL; END $$'],
  },
  {
    name: 'Plpgsql assign wrong type (PGlite round 13)',
    steps: ["DO $$ DECLARE x int; BEGIN x := 'abc'; END $$"],
  },
  {
    name: 'Plpgsql execute format using (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text; BEGIN EXECUTE format('SELECT name FROM %I WHERE id = $1', 't') INTO r USING 2; RETURN r; END $$;",
      'SELECT f()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql execute syntax error (PGlite round 13)',
    steps: ["DO $$ BEGIN EXECUTE 'SELEC 1'; END $$"],
  },
  {
    name: 'Plpgsql compile error unknown var (PGlite round 13)',
    steps: ['CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE  BEGIN RETURN zz; END $$;'],
  },
  {
    name: 'Plpgsql compile error syntax (PGlite round 13)',
    steps: ['CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE  BEGIN RETURN 1 +; END $$;'],
  },
  {
    name: 'Plpgsql missing return (PGlite round 13)',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE  BEGIN PERFORM 1; END $$;',
      'SELECT f()',
    ],
  },
  {
    name: 'Plpgsql record field missing (PGlite round 13)',
    steps: ["DO $$ DECLARE r record; BEGIN SELECT 1 AS a INTO r; RAISE NOTICE '%', r.b; END $$"],
  },
  {
    name: 'Plpgsql record unassigned (PGlite round 13)',
    steps: ["DO $$ DECLARE r record; BEGIN RAISE NOTICE '%', r.a; END $$"],
  },
  {
    name: 'Plpgsql type copy array (PGlite round 13)',
    steps: [
      'CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ DECLARE x t.id%TYPE[]; BEGIN x := ARRAY[1,2]; RETURN array_length(x,1); END $$',
      'SELECT g()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql rowtype array (PGlite round 13)',
    steps: [
      'CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ DECLARE x t%ROWTYPE[]; BEGIN RETURN 1; END $$',
      'SELECT g()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql rowtype (PGlite round 13)',
    steps: [
      'CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $$ DECLARE x t%ROWTYPE; BEGIN SELECT * INTO x FROM t WHERE id = 2; RETURN x.name || x.qty; END $$',
      'SELECT g()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql trigger before insert modifies (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$',
      'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()',
      "INSERT INTO t VALUES (3,'cc',1,'c') RETURNING *",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql trigger variables (PGlite round 13)',
    steps: [
      "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE '% % % % % %', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, TG_NARGS; RETURN NULL; END $$",
      "CREATE TRIGGER tr AFTER UPDATE ON t FOR EACH STATEMENT EXECUTE FUNCTION trg('x')",
      'UPDATE t SET qty = 5',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql trigger returns wrong (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END $$',
      'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()',
      "INSERT INTO t VALUES (3,'cc',1,'c')",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql trigger no return (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN END $$',
      'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()',
      "INSERT INTO t VALUES (3,'cc',1,'c')",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Trigger function called directly (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      'SELECT trg()',
    ],
  },
  {
    name: 'Trigger transition tables (PGlite round 13)',
    steps: [
      "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'n=%', (SELECT count(*) FROM nt); RETURN NULL; END $$",
      'CREATE TRIGGER tr AFTER UPDATE ON t REFERENCING NEW TABLE AS nt FOR EACH STATEMENT EXECUTE FUNCTION trg()',
      'UPDATE t SET qty = qty + 1',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Trigger when condition (PGlite round 13)',
    steps: [
      "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE NOTICE 'changed %', OLD.id; RETURN NEW; END $$",
      'CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN (OLD.qty IS DISTINCT FROM NEW.qty) EXECUTE FUNCTION trg()',
      'UPDATE t SET qty = 2',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Trigger when referencing new in delete (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN OLD; END $$',
      'CREATE TRIGGER tr BEFORE DELETE ON t FOR EACH ROW WHEN (NEW.qty > 0) EXECUTE FUNCTION trg()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Constraint trigger deferred (PGlite round 13)',
    steps: [
      "CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'late %', NEW.id; END $$",
      'CREATE CONSTRAINT TRIGGER tr AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION trg()',
      'BEGIN',
      "INSERT INTO t VALUES (3,'c',1,'c')",
      'SELECT 1',
      'COMMIT',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Create or replace trigger (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      'CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION trg()',
      'CREATE OR REPLACE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION trg()',
      "SELECT tgname, tgtype FROM pg_trigger WHERE tgrelid = 't'::regclass",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Trigger on view instead of (PGlite round 13)',
    steps: [
      'CREATE VIEW vt AS SELECT id, name FROM t',
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO t VALUES (NEW.id, NEW.name, 0, NULL); RETURN NEW; END $$',
      'CREATE TRIGGER tr INSTEAD OF INSERT ON vt FOR EACH ROW EXECUTE FUNCTION trg()',
      "INSERT INTO vt VALUES (7,'z') RETURNING *",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Trigger before statement on view error (PGlite round 13)',
    steps: [
      'CREATE VIEW vt AS SELECT id, name FROM t',
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      'CREATE TRIGGER tr BEFORE INSERT ON vt FOR EACH ROW EXECUTE FUNCTION trg()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Pg_get_triggerdef (PGlite round 13)',
    steps: [
      'CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$',
      "CREATE TRIGGER tr BEFORE INSERT OR UPDATE OF name ON t FOR EACH ROW WHEN (NEW.qty > 1) EXECUTE FUNCTION trg('a', 'b')",
      "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgname = 'tr'",
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Pg_get_functiondef plpgsql (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE  BEGIN RETURN 'x'; END $$;",
      "SELECT pg_get_functiondef('f'::regproc)",
    ],
  },
  {
    name: 'Pg_get_functiondef sql atomic (PGlite round 13)',
    steps: [
      'CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql IMMUTABLE BEGIN ATOMIC SELECT a + 1; END',
      "SELECT pg_get_functiondef('g'::regproc)",
    ],
  },
  {
    name: 'Pg_get_function_arguments (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(a int, b text DEFAULT 'x', VARIADIC c int[] DEFAULT '{}') RETURNS int LANGUAGE sql AS 'SELECT 1'",
      "SELECT pg_get_function_arguments('g'::regproc), pg_get_function_identity_arguments('g'::regproc), pg_get_function_result('g'::regproc)",
    ],
  },
  {
    name: 'Procedure call with out (PGlite round 13)',
    steps: [
      'CREATE PROCEDURE p(IN a int, OUT b int) LANGUAGE plpgsql AS $$ BEGIN b := a * 3; END $$',
      'CALL p(2, NULL)',
    ],
  },
  {
    name: 'Procedure transaction control (PGlite round 13)',
    steps: [
      'CREATE TABLE x (a int)',
      'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN INSERT INTO x VALUES (1); COMMIT; INSERT INTO x VALUES (2); ROLLBACK; END $$',
      'CALL p()',
      'SELECT * FROM x',
    ],
  },
  {
    name: 'Procedure commit inside transaction block (PGlite round 13)',
    steps: [
      'CREATE PROCEDURE p() LANGUAGE plpgsql AS $$ BEGIN COMMIT; END $$',
      'BEGIN',
      'CALL p()',
      'ROLLBACK',
    ],
  },
  {
    name: 'Call function error (PGlite round 13)',
    steps: ["CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1'", 'CALL g()'],
  },
  {
    name: 'Select procedure error (PGlite round 13)',
    steps: ["CREATE PROCEDURE p() LANGUAGE sql AS 'SELECT 1'", 'SELECT p()'],
  },
  {
    name: 'Function overload ambiguity (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 1'",
      "CREATE FUNCTION g(a bigint) RETURNS int LANGUAGE sql AS 'SELECT 2'",
      'SELECT g(1), g(1::bigint)',
      "SELECT g('1')",
    ],
  },
  {
    name: 'Function default named notation (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(a int, b int DEFAULT 10) RETURNS int LANGUAGE sql AS 'SELECT a + b'",
      'SELECT g(1), g(b => 2, a => 1), g(a := 5)',
      'SELECT g(c => 1)',
    ],
  },
  {
    name: 'Sql function returns table (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(n int) RETURNS TABLE(i int, sq int) LANGUAGE sql AS 'SELECT i, i*i FROM generate_series(1, n) i'",
      'SELECT * FROM g(3)',
    ],
  },
  {
    name: 'Sql function wrong return type (PGlite round 13)',
    steps: ["CREATE FUNCTION g() RETURNS int LANGUAGE sql AS $$SELECT 'x'::text$$"],
  },
  {
    name: 'Function volatility in index (PGlite round 13)',
    steps: [
      'CREATE TABLE x (a int)',
      "CREATE FUNCTION g(int) RETURNS int LANGUAGE sql AS 'SELECT $1'",
      'CREATE INDEX ON x (g(a))',
    ],
  },
  {
    name: 'Drop function missing (PGlite round 13)',
    steps: ['DROP FUNCTION nope()', 'DROP FUNCTION IF EXISTS nope(int)'],
  },
  {
    name: 'Drop function ambiguous (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 1'",
      "CREATE FUNCTION g(a text) RETURNS int LANGUAGE sql AS 'SELECT 1'",
      'DROP FUNCTION g',
    ],
  },
  {
    name: 'Create function duplicate (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 1'",
      "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 1'",
    ],
  },
  {
    name: 'Replace function change return type (PGlite round 13)',
    steps: [
      "CREATE FUNCTION g(a int) RETURNS int LANGUAGE sql AS 'SELECT 1'",
      "CREATE OR REPLACE FUNCTION g(a int) RETURNS text LANGUAGE sql AS 'SELECT 1::text'",
    ],
  },
  { name: 'Do block language sql (PGlite round 13)', steps: ['DO LANGUAGE sql $$SELECT 1$$'] },
  {
    name: 'Plpgsql exception block savepoint rollback (PGlite round 13)',
    steps: [
      'DO $$ BEGIN BEGIN UPDATE t SET qty = 100; PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN NULL; END; END $$',
      'SELECT id, qty FROM t ORDER BY id',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql cursor loop (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE r text := ''; rec record; BEGIN FOR rec IN SELECT name FROM t ORDER BY id LOOP r := r || rec.name; END LOOP; RETURN r; END $$;",
      'SELECT f()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql open cursor fetch move (PGlite round 13)',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE cur refcursor; r text; BEGIN OPEN cur FOR SELECT name FROM t ORDER BY id; MOVE cur; FETCH cur INTO r; CLOSE cur; RETURN r; END $$;',
      'SELECT f()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql return next without setof (PGlite round 13)',
    steps: ['CREATE FUNCTION g() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN NEXT 1; END $$'],
  },
  {
    name: 'Plpgsql found variable (PGlite round 13)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE  BEGIN UPDATE t SET qty = 1 WHERE id = 99; IF NOT FOUND THEN RETURN 'nf'; END IF; RETURN 'f'; END $$;",
      'SELECT f()',
    ],
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, name text NOT NULL, qty int CHECK (qty >= 0), email text UNIQUE);\nINSERT INTO t VALUES (1,'a',1,'a@x'),(2,'b',2,'b@x');",
  },
  {
    name: 'Plpgsql notice levels (PGlite round 13)',
    steps: [
      'SET client_min_messages = debug1',
      "DO $$ BEGIN RAISE DEBUG 'dbg'; RAISE LOG 'lg'; RAISE INFO 'inf'; RAISE WARNING 'wrn'; END $$",
    ],
  },
  {
    name: 'Plpgsql quote functions (PGlite round 13)',
    steps: [
      "SELECT quote_ident('a b'), quote_ident('abc'), quote_ident('Abc'), quote_literal(E'a\\'b'), quote_literal(E'a\\\\b'), quote_nullable(NULL), quote_ident('select')",
    ],
  },
  {
    name: 'Format function specifiers (PGlite round 13)',
    steps: ["SELECT format('%s|%I|%L|%%|%2$s|%-5s|%5s|', 'a', 'B c', NULL, 'x')"],
  },
  { name: 'Format too few args (PGlite round 13)', steps: ["SELECT format('%s %s', 'a')"] },
  { name: 'Format bad specifier (PGlite round 13)', steps: ["SELECT format('%d', 1)"] },
  {
    name: 'Format array variadic (PGlite round 13)',
    steps: ["SELECT format('%s-%s', VARIADIC ARRAY['a','b']), format('%1$s %1$I', 'x y')"],
  },
  {
    name: 'Set transaction after query (PGlite round 13)',
    steps: ['BEGIN', 'SELECT 1', 'SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'ROLLBACK'],
  },
  {
    name: 'Set transaction outside (PGlite round 13)',
    steps: ['SET TRANSACTION ISOLATION LEVEL SERIALIZABLE', 'SHOW transaction_isolation'],
  },
  {
    name: 'Transaction isolation show variants (PGlite round 13)',
    steps: [
      'SHOW transaction_isolation',
      'SHOW default_transaction_isolation',
      'BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY, DEFERRABLE',
      'SHOW transaction_isolation',
      'SHOW transaction_read_only',
      'SHOW transaction_deferrable',
      'COMMIT',
    ],
  },
  {
    name: 'Set constraints immediate (PGlite round 13)',
    steps: [
      'CREATE TABLE u (a int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
      'INSERT INTO u VALUES (1)',
      'BEGIN',
      'INSERT INTO u VALUES (1)',
      'SET CONSTRAINTS ALL IMMEDIATE',
      'ROLLBACK',
      'SET CONSTRAINTS u_a_key DEFERRED',
      'SET CONSTRAINTS nope DEFERRED',
    ],
  },
  {
    name: 'Set show reset guc (PGlite round 13)',
    steps: [
      'SET search_path TO public, pg_catalog',
      'SHOW search_path',
      'RESET search_path',
      'SHOW search_path',
      "SET statement_timeout = '1min'",
      'SHOW statement_timeout',
      'SET statement_timeout = 1500',
      'SHOW statement_timeout',
      'RESET ALL',
      'SHOW statement_timeout',
    ],
  },
  {
    name: 'Set invalid values (PGlite round 13)',
    steps: [
      "SET DateStyle = 'foo'",
      "SET work_mem = '1TB'",
      "SET statement_timeout = 'abc'",
      "SET client_min_messages = 'loud'",
      'SET nope.var = 1',
      'SHOW nope.var',
      'SET nope = 1',
    ],
  },
  {
    name: 'Set datestyle variants (PGlite round 13)',
    steps: [
      "SET DateStyle = 'SQL, DMY'",
      "SELECT '2024-03-05'::date, '2024-03-05 13:14:15'::timestamp",
      "SET DateStyle = 'German'",
      "SELECT '2024-03-05'::date",
      "SET DateStyle = 'Postgres, MDY'",
      "SELECT '2024-03-05 13:14:15+00'::timestamptz",
      'SHOW DateStyle',
    ],
  },
  {
    name: 'Set intervalstyle variants (PGlite round 13)',
    steps: [
      "SET IntervalStyle = 'sql_standard'",
      "SELECT interval '1 year 2 months 3 days 04:05:06', interval '-1 day 2 hours'",
      "SET IntervalStyle = 'iso_8601'",
      "SELECT interval '1 year 2 months 3 days 04:05:06.5', interval '0'",
      "SET IntervalStyle = 'postgres_verbose'",
      "SELECT interval '1 year -2 hours 3 seconds'",
    ],
  },
  {
    name: 'Set timezone variants (PGlite round 13)',
    steps: [
      "SET TIME ZONE 'Europe/Paris'",
      "SELECT '2024-07-01 12:00:00+00'::timestamptz",
      'SET TIME ZONE LOCAL',
      'SHOW TimeZone',
      "SET TIME ZONE INTERVAL '+05:30' HOUR TO MINUTE",
      'SHOW TimeZone',
      "SET TimeZone = '+3'",
      "SELECT '2024-07-01 12:00:00+00'::timestamptz",
      "SET TimeZone = 'Nope/Zone'",
    ],
  },
  {
    name: 'Set local and set config (PGlite round 13)',
    steps: [
      'BEGIN',
      "SET LOCAL work_mem = '8MB'",
      'SHOW work_mem',
      "SELECT set_config('work_mem', '16MB', true)",
      'COMMIT',
      'SHOW work_mem',
      "SELECT set_config('my.var', 'x', false), current_setting('my.var'), current_setting('my.nope', true)",
    ],
  },
  {
    name: 'Set local outside transaction warning (PGlite round 13)',
    steps: ["SET LOCAL work_mem = '8MB'", 'SHOW work_mem'],
  },
  {
    name: 'Extra float digits (PGlite round 13)',
    steps: [
      'SET extra_float_digits = 0',
      'SELECT 0.1::float8 + 0.2, 1/3::float4',
      'SET extra_float_digits = 3',
      'SELECT 0.1::float8 + 0.2',
      'SET extra_float_digits = -15',
      'SELECT pi()',
    ],
  },
  {
    name: 'Standard conforming strings off (PGlite round 13)',
    steps: ['SET standard_conforming_strings = off', "SELECT 'a\\\\b' AS x, E'a\\\\b' AS y"],
  },
  { name: 'Timestamp input out of range (PGlite round 13)', steps: ["SELECT timestamp '294277-01-01'"] },
  {
    name: 'Range types basics (PGlite round 13)',
    steps: [
      "SELECT int4range(1, 10), int4range(1, 10, '[]'), numrange(1.5, 2.5, '(]'), daterange('2024-01-01', '2024-01-31', '[]'), tsrange('2024-01-01', NULL), int4range(5, 5), int8range(NULL, NULL)",
    ],
  },
  {
    name: 'Range operators (PGlite round 13)',
    steps: [
      'SELECT int4range(1, 10) @> 5, int4range(1, 10) && int4range(9, 20), int4range(1, 5) -|- int4range(5, 9), int4range(1, 10) * int4range(5, 15), int4range(1, 5) + int4range(5, 9), int4range(1, 10) - int4range(3, 5)',
    ],
  },
  { name: 'Range union gap error (PGlite round 13)', steps: ['SELECT int4range(1, 3) + int4range(5, 9)'] },
  {
    name: 'Range functions (PGlite round 13)',
    steps: [
      "SELECT lower(int4range(1, 10)), upper(int4range(1, 10, '[]')), isempty(int4range(3, 3)), lower_inc(numrange(1, 2)), upper_inf(int4range(1, NULL)), range_merge(int4range(1, 2), int4range(5, 6))",
    ],
  },
  { name: 'Range invalid bounds (PGlite round 13)', steps: ['SELECT int4range(10, 1)'] },
  {
    name: 'Range input text (PGlite round 13)',
    steps: [
      "SELECT '[1,5)'::int4range, '(1,5]'::int4range, 'empty'::int4range, '[,]'::int4range, '[2024-01-01,)'::daterange, '[\"a\",\"c\"]'::tstzrange IS NULL",
    ],
  },
  {
    name: 'Multirange basics (PGlite round 13)',
    steps: [
      "SELECT int4multirange(int4range(1, 3), int4range(5, 8)), '{[1,3), [2,6)}'::int4multirange, int4range(1,10)::int4multirange - '{[3,4)}'::int4multirange",
    ],
  },
  {
    name: 'Multirange functions (PGlite round 13)',
    steps: [
      'SELECT range_agg(r) FROM (VALUES (int4range(1, 3)), (int4range(2, 5)), (int4range(8, 9))) v(r)',
      'SELECT range_intersect_agg(r) FROM (VALUES (int4range(1, 10)), (int4range(5, 15))) v(r)',
      "SELECT unnest('{[1,3), [5,7)}'::int4multirange)",
    ],
  },
  {
    name: 'Range exclusion constraint (PGlite round 13)',
    steps: [
      'CREATE EXTENSION IF NOT EXISTS btree_gist',
      'CREATE TABLE bk (room int, during tsrange, EXCLUDE USING gist (room WITH =, during WITH &&))',
      "INSERT INTO bk VALUES (1, '[2024-01-01 10:00, 2024-01-01 11:00)')",
      "INSERT INTO bk VALUES (1, '[2024-01-01 10:30, 2024-01-01 12:00)')",
    ],
  },
  {
    name: 'Fts basics (PGlite round 13)',
    steps: [
      "SELECT to_tsvector('english', 'The quick brown foxes jumped over the lazy dogs'), to_tsquery('english', 'fox & dog'), plainto_tsquery('english', 'quick foxes'), phraseto_tsquery('english', 'lazy dogs'), websearch_to_tsquery('english', '\"quick fox\" -cat or dog')",
    ],
  },
  {
    name: 'Fts match and rank (PGlite round 13)',
    steps: [
      "SELECT to_tsvector('english', 'a fat cat sat on a mat') @@ to_tsquery('english', 'cats & mats') AS m, ts_rank(to_tsvector('english', 'a fat cat sat on a mat'), to_tsquery('english', 'cat')) AS r, ts_rank_cd(to_tsvector('english', 'fat cat fat cat'), to_tsquery('english', 'fat & cat')) AS rcd",
    ],
  },
  {
    name: 'Fts headline (PGlite round 13)',
    steps: [
      "SELECT ts_headline('english', 'The quick brown fox jumps over the lazy dog', to_tsquery('english', 'fox'))",
      "SELECT ts_headline('english', 'The quick brown fox jumps over the lazy dog', to_tsquery('english', 'fox & dog'), 'StartSel=<b>, StopSel=</b>, MaxWords=5, MinWords=2')",
    ],
  },
  {
    name: 'Fts non ascii (PGlite round 13)',
    steps: [
      "SELECT to_tsvector('simple', 'Ünïcödé façade naïve 日本語 Straße ÉTÉ'), to_tsvector('english', 'Ünïcödé façades'), to_tsvector('simple', 'café-bar e-mail foo@bar.com http://x.org/a 3.14 -5')",
    ],
  },
  {
    name: 'Fts parse tokens (PGlite round 13)',
    steps: ["SELECT alias, token FROM ts_debug('english', 'Crème brûlée 2024-01-01 x@y.io')"],
  },
  {
    name: 'Fts config list (PGlite round 13)',
    steps: ['SELECT cfgname FROM pg_ts_config ORDER BY 1', 'SHOW default_text_search_config'],
  },
  { name: 'Fts tsquery syntax error (PGlite round 13)', steps: ["SELECT to_tsquery('english', 'fox &')"] },
  {
    name: 'Fts setweight and strip (PGlite round 13)',
    steps: [
      "SELECT setweight(to_tsvector('english', 'cat'), 'A') || to_tsvector('english', 'dog'), strip(to_tsvector('english', 'cats dogs')), length(to_tsvector('english', 'one two three')), tsvector_to_array('a:1 b:2'::tsvector), numnode(to_tsquery('a & b'))",
    ],
  },
  {
    name: 'Fts tsvector literal (PGlite round 13)',
    steps: [
      "SELECT 'a:1A fat:2B,4C cat:5D'::tsvector, $$'quoted thing':1$$::tsvector, 'fat & (rat | cat)'::tsquery, '!x <-> y <2> z'::tsquery",
    ],
  },
  {
    name: 'Fts gin index query (PGlite round 13)',
    steps: [
      'CREATE TABLE docs (id int, body text)',
      "CREATE INDEX ON docs USING gin (to_tsvector('english', body))",
      "INSERT INTO docs VALUES (1, 'running quickly'), (2, 'the runner ran')",
      "SELECT id FROM docs WHERE to_tsvector('english', body) @@ to_tsquery('english', 'run') ORDER BY id",
    ],
  },
  {
    name: 'Fts dictionaries list (PGlite round 13)',
    steps: [
      'SELECT dictname, dictinitoption FROM pg_ts_dict ORDER BY 1',
      'SELECT tmplname FROM pg_ts_template ORDER BY 1',
      'SELECT prsname FROM pg_ts_parser ORDER BY 1',
    ],
  },
  {
    name: 'Fts estonian config refused (PGlite round 13)',
    steps: ["SELECT to_tsvector('estonian', 'kassid')"],
  },
  { name: 'Fts config list again (PGlite round 13)', steps: ['SELECT cfgname FROM pg_ts_config ORDER BY 1'] },
  {
    name: 'Fts config mapping english (PGlite round 13)',
    steps: ["SELECT alias, dictionaries::text FROM ts_debug('english', 'hello 42 x@y.io') "],
  },
  {
    name: 'String concatenation operators (PGlite round 13)',
    steps: [
      "SELECT 'a' || 1 || true, 'a' || NULL, concat('a', NULL, 1), concat_ws('-', 'a', NULL, 'b'), 1 || 2",
    ],
  },
  {
    name: 'Text functions misc (PGlite round 13)',
    steps: [
      "SELECT initcap('hello wORLD-foo bar_baz'), btrim('xxhixx', 'x'), ltrim('  a'), rtrim('a  '), overlay('Txxxxas' placing 'hom' from 2 for 4), starts_with('alpha', 'al'), split_part('a-b-c', '-', 2), left('abc', 2), to_hex(255), to_hex(-1), md5(''), octet_length('é'), repeat('ab', 0)",
    ],
  },
  {
    name: 'Substring regex (PGlite round 13)',
    steps: [
      "SELECT substring('foobar' from 'o+'), substring('foobar' from '(o)(b)'), substring('abc' from 2), substring('abc' for 2), substring('abc' from 0 for 2)",
    ],
  },
  { name: 'Substring negative length (PGlite round 13)', steps: ["SELECT substring('abc' from 1 for -1)"] },
  { name: 'Uuid invalid (PGlite round 13)', steps: ["SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1'::uuid"] },
  {
    name: 'Inet and cidr (PGlite round 13)',
    steps: [
      "SELECT '192.168.1.5/24'::inet, '192.168.1.0/24'::cidr, host('10.1.2.3/8'::inet), masklen('10.0.0.0/8'::cidr), '10.1.2.3'::inet << '10.0.0.0/8'::inet, network('192.168.1.5/24'), broadcast('192.168.1.5/24'), '::1'::inet, inet '10.0.0.1' + 5, abbrev(cidr '10.1.0.0/16')",
    ],
  },
  { name: 'Cidr invalid (PGlite round 13)', steps: ["SELECT '192.168.1.5/24'::cidr"] },
  {
    name: 'Macaddr (PGlite round 13)',
    steps: [
      "SELECT '08:00:2b:01:02:03'::macaddr, '0800.2b01.0203'::macaddr, trunc('08:00:2b:01:02:03'::macaddr), '08:00:2b:01:02:03:04:05'::macaddr8",
    ],
  },
  {
    name: 'Geometric basics (PGlite round 13)',
    steps: [
      "SELECT point(1, 2) <-> point(4, 6), box '((0,0),(2,2))' && box '((1,1),(3,3))', area(box '((0,0),(2,3))', circle '<(0,0),1>' @> point(0.5, 0.5), lseg '[(0,0),(1,1)]' ?# lseg '[(0,1),(1,0)]'",
    ],
  },
  {
    name: 'Xml basics (PGlite round 13)',
    steps: [
      "SELECT xmlparse(content '<a>1</a>'), xmlelement(name b, xmlattributes(1 AS x), 'text'), xmlforest(1 AS a, 'q' AS b), xpath('/a/text()', '<a>1</a>'::xml), xml_is_well_formed('<a>')",
    ],
  },
  { name: 'Xml invalid (PGlite round 13)', steps: ["SELECT '<a>'::xml"] },
  {
    name: 'Regexp_replace named arguments (PGlite round 13)',
    steps: ["SELECT regexp_replace(string => 'abc', pattern => 'b', replacement => 'x')"],
  },
  {
    name: 'Regexp_count named arguments (PGlite round 13)',
    steps: ["SELECT regexp_count(string => 'abcb', pattern => 'b')"],
  },
  {
    name: 'String_agg named arguments (PGlite round 13)',
    steps: ["SELECT string_agg(value => x, delimiter => ',') FROM (VALUES ('a'), ('b')) v(x)"],
  },
  {
    name: 'Json_object_agg named arguments (PGlite round 13)',
    steps: ["SELECT json_object_agg(key => 'a', value => 1)"],
  },
  {
    name: 'Regexp functions identity arguments (PGlite round 13)',
    steps: [
      "SELECT pg_get_function_arguments('regexp_replace(text,text,text,integer,integer,text)'::regprocedure), pg_get_function_arguments('string_agg(text,text)'::regprocedure), pg_get_function_arguments('regexp_like(text,text)'::regprocedure)",
    ],
  },
  {
    name: 'Regexp functions positional still work (PGlite round 13)',
    steps: [
      "SELECT regexp_replace('abc', 'b', 'x'), regexp_count('abcb', 'b'), string_agg(x, '-') FROM (VALUES ('a'), ('b')) v(x)",
    ],
  },
  { name: 'Substr and left named arguments (PGlite round 13)', steps: ["SELECT left(str => 'abc', n => 2)"] },
  {
    name: 'Pg_size_pretty variants (PGlite round 13)',
    steps: [
      'SELECT pg_size_pretty(0::bigint), pg_size_pretty(1023::bigint), pg_size_pretty(10239::bigint), pg_size_pretty(10240::bigint), pg_size_pretty(-10485760::bigint), pg_size_pretty(1e15::numeric), pg_size_pretty(1125899906842624::bigint * 1000), pg_size_pretty(-1::numeric)',
    ],
  },
  {
    name: 'Pg_size_bytes variants (PGlite round 13)',
    steps: [
      "SELECT pg_size_bytes('1 kB'), pg_size_bytes('1.5MB'), pg_size_bytes('  2 GB '), pg_size_bytes('1 TB'), pg_size_bytes('1PB'), pg_size_bytes('-3 bytes'), pg_size_bytes('5')",
    ],
  },
  { name: 'Pg_size_bytes invalid unit (PGlite round 13)', steps: ["SELECT pg_size_bytes('1 XB')"] },
  { name: 'Pg_size_bytes B unit (PGlite round 13)', steps: ["SELECT pg_size_bytes('1 B')"] },
  {
    name: 'Math functions float (PGlite round 13)',
    steps: [
      'SELECT cbrt(27::float8), log10(1000::float8), ln(2.718281828459045::float8), exp(1::float8), degrees(pi()), radians(180), sin(0), cos(0), atan2(1, 1), sind(30), cosd(60), tand(45), asind(0.5), sinh(1), acosh(1), log(8::float8)',
    ],
  },
  { name: 'Math errors (PGlite round 13)', steps: ['SELECT ln(0::float8)'] },
  { name: 'Math errors numeric ln (PGlite round 13)', steps: ['SELECT ln(0::numeric)'] },
  { name: 'Math errors sqrt negative (PGlite round 13)', steps: ['SELECT sqrt(-1::float8)'] },
  { name: 'Math errors log negative numeric (PGlite round 13)', steps: ['SELECT log(-1::numeric)'] },
  {
    name: 'Bytea functions (PGlite round 13)',
    steps: [
      "SELECT get_byte('\\x0102'::bytea, 1), set_byte('\\x0102'::bytea, 0, 255), get_bit('\\x01'::bytea, 0), substring('\\x01020304'::bytea from 2 for 2), position('\\x03'::bytea in '\\x010203'::bytea), ltrim('\\x000001'::bytea, '\\x00'::bytea), btrim('\\x00aa00'::bytea, '\\x00'::bytea), length('\\x0102'::bytea), sha224('a'), bit_count('\\xff'::bytea)",
    ],
  },
  { name: 'Bytea get_byte out of range (PGlite round 13)', steps: ["SELECT get_byte('\\x01'::bytea, 5)"] },
  {
    name: 'String_to_table and friends (PGlite round 13)',
    steps: ["SELECT string_to_table('a,b,,c', ','), string_to_table('a b', ' ', 'b')"],
  },
  {
    name: 'Text search helpers (PGlite round 13)',
    steps: [
      "SELECT array_to_tsvector('{fat,cat}'), ts_delete('fat:2,4 cat:3'::tsvector, 'fat'), ts_filter('cat:3A fat:2B'::tsvector, '{a}'), querytree(to_tsquery('!defined'))",
    ],
  },
  {
    name: 'Sql function creating then using table (PGlite round 13)',
    steps: [
      'CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ CREATE TABLE made (a int); INSERT INTO made VALUES (1); SELECT count(*)::int FROM made $$',
      'SELECT mk()',
    ],
  },
  {
    name: 'Sql function altering then using column (PGlite round 13)',
    steps: [
      'CREATE TABLE made (a int)',
      'CREATE FUNCTION mk() RETURNS int LANGUAGE sql AS $$ ALTER TABLE made ADD COLUMN b int; INSERT INTO made (a, b) VALUES (1, 2); SELECT b FROM made $$',
      'SELECT mk()',
    ],
  },
  {
    name: 'Sql function temp table within (PGlite round 13)',
    steps: [
      'CREATE FUNCTION mk() RETURNS bigint LANGUAGE sql AS $$ CREATE TEMP TABLE tt AS SELECT 1 AS x; SELECT count(*) FROM tt $$',
      'SELECT mk()',
    ],
  },
  {
    name: 'Plpgsql open cursor named args arrow (PGlite round 13)',
    steps: [
      "DO $$ DECLARE c CURSOR (k int) FOR SELECT k * 2 AS v; r record; BEGIN OPEN c(k => 3); FETCH c INTO r; RAISE NOTICE '%', r.v; CLOSE c; END $$",
    ],
  },
  {
    name: 'Plpgsql open cursor named args colon (PGlite round 13)',
    steps: [
      "DO $$ DECLARE c CURSOR (k int) FOR SELECT k * 2 AS v; r record; BEGIN OPEN c(k := 3); FETCH c INTO r; RAISE NOTICE '%', r.v; CLOSE c; END $$",
    ],
  },
  {
    name: 'Plpgsql for cursor named args arrow (PGlite round 13)',
    steps: [
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE c CURSOR (k int) FOR SELECT g FROM generate_series(1, k) g; s int := 0; BEGIN FOR r IN c(k => 3) LOOP s := s + r.g; END LOOP; RETURN s; END $$',
      'SELECT f()',
    ],
  },
  {
    name: 'Sql function polymorphic anycompatible (PGlite round 13)',
    steps: [
      "CREATE FUNCTION pick(a anycompatible, b anycompatible) RETURNS anycompatible LANGUAGE sql AS 'SELECT coalesce(a, b)'",
      "SELECT pick(1, 2.5), pick(NULL, 'x'::text)",
    ],
  },
  {
    name: 'Sql function returns setof record (PGlite round 13)',
    steps: [
      "CREATE FUNCTION rs() RETURNS SETOF record LANGUAGE sql AS 'SELECT 1, ''a'''",
      'SELECT * FROM rs() AS (a int, b text)',
      'SELECT * FROM rs()',
    ],
  },
  {
    name: 'Sql function column mismatch record (PGlite round 13)',
    steps: [
      "CREATE FUNCTION rs() RETURNS SETOF record LANGUAGE sql AS 'SELECT 1, ''a'''",
      'SELECT * FROM rs() AS (a int, b int)',
    ],
  },
  {
    name: 'Sql function select into error (PGlite round 13)',
    steps: ["CREATE FUNCTION bad() RETURNS int LANGUAGE sql AS 'SELECT 1 INTO x'"],
  },
  {
    name: 'Sql function last statement not select (PGlite round 13)',
    steps: ["CREATE FUNCTION bad() RETURNS int LANGUAGE sql AS 'CREATE TABLE q (a int)'"],
  },
  {
    name: 'Sql function transaction control (PGlite round 13)',
    steps: ["CREATE FUNCTION bad() RETURNS void LANGUAGE sql AS 'COMMIT'", 'SELECT bad()'],
  },
  {
    name: 'Sql procedure with atomic body (PGlite round 13)',
    steps: [
      'CREATE TABLE pt (a int)',
      'CREATE PROCEDURE ins(x int) LANGUAGE sql BEGIN ATOMIC INSERT INTO pt VALUES (x); INSERT INTO pt VALUES (x + 1); END',
      'CALL ins(5)',
      'SELECT * FROM pt ORDER BY a',
    ],
  },
  {
    name: 'Sql function atomic referencing missing (PGlite round 13)',
    steps: ['CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT a FROM nope; END'],
  },
  {
    name: 'Drop table used by atomic function (PGlite round 13)',
    steps: [
      'CREATE TABLE pt (a int)',
      'CREATE FUNCTION f() RETURNS bigint LANGUAGE sql BEGIN ATOMIC SELECT count(*) FROM pt; END',
      'DROP TABLE pt',
    ],
  },
  {
    name: 'Expressions over table columns: SELECT id, round(price, -1) AS r FROM p ORDER BY id',
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, price numeric(10,2), qty int, rate float8, label text, d date, ts timestamp, flag boolean); INSERT INTO p VALUES (1, 10.50, 3, 0.1, 'Apple', '2024-01-31', '2024-01-31 10:00', true), (2, 0.99, -7, 2.5, 'banana', '2024-02-29', '2024-02-29 23:59:59', NULL), (3, NULL, 0, NULL, NULL, NULL, NULL, false);",
    steps: ['SELECT id, round(price, -1) AS r FROM p ORDER BY id'],
  },
  {
    name: 'Expressions over table columns: SELECT id, qty % 3 AS r, mod(qty, 3) AS m FROM p ORDER BY id',
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, price numeric(10,2), qty int, rate float8, label text, d date, ts timestamp, flag boolean); INSERT INTO p VALUES (1, 10.50, 3, 0.1, 'Apple', '2024-01-31', '2024-01-31 10:00', true), (2, 0.99, -7, 2.5, 'banana', '2024-02-29', '2024-02-29 23:59:59', NULL), (3, NULL, 0, NULL, NULL, NULL, NULL, false);",
    steps: ['SELECT id, qty % 3 AS r, mod(qty, 3) AS m FROM p ORDER BY id'],
  },
  {
    name: 'Expressions over table columns: SELECT id, div(qty, 2) AS r FROM p ORDER BY id',
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, price numeric(10,2), qty int, rate float8, label text, d date, ts timestamp, flag boolean); INSERT INTO p VALUES (1, 10.50, 3, 0.1, 'Apple', '2024-01-31', '2024-01-31 10:00', true), (2, 0.99, -7, 2.5, 'banana', '2024-02-29', '2024-02-29 23:59:59', NULL), (3, NULL, 0, NULL, NULL, NULL, NULL, false);",
    steps: ['SELECT id, div(qty, 2) AS r FROM p ORDER BY id'],
  },
  {
    name: "Expressions over table columns: SELECT id FROM p WHERE label ILIKE 'a%' ORDER BY id",
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, price numeric(10,2), qty int, rate float8, label text, d date, ts timestamp, flag boolean); INSERT INTO p VALUES (1, 10.50, 3, 0.1, 'Apple', '2024-01-31', '2024-01-31 10:00', true), (2, 0.99, -7, 2.5, 'banana', '2024-02-29', '2024-02-29 23:59:59', NULL), (3, NULL, 0, NULL, NULL, NULL, NULL, false);",
    steps: ["SELECT id FROM p WHERE label ILIKE 'a%' ORDER BY id"],
  },
  {
    name: "Expressions over table columns: SELECT id, position('a' IN label) AS r FROM p ORDER BY id",
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, price numeric(10,2), qty int, rate float8, label text, d date, ts timestamp, flag boolean); INSERT INTO p VALUES (1, 10.50, 3, 0.1, 'Apple', '2024-01-31', '2024-01-31 10:00', true), (2, 0.99, -7, 2.5, 'banana', '2024-02-29', '2024-02-29 23:59:59', NULL), (3, NULL, 0, NULL, NULL, NULL, NULL, false);",
    steps: ["SELECT id, position('a' IN label) AS r FROM p ORDER BY id"],
  },
  {
    name: "Expressions over table columns: SELECT id, split_part(label, 'a', -1) AS r FROM p ORDER BY id",
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, price numeric(10,2), qty int, rate float8, label text, d date, ts timestamp, flag boolean); INSERT INTO p VALUES (1, 10.50, 3, 0.1, 'Apple', '2024-01-31', '2024-01-31 10:00', true), (2, 0.99, -7, 2.5, 'banana', '2024-02-29', '2024-02-29 23:59:59', NULL), (3, NULL, 0, NULL, NULL, NULL, NULL, false);",
    steps: ["SELECT id, split_part(label, 'a', -1) AS r FROM p ORDER BY id"],
  },
  {
    name: 'Expressions over table columns: SELECT id, flag IS TRUE AS t, flag IS NOT FALSE AS nf, flag IS UNKNOWN AS u FROM p ORDER BY id',
    setup:
      "CREATE TABLE p (id int PRIMARY KEY, price numeric(10,2), qty int, rate float8, label text, d date, ts timestamp, flag boolean); INSERT INTO p VALUES (1, 10.50, 3, 0.1, 'Apple', '2024-01-31', '2024-01-31 10:00', true), (2, 0.99, -7, 2.5, 'banana', '2024-02-29', '2024-02-29 23:59:59', NULL), (3, NULL, 0, NULL, NULL, NULL, NULL, false);",
    steps: ['SELECT id, flag IS TRUE AS t, flag IS NOT FALSE AS nf, flag IS UNKNOWN AS u FROM p ORDER BY id'],
  },
  { name: 'Scalar functions: SELECT round(1250, -2) AS r', steps: ['SELECT round(1250, -2) AS r'] },
  { name: 'Scalar functions: SELECT mod(-7, 3) AS r', steps: ['SELECT mod(-7, 3) AS r'] },
  { name: 'Scalar functions: SELECT -7 % 3 AS r', steps: ['SELECT -7 % 3 AS r'] },
  { name: 'Scalar functions: SELECT div(-7, 2) AS r', steps: ['SELECT div(-7, 2) AS r'] },
  { name: 'Scalar functions: SELECT div(-7.9, 2) AS r', steps: ['SELECT div(-7.9, 2) AS r'] },
  {
    name: "Scalar functions: SELECT position('' IN 'abc') AS r",
    steps: ["SELECT position('' IN 'abc') AS r"],
  },
  { name: "Scalar functions: SELECT position('' IN '') AS r", steps: ["SELECT position('' IN '') AS r"] },
  { name: "Scalar functions: SELECT strpos('abc', '') AS r", steps: ["SELECT strpos('abc', '') AS r"] },
  {
    name: "Scalar functions: SELECT split_part('a,b,c', ',', -1) AS r",
    steps: ["SELECT split_part('a,b,c', ',', -1) AS r"],
  },
  {
    name: "Scalar functions: SELECT split_part('a,b,c', ',', -3) AS r",
    steps: ["SELECT split_part('a,b,c', ',', -3) AS r"],
  },
  {
    name: "Scalar functions: SELECT split_part('a,b,c', ',', -4) AS r",
    steps: ["SELECT split_part('a,b,c', ',', -4) AS r"],
  },
  {
    name: 'SHOW of effective_io_concurrency and maintenance_io_concurrency gives 15 defaults (p5)',
    steps: ['SHOW effective_io_concurrency', 'SHOW maintenance_io_concurrency'],
  },
  {
    name: 'current_setting of the io_concurrency settings gives 15 defaults (p5)',
    steps: [
      "SELECT current_setting('effective_io_concurrency') AS e, current_setting('maintenance_io_concurrency') AS m",
    ],
  },
  {
    name: 'pg_settings lists the io_concurrency settings at 15 defaults (p5)',
    steps: [
      "SELECT name, setting, boot_val, reset_val, source FROM pg_settings WHERE name IN ('effective_io_concurrency', 'maintenance_io_concurrency') ORDER BY name",
    ],
  },
  {
    name: 'substring with a text pattern is a regular expression match (round 15)',
    steps: [
      "SELECT substring('hello', 'l+') AS a, substring('XY1234Z', 'Y*([0-9]{1,3})') AS b, substring('key=value', '=(.*)$') AS c",
      "SELECT substring('abc', '2') AS none",
      { sql: 'SELECT substring($1, $2) AS p', params: ['hello', '2'] },
      "SELECT substring('hello', 2) AS start_position",
    ],
  },
  {
    name: 'Identifiers 16 made keywords are quoted as 15 quotes them (round 16)',
    setup:
      'CREATE TABLE merge_action (json jsonb, system_user int); CREATE INDEX merge_action_json ON merge_action (json);',
    steps: [
      "SELECT quote_ident('json') AS a, quote_ident('json_table') AS b, quote_ident('select') AS c, format('%I.%I', 'system_user', 'json_value') AS d",
      "SELECT 'merge_action'::regclass::text AS t, pg_get_indexdef('merge_action_json'::regclass) AS i",
    ],
  },
  {
    name: "nextval('s') IN (1, 2) takes one value, as does = ANY (round 17)",
    setup: 'CREATE SEQUENCE s',
    steps: [
      "SELECT nextval('s') IN (1, 2) AS a",
      "SELECT nextval('s') = ANY (ARRAY[2, 3]) AS b",
      "SELECT nextval('s') AS next",
    ],
  },
  {
    name: "CASE nextval('s') WHEN ... WHEN ... computes its subject once (round 17)",
    setup: 'CREATE SEQUENCE s',
    steps: [
      "SELECT CASE nextval('s') WHEN 5 THEN 'a' WHEN 6 THEN 'b' ELSE 'c' END AS v",
      "SELECT nextval('s') AS next",
    ],
  },
  {
    name: 'AND, BETWEEN and row comparisons over nextval() take one value each (round 17)',
    setup: 'CREATE SEQUENCE s',
    steps: [
      "SELECT (nextval('s') = 1) AND true AS a",
      "SELECT 1 BETWEEN nextval('s') AND 10 AS b",
      "SELECT (nextval('s'), 1) < (5, 2) AS c",
      "SELECT nextval('s') AS next",
    ],
  },
  {
    name: 'A gen_random_uuid() is version 4, variant 8-b, read once (round 17)',
    steps: [
      "SELECT substr(u::text, 15, 1) AS version, substr(u::text, 20, 1) IN ('8', '9', 'a', 'b') AS variant FROM (SELECT gen_random_uuid() AS u) s",
      "SELECT substr(gen_random_uuid()::text, 20, 1) IN ('8', '9', 'a', 'b') AS variant",
    ],
  },
  {
    name: "|| binds looser than + and *: 'n: ' || 1 + 1 is 'n: 2' (round 17)",
    steps: [`SELECT 'n: ' || 1 + 1 AS a, 'x' || 5 - 2 AS b, 1 + 2 || 'x' AS c, 'n: ' || 2 * 3 AS d`],
  },
  {
    name: 'plpgsql %TYPE naming a missing column is a syntax error (round 17)',
    setup: 'CREATE TABLE item (id int PRIMARY KEY, name text)',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $fn$ DECLARE n item.nope%TYPE; BEGIN RETURN 1; END $fn$',
      'CREATE FUNCTION g() RETURNS text LANGUAGE plpgsql AS $fn$ DECLARE n nope.x%TYPE; BEGIN RETURN 1; END $fn$',
      "CREATE FUNCTION h() RETURNS text LANGUAGE plpgsql AS $fn$ DECLARE n item.name%TYPE := 'ok'; BEGIN RETURN n; END $fn$",
      'SELECT h() AS v',
    ],
  },
  {
    name: 'SQL/JSON syntax of 16-17 inside function bodies fails at creation as on 15 (round 17)',
    steps: [
      'CREATE FUNCTION isj(t text) RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN RETURN t IS JSON; END $$',
      "CREATE FUNCTION js() RETURNS json LANGUAGE sql AS $$ SELECT JSON_OBJECT('a': 1) $$",
      "CREATE FUNCTION jsok() RETURNS json LANGUAGE sql AS $$ SELECT json_build_object('a', 1) $$",
      'SELECT jsok() AS v',
    ],
  },
  {
    name: 'RETURNING old.column in a SQL function body is 42P01 on 15 (round 17)',
    setup: 'CREATE TABLE r (a int); INSERT INTO r VALUES (1)',
    steps: [
      'CREATE FUNCTION upd() RETURNS int LANGUAGE sql AS $$ UPDATE r SET a = 2 RETURNING old.a $$',
      'CREATE FUNCTION upd2() RETURNS int LANGUAGE sql AS $$ UPDATE r SET a = a + 1 RETURNING a $$',
      'SELECT upd2() AS v',
    ],
  },
  {
    name: 'pg_get_functiondef of built-ins and of a user function (round 17)',
    setup:
      'CREATE FUNCTION add(a integer, b integer DEFAULT 1) RETURNS integer LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT a + b $$',
    steps: [
      "SELECT pg_get_functiondef('lower(text)'::regprocedure) AS lower_def, pg_get_functiondef('version()'::regprocedure) AS version_def",
      "SELECT pg_get_functiondef('add'::regproc) AS def, pg_get_function_arguments('add'::regproc) AS args, pg_get_function_result('add'::regproc) AS result",
    ],
  },
  {
    name: 'a SQL function reading pg_constraint sees 15 rows (no NOT NULL constraints) (round 17)',
    setup: 'CREATE TABLE nn (id int PRIMARY KEY, a int NOT NULL)',
    steps: [
      "CREATE FUNCTION cons(rel regclass) RETURNS text LANGUAGE sql STABLE AS $$ SELECT string_agg(conname || ':' || contype, ',' ORDER BY conname) FROM pg_constraint WHERE conrelid = rel $$",
      "SELECT cons('nn') AS v",
    ],
  },
  {
    name: 'updated_at and version trigger on UPDATE (round 17)',
    setup: `CREATE TABLE doc (id int PRIMARY KEY, title text NOT NULL, version int NOT NULL DEFAULT 1, updated_at timestamptz NOT NULL DEFAULT '2000-01-01 00:00:00+00');
      INSERT INTO doc (id, title) VALUES (1, 'one'), (2, 'two');
      CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated_at := '2024-05-06 07:08:09+00'; NEW.version := OLD.version + 1; RETURN NEW; END $$;
      CREATE TRIGGER doc_touch BEFORE UPDATE ON doc FOR EACH ROW EXECUTE FUNCTION touch();`,
    steps: [
      "SET TimeZone = 'UTC'",
      {
        sql: 'UPDATE doc SET title = $1 WHERE id = $2 RETURNING id, title, version, updated_at',
        params: ['uno', 1],
      },
      'SELECT id, version, updated_at FROM doc ORDER BY id',
    ],
  },
  {
    name: 'audit trigger writes jsonb rows to another table, undone by ROLLBACK (round 17)',
    setup: `CREATE TABLE doc (id int PRIMARY KEY, title text NOT NULL);
      CREATE TABLE doc_audit (n serial PRIMARY KEY, op text, doc_id int, old_row jsonb, new_row jsonb);
      CREATE FUNCTION doc_audit_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF TG_OP = 'INSERT' THEN INSERT INTO doc_audit (op, doc_id, new_row) VALUES (TG_OP, NEW.id, to_jsonb(NEW));
        ELSIF TG_OP = 'UPDATE' THEN INSERT INTO doc_audit (op, doc_id, old_row, new_row) VALUES (TG_OP, NEW.id, to_jsonb(OLD), to_jsonb(NEW));
        ELSE INSERT INTO doc_audit (op, doc_id, old_row) VALUES (TG_OP, OLD.id, to_jsonb(OLD)); END IF;
        RETURN NULL; END $$;
      CREATE TRIGGER doc_audit AFTER INSERT OR UPDATE OR DELETE ON doc FOR EACH ROW EXECUTE FUNCTION doc_audit_fn();`,
    steps: [
      "INSERT INTO doc VALUES (4, 'four')",
      "UPDATE doc SET title = 'FOUR' WHERE id = 4",
      'BEGIN',
      'DELETE FROM doc WHERE id = 4',
      'ROLLBACK',
      'SELECT n, op, doc_id, old_row, new_row FROM doc_audit ORDER BY n',
    ],
  },
  {
    name: 'merge_db upsert loop retries on unique_violation (round 17)',
    setup: 'CREATE TABLE db (a INT PRIMARY KEY, b TEXT)',
    steps: [
      `CREATE FUNCTION merge_db(key INT, data TEXT) RETURNS text LANGUAGE plpgsql AS $$ BEGIN
        LOOP
          UPDATE db SET b = data WHERE a = key;
          IF found THEN RETURN 'updated'; END IF;
          BEGIN INSERT INTO db(a, b) VALUES (key, data); RETURN 'inserted';
          EXCEPTION WHEN unique_violation THEN END;
        END LOOP; END $$`,
      "SELECT merge_db(1, 'david') AS a",
      "SELECT merge_db(1, 'dennis') AS b",
      'SELECT a, b FROM db ORDER BY a',
    ],
  },
  {
    name: 'strings: format positions, widths and star widths (round 19)',
    steps: [
      "SELECT format('|%1$10s|%1$-10s|', 'x') AS a, format('|%2$*1$s|', 5, 'ab') AS b, format('|%*s|', -4, 'ab') AS c, format('%I.%L', 'Mixed Name', E'O\\'Reilly') AS d",
    ],
  },
  {
    name: 'strings: split_part negative fields and missing delimiter (round 19)',
    steps: [
      "SELECT split_part('a,b,c', ',', -1) AS a, split_part('abc', ',', -1) AS b, split_part('abc', ',', 2) AS c",
    ],
  },
  {
    name: 'strings: regexp_count, regexp_instr and regexp_substr with start, N, flags and subexpression (round 19)',
    steps: [
      "SELECT regexp_count('ABCABCAXYaxy', 'A.', 1, 'i') AS a, regexp_instr('abcdef', 'b(c)(d)', 1, 1, 1, '', 2) AS b, regexp_substr('abcabd', 'b.', 1, 2) AS c, regexp_replace('aaaa', 'a', 'x', 1, 3) AS d",
    ],
  },
  {
    name: 'strings: LIKE with ESCAPE, an empty escape and a trailing escape (round 19)',
    steps: [
      "SELECT 'a%c' LIKE 'a!%c' ESCAPE '!' AS a, 'a\\c' LIKE 'a\\c' ESCAPE '' AS b",
      "SELECT 'abc' LIKE 'abc\\' AS c",
    ],
  },
  {
    name: 'strings: SIMILAR TO and substring similar with escape (round 19)',
    steps: [
      "SELECT 'abc' SIMILAR TO '%(b|d)%' AS a, substring('Thomas' similar '%#\"o_a#\"_' escape '#') AS b",
    ],
  },
  {
    name: 'strings: to_char FM, TH and roman numerals (round 19)',
    steps: [
      "SELECT to_char(TIMESTAMP '2022-03-04 05:06:07', 'FMDDth FMMonth YYYY, FMHH12:MI AM') AS a, to_char(485, 'FMRN') AS b, to_char(-0.1, 'FM90.99') AS c, to_char(12, '99V999') AS d",
    ],
  },
  {
    name: 'datetime: extract quarter of negative intervals truncates toward zero (round 19)',
    steps: [
      "SELECT extract(quarter FROM interval '-2 months') AS a, date_part('qtr', interval '-5 months') AS b, extract(quarter FROM interval '-1 year') AS c, extract(quarter FROM interval '-1 year -8 months') AS d",
    ],
  },
  {
    name: 'datetime: age of infinity reads the largest timestamp fields (round 19)',
    steps: [
      "SELECT age(timestamp 'infinity', timestamp '1990-05-17 10:00')::text AS a, age(timestamp '2000-01-01', timestamp 'infinity')::text AS b, age(timestamp 'infinity', timestamp 'infinity')::text AS c, age(NULL::timestamp) AS d",
    ],
  },
  {
    name: 'datetime: age of timestamptz infinity in a session zone (round 19)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT age(timestamptz 'infinity', timestamptz '2024-07-01 00:00+00')::text AS v",
    ],
  },
  {
    name: 'datetime: subtracting timestamps 2^63 microseconds apart wraps (round 19)',
    steps: [
      "SELECT (timestamp '294276-12-31' - timestamp '4713-01-01 BC')::text AS a, (timestamp '290000-01-01' - timestamp '2000-01-01 10:00:00.5')::text AS b",
    ],
  },
  {
    name: 'datetime: date_trunc of infinity ignores the unit and the zone (round 19)',
    steps: [
      "SELECT date_trunc('bogus', timestamptz 'infinity', 'XYZ')::text AS a, date_trunc('timezone', timestamp '-infinity')::text AS b, date_trunc('day', timestamptz 'infinity', NULL) AS c",
    ],
  },
  {
    name: 'datetime: AT TIME ZONE IST under Asia/Kolkata reads the abbreviation set (round 19)',
    steps: [
      "SET TimeZone = 'Asia/Kolkata'",
      "SELECT (timestamptz '2024-01-01 12:00+00' AT TIME ZONE 'IST')::text AS a, timezone('ist', timestamp '2024-01-01 12:00')::text AS b, date_trunc('day', timestamptz '2024-01-01 20:00+00', 'IST')::text AS c, make_timestamptz(2024, 1, 1, 10, 0, 0, 'IST')::text AS d",
    ],
  },
  {
    name: 'datetime: extract julian isoyear week epoch (round 19)',
    steps: [
      "SELECT extract(julian FROM date '2006-01-01') AS j, extract(isoyear FROM date '2006-01-01') AS y, extract(week FROM date '2006-01-01') AS w, extract(epoch FROM timestamptz '2001-02-16 20:38:40.12-08') AS e",
    ],
  },
  {
    name: 'datetime: date_bin docs examples (round 19)',
    steps: [
      "SELECT date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01') AS a, date_bin('15 minutes', timestamp '2020-02-11 15:44:17', timestamp '2001-01-01 00:02:30') AS b",
    ],
  },
  {
    name: 'datetime: generate_series of timestamptz by day across DST (round 19)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT v::text AS v FROM generate_series(timestamptz '2024-03-08 00:00', timestamptz '2024-03-12 00:00', interval '1 day') AS v",
    ],
  },
  {
    name: 'datetime: justify functions (round 19)',
    steps: [
      "SELECT justify_days(interval '35 days') AS a, justify_hours(interval '-27 hours') AS b, justify_interval(interval '1 mon -1 hour') AS c",
    ],
  },
  {
    name: 'datetime: OVERLAPS with an interval end (round 19)',
    steps: [
      "SELECT (DATE '2001-02-16', INTERVAL '100 days') OVERLAPS (DATE '2001-10-30', DATE '2002-10-30') AS v",
    ],
  },
  {
    name: 'numbers: integer division and modulo signs (round 19)',
    steps: ['SELECT -5 / 2 AS a, 5 / -2 AS b, -5 % 4 AS c, 5 % -4 AS d, div(-9.5, 4) AS e, mod(-9, 4) AS f'],
  },
  { name: 'numbers: power of zero to a negative is 2201F (round 19)', steps: ['SELECT power(0.0, -1) AS v'] },
  { name: 'numbers: log of zero is 2201E (round 19)', steps: ['SELECT ln(0) AS v'] },
  {
    name: 'numbers: width_bucket with zero buckets is 2201G (round 19)',
    steps: ['SELECT width_bucket(5, 0, 10, 0) AS v'],
  },
  {
    name: 'numbers: width_bucket forms (round 19)',
    steps: [
      'SELECT width_bucket(5.35, 0.024, 10.06, 5) AS a, width_bucket(11, 10, 0, 5) AS b, width_bucket(6, ARRAY[1, 3, 5, 10]) AS c',
    ],
  },
  {
    name: 'numbers: gcd lcm and scale functions (round 19)',
    steps: [
      'SELECT gcd(1071, 462) AS a, lcm(-4, 6) AS b, gcd(1.5, 0.25) AS c, scale(8.4100) AS d, min_scale(8.4100) AS e, trim_scale(8.4100) AS f',
    ],
  },
  { name: 'numbers: factorial of a negative (round 19)', steps: ['SELECT factorial(-1) AS v'] },
  { name: 'numbers: sqrt of a negative numeric (round 19)', steps: ['SELECT sqrt(-1.0) AS v'] },
  {
    name: 'composites COALESCE, NULLIF, GREATEST type resolution and errors (round 19)',
    steps: [
      'SELECT pg_typeof(COALESCE(1, 2.5))::text AS a, NULLIF(1.0, 1) AS b, GREATEST(1, NULL, 2) AS c, LEAST(1, 2::int8) AS d',
      "SELECT COALESCE(1, 'x') AS e",
    ],
  },
  {
    name: 'aggregates: array_agg and string_agg catalog rows have no parallel support functions (round 19)',
    steps: [
      "SELECT aggfnoid::regprocedure::text AS f, aggcombinefn::text AS c, aggserialfn::text AS s, aggdeserialfn::text AS d FROM pg_aggregate WHERE aggfnoid IN (SELECT oid FROM pg_proc WHERE proname IN ('array_agg', 'string_agg')) ORDER BY 1",
    ],
  },
  {
    name: 'aggregates: sum(interval) catalog row adds with interval_pl (round 19)',
    steps: [
      "SELECT aggtransfn::text AS t, aggfinalfn::text AS f, aggcombinefn::text AS c, aggmtransfn::text AS m, aggminvtransfn::text AS mi, aggtranstype::regtype::text AS tt FROM pg_aggregate WHERE aggfnoid = 'sum(interval)'::regprocedure",
    ],
  },
  {
    name: 'aggregates: pg_aggregate and pg_proc list 15s aggregates and support functions only (round 19)',
    steps: [
      'SELECT aggkind, count(*) AS n FROM pg_aggregate GROUP BY aggkind ORDER BY 1',
      "SELECT count(*) AS n FROM pg_proc WHERE proname LIKE '%agg_unique%' OR proname LIKE '%agg_strict%' OR proname LIKE 'any_value%'",
    ],
  },
  {
    name: 'aggregates: window functions planner support functions as 15 (round 19)',
    steps: ["SELECT proname, prosupport::text AS s FROM pg_proc WHERE prokind = 'w' ORDER BY 1, 2"],
  },
  {
    name: 'aggregates: string_agg on bytea and with a NULL delimiter (round 19)',
    setup:
      "CREATE TABLE t (id int, g text, v int, s text);\nINSERT INTO t VALUES (1, 'a', 10, 'x'), (2, 'a', 20, 'y'), (3, 'a', NULL, NULL), (4, 'b', 5, 'z'), (5, 'b', 5, 'z'), (6, 'c', NULL, NULL);",
    steps: [
      "SELECT string_agg(x, '\\x2c'::bytea ORDER BY x) AS a FROM (VALUES ('\\x0102'::bytea), ('\\xff'::bytea)) v(x)",
      'SELECT string_agg(s, NULL ORDER BY id) AS a FROM t',
    ],
  },
  {
    name: 'aggregates: bit_and bit_or bit_xor over ints and bit strings, unequal lengths 22026 (round 19)',
    steps: [
      'SELECT bit_and(x) AS a, bit_or(x) AS o, bit_xor(x) AS x FROM (VALUES (12), (10), (NULL), (6)) v(x)',
      "SELECT bit_and(x) AS a, bit_or(x) AS o, bit_xor(x) AS x FROM (VALUES (B'1100'), (B'1010')) v(x)",
      "SELECT bit_xor(x) AS a FROM (VALUES (B'1100'), (B'10')) v(x)",
    ],
  },
  {
    name: 'aggregates: range_agg and range_intersect_agg (round 19)',
    steps: [
      'SELECT range_agg(r) AS a FROM (VALUES (int4range(1,3)), (int4range(2,5)), (int4range(7,9)), (NULL)) v(r)',
      'SELECT range_intersect_agg(r) AS a FROM (VALUES (int4range(1,10)), (int4range(3,15)), (int4range(0,8))) v(r)',
    ],
  },
  {
    name: 'aggregates: generate_series step 0 is 22023, the time zone form is newer than 15 (round 19)',
    steps: [
      'SELECT * FROM generate_series(1, 5, 0)',
      "SELECT * FROM generate_series('2024-01-01 00:00+00'::timestamptz, '2024-01-02 00:00+00', '1 day', 'UTC')",
    ],
  },
  {
    name: 'sysfuncs: pg_reload_conf answers true (a server signals its postmaster) (round 19)',
    steps: ['SELECT pg_reload_conf() AS v'],
  },
  {
    name: 'sysfuncs: pg_last_wal_replay_lsn is NULL on a server started without recovery (round 19)',
    steps: ['SELECT pg_last_wal_replay_lsn() AS v, pg_last_xact_replay_timestamp() AS t'],
  },
  {
    name: 'sysfuncs: pg_read_file of the data directory (round 19)',
    steps: ["SELECT pg_read_file('PG_VERSION') AS v"],
  },
  {
    name: 'sysfuncs: setval with is_called false then nextval and currval (round 19)',
    setup: 'CREATE SEQUENCE s;',
    steps: [
      "SELECT setval('s', 42, false) AS a",
      "SELECT nextval('s') AS b",
      "SELECT currval('s') AS c, lastval() AS d",
    ],
  },
  {
    name: 'sysfuncs: tsvector and tsquery input normalisation (round 19)',
    steps: [
      "SELECT 'a fat cat sat on a mat and ate a fat rat'::tsvector AS v, 'a:3,1,2,1 b:2A'::tsvector AS p, $$'it''s' & !(a | b) <2> c:*AB$$::tsquery AS q",
    ],
  },
  {
    name: 'sysfuncs: to_tsvector and the four tsquery parsers, english and simple (round 19)',
    steps: [
      "SELECT to_tsvector('english', 'The Fat Rats') AS e, to_tsvector('simple', 'The Fat Rats') AS s, to_tsquery('english', 'The & Fat & Rats') AS t, plainto_tsquery('english', 'The Fat & Rats:C') AS p, phraseto_tsquery('english', 'The Cat and Rats') AS ph",
    ],
  },
  {
    name: 'sysfuncs: websearch_to_tsquery doc examples (round 19)',
    steps: [
      "SELECT websearch_to_tsquery('english', '\"supernovae stars\" -crab') AS a, websearch_to_tsquery('english', '\"sad cat\" or \"fat rat\"') AS b, websearch_to_tsquery('english', 'signal -\"segmentation fault\"') AS c, websearch_to_tsquery('english', '\"\"\" )( dummy \\\\ query <->') AS d",
    ],
  },
  {
    name: 'sysfuncs: setweight, strip, ts_delete, ts_filter, tsvector_to_array (round 19)',
    steps: [
      "SELECT setweight('fat:2,4 cat:3 rat:5,6B'::tsvector, 'A', '{cat,rat}') AS w, strip('fat:2,4 cat:3 rat:5A'::tsvector) AS s, ts_delete('fat:2,4 cat:3 rat:5A'::tsvector, ARRAY['fat','rat']) AS d, ts_filter('fat:2,4 cat:3b,7c rat:5A'::tsvector, '{a,b}') AS f, tsvector_to_array('b:1 a'::tsvector) AS arr",
    ],
  },
  {
    name: 'sysfuncs: unnest(tsvector) rows (round 19)',
    steps: ["SELECT * FROM unnest('cat:3 fat:2,4 rat:5A'::tsvector)"],
  },
  {
    name: 'sysfuncs: ts_rank and ts_rank_cd with weights and normalization (round 19)',
    steps: [
      "SELECT round(ts_rank(to_tsvector('english', 'fat cat sat on mat'), to_tsquery('cat'), 2|4)::numeric, 6) AS r, round(ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', setweight(to_tsvector('cat rat'), 'B'), to_tsquery('cat & rat'))::numeric, 6) AS cd",
    ],
  },
  {
    name: 'sysfuncs: ts_headline options (round 19)',
    steps: [
      "SELECT ts_headline('english', 'Search terms may occur many times in a document, requiring ranking of the search matches to decide which occurrences to display in the result.', to_tsquery('english', 'search & term'), 'MaxFragments=10, MaxWords=7, MinWords=3, StartSel=<<, StopSel=>>') AS h",
    ],
  },
  {
    name: 'sysfuncs: ts_rewrite by query text, querytree, numnode (round 19)',
    setup:
      "CREATE TABLE aliases (t tsquery PRIMARY KEY, s tsquery); INSERT INTO aliases VALUES (to_tsquery('supernovae'), to_tsquery('supernovae|sn'));",
    steps: [
      "SELECT ts_rewrite(to_tsquery('supernovae & crab'), 'SELECT * FROM aliases') AS r, querytree('foo & ! bar'::tsquery) AS q, numnode('(fat & rat) | cat'::tsquery) AS n",
    ],
  },
  {
    name: 'sysfuncs: to_regclass and friends answer NULL for a missing name (round 19)',
    steps: [
      "SELECT to_regclass('nosuch') AS a, to_regtype('nosuchtype') AS b, to_regproc('abs') AS c, to_regprocedure('abs(integer)') AS d, to_regnamespace('public') AS e, to_regclass('1259') AS f",
    ],
  },
  {
    name: 'sysfuncs: pg_column_size of values (round 19)',
    steps: [
      "SELECT pg_column_size(1) AS i, pg_column_size(1::bigint) AS b, pg_column_size('abc'::text) AS t, pg_column_size(123.45) AS n, pg_column_size(true) AS bo, pg_column_size(NULL::int) AS nu",
    ],
  },
  {
    name: 'sysfuncs: gen_random_uuid shape (round 19)',
    steps: [
      "SELECT gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' AS v4, pg_typeof(gen_random_uuid()) AS t",
    ],
  },
  {
    name: 'privileges: acldefault per object kind as the owner sees it (round 20)',
    steps: [
      "SELECT acldefault('r', 'postgres'::regrole)::text AS r, acldefault('s', 'postgres'::regrole)::text AS s, acldefault('f', 'postgres'::regrole)::text AS f, acldefault('n', 'postgres'::regrole)::text AS n, acldefault('T', 'postgres'::regrole)::text AS ty, acldefault('d', 'postgres'::regrole)::text AS d",
    ],
  },
  {
    name: 'privileges: aclexplode of a relacl names grantee 0 for PUBLIC and is_grantable (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: [
      'GRANT SELECT, UPDATE ON t TO PUBLIC',
      'GRANT INSERT ON t TO postgres WITH GRANT OPTION',
      "SELECT CASE grantee WHEN 0 THEN 'PUBLIC' ELSE grantee::regrole::text END AS grantee, privilege_type, is_grantable FROM pg_class, aclexplode(relacl) WHERE relname = 't' ORDER BY 1, 2",
    ],
  },
  {
    name: 'privileges: makeaclitem reads a comma list of privileges and refuses an unknown one (round 20)',
    steps: [
      "SELECT makeaclitem(0, 'postgres'::regrole, ' select , update ', false)::text AS v",
      "SELECT makeaclitem(0, 'postgres'::regrole, 'FLY', false) AS v",
    ],
  },
  {
    name: 'privileges: has_table_privilege reads lists, WITH GRANT OPTION, and refuses MAINTAIN on 15 (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: [
      "SELECT has_table_privilege('t', ' select , insert ') AS l, has_table_privilege('t', 'SELECT WITH GRANT OPTION') AS g",
      "SELECT has_table_privilege('t', 'MAINTAIN') AS v",
    ],
  },
  {
    name: 'privileges: has_column_privilege by name and attnum; unknown attnum is null, unknown name 42703 (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: [
      "SELECT has_column_privilege('t', 'a', 'SELECT') AS a, has_column_privilege('t', 99::int2, 'SELECT') AS n",
      "SELECT has_column_privilege('t', 'zz', 'SELECT') AS v",
    ],
  },
  {
    name: 'privileges: PUBLIC has USAGE but not CREATE on pg_catalog, EXECUTE on a new function until revoked (round 20)',
    steps: [
      "SELECT has_schema_privilege('public', 'pg_catalog', 'USAGE') AS u, has_schema_privilege('public', 'pg_catalog', 'CREATE') AS c",
      'CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
      "SELECT has_function_privilege('public', 'f(int)', 'EXECUTE') AS before",
      'REVOKE EXECUTE ON FUNCTION f(int) FROM PUBLIC',
      "SELECT has_function_privilege('public', 'f(int)', 'EXECUTE') AS after, proacl::text FROM pg_proc WHERE proname = 'f'",
    ],
  },
  {
    name: 'privileges: has_parameter_privilege (new in 15) for SET and ALTER SYSTEM (round 20)',
    steps: [
      "SELECT has_parameter_privilege('work_mem', 'SET') AS s, has_parameter_privilege('public', 'shared_buffers', 'ALTER SYSTEM') AS a",
    ],
  },
  {
    name: 'privileges: pg_has_role MEMBER and USAGE between predefined roles (round 20)',
    steps: [
      "SELECT pg_has_role('pg_monitor', 'pg_read_all_stats', 'MEMBER') AS m, pg_has_role('pg_read_all_stats', 'pg_monitor', 'MEMBER') AS r, pg_has_role('pg_monitor', 'pg_read_all_settings', 'USAGE') AS u",
    ],
  },
  {
    name: 'privileges: pg_catalog is searched first unless placed later in search_path (round 20)',
    steps: [
      'CREATE FUNCTION public.lower(text) RETURNS text LANGUAGE sql AS $$ SELECT $$mine$$ $$',
      "SELECT lower('A') AS builtin",
      'SET search_path = public, pg_catalog',
      "SELECT lower('A') AS mine",
    ],
  },
  {
    name: 'privileges: a SECURITY DEFINER function runs as its owner under SET ROLE (round 20)',
    setup:
      "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20); GRANT USAGE ON SCHEMA public TO PUBLIC; CREATE FUNCTION f() RETURNS text LANGUAGE sql SECURITY DEFINER AS $$ SELECT current_user::text || '/' || (SELECT count(*) FROM t)::text $$;",
    steps: ['SET ROLE pg_monitor', 'SELECT f() AS v, current_user AS caller', 'RESET ROLE'],
  },
  {
    name: 'partitions: pg_partition_tree, pg_partition_root and pg_partition_ancestors describe a two-level tree (round 20)',
    setup:
      'CREATE TABLE pt (a int, b int) PARTITION BY LIST (a); CREATE TABLE pt_1 PARTITION OF pt FOR VALUES IN (1) PARTITION BY RANGE (b); CREATE TABLE pt_1_lo PARTITION OF pt_1 FOR VALUES FROM (0) TO (10); CREATE TABLE pt_2 PARTITION OF pt FOR VALUES IN (2)',
    steps: [
      "SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('pt') ORDER BY level, relid::text",
      "SELECT pg_partition_root('pt_1_lo')::text AS root",
      "SELECT relid::text FROM pg_partition_ancestors('pt_1_lo')",
    ],
  },
  {
    name: 'partitions: satisfies_hash_partition tells which remainder a key belongs to (round 20)',
    setup:
      'CREATE TABLE hp (id int) PARTITION BY HASH (id); CREATE TABLE hp0 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 0); CREATE TABLE hp1 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 1); CREATE TABLE hp2 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 2); CREATE TABLE hp3 PARTITION OF hp FOR VALUES WITH (MODULUS 4, REMAINDER 3)',
    steps: [
      "SELECT satisfies_hash_partition('hp'::regclass, 4, 0, 1) AS r0, satisfies_hash_partition('hp'::regclass, 4, 1, 1) AS r1, satisfies_hash_partition('hp'::regclass, 4, 2, 1) AS r2, satisfies_hash_partition('hp'::regclass, 4, 3, 1) AS r3",
    ],
  },
  {
    name: 'catalogs: format_type of typmods (varchar, bpchar, numeric, timestamptz, interval, bit, arrays, unknown oid) (round 20)',
    setup: "CREATE TYPE mood AS ENUM ('a');",
    steps: [
      "SELECT format_type('varchar'::regtype, 14) AS a, format_type('bpchar'::regtype, -1) AS b, format_type('numeric'::regtype, 655366) AS c, format_type('timestamptz'::regtype, 3) AS d, format_type('interval'::regtype, 2147418114) AS e, format_type('bit'::regtype, 3) AS f, format_type('_varchar'::regtype, 14) AS g, format_type('\"char\"'::regtype, NULL) AS h, format_type(0, NULL) AS i, format_type(999999, NULL) AS j, format_type('_mood'::regtype, NULL) AS k",
    ],
  },
  {
    name: 'catalogs: regclass input and output follow search_path, quoting and case folding (round 20)',
    setup:
      'CREATE SCHEMA app; CREATE TABLE t (id int); CREATE TABLE app.t (x int); CREATE TABLE app.only_app (x int); CREATE TABLE "Quoted Table" (x int);',
    steps: [
      "SELECT 't'::regclass::text AS a, 'app.t'::regclass::text AS b, 'app.only_app'::regclass::text AS c, '\"Quoted Table\"'::regclass::text AS d, 'T'::regclass::text AS e, to_regclass('only_app') IS NULL AS f",
      'SET search_path = app, public',
      "SELECT 't'::regclass::text AS a, 'public.t'::regclass::text AS b, 'only_app'::regclass::text AS c",
      "SELECT 'nope'::regclass",
    ],
  },
  {
    name: 'catalogs: to_regclass, to_regtype and to_regproc return NULL for a missing name but fail on bad syntax (round 20)',
    setup:
      "CREATE FUNCTION f(int) RETURNS int LANGUAGE sql AS 'SELECT $1'; CREATE FUNCTION f(text) RETURNS text LANGUAGE sql AS 'SELECT $1';",
    steps: [
      "SELECT to_regclass('nope') IS NULL AS a, to_regtype('nope') IS NULL AS b, to_regproc('f') IS NULL AS c, to_regprocedure('f(text)')::text AS d, to_regtype('varchar(20)')::text AS e",
      "SELECT to_regclass('a.b.c.d')",
      "SELECT to_regtype('int4 int4')",
      "SELECT 'f'::regproc",
    ],
  },
  {
    name: 'catalogs: regtype output of type spellings (int, float, char, timestamp with time zone, text[][]) (round 20)',
    steps: [
      "SELECT 'int'::regtype::text AS a, 'float'::regtype::text AS b, 'char'::regtype::text AS c, '\"char\"'::regtype::text AS d, 'timestamp with time zone'::regtype::text AS e, 'int[][]'::regtype::text AS f, 'varchar(10)'::regtype::text AS g, 'decimal'::regtype::text AS h",
    ],
  },
  {
    name: 'catalogs: pg_relation_is_updatable and information_schema.views flags of simple, expression, join and aggregate views (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, a text); CREATE TABLE u (x int); CREATE VIEW v_simple AS SELECT id, a FROM t; CREATE VIEW v_expr AS SELECT id, a || 'x' AS ax FROM t; CREATE VIEW v_join AS SELECT t.id, u.x FROM t JOIN u ON t.id = u.x; CREATE VIEW v_agg AS SELECT count(*) AS n FROM t; CREATE VIEW v_checked AS SELECT id FROM t WHERE id > 0 WITH CHECK OPTION;",
    steps: [
      "SELECT c.relname, pg_relation_is_updatable(c.oid, false) AS u FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relname IN ('t', 'v_simple', 'v_expr', 'v_join', 'v_agg', 'v_checked') ORDER BY 1",
      "SELECT table_name, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_schema = 'public' AND table_name IN ('v_simple', 'v_expr', 'v_join', 'v_agg', 'v_checked') ORDER BY 1",
      "SELECT table_name, column_name, is_updatable FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('v_expr') ORDER BY ordinal_position",
    ],
  },
  {
    name: 'catalogs: obj_description and col_description of tables, views, columns, types, functions and constraints (round 20)',
    setup:
      "CREATE TABLE cm (a int, \"B\" text); COMMENT ON TABLE cm IS 'the table'; COMMENT ON COLUMN cm.\"B\" IS 'it''s B'; CREATE TYPE cm_e AS ENUM ('x'); COMMENT ON TYPE cm_e IS 'an enum'; CREATE FUNCTION cm_f(int) RETURNS int LANGUAGE sql AS 'SELECT $1'; COMMENT ON FUNCTION cm_f(int) IS 'a function'; ALTER TABLE cm ADD CONSTRAINT cm_pos CHECK (a > 0); COMMENT ON CONSTRAINT cm_pos ON cm IS 'a check';",
    steps: [
      "SELECT obj_description('cm'::regclass, 'pg_class') AS t, col_description('cm'::regclass, 2) AS c, col_description('cm'::regclass, 1) AS none, obj_description('cm_e'::regtype, 'pg_type') AS ty, obj_description('cm_f(int)'::regprocedure, 'pg_proc') AS f, (SELECT obj_description(oid, 'pg_constraint') FROM pg_constraint WHERE conname = 'cm_pos') AS con, obj_description('cm'::regclass, 'pg_type') IS NULL AS wrong_catalog",
    ],
  },
  {
    name: 'catalogs: information_schema.routines and parameters of sql, plpgsql, procedure, OUT and VARIADIC routines (round 20)',
    setup:
      "CREATE FUNCTION greet(name text, greeting text DEFAULT 'hi', VARIADIC extras text[] DEFAULT '{}') RETURNS text LANGUAGE sql STABLE AS $$SELECT greeting || ' ' || name$$; CREATE FUNCTION pairs(n int, OUT a int, OUT b text) RETURNS SETOF record LANGUAGE sql AS $$SELECT g, g::text FROM generate_series(1, n) g$$; CREATE PROCEDURE bump(INOUT c int) LANGUAGE plpgsql AS $$BEGIN c := c + 1; END$$;",
    steps: [
      "SELECT routine_name, routine_type, data_type, external_language, is_deterministic, security_type, is_null_call, routine_body FROM information_schema.routines WHERE routine_schema = 'public' AND routine_name IN ('greet', 'pairs', 'bump') ORDER BY 1",
      "SELECT r.routine_name, p.ordinal_position, p.parameter_mode, p.parameter_name, p.data_type, p.parameter_default FROM information_schema.parameters p JOIN information_schema.routines r ON r.specific_schema = p.specific_schema AND r.specific_name = p.specific_name WHERE r.routine_schema = 'public' AND r.routine_name IN ('greet', 'pairs', 'bump') ORDER BY 1, 2",
      "SELECT p.oid::regprocedure::text AS sig, pg_get_function_arguments(p.oid) AS args, pg_get_function_result(p.oid) AS res FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.proname IN ('greet', 'pairs', 'bump') ORDER BY 1",
    ],
  },
  {
    name: 'catalogs: pg_get_keywords counted by category (round 20)',
    steps: ['SELECT catcode, count(*) AS n FROM pg_get_keywords() GROUP BY catcode ORDER BY catcode'],
  },
  {
    name: 'utility: SHOW session_authorization on a fresh connection names the connecting user (round 20)',
    steps: ['SHOW session_authorization'],
  },
  {
    name: "utility: current_setting('session_authorization') on a fresh connection names the connecting user (round 20)",
    steps: ["SELECT current_setting('session_authorization') AS v"],
  },
  {
    name: 'utility: RESET session_authorization shows the connecting user again (round 20)',
    steps: [
      'SET SESSION AUTHORIZATION postgres',
      'RESET session_authorization',
      'SHOW session_authorization',
    ],
  },
  {
    name: 'utility: LISTEN in a rolled-back transaction listens to nothing (round 20)',
    steps: ['BEGIN', 'LISTEN ch', 'ROLLBACK', 'SELECT c FROM pg_listening_channels() AS c ORDER BY c'],
  },
  {
    name: 'utility: current_setting of an unset custom setting fails with 42704, or is NULL with missing_ok (round 20)',
    steps: ["SELECT current_setting('myapp.unset', true) AS v", "SELECT current_setting('myapp.unset') AS v"],
  },
  {
    name: 'utility: set_config(local) outside a transaction lasts for nothing (round 20)',
    steps: ["SELECT set_config('statement_timeout', '750', true) AS v", 'SHOW statement_timeout'],
  },
  {
    name: 'utility: DISCARD ALL resets settings and drops prepared statements (round 20)',
    steps: [
      'SET statement_timeout = 100',
      'PREPARE p AS SELECT 1',
      'DISCARD ALL',
      'SHOW statement_timeout',
      'SELECT count(*)::int AS n FROM pg_prepared_statements',
    ],
  },
  {
    name: 'extensions: pgcrypto 1.3 has no SHA-crypt ($5$/$6$ salts are DES ones, gen_salt sha256crypt is 22023) (round 21)',
    setup: 'CREATE EXTENSION pgcrypto',
    steps: [
      "SELECT crypt('password', '$5$saltstring') AS a, crypt('password', '$6$rounds=5000$saltstring') AS b",
      "SELECT gen_salt('sha256crypt')",
      "SELECT gen_salt('SHA512CRYPT', 5000)",
      "SELECT crypt('password', '$2a$99$abcdefghijklmnopqrstuu')",
    ],
  },
  {
    name: 'extensions: uuid-ossp v3 and v5 over each namespace constant (round 21)',
    setup: 'CREATE EXTENSION "uuid-ossp"',
    steps: [
      'SELECT uuid_ns_dns() AS dns, uuid_ns_url() AS url, uuid_ns_oid() AS oid, uuid_ns_x500() AS x500, uuid_nil() AS nil',
      "SELECT uuid_generate_v5(uuid_ns_url(), 'http://www.postgresql.org') AS v5, uuid_generate_v3(uuid_ns_dns(), 'www.example.com') AS v3, uuid_generate_v5(uuid_ns_oid(), '') AS empty",
    ],
  },
  {
    name: 'extensions: pgcrypto hmac and digest of bytea for each algorithm (round 21)',
    setup: 'CREATE EXTENSION pgcrypto',
    steps: [
      "SELECT a, encode(digest('\\x00ff10'::bytea, a), 'hex') AS d, encode(hmac('what do ya want for nothing?', 'Jefe', a), 'hex') AS h FROM unnest(ARRAY['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']) a ORDER BY a",
      "SELECT digest('a', 'sha3')",
    ],
  },
  {
    name: 'extensions: pgcrypto crypt with fixed des, xdes, md5 and bf salts (round 21)',
    setup: 'CREATE EXTENSION pgcrypto',
    steps: [
      "SELECT crypt('password', 'ab') AS des, crypt('password', '_J9..rsmq') AS xdes, crypt('password', '$1$saltsalt') AS md5, crypt('password', '$2a$06$abcdefghijklmnopqrstuu') AS bf",
      "SELECT gen_salt('bf', 3)",
    ],
  },
  {
    name: 'extensions: pgcrypto raw encrypt and pgp_sym round trips (round 21)',
    setup: 'CREATE EXTENSION pgcrypto',
    steps: [
      "SELECT encode(encrypt('data to encrypt!', 'key', 'aes-cbc/pad:pkcs'), 'hex') AS aes, convert_from(decrypt(encrypt('data', 'key', 'bf'), 'key', 'bf'), 'utf8') AS bf",
      "SELECT pgp_sym_decrypt(pgp_sym_encrypt('secret', 'pw', 'cipher-algo=aes256'), 'pw') AS v",
      "SELECT pgp_sym_decrypt(pgp_sym_encrypt('secret', 'pw'), 'other')",
    ],
  },
  {
    name: 'extensions: fuzzystrmatch levenshtein, soundex, metaphone and dmetaphone (round 21)',
    setup: 'CREATE EXTENSION fuzzystrmatch',
    steps: [
      "SELECT levenshtein('kitten', 'sitting') AS l, levenshtein('GUMBO', 'GAMBOL', 2, 1, 1) AS lc, levenshtein_less_equal('extensive', 'exhaustive', 2) AS le",
      "SELECT soundex('Tymczak') AS s, difference('Anne', 'Ann') AS d, metaphone('Thompson', 10) AS m, dmetaphone('Schmidt') AS dm, dmetaphone_alt('Schmidt') AS dma",
      "SELECT levenshtein(repeat('a', 256), 'b')",
    ],
  },
  {
    name: 'extensions: earthdistance great-circle distances (round 21)',
    setup: 'CREATE EXTENSION earthdistance CASCADE',
    steps: [
      'SELECT round(earth_distance(ll_to_earth(40.7128, -74.0060), ll_to_earth(51.5074, -0.1278))::numeric, 0) AS m, round((point(-74.0060, 40.7128) <@> point(-0.1278, 51.5074))::numeric, 2) AS miles',
      'SELECT earth_box(ll_to_earth(0, 0), 1000) @> ll_to_earth(0.001, 0.001) AS inside, round(latitude(ll_to_earth(45.5, -73.5))::numeric, 6) AS lat',
    ],
  },
  {
    name: 'conversion: max and min of an untyped literal resolve to text (round 21)',
    steps: ["SELECT max('1') AS v, pg_typeof(max('1'))::text AS t, pg_typeof(min('a'))::text AS u"],
  },
  {
    name: 'conversion: substr of an untyped literal and of varchar resolve to substr(text) (round 21)',
    steps: ["SELECT substr('1234', 3) AS a, substr(varchar '1234', 3) AS b"],
  },
  {
    name: 'extending: overloaded SQL functions resolve int8 to float8 and unknown to text (round 21)',
    setup:
      "CREATE FUNCTION ov(int) RETURNS text LANGUAGE sql AS $$ SELECT 'int' $$;\nCREATE FUNCTION ov(text) RETURNS text LANGUAGE sql AS $$ SELECT 'text' $$;\nCREATE FUNCTION ov(float8) RETURNS text LANGUAGE sql AS $$ SELECT 'float8' $$;",
    steps: ["SELECT ov(1) AS a, ov(1::int8) AS b, ov(1.5) AS c, ov('x') AS d"],
  },
  {
    name: 'extending: defaults and named notation in a SQL function call (round 21)',
    setup:
      'CREATE FUNCTION foo(a int, b int DEFAULT 2, c int DEFAULT 3) RETURNS int LANGUAGE sql AS $$ SELECT a + b + c $$',
    steps: ['SELECT foo(10) AS a, foo(10, c => 100) AS b, foo(b => 1, a => 0) AS c'],
  },
  {
    name: 'extending: a VARIADIC SQL function called with a list and with VARIADIC ARRAY (round 21)',
    setup:
      'CREATE FUNCTION mleast(VARIADIC arr numeric[]) RETURNS numeric LANGUAGE sql AS $$ SELECT min(x) FROM unnest(arr) x $$',
    steps: ['SELECT mleast(10, -1, 5, 4.4) AS a, mleast(VARIADIC ARRAY[3, 2]) AS b'],
  },
  {
    name: 'extending: OUT parameters make a record whose columns SELECT * expands (round 21)',
    setup:
      'CREATE FUNCTION sum_n_product(x int, y int, OUT sum int, OUT product int) LANGUAGE sql AS $$ SELECT x + y, x * y $$',
    steps: ['SELECT * FROM sum_n_product(11, 42)', 'SELECT (sum_n_product(2, 3)).product AS p'],
  },
  {
    name: 'extending: polymorphic anycompatible function unifies integer and numeric (round 21)',
    setup:
      'CREATE FUNCTION make_array2(anycompatible, anycompatible) RETURNS anycompatiblearray LANGUAGE sql AS $$ SELECT ARRAY[$1, $2] $$',
    steps: ['SELECT make_array2(1, 2.5) AS v, pg_typeof(make_array2(1, 2.5))::text AS t'],
  },
  {
    name: 'extending: a BEGIN ATOMIC function and its pg_proc row (round 21)',
    setup: 'CREATE FUNCTION add_one(a int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + 1',
    steps: [
      "SELECT add_one(41) AS v, p.prosrc, p.prosqlbody IS NOT NULL AS has_body, p.provolatile FROM pg_proc p WHERE p.proname = 'add_one'",
    ],
  },
  {
    name: 'violations: RAISE ... USING sets every object field a client reads (round 21)',
    steps: [
      "DO $$ BEGIN RAISE EXCEPTION 'all' USING ERRCODE = '23505', SCHEMA = 's', TABLE = 't', COLUMN = 'c', CONSTRAINT = 'k', DATATYPE = 'd', DETAIL = 'dd', HINT = 'hh'; END $$",
    ],
  },
  {
    name: 'violations: GET STACKED DIAGNOSTICS reads the constraint, table and detail of a unique violation (round 21)',
    setup: 'CREATE TABLE uq (v int CONSTRAINT uq_v UNIQUE); INSERT INTO uq VALUES (1);',
    steps: [
      "DO $$ DECLARE c text; t text; d text; BEGIN INSERT INTO uq VALUES (1); EXCEPTION WHEN unique_violation THEN GET STACKED DIAGNOSTICS c = CONSTRAINT_NAME, t = TABLE_NAME, d = PG_EXCEPTION_DETAIL; RAISE EXCEPTION '%|%|%', c, t, d; END $$",
    ],
  },
  {
    name: 'recursion: PL/pgSQL function 500 levels deep, then the session answers (round 21) (round 21)',
    setup:
      'CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$\n  BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN 1 + r(n - 1); END $$',
    steps: ['SELECT r(500) AS v', 'SELECT 1 AS alive', 'SELECT r(20) AS v'],
  },
  {
    name: 'recursion: SQL-language function 500 levels deep, then the session answers (round 21) (round 21)',
    setup:
      "CREATE FUNCTION s(n int) RETURNS int LANGUAGE sql AS\n      'SELECT CASE WHEN n <= 0 THEN 0 ELSE 1 + s(n - 1) END'",
    steps: ['SELECT s(500) AS v', 'SELECT s(10) AS v'],
  },
  {
    name: 'recursion: after insert trigger inserting into its own table 600 levels deep, then the table reads (round 21) (round 21)',
    setup:
      'CREATE TABLE chain (n int);\n  CREATE FUNCTION chain_next() RETURNS trigger LANGUAGE plpgsql AS $$\n    BEGIN IF NEW.n > 0 THEN INSERT INTO chain VALUES (NEW.n - 1); END IF; RETURN NULL; END $$;\n  CREATE TRIGGER chain_after AFTER INSERT ON chain FOR EACH ROW EXECUTE FUNCTION chain_next()',
    steps: [
      'INSERT INTO chain VALUES (600)',
      'SELECT count(*)::int AS n FROM chain',
      'INSERT INTO chain VALUES (2)',
      'SELECT count(*)::int AS n FROM chain',
    ],
  },
  {
    name: 'stack depth: 54001 caught by a PL/pgSQL exception handler as statement_too_complex (round 21) (round 21)',
    setup:
      'CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$\n  BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN 1 + r(n - 1); END $$; CREATE FUNCTION safe_r(n int) RETURNS text LANGUAGE plpgsql AS $$\n      BEGIN RETURN r(n)::text; EXCEPTION WHEN statement_too_complex THEN RETURN SQLSTATE; END $$',
    steps: ["SET max_stack_depth = '100kB'", 'SELECT safe_r(100000) AS v', 'SELECT safe_r(20) AS v'],
  },
  {
    name: 'newer numbers: a PL/pgSQL assignment of hex text to an int is refused (round 21)',
    steps: [
      "DO $$ DECLARE n int; BEGIN n := '0x1F'::text; END $$",
      "DO $$ DECLARE n int; BEGIN n := ' 12 '::text; RAISE NOTICE '%', n; END $$",
    ],
  },
  {
    name: 'function-style oid() and interval() of a text column are casts (round 21)',
    setup: "CREATE TABLE words (t text); INSERT INTO words VALUES ('12');",
    steps: ["SELECT oid(t) AS o, \"interval\"(t || ' days')::text AS i, ('0' || t)::oid AS z FROM words"],
  },
  {
    name: 'catalog leaks: no skip-support or newer hash functions in pg_proc (round 21)',
    steps: [
      "SELECT proname FROM pg_proc WHERE proname ~ 'skipsupport' ORDER BY 1",
      "SELECT proname, pronargs FROM pg_proc WHERE proname ~ '^hash(bool|bytea|date|xid|cid)' ORDER BY 1, 2",
      "SELECT proname FROM pg_proc WHERE proname ~ '^array_.*support' ORDER BY 1",
      'SELECT hashbool(true) AS v',
    ],
  },
  {
    name: 'contrib settings: pgcrypto.builtin_crypto_enabled is unknown on 15 after the library loads (round 21)',
    setup: 'CREATE EXTENSION pgcrypto',
    steps: [
      "SELECT length(gen_salt('md5')) AS n",
      'SHOW pgcrypto.builtin_crypto_enabled',
      "SELECT current_setting('pgcrypto.builtin_crypto_enabled', true) AS v",
      "SELECT count(*) AS n FROM pg_settings WHERE name LIKE 'pgcrypto%'",
    ],
  },
  {
    name: 'contrib settings: SET pgcrypto.builtin_crypto_enabled = off is a placeholder, crypt still works (round 21)',
    setup: 'CREATE EXTENSION pgcrypto',
    steps: [
      'SET pgcrypto.builtin_crypto_enabled = off',
      'SHOW pgcrypto.builtin_crypto_enabled',
      "SELECT crypt('secret', '$1$abcdefgh$') AS c",
      "SET pgcrypto.builtin_crypto_enabled = 'bogus'",
      "SELECT current_setting('pgcrypto.builtin_crypto_enabled') AS v",
    ],
  },
  {
    name: 'contrib settings: isn.weak is a placeholder on 15, SET on keeps check digits strict (round 21)',
    setup: 'CREATE EXTENSION isn',
    steps: [
      "SELECT current_setting('isn.weak', true) AS v",
      'SET isn.weak = on',
      'SHOW isn.weak',
      "SELECT '978-0-393-04002-8'::isbn13 AS i",
    ],
  },
  {
    name: 'recursion: PL/pgSQL recursion 900 deep is 54001 on 15 (max_stack_depth 2MB), the session goes on (round 21)',
    setup:
      'CREATE FUNCTION r(n int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN IF n <= 0 THEN RETURN 0; END IF; RETURN r(n - 1) + 1; END $$',
    steps: ['SELECT r(100) AS v', 'SELECT r(900) AS v', 'SELECT 1 AS alive'],
  },
  {
    name: 'plpgsql handlers: ROW_COUNT after UPDATE (round 22)',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
    steps: [
      'CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN UPDATE t SET a = a + 1 WHERE a > 1; GET DIAGNOSTICS n = ROW_COUNT; RETURN n::text; END $$',
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: FOUND after a FOR loop (round 22)',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE x int; r text; BEGIN FOR x IN SELECT a FROM t LOOP END LOOP; r := FOUND::text; FOR x IN SELECT a FROM t WHERE false LOOP END LOOP; RETURN r || ' ' || FOUND::text; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: SELECT INTO STRICT too many rows (round 22)',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE x int; BEGIN SELECT a INTO STRICT x FROM t; RETURN x::text; EXCEPTION WHEN too_many_rows THEN RETURN SQLSTATE || ' ' || SQLERRM; END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: UPDATE WHERE CURRENT OF (round 22)',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
    steps: [
      "CREATE FUNCTION f() RETURNS text LANGUAGE plpgsql AS $$ DECLARE c CURSOR FOR SELECT a FROM t WHERE a = 2 FOR UPDATE; x int; BEGIN OPEN c; FETCH c INTO x; UPDATE t SET a = 100 WHERE CURRENT OF c; CLOSE c; RETURN (SELECT string_agg(a::text, ',' ORDER BY a) FROM t); END $$",
      'SELECT f() AS v',
    ],
  },
  {
    name: 'plpgsql handlers: RETURN QUERY then ROW_COUNT (round 22)',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3)',
    steps: [
      'CREATE FUNCTION sf() RETURNS SETOF int LANGUAGE plpgsql AS $$ DECLARE n int; BEGIN RETURN QUERY SELECT a FROM t ORDER BY a; GET DIAGNOSTICS n = ROW_COUNT; RETURN NEXT n * 100; END $$',
      'SELECT * FROM sf()',
    ],
  },
  {
    name: 'plpgsql handlers: TG_* of a row trigger (round 22)',
    setup: 'CREATE TABLE tt (id int PRIMARY KEY, v text); CREATE TABLE log (e text)',
    steps: [
      "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (concat_ws(' ', TG_NAME, TG_WHEN, TG_LEVEL, TG_OP, TG_TABLE_NAME, TG_TABLE_SCHEMA, TG_RELNAME, TG_NARGS)); RETURN NEW; END $$",
      'CREATE TRIGGER tr BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION tg()',
      "INSERT INTO tt VALUES (1, 'a')",
      'SELECT e FROM log',
    ],
  },
  {
    name: 'plpgsql handlers: transition tables of an UPDATE statement trigger (round 22)',
    setup: 'CREATE TABLE tt (id int PRIMARY KEY, v text); CREATE TABLE log (e text)',
    steps: [
      "CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log SELECT o.v || '->' || n.v FROM oldt o JOIN newt n USING (id) ORDER BY id; RETURN NULL; END $$",
      'CREATE TRIGGER tr AFTER UPDATE ON tt REFERENCING OLD TABLE AS oldt NEW TABLE AS newt FOR EACH STATEMENT EXECUTE FUNCTION tg()',
      "INSERT INTO tt VALUES (1, 'a'), (2, 'b')",
      'UPDATE tt SET v = v || v',
      'SELECT e FROM log ORDER BY e',
    ],
  },
  {
    name: 'plpgsql handlers: pg_trigger_depth in a trigger and outside (round 22)',
    setup: 'CREATE TABLE tt (id int PRIMARY KEY, v text); CREATE TABLE log (e text)',
    steps: [
      'CREATE FUNCTION tg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (pg_trigger_depth()::text); RETURN NEW; END $$',
      'CREATE TRIGGER tr BEFORE INSERT ON tt FOR EACH ROW EXECUTE FUNCTION tg()',
      "INSERT INTO tt VALUES (1, 'a')",
      'SELECT e, pg_trigger_depth() AS d FROM log',
    ],
  },
  {
    name: 'migrations: DO block creating an enum twice, duplicate_object swallowed, other errors raised (round 22)',
    steps: [
      "DO $$ BEGIN CREATE TYPE status AS ENUM ('active', 'inactive'); EXCEPTION WHEN duplicate_object THEN null; END $$",
      "DO $$ BEGIN CREATE TYPE status AS ENUM ('active', 'inactive'); EXCEPTION WHEN duplicate_object THEN null; END $$",
      'SELECT enum_range(NULL::status)::text AS v',
      'DO $$ BEGIN CREATE TABLE status_log (id int REFERENCES missing_table); EXCEPTION WHEN duplicate_object THEN null; END $$',
    ],
  },
  {
    name: 'migrations: DO block adding a foreign key twice (drizzle style) keeps one constraint (round 22)',
    setup: 'CREATE TABLE t (id int PRIMARY KEY); CREATE TABLE c (id int, t_id int);',
    steps: [
      'DO $$ BEGIN ALTER TABLE "c" ADD CONSTRAINT "c_t_id_t_id_fk" FOREIGN KEY ("t_id") REFERENCES "public"."t"("id") ON DELETE cascade ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$',
      'DO $$ BEGIN ALTER TABLE "c" ADD CONSTRAINT "c_t_id_t_id_fk" FOREIGN KEY ("t_id") REFERENCES "public"."t"("id") ON DELETE cascade ON UPDATE no action; EXCEPTION WHEN duplicate_object THEN null; END $$',
      "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = 'c'::regclass",
    ],
  },
  {
    name: 'a zone abbreviation inside a SQL or PL/pgSQL function body is read from the abbreviation set when it runs, and the body is shown as written (round 28)',
    setup: `SET TIME ZONE 'Asia/Kolkata';
      CREATE FUNCTION zpl(ts timestamptz) RETURNS timestamp LANGUAGE plpgsql AS $$ BEGIN RETURN ts AT TIME ZONE 'IST'; END $$;
      CREATE FUNCTION zsql(ts timestamptz, z text) RETURNS timestamp LANGUAGE sql AS 'SELECT ts AT TIME ZONE z';`,
    steps: [
      "SELECT zpl('2024-01-01 12:00+00')::text AS a, zsql('2024-01-01 12:00+00', 'IST')::text AS b, zsql('2024-01-01 12:00+00', 'Europe/Paris')::text AS c",
      "SELECT prosrc FROM pg_proc WHERE proname IN ('zpl', 'zsql') ORDER BY proname",
    ],
  },
  {
    name: 'log_connections is a boolean and log_startup_progress_interval 10 s at their defaults (round 28)',
    steps: [
      'SHOW log_connections',
      'SHOW log_startup_progress_interval',
      "SELECT current_setting('log_connections') AS c, current_setting('log_startup_progress_interval') AS p",
      "SELECT name, setting, unit, vartype, context, boot_val FROM pg_settings WHERE name IN ('log_connections', 'log_startup_progress_interval') ORDER BY name",
    ],
  },
  {
    name: 'extract(dec FROM ...) is a syntax error, DEC being a keyword, while a quoted "dec" or \'dec\' is the decade (typed round)',
    setup: "CREATE TABLE ev (id int, at timestamp); INSERT INTO ev VALUES (1, '2001-02-16 20:38:40');",
    steps: [
      'SELECT extract(dec FROM at) FROM ev',
      'SELECT extract(DEC FROM at) FROM ev',
      `SELECT extract("dec" FROM at) AS a, extract('dec' FROM at) AS b, extract(decade FROM at) AS c FROM ev`,
    ],
  },
  {
    name: "date_part(text, date), a SQL function, raises a unit's 0A000 as it runs: the context names its statement 1 (typed round)",
    setup: "CREATE TABLE ev (id int, d date); INSERT INTO ev VALUES (1, '2001-02-16');",
    steps: [
      "SELECT date_part('timezone', date '2001-02-16')",
      "SELECT date_part('timezone', d) FROM ev",
      "SELECT date_part('year', d) AS y, date_part('epoch', d) AS e FROM ev",
    ],
  },
  {
    name: 'substr with a negative length raises only where COALESCE reaches it: a later argument is read for NULL rows alone',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, x text, n int, k int); INSERT INTO t VALUES (1, 'abc', -1, 0), (2, NULL, 2, 1)",
    steps: [
      'SELECT id, coalesce(x, substr(x, 1, n)) AS r FROM t ORDER BY id',
      "SELECT id, coalesce(x, split_part('a,b', ',', k)) AS r FROM t ORDER BY id",
      "UPDATE t SET x = coalesce(x, substr('zz', 1, n)) RETURNING id, x",
    ],
  },
  {
    name: 'split_part at field zero and a negative substr length are not reached past a decided AND or OR',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, x text, n int, k int); INSERT INTO t VALUES (1, 'abc', -1, 0), (2, NULL, 2, 1)",
    steps: [
      "SELECT id FROM t WHERE n >= 0 AND substr(coalesce(x, 'zz'), 1, n) = 'zz' ORDER BY id",
      "SELECT id FROM t WHERE k <> 0 AND split_part('a,b', ',', k) = 'a' ORDER BY id",
      "SELECT id FROM t WHERE k = 0 OR split_part('a,b', ',', k) = 'a' ORDER BY id",
      "SELECT id FROM t WHERE false AND substr('abc', 1, -1) = 'a'",
    ],
  },
  {
    name: 'COALESCE stops at an immutable call that folds to a value, and folds a raising constant call after a column',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, x text, n int, k int); INSERT INTO t VALUES (1, 'abc', -1, 0), (2, NULL, 2, 1)",
    steps: [
      "SELECT coalesce(repeat('a', 1), substr('abc', 1, -1)) AS a, coalesce(upper('a'), split_part('a,b', ',', 0)) AS b",
      "SELECT id, coalesce(x, substr('abc', 1, -1)) AS r FROM t ORDER BY id",
      "SELECT id, CASE WHEN n < 0 THEN 'neg' ELSE substr(x, 1, n) END AS r FROM t ORDER BY id",
    ],
  },
  {
    name: 'the planner folds GREATEST and LEAST of constants: a COALESCE or CASE after them never reaches a raising argument',
    steps: [
      "SELECT coalesce(greatest('a', 'b'), substring('abc', 1, -1)) AS a, CASE WHEN least('a', 'b') = 'a' THEN 'ok' ELSE substring('abc', 1, -1) END AS b",
      "SELECT coalesce(rpad(nullif('A', 'b'), 3, greatest('x', 'y')), (2 / 0)::text) AS c, coalesce(least(1, 2), 1 / 0) AS d",
    ],
  },
  {
    name: 'a constant true decides an OR and a constant false an AND: the operands written before it are dropped unrun',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, a int, b int); INSERT INTO t VALUES (1, 0, 5), (2, 2, -2147483648)',
    steps: [
      'SELECT id, (10 / a = 1) AND false AS x, (10 / a = 1) OR true AS y, (b - 1 > 0) OR 1 = 1 AS z FROM t ORDER BY id',
      'SELECT id, NOT ((10 / a = 1) AND (a > 0) AND false) AS n, 5 NOT BETWEEN 10 / a AND 1 AS nb FROM t ORDER BY id',
      'SELECT id FROM t WHERE 10 / a = 1 OR true ORDER BY id',
      { sql: 'SELECT id FROM t WHERE 10 / a = 1 OR $1::bool ORDER BY id', params: [true] },
      'SELECT id, (10 / a = 1) OR false AS r FROM t ORDER BY id',
    ],
  },
  {
    name: 'LIKE and ILIKE read regular-expression characters in a pattern literally: only % and _ match, and backslash escapes',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, s text); INSERT INTO t VALUES (1, 'a.c'), (2, 'abc'), (3, 'a%c'), (4, E'a\\nc'), (5, 'A.C'), (6, NULL), (7, 'a\\c'), (8, 'a(b')",
    steps: [
      "SELECT 'abc' LIKE 'a.c' AS a, 'a.c' LIKE 'a.c' AS b, 'aXc' LIKE 'a*c' AS c, 'a(b' LIKE 'a(b' AS d, 'ab' LIKE '[ab]%' AS e, 'aa' LIKE 'a+' AS f, 'a|b' LIKE 'a|b' AS g, '^a' LIKE '^a' AS h",
      "SELECT id FROM t WHERE s LIKE 'a_c' ORDER BY id",
      "SELECT id FROM t WHERE s ILIKE 'a.c' ORDER BY id",
      "SELECT id FROM t WHERE s LIKE 'a\\%c' ORDER BY id",
      "SELECT id FROM t WHERE s LIKE '%\\\\%' ORDER BY id",
      { sql: "SELECT id FROM t WHERE s LIKE '%' || $1 || '%' ORDER BY id", params: ['('] },
      {
        sql: 'SELECT $1::text LIKE $2::text AS a, $3::text ILIKE $4::text AS b',
        params: ['a\nb', 'a_b', 'ÀB', 'àb'],
      },
    ],
  },
  {
    name: 'string functions count characters, not bytes, and take negative counts as PostgreSQL 15 does',
    steps: [
      "SELECT left('abcde', -2) AS a, right('日本語', -1) AS b, lpad('日本', 4, '語') AS c, rpad('hello', 2) AS d, lpad('hi', 5, '') AS e, repeat('x', -1) AS f",
      "SELECT split_part('a,b,c', ',', -1) AS a, split_part('a,b', ',', -5) AS b, split_part('a,b', '', 1) AS c, strpos('日本語', '語') AS d, substr('alphabet', -2, 5) AS e, substr('alphabet', 10) AS f",
      "SELECT replace('abc', '', 'X') AS a, reverse('日本語') AS b, initcap('hello-world foo_bar 1abc') AS c, length('héllo') AS d, octet_length('日本語') AS e",
      "SELECT split_part('a,b', ',', 0) AS r",
    ],
  },
  {
    name: 'an ARRAY[...] is built whole before = ANY compares: an element that divides by zero raises even where an earlier element matched',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, a int, b int); INSERT INTO t VALUES (1, 0, 5), (2, 2, 2)',
    steps: [
      'SELECT id, a = ANY (ARRAY[0, 2, 10 / a]) AS r FROM t ORDER BY id',
      'SELECT id, a IN (0, 2, 10 / a) AS r FROM t ORDER BY id',
      'SELECT id, a = ANY (ARRAY[0, b]) AS r FROM t ORDER BY id',
    ],
  },
  {
    name: 'a strict operator or function with a NULL constant operand folds to NULL: its other operand is never run, unless it is a constant that raises',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, a int, b int, x text); INSERT INTO t VALUES (1, 0, 5, NULL), (2, 2, 2, 'q')",
    steps: [
      'SELECT id, NULL::int * (10 / a) AS m, length(NULL::text) + 10 / a AS l FROM t ORDER BY id',
      'SELECT id FROM t WHERE NULL::int * (10 / a) = 1 ORDER BY id',
      'SELECT id, NULL::int * (1 / 0) AS r FROM t ORDER BY id',
      'SELECT id, greatest(NULL::int, 10 / a) AS r FROM t ORDER BY id',
    ],
  },
  {
    name: 'a SQL function analyses its whole body first: a search_path set by its first statement does not reach the second (round 28)',
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, name text); INSERT INTO items (name) VALUES ('a'), ('b'), ('c'); CREATE SCHEMA app; CREATE TABLE app.items (id int, name text); INSERT INTO app.items VALUES (1, 'app');",
    steps: [
      "CREATE FUNCTION sw() RETURNS bigint LANGUAGE sql AS $$ SELECT set_config('search_path', 'app', true); SELECT count(*) FROM items; $$",
      'SELECT sw()',
      'CREATE FUNCTION sl() RETURNS bigint LANGUAGE sql AS $$ SET LOCAL search_path = app; SELECT count(*) FROM items; $$',
      'SELECT sl()',
    ],
  },
  {
    name: 'a SQL function analyses its whole body first: DateStyle and TimeZone set by its first statement do not read the second one’s literals (round 28)',
    steps: [
      "CREATE FUNCTION ds() RETURNS text LANGUAGE sql AS $$ SET LOCAL datestyle = 'ISO, DMY'; SELECT '01/02/2024'::date::text; $$",
      'SELECT ds()',
      "CREATE FUNCTION tz() RETURNS text LANGUAGE sql AS $$ SET LOCAL TimeZone = 'Asia/Tokyo'; SELECT '2024-01-01 00:00'::timestamptz::text; $$",
      'SELECT tz()',
    ],
  },
  {
    name: 'a SQL function analyses its whole body first: a temporary table its first statement makes does not shadow the table the second counts (round 28)',
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, name text); INSERT INTO items (name) VALUES ('a'), ('b'), ('c'); CREATE SCHEMA app; CREATE TABLE app.items (id int, name text); INSERT INTO app.items VALUES (1, 'app');",
    steps: [
      'CREATE FUNCTION tt() RETURNS bigint LANGUAGE sql AS $$ CREATE TEMP TABLE IF NOT EXISTS items (id int); SELECT count(*) FROM items; $$',
      'SELECT tt()',
    ],
  },
  {
    name: 'a SQL function setting a custom setting then reading it sees its value (round 28)',
    steps: [
      "CREATE FUNCTION cu(v text) RETURNS text LANGUAGE sql AS $$ SELECT set_config('app.user', v, true); SELECT current_setting('app.user'); $$",
      "SELECT cu('bob')",
    ],
  },
  {
    name: 'PL/pgSQL: SQLSTATE, SQLERRM and GET STACKED DIAGNOSTICS inside a handler, RAISE USING ERRCODE with DETAIL and HINT (round 28)',
    steps: [
      "DO $$ BEGIN PERFORM 1/0; EXCEPTION WHEN division_by_zero THEN RAISE EXCEPTION 'caught: % %', SQLSTATE, SQLERRM; END $$",
      "DO $$ DECLARE d text; h text; BEGIN BEGIN RAISE EXCEPTION 'x' USING DETAIL = 'dd', HINT = 'hh'; EXCEPTION WHEN OTHERS THEN GET STACKED DIAGNOSTICS d = PG_EXCEPTION_DETAIL, h = PG_EXCEPTION_HINT; RAISE EXCEPTION '% %', d, h; END; END $$",
      "DO $$ BEGIN RAISE EXCEPTION 'nope' USING ERRCODE = 'P0002', DETAIL = 'the detail', HINT = 'the hint'; END $$",
    ],
  },
  {
    name: 'NULLIF with a NULL constant on either side is its first argument, the other side never run (round 29)',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, a int, b int); INSERT INTO t VALUES (1, 0, 5), (2, 2, -2147483648)',
    steps: [
      'SELECT id, nullif(NULL::int, 10 / a) AS r FROM t ORDER BY id',
      'SELECT id, nullif(10 / b, NULL::int) AS r FROM t ORDER BY id',
      'SELECT id FROM t WHERE nullif(NULL::int, 10 / a) IS NULL ORDER BY id',
      { sql: 'SELECT id, nullif($1::int, 10 / a) AS r FROM t ORDER BY id', params: [null] },
      'SELECT id, nullif(10 / a, NULL) AS r FROM t ORDER BY id',
    ],
  },
  {
    name: '|| with a NULL constant operand is NULL, the other side never run, unless it concatenates arrays (round 30)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, a int, arr int[]); INSERT INTO t VALUES (1, 0, '{1}'), (2, 2, '{2}')",
    steps: [
      'SELECT id, upper(NULL::text) || (10 / a)::text AS r FROM t ORDER BY id',
      'SELECT id, (10 / a)::text || lower(NULL) AS r FROM t ORDER BY id',
      'SELECT id, arr || NULL::int AS r FROM t ORDER BY id',
      'SELECT id, NULL::int[] || (10 / a) AS r FROM t ORDER BY id',
    ],
  },
]);
