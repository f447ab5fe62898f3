// Round 17 probe, json part F: SQL/JSON added after PostgreSQL 15 (IS JSON in 16; JSON_EXISTS,
// JSON_QUERY, JSON_VALUE, JSON_TABLE, JSON(), JSON_SCALAR, JSON_SERIALIZE in 17; JSON_ARRAY,
// JSON_OBJECT, JSON_ARRAYAGG, JSON_OBJECTAGG in 16): PostgreSQL 15 refuses every one, and so must the
// fakes. Also 15-era corner cases nearby.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

q('post15 IS JSON', `'{"a":1}' IS JSON`);
q('post15 IS NOT JSON', `'x' IS NOT JSON`);
q('post15 IS JSON OBJECT', `'{}' IS JSON OBJECT`);
q('post15 IS JSON ARRAY', `'[]' IS JSON ARRAY`);
q('post15 IS JSON SCALAR', `'1' IS JSON SCALAR`);
q('post15 IS JSON VALUE', `'1' IS JSON VALUE`);
q('post15 IS JSON WITH UNIQUE KEYS', `'{"a":1,"a":2}' IS JSON WITH UNIQUE KEYS`);
q('post15 IS JSON on jsonb column value', `'{"a":1}'::jsonb IS JSON`);
list.add('post15 IS JSON in WHERE', [
  `CREATE TABLE r17j_f (t text)`,
  `SELECT t AS t FROM r17j_f WHERE t IS JSON`,
]);
list.add('post15 IS JSON in CHECK', [`CREATE TABLE r17j_f (t text CHECK (t IS JSON))`]);
q('post15 JSON_EXISTS', `JSON_EXISTS(jsonb '{"a":1}', '$.a')`);
q('post15 JSON_EXISTS ERROR ON ERROR', `JSON_EXISTS(jsonb '{"a":1}', 'strict $.b' ERROR ON ERROR)`);
q('post15 JSON_VALUE', `JSON_VALUE(jsonb '{"a":1}', '$.a')`);
q('post15 JSON_VALUE RETURNING', `JSON_VALUE(jsonb '{"a":"1"}', '$.a' RETURNING int)`);
q('post15 JSON_VALUE DEFAULT ON EMPTY', `JSON_VALUE(jsonb '{}', '$.a' DEFAULT 'x' ON EMPTY)`);
q('post15 JSON_VALUE PASSING', `JSON_VALUE(jsonb '[1,2]', '$[$i]' PASSING 1 AS i)`);
q('post15 JSON_QUERY', `JSON_QUERY(jsonb '{"a":[1,2]}', '$.a')`);
q('post15 JSON_QUERY WITH WRAPPER', `JSON_QUERY(jsonb '[1,2]', '$[*]' WITH WRAPPER)`);
q('post15 JSON_QUERY OMIT QUOTES', `JSON_QUERY(jsonb '{"a":"x"}', '$.a' OMIT QUOTES)`);
list.add('post15 JSON_TABLE', [
  `SELECT * FROM JSON_TABLE(jsonb '[{"a":1},{"a":2}]', '$[*]' COLUMNS (a int PATH '$.a')) AS jt`,
]);
list.add('post15 JSON_TABLE ordinality', [
  `SELECT * FROM JSON_TABLE(jsonb '[1,2]', '$[*]' COLUMNS (n FOR ORDINALITY, v int PATH '$')) jt`,
]);
q('post15 JSON constructor', `JSON('{"a":1}')`);
q('post15 JSON constructor unique keys', `JSON('{"a":1,"a":2}' WITH UNIQUE KEYS)`);
q('post15 JSON_SCALAR', `JSON_SCALAR(123.45)`);
q('post15 JSON_SERIALIZE', `JSON_SERIALIZE('{"a":1}'::json)`);
q('post15 JSON_SERIALIZE RETURNING bytea', `JSON_SERIALIZE('{"a":1}'::json RETURNING bytea)`);
q('post15 JSON_OBJECT', `JSON_OBJECT('a' VALUE 1)`);
q('post15 JSON_OBJECT colon', `JSON_OBJECT('a' : 1)`);
q('post15 JSON_OBJECT ABSENT ON NULL', `JSON_OBJECT('a' VALUE NULL ABSENT ON NULL)`);
q('post15 JSON_OBJECT RETURNING jsonb', `JSON_OBJECT('a' VALUE 1 RETURNING jsonb)`);
q('post15 JSON_ARRAY', `JSON_ARRAY(1, 'a', true)`);
q('post15 JSON_ARRAY subquery', `JSON_ARRAY(SELECT 1)`);
q('post15 JSON_ARRAY empty', `JSON_ARRAY()`);
list.add('post15 JSON_ARRAYAGG', [`SELECT JSON_ARRAYAGG(x ORDER BY x) AS v FROM (VALUES (1),(2)) t(x)`]);
list.add('post15 JSON_OBJECTAGG', [`SELECT JSON_OBJECTAGG(k VALUE v) AS v FROM (VALUES ('a',1)) t(k,v)`]);
q('post15 json literal FORMAT JSON', `'{"a":1}' FORMAT JSON`);
q('post15 jsonpath .bigint()', `jsonb_path_query_array('["1"]', '$[*].bigint()')`);
q('post15 jsonpath .boolean()', `jsonb_path_query_array('["true"]', '$[*].boolean()')`);
q('post15 jsonpath .date()', `jsonb_path_query_array('["2024-01-01"]', '$[*].date()')`);
q('post15 jsonpath .decimal()', `jsonb_path_query_array('["1.5"]', '$[*].decimal(3,1)')`);
q('post15 jsonpath .integer()', `jsonb_path_query_array('["1"]', '$[*].integer()')`);
q('post15 jsonpath .number()', `jsonb_path_query_array('["1"]', '$[*].number()')`);
q('post15 jsonpath .string()', `jsonb_path_query_array('[1]', '$[*].string()')`);
q('post15 jsonpath .time()', `jsonb_path_query_array('["10:00"]', '$[*].time()')`);
q('post15 jsonpath .time_tz()', `jsonb_path_query_array('["10:00+01"]', '$[*].time_tz()')`);
q('post15 jsonpath .timestamp()', `jsonb_path_query_array('["2024-01-01 10:00"]', '$[*].timestamp()')`);
q(
  'post15 jsonpath .timestamp_tz()',
  `jsonb_path_query_array('["2024-01-01 10:00+00"]', '$[*].timestamp_tz()')`,
);
q('post15 jsonpath .ltrim()', `jsonb_path_query_array('[" a"]', '$[*].ltrim()')`);
q('post15 jsonpath .split_part()', `jsonb_path_query_array('["a,b"]', '$[*].split_part(",", 1)')`);
q('post15 jsonpath .lower()', `jsonb_path_query_array('["A"]', '$[*].lower()')`);
q('post15 jsonpath .replace()', `jsonb_path_query_array('["abc"]', '$[*].replace("b", "x")')`);
q('post15 jsonpath .bigint() cast', `'$.bigint()'::jsonpath`);
q('post15 jsonpath .string() cast', `'$.string()'::jsonpath`);
q(
  'post15 jsonpath datetime precision',
  `jsonb_path_query_array('["2024-01-01 10:00:00.123456"]', '$[*].datetime().type()')`,
);
q('post15 jsonpath hex literal', `jsonb_path_query_array('{}', '0x1F')`);
q('post15 jsonpath underscore literal', `jsonb_path_query_array('{}', '1_000')`);
q('post15 jsonpath numeric trailing dot', `jsonb_path_query_array('{}', '1.')`);
q('post15 jsonpath leading dot', `jsonb_path_query_array('{}', '.5')`);
q('post15 jsonpath integer then member', `jsonb_path_query_array('{"a":1}', '1.a')`);
q(
  'post15 jsonb_populate_record_valid',
  `jsonb_populate_record_valid(NULL::r17j_pv, '{"a": 1}')`,
  `CREATE TYPE r17j_pv AS (a int)`,
);
q('post15 json_strip_nulls strip_in_arrays', `jsonb_strip_nulls('[1,null]', true)`);
q('post15 jsonb_build_object_agg', `jsonb_object_agg_strict('a', NULL)`);
list.add('post15 jsonb_object_agg_strict', [
  `SELECT jsonb_object_agg_strict(k, v) AS v FROM (VALUES ('a', 1), ('b', NULL)) t(k, v)`,
]);
list.add('post15 jsonb_object_agg_unique', [
  `SELECT jsonb_object_agg_unique(k, v) AS v FROM (VALUES ('a', 1), ('a', 2)) t(k, v)`,
]);
list.add('post15 json_object_agg_unique_strict', [
  `SELECT json_object_agg_unique_strict(k, v) AS v FROM (VALUES ('a', 1)) t(k, v)`,
]);
q('post15 jsonb subscript slice', `('[1,2,3]'::jsonb)[1:]`);
q('post15 json numeric underscore input', `'1_000'::jsonb`);
q('pg15 to_jsonb of jsonpath fails', `to_jsonb('$.a'::jsonpath)`);
q('pg15 jsonb to text cast of jsonb string', `('"x"'::jsonb)::text`);
q('pg15 jsonb to varchar cast', `('"x"'::jsonb)::varchar`);
q('pg15 jsonb string to bool fails', `('"true"'::jsonb)::boolean`);
q('pg15 jsonb numeric cast errors name jsonb', `('"1"'::jsonb)::numeric`);
q('pg15 jsonb float4 cast', `('1.5'::jsonb)::real`);
q('pg15 jsonb int2 overflow', `('70000'::jsonb)::smallint`);
q('pg15 json cast jsonb array error', `('[1]'::jsonb)::int`);
q('pg15 jsonb null cast bool', `('null'::jsonb)::bool`);
q('pg15 pg_input_is_valid absent', `pg_input_is_valid('{', 'jsonb')`);
q('pg15 jsonb_typeof jsonpath result', `jsonb_typeof(jsonb_path_query_first('[1]', '$[0]'))`);
q('pg15 json_typeof unknown literal', `json_typeof('x')`);
q('pg15 row_to_json of jsonb col', `row_to_json(t) FROM (SELECT '{"b":1,"a":2}'::jsonb AS j) t`);
q('pg15 to_json domain', `to_json(1::r17j_d)`, `CREATE DOMAIN r17j_d AS int CHECK (VALUE > 0)`);
q('pg15 to_jsonb enum', `to_jsonb('x'::r17j_e)`, `CREATE TYPE r17j_e AS ENUM ('x','y')`);
q(
  'pg15 to_jsonb composite with nested composite',
  `to_jsonb(row(1, row(2, 'a'))::r17j_c)`,
  `CREATE TYPE r17j_ci AS (x int, y text); CREATE TYPE r17j_c AS (a int, b r17j_ci)`,
);
q(
  'pg15 jsonb_build_object from composite cols',
  `jsonb_build_object('c', row(1, 'x')::r17j_ci)`,
  `CREATE TYPE r17j_ci AS (x int, y text)`,
);
list.add('pg15 jsonb column default and check', [
  `CREATE TABLE r17j_dc (id int, j jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(j) = 'object'))`,
  `INSERT INTO r17j_dc (id) VALUES (1)`,
  `INSERT INTO r17j_dc VALUES (2, '[1]')`,
]);
list.add('pg15 jsonb generated column', [
  `CREATE TABLE r17j_gc (j jsonb, name text GENERATED ALWAYS AS (j->>'name') STORED)`,
  `INSERT INTO r17j_gc (j) VALUES ('{"name":"x"}'), ('{}')`,
  `SELECT name AS name FROM r17j_gc ORDER BY name NULLS LAST`,
]);
list.add('pg15 json column to jsonb alter', [
  `CREATE TABLE r17j_al (j json)`,
  `INSERT INTO r17j_al VALUES ('{"b":1, "a":2, "a":3}')`,
  `ALTER TABLE r17j_al ALTER COLUMN j TYPE jsonb`,
  `SELECT j AS j FROM r17j_al`,
]);
list.add('pg15 text column to jsonb alter needs using', [
  `CREATE TABLE r17j_al (j text)`,
  `INSERT INTO r17j_al VALUES ('[1]')`,
  `ALTER TABLE r17j_al ALTER COLUMN j TYPE jsonb`,
]);
list.add('pg15 jsonb array column', [
  `CREATE TABLE r17j_ac (js jsonb[])`,
  `INSERT INTO r17j_ac VALUES (ARRAY['{"a":1}'::jsonb, '[2]'])`,
  `SELECT js AS js, js[1] AS first FROM r17j_ac`,
]);
q('pg15 jsonb array literal output', `ARRAY['{"a": 1}'::jsonb, '"x"', 'null']`);
q('pg15 json array literal output', `ARRAY['{"a":  1}'::json]`);
q('pg15 jsonb in row output', `row('{"a":1}'::jsonb, 'x')::text`);
q('pg15 jsonb NULL vs json null', `ARRAY[NULL::jsonb IS NULL, 'null'::jsonb IS NULL]`);
q('pg15 jsonb concat chain', `'{"a":1}'::jsonb || '{"b":2}' || '{"a":3}'`);
q('pg15 jsonb coalesce key', `coalesce('{"a":null}'::jsonb ->> 'a', 'default')`);
q('pg15 jsonb nullif', `nullif('{"a":1}'::jsonb, '{"a":1.0}')`);
q('pg15 jsonb greatest', `greatest('1'::jsonb, '"a"', '[]')`);
q('pg15 jsonb case', `CASE WHEN '{"a":1}'::jsonb ? 'a' THEN 'yes' ELSE 'no' END`);
q('pg15 jsonb length', `length('{"a":1}'::jsonb::text)`);
q('pg15 jsonb cast to json text preserved', `('{"a":1.0}'::jsonb)::json::text`);

export default list.cases;
