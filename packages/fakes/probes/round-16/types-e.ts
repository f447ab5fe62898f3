// Round 16 probe, part E: type behaviours that changed in PostgreSQL 16-18 (for PGlite), and
// implicit-cast / function-resolution traps on the everyday types (for pg-mem). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

// ---------------------------------------------------------------- functions and casts added after PG15
list.select('t16e int to bytea cast (PG18)', `1::bytea`);
list.select('t16e bytea to int cast (PG18)', `'\\x00000001'::bytea::int`);
list.select('t16e int8 to bytea cast (PG18)', `1::int8::bytea`);
list.select('t16e reverse bytea (PG18)', `reverse('\\x0102'::bytea)`);
list.select('t16e crc32 (PG18)', `crc32('abc'::bytea)`);
list.select('t16e crc32c (PG18)', `crc32c('abc'::bytea)`);
list.select('t16e gamma (PG18)', `gamma(5)`);
list.select('t16e lgamma (PG18)', `lgamma(5)`);
list.select(
  't16e max of composite (PG18)',
  `(SELECT max(r)::text FROM (VALUES (ROW(1, 2)), (ROW(1, 3))) t(r))`,
);
list.select(
  't16e min of record column (PG18)',
  `(SELECT min(t)::text FROM (VALUES (1, 'a'), (0, 'b')) t(x, y))`,
);
list.select('t16e max of bytea', `(SELECT max(b) FROM (VALUES ('\\x01'::bytea), ('\\x02')) t(b))`);
list.select('t16e any_value (PG16)', `(SELECT any_value(x) FROM (VALUES (1)) t(x))`);
list.select('t16e to_bin (PG16)', `to_bin(5)`);
list.select('t16e to_oct (PG16)', `to_oct(8)`);
list.select('t16e erf (PG16)', `erf(0.5)`);
list.select('t16e random with bounds (PG17)', `random(1, 1)`);
list.select('t16e random_normal (PG16)', `pg_typeof(random_normal())::text`);
list.select('t16e pg_input_is_valid (PG16)', `pg_input_is_valid('12', 'int4')`);
list.select('t16e pg_input_error_info (PG16)', `(pg_input_error_info('x', 'int4')).sql_error_code`);
list.select('t16e casefold (PG18)', `casefold('AbC')`);
list.select('t16e unicode_version (PG17)', `unicode_version() IS NOT NULL`);
list.select('t16e unicode_assigned (PG17)', `unicode_assigned('abc')`);
list.select('t16e interval infinity (PG17)', `'infinity'::interval::text`);
list.select('t16e interval minus infinity (PG17)', `'-infinity'::interval`);
list.select('t16e date plus infinity spelling (PG16)', `'+infinity'::date::text`);
list.select('t16e timestamp plus infinity spelling (PG16)', `'+infinity'::timestamp::text`);
list.select('t16e numeric plus infinity spelling', `'+Infinity'::numeric::text`);
list.select('t16e float plus infinity spelling', `'+inf'::float8::text`);
list.select('t16e IS JSON predicate (PG16)', `'{}' IS JSON`);
list.select('t16e IS JSON OBJECT (PG16)', `'[1]' IS JSON OBJECT`);
list.select('t16e json_object constructor (PG16)', `JSON_OBJECT('a': 1)::text`);
list.select('t16e json_array constructor (PG16)', `JSON_ARRAY(1, 2)::text`);
list.select('t16e json_scalar (PG16)', `json_scalar(1)::text`);
list.select('t16e jsonb null to int (PG18 gives null)', `'null'::jsonb::int`);
list.select('t16e jsonb null to bool (PG18 gives null)', `'null'::jsonb::bool`);
list.select('t16e jsonb null to numeric (PG18 gives null)', `'null'::jsonb::numeric`);
list.select('t16e jsonb null to float8 (PG18 gives null)', `'null'::jsonb::float8`);
list.add('t16e jsonb null field to int', [
  `SELECT (j -> 'a')::int AS v FROM (VALUES ('{"a": null}'::jsonb)) t(j)`,
]);
list.select(
  't16e uuid_extract_timestamp (PG17)',
  `uuid_extract_timestamp('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)`,
);
list.select('t16e array_sort (PG18)', `array_sort(ARRAY[3, 1, 2])`);
list.select('t16e date_add (PG16)', `date_add('2024-01-01 00:00'::timestamptz, '1 day'::interval)`);
list.select('t16e system_user (PG16)', `SYSTEM_USER IS NULL`);
list.select('t16e regexp on bytea missing', `'\\x61'::bytea ~ 'a'`);
list.select('t16e text to regtype with typmod', `to_regtype('varchar(10)')::text`);
list.select('t16e to_regtypemod (PG17)', `to_regtypemod('numeric(10,2)')`);
list.select('t16e bit_count of bytea', `bit_count('\\xff0f'::bytea)`);
list.select(
  't16e trim_scale and min_scale of NaN',
  `ARRAY[min_scale('NaN'::numeric), scale('NaN'::numeric)]`,
);
list.select('t16e numeric to text of huge exponent', `'1e1000'::numeric::text = '1' || repeat('0', 1000)`);
list.select('t16e numeric sqrt exactness', `sqrt(1.0e-20::numeric)::text`);
list.select('t16e numeric power integer exponent', `power(1.000001::numeric, 1000000)::text`);
list.select('t16e numeric power negative exponent', `power(10::numeric, -3)::text`);
list.select('t16e numeric exp small', `exp(0.0000001::numeric)::text`);
list.select('t16e numeric ln precision', `ln(2::numeric)::text`);
list.select('t16e numeric log10 precision', `log(1000::numeric)::text`);
list.select('t16e numeric division rounding', `(2::numeric / 3)::text`);
list.select('t16e numeric division of large by small', `(1::numeric / 7e-10)::text`);
list.select('t16e numeric mod scale', `(10.5 % 3)::text`);
list.select('t16e float8 to text round trip', `(0.1::float8 * 3)::text`);
list.select('t16e float4 to float8 exactness', `(16777216.5::float4)::float8::text`);
list.select('t16e numeric to float4 text', `3.14159265358979::float4::text`);

