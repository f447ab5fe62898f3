// Round 18 repository reads, part 5: reads whose answer changed after PostgreSQL 15 (16, 17 and 18
// release notes: aggregates over arrays, datetime input spellings, to_timestamp codes, AT LOCAL,
// SQL/JSON query functions), which a PGlite of a later major must still answer as 15 does.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';
import { SHOP } from './repo-reads-schema.js';

const list = new ProbeCases('r18 repo reads e: ');
const q = (name: string, sql: string, setup = SHOP) => list.add(name, [sql], setup);
const p = (name: string, sql: string, params: readonly unknown[], setup = SHOP) =>
  list.params(name, sql, params, setup);
const s = (name: string, steps: readonly ProbeStep[], setup = SHOP) => list.add(name, steps, setup);

q('max over a text[] column does not exist in 15', 'SELECT max(tags) FROM users');
q('min over a record does not exist in 15', 'SELECT min(ROW(id, email)) FROM users');
q('max over an int[] expression does not exist in 15', 'SELECT max(ARRAY[id]) FROM users');
q('greatest over arrays exists in 15', 'SELECT greatest(ARRAY[1,2], ARRAY[1,3]) AS v');
q('+infinity timestamptz input is rejected in 15', "SELECT '+infinity'::timestamptz");
q('+infinity date input is rejected in 15', "SELECT '+infinity'::date");
p('+infinity as a timestamptz parameter is rejected in 15', 'SELECT $1::timestamptz AS v', ['+infinity']);
q(
  'infinity timestamptz input',
  "SELECT 'infinity'::timestamptz AS a, '-infinity'::timestamptz AS b, 'infinity'::timestamptz > now() AS c",
);
q('epoch with other fields in timestamp input', "SELECT 'epoch 01:00'::timestamp");
q('today and tomorrow keywords in date input', "SELECT 'tomorrow'::date - 'today'::date AS v");
q('YYYYMonDD date input', "SELECT '2024Jan05'::date");
q('a datetime with a Julian day', "SELECT 'J2451187'::date AS v");
q(
  'to_timestamp with a TZ format code',
  "SELECT to_timestamp('2024-01-01 10:00 UTC', 'YYYY-MM-DD HH24:MI TZ')",
);
q(
  'to_timestamp with an OF format code',
  "SELECT to_timestamp('2024-01-01 10:00 +02', 'YYYY-MM-DD HH24:MI OF')",
);
q('to_timestamp of epoch seconds', 'SELECT to_timestamp(1704067200) AS v, to_timestamp(1704067200.5) AS w');
q('to_date with a day past the month end fails with 22008', "SELECT to_date('2024-02-30', 'YYYY-MM-DD')");
q('AT LOCAL is a syntax error in 15', 'SELECT now() AT LOCAL');
q('JSON_EXISTS is not a function in 15', "SELECT json_exists('{\"a\":1}'::jsonb, '$.a')");
q('JSON_VALUE is not a function in 15', "SELECT json_value('{\"a\":1}'::jsonb, '$.a')");
q('JSON_QUERY is not a function in 15', "SELECT json_query('{\"a\":1}'::jsonb, '$.a')");
q(
  'JSON_TABLE in FROM is a syntax error in 15',
  "SELECT * FROM json_table('[1,2]'::jsonb, '$[*]' COLUMNS (v int PATH '$'))",
);
q('JSON_ARRAYAGG is a function call that does not exist in 15', 'SELECT json_arrayagg(id) FROM users');
q('JSON_OBJECTAGG with a colon is a syntax error in 15', 'SELECT json_objectagg(email : id) FROM users');
q('JSON scalar constructor does not exist in 15', 'SELECT json_scalar(1)');
q('array_sample does not exist in 15', 'SELECT array_sample(ARRAY[1,2,3], 1)');
q('array_sort does not exist in 15', 'SELECT array_sort(ARRAY[3,1,2])');
q('array_reverse does not exist in 15', 'SELECT array_reverse(ARRAY[3,1,2])');
q('casefold does not exist in 15', "SELECT casefold('ABC')");
q('uuidv7 does not exist in 15', 'SELECT uuidv7()');
q('gen_random_uuid exists in 15', 'SELECT length(gen_random_uuid()::text) AS v');
q('erf does not exist in 15', 'SELECT erf(1.0)');
q('to_bin and to_oct do not exist in 15', 'SELECT to_bin(5)');
q('random_normal does not exist in 15', 'SELECT random_normal()');
q('date_subtract does not exist in 15', "SELECT date_subtract(now(), interval '1 day')");
q('trim_array exists in 15', 'SELECT trim_array(ARRAY[1,2,3], 1) AS v');
q('string_to_table exists in 15', "SELECT string_to_table('a,b', ',') AS v");
q(
  'regexp_count and regexp_instr and regexp_like exist in 15',
  "SELECT regexp_count('abcabc', 'b') AS c, regexp_instr('abcabc', 'c', 1, 2) AS i, regexp_like('Abc', 'a', 'i') AS l, regexp_substr('abcabc', 'b.', 1, 2) AS s",
);
q('crc32 does not exist in 15', "SELECT crc32('abc'::bytea)");
q('reverse of bytea does not exist in 15', "SELECT reverse('\\x0102'::bytea)");
q('substring of bytea with a regex does not exist', "SELECT substring('\\x0102'::bytea FROM 1 FOR 1) AS v");
q('pg_input_error_info does not exist in 15', "SELECT * FROM pg_input_error_info('x', 'int')");
q('to_regtypemod does not exist in 15', "SELECT to_regtypemod('varchar(5)')");
q('pg_basetype does not exist in 15', "SELECT pg_basetype('int'::regtype)");
q(
  'json_strip_nulls with a second argument does not exist in 15',
  "SELECT json_strip_nulls('[1,null]'::json, true)",
);
q('interval infinity arithmetic is rejected in 15', "SELECT now() + 'infinity'::interval");
q('extract epoch from an infinite timestamptz', "SELECT extract(epoch FROM 'infinity'::timestamptz) AS v");
q(
  'date_part of an infinite date',
  "SELECT date_part('year', 'infinity'::date) AS v, extract(year FROM '-infinity'::date) AS w",
);
q(
  'age of an infinite timestamp fails or is infinite',
  "SELECT age('infinity'::timestamp, '2024-01-01'::timestamp)",
);
q('date_trunc of infinity', "SELECT date_trunc('day', 'infinity'::timestamptz) AS v");
q('timestamptz minus infinity fails with 22008', "SELECT 'infinity'::timestamptz - now()");
q(
  'a SELECT DISTINCT with an ORDER BY on a grouped aggregate',
  'SELECT DISTINCT count(*) AS n FROM orders GROUP BY user_id ORDER BY n',
);
q(
  'NULLS NOT DISTINCT exists in 15 as a unique option',
  'SELECT 1 AS v',
  `${SHOP} CREATE TABLE u2 (a int UNIQUE NULLS NOT DISTINCT);`,
);
q(
  'MERGE exists in 15 but RETURNING on it does not',
  "MERGE INTO users u USING (SELECT 1 AS id) s ON u.id = s.id WHEN MATCHED THEN UPDATE SET name = 'A' RETURNING u.id",
);
q('merge_action is not a function in 15', 'SELECT merge_action()');
q(
  'a window ORDER BY with RANGE offset on a numeric',
  'SELECT id, sum(amount) OVER (ORDER BY amount RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING) AS s FROM orders ORDER BY id',
);
q(
  'a RANGE offset without ORDER BY fails with 42P20',
  'SELECT sum(amount) OVER (RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM orders',
);
q(
  'a negative ROWS offset fails with 22013',
  'SELECT sum(amount) OVER (ORDER BY id ROWS BETWEEN -1 PRECEDING AND CURRENT ROW) FROM orders',
);
q(
  'a negative RANGE offset fails with 22013',
  'SELECT sum(amount) OVER (ORDER BY amount RANGE BETWEEN -1 PRECEDING AND CURRENT ROW) FROM orders',
);
q(
  'a frame starting at UNBOUNDED FOLLOWING fails with 42P20',
  'SELECT sum(amount) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW) FROM orders',
);
q(
  'a RANGE offset over a text column fails with 42883',
  'SELECT count(*) OVER (ORDER BY status RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) FROM orders',
);
q(
  'ORDER BY the predefined en-x-icu collation',
  "SELECT x FROM (VALUES ('a10'), ('a9'), ('A1')) t(x) ORDER BY x COLLATE \"en-x-icu\"",
);
q(
  'ORDER BY the predefined sv-x-icu collation puts ö after z',
  "SELECT x FROM (VALUES ('z'), ('ö'), ('o')) t(x) ORDER BY x COLLATE \"sv-x-icu\"",
);
q(
  'a column declared with the de-x-icu collation',
  'SELECT x FROM t ORDER BY x',
  `${SHOP} CREATE TABLE t (x text COLLATE "de-x-icu"); INSERT INTO t VALUES ('Äpfel'), ('Zebra'), ('apfel');`,
);
s('an ICU collation created for Swedish sorts ö after z', [
  "CREATE COLLATION sv (provider = icu, locale = 'sv')",
  "SELECT x FROM (VALUES ('z'), ('ö'), ('o')) t(x) ORDER BY x COLLATE sv",
]);
s('an ICU collation created for Spanish sorts ñ after n', [
  "CREATE COLLATION es (provider = icu, locale = 'es-ES')",
  "SELECT x FROM (VALUES ('nz'), ('ña'), ('o')) t(x) ORDER BY x COLLATE es",
]);
s('an ICU phonebook collation sorts ü as ue', [
  "CREATE COLLATION pb (provider = icu, locale = 'de-u-co-phonebk')",
  "SELECT x FROM (VALUES ('Müller'), ('Muller'), ('Mueller'), ('Mzz')) t(x) ORDER BY x COLLATE pb, x",
]);
s('an ICU phonebook collation in ICU keyword form', [
  "CREATE COLLATION pb (provider = icu, locale = 'de@collation=phonebook')",
  "SELECT x FROM (VALUES ('Müller'), ('Muller'), ('Mueller'), ('Mzz')) t(x) ORDER BY x COLLATE pb, x",
]);
s('an ICU collation created for English sorts as the root', [
  "CREATE COLLATION en1 (provider = icu, locale = 'en-US')",
  "SELECT x FROM (VALUES ('b'), ('B'), ('a'), ('É')) t(x) ORDER BY x COLLATE en1",
]);
s('an ICU collation for Canadian French sorts accents backwards', [
  "CREATE COLLATION fca (provider = icu, locale = 'fr-CA')",
  "SELECT x FROM (VALUES ('cote'), ('côte'), ('coté'), ('côté')) t(x) ORDER BY x COLLATE fca",
]);
s('an ICU numeric collation sorts digits by value', [
  "CREATE COLLATION num (provider = icu, locale = 'en-u-kn-true')",
  "SELECT x FROM (VALUES ('a10'), ('a9'), ('A1')) t(x) ORDER BY x COLLATE num",
]);
s('CREATE COLLATION FROM a predefined ICU collation', [
  'CREATE COLLATION my_sv FROM "sv-x-icu"',
  "SELECT 'ö' < 'z' COLLATE my_sv AS v",
]);
q(
  'pg_collation lists ICU collations in 15',
  "SELECT count(*) > 0 AS v FROM pg_collation WHERE collprovider = 'i'",
);
q('unicode_assigned does not exist in 15', "SELECT unicode_assigned('a')");
q('system_user as a function call does not exist in 15', 'SELECT system_user()');
q('the ago keyword in interval input', "SELECT '1 day ago'::interval AS v");
q('interval input with a plus sign', "SELECT '+1 day'::interval AS v, '-1 day +2 hours'::interval AS w");
q('timestamptz input with a T and a Z', "SELECT '2024-01-01T10:00:00Z'::timestamptz AS v");
q('timestamptz input with a named zone abbreviation', "SELECT '2024-01-01 10:00 PST'::timestamptz AS v");
q(
  'timestamptz input with too many fractional digits rounds',
  "SELECT '2024-01-01 10:00:00.1234567+00'::timestamptz AS v",
);
q('numeric input with too many digits in 15', "SELECT '1e131072'::numeric");
q('float8 input of a denormal', "SELECT '1e-320'::float8 AS v");
q(
  'numeric power with an integer exponent',
  'SELECT power(1.1, 10) AS a, 2.0 ^ 0.5 AS b, (-8.0) ^ (1.0 / 3) IS NULL AS c',
);
q('numeric power of a negative to a fraction fails with 2201F', 'SELECT (-8.0) ^ 0.5');
q('exp and ln of numerics', 'SELECT exp(1.0) AS e, ln(2.0) AS l, log(2.0, 8.0) AS g');
q('sqrt of a numeric keeps digits', 'SELECT sqrt(2.0) AS a, sqrt(2::numeric) AS b, sqrt(100.0000) AS c');
q(
  'numeric division of large values',
  'SELECT 1234567890123456789.0 / 7 AS a, 1 / 3.000000000000000000000 AS b',
);

export default list.cases;
