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
]);