// ---------------------------------------------------------------- catalog views of type constraints (PG17/18 store NOT NULL)
list.add(
  't16e domain not null constraint in pg_constraint (PG17)',
  [`SELECT count(*) AS v FROM pg_constraint WHERE contypid = 'nn'::regtype`],
  `CREATE DOMAIN nn AS text NOT NULL`,
);
list.add(
  't16e domain constraints in information_schema',
  [
    `SELECT constraint_name AS c FROM information_schema.domain_constraints WHERE domain_name = 'nn' ORDER BY 1`,
  ],
  `CREATE DOMAIN nn AS text NOT NULL CHECK (VALUE <> '')`,
);
list.add(
  't16e table not null constraint in pg_constraint (PG18)',
  [`SELECT conname AS c, contype AS t FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname`],
  `CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)`,
);
list.add(
  't16e table constraints in information_schema',
  [
    `SELECT constraint_type AS t, count(*) AS n FROM information_schema.table_constraints WHERE table_name = 't' GROUP BY constraint_type ORDER BY 1`,
  ],
  `CREATE TABLE t (id serial PRIMARY KEY, name text NOT NULL)`,
);
list.add(
  't16e check constraints in information_schema',
  [
    `SELECT count(*) AS n FROM information_schema.check_constraints cc JOIN information_schema.table_constraints tc USING (constraint_schema, constraint_name) WHERE tc.table_name = 't'`,
  ],
  `CREATE TABLE t (id int NOT NULL, age int CHECK (age > 0))`,
);
list.add(
  't16e domain type in pg_type',
  [
    `SELECT typtype AS t, typnotnull AS nn, format_type(typbasetype, typtypmod) AS b FROM pg_type WHERE typname = 'code'`,
  ],
  `CREATE DOMAIN code AS varchar(5) NOT NULL`,
);
list.add(
  't16e enum type in pg_type',
  [`SELECT typtype AS t, typcategory AS c FROM pg_type WHERE typname = 'mood'`],
  `CREATE TYPE mood AS ENUM ('a')`,
);
list.add(
  't16e range type in pg_range',
  [
    `SELECT rngsubtype::regtype::text AS s, rngmultitypid::regtype::text AS m FROM pg_range WHERE rngtypid = 'floatrange'::regtype`,
  ],
  `CREATE TYPE floatrange AS RANGE (subtype = float8)`,
);
list.add(
  't16e composite type attributes',
  [
    `SELECT attname AS a, format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = (SELECT typrelid FROM pg_type WHERE typname = 'pair') ORDER BY attnum`,
  ],
  `CREATE TYPE pair AS (a int, b varchar(3))`,
);
list.add(
  't16e information_schema data_type of types',
  [
    `SELECT column_name AS c, data_type AS d, udt_name AS u FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position`,
  ],
  `CREATE TABLE t (a int[], b inet, c uuid, d int4range, e int4multirange, f bit(3), g money, h pg_lsn, i point, j macaddr8, k bytea, l "char")`,
);
list.add(
  't16e information_schema numeric precision',
  [
    `SELECT column_name AS c, numeric_precision AS p, numeric_scale AS s, datetime_precision AS dp FROM information_schema.columns WHERE table_name = 't' ORDER BY ordinal_position`,
  ],
  `CREATE TABLE t (a numeric(7,2), b int2, c float4, d float8, e numeric, f int8)`,
);
list.add(
  't16e pg_typeof of column types',
  [`SELECT pg_typeof(a)::text AS a, pg_typeof(b)::text AS b, pg_typeof(c)::text AS c FROM t`],
  `CREATE TABLE t (a varchar(5), b char(2), c numeric(4,1)); INSERT INTO t VALUES ('x', 'y', 1)`,
);

