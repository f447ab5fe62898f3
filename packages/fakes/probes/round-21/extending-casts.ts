// Round 21 probe, extending: CREATE CAST / DROP CAST (WITH FUNCTION, WITHOUT FUNCTION, WITH
// INOUT, AS ASSIGNMENT, AS IMPLICIT) on user types and domains, and how each context (explicit,
// assignment, implicit) uses them during resolution (10.2-10.4); pg_cast rows; errors.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r21 extending: casts: ');
const add = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const CT = `CREATE TYPE money2 AS (cents int8);
CREATE FUNCTION m2_from_int(int) RETURNS money2 LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ROW($1::int8 * 100)::money2 $$;
CREATE FUNCTION m2_to_text(money2) RETURNS text LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT '$' || ($1.cents / 100.0)::text $$;`;
for (const ctx of ['', ' AS ASSIGNMENT', ' AS IMPLICIT']) {
  const label = ctx === '' ? 'explicit' : ctx.trim().toLowerCase();
  const setup = `${CT}\nCREATE CAST (int AS money2) WITH FUNCTION m2_from_int(int)${ctx};`;
  add(`${label} cast used by CAST`, ['SELECT CAST(5 AS money2)::text AS v, (5::money2).cents AS c'], setup);
  add(
    `${label} cast used in assignment`,
    ['CREATE TABLE t (m money2)', 'INSERT INTO t VALUES (7)', 'SELECT m::text AS v FROM t'],
    setup,
  );
  add(
    `${label} cast used in function call`,
    [
      'CREATE FUNCTION cents(money2) RETURNS int8 LANGUAGE sql AS $$ SELECT $1.cents $$',
      'SELECT cents(3) AS v',
    ],
    setup,
  );
  add(
    `${label} cast used in UPDATE SET`,
    [
      'CREATE TABLE t (m money2)',
      'INSERT INTO t VALUES (NULL)',
      'UPDATE t SET m = 9',
      'SELECT m::text AS v FROM t',
    ],
    setup,
  );
  add(`${label} cast from int2 via int`, ['SELECT (2::int2)::money2::text AS v'], setup);
  add(`${label} cast from int8 needs int`, ['SELECT (2::int8)::money2::text AS v'], setup);
  add(`${label} cast with unknown literal`, ["SELECT '(300)'::money2::text AS v"], setup);
  add(`${label} cast in UNION`, ['SELECT v::text FROM (SELECT 1::money2 AS v UNION ALL SELECT 2) s'], setup);
  add(`${label} cast in CASE`, ['SELECT (CASE WHEN true THEN 1::money2 ELSE 2 END)::text AS v'], setup);
  add(
    `${label} cast pg_cast row`,
    [
      "SELECT castsource::regtype::text AS s, casttarget::regtype::text AS t, castfunc::regprocedure::text AS f, castcontext, castmethod FROM pg_cast WHERE casttarget = 'money2'::regtype",
    ],
    setup,
  );
}
add(
  'cast to text WITH FUNCTION explicit',
  [
    'CREATE CAST (money2 AS text) WITH FUNCTION m2_to_text(money2)',
    'SELECT ROW(150)::money2::text AS v, CAST(ROW(150)::money2 AS text) AS w',
  ],
  CT,
);
add('cast to text without cast uses record output', ['SELECT ROW(150)::money2::text AS v'], CT);
add(
  'cast to text implicit changes concatenation',
  [
    'CREATE CAST (money2 AS text) WITH FUNCTION m2_to_text(money2) AS IMPLICIT',
    "SELECT 'price ' || ROW(150)::money2 AS v",
  ],
  CT,
);
add(
  'cast duplicate is 42710',
  [
    'CREATE CAST (int AS money2) WITH FUNCTION m2_from_int(int)',
    'CREATE CAST (int AS money2) WITH FUNCTION m2_from_int(int)',
  ],
  CT,
);
add(
  'cast with function of wrong argument',
  ['CREATE CAST (text AS money2) WITH FUNCTION m2_from_int(int)'],
  CT,
);
add(
  'cast with function of wrong result',
  ['CREATE CAST (int AS money2) WITH FUNCTION m2_to_text(money2)'],
  CT,
);
add('cast with missing function', ['CREATE CAST (int AS money2) WITH FUNCTION nope(int)'], CT);
add('cast WITHOUT FUNCTION between different sizes is error', [
  'CREATE DOMAIN d AS int',
  "CREATE TYPE e AS ENUM ('a')",
  'CREATE CAST (e AS int8) WITHOUT FUNCTION',
]);
add('cast WITH INOUT', [
  "CREATE TYPE color AS ENUM ('red', 'green')",
  'CREATE CAST (int AS color) WITH INOUT',
  'SELECT pg_typeof(1::color)::text AS t',
]);
add('cast WITH INOUT enum from text', [
  "CREATE TYPE color AS ENUM ('red', 'green')",
  'CREATE CAST (varchar AS color) WITH INOUT AS ASSIGNMENT',
  'CREATE TABLE t (c color)',
  "INSERT INTO t VALUES ('green'::varchar)",
  'SELECT c::text AS v FROM t',
  "SELECT castmethod, castcontext FROM pg_cast WHERE casttarget = 'color'::regtype",
]);
add('insert varchar into enum without cast is 42804', [
  "CREATE TYPE color AS ENUM ('red', 'green')",
  'CREATE TABLE t (c color)',
  "INSERT INTO t VALUES ('green'::varchar)",
]);
add('cast to domain is ignored with warning', [
  'CREATE DOMAIN d AS int',
  'CREATE FUNCTION tod(text) RETURNS d LANGUAGE sql AS $$ SELECT length($1)::d $$',
  'CREATE CAST (text AS d) WITH FUNCTION tod(text)',
  "SELECT 'abc'::text::d AS v",
]);
add('cast between same types is error', [
  'CREATE FUNCTION idt(int) RETURNS int LANGUAGE sql AS $$ SELECT $1 $$',
  'CREATE CAST (int AS int) WITH FUNCTION idt(int)',
]);
add(
  'drop cast',
  [
    'CREATE CAST (int AS money2) WITH FUNCTION m2_from_int(int)',
    'DROP CAST (int AS money2)',
    'SELECT 5::money2 AS v',
  ],
  CT,
);
add('drop cast missing is 42704', ['DROP CAST (int AS money2)'], CT);
add('drop cast if exists missing', ['DROP CAST IF EXISTS (int AS money2)'], CT);
add(
  'drop function used by cast is 2BP01',
  ['CREATE CAST (int AS money2) WITH FUNCTION m2_from_int(int)', 'DROP FUNCTION m2_from_int(int)'],
  CT,
);
add(
  'drop type used by cast cascade',
  [
    'CREATE CAST (int AS money2) WITH FUNCTION m2_from_int(int)',
    'DROP TYPE money2 CASCADE',
    "SELECT count(*) AS c FROM pg_cast WHERE castfunc = 0 AND castsource = 'int'::regtype AND casttarget NOT IN (SELECT oid FROM pg_type)",
  ],
  CT,
);
add('ambiguous implicit casts cause 42725', [
  'CREATE TYPE a1 AS (x int)',
  'CREATE FUNCTION a1_from(int) RETURNS a1 LANGUAGE sql AS $$ SELECT ROW($1)::a1 $$',
  'CREATE TYPE b1 AS (x int)',
  'CREATE FUNCTION b1_from(int) RETURNS b1 LANGUAGE sql AS $$ SELECT ROW($1)::b1 $$',
  'CREATE CAST (int AS a1) WITH FUNCTION a1_from(int) AS IMPLICIT',
  'CREATE CAST (int AS b1) WITH FUNCTION b1_from(int) AS IMPLICIT',
  "CREATE FUNCTION pick(a1) RETURNS text LANGUAGE sql AS $$ SELECT 'a1' $$",
  "CREATE FUNCTION pick(b1) RETURNS text LANGUAGE sql AS $$ SELECT 'b1' $$",
  'SELECT pick(1) AS v',
]);
add('builtin cast contexts from pg_cast', [
  "SELECT castsource::regtype::text AS s, casttarget::regtype::text AS t, castcontext, castmethod FROM pg_cast WHERE (castsource, casttarget) IN (('int8'::regtype, 'int4'::regtype), ('int4'::regtype, 'int8'::regtype), ('numeric'::regtype, 'int4'::regtype), ('text'::regtype, 'varchar'::regtype), ('varchar'::regtype, 'text'::regtype), ('int4'::regtype, 'bool'::regtype), ('bool'::regtype, 'int4'::regtype), ('float8'::regtype, 'numeric'::regtype)) ORDER BY 1, 2",
]);
add('explicit-only cast int to bool', ['SELECT 1::bool AS a, CAST(0 AS boolean) AS b']);
add('int to bool in assignment is 42804', ['CREATE TABLE t (b bool)', 'INSERT INTO t VALUES (1)']);
add('bool to int in assignment is 42804', ['CREATE TABLE t (i int)', 'INSERT INTO t VALUES (true)']);
add('int to text in assignment is allowed', [
  'CREATE TABLE t (s text)',
  'INSERT INTO t VALUES (12)',
  'SELECT s FROM t',
]);
add('date to text in assignment', [
  'CREATE TABLE t (s text)',
  "INSERT INTO t VALUES ('2020-01-02'::date)",
  'SELECT s FROM t',
]);
add('text to int in assignment is 42804', ['CREATE TABLE t (i int)', "INSERT INTO t VALUES ('12'::text)"]);
add('text to date in assignment is 42804', [
  'CREATE TABLE t (d date)',
  "INSERT INTO t VALUES ('2020-01-02'::text)",
]);
add('jsonb to text in assignment', [
  'CREATE TABLE t (s text)',
  `INSERT INTO t VALUES ('{"a": 1}'::jsonb)`,
  'SELECT s FROM t',
]);
add('text to jsonb in assignment is 42804', [
  'CREATE TABLE t (j jsonb)',
  `INSERT INTO t VALUES ('{"a": 1}'::text)`,
]);
add('int to jsonb explicit is 42846', ['SELECT 1::jsonb AS v']);
add('jsonb to int explicit', [`SELECT '5'::jsonb::int AS v, '"5"'::jsonb::text AS w`]);
add('jsonb string to int is 22023', [`SELECT '"5"'::jsonb::int AS v`]);
add('point to text cast missing', ["SELECT '(1,2)'::point::int AS v"]);
add('record to text explicit', ["SELECT ROW(1, 'a')::text AS v"]);
add('array to text explicit', ['SELECT ARRAY[1, 2]::text AS v']);
add('array element casts', ["SELECT ARRAY['1', '2']::int[] AS v, ARRAY[1.5, 2.5]::int[] AS w"]);
add('array cast with bad element', ["SELECT ARRAY['1', 'x']::int[] AS v"]);
add('int array to text array in assignment', [
  'CREATE TABLE t (a text[])',
  'INSERT INTO t VALUES (ARRAY[1, 2])',
  'SELECT a FROM t',
]);
add('text array to int array in assignment is 42804', [
  'CREATE TABLE t (a int[])',
  "INSERT INTO t VALUES (ARRAY['1'::text])",
]);
add('function-style cast', [
  "SELECT int8(5) AS a, text(5) AS b, float8('1.5') AS c, date('2020-01-02') AS d",
]);
add('function-style cast of missing function', ['SELECT money2(5) AS v']);
add('function-style cast with type name int', ['SELECT int(5.7) AS v']);
add('function-style cast numeric', ['SELECT numeric(5) AS v, "numeric"(5) AS w']);
add('typed literal syntax', [
  "SELECT int8 '5' AS a, float8 '1e2' AS b, interval '1 day' AS c, bit '101' AS d",
]);
add('typed literal of array type is error', ["SELECT int[] '{1}' AS v"]);
add('typed literal with typmod', ["SELECT varchar(2) 'abc' AS v, numeric(4,1) '1.25' AS w"]);
add('cast to varchar typmod truncates explicitly', [
  "SELECT 'abcdef'::varchar(3) AS v, 'abcdef'::char(2) AS w, 'ab'::char(4) || '|' AS x",
]);
add('cast numeric typmod rounds', [
  'SELECT 1.25::numeric(3,1) AS a, 1.35::numeric(3,1) AS b, -1.25::numeric(3,1) AS c',
]);
add('cast numeric typmod overflow', ['SELECT 123.4::numeric(3,1) AS v']);
add('cast bit typmod explicit pads', ["SELECT B'101'::bit(5) AS a, B'10111'::bit(3) AS b"]);
add('cast timestamp precision', [
  "SELECT '2020-01-02 03:04:05.678'::timestamp(1) AS v, '10:00:00.555'::time(2) AS w",
]);
add('cast interval fields', [
  "SELECT '1 day 2 hours 3 minutes'::interval HOUR TO MINUTE AS a, '100 seconds'::interval MINUTE AS b",
]);
add('cast float to int rounds half even', [
  'SELECT 2.5::float8::int AS a, 3.5::float8::int AS b, (-2.5)::float8::int AS c, 2.5::numeric::int AS d, (-2.5)::numeric::int AS e',
]);
add('cast float overflow to int', ['SELECT 3e9::float8::int AS v']);
add('cast int8 overflow to int2', ['SELECT 40000::int8::int2 AS v']);
add('cast numeric NaN to int', ["SELECT 'NaN'::numeric::int AS v"]);
add('cast float infinity to numeric', ["SELECT 'Infinity'::float8::numeric AS v"]);
add('cast text to bool variants', [
  "SELECT 'yes'::bool AS a, 'OFF'::bool AS b, ' t '::bool AS c, '1'::bool AS d",
]);
add('cast text to bool invalid', ["SELECT 'maybe'::bool AS v"]);
add('cast oid to int and back', ['SELECT 4294967295::oid::int AS a, (-1)::int::oid AS b']);
add('cast char to int', ['SELECT \'a\'::"char"::int AS a, 65::"char" AS b']);
add('cast int to bit', ["SELECT 5::bit(4) AS a, 5::bit(1) AS b, B'0101'::int AS c"]);
add('cast money to numeric', ["SELECT '12.34'::money::numeric AS a, 12.345::money AS b"]);
add('cast macaddr8 to macaddr', [
  "SELECT '08:00:2b:01:02:03'::macaddr::macaddr8 AS a, '08:00:2b:ff:fe:01:02:03'::macaddr8::macaddr AS b",
]);
add('cast inet to cidr and text', [
  "SELECT '10.1.2.3/8'::inet::cidr AS a, '10.1.2.3/32'::inet::text AS b, host('10.1.2.3/8'::inet) AS c",
]);
add('cast xid to int is error', ["SELECT '5'::xid::int AS v"]);
add('cast regclass to oid', [
  "SELECT 'pg_class'::regclass::oid = 1259 AS v, 'pg_class'::regclass::text AS t",
]);
add('double colon chaining', ["SELECT '5'::text::int::numeric(4,2)::text AS v"]);
add('double colon precedence with minus', ['SELECT -1::int2 AS a, (-1)::int2 AS b, - 5::text AS c']);

export default list.cases;
