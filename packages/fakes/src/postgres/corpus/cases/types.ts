import { defineGroup } from '../sql-case.js';

/** Types and how node-pg parses them: integers, numeric, floats, text, bytea, time, uuid, enums, domains, generated values. */
export const typeCases = defineGroup('types', [
  {
    name: 'int2 and int4 arrive as numbers, int8 as a string',
    steps: ['SELECT 1::int2 AS small, 2::int4 AS regular, 3::int8 AS big'],
  },
  {
    name: 'count(*) is bigint and arrives as a string',
    setup: 'CREATE TABLE t (n int); INSERT INTO t VALUES (1), (2), (3);',
    steps: ['SELECT count(*) FROM t'],
  },
  {
    name: 'sum(int4) is bigint, sum(int8) is numeric, avg(int) is numeric',
    setup: 'CREATE TABLE t (n int, b bigint); INSERT INTO t VALUES (1, 10), (2, 20);',
    steps: ['SELECT sum(n) AS s4, sum(b) AS s8, avg(n) AS a FROM t'],
  },
  {
    name: 'a bigint past 2^53 round-trips exactly',
    setup: 'CREATE TABLE big (v bigint);',
    steps: [
      { sql: 'INSERT INTO big VALUES ($1) RETURNING v', params: ['9007199254740993'] },
      'SELECT v + 1 AS next FROM big',
    ],
  },
  {
    name: 'an integer literal past int4 is typed bigint',
    steps: ['SELECT 2147483648 AS n, pg_typeof(2147483648)::text AS t'],
  },
  {
    name: 'numeric(10,2) keeps its scale on output',
    setup: 'CREATE TABLE prices (p numeric(10, 2));',
    steps: ['INSERT INTO prices VALUES (1.5), (2), (3.14159) RETURNING p'],
  },
  {
    name: 'numeric addition is exact',
    steps: ['SELECT 0.1 + 0.2 AS s, 0.1::numeric * 3 AS m'],
  },
  {
    name: 'numeric division carries PostgreSQL scale',
    steps: ['SELECT 1 / 3::numeric AS third, 10::numeric / 4 AS q'],
  },
  {
    name: 'a decimal literal is numeric and arrives as a string',
    steps: ['SELECT 1.50 AS a, 1e3 AS b, pg_typeof(1.5)::text AS t'],
  },
  {
    name: 'a numeric wider than a double keeps every digit',
    steps: ['SELECT 123456789012345678901234567890.123 + 1 AS n'],
  },
  {
    name: 'numeric NaN is a value',
    steps: ["SELECT 'NaN'::numeric AS n"],
  },
  {
    name: 'round on numeric rounds half away from zero',
    steps: ['SELECT round(2.5) AS a, round(-2.5) AS b, round(2.345, 2) AS c'],
  },
  {
    name: 'round on double precision rounds half to even',
    steps: ['SELECT round(2.5::float8) AS a, round(3.5::float8) AS b'],
  },
  {
    name: 'casting to integer rounds numeric half away and float8 half to even',
    steps: ['SELECT 2.5::int AS from_numeric, 2.5::float8::int AS from_float'],
  },
  {
    name: 'integer division truncates toward zero',
    steps: ['SELECT 7 / 2 AS a, -7 / 2 AS b, 7 % -3 AS c, -7 % 3 AS d'],
  },
  {
    name: 'float8 NaN and infinities arrive as JS specials',
    steps: ["SELECT 'NaN'::float8 AS nan, 'Infinity'::float8 AS inf, '-Infinity'::float8 AS ninf"],
  },
  {
    name: 'float8 arithmetic shows binary rounding',
    steps: ['SELECT 0.1::float8 + 0.2::float8 AS s'],
  },
  {
    name: 'real prints its shortest float4 form',
    steps: ['SELECT 0.1::real AS r, pg_typeof(0.1::real)::text AS t'],
  },
  {
    name: 'boolean accepts its input spellings',
    steps: [
      "SELECT 'yes'::boolean AS a, 'off'::boolean AS b, 't'::boolean AS c, '0'::boolean AS d, true::text AS e",
    ],
  },
  {
    name: 'an explicit cast to varchar(n) truncates without error',
    steps: ["SELECT 'abcdefg'::varchar(5) AS v"],
  },
  {
    name: 'an insert too long for varchar(n) is 22001',
    setup: 'CREATE TABLE names (n varchar(5));',
    steps: [{ sql: 'INSERT INTO names VALUES ($1)', params: ['abcdefg'] }],
  },
  {
    name: 'trailing spaces beyond varchar(n) are trimmed without error',
    setup: 'CREATE TABLE names (n varchar(3));',
    steps: ["INSERT INTO names VALUES ('abc   ') RETURNING n, length(n) AS len"],
  },
  {
    name: 'char(n) pads on output and ignores the padding in length',
    steps: ["SELECT 'ab'::char(5) AS c, length('ab'::char(5)) AS len, 'ab'::char(5) = 'ab' AS eq"],
  },
  {
    name: 'bytea round-trips a Buffer parameter',
    setup: 'CREATE TABLE blobs (b bytea);',
    steps: [
      {
        sql: 'INSERT INTO blobs VALUES ($1) RETURNING b, octet_length(b) AS n',
        params: [Buffer.from([0, 1, 2, 255])],
      },
    ],
  },
  {
    name: 'bytea hex literal, decode and encode',
    steps: [
      "SELECT '\\x0102'::bytea AS b, decode('aGVsbG8=', 'base64') AS h, encode('\\xdeadbeef'::bytea, 'hex') AS x",
    ],
  },
  {
    name: 'date arithmetic gives dates and day counts',
    steps: ["SELECT '2024-02-28'::date + 1 AS next, '2024-03-01'::date - '2024-02-01'::date AS days"],
  },
  {
    name: 'a date arrives as a Date at local midnight',
    steps: ["SELECT '2024-02-29'::date AS d"],
  },
  {
    name: 'a timestamp without time zone keeps its wall-clock value',
    steps: ["SELECT '2024-01-02 03:04:05.678'::timestamp AS ts"],
  },
  {
    name: 'a timestamptz with an offset is the same instant',
    steps: ["SELECT '2024-01-02 03:04:05+02'::timestamptz AS at"],
  },
  {
    name: 'timestamptz text output follows the session time zone',
    steps: ["SELECT '2024-01-02 03:04:05+02'::timestamptz::text AS at"],
  },
  {
    name: 'timestamptz keeps microseconds in its text form',
    steps: ["SELECT '2024-01-01 00:00:00.123456+00'::timestamptz::text AS at"],
  },
  {
    name: 'a Date parameter into a timestamptz column is the same instant',
    setup: 'CREATE TABLE ev (at timestamptz);',
    steps: [
      { sql: 'INSERT INTO ev VALUES ($1) RETURNING at', params: [new Date('2024-05-06T07:08:09.123Z')] },
    ],
  },
  {
    name: 'timestamptz plus an interval',
    steps: ["SELECT '2024-01-31 10:00:00+00'::timestamptz + interval '1 month 2 hours' AS at"],
  },
  {
    name: 'interval text output',
    steps: ["SELECT (interval '1 day 2 hours 3 minutes')::text AS i, (interval '90 minutes' * 2)::text AS j"],
  },
  {
    name: 'an interval arrives parsed by node-pg',
    steps: ["SELECT interval '1 year 2 mons 3 days 04:05:06.5' AS i"],
  },
  {
    name: 'subtracting timestamps gives an interval',
    steps: ["SELECT ('2024-01-02 12:00'::timestamp - '2024-01-01 00:00'::timestamp)::text AS d"],
  },
  {
    name: 'a time value arrives as text',
    steps: ["SELECT '13:45:00'::time AS t, '13:45:00.5'::time + interval '15 minutes' AS later"],
  },
  {
    name: 'an upper-case uuid is stored and returned lower-case',
    setup: 'CREATE TABLE things (id uuid PRIMARY KEY);',
    steps: [
      {
        sql: 'INSERT INTO things VALUES ($1) RETURNING id',
        params: ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'],
      },
      { sql: 'SELECT id FROM things WHERE id = $1', params: ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'] },
    ],
  },
  {
    name: 'uuid input accepts braces and missing hyphens',
    steps: [
      "SELECT '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'::uuid AS a, 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid AS b",
    ],
  },
  {
    name: 'uuids compare and sort by their bytes',
    setup: `CREATE TABLE things (id uuid);
            INSERT INTO things VALUES ('ffffffff-0000-0000-0000-000000000000'), ('00000000-0000-0000-0000-00000000000a');`,
    steps: ['SELECT id FROM things ORDER BY id'],
  },
  {
    name: 'an enum sorts in declaration order, not alphabetically',
    setup: `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
            CREATE TABLE people (name text, m mood);
            INSERT INTO people VALUES ('a', 'happy'), ('b', 'sad'), ('c', 'ok');`,
    steps: ['SELECT name, m FROM people ORDER BY m', "SELECT name FROM people WHERE m > 'sad' ORDER BY name"],
  },
  {
    name: 'an invalid enum label is 22P02',
    setup: "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE people (m mood);",
    steps: [{ sql: 'INSERT INTO people VALUES ($1)', params: ['angry'] }],
  },
  {
    name: 'a domain check violation is 23514 naming the domain constraint',
    setup: 'CREATE DOMAIN positive_int AS int CHECK (VALUE > 0); CREATE TABLE stock (qty positive_int);',
    steps: ['INSERT INTO stock VALUES (5) RETURNING qty', 'INSERT INTO stock VALUES (-1)'],
  },
  {
    name: 'a stored generated column is computed on insert and update',
    setup: `CREATE TABLE lines (qty int, price numeric(8, 2),
              total numeric GENERATED ALWAYS AS (qty * price) STORED);`,
    steps: [
      'INSERT INTO lines (qty, price) VALUES (3, 2.50) RETURNING total',
      'UPDATE lines SET qty = 4 RETURNING total',
    ],
  },
  {
    name: 'writing a generated column is 428C9',
    setup: 'CREATE TABLE lines (qty int, doubled int GENERATED ALWAYS AS (qty * 2) STORED);',
    steps: ['INSERT INTO lines (qty, doubled) VALUES (1, 5)'],
  },
  {
    name: 'an identity column BY DEFAULT generates and accepts values',
    setup: 'CREATE TABLE notes (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, body text);',
    steps: [
      "INSERT INTO notes (body) VALUES ('a') RETURNING id",
      "INSERT INTO notes (id, body) VALUES (10, 'b') RETURNING id",
      "INSERT INTO notes (body) VALUES ('c') RETURNING id",
    ],
  },
  {
    name: 'a sequence with START and INCREMENT, nextval, currval and setval',
    setup: 'CREATE SEQUENCE order_no START 100 INCREMENT 5;',
    steps: [
      "SELECT nextval('order_no') AS a",
      "SELECT nextval('order_no') AS b, currval('order_no') AS c",
      "SELECT setval('order_no', 500) AS s",
      "SELECT nextval('order_no') AS d",
    ],
  },
  {
    name: 'currval before nextval in the session is 55000',
    setup: 'CREATE SEQUENCE s;',
    steps: ["SELECT currval('s')"],
  },
  {
    name: 'bigserial values arrive as strings',
    setup: 'CREATE TABLE logs (id bigserial PRIMARY KEY, msg text);',
    steps: ["INSERT INTO logs (msg) VALUES ('a'), ('b') RETURNING id"],
  },
  {
    name: 'inet and cidr values arrive as text',
    steps: ["SELECT '192.168.0.1/24'::inet AS i, '10.0.0.0/8'::cidr AS c, '::1'::inet AS v6"],
  },
  {
    name: 'IS DISTINCT FROM treats NULLs as comparable',
    steps: ['SELECT NULL IS DISTINCT FROM NULL AS a, 1 IS DISTINCT FROM NULL AS b, NULL = NULL AS c'],
  },
  {
    name: 'money-free currency amounts in numeric sum exactly',
    setup:
      'CREATE TABLE payments (amount numeric(12, 2)); INSERT INTO payments VALUES (0.10), (0.20), (19.99);',
    steps: ['SELECT sum(amount) AS total, avg(amount) AS mean FROM payments'],
  },
  {
    name: 'an integer constant out of range for its column is 22003, into integer and smallint',
    setup: 'CREATE TABLE counters (id int PRIMARY KEY, small smallint);',
    steps: [
      'INSERT INTO counters (id) VALUES (2147483648)',
      'INSERT INTO counters (id, small) VALUES (1, 32768)',
      'INSERT INTO counters (id, small) VALUES (-2147483648, -32768) RETURNING id, small',
      'UPDATE counters SET id = 3000000000',
    ],
  },
  {
    name: 'float8 input past the double range is 22003',
    steps: ["SELECT '1e400'::float8"],
  },
  {
    name: 'float8 input that rounds to zero is 22003',
    steps: ["SELECT '1e-400'::float8"],
  },
  {
    name: 'a denormal float8 input is accepted',
    steps: ["SELECT '3e-324'::float8 AS tiny"],
  },
  {
    name: 'a float8 product past the double range is 22003 value out of range: overflow',
    steps: ["SELECT '1e308'::float8 * 10"],
  },
  {
    name: 'float8 input accepts inf and -inf',
    steps: ["SELECT 'inf'::float8 AS a, '-inf'::float8 AS b"],
  },
  {
    name: 'numeric input accepts Infinity and -inf',
    steps: ["SELECT 'Infinity'::numeric AS a, '-inf'::numeric AS b"],
  },
  {
    name: 'numeric input keeps a 400-digit exponent exactly',
    steps: ["SELECT '1e400'::numeric AS big"],
  },
  {
    name: 'a timestamptz input ending in UTC, Z or GMT is read as UTC',
    steps: [
      "SELECT '2024-03-15 10:00:00 UTC'::timestamptz AS utc, '2024-03-15T10:00:00Z'::timestamptz AS z, '2024-03-15 10:00 gmt'::timestamptz AS gmt",
    ],
  },
  {
    name: 'timestamptz input reads one-digit, four-digit and seconds offsets',
    steps: [
      "SELECT '2024-03-15 10:00:00+5'::timestamptz AS h, '2024-03-15 10:00:00 +0530'::timestamptz AS hm, '2024-03-15 10:00:00+05:30:15'::timestamptz AS hms",
    ],
  },
  {
    name: 'a time zone offset past 15 hours is 22009',
    steps: ["SELECT '2024-03-15 10:00:00+16'::timestamptz"],
  },
  {
    name: 'a UTC-suffixed text parameter is read into a timestamptz column',
    setup: 'CREATE TABLE events (at timestamptz);',
    steps: [{ sql: 'INSERT INTO events VALUES ($1) RETURNING at', params: ['2024-03-15 10:00:00 UTC'] }],
  },
  {
    name: 'timestamp without time zone input ignores a written zone',
    steps: [
      "SELECT '2024-03-15 10:00:00+05'::timestamp AS shifted, '2024-03-15 10:00:00 UTC'::timestamp AS utc",
    ],
  },
  {
    name: '24:00:00 is the next midnight and second 60 the next minute in timestamp input',
    steps: [
      "SELECT '2024-03-15 24:00:00'::timestamptz AS midnight, '2024-03-15 23:59:60'::timestamp AS leap",
    ],
  },
  {
    name: 'date input takes the date of a timestamp text and ignores its time and zone',
    steps: [
      "SELECT '2024-03-05 13:00'::date AS a, '2024-03-15 24:00'::date AS b, '2024-03-05 23:00-05'::date AS c",
    ],
  },
  {
    name: 'date input with an hour past 24 is 22008',
    steps: ["SELECT '2024-03-05 25:00'::date"],
  },
  {
    name: 'year 0 in date input is 22008',
    steps: ["SELECT '0000-01-01'::date"],
  },
  {
    name: 'date input with a month name is accepted',
    steps: ["SELECT 'Mar 15 2024'::date AS d"],
  },
  {
    name: 'date/time input without a digit is 22007',
    steps: ["SELECT 'not a date'::timestamptz"],
  },
  {
    name: 'integer +, - and * fail with 22003 past their type, in a WHERE, a sum or an assignment too',
    setup: `CREATE TABLE n (id int PRIMARY KEY, x int, s smallint);
            INSERT INTO n VALUES (1, 2000000000, 30000), (2, -5, 1);`,
    steps: [
      'SELECT 2147483647 + 1 - 1',
      'SELECT id FROM n WHERE x * 2 > 0',
      'SELECT sum(x * 2) FROM n',
      'UPDATE n SET x = x + 1000000000 WHERE id = 1',
      'UPDATE n SET s = s * 2::int2 WHERE id = 1',
      'SELECT 40000::int2::int4',
      'SELECT x + 1 AS a, x - 3 AS b, s + s AS d, x::int2 AS e FROM n WHERE id = 2',
    ],
  },
  {
    name: 'numeric arithmetic is exact: 0.1 + 0.2 = 0.3, literals keep their written scale, int - numeric',
    setup: `CREATE TABLE t (id int PRIMARY KEY, i int, n numeric(10,2), qty int);
            INSERT INTO t VALUES (1, 10, 0.50, 3), (2, 1, 1.10, 3);`,
    steps: [
      'SELECT 0.1 + 0.2 = 0.3 AS a, 1.1 * 3 = 3.3 AS b, 1.50 AS c, 2.0 * 3 AS d, 0.10 * 2 AS e, 10 - 0.001 AS f',
      'SELECT i - n AS a, n - i AS b, 7 - n AS c, i * 0.10 AS d FROM t ORDER BY id',
      'SELECT id FROM t WHERE n * qty = 3.30',
      'SELECT sum(n) = 1.60 AS exact FROM t',
      'SELECT 123456::numeric(5,2)',
    ],
  },
  {
    name: 'an untyped value beside an interval is read as an interval',
    steps: ["SELECT '2024-01-01' + interval '1 day'"],
  },
  {
    name: 'uuid input does not accept whitespace around the value',
    steps: [
      "SELECT ' a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid",
      { sql: 'SELECT $1::uuid', params: ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11 '] },
    ],
  },
  {
    name: 'bytea does not cast to or from integers',
    steps: ["SELECT '\\x01'::bytea::int4", 'SELECT 1::bytea'],
  },
  {
    name: 'integer input rejects hexadecimal and underscores',
    steps: ["SELECT '0x1F'::int", "SELECT '1_000'::bigint", "SELECT '1_000.5'::numeric"],
  },
  {
    name: 'infinite intervals and +infinity timestamps are invalid input',
    steps: [
      "SELECT 'infinity'::interval",
      "SELECT interval '-infinity'",
      "SELECT '+infinity'::timestamptz",
      "SELECT '+infinity'::date",
    ],
  },
  {
    name: 'to_timestamp rejects TZ and OF fields',
    steps: ["SELECT to_timestamp('2024-01-01 PST', 'YYYY-MM-DD TZ')"],
  },
  {
    name: 'AT LOCAL is a syntax error',
    steps: ['SELECT now() AT LOCAL'],
  },
  {
    name: 'the pg_c_utf8 and unicode collations do not exist',
    steps: ["SELECT 'a' < 'B' COLLATE pg_c_utf8", "SELECT 'a' < 'B' COLLATE unicode"],
  },
  {
    name: '-2147483648 is an integer literal, and its quotient by -1 overflows integer',
    steps: ['SELECT -2147483648 AS a, -2147483648 + 1 AS b', 'SELECT (-2147483648) / (-1)'],
  },
  {
    name: 'numeric with a negative scale rounds to tens or hundreds',
    steps: ['SELECT 12345::numeric(5,-2) AS a'],
  },
  {
    name: 'an explicit cast of a literal or parameter to varchar(n) cuts it to n characters',
    steps: [
      {
        sql: "SELECT 'abcdef'::varchar(3) AS a, $1::varchar(2) AS b",
        params: ['xyz'],
      },
    ],
  },
  {
    name: 'an untyped literal beside a varchar(2) makes the common type varchar without a length',
    steps: [
      "SELECT c FROM (VALUES ('ab'::varchar(2)), ('abcdef')) t(c)",
      "SELECT coalesce(NULL::varchar(2), 'abcdef') AS a",
    ],
  },
  {
    name: 'currval on a connection that never called nextval is 55000, whatever another connection did',
    setup: 'CREATE SEQUENCE s',
    steps: [
      "SELECT nextval('s') AS n",
      {
        sql: "SELECT currval('s') AS c",
        client: 'second',
      },
      {
        sql: 'SELECT lastval() AS l',
        client: 'second',
      },
      "SELECT currval('s') AS c",
    ],
  },
  {
    name: 'currval is per connection: each reads the value its own nextval returned',
    setup: 'CREATE TABLE t (id serial PRIMARY KEY, v text)',
    steps: [
      "INSERT INTO t (v) VALUES ('a')",
      {
        sql: "INSERT INTO t (v) VALUES ('b')",
        client: 'second',
      },
      "SELECT currval('t_id_seq') AS c",
      {
        sql: "SELECT currval('t_id_seq') AS c",
        client: 'second',
      },
    ],
  },
  {
    name: 'SET TIME ZONE on one connection changes only its timestamptz output',
    steps: [
      "SET TIME ZONE 'America/New_York'",
      "SELECT '2020-01-01 00:00:00+00'::timestamptz::text AS t",
      {
        sql: "SELECT '2020-01-01 00:00:00+00'::timestamptz::text AS t",
        client: 'second',
      },
    ],
  },
  {
    name: 'timestamp(p) and timestamptz(p) round the fractional seconds half away from zero from 2000-01-01 on INSERT',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, a timestamp(0), b timestamp(2), c timestamptz(1), d timestamp(3))',
    steps: [
      "INSERT INTO t VALUES (1, '2024-03-15 10:20:30.5', '2024-03-15 10:20:30.125', '2024-03-15 10:20:30.25+00', '2024-03-15 10:20:30.1235')",
      "INSERT INTO t VALUES (2, '1999-12-31 23:59:59.5', '1999-12-31 23:59:59.125', '1999-12-31 23:59:59.25+00', '1999-12-31 23:59:59.1235')",
      "INSERT INTO t VALUES (3, '2024-12-31 23:59:59.5', '2024-12-31 23:59:59.995', '2024-12-31 23:59:59.95-05:30', '2024-12-31 23:59:59.9995')",
      'SELECT * FROM t ORDER BY id',
    ],
  },
  {
    name: 'a Prisma schema: TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, Date parameters, ORDER BY and comparisons',
    setup:
      'CREATE TABLE "User" ("id" SERIAL NOT NULL, "email" TEXT NOT NULL, "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP, "updatedAt" TIMESTAMP(3) NOT NULL, CONSTRAINT "User_pkey" PRIMARY KEY ("id"))',
    steps: [
      {
        sql: 'INSERT INTO "User" ("email", "createdAt", "updatedAt") VALUES ($1, $2, $2), ($3, $4, $4) RETURNING "id", "createdAt"',
        params: ['b', new Date('2024-05-01T10:00:00.300Z'), 'a', new Date('2024-05-01T10:00:00.100Z')],
      },
      {
        sql: 'INSERT INTO "User" ("email", "updatedAt") VALUES ($1, $2) RETURNING "email", "updatedAt"',
        params: ['c', new Date('2024-05-01T10:00:00.200Z')],
      },
      {
        sql: 'UPDATE "User" SET "updatedAt" = $1 WHERE "email" = $2 RETURNING "updatedAt"',
        params: [new Date('2024-05-02T11:00:00.456Z'), 'a'],
      },
      {
        sql: 'SELECT "email" FROM "User" WHERE "createdAt" >= $1 AND "createdAt" < $2 ORDER BY "createdAt" DESC',
        params: [new Date('2024-05-01T10:00:00.100Z'), new Date('2024-05-01T10:00:00.300Z')],
      },
      'SELECT "email", "updatedAt" FROM "User" ORDER BY "updatedAt", "email"',
    ],
  },
  {
    name: 'DEFAULT now() into timestamptz(p) is the transaction time rounded to p digits, in a lone row or several',
    setup:
      'CREATE TABLE t (id int, a timestamptz(0) DEFAULT now(), b timestamptz(1) DEFAULT CURRENT_TIMESTAMP, c timestamptz DEFAULT now())',
    steps: [
      'BEGIN',
      'INSERT INTO t (id) VALUES (1)',
      'INSERT INTO t VALUES (2, DEFAULT, DEFAULT, DEFAULT), (3, DEFAULT, DEFAULT, DEFAULT)',
      'SELECT id, a = now()::timestamptz(0) AS a, b = now()::timestamptz(1) AS b, c = now() AS c, a = c::timestamptz(0) AS ac FROM t ORDER BY id',
      'COMMIT',
    ],
  },
  {
    name: "a value computed when the row is written (UPDATE SET b = a, INSERT ... SELECT, EXCLUDED) is rounded to the column's precision",
    setup:
      "CREATE TABLE s (id int PRIMARY KEY, a timestamp(3)); INSERT INTO s VALUES (1, '2024-01-01 00:00:00.5'), (2, '1999-12-31 23:59:59.5'); CREATE TABLE t (id int PRIMARY KEY, b timestamp(0))",
    steps: [
      'INSERT INTO t SELECT id, a FROM s',
      'SELECT * FROM t ORDER BY id',
      "UPDATE t SET b = '2024-06-01 00:00:00.5'::timestamp WHERE id = 1 RETURNING b",
      "INSERT INTO t VALUES (2, '2024-06-01 00:00:01.5') ON CONFLICT (id) DO UPDATE SET b = excluded.b RETURNING b",
    ],
  },
  {
    name: 'a cast to timestamp(p) rounds a literal, a parameter and a column; timestamp(7) is timestamp(6)',
    setup:
      "CREATE TABLE t (id int, v timestamp(3)); INSERT INTO t VALUES (1, '2024-01-01 00:00:00.45'), (2, '2024-01-01 00:00:00.55')",
    steps: [
      "SELECT '2024-01-01 12:00:00.5'::timestamp(0) AS a, CAST('2024-01-01 12:00:00.05+00' AS timestamptz(1)) AS b",
      { sql: 'SELECT $1::timestamp(0) AS v', params: ['1999-12-31 23:59:59.5'] },
      'SELECT id, v::timestamp(0) AS v FROM t ORDER BY id',
      "SELECT '2024-01-01 12:00:00.5'::timestamp(9) AS v",
    ],
  },
  {
    name: 'a negative timestamp precision is a syntax error, but 22023 when written timestamptz(p)',
    steps: [
      'CREATE TABLE t (v timestamp(-1))',
      'CREATE TABLE t (v timestamptz(-3))',
      'CREATE TABLE t (v timestamptz(3,1))',
    ],
  },
  {
    name: 'a timestamp input at :60 with a fraction carries into the next minute; past 24:00:00 is 22008',
    steps: [
      "SELECT '2024-01-01 10:11:60.5'::timestamp AS a, '2024-01-01 24:00:00'::timestamp AS b",
      "SELECT '2024-01-01 24:00:00.5'::timestamp AS c",
    ],
  },
  {
    name: 'a parameter used twice takes the precision of each use: rounded into timestamp(0), whole into timestamp and in WHERE',
    setup:
      "CREATE TABLE t (a timestamp(0), b timestamp); INSERT INTO t VALUES (NULL, '2024-01-01 00:00:00.5')",
    steps: [
      { sql: 'INSERT INTO t VALUES ($1, $1) RETURNING a, b', params: ['2024-01-01 00:00:00.5'] },
      {
        sql: 'UPDATE t SET a = $1 WHERE b = $1 AND a IS NULL RETURNING a, b',
        params: ['2024-01-01 00:00:00.5'],
      },
      { sql: 'SELECT $1::timestamp(0) AS a, $1::timestamp AS b', params: ['1999-12-31 23:59:59.5'] },
    ],
  },
  {
    name: 'subtracting an infinite timestamp is an error in PostgreSQL 15',
    steps: [
      "SELECT 'infinity'::timestamp - '2000-01-01'::timestamp AS v",
      "SELECT '2000-01-01'::timestamptz - '-infinity'::timestamptz AS v",
    ],
  },
  {
    name: 'an explicit cast of a uuid or an enum to varchar(n) cuts it to n characters',
    setup:
      "CREATE TYPE mood AS ENUM ('happy'); CREATE TABLE t (u uuid, m mood); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'happy')",
    steps: ['SELECT u::varchar(2) AS a, m::varchar(2) AS b FROM t', "SELECT 'happy'::mood::varchar(3) AS c"],
  },
  {
    name: 'an enum assigned to a varchar(n) column too short for its label is 22001',
    setup:
      "CREATE TYPE mood AS ENUM ('happy'); CREATE TABLE t (m mood, v varchar(2)); INSERT INTO t (m) VALUES ('happy')",
    steps: ['UPDATE t SET v = m', 'INSERT INTO t (v) SELECT m FROM t'],
  },
  {
    name: 'char(n) pads, compares without trailing spaces, and loses them in a cast to text',
    setup: 'CREATE TABLE codes (c char(4))',
    steps: [
      "INSERT INTO codes VALUES ('ab')",
      "SELECT c, length(c) AS l, c || '|' AS cat, c = 'ab  ' AS eq, c::text || '|' AS t FROM codes",
    ],
  },
  {
    name: 'interval input forms print in the postgres style',
    steps: [
      "SELECT '1 day 2 hours'::interval::text AS a, 'P1Y2M'::interval::text AS b, '@ 1 minute ago'::interval::text AS c, '1-2'::interval::text AS d",
    ],
  },
  {
    name: 'text cast to integer reads decimal digits only, as in PostgreSQL 15',
    setup: "CREATE TABLE s (x text); INSERT INTO s VALUES ('0o17')",
    steps: ["SELECT ' 12 '::text::int AS ok", 'SELECT x::int FROM s'],
  },
  {
    name: 'an integer array literal with an underscore-separated element is refused',
    steps: ["SELECT '{1_000}'::int[]"],
  },
  {
    name: 'subtracting an infinite timestamp raises 22008',
    steps: ["SELECT 'infinity'::timestamp - '2024-01-01'::timestamp"],
  },
  {
    name: "'+infinity' is not a date or timestamp in 15 (22007), 'infinity' is",
    setup: 'CREATE TABLE t (d date, ts timestamptz);',
    steps: [
      "INSERT INTO t (d) VALUES ('+infinity')",
      "INSERT INTO t VALUES ('infinity', '-infinity') RETURNING d::text, ts::text",
      { sql: 'SELECT $1::timestamp', params: ['+infinity'] },
    ],
  },
  {
    name: "an interval cannot be 'infinity' in 15 (22007), as a literal, a column value or a parameter",
    setup: 'CREATE TABLE t (span interval);',
    steps: [
      "SELECT interval 'infinity'",
      "INSERT INTO t VALUES ('-infinity')",
      { sql: 'SELECT $1::interval', params: ['infinity'] },
    ],
  },
  {
    name: 'a text value cast to oid is read in decimal: hex is 22P02, leading zeros are dropped',
    setup: "CREATE TABLE s (v text); INSERT INTO s VALUES ('0x1A');",
    steps: [
      'SELECT v::oid FROM s',
      "SELECT ' 012'::text::oid AS o",
      { sql: 'SELECT $1::oid', params: ['0x10'] },
    ],
  },
  {
    name: "date days: SELECT date '2024-01-01' - (-2147483647 - 1)",
    setup:
      "CREATE TABLE d (id int, day date, n int, s smallint, b bigint); INSERT INTO d VALUES (1, '2024-02-28', 1, 2, 3), (2, '2024-12-31', -366, 1, 1), (3, NULL, 5, 0, 0), (4, '2000-01-01', NULL, -1, 1);",
    steps: ["SELECT date '2024-01-01' - (-2147483647 - 1)"],
  },
  {
    name: 'date days: SELECT id, day + n FROM d ORDER BY id',
    setup:
      "CREATE TABLE d (id int, day date, n int, s smallint, b bigint); INSERT INTO d VALUES (1, '2024-02-28', 1, 2, 3), (2, '2024-12-31', -366, 1, 1), (3, NULL, 5, 0, 0), (4, '2000-01-01', NULL, -1, 1);",
    steps: ['SELECT id, day + n FROM d ORDER BY id'],
  },
  {
    name: "date days: SELECT id, day - date '2024-01-01' FROM d ORDER BY id",
    setup:
      "CREATE TABLE d (id int, day date, n int, s smallint, b bigint); INSERT INTO d VALUES (1, '2024-02-28', 1, 2, 3), (2, '2024-12-31', -366, 1, 1), (3, NULL, 5, 0, 0), (4, '2000-01-01', NULL, -1, 1);",
    steps: ["SELECT id, day - date '2024-01-01' FROM d ORDER BY id"],
  },
  {
    name: 'date days update',
    setup:
      "CREATE TABLE d (id int, day date, n int, s smallint, b bigint); INSERT INTO d VALUES (1, '2024-02-28', 1, 2, 3), (2, '2024-12-31', -366, 1, 1), (3, NULL, 5, 0, 0), (4, '2000-01-01', NULL, -1, 1);",
    steps: [
      'UPDATE d SET day = day + 30 WHERE id = 1 RETURNING day',
      "INSERT INTO d (id, day) VALUES (9, date '2024-01-31' + 1) RETURNING day",
    ],
  },
  {
    name: 'case with unknown literals is text',
    steps: [
      "SELECT CASE WHEN true THEN 'a' ELSE 'b' END AS v, pg_typeof(CASE WHEN true THEN 'a' ELSE 'b' END)::text AS t",
    ],
  },
  { name: 'case int and text branch error', steps: ["SELECT CASE WHEN true THEN 1 ELSE 'x' END AS v"] },
  { name: 'coalesce short circuits', steps: ['SELECT coalesce(1, 1/0) AS v'] },
  { name: 'nullif text empty string', steps: ["SELECT nullif('', '') AS a, nullif('x', '') AS b"] },
  { name: 'greatest int and bigint', steps: ['SELECT greatest(1, 3000000000) AS g'] },
  { name: 'int4 multiplication overflow', steps: ['SELECT 100000 * 100000 AS v'] },
  { name: 'int2 addition overflow', steps: ['SELECT 32767::int2 + 1::int2 AS v'] },
  { name: 'int4 min negation overflow', steps: ['SELECT -(-2147483648) AS v'] },
  { name: 'modulo by zero', steps: ['SELECT 1 % 0 AS v'] },
  { name: 'int division min by minus one', steps: ['SELECT (-2147483648)::int4 / -1 AS v'] },
  {
    name: 'round numeric half away from zero',
    steps: ['SELECT round(2.5) AS a, round(-2.5) AS b, round(0.5) AS c'],
  },
  { name: 'round with scale returns numeric scale', steps: ['SELECT round(2, 3) AS a, round(2.1, 0) AS b'] },
  { name: 'text to int invalid', steps: ["SELECT 'abc'::int AS v"] },
  { name: 'empty string to int invalid', steps: ["SELECT ''::int AS v"] },
  { name: 'text to bool invalid', steps: ["SELECT 'maybe'::bool AS v"] },
  { name: 'int leading plus sign text', steps: ["SELECT '+15'::int AS a, '-0'::int AS b"] },
  {
    name: 'identity always insert explicit error',
    setup: 'CREATE TABLE ia (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
    steps: ["INSERT INTO ia (id, v) VALUES (5, 'x')"],
  },
  {
    name: 'Interval arithmetic month end (PGlite round 13)',
    steps: [
      "SELECT '2024-01-31'::date + interval '1 month', '2024-02-29'::date - interval '1 year', '2024-03-31'::timestamp - interval '1 month'",
    ],
  },
  {
    name: 'Interval justify (PGlite round 13)',
    steps: [
      "SELECT justify_days(interval '35 days'), justify_hours(interval '27 hours'), justify_interval(interval '1 month -1 hour'), interval '1.5 months', interval '1.5 years', interval '0.5 days'",
    ],
  },
  {
    name: 'Interval input formats (PGlite round 13)',
    steps: [
      "SELECT interval 'P1Y2M3DT4H5M6S', interval 'P0.5Y', interval '1-2', interval '3 4:05:06', interval '-1 2:03', interval '1 day ago', interval '@ 1 hour'",
    ],
  },
  {
    name: 'Interval fields qualifiers (PGlite round 13)',
    steps: [
      "SELECT interval '1 2:3:4' DAY TO MINUTE, interval '100' HOUR, interval '1.5' MINUTE TO SECOND, interval '2 years 3 months' YEAR",
    ],
  },
  {
    name: 'Interval overflow (PGlite round 13)',
    steps: ["SELECT interval '2147483647 days' + interval '1 day'"],
  },
  {
    name: 'Interval comparison equal (PGlite round 13)',
    steps: [
      "SELECT interval '1 month' = interval '30 days', interval '1 day' = interval '24 hours', interval '1 year' > interval '360 days'",
    ],
  },
  {
    name: 'Interval division and multiplication (PGlite round 13)',
    steps: [
      "SELECT interval '1 month' / 3, interval '1 day' * 1.5, interval '1 hour' / 0.3, interval '10 days' / 7",
    ],
  },
  { name: 'Interval division by zero (PGlite round 13)', steps: ["SELECT interval '1 day' / 0"] },
  {
    name: 'Extract interval fields (PGlite round 13)',
    steps: [
      "SELECT extract(epoch FROM interval '1 month 1 day'), extract(day FROM interval '40 days'), extract(hour FROM interval '-3 hours 2 minutes'), extract(millisecond FROM interval '1.2345 seconds')",
    ],
  },
  {
    name: 'Extract from date numeric (PGlite round 13)',
    steps: [
      "SELECT extract(epoch FROM date '2024-01-01'), extract(julian FROM date '2024-01-01'), extract(isodow FROM date '2024-01-07'), extract(week FROM date '2024-12-30'), extract(century FROM date '2001-01-01'), extract(millennium FROM date '2000-12-31')",
    ],
  },
  { name: 'Extract invalid unit (PGlite round 13)', steps: ["SELECT extract(hour FROM date '2024-01-01')"] },
  {
    name: 'Date_part on time (PGlite round 13)',
    steps: [
      "SELECT date_part('hour', time '13:45:10.5'), extract(second FROM time '13:45:10.5'), date_part('epoch', time '01:00')",
    ],
  },
  {
    name: 'Date_trunc with zone (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT date_trunc('day', '2024-03-10 12:00+00'::timestamptz, 'America/New_York'), date_trunc('quarter', timestamp '2024-05-15'), date_trunc('decade', timestamp '2024-05-15'), date_trunc('millennium', timestamp '2024-05-15')",
    ],
  },
  { name: 'Date_trunc invalid unit (PGlite round 13)', steps: ["SELECT date_trunc('fortnight', now())"] },
  {
    name: 'Date_bin (PGlite round 13)',
    steps: [
      "SELECT date_bin('15 minutes', timestamp '2024-01-01 10:37:00', timestamp '2024-01-01 00:00'), date_bin('1 hour', timestamp '2024-01-01 10:37:00', timestamp '2000-01-01 00:05')",
    ],
  },
  {
    name: 'Date_bin month error (PGlite round 13)',
    steps: ["SELECT date_bin('1 month', timestamp '2024-01-01', timestamp '2000-01-01')"],
  },
  {
    name: 'Timestamp input variants (PGlite round 13)',
    steps: [
      "SELECT timestamp '2024-01-02T03:04:05', timestamp 'Jan 2 2024 3:04pm', timestamp '2024-01-02 03:04:05.1234567', timestamp 'epoch', timestamp '20240102 030405', date 'today' - date 'yesterday'",
    ],
  },
  { name: 'Timestamp input bad (PGlite round 13)', steps: ["SELECT timestamp '2024-02-30 00:00'"] },
  {
    name: 'Timestamptz input with zone names (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT timestamptz '2024-01-02 03:04 America/New_York', timestamptz '2024-07-02 03:04 Europe/London', timestamptz '2024-01-02 03:04 PST', timestamptz '2024-01-02 03:04 +05:30', timestamptz '2024-01-02 03:04 UTC+3'",
    ],
  },
  {
    name: 'Timestamptz at time zone (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT timestamptz '2024-01-02 03:04+00' AT TIME ZONE 'Asia/Tokyo', timestamp '2024-01-02 03:04' AT TIME ZONE 'Asia/Tokyo', timestamptz '2024-01-02 03:04+00' AT TIME ZONE INTERVAL '-02:00', timezone('EST', timestamp '2024-01-02 03:04')",
    ],
  },
  { name: 'At time zone invalid (PGlite round 13)', steps: ["SELECT now() AT TIME ZONE 'Mars/Base'"] },
  {
    name: 'Time with time zone ops (PGlite round 13)',
    steps: [
      "SELECT time with time zone '10:00+02' + interval '3 hours', timetz '23:00-05' AT TIME ZONE 'UTC', time '10:00' - time '08:30', time '24:00:00', time '23:59:59.9999999'",
    ],
  },
  {
    name: 'Date arithmetic ints (PGlite round 13)',
    steps: [
      "SELECT date '2024-03-01' - 1, date '2024-03-01' + 30, date '2024-03-01' - date '2024-01-01', date '2024-03-01' + time '10:00'",
    ],
  },
  {
    name: 'Date infinity ops (PGlite round 13)',
    steps: [
      "SELECT date 'infinity' > date '2024-01-01', isfinite(date '-infinity'), date 'infinity' - 1, 'infinity'::timestamp - 'infinity'::timestamp",
    ],
  },
  {
    name: 'Date infinity minus finite (PGlite round 13)',
    steps: ["SELECT 'infinity'::timestamp - timestamp '2024-01-01'"],
  },
  {
    name: 'Make_date and friends (PGlite round 13)',
    steps: [
      "SELECT make_date(2024, 2, 29), make_time(10, 20, 30.5), make_timestamp(2024, 1, 2, 3, 4, 5.5), make_timestamptz(2024, 1, 2, 3, 4, 5, 'UTC'), make_interval(days => 10, hours => 2)",
    ],
  },
  { name: 'Make_date invalid (PGlite round 13)', steps: ['SELECT make_date(2023, 2, 29)'] },
  { name: 'Make_date negative year (PGlite round 13)', steps: ['SELECT make_date(-44, 3, 15)'] },
  {
    name: 'Generate_series timestamps (PGlite round 13)',
    steps: ["SELECT generate_series(timestamp '2024-01-30', timestamp '2024-05-01', interval '1 month')"],
  },
  { name: 'Generate_series zero step (PGlite round 13)', steps: ['SELECT generate_series(1, 5, 0)'] },
  {
    name: 'Generate_series numeric (PGlite round 13)',
    steps: ['SELECT generate_series(1.5, 3.0, 0.5), generate_series(5, 1, -2)'],
  },
  {
    name: 'Overlaps operator (PGlite round 13)',
    steps: [
      "SELECT (date '2024-01-01', date '2024-02-01') OVERLAPS (date '2024-01-31', date '2024-03-01'), (date '2024-01-01', interval '1 day') OVERLAPS (date '2024-01-02', date '2024-01-03')",
    ],
  },
  {
    name: 'Age variants (PGlite round 13)',
    steps: [
      "SELECT age(timestamp '2024-03-31', timestamp '2024-02-29'), age(timestamp '2024-01-01', timestamp '2024-03-15 10:00'), age(date '2000-02-29', date '2024-02-28')",
    ],
  },
  {
    name: 'Numeric division scale (PGlite round 13)',
    steps: [
      'SELECT 1::numeric / 3, 10::numeric / 4, 1::numeric / 7 * 7, 2::numeric / 3::numeric(10,2), 1e-20::numeric / 3, 123456789012345678901234567890::numeric / 7',
    ],
  },
  {
    name: 'Numeric functions (PGlite round 13)',
    steps: [
      'SELECT round(2.5), round(-2.5), round(2.5::float8), round(-0.5::float8), trunc(-2.7), ceil(-0.5), floor(-0.5), round(1234.5678, -2), trunc(1234.5678, 2), sign(-3.2), abs(-0)',
    ],
  },
  {
    name: 'Numeric sqrt ln exp (PGlite round 13)',
    steps: [
      'SELECT sqrt(2::numeric), ln(10::numeric), exp(1::numeric), log(100::numeric), log(2, 1024::numeric), power(2::numeric, 0.5), 2::numeric ^ 10, (-8)::numeric ^ (1::numeric/3)',
    ],
  },
  {
    name: 'Numeric power negative base fraction (PGlite round 13)',
    steps: ['SELECT power(-8::numeric, 0.5)'],
  },
  { name: 'Numeric zero to negative (PGlite round 13)', steps: ['SELECT power(0::numeric, -1)'] },
  { name: 'Float power edge (PGlite round 13)', steps: ['SELECT power(0::float8, -1)'] },
  {
    name: 'Numeric scale and trim (PGlite round 13)',
    steps: [
      "SELECT scale(1.2300), min_scale(1.2300), trim_scale(1.2300), trim_scale(0.000), 1.2300::numeric(10,1), '1e5'::numeric, '-0.0'::numeric, 'NaN'::numeric = 'NaN'::numeric",
    ],
  },
  {
    name: 'Numeric infinity (PGlite round 13)',
    steps: [
      "SELECT 'Infinity'::numeric, '-inf'::numeric + 1, 'Infinity'::numeric - 'Infinity'::numeric, 'Infinity'::numeric(10,2)",
    ],
  },
  { name: 'Numeric overflow typmod (PGlite round 13)', steps: ['SELECT 12345.678::numeric(5,2)'] },
  { name: 'Numeric negative scale typmod (PGlite round 13)', steps: ['SELECT 12345::numeric(5,-2)'] },
  {
    name: 'Numeric factorial gcd lcm (PGlite round 13)',
    steps: [
      'SELECT factorial(20), gcd(12, 18), lcm(4, 6), gcd(0::numeric, 0), lcm(2::bigint, 0), div(7, 2), div(-7, 2), mod(-7, 2), -7 % 2, width_bucket(5.35, 0.024, 10.06, 5)',
    ],
  },
  { name: 'Factorial negative (PGlite round 13)', steps: ['SELECT factorial(-1)'] },
  { name: 'Integer overflow ops (PGlite round 13)', steps: ['SELECT 2147483647 + 1'] },
  { name: 'Bigint overflow mul (PGlite round 13)', steps: ['SELECT 9223372036854775807 * 2'] },
  { name: 'Smallint cast overflow (PGlite round 13)', steps: ['SELECT 40000::smallint'] },
  {
    name: 'Int division truncation (PGlite round 13)',
    steps: ['SELECT 7 / 2, -7 / 2, 7 % -2, (-2147483648) / (-1)::int8'],
  },
  { name: 'Int min div minus one (PGlite round 13)', steps: ['SELECT (-2147483648)::int / -1'] },
  {
    name: 'Float special values (PGlite round 13)',
    steps: ["SELECT 'NaN'::float8, 'inf'::float8, '-Infinity'::float4, 1e308::float8 * 10, '1e-400'::float8"],
  },
  { name: 'Float overflow cast (PGlite round 13)', steps: ["SELECT '1e39'::float4"] },
  {
    name: 'Float output shortest (PGlite round 13)',
    steps: [
      'SELECT 0.1::float4, 1.1::float8, 100000000000000000000::float8, 1e-7::float8, 3.14159::float4 * 2, 1/3::float8',
    ],
  },
  {
    name: 'Float to int rounding (PGlite round 13)',
    steps: [
      'SELECT 2.5::float8::int, 3.5::float8::int, (-2.5)::float8::int, 2.5::numeric::int, 0.5::float4::int2',
    ],
  },
  { name: 'Cast text to numeric errors (PGlite round 13)', steps: ["SELECT '1.2.3'::numeric"] },
  {
    name: 'Cast bool variants (PGlite round 13)',
    steps: [
      "SELECT 'yes'::boolean, 'off'::boolean, 't'::boolean, '1'::boolean, ' true '::boolean, 'TRUE'::bool",
    ],
  },
  { name: 'Cast bool invalid (PGlite round 13)', steps: ["SELECT 'maybe'::boolean"] },
  { name: 'Int to bool (PGlite round 13)', steps: ['SELECT 1::boolean, 0::boolean, 5::boolean, true::int'] },
  {
    name: 'Bit strings (PGlite round 13)',
    steps: [
      "SELECT B'1010' & B'0110', B'1010' | B'0101', ~B'1010', B'1010' << 1, B'1010'::int, 10::bit(4), get_bit(B'1010', 0), bit_count(B'1011'), X'F'::bit(4)",
    ],
  },
  { name: 'Bit length mismatch (PGlite round 13)', steps: ["SELECT B'10' & B'101'"] },
  {
    name: 'Interval iso fractional (PGlite round 13)',
    steps: [
      "SELECT interval 'P1.5M', interval 'P1.5W', interval 'PT1.5H', interval 'P1Y0.5M', interval '1.5 weeks', interval '1.5 centuries', interval '2 decades 1 millennium'",
    ],
  },
  { name: 'Interval input junk (PGlite round 13)', steps: ["SELECT interval '1 day 2 days'"] },
  { name: 'Interval input ago middle (PGlite round 13)', steps: ["SELECT interval '1 day ago 2 hours'"] },
  {
    name: 'Interval input units misc (PGlite round 13)',
    steps: [
      "SELECT interval '1 microsecond', interval '1 millisecond', interval '100 usec', interval '3 mons', interval '-1.5 secs', interval '1:2', interval '1:2:3.5', interval '+1 -2 +3'",
    ],
  },
  {
    name: 'Date input julian (PGlite round 13)',
    steps: ["SELECT date 'J2451187', timestamp 'J2451187 10:00'"],
  },
  {
    name: 'Date input variants (PGlite round 13)',
    steps: [
      "SELECT date '1999-Jan-08', date '08-Jan-1999', date 'January 8, 1999', date '19990108', date '990108', date '1999.008', date 'Jan 8 99 BC'",
    ],
  },
  {
    name: 'Date input ambiguous (PGlite round 13)',
    steps: [
      "SELECT date '1/8/1999', date '01/02/03'",
      "SET DateStyle = 'DMY'",
      "SELECT date '1/8/1999', date '01/02/03'",
      "SET DateStyle = 'YMD'",
      "SELECT date '01/02/03'",
    ],
  },
  {
    name: 'Timestamp input with T and Z (PGlite round 13)',
    steps: [
      "SET TimeZone = 'UTC'",
      "SELECT timestamptz '2024-01-02T03:04:05Z', timestamptz '2024-01-02T03:04:05.123+0530', timestamptz '2024-01-02 03:04:05-08:00:30', timestamp '2024-01-02T03:04:05Z'",
    ],
  },
  {
    name: 'Timestamp input allballs and special (PGlite round 13)',
    steps: ["SELECT time 'allballs', timestamp 'allballs 2024-01-01' IS NULL"],
  },
  {
    name: 'Timestamp overflow arithmetic (PGlite round 13)',
    steps: ["SELECT timestamp '294276-12-31 23:59:59' + interval '1 day'"],
  },
  {
    name: 'Timestamp bc input output (PGlite round 13)',
    steps: [
      "SELECT timestamp '0001-01-01 BC', date '4713-11-24 BC', timestamp '0001-12-31 23:59 BC' + interval '1 minute'",
    ],
  },
  { name: 'Date out of range low (PGlite round 13)', steps: ["SELECT date '4714-11-23 BC'"] },
  {
    name: 'Time zone output formats (PGlite round 13)',
    steps: [
      "SET TimeZone = 'America/St_Johns'",
      "SELECT timestamptz '2024-07-01 12:00+00'",
      "SET TimeZone = 'Asia/Kathmandu'",
      "SELECT timestamptz '2024-07-01 12:00+00'",
      "SET TimeZone = 'UTC'",
      "SET DateStyle = 'SQL'",
      "SELECT timestamptz '2024-07-01 12:00+00'",
      "SET DateStyle = 'Postgres'",
      "SELECT timestamptz '2024-07-01 12:00+00'",
    ],
  },
  {
    name: 'Posix time zone strings (PGlite round 13)',
    steps: [
      "SET TimeZone = 'EST5EDT'",
      "SELECT timestamptz '2024-07-01 12:00+00'",
      "SET TimeZone = '<+03>-3'",
      "SELECT timestamptz '2024-07-01 12:00+00'",
      "SET TimeZone = 'UTC+2'",
      "SELECT timestamptz '2024-07-01 12:00+00'",
      'SHOW TimeZone',
    ],
  },
  {
    name: 'Interval ago positions (PGlite round 13)',
    steps: [
      "SELECT interval '1 day ago 2 hours', interval 'ago 3 minutes', '1 day ago ago'::interval, interval '1 day 2 hours ago', interval '@ 1 hour ago'",
    ],
  },
  { name: 'Interval ago alone (PGlite round 13)', steps: ["SELECT interval 'ago'"] },
  {
    name: 'Interval ago in text column cast (PGlite round 13)',
    steps: [
      'CREATE TABLE iv (t text)',
      "INSERT INTO iv VALUES ('1 day ago 2 hours')",
      'SELECT t::interval FROM iv',
    ],
  },
  {
    name: 'To_char with infinity numeric (PGlite round 13)',
    steps: [
      "SELECT to_char('Infinity'::numeric, '9999'), to_char('-Infinity'::float8, '9.99'), to_char('NaN'::float8, '999')",
    ],
  },
  {
    name: 'To_char large numbers (PGlite round 13)',
    steps: [
      "SELECT to_char(123456789012345678901234567890::numeric, '999,999,999,999,999,999,999,999,999,999'), to_char(1e30::float8, '9999'), to_char(0.0001::numeric, '0.9999999')",
    ],
  },
  {
    name: 'Round big precision (PGlite round 13)',
    steps: [
      "SELECT round(1.5::numeric, 1000) IS NOT NULL, round(123.456::numeric, -5), trunc(123.456::numeric, -1), round('NaN'::numeric, 2), round('Infinity'::numeric)",
    ],
  },
  {
    name: 'Numeric input forms (PGlite round 13)',
    steps: [
      "SELECT '  1.5  '::numeric, '+.5'::numeric, '-5.'::numeric, '1e-3'::numeric, '.e5'::numeric IS NULL",
    ],
  },
  { name: 'Numeric input forms invalid (PGlite round 13)', steps: ["SELECT '.e5'::numeric"] },
  {
    name: 'Int input forms (PGlite round 13)',
    steps: ["SELECT ' 42 '::int, '+7'::int, '-0'::int, '00012'::int"],
  },
  { name: 'Int input with decimal (PGlite round 13)', steps: ["SELECT '1.0'::int"] },
  {
    name: 'Float input forms (PGlite round 13)',
    steps: [
      "SELECT ' 1.5e3 '::float8, '-.5'::float8, 'infinity'::float8, '+inf'::float8, '1e-310'::float8 > 0, '0x10'::float8 IS NULL",
    ],
  },
  { name: 'Float input hex invalid (PGlite round 13)', steps: ["SELECT '0x10'::float8"] },
  {
    name: 'Oid and regclass input (PGlite round 13)',
    steps: ["SELECT '123'::oid, '-1'::oid, '4294967295'::oid"],
  },
  { name: 'Oid input out of range (PGlite round 13)', steps: ["SELECT '4294967296'::oid"] },
  {
    name: 'Char and varchar padding (PGlite round 13)',
    steps: [
      "SELECT 'ab'::char(4) || '|', length('ab  '::char(4)), 'ab'::char(4) = 'ab', octet_length('ab'::char(4)), 'abcdef'::varchar(3), 'abc  '::varchar(3)",
    ],
  },
  {
    name: 'Char too long insert (PGlite round 13)',
    steps: ['CREATE TABLE cv (a char(2), b varchar(2))', "INSERT INTO cv VALUES ('abc', 'a')"],
  },
  {
    name: 'Varchar too long insert (PGlite round 13)',
    steps: [
      'CREATE TABLE cv (a char(2), b varchar(2))',
      "INSERT INTO cv VALUES ('a', 'abc')",
      "INSERT INTO cv VALUES ('a', 'ab   ') RETURNING b, length(b)",
    ],
  },
  {
    name: 'Name type truncation (PGlite round 13)',
    steps: ["SELECT repeat('x', 70)::name, length(repeat('é', 40)::name)"],
  },
  {
    name: 'Text comparison trailing spaces (PGlite round 13)',
    steps: ["SELECT 'a ' = 'a', 'a '::char(3) = 'a'::char(1), 'a'::varchar < 'a '::varchar"],
  },
  {
    name: 'Boolean output and aggregates (PGlite round 13)',
    steps: [
      'SELECT true AND NULL, false AND NULL, true OR NULL, NOT NULL::bool, bool_and(x), bool_or(x) FROM (VALUES (true), (NULL)) v(x)',
    ],
  },
  {
    name: 'Enum comparisons and functions (PGlite round 13)',
    steps: [
      "CREATE TYPE sz AS ENUM ('s', 'm', 'l')",
      "SELECT 'm'::sz > 's', enum_first(NULL::sz), enum_last(NULL::sz), enum_range('m'::sz, NULL), array_agg(e ORDER BY e) FROM unnest('{l,s,m}'::sz[]) e",
    ],
  },
  { name: 'Enum invalid input (PGlite round 13)', steps: ["CREATE TYPE sz AS ENUM ('s')", "SELECT 'x'::sz"] },
  {
    name: 'Unicode blanks around number input are not skipped (round 15)',
    steps: [
      "SELECT E' \\t12\\n'::int AS ascii_blanks, E'\\r1.5 '::float8 AS f, '  true '::bool AS b",
      "SELECT E'\\u00a012'::int",
      "SELECT E'12\\u00a0'::int",
      "SELECT E'\\u200312'::int",
      "SELECT E'\\u300012'::bigint",
      "SELECT E'\\ufeff12'::int2",
      "SELECT E'\\u00a01.5'::float8",
    ],
  },
  {
    name: 'A parameter with a no-break space into an integer column (round 15)',
    setup: 'CREATE TABLE t (n int);',
    steps: [
      { sql: 'INSERT INTO t VALUES ($1)', params: ['\u00a07'] },
      { sql: 'INSERT INTO t VALUES ($1)', params: [' 7 '] },
      'SELECT count(*) AS n FROM t',
    ],
  },
  {
    name: 'Text cast at run time to dates, timestamps and intervals (round 16)',
    setup:
      "CREATE TABLE inputs (s text); INSERT INTO inputs VALUES ('epoch 01:01:01'), ('2024-01-01 infinity'), ('2024-03-01 10:00');",
    steps: [
      'SELECT s::timestamp::text AS ts, s::date::text AS d FROM inputs ORDER BY s',
      "SELECT ('+' || 'infinity')::date",
      "SELECT ('+' || 'infinity')::timestamptz",
      "SELECT ('infin' || 'ity')::interval",
      "SELECT ('1 day ago' || ' 2 hours')::interval::text AS i, ('-' || 'infinity')::date::text AS d",
    ],
  },
  {
    name: 'Numeric input with an underscore in the exponent (round 16)',
    setup: 'CREATE TABLE amounts (v numeric);',
    steps: [
      "SELECT '1e1_0'::numeric",
      { sql: 'INSERT INTO amounts VALUES ($1)', params: ['1E+1_0'] },
      { sql: 'INSERT INTO amounts VALUES ($1)', params: ['1e10'] },
      'SELECT v::text AS v FROM amounts',
    ],
  },
  {
    name: 'An enum given to text functions and to || (round 16)',
    setup:
      "CREATE TYPE status AS ENUM ('draft', 'live'); CREATE TABLE posts (st status, n int, note text); INSERT INTO posts VALUES ('draft', 5, 'x');",
    steps: [
      "SELECT st || '!' AS a, st || note AS b, note || st AS c, upper(st::text) AS d FROM posts",
      'SELECT lower(st) FROM posts',
      'SELECT length(st) FROM posts',
      "SELECT * FROM posts WHERE upper(st) = 'DRAFT'",
      'SELECT st || st FROM posts',
      'SELECT st || n FROM posts',
    ],
  },
  {
    name: 'Arithmetic on a numeric without a declared scale is exact: 1.15 * 3 = 3.45 (round 17)',
    setup:
      'CREATE TABLE prices (id int PRIMARY KEY, amount numeric, qty int); INSERT INTO prices VALUES (1, 1.15, 3), (2, 0.1, -2)',
    steps: [
      'SELECT id, amount * 3 = 3.45 AS a, amount + 0.2 = 0.3 AS b, round(amount * qty, 1) AS c, round(qty - amount, 2) AS d FROM prices ORDER BY id',
      'SELECT count(*) AS n FROM prices WHERE amount * 3 >= 3.45',
    ],
  },
  {
    name: 'int8 and numeric reach node-pg as strings, float8 extremes as numbers (round 17)',
    steps: [
      "SELECT '9223372036854775807'::int8 AS a, '123456789012345678901234567890.123'::numeric AS b, 'NaN'::numeric AS c, '1.7976931348623157e308'::float8 AS d, '-0'::float8 AS e, 'Infinity'::float8 AS f",
    ],
  },
  {
    name: 'timestamptz text follows the session TimeZone, timestamp does not (round 17)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT '2024-01-15 12:00:00+00'::timestamptz::text AS a, '2024-01-15 12:00:00'::timestamp::text AS b, '2024-01-15 12:00:00+00'::timestamptz AS c",
    ],
  },
  {
    name: 'UNION type resolution: unknown literal against int, and text against int is 42804 (round 18)',
    steps: ["SELECT '1' AS v UNION SELECT 2 ORDER BY v", "SELECT 'x'::text AS v UNION SELECT 2"],
  },
  {
    name: 'strings: varchar length above the limit (round 19)',
    steps: ["SELECT 'a'::varchar(10485761) AS v"],
  },
  {
    name: 'strings: char(n) padding in output, concat, casts and comparison (round 19)',
    setup: 'CREATE TABLE c (id int PRIMARY KEY, f char(4))',
    steps: [
      "INSERT INTO c VALUES (1, 'ab')",
      "SELECT f AS v, f || '|' AS concat, f::text || '|' AS as_text, f = 'ab  ' AS padded_eq, length(f) AS len FROM c",
    ],
  },
  {
    name: 'strings: varchar(n) cuts trailing spaces and fails longer text with 22001 (round 19)',
    setup: 'CREATE TABLE c (id int PRIMARY KEY, v varchar(4))',
    steps: [
      "INSERT INTO c VALUES (1, 'abcd   ') RETURNING v || '|' AS v",
      "INSERT INTO c VALUES (2, 'abcde')",
    ],
  },
  {
    name: 'datetime: make_interval of -2^63 microseconds (round 19)',
    steps: ['SELECT make_interval(secs => -9223372036854.775808)::text AS v'],
  },
  {
    name: 'datetime: SET TIME ZONE to a fixed-offset legacy zone before 1900 (round 19)',
    steps: [
      "SET TIME ZONE 'EST'",
      "SELECT '1880-07-15 12:00:00+00'::timestamptz::text AS a, '2024-07-15 12:00:00+00'::timestamptz::text AS b",
    ],
  },
  {
    name: 'datetime: CET in 1880 is a fixed offset (round 19)',
    steps: ["SET TIME ZONE 'CET'", "SELECT '1880-07-15 12:00:00+00'::timestamptz::text AS v"],
  },
  {
    name: 'datetime: Amsterdam mean time in 1900 (round 19)',
    steps: [
      "SET TIME ZONE 'Europe/Amsterdam'",
      "SELECT '1900-01-01 00:00+00'::timestamptz::text AS a, extract(timezone FROM timestamptz '1900-01-01 00:00+00') AS b",
    ],
  },
  {
    name: 'datetime: SET TIME ZONE posixrules and posix/ names (round 19)',
    steps: [
      "SET TIME ZONE 'posixrules'",
      "SELECT '2024-07-15 12:00:00+00'::timestamptz::text AS a",
      "SET TIME ZONE 'posix/Europe/Paris'",
      "SELECT '2024-07-15 12:00:00+00'::timestamptz::text AS b",
    ],
  },
  {
    name: 'datetime: timetz and timestamptz array literals with IST under Asia/Kolkata (round 19)',
    steps: [
      "SET TimeZone = 'Asia/Kolkata'",
      "SELECT '10:00 IST'::timetz::text AS a, '{\"2024-01-01 10:00 IST\"}'::timestamptz[]::text AS b",
    ],
  },
  {
    name: 'datetime: DateStyle SQL DMY output of each type (round 19)',
    steps: [
      "SET TimeZone = 'America/Los_Angeles'",
      "SET DateStyle = 'SQL, DMY'",
      "SELECT '1997-12-17'::date::text AS d, '1997-12-17 07:37:16'::timestamp::text AS t, '1997-12-17 07:37:16.25-08'::timestamptz::text AS tz, '0044-03-15 BC'::date::text AS bc",
    ],
  },
  {
    name: 'datetime: IntervalStyle outputs of one interval (round 19)',
    steps: [
      "SET IntervalStyle = 'sql_standard'",
      "SELECT '-1 year 2 months -3 days 04:05:06'::interval::text AS v",
      "SET IntervalStyle = 'iso_8601'",
      "SELECT '-1 year 2 months -3 days 04:05:06'::interval::text AS v",
      "SET IntervalStyle = 'postgres_verbose'",
      "SELECT '-1 year 2 months -3 days 04:05:06'::interval::text AS v",
    ],
  },
  {
    name: 'datetime: interval field qualifiers (round 19)',
    steps: [
      "SELECT INTERVAL '1 2:03:04' HOUR TO MINUTE AS a, INTERVAL '1-2' YEAR TO MONTH AS b, INTERVAL '1 2:03:04.5678' DAY TO SECOND(2) AS c",
    ],
  },
  {
    name: 'datetime: to_timestamp of a double (round 19)',
    steps: ["SET TimeZone = 'UTC'", 'SELECT to_timestamp(1284352323.5)::text AS v'],
  },
  {
    name: 'numbers: function-style casts of text columns (round 19)',
    setup:
      "CREATE TABLE words (t text, v varchar, d text); INSERT INTO words VALUES ('12', '13', '2020-01-02')",
    steps: [
      'SELECT int4(t) AS a, int8(v) AS b, int2(t) AS c, "numeric"(t) AS n, date(d) AS d, timestamptz(d) AS z, "timestamp"(d) AS s FROM words',
    ],
  },
  {
    name: 'numbers: text column to int[] with underscore (round 19)',
    setup: "CREATE TABLE src (t text); INSERT INTO src VALUES ('{1_000,2}')",
    steps: ['SELECT t::int[] AS v FROM src'],
  },
  {
    name: 'numbers: text column to numeric[] with empty inner array (round 19)',
    setup: "CREATE TABLE src (t text); INSERT INTO src VALUES ('{{1},{}}')",
    steps: ['SELECT t::numeric[] AS v FROM src'],
  },
  {
    name: 'numbers: text column to int2[] with bounds and nulls (round 19)',
    setup: 'CREATE TABLE src (t text); INSERT INTO src VALUES (\'[0:2]={1, NULL, " 3 "}\')',
    steps: ['SELECT t::int2[] AS v, array_lower(t::int2[], 1) AS l FROM src'],
  },
  {
    name: 'numbers: integer range errors (round 19)',
    steps: [
      "SELECT '32768'::smallint AS v",
      'SELECT 2147483647 + 1 AS v',
      'SELECT (-9223372036854775808)::bigint / -1 AS v',
    ],
  },
  {
    name: 'numbers: numeric negative scale and scale above precision (round 19)',
    steps: [
      "SELECT '123456'::numeric(5,-2) AS a, '0.001234'::numeric(3,5) AS b",
      "SELECT '0.01'::numeric(3,5) AS v",
    ],
  },
  {
    name: 'numbers: numeric rounds half away from zero, float to int half even (round 19)',
    steps: [
      'SELECT 2.5::int AS a, (-2.5)::int AS b, 2.5::float8::int AS c, 3.5::float8::int AS d, round(2.5::float8) AS e, round(-42.5) AS f',
    ],
  },
  {
    name: 'numbers: assignment rounds to the column typmod (round 19)',
    setup: 'CREATE TABLE n (d numeric(5,2), e numeric(3,-2), b int)',
    steps: [
      'INSERT INTO n VALUES (1.005, 12345, 2.5), (-1.005, 149, -2.5) RETURNING *',
      'INSERT INTO n (d) VALUES (999.995)',
    ],
  },
  {
    name: 'numbers: NaN and Infinity arithmetic (round 19)',
    steps: [
      "SELECT 'Infinity'::numeric + '-Infinity'::numeric AS a, 'NaN'::numeric > 'Infinity'::numeric AS b, 1 / 'Infinity'::numeric AS c, 'Infinity'::float8 * 0 AS d",
      "SELECT 'Infinity'::numeric::int AS v",
    ],
  },
  {
    name: 'numbers: float output under extra_float_digits (round 19)',
    steps: [
      'SET extra_float_digits = 0',
      'SELECT 0.1::float8 AS a, 1/3::float8 AS b, 0.1::real AS c',
      'SET extra_float_digits = 3',
      'SELECT 1/3::float8 AS b, 0.1::real AS c',
    ],
  },
  {
    name: 'numbers: money input and arithmetic (round 19)',
    steps: [
      "SELECT '$1,234.567'::money AS a, '(12.34)'::money AS b, '12.34'::money * 2.5 AS c, '12.35'::money / 2 AS d, '12.34'::money / '2'::money AS e",
    ],
  },
  {
    name: 'numbers: boolean spellings (round 19)',
    steps: [
      "SELECT 'tru'::boolean AS a, 'of'::boolean AS b, '  yes '::boolean AS c, 'ON'::boolean AS d",
      "SELECT 'o'::boolean AS v",
    ],
  },
  {
    name: 'numbers: bit length errors are 22026 (round 19)',
    setup: 'CREATE TABLE b (f bit(4), v varbit(4))',
    steps: [
      "INSERT INTO b (f) VALUES (B'101')",
      "INSERT INTO b (v) VALUES (B'10101')",
      "SELECT B'101' & B'10' AS v",
    ],
  },
  {
    name: 'numbers: bit operators and functions (round 19)',
    steps: [
      "SELECT B'10001' << 3 AS a, B'10001' >> -1 AS b, ~ B'10001' AS c, bit_count(B'10111') AS d, set_bit(B'1010', 0, 0) AS e, 44::bit(10) AS f, B'1110'::int AS g",
    ],
  },
  {
    name: 'composites int4range bound in hex is 22P02 on 15 (round 19)',
    steps: ["SELECT '[0x10,0x20)'::int4range AS v"],
  },
  {
    name: 'composites multirange bound with underscore is 22P02 on 15 (round 19)',
    steps: ["SELECT '{[1,2), empty, [1_0,2_0)}'::int4multirange AS v"],
  },
  {
    name: 'composites range constructor bound in hex is 22P02 on 15 (round 19)',
    steps: ["SELECT int4range('0x1', '5') AS v"],
  },
  {
    name: 'composites ARRAY ctor element in hex is 22P02 on 15 (round 19)',
    steps: ["SELECT ARRAY['1', '0x1F']::int[] AS a", "SELECT ARRAY[1, '1_0'] AS b"],
  },
  {
    name: 'composites range, domain and composite parameters in hex are 22P02 on 15 (round 19)',
    setup:
      'CREATE DOMAIN posint AS int CHECK (VALUE > 0); CREATE TYPE pair AS (t text, n posint);\nCREATE TABLE spans (id int, r int4range, m nummultirange, p posint[], pr pair);',
    steps: [
      { sql: 'SELECT $1::int4range AS v', params: ['[0x1,0x5)'] },
      { sql: 'SELECT $1::posint AS v', params: ['0x10'] },
      { sql: 'SELECT $1::posint[] AS v', params: ['{1,1_0}'] },
      { sql: 'SELECT $1::pair AS v', params: ['(x,0b1)'] },
      { sql: 'SELECT $1::pair AS v', params: ['(0x1,1)'] },
    ],
  },
  {
    name: 'composites range, domain array and composite column literals in hex are 22P02 on 15 (round 19)',
    setup:
      'CREATE DOMAIN posint AS int CHECK (VALUE > 0); CREATE TYPE pair AS (t text, n posint);\nCREATE TABLE spans (id int, r int4range, m nummultirange, p posint[], pr pair);',
    steps: [
      "INSERT INTO spans (id, r) VALUES (1, '[1, 0x10)')",
      'INSERT INTO spans (id, m) VALUES (2, \'{[1,2), ["1_0.5",20)}\')',
      "INSERT INTO spans (id, p) VALUES (3, '{1,0o17}')",
      "INSERT INTO spans (id, pr) VALUES (4, '(x, 1_0)')",
      "INSERT INTO spans (id, r, pr) VALUES (5, '[1,10)', '(0x1,1)') RETURNING r, pr",
    ],
  },
  {
    name: 'composites discrete range canonical output (round 19)',
    steps: [
      "SELECT '[3,7]'::int4range AS a, '(3,7)'::int4range AS b, '[4,4)'::int4range AS c, '(,5]'::int4range AS d, '[2024-01-01,2024-01-31]'::daterange AS e",
    ],
  },
  {
    name: 'composites range union and difference that are not contiguous are 22000 (round 19)',
    steps: ['SELECT numrange(5,15) + numrange(10,20) AS u', 'SELECT numrange(5,10) + numrange(15,20) AS v'],
  },
  {
    name: 'composites range constructor with lower above upper is 22000 (round 19)',
    steps: ['SELECT int4range(5,1) AS v'],
  },
  {
    name: 'composites multirange input merges and sorts (round 19)',
    steps: [
      "SELECT '{[8,9), [1,5), [3,8)}'::int4multirange AS a, range_merge('{[1,2), [7,8)}'::int4multirange) AS b, '{[5,20)}'::int8multirange - '{[10,15)}'::int8multirange AS c",
    ],
  },
  {
    name: 'composites row value input, field selection and IS NULL (round 19)',
    setup: 'CREATE TYPE complex AS (r float8, i float8)',
    steps: [
      "SELECT '(1.5,)'::complex AS c, ('(1.5,)'::complex).i IS NULL AS n, ROW(NULL,NULL)::complex IS NULL AS a, ROW(1,NULL) IS NOT NULL AS b, (ROW(1,2)::complex).*",
    ],
  },
  {
    name: 'composites row comparisons with NULLs (round 19)',
    steps: [
      'SELECT ROW(1,2,NULL) = ROW(1,3,3) AS a, ROW(1,2,NULL) < ROW(1,3,0) AS b, ROW(1,NULL,3) < ROW(1,3,0) AS c, ROW(1,NULL) IS DISTINCT FROM ROW(1,NULL) AS d',
    ],
  },
  {
    name: 'composites enum ordering and ADD VALUE BEFORE (round 19)',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE person (name text, m mood);\nINSERT INTO person VALUES ('Moe', 'happy'), ('Larry', 'sad'), ('Curly', 'ok');",
    steps: [
      "ALTER TYPE mood ADD VALUE 'awful' BEFORE 'sad'",
      "SELECT name FROM person WHERE m > 'sad' ORDER BY m",
      'SELECT enum_range(NULL::mood)::text AS r, enum_first(NULL::mood) AS f',
    ],
  },
  {
    name: 'composites enum invalid input and comparison across enums (round 19)',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE person (name text, m mood);\nINSERT INTO person VALUES ('Moe', 'happy'), ('Larry', 'sad'), ('Curly', 'ok'); CREATE TYPE happiness AS ENUM ('happy', 'ecstatic');",
    steps: ["SELECT 'angry'::mood AS v", "SELECT 'happy'::mood = 'happy'::happiness AS v"],
  },
  {
    name: 'composites domain CHECK names the constraint (round 19)',
    setup:
      'CREATE DOMAIN named AS int CONSTRAINT must_be_small CHECK (VALUE < 10) CONSTRAINT must_be_pos CHECK (VALUE > 0); CREATE TABLE dt (s named)',
    steps: ['SELECT 20::named AS v', 'INSERT INTO dt VALUES (-1)'],
  },
  {
    name: 'sysfuncs: pg_typeof and format_type of typmods (round 19)',
    steps: [
      "SELECT pg_typeof(1 / 2.0) AS a, pg_typeof('a') AS b, format_type('numeric'::regtype, 327686) AS c, format_type('varchar'::regtype, 14) AS d, format_type('timestamp'::regtype, 3) AS e, format_type(999999, NULL) AS f",
    ],
  },
  {
    name: 'sysfuncs: uuid input forms and output (round 19)',
    steps: [
      "SELECT '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'::uuid AS a, 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid AS b, 'a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11'::uuid AS c",
      "SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-'::uuid AS bad",
    ],
  },
  {
    name: "privileges: aclitem input refuses 17's MAINTAIN letter m as an invalid mode character (22P02) (round 20)",
    steps: ["SELECT 'postgres=m/postgres'::aclitem::text AS v"],
  },
  {
    name: 'catalogs: a 64-bit server passes every 8-byte double-aligned type by value (pg_type.typbyval), macaddr8 not (round 20)',
    steps: [
      "SELECT typname, typlen, typbyval, typalign FROM pg_type WHERE typname IN ('int8', 'float8', 'timestamptz', 'time', 'money', 'macaddr8', 'int4', 'internal') ORDER BY 1",
    ],
  },
  {
    name: 'oid input: PostgreSQL 15 refuses a negative oid past 31 bits as out of range (round 20)',
    steps: ["SELECT '-2147483649'::oid::text AS v"],
  },
  {
    name: 'oid input: PostgreSQL 15 reads 18446744073709551615 as 4294967295 (sign extension) (round 20)',
    steps: ["SELECT '18446744073709551615'::oid::text AS v, '-4294967295'::oid::text AS w"],
  },
  {
    name: 'oid input: PostgreSQL 15 reads xid and cid text with no range or syntax check (round 20)',
    steps: [
      "SELECT '4294967296'::xid::text AS a, ''::xid::text AS b, '1.5'::xid::text AS c, 'abc'::cid::text AS d",
    ],
  },
  {
    name: 'oid input: PostgreSQL 15 saturates an xid8 past 64 bits (round 20)',
    steps: ["SELECT '18446744073709551616'::xid8::text AS v"],
  },
  {
    name: 'oid input: PostgreSQL 15 names the rest of an oidvector from the out-of-range element (round 20)',
    steps: ["SELECT '1 -2147483649 3'::oidvector::text AS v"],
  },
  {
    name: 'oid input: an oid array element past 31 bits is out of range (round 20)',
    steps: ["SELECT '{1,-2147483649}'::oid[] AS v"],
  },
  {
    name: 'oid input: PostgreSQL 15 reads an xid constant with base prefixes and ignores junk after it (round 20)',
    steps: ["SELECT xid '12abc' AS a, '0x1F'::xid AS b, '017'::xid AS c, '-1'::xid8 AS d"],
  },
  {
    name: 'oid input: text cast to oid at run time refuses a negative past 31 bits (round 20)',
    steps: ["SELECT ('-3000' || '000000')::oid AS v"],
  },
  {
    name: 'geometry: point, box, circle and polygon input forms and their output (round 20)',
    steps: [
      "SELECT '1,2'::point AS p, '(0,2),(2,0)'::box AS b, '0,0,1'::circle AS c, '0,0,1,1,2,0'::polygon AS g",
    ],
  },
  {
    name: 'geometry: area, center, distance and containment operators (round 20)',
    steps: [
      "SELECT area('(2,2),(0,0)'::box) AS a, center('<(1,2),3>'::circle) AS c, '(0,0)'::point <-> '(3,4)'::point AS d, '<(0,0),2>'::circle @> '(1,1)'::point AS inside",
    ],
  },
  {
    name: 'geometry: lseg intersection point and closest point (round 20)',
    steps: [
      "SELECT '[(0,0),(1,1)]'::lseg # '[(1,0),(0,1)]'::lseg AS x, '(0,0)'::point ## '[(2,0),(0,2)]'::lseg AS nearest",
    ],
  },
  {
    name: 'network: host, masklen, network, broadcast and abbrev of inet and cidr (round 20)',
    steps: [
      "SELECT host('192.168.1.5/24'::inet) AS h, masklen('192.168.1.5/24'::inet) AS m, network('192.168.1.5/24'::inet) AS n, broadcast('192.168.1.5/24'::inet) AS b, abbrev('10.1.0.0/16'::cidr) AS a",
    ],
  },
  {
    name: 'network: inet containment, arithmetic and inet_merge (round 20)',
    steps: [
      "SELECT '192.168.1.5'::inet << '192.168.1/24'::inet AS inside, '192.168.1.43'::inet - '192.168.1.19'::inet AS diff, inet_merge('192.168.1.5/24'::inet, '192.168.2.5/24'::inet) AS merged",
    ],
  },
  {
    name: 'network: macaddr input forms read alike, trunc and macaddr8_set7bit (round 20)',
    steps: [
      "SELECT '0800.2b01.0203'::macaddr = '08-00-2b-01-02-03'::macaddr AS same, trunc('12:34:56:78:90:ab'::macaddr) AS t, macaddr8_set7bit('00:34:56:ab:cd:ef'::macaddr8) AS s",
    ],
  },
  {
    name: 'uuid: braces, upper case and no hyphens read as the same uuid (round 20)',
    steps: [
      "SELECT '{A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11}'::uuid = 'a0eebc999c0b4ef8bb6d6bb9bd380a11'::uuid AS same, 'a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11'::uuid AS v",
    ],
  },
  {
    name: 'uuid: gen_random_uuid is a version 4 uuid (round 20)',
    steps: [
      "SELECT gen_random_uuid()::text ~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$' AS v",
    ],
  },
  {
    name: 'xml: xmlelement with attributes escapes its content (round 20)',
    steps: ["SELECT xmlelement(name foo, xmlattributes('xyz' as bar), '<&>')::text AS v"],
  },
  {
    name: 'xml: xpath with a namespace and XMLTABLE with ordinality (round 20)',
    steps: [
      "SELECT xpath('/my:a/text()', '<my:a xmlns:my=\"http://example.com\">test</my:a>', ARRAY[ARRAY['my', 'http://example.com']])::text AS v",
      "SELECT * FROM XMLTABLE('/rows/row' PASSING '<rows><row id=\"1\"><name>a</name></row><row id=\"2\"><name>b</name></row></rows>'::xml COLUMNS id int PATH '@id', name text PATH 'name', n FOR ORDINALITY)",
    ],
  },
  {
    name: 'money: lc_monetary C reads thousands separators and rounds to cents (round 20)',
    steps: [
      "SET lc_monetary = 'C'",
      "SELECT '1,234,567.89'::money AS a, '0.005'::money AS b, '(5.00)'::money AS c",
    ],
  },
  {
    name: 'extensions: hstore operators, akeys/avals and json casts (round 21)',
    setup: 'CREATE EXTENSION hstore',
    steps: [
      "SELECT 'z=>1, a=>2, mm=>3'::hstore AS ordered, 'a=>1, b=>2'::hstore - 'a'::text AS minus, 'a=>1, b=>2'::hstore || 'b=>3'::hstore AS concat",
      "SELECT akeys('b=>1, a=>NULL') AS k, avals('b=>1, a=>NULL') AS v, hstore_to_jsonb_loose('a=>1, b=>t, c=>x') AS j, %# 'a=>1, b=>2'::hstore AS m",
      "SELECT key, value FROM each('b=>2, a=>NULL'::hstore) ORDER BY key",
    ],
  },
  {
    name: 'extensions: hstore of a table row and populate_record (round 21)',
    setup:
      "CREATE EXTENSION hstore; CREATE TABLE hr (id int, name text, flag bool, n numeric); INSERT INTO hr VALUES (1, 'a', true, 1.50), (2, NULL, false, NULL)",
    steps: [
      'SELECT hstore(t) AS v FROM hr t ORDER BY id',
      "SELECT * FROM populate_record(NULL::hr, 'id=>7, name=>x, flag=>f'::hstore)",
      "SELECT * FROM populate_record(NULL::hr, 'id=>x'::hstore)",
    ],
  },
  {
    name: 'extensions: cube input, functions and distance operators (round 21)',
    setup: 'CREATE EXTENSION cube',
    steps: [
      "SELECT '(3, 4), (1, 2)'::cube AS box, cube(ARRAY[1, 2], ARRAY[3, 4]) AS arr, cube_subset(cube('(1,3,5),(6,7,8)'), ARRAY[3,2,1,1]) AS sub, cube_enlarge('(1, 2), (3, 4)', 0.5, 3) AS enl",
      "SELECT '(1, 1)'::cube <-> '(4, 5)'::cube AS e, '(1, 1)'::cube <#> '(4, 5)'::cube AS t, '(1, 1)'::cube <=> '(4, 5)'::cube AS c, '(1, 2), (3, 4)'::cube -> 3 AS coord",
      "SELECT '(1, 2), (3)'::cube",
    ],
  },
  {
    name: 'extensions: seg input forms and operators (round 21)',
    setup: 'CREATE EXTENSION seg',
    steps: [
      "SELECT '1.5 .. 2.5'::seg AS r, '~5.0'::seg AS u, '5(+-)0.3'::seg AS pm, '6.50 .. 6.5000'::seg AS digits, '1 ..'::seg AS open",
      "SELECT '1 .. 3'::seg && '2 .. 4'::seg AS o, seg_union('1 .. 2', '3 .. 4') AS un, seg_center('1 .. 3') AS c",
      "SELECT '2 .. 1'::seg",
    ],
  },
  {
    name: 'extensions: isn check digits, casts and weak mode (round 21)',
    setup: 'CREATE EXTENSION isn',
    steps: [
      "SELECT '0-306-40615-2'::isbn AS isbn, '0306406152'::isbn13 AS isbn13, '0-306-40615-2'::isbn::ean13 AS ean, '1234-5679'::issn AS issn, '036000291452'::upc AS upc",
      "SELECT '0-306-40615-3'::isbn",
      "SELECT '4006381333931'::ean13::isbn",
    ],
  },
  {
    name: "conversion: pg_cast lists 15's casts from text and varchar (I/O conversions are not rows) (round 21)",
    steps: [
      "SELECT castsource::regtype::text AS s, count(*) AS c FROM pg_cast WHERE castsource IN ('text'::regtype, 'varchar'::regtype) GROUP BY 1 ORDER BY 1",
    ],
  },
  {
    name: 'conversion: pg_cast names the built-in function of each jsonb cast (round 21)',
    steps: [
      "SELECT casttarget::regtype::text AS t, castfunc::regprocedure::text AS f FROM pg_cast WHERE castsource = 'jsonb'::regtype AND castmethod = 'f' ORDER BY 1",
    ],
  },
  {
    name: 'conversion: UNION of integer and numeric resolves to numeric (round 21)',
    steps: ['SELECT v, pg_typeof(v)::text AS t FROM (SELECT 1 AS v UNION ALL SELECT 2.5) s ORDER BY v'],
  },
  {
    name: 'conversion: COALESCE of NULL and an untyped literal is text (round 21)',
    steps: ["SELECT COALESCE(NULL, 'x') AS v, pg_typeof(COALESCE(NULL, 'x'))::text AS t"],
  },
  {
    name: 'extending: enum ADD VALUE BEFORE/AFTER orders the labels (round 21)',
    setup: "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
    steps: [
      "ALTER TYPE mood ADD VALUE 'meh' AFTER 'sad'",
      "ALTER TYPE mood ADD VALUE 'awful' BEFORE 'sad'",
      'SELECT enum_range(NULL::mood)::text AS r',
    ],
  },
  {
    name: 'extending: a user range type with subtype_diff and its multirange (round 21)',
    setup:
      "CREATE FUNCTION time_subtype_diff(x time, y time) RETURNS float8 LANGUAGE sql STRICT IMMUTABLE AS 'SELECT EXTRACT(EPOCH FROM (x - y))';\nCREATE TYPE timerange AS RANGE (subtype = time, subtype_diff = time_subtype_diff);",
    steps: [
      "SELECT '[11:10, 23:00]'::timerange AS r, timerange('10:00', '12:00') && timerange('11:00', '13:00') AS o, pg_typeof(timemultirange(timerange('10:00', '11:00')))::text AS m",
    ],
  },
  {
    name: 'violations: 15 reads any text as an xid with strtoul, with no input error (round 21)',
    steps: [
      "SELECT 'x'::xid::text AS a, ' 12abc'::xid::text AS b, '-1'::xid::text AS c, '0x1f'::cid::text AS d",
      { sql: 'SELECT $1::xid::text AS v', params: ['99999999999'] },
    ],
  },
  {
    name: 'violations: varchar(n) refuses on assignment but an explicit cast truncates, trailing spaces excepted (round 21)',
    setup: 'CREATE TABLE s (v varchar(5), c char(3))',
    steps: [
      "INSERT INTO s (v) VALUES ('abcdef')",
      "INSERT INTO s (v) VALUES ('abcde   ') RETURNING v",
      "INSERT INTO s (v, c) VALUES ('abcdefgh'::varchar(5), 'ab     ') RETURNING v, c",
    ],
  },
  {
    name: 'violations: numeric(5,2) rounds before its range check (round 21)',
    setup: 'CREATE TABLE n (nm numeric(5,2))',
    steps: ['INSERT INTO n VALUES (999.994) RETURNING nm', 'INSERT INTO n VALUES (999.995)'],
  },
  {
    name: 'newer numbers: a hex string compared with an int column is refused (round 21)',
    setup: 'CREATE TABLE t (n int); INSERT INTO t VALUES (31);',
    steps: ["SELECT n FROM t WHERE n = '0x1F'"],
  },
  {
    name: 'newer numbers: an underscore in a domain over numeric is refused (round 21)',
    setup: 'CREATE DOMAIN amount AS numeric;',
    steps: ["SELECT '1_000.5'::amount AS v"],
  },
  {
    name: 'newer numbers: a hex composite field is refused, a decimal one read (round 21)',
    setup: 'CREATE TYPE pair AS (a int, b numeric);',
    steps: ["SELECT '(0x1F,1)'::pair AS v", "SELECT '( 12 , 1.25)'::pair AS v, ('(7,2)'::pair).a AS a"],
  },
  {
    name: 'xid, cid and xid8 read from text at run time as 15 reads them (no error) (round 21)',
    steps: [
      "SELECT ('12' || 'abc')::xid::text AS a, ('' || '')::cid::text AS b, ('abc' || '')::xid8::text AS c, ('4294967296' || '')::xid::text AS d, ('-1' || '')::xid::text AS e",
    ],
  },
  {
    name: "datetime input: IST built at run time under Asia/Kolkata is the abbreviation set's +02 (round 22)",
    steps: [
      "SET TimeZone = 'Asia/Kolkata'",
      "SELECT ('2024-01-01 10:00 ' || 'IST')::timestamptz::text AS v",
      'RESET TimeZone',
    ],
  },
  {
    name: "datetime input: CST from a text column under America/Havana is the set's -06 (round 22)",
    steps: [
      "SET TimeZone = 'America/Havana'",
      "SELECT t::timestamptz::text AS v FROM (VALUES ('2024-01-01 10:00 CST')) x(t)",
      'RESET TimeZone',
    ],
  },
  {
    name: 'datetime input: EST from a column under America/New_York reads alike (SAME) (round 22)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT t::timestamptz::text AS v FROM (VALUES ('2024-07-01 10:00 EST')) x(t)",
      'RESET TimeZone',
    ],
  },
  {
    name: 'datetime input: month names and BC from a text column (SAME) (round 22)',
    steps: [
      "SELECT t::date::text AS v FROM (VALUES ('January 8, 1999'), ('0044-03-15 BC'), ('J2451187')) x(t) ORDER BY 1",
    ],
  },
  {
    name: 'datetime input: epoch beside a time from a column reads as epoch (15) (round 22)',
    steps: ["SELECT t::timestamp::text AS v FROM (VALUES ('epoch 01:01:01')) x(t)"],
  },
  {
    name: 'a numeric constant with an exponent is numeric with the scale of its fraction less its exponent (round 23)',
    steps: [
      'SELECT 1e3, 1.5e3 AS a, 1e-3 AS b, 1.50e1 AS c, .5e1 AS d, 12e-1 AS e, -2E+2 AS f, pg_typeof(1e3)::text AS t',
      'SELECT 1e3 + 1 AS a, 1e3 * 2.5 AS b, 1e3 = 1000 AS c, 1e-3 < 0.01 AS d',
    ],
  },
  {
    name: 'a numeric constant with an exponent compares with integer and float columns, and is only read as a number outside strings (round 23)',
    setup: 'CREATE TABLE m (a int, f float8); INSERT INTO m VALUES (5, 0.1), (500, 0.2);',
    steps: [
      'SELECT a FROM m WHERE a < 1e2 ORDER BY a',
      'SELECT a FROM m WHERE f > 1e-1 ORDER BY a',
      "SELECT '1e3' AS s, 1e3abc",
    ],
  },
  {
    name: "datetime input: '+infinity' inside a date array, json_to_record and a composite is 22007 (round 25)",
    setup: 'CREATE TYPE slot AS (d date, n int)',
    steps: [
      `SELECT '{"+infinity"}'::date[] AS v`,
      `SELECT d FROM json_to_record('{"d": "+infinity"}') AS x(d date)`,
      `SELECT ('("+infinity",1)'::slot).d AS v`,
      `SELECT '{"infinity","-infinity"}'::date[]::text AS v`,
    ],
  },
  {
    name: "datetime input: 'epoch' beside a time inside arrays, records and JSON reads as epoch (round 25)",
    setup: 'CREATE TYPE ev AS (at timestamptz)',
    steps: [
      "SET TimeZone = 'UTC'",
      `SELECT '{"epoch 01:01:01"}'::timestamptz[]::text AS v`,
      `SELECT at::text AS v FROM jsonb_to_recordset('[{"at": "01:01:01 epoch"}, {"at": "2024-01-01 epoch"}]') AS x(at timestamp)`,
      `SELECT (jsonb_populate_record(NULL::ev, '{"at": "-infinity 10:00"}')).at::text AS v`,
      `SELECT '["epoch 01:01:01",)'::tsrange::text AS v`,
      'RESET TimeZone',
    ],
  },
  {
    name: "datetime input: a date after epoch or infinity, two special words and '+ infinity' are 22007 at run time (round 25)",
    steps: [
      "SELECT t::date::text AS v FROM (VALUES ('infinity 2024-01-01')) x(t)",
      "SELECT t::timestamp::text AS v FROM (VALUES ('epoch 1999/01/08')) x(t)",
      "SELECT t::timestamptz::text AS v FROM (VALUES ('epoch infinity')) x(t)",
      "SELECT t::timestamp::text AS v FROM (VALUES ('+ infinity')) x(t)",
      "SELECT t::timestamp::text AS v FROM (VALUES ('Jan 8 infinity'), ('infinity 10:00 PST')) x(t)",
    ],
  },
  {
    name: 'datetime input: a PL/pgSQL assignment and EXECUTE read date/time text as 15 (round 25)',
    setup: `CREATE FUNCTION plus_inf() RETURNS date LANGUAGE plpgsql AS $$ DECLARE d date; BEGIN d := '+infinity'; RETURN d; END $$;
      CREATE FUNCTION epoch_at() RETURNS timestamp LANGUAGE plpgsql AS $$ DECLARE r timestamp; BEGIN EXECUTE format('SELECT %L::timestamp', 'epoch 01:01:01') INTO r; RETURN r; END $$`,
    steps: ['SELECT plus_inf() AS v', 'SELECT epoch_at()::text AS v'],
  },
  {
    name: "datetime input: zone abbreviations only a zone's own data has (PMT, LMT) are 22007 in date, time and timetz text under that zone (round 25)",
    steps: [
      "SET TimeZone = 'Europe/Paris'",
      "SELECT t::timestamptz::text AS v FROM (VALUES ('1900-01-01 00:00 PMT')) x(t)",
      "SELECT t::time::text AS v FROM (VALUES ('12:00 PMT')) x(t)",
      `SELECT '{"12:00 LMT"}'::timetz[]::text AS v`,
      `SELECT d::text AS v FROM json_to_record('{"d": "2024-07-01 12:00 LMT"}') AS x(d date)`,
      "SELECT t::timestamptz::text AS v FROM (VALUES ('2024-07-01 12:00 BST')) x(t)",
      'RESET TimeZone',
    ],
  },
  {
    name: "datetime zones: an abbreviation from a column as AT TIME ZONE's zone reads by the set, not the session zone (round 25)",
    steps: [
      "SET TimeZone = 'Asia/Kolkata'",
      "SELECT ('2024-07-01 00:00'::timestamp AT TIME ZONE z)::text AS v FROM (VALUES ('IST'), ('UTC'), ('Asia/Tokyo')) x(z) ORDER BY 1",
      "SET TimeZone = 'Asia/Manila'",
      "SELECT timezone(z, '2024-07-01 00:00+00'::timestamptz)::text AS v FROM (VALUES ('PST')) x(z)",
      'RESET TimeZone',
    ],
  },
  {
    name: 'datetime zones: a zone 15 does not know (LMT, PMT) as a zone argument is 22023 under a zone whose data has it (round 25)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      "SELECT '2024-07-01 00:00'::timestamp AT TIME ZONE 'LMT' AS v",
      "SELECT make_timestamptz(2024, 7, 1, 0, 0, 0, 'LMT') AS v",
      "SET TimeZone = 'Europe/Paris'",
      "SELECT timezone(z, '2024-07-01 00:00+00'::timestamptz) AS v FROM (VALUES ('PMT')) x(z)",
      { sql: "SELECT date_trunc('day', '2024-07-01 12:00+00'::timestamptz, $1)::text AS v", params: ['pmt'] },
      'RESET TimeZone',
    ],
  },
  {
    name: "datetime zones: a numeric zone such as '-03' is a POSIX offset for AT TIME ZONE and date_trunc even where the session zone calls itself -03 (round 25)",
    steps: [
      "SET TimeZone = 'America/Sao_Paulo'",
      "SELECT ('2024-07-01 00:00'::timestamp AT TIME ZONE '-03')::text AS a, timezone('-03', '2024-07-01 00:00+00'::timestamptz)::text AS b, make_timestamptz(2024, 7, 1, 0, 0, 0, '-03')::text AS c, date_trunc('day', '2024-07-01 12:00+00'::timestamptz, '-03')::text AS d",
      "SELECT ('2024-07-01 00:00'::timestamp AT TIME ZONE z)::text AS v FROM (VALUES ('-03')) x(z)",
      'RESET TimeZone',
    ],
  },
  {
    name: 'datetime zones: CAST as a zone argument is the set Central Australian +09:30 under Africa/Juba (round 25)',
    steps: [
      "SET TimeZone = 'Africa/Juba'",
      "SELECT ('2024-07-01 00:00'::timestamp AT TIME ZONE 'CAST')::text AS a, timezone('CAST', '2024-07-01 00:00+00'::timestamptz)::text AS b",
      'RESET TimeZone',
    ],
  },
  {
    name: 'datetime parameters: ISO text with and without offsets into timestamptz, timestamp and date columns, bound again and again (round 25)',
    setup: 'CREATE TABLE ev (at timestamptz, local timestamp, day date)',
    steps: [
      "SET TimeZone = 'America/New_York'",
      ...[
        ['2024-03-10T07:30:00.123+00:00', '2024-03-10T02:30:00.123456Z', '2024-03-10'],
        ['2024-03-10T02:30:00.5-05', '2024-03-10 02:30:00', '2024-02-29'],
        ['2024-03-10T02:30:00+0530', '2024-03-10T02:30:00+05:30', '1999-12-31'],
        ['2024-03-10 02:30:00', '2024-03-10 24:00:00', '0099-01-01'],
        ['1999-01-08 04:05:06.1234567+00', '2024-03-10T02:30:00.9999995', '2024-01-01 BC'],
      ].map((params) => ({
        sql: 'INSERT INTO ev VALUES ($1, $2, $3) RETURNING at::text, local::text, day::text',
        params,
      })),
      {
        sql: 'INSERT INTO ev VALUES ($1, $2, $3)',
        params: ['2024-02-30T00:00:00Z', '2024-01-01', '2024-01-01'],
      },
      {
        sql: 'INSERT INTO ev VALUES ($1, $2, $3)',
        params: ['2024-01-01T00:00:00+16:00', '2024-01-01', '2024-01-01'],
      },
      {
        sql: 'SELECT count(*) AS n FROM ev WHERE at >= $1 AND day < $2',
        params: ['2024-01-01T00:00:00Z', '2024-12-31'],
      },
      'RESET TimeZone',
    ],
  },
  {
    name: 'round 27: a malformed array literal fails for its braces before a bad element (22P02 malformed array literal)',
    steps: [
      "SELECT '{1.5,}'::int2[] AS v",
      "SELECT '{1,{2}}'::date[] AS v",
      "SELECT CAST('{{}}' AS varchar(2)[]) AS v",
      "SELECT ' { x, } '::uuid[] AS v",
      "SELECT '{1,2}'::int2[]::text AS ok",
    ],
  },
  {
    name: 'round 27: a malformed array literal given to an array column fails for its braces (INSERT, UPDATE)',
    setup: 'CREATE TABLE c (id int, n int2[], u uuid[]);',
    steps: [
      "INSERT INTO c (id, n) VALUES (1, '{abc,}')",
      "INSERT INTO c VALUES (2, '{1.000,{}}', NULL)",
      "INSERT INTO c VALUES (3, '{1,2}', '{}') RETURNING n::text AS n",
      "UPDATE c SET u = '{1,,2}'",
      'SELECT count(*) AS n FROM c',
    ],
  },
  {
    name: 'round 27: a literal both versions refuse fails before a later literal only 15 refuses (literals convert in order)',
    setup: 'CREATE TABLE c (id int, s smallint, d date);',
    steps: [
      "SELECT '32768'::smallint > '1_000'::bigint AS v",
      `SELECT '{"32768",NULL,"1_000"}'::smallint[] AS v`,
      "INSERT INTO c (id, s) VALUES (1, '007'), (2, '32768'), (3, '1_000')",
      "INSERT INTO c (id, d, s) VALUES (4, '2023-02-29', '0x1F')",
      "INSERT INTO c (id, s, d) VALUES (5, '1_000', '2023-02-29')",
      'SELECT count(*) AS n FROM c',
    ],
  },
]);