// ---------------------------------------------------------------- function resolution with no implicit cast to text
list.select('t16e length of integer errors', `length(123)`);
list.select('t16e substr of integer errors', `substr(12345, 2)`);
list.select('t16e upper of boolean errors', `upper(true)`);
list.select('t16e lower of uuid errors', `lower('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)`);
list.select('t16e uuid LIKE errors', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid LIKE 'a0%'`);
list.select('t16e uuid text LIKE', `'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid::text LIKE 'a0%'`);
list.select('t16e integer LIKE errors', `123 LIKE '1%'`);
list.select('t16e integer ILIKE errors', `123 ILIKE '1%'`);
list.select('t16e integer regex errors', `123 ~ '1'`);
list.select('t16e replace on integer errors', `replace(12, '1', '2')`);
list.select('t16e trim on integer errors', `trim(12)`);
list.select('t16e lpad on integer errors', `lpad(7, 3, '0')`);
list.select('t16e lpad on integer text cast', `lpad(7::text, 3, '0')`);
list.select('t16e position on integer errors', `position('1' in 123)`);
list.select('t16e left on integer errors', `left(123, 1)`);
list.select('t16e split_part on integer errors', `split_part(123, '2', 1)`);
list.select('t16e int plus text errors', `1 + '1'::text`);
list.select('t16e text plus int errors', `'1'::text + 1`);
list.select('t16e varchar plus int errors', `'1'::varchar + 1`);
list.select('t16e bool plus int errors', `true + 1`);
list.select('t16e bool equals int errors', `true = 1`);
list.select('t16e abs of text errors', `abs('-1'::text)`);
list.select('t16e abs of unknown', `abs('-1')`);
list.select('t16e round of text errors', `round('1.5'::text)`);
list.select('t16e round of unknown', `round('1.5')`);
list.select('t16e sum of text errors', `(SELECT sum(x) FROM (VALUES ('1'::text)) t(x))`);
list.select('t16e avg of bool errors', `(SELECT avg(x) FROM (VALUES (true)) t(x))`);
list.select('t16e min of bool errors', `(SELECT min(x) FROM (VALUES (true)) t(x))`);
list.select('t16e max of uuid errors', `(SELECT max(x) FROM (VALUES (gen_random_uuid())) t(x))`);
list.select('t16e string_agg of int errors', `(SELECT string_agg(x, ',') FROM (VALUES (1), (2)) t(x))`);
list.select(
  't16e string_agg of int cast',
  `(SELECT string_agg(x::text, ',' ORDER BY x) FROM (VALUES (1), (2)) t(x))`,
);
list.select('t16e concat function with int', `concat(1, 'a', NULL, 2.50)`);
list.select('t16e text concat with int', `'id-' || 42`);
list.select('t16e text concat with uuid', `'u:' || 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`);
list.select('t16e text concat with array', `'a' || ARRAY['b']`);
list.select('t16e text concat with jsonb', `'j:' || '{"a":1}'::jsonb`);
list.select('t16e text concat with date', `'d:' || '2024-01-02'::date`);
list.select('t16e varchar concat type', `pg_typeof('a'::varchar || 'b'::varchar)::text`);
list.select('t16e char concat type', `pg_typeof('a'::char(2) || 'b'::char(2))::text`);
list.select('t16e coalesce varchar and text type', `pg_typeof(coalesce('a'::varchar(2), 'b'::text))::text`);
list.select(
  't16e case varchar and char type',
  `pg_typeof(CASE WHEN true THEN 'a'::varchar ELSE 'b'::char(3) END)::text`,
);
list.select(
  't16e case varchar and char value',
  `CASE WHEN false THEN 'a'::varchar ELSE 'b'::char(3) END || '|'`,
);
list.select('t16e int2 plus int4 type', `pg_typeof(1::int2 + 1::int4)::text`);
list.select('t16e int4 plus int8 type', `pg_typeof(1 + 1::int8)::text`);
list.select('t16e int plus numeric type', `pg_typeof(1 + 1.0)::text`);
list.select('t16e int plus float8 type', `pg_typeof(1 + 1::float8)::text`);
list.select('t16e numeric plus float8 type', `pg_typeof(1.0 + 1::float8)::text`);
list.select('t16e float4 plus numeric type', `pg_typeof(1::float4 + 1.0)::text`);
list.select('t16e float4 plus float8 type', `pg_typeof(1::float4 + 1::float8)::text`);
list.select('t16e int division type', `pg_typeof(7 / 2)::text`);
list.select('t16e sum int type', `(SELECT pg_typeof(sum(x))::text FROM (VALUES (1)) t(x))`);
list.select('t16e sum int8 type', `(SELECT pg_typeof(sum(x))::text FROM (VALUES (1::int8)) t(x))`);
list.select('t16e sum float4 type', `(SELECT pg_typeof(sum(x))::text FROM (VALUES (1::float4)) t(x))`);
list.select('t16e avg int type', `(SELECT pg_typeof(avg(x))::text FROM (VALUES (1)) t(x))`);
list.select('t16e avg float type', `(SELECT pg_typeof(avg(x))::text FROM (VALUES (1::float4)) t(x))`);
list.select('t16e count type', `(SELECT pg_typeof(count(*))::text FROM (VALUES (1)) t(x))`);
list.select(
  't16e sum int8 value to node',
  `(SELECT sum(x) FROM (VALUES (9007199254740993::int8), (1)) t(x))`,
);
list.select('t16e avg int value', `(SELECT avg(x) FROM (VALUES (1), (2), (2)) t(x))`);
list.select('t16e avg int8 value', `(SELECT avg(x) FROM (VALUES (1::int8), (2)) t(x))`);
list.select('t16e sum numeric keeps scale', `(SELECT sum(x) FROM (VALUES (1.10), (2.205)) t(x))`);
list.select(
  't16e sum int4 overflow promoted',
  `(SELECT sum(x) FROM (VALUES (2147483647), (2147483647)) t(x))`,
);
list.select(
  't16e sum int8 overflow promoted',
  `(SELECT sum(x) FROM (VALUES (9223372036854775807::int8), (1)) t(x))`,
);
list.select('t16e int2 modulo zero', `5::int2 % 0::int2`);
list.select('t16e int modulo zero', `5 % 0`);
list.select('t16e numeric modulo zero', `5.0 % 0`);
list.select('t16e int division by zero', `5 / 0`);
list.select('t16e int8 division by zero', `5::int8 / 0`);
list.select('t16e float division by zero', `5::float4 / 0`);

// ---------------------------------------------------------------- unknown literals compared with typed values
list.select('t16e unknown compared with int', `ARRAY['5' > 10, '10' > '5', 10 > '9', '007' = 7]`);
list.select('t16e unknown compared with numeric', `'1.50' = 1.5`);
list.select('t16e unknown compared with bool', `ARRAY['yes' = true, 'off' = false]`);
list.select(
  't16e unknown compared with uuid',
  `'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11' = 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid`,
);
list.select('t16e unknown compared with date', `'2024-1-2' = '2024-01-02'::date`);
list.select('t16e unknown compared with int array', `'{1,2}' = ARRAY[1,2]`);
list.select('t16e unknown compared with jsonb', `'{"a": 1}' = '{"a":1}'::jsonb`);
list.select('t16e unknown vs unknown is text', `'a' < 'B'`);
list.select('t16e unknown bad compared with int', `'x' = 1`);
list.add(
  't16e int column in list strings',
  [`INSERT INTO t VALUES (1), (7)`, `SELECT n AS v FROM t WHERE n IN ('1', '007') ORDER BY n`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e int column between strings',
  [`INSERT INTO t VALUES (1), (7), (10)`, `SELECT n AS v FROM t WHERE n BETWEEN '2' AND '10' ORDER BY n`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e text column between ints errors',
  [`INSERT INTO t VALUES ('1')`, `SELECT s AS v FROM t WHERE s BETWEEN 1 AND 2`],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16e text column in list ints errors',
  [`INSERT INTO t VALUES ('1')`, `SELECT s AS v FROM t WHERE s IN (1, 2)`],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16e text column order of digits',
  [`INSERT INTO t VALUES ('10'), ('9'), ('1')`, `SELECT s AS v FROM t ORDER BY s`],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16e text column max of digits',
  [`INSERT INTO t VALUES ('10'), ('9'), ('1')`, `SELECT max(s) AS v FROM t`],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16e bool column equals int errors',
  [`INSERT INTO t VALUES (true)`, `SELECT b AS v FROM t WHERE b = 1`],
  `CREATE TABLE t (b bool)`,
);
list.add(
  't16e bool column equals string',
  [`INSERT INTO t VALUES (true), (false)`, `SELECT count(*) AS v FROM t WHERE b = 't'`],
  `CREATE TABLE t (b bool)`,
);
list.add(
  't16e bool column insert string yes param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING b AS v`, params: ['yes'] }],
  `CREATE TABLE t (b bool)`,
);
list.add(
  't16e bool column insert number param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING b AS v`, params: [1] }],
  `CREATE TABLE t (b bool)`,
);
list.add(
  't16e bool column insert bad param',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['maybe'] }],
  `CREATE TABLE t (b bool)`,
);
list.add(
  't16e int column insert float param',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: [1.5] }],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e int column insert bool param',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: [true] }],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e int column insert big param',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: ['2147483648'] }],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e int8 column insert big number param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING n AS v`, params: ['9223372036854775807'] }],
  `CREATE TABLE t (n int8)`,
);
list.add(
  't16e numeric column insert exponent param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING n AS v`, params: ['1.5e3'] }],
  `CREATE TABLE t (n numeric)`,
);
list.add(
  't16e numeric column insert number param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING n AS v`, params: [0.1] }],
  `CREATE TABLE t (n numeric(10,4))`,
);
list.add(
  't16e numeric column insert NaN param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING n AS v`, params: ['NaN'] }],
  `CREATE TABLE t (n numeric)`,
);
list.add(
  't16e float column insert string param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING n AS v`, params: ['1e-3'] }],
  `CREATE TABLE t (n float8)`,
);
list.add(
  't16e float column insert Infinity param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING n AS v`, params: ['Infinity'] }],
  `CREATE TABLE t (n float8)`,
);
list.add(
  't16e text column insert number param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING s AS v`, params: [1.5] }],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16e text column insert bool param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING s AS v`, params: [false] }],
  `CREATE TABLE t (s text)`,
);
list.add(
  't16e varchar column insert object param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING s AS v`, params: [{ a: 1 }] }],
  `CREATE TABLE t (s varchar(20))`,
);
list.add(
  't16e jsonb column insert object param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING j AS v, j::text AS t`, params: [{ b: 1.5, a: [1, null] }] }],
  `CREATE TABLE t (j jsonb)`,
);
list.add(
  't16e jsonb column insert array param',
  [{ sql: `INSERT INTO t VALUES ($1::jsonb) RETURNING j::text AS t`, params: [JSON.stringify([1, 'a'])] }],
  `CREATE TABLE t (j jsonb)`,
);
list.add(
  't16e text array column insert int array param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING a AS v`, params: [[1, 2]] }],
  `CREATE TABLE t (a text[])`,
);
list.add(
  't16e int array column insert string array param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING a AS v`, params: [['1', '2']] }],
  `CREATE TABLE t (a int[])`,
);
list.add(
  't16e int array column insert bad element param',
  [{ sql: `INSERT INTO t VALUES ($1)`, params: [['1', 'x']] }],
  `CREATE TABLE t (a int[])`,
);
list.add(
  't16e uuid column insert uppercase param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING u AS v`, params: ['A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'] }],
  `CREATE TABLE t (u uuid)`,
);
list.add(
  't16e uuid column insert braces param',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING u AS v`, params: ['{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'] }],
  `CREATE TABLE t (u uuid)`,
);
list.add(
  't16e uuid column lower() errors',
  [`INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`, `SELECT lower(u) AS v FROM t`],
  `CREATE TABLE t (u uuid)`,
);
list.add(
  't16e uuid column like errors',
  [
    `INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`,
    `SELECT count(*) AS v FROM t WHERE u LIKE 'a0%'`,
  ],
  `CREATE TABLE t (u uuid)`,
);
list.add(
  't16e uuid column compare text column errors',
  [`SELECT count(*) AS v FROM t WHERE u = s`],
  `CREATE TABLE t (u uuid, s text)`,
);
list.add(
  't16e uuid column compare text param',
  [
    `INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'x')`,
    { sql: `SELECT s AS v FROM t WHERE u = $1::text`, params: ['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'] },
  ],
  `CREATE TABLE t (u uuid, s text)`,
);
list.add(
  't16e int column compare text param errors',
  [`INSERT INTO t VALUES (1)`, { sql: `SELECT n AS v FROM t WHERE n = $1::text`, params: ['1'] }],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e int column like errors',
  [`INSERT INTO t VALUES (12)`, `SELECT n AS v FROM t WHERE n LIKE '1%'`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e int column length errors',
  [`INSERT INTO t VALUES (12)`, `SELECT length(n) AS v FROM t`],
  `CREATE TABLE t (n int)`,
);
list.add(
  't16e enum column like errors',
  [`INSERT INTO t VALUES ('happy')`, `SELECT count(*) AS v FROM t WHERE m LIKE 'h%'`],
  `CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE TABLE t (m mood)`,
);
list.add(
  't16e enum column lower errors',
  [`INSERT INTO t VALUES ('happy')`, `SELECT lower(m) AS v FROM t`],
  `CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE TABLE t (m mood)`,
);
list.add(
  't16e enum column compare text param',
  [
    `INSERT INTO t VALUES ('happy')`,
    { sql: `SELECT count(*) AS v FROM t WHERE m = $1::text`, params: ['happy'] },
  ],
  `CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE TABLE t (m mood)`,
);
list.add(
  't16e enum column set from text column errors',
  [`UPDATE t SET m = s`],
  `CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE TABLE t (m mood, s text); INSERT INTO t VALUES ('sad', 'happy')`,
);
list.add(
  't16e enum column set from text column cast',
  [`UPDATE t SET m = s::mood`, `SELECT m AS v FROM t`],
  `CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE TABLE t (m mood, s text); INSERT INTO t VALUES ('sad', 'happy')`,
);
list.add(
  't16e text column set from int column',
  [`UPDATE t SET s = n`, `SELECT s AS v FROM t`],
  `CREATE TABLE t (n int, s text); INSERT INTO t VALUES (5, 'x')`,
);
list.add(
  't16e int column set from text column errors',
  [`UPDATE t SET n = s`],
  `CREATE TABLE t (n int, s text); INSERT INTO t VALUES (5, '7')`,
);
list.add(
  't16e varchar column set from int too long',
  [`UPDATE t SET s = n`],
  `CREATE TABLE t (n int, s varchar(2)); INSERT INTO t VALUES (12345, 'x')`,
);
list.add(
  't16e insert select type mismatch',
  [`INSERT INTO t SELECT s FROM src`],
  `CREATE TABLE t (n int); CREATE TABLE src (s text); INSERT INTO src VALUES ('1')`,
);
list.add(
  't16e insert select int into text',
  [`INSERT INTO t SELECT n FROM src`, `SELECT s AS v FROM t`],
  `CREATE TABLE t (s text); CREATE TABLE src (n int); INSERT INTO src VALUES (1)`,
);
list.add(
  't16e insert select numeric into int rounds',
  [`INSERT INTO t SELECT x FROM src`, `SELECT n AS v FROM t ORDER BY n`],
  `CREATE TABLE t (n int); CREATE TABLE src (x numeric); INSERT INTO src VALUES (1.5), (2.4)`,
);
list.add(
  't16e union text column and int column errors',
  [`SELECT s AS v FROM a UNION SELECT n FROM b`],
  `CREATE TABLE a (s text); CREATE TABLE b (n int)`,
);
list.add(
  't16e join text and int columns errors',
  [`SELECT count(*) AS v FROM a JOIN b ON a.s = b.n`],
  `CREATE TABLE a (s text); CREATE TABLE b (n int)`,
);
list.add(
  't16e join int and bigint columns',
  [
    `INSERT INTO a VALUES (1), (2)`,
    `INSERT INTO b VALUES (2), (3)`,
    `SELECT a.n AS v FROM a JOIN b ON a.n = b.m ORDER BY 1`,
  ],
  `CREATE TABLE a (n int); CREATE TABLE b (m bigint)`,
);
list.add(
  't16e join int and numeric columns',
  [
    `INSERT INTO a VALUES (1), (2)`,
    `INSERT INTO b VALUES (2.0), (2.5)`,
    `SELECT a.n AS n, b.m AS m FROM a JOIN b ON a.n = b.m ORDER BY 1`,
  ],
  `CREATE TABLE a (n int); CREATE TABLE b (m numeric)`,
);
list.add(
  't16e join varchar and text columns',
  [
    `INSERT INTO a VALUES ('x ')`,
    `INSERT INTO b VALUES ('x')`,
    `SELECT count(*) AS v FROM a JOIN b ON a.s = b.t`,
  ],
  `CREATE TABLE a (s varchar(5)); CREATE TABLE b (t text)`,
);
list.add(
  't16e join char and varchar columns',
  [
    `INSERT INTO a VALUES ('x')`,
    `INSERT INTO b VALUES ('x ')`,
    `SELECT count(*) AS v FROM a JOIN b ON a.c = b.t`,
  ],
  `CREATE TABLE a (c char(3)); CREATE TABLE b (t varchar(5))`,
);

// ---------------------------------------------------------------- jsonb/json casts (8.14 as far as casts go)
list.select('t16e jsonb normalizes keys and spacing', `'{"b":1,  "a" : [1,2]}'::jsonb::text`);
list.select('t16e json keeps text as given', `'{"b":1,  "a" : [1,2]}'::json::text`);
list.select('t16e jsonb duplicate keys last wins', `'{"a":1,"a":2}'::jsonb::text`);
list.select('t16e json keeps duplicate keys', `'{"a":1,"a":2}'::json::text`);
list.select('t16e jsonb keeps numeric scale', `'{"a":1.50}'::jsonb ->> 'a'`);
list.select('t16e jsonb exponent normalized', `'1e2'::jsonb::text`);
list.select('t16e jsonb big integer exact', `'{"a":12345678901234567890}'::jsonb ->> 'a'`);
list.select('t16e jsonb big integer to node', `'{"a":12345678901234567890}'::jsonb`);
list.select('t16e jsonb numeric to node', `'{"a":1.50}'::jsonb`);
list.select('t16e jsonb arrow returns jsonb', `pg_typeof('{"a":"x"}'::jsonb -> 'a')::text`);
list.select('t16e jsonb arrow string to text keeps quotes', `('{"a":"x"}'::jsonb -> 'a')::text`);
list.select('t16e jsonb number to int cast', `('{"a":2}'::jsonb -> 'a')::int`);
list.select('t16e jsonb number text to int', `('{"a":2}'::jsonb ->> 'a')::int`);
list.select('t16e jsonb float to int cast rounds', `('{"a":2.5}'::jsonb -> 'a')::int`);
list.select('t16e jsonb bool to bool', `('{"a":true}'::jsonb -> 'a')::bool`);
list.select('t16e jsonb string to bool errors', `('{"a":"true"}'::jsonb -> 'a')::bool`);
list.select('t16e jsonb array to int errors', `'[1]'::jsonb::int`);
list.select('t16e jsonb to text array missing cast', `'["a"]'::jsonb::text[]`);
list.select('t16e to_jsonb numeric scale', `to_jsonb(1.50)::text`);
list.select('t16e to_jsonb float', `to_jsonb(0.1::float8 + 0.2::float8)::text`);
list.select('t16e to_jsonb float NaN', `to_jsonb('NaN'::float8)::text`);
list.select('t16e to_jsonb numeric Infinity', `to_jsonb('Infinity'::numeric)::text`);
list.select('t16e to_jsonb date', `to_jsonb('2024-01-02'::date)::text`);
list.select('t16e to_jsonb timestamp', `to_jsonb('2024-01-02 03:04:05.5'::timestamp)::text`);
list.select('t16e to_jsonb bytea', `to_jsonb('\\x0102'::bytea)::text`);
list.select('t16e to_jsonb uuid', `to_jsonb('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)::text`);
list.select('t16e to_jsonb inet', `to_jsonb('10.0.0.1/8'::inet)::text`);
list.select('t16e to_jsonb range', `to_jsonb(int4range(1, 3))::text`);
list.select('t16e to_jsonb char padding', `to_jsonb('a'::char(3))::text`);
list.select('t16e to_jsonb bit', `to_jsonb(B'101')::text`);
list.select('t16e to_jsonb money', `to_jsonb('1.5'::money)::text`);
list.select('t16e to_jsonb 2d array', `to_jsonb(ARRAY[[1,2],[3,4]])::text`);
list.select('t16e to_jsonb array with lower bound', `to_jsonb('[0:1]={a,b}'::text[])::text`);
list.select(
  't16e json_build_object types',
  `json_build_object('i', 1, 'n', 1.50, 'b', true, 'z', NULL, 't', 'x', 'f', 1e20::float8)::text`,
);
list.select(
  't16e jsonb_build_object types',
  `jsonb_build_object('i', 1, 'n', 1.50, 'b', true, 'z', NULL, 't', 'x', 'f', 1e20::float8)::text`,
);
list.select(
  't16e row_to_json of typed row',
  `row_to_json(ROW(1.50, 'a'::char(2), ARRAY[1], '2024-01-02'::date, B'1'))::text`,
);
list.select('t16e json_agg of ints', `(SELECT json_agg(x ORDER BY x)::text FROM (VALUES (2), (1)) t(x))`);
list.select('t16e jsonb_agg of nulls', `(SELECT jsonb_agg(x)::text FROM (VALUES (NULL::int)) t(x))`);
list.select(
  't16e jsonb_typeof',
  `ARRAY[jsonb_typeof('1'), jsonb_typeof('"a"'), jsonb_typeof('null'), jsonb_typeof('[]'), jsonb_typeof('{}'), jsonb_typeof('true')]`,
);
list.select('t16e jsonb invalid unicode escape', `'"\\u0000"'::jsonb`);
list.select('t16e json unicode escape kept', `'"\\u00e9"'::json::text`);
list.select('t16e jsonb unicode escape decoded', `'"\\u00e9"'::jsonb::text`);
list.select('t16e jsonb deep equality', `'{"a":[1,2.0]}'::jsonb = '{"a":[1,2]}'::jsonb`);
list.select('t16e jsonb numeric comparison order', `'1.0'::jsonb = '1'::jsonb`);
list.select('t16e json equality missing', `'{}'::json = '{}'::json`);

export default list.cases;
