// Round 17 probe, part H: chapter 9 functions and options added or changed after PostgreSQL 15
// (16 to 18 release notes), which a PostgreSQL 15 server refuses or answers otherwise.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 functions: ');
const q = (name: string, expr: string) => list.select(name, expr);
const s = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

q('pg16 erf', `erf(0.5)`);
q('pg16 erfc', `erfc(0.5)`);
q('pg18 gamma', `gamma(5)`);
q('pg18 lgamma', `lgamma(5)`);
q('pg16 to_bin', `to_bin(10)`);
q('pg16 to_oct', `to_oct(10)`);
q('to_hex', `to_hex(255)`);
q('to_hex negative', `to_hex(-1)`);
q('to_hex int8', `to_hex(-1::int8)`);
q('pg17 random range', `random(1, 1)`);
q('pg17 random numeric range', `random(1.5, 1.5)`);
q('pg16 array_shuffle', `array_length(array_shuffle(ARRAY[1, 2, 3]), 1)`);
q('pg16 array_sample', `array_length(array_sample(ARRAY[1, 2, 3], 2), 1)`);
q('pg18 array_reverse', `array_reverse(ARRAY[1, 2, 3])`);
q('pg18 array_sort', `array_sort(ARRAY[3, 1, 2])`);
q('pg18 casefold', `casefold('ABC')`);
q('pg18 reverse bytea', `reverse('\\x0102'::bytea)`);
q('pg18 crc32', `crc32('abc'::bytea)`);
q('pg18 crc32c', `crc32c('abc'::bytea)`);
q('pg16 any_value', `(SELECT any_value(x) FROM (VALUES (1), (1)) t(x))`);
q('pg18 min of arrays', `(SELECT min(x) FROM (VALUES (ARRAY[2]), (ARRAY[1])) t(x))`);
q('pg18 max of arrays', `(SELECT max(x) FROM (VALUES (ARRAY[2]), (ARRAY[1])) t(x))`);
q('pg18 max of records', `(SELECT max(x) FROM (VALUES (ROW(1, 2)), (ROW(2, 1))) t(x))::text`);
q('pg16 system_user', `system_user`);
q('pg17 pg_basetype', `pg_basetype('int4'::regtype)`);
q('pg16 pg_input_error_info', `(SELECT message FROM pg_input_error_info('x', 'int4'))`);
q('pg17 uuid_extract_timestamp', `uuid_extract_timestamp('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`);
q('pg18 pg_get_acl', `pg_get_acl('pg_class'::regclass, 'pg_class'::regclass, 0)`);
q('pg17 has_table_privilege maintain', `has_table_privilege('pg_class', 'MAINTAIN')`);
q('pg16 pg_has_role set', `pg_has_role('postgres', 'SET')`);
q('pg16 pg_has_role set with admin option', `pg_has_role('postgres', 'SET WITH ADMIN OPTION')`);
q('pg16 pg_has_role member then set', `pg_has_role('postgres', 'MEMBER, set')`);
q('pg16 pg_has_role set then bad', `pg_has_role('postgres', ' set , fly')`);
q('pg16 pg_has_role bad then set', `pg_has_role('postgres', 'fly, SET')`);
q('pg16 pg_has_role missing role before set', `pg_has_role('nobody', 'SET')`);
q('pg16 pg_has_role two roles set', `pg_has_role('postgres', 'postgres', 'SET')`);
q('pg16 pg_has_role oid set', `pg_has_role(10::oid, 'SET')`);
q('pg_has_role member lowercase spaced', `pg_has_role('postgres', ' member , usage with admin option ')`);
q('pg_has_role unknown privilege', `pg_has_role('postgres', 'CREATE')`);
q('pg_has_role null privilege', `pg_has_role('postgres', NULL) IS NULL`);
q('pg_has_role null role set', `pg_has_role(NULL::name, 'SET') IS NULL`);
q('pg_has_role setting word', `pg_has_role('postgres', 'settings')`);
q('pg17 has_largeobject_privilege', `has_largeobject_privilege(0::oid, 'SELECT')`);
q('regexp_replace named args', `regexp_replace(string => 'abc', pattern => 'b', replacement => 'x')`);
q('regexp_count named args', `regexp_count(string => 'abc', pattern => 'b')`);
q('regexp_like named args', `regexp_like(string => 'abc', pattern => 'b')`);
q('regexp_match named args', `regexp_match(string => 'abc', pattern => 'b')`);
q('regexp_substr named args', `regexp_substr(string => 'abc', pattern => 'b')`);
q('regexp_instr named args', `regexp_instr(string => 'abc', pattern => 'b')`);
q('regexp_split_to_array named args', `regexp_split_to_array(string => 'a b', pattern => ' ')`);
q('substring named args', `substring("string" => 'abc', start => 2)`);
q('make_interval named args', `make_interval(days => 1)::text`);
q('pg18 to_number RN', `to_number('  XIV', 'RN')`);
q('pg18 to_number rn lower', `to_number('xiv', 'rn')`);
q('to_number RN with digits', `to_number('XIV12', 'RN99')`);
q('pg18 to_char RN of numeric fraction', `to_char(3.7, 'RN')`);
q('pg17 to_char TH of numeric', `to_char(2.5, '9TH')`);
q('pg16 numeric literal underscore errors in 15', `1_000.5`);
q('pg16 pg_size_pretty petabytes', `pg_size_pretty(1125899906842624::bigint)`);
q('pg_size_pretty petabytes numeric', `pg_size_pretty(1125899906842624::numeric)`);
q('pg_size_bytes petabytes', `pg_size_bytes('1 PB')`);
q('pg_size_bytes b unit', `pg_size_bytes('1 B')`);
q('pg16 pg_size_pretty rounding', `pg_size_pretty(10239::bigint)`);
q('pg_size_pretty 10240', `pg_size_pretty(10240::bigint)`);
q('pg_size_pretty half', `pg_size_pretty(10752::bigint)`);
q('pg_size_pretty negative half', `pg_size_pretty(-10752::bigint)`);
q('pg_size_pretty big numeric', `pg_size_pretty(1e30::numeric)`);
q('pg17 make_timestamp negative year', `make_date(-44, 3, 15)::text`);
q('pg16 date_add missing in 15', `date_add('2020-01-01'::timestamptz, interval '1 day')`);
q('pg16 trim_array type', `pg_typeof(trim_array(ARRAY[1], 0))::text`);
q('pg16 string_agg bytea', `(SELECT string_agg(x, '\\x00'::bytea) FROM (VALUES ('\\x01'::bytea)) t(x))`);
q('pg17 unnest multirange', `(SELECT count(*) FROM unnest('{[1,2), [3,4)}'::int4multirange))`);
q('pg16 json_array constructor', `json_array(1, 2)`);
q('pg16 is json', `'{}' IS JSON`);
q('pg17 json_exists', `json_exists('{"a": 1}', '$.a')`);
q('pg16 greatest of text array', `greatest(ARRAY['a'], ARRAY['b'])`);
q('pg18 uuid cast from bytea', `'\\x00000000000000000000000000000000'::bytea::uuid`);
q('pg16 regexp with x flag comment', `regexp_like('abc', 'a # comment\n bc', 'x')`);
q('pg15 regexp_count exists', `regexp_count('aaa', 'a')`);
q('pg16 pg_get_keywords columns', `(SELECT count(*) FROM pg_get_keywords() WHERE word = 'system_user')`);
q('pg16 keyword count', `(SELECT count(*) > 400 FROM pg_get_keywords())`);
q('pg16 keyword json_array', `(SELECT catcode FROM pg_get_keywords() WHERE word = 'json_array')`);
q('pg17 keyword merge_action', `(SELECT count(*) FROM pg_get_keywords() WHERE word = 'merge_action')`);
q('pg18 keyword virtual', `(SELECT count(*) FROM pg_get_keywords() WHERE word = 'virtual')`);
q('pg_get_keywords total', `(SELECT count(*) FROM pg_get_keywords())`);
q('pg16 int8 min abs error message', `abs(-9223372036854775808::int8)`);
q('pg16 numeric sqrt precision', `sqrt(2::numeric(30,20))`);
q('pg16 numeric ln precision', `ln(2.000000000000000000000)`);
q('pg16 numeric exp precision', `exp(1.000000000000000000000)`);
q('pg16 numeric log base precision', `log(10.0, 1000.00000000000000000000)`);
q('pg16 numeric power decimal', `power(1.5, 2.5)`);
q('pg16 numeric power integral', `power(1.5, 3)`);
q('pg17 numeric power negative integral', `power(1.5, -3)`);
q('pg16 numeric division precision', `1::numeric / 3::numeric(30, 25)`);
q('pg16 float8 to numeric', `0.1::float8::numeric`);
q('pg16 float4 to numeric', `0.1::float4::numeric`);
q('pg16 float4 output', `1.1::float4::float8`);
q('pg18 float8 to text scientific', `1e-7::float8::text`);
q('extra_float_digits effect', `1e-7::float8`);
q('pg16 int4 to numeric division', `7 / 2::numeric`);
q('pg16 mod numeric big', `mod(10::numeric ^ 20, 7)`);
q('pg16 inet text', `inet '::ffff:10.0.0.1'`);
q('pg16 cidr ipv4 mapped', `cidr '::ffff:10.0.0.0/120'`);
q('pg17 macaddr8 output', `macaddr8 '0800.2b01.0203.0405'`);
q('pg16 bit_count int errors', `bit_count(5)`);
q('pg16 get_byte', `get_byte('\\x1234'::bytea, 1)`);
q(
  'pg18 uuid ordering',
  `'00000000-0000-0000-0000-000000000001'::uuid < 'ffffffff-0000-0000-0000-000000000000'::uuid`,
);
s(
  'pg16 pg_get_indexdef nulls not distinct',
  [`SELECT pg_get_indexdef('i'::regclass) AS v`],
  `CREATE TABLE t (a int); CREATE UNIQUE INDEX i ON t (a) NULLS NOT DISTINCT`,
);
s(
  'pg16 pg_get_constraintdef nulls not distinct',
  [`SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conname = 't_a_key'`],
  `CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT)`,
);
s(
  'pg18 pg_get_constraintdef not null',
  [`SELECT count(*) AS v FROM pg_constraint WHERE conrelid = 't'::regclass`],
  `CREATE TABLE t (a int NOT NULL)`,
);
s(
  'pg18 pg_get_expr identity default',
  [`SELECT count(*) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY)`,
);
s(
  'pg18 pg_get_expr generated column',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED)`,
);
s(
  'pg16 pg_get_serial_sequence identity',
  [`SELECT pg_get_serial_sequence('t', 'a') AS v`],
  `CREATE TABLE t (a int GENERATED BY DEFAULT AS IDENTITY)`,
);
s(
  'pg18 pg_get_triggerdef',
  [`SELECT pg_get_triggerdef(oid, true) AS v FROM pg_trigger WHERE tgname = 'tr'`],
  `CREATE TABLE t (a int); CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'; CREATE TRIGGER tr AFTER UPDATE OF a ON t FOR EACH ROW WHEN (OLD.a IS DISTINCT FROM NEW.a) EXECUTE FUNCTION tf()`,
);
s(
  'pg18 pg_get_functiondef sql body',
  [`SELECT pg_get_functiondef('f'::regproc) AS v`],
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql IMMUTABLE RETURN a + 1`,
);
s(
  'pg18 pg_get_function_sqlbody',
  [`SELECT pg_get_function_sqlbody('f'::regproc) AS v`],
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE sql RETURN a + 1`,
);
s(
  'pg18 pg_get_functiondef plpgsql',
  [`SELECT pg_get_functiondef('f'::regproc) AS v`],
  `CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql STABLE STRICT AS $$ BEGIN RETURN a; END $$`,
);
s(
  'pg18 pg_get_function_arguments variadic',
  [`SELECT pg_get_function_arguments('f'::regproc) AS v`],
  `CREATE FUNCTION f(VARIADIC a int[]) RETURNS int LANGUAGE sql AS 'SELECT 1'`,
);
s(
  'pg18 pg_get_function_result table',
  [`SELECT pg_get_function_result('f'::regproc) AS v`],
  `CREATE FUNCTION f() RETURNS TABLE (a int, b text) LANGUAGE sql AS 'SELECT 1, ''x'''`,
);
s(
  'pg18 pg_get_indexdef expression',
  [`SELECT pg_get_indexdef('i'::regclass) AS v`],
  `CREATE TABLE t (a text, b jsonb); CREATE INDEX i ON t ((b ->> 'k'), lower(a) text_pattern_ops)`,
);
s(
  'pg18 pg_get_indexdef include',
  [`SELECT pg_get_indexdef('i'::regclass) AS v`],
  `CREATE TABLE t (a int, b int); CREATE INDEX i ON t (a) INCLUDE (b)`,
);
s(
  'pg18 pg_get_indexdef gin',
  [`SELECT pg_get_indexdef('i'::regclass) AS v`],
  `CREATE TABLE t (b jsonb); CREATE INDEX i ON t USING gin (b jsonb_path_ops)`,
);
s(
  'pg18 pg_get_constraintdef check cast',
  [
    `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'c'`,
  ],
  `CREATE TABLE t (s text CHECK (s IN ('a', 'b')))`,
);
s(
  'pg18 pg_get_constraintdef check any',
  [
    `SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'c'`,
  ],
  `CREATE TABLE t (s text CHECK (s = ANY (ARRAY['a', 'b'])), n numeric CHECK (n > 0.5))`,
);
s(
  'pg18 pg_get_constraintdef check multiple',
  [
    `SELECT string_agg(pg_get_constraintdef(oid), '; ' ORDER BY conname) AS v FROM pg_constraint WHERE conrelid = 't'::regclass AND contype = 'c'`,
  ],
  `CREATE TABLE t (s text CHECK (length(s) > 2), d date CHECK (d > '2020-01-01'), CHECK (s <> 'x' OR d IS NULL))`,
);
s(
  'pg18 pg_get_constraintdef fk options',
  [`SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE contype = 'f'`],
  `CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH FULL ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED)`,
);
s(
  'pg18 pg_get_constraintdef exclude',
  [`SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE contype = 'x'`],
  `CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))`,
);
s(
  'pg18 pg_get_constraintdef not valid',
  [`SELECT pg_get_constraintdef(oid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (a int); ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT VALID`,
);
s(
  'pg18 pg_get_expr default interval',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x timestamptz DEFAULT now() + interval '1 day')`,
);
s(
  'pg18 pg_get_expr default cast',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x varchar(10) DEFAULT 'a'::text)`,
);
s(
  'pg18 pg_get_expr default enum',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TYPE mood AS ENUM ('ok'); CREATE TABLE t (x mood DEFAULT 'ok')`,
);
s(
  'pg18 pg_get_expr default date',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x date DEFAULT CURRENT_DATE)`,
);
s(
  'pg18 pg_get_expr default localtimestamp',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x timestamp(3) DEFAULT LOCALTIMESTAMP(3))`,
);
s(
  'pg18 pg_get_expr default current_user',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x text DEFAULT CURRENT_USER)`,
);
s(
  'pg18 pg_get_expr default jsonb object',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x jsonb DEFAULT '{"a": [1, 2]}'::jsonb)`,
);
s(
  'pg18 pg_get_expr default array constructor',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x int[] DEFAULT ARRAY[1, 2])`,
);
s(
  'pg18 pg_get_expr default nextval quoted',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = '"T"'::regclass`],
  `CREATE TABLE "T" (id serial)`,
);
s(
  'pg18 pg_get_expr default float',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x float8 DEFAULT 1.5, y real DEFAULT -0.5)`,
);
s(
  'pg18 pg_get_expr default numeric negative',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x numeric DEFAULT -1.50)`,
);
s(
  'pg18 pg_get_expr default bigint',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x bigint DEFAULT 0)`,
);
s(
  'pg18 pg_get_expr default smallint',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x smallint DEFAULT 1)`,
);
s(
  'pg18 pg_get_expr default uuid literal',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x uuid DEFAULT '00000000-0000-0000-0000-000000000000')`,
);
s(
  'pg18 pg_get_expr default case',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x text DEFAULT CASE WHEN true THEN 'a' ELSE 'b' END)`,
);
s(
  'pg18 pg_get_expr default coalesce',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x text DEFAULT coalesce(current_setting('app.x', true), 'none'))`,
);
s(
  'pg18 pg_get_expr default to_char',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x text DEFAULT to_char(now(), 'YYYY'))`,
);
s(
  'pg18 pg_get_expr default timestamptz literal',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x timestamptz DEFAULT '2020-01-01 00:00:00+00')`,
);
s(
  'pg18 pg_get_expr default bool expression',
  [`SELECT pg_get_expr(adbin, adrelid) AS v FROM pg_attrdef WHERE adrelid = 't'::regclass`],
  `CREATE TABLE t (x boolean DEFAULT NOT false)`,
);
s(
  'pg18 pg_get_expr check between',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int CHECK (x BETWEEN 1 AND 10))`,
);
s(
  'pg18 pg_get_expr check like',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x LIKE 'a%' AND x ~ '^[a-z]+$'))`,
);
s(
  'pg18 pg_get_expr check is not null',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int, y int, CHECK (x IS NOT NULL OR y IS NOT NULL))`,
);
s(
  'pg18 pg_get_expr check num_nonnulls',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int, y int, CHECK (num_nonnulls(x, y) = 1))`,
);
s(
  'pg18 pg_get_expr check jsonb',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x jsonb CHECK (jsonb_typeof(x) = 'object' AND x ? 'id'))`,
);
s(
  'pg18 pg_get_expr check is distinct',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int, y int CHECK (y IS DISTINCT FROM x))`,
);
s(
  'pg18 pg_get_expr check array length',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int[] CHECK (cardinality(x) < 5 AND array_length(x, 1) > 0))`,
);
s(
  'pg18 pg_get_expr check numeric',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x numeric(10,2) CHECK (x >= 0.00 AND x < 1e6))`,
);
s(
  'pg18 pg_get_expr check timestamps',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (a timestamptz, b timestamptz, CHECK (b > a + interval '1 hour'))`,
);
s(
  'pg18 pg_get_expr check varchar in',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x varchar(10) CHECK (x IN ('a', 'b')))`,
);
s(
  'pg18 pg_get_expr check enum',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TABLE t (x mood CHECK (x <> 'b'))`,
);
s(
  'pg18 pg_get_expr check regex',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x ~* '^[a-z0-9._%+-]+@[a-z0-9.-]+$'))`,
);
s(
  'pg18 pg_get_expr check coalesce',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int, CHECK (coalesce(x, 0) >= 0))`,
);
s(
  'pg18 pg_get_expr check lower',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x = lower(x) AND char_length(x) <= 20))`,
);
s(
  'pg18 pg_get_expr check not in',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int CHECK (x NOT IN (1, 2)))`,
);
s(
  'pg18 pg_get_expr check bool',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x boolean, y int, CHECK (NOT x OR y > 0))`,
);
s(
  'pg18 pg_get_expr check cast',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x::int > 0))`,
);
s(
  'pg18 pg_get_expr check date',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (d date CHECK (d >= '2000-01-01'::date AND extract(dow FROM d) < 6))`,
);
s(
  'pg18 pg_get_expr check similar',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x SIMILAR TO '[A-Z]{3}'))`,
);
s(
  'pg18 pg_get_expr check ilike',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x NOT ILIKE '%spam%'))`,
);
s(
  'pg18 pg_get_expr check any param',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int CHECK (x = ANY ('{1,2}'::int[])))`,
);
s(
  'pg18 pg_get_expr check overlap',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text[] CHECK (x <@ ARRAY['a', 'b']))`,
);
s(
  'pg18 pg_get_expr check greatest',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int, y int, CHECK (greatest(x, y) < 100))`,
);
s(
  'pg18 pg_get_expr check nullif',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (nullif(x, '') IS NOT NULL))`,
);
s(
  'pg18 pg_get_expr check substring',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (substring(x from 1 for 1) = 'a' AND position('b' in x) > 0 AND trim(x) = x))`,
);
s(
  'pg18 pg_get_expr check extract',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (t timestamp CHECK (EXTRACT(year FROM t) > 2000))`,
);
s(
  'pg18 pg_get_expr check is true',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x boolean CHECK (x IS NOT FALSE))`,
);
s(
  'pg18 pg_get_expr check row compare',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (a int, b int, CHECK ((a, b) < (10, 10)))`,
);
s(
  'pg18 pg_get_expr check overlaps',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (a date, b date, CHECK (NOT (a, b) OVERLAPS ('2020-01-01'::date, '2020-02-01'::date)))`,
);
s(
  'pg18 pg_get_expr check collate',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x > 'a' COLLATE "C"))`,
);
s(
  'pg18 pg_get_expr check at time zone',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x timestamptz CHECK ((x AT TIME ZONE 'UTC') > '2000-01-01'))`,
);
s(
  'pg18 pg_get_expr check json arrow',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x jsonb CHECK ((x ->> 'a')::int > 0 AND x -> 'b' IS NOT NULL AND x #>> '{c,d}' <> ''))`,
);
s(
  'pg18 pg_get_expr check array subscript',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x int[] CHECK (x[1] > 0 AND x[1:2] <> '{}'))`,
);
s(
  'pg18 pg_get_expr check exists-like',
  [`SELECT pg_get_expr(conbin, conrelid) AS v FROM pg_constraint WHERE contype = 'c'`],
  `CREATE TABLE t (x text CHECK (x IS NULL OR length(x) BETWEEN SYMMETRIC 5 AND 1))`,
);

q('pg18 int4 to bytea cast', `258::bytea`);
q('pg18 bytea to int4 cast', `'\\x00000102'::bytea::int4`);
q('pg18 int8 to bytea cast', `258::int8::bytea`);
q('pg18 int2 to bytea cast', `258::int2::bytea`);
q('pg18 bytea to int2 cast', `'\\x0102'::bytea::int2`);
q('pg18 bytea to int8 cast', `'\\x01'::bytea::int8`);
q('pg18 casefold missing', `casefold('Ab')`);
q('pg18 array_sort desc', `array_sort(ARRAY[1, 3, 2], true)`);
q('pg17 to_regtypemod', `to_regtypemod('numeric(10,2)')`);
q('pg17 unicode_assigned', `unicode_assigned('abc')`);
q('pg18 pg_get_loaded_modules', `(SELECT count(*) FROM pg_get_loaded_modules())`);
q('pg16 pg_input_is_valid int', `pg_input_is_valid('42', 'integer')`);
q(
  'pg16 pg_split_walfile_name',
  `(SELECT segment_number FROM pg_split_walfile_name('000000010000000100000002'))`,
);
q('pg17 pg_column_toast_chunk_id', `pg_column_toast_chunk_id('x'::text)`);
q('pg18 sequence last value null', `pg_sequence_last_value(0)`);
q('pg16 int8 bitwise not', `~(-1::int8)`);
q('pg18 numeric mod negative zero', `mod(-4.0, 2)`);
q('pg18 numeric trunc negative zero', `trunc(-0.4)`);
q('pg18 float8 negative zero output', `'-0'::float8`);
q('pg18 float8 round negative zero', `round(-0.4::float8)`);
q('pg18 numeric round negative zero scale', `round(-0.004, 2)`);
q('pg18 numeric negative zero literal', `-0.00`);
q('pg18 numeric ceil negative', `ceil(-0.5)`);

export default list.cases;
