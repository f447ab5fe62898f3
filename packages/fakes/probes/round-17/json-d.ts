// Round 17 probe, json part D: PostgreSQL 15 docs 9.16.1 table 9.48 (processing functions) on json
// and jsonb: elements, each, keys, extract_path, populate_record(set), to_record(set), strip_nulls,
// jsonb_set(_lax), jsonb_insert, jsonb_pretty, typeof.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);
const rows = (name: string, sql: string, setup?: string) => list.add(name, [sql], setup);

for (const k of ['json', 'jsonb']) {
  rows(
    `${k}_array_elements`,
    `SELECT value AS v, pg_typeof(value)::text AS t FROM ${k}_array_elements('[1,true, [2,false], {"a": 1.50}, null, "s"]') WITH ORDINALITY AS e(value, n) ORDER BY n`,
  );
  rows(
    `${k}_array_elements_text`,
    `SELECT value AS v FROM ${k}_array_elements_text('["foo", "bar", 1.0, null, {"a":[1, 2]}]') WITH ORDINALITY AS e(value, n) ORDER BY n`,
  );
  q(`${k}_array_elements on object fails`, `count(*) FROM ${k}_array_elements('{"a":1}')`);
  q(`${k}_array_elements on scalar fails`, `count(*) FROM ${k}_array_elements('1')`);
  q(`${k}_array_elements empty`, `count(*) FROM ${k}_array_elements('[]')`);
  q(`${k}_array_elements null input`, `count(*) FROM ${k}_array_elements(NULL)`);
  q(`${k}_array_elements in select list`, `${k}_array_elements('[1]')`);
  q(`${k}_array_length`, `${k}_array_length('[1,2,3,{"f1":1,"f2":[5,6]},4]')`);
  q(`${k}_array_length empty`, `${k}_array_length('[]')`);
  q(`${k}_array_length object fails`, `${k}_array_length('{"a":1}')`);
  q(`${k}_array_length scalar fails`, `${k}_array_length('5')`);
  q(`${k}_array_length null`, `${k}_array_length(NULL)`);
  rows(
    `${k}_each`,
    `SELECT key AS k, value AS v FROM ${k}_each('{"a":"foo", "b":"bar", "c": null, "d": [1, 2], "a2": 1.0}') ORDER BY key`,
  );
  rows(
    `${k}_each natural order`,
    `SELECT key AS k, n AS n FROM ${k}_each('{"bb":1,"a":2,"ccc":3,"b":4}') WITH ORDINALITY AS e(key, value, n) ORDER BY n`,
  );
  rows(
    `${k}_each duplicate keys`,
    `SELECT key AS k, value::text AS v FROM ${k}_each('{"a":1,"a":2}') ORDER BY key, v`,
  );
  rows(
    `${k}_each_text`,
    `SELECT key AS k, value AS v FROM ${k}_each_text('{"a":"foo", "b":"bar", "n": null, "o": {"x" : 1}}') ORDER BY key`,
  );
  q(`${k}_each on array fails`, `count(*) FROM ${k}_each('[1]')`);
  q(`${k}_each_text on scalar fails`, `count(*) FROM ${k}_each_text('"x"')`);
  q(`${k}_extract_path`, `${k}_extract_path('{"f2":{"f3":1},"f4":{"f5":99,"f6":"foo"}}', 'f4', 'f6')`);
  q(`${k}_extract_path array index`, `${k}_extract_path('{"a":[10,20]}', 'a', '1')`);
  q(`${k}_extract_path negative index`, `${k}_extract_path('{"a":[10,20]}', 'a', '-1')`);
  q(`${k}_extract_path bad index`, `${k}_extract_path('{"a":[10,20]}', 'a', 'x')`);
  q(`${k}_extract_path no path`, `${k}_extract_path('{"a":1}')`);
  q(`${k}_extract_path null element`, `${k}_extract_path('{"a":1}', NULL)`);
  q(`${k}_extract_path variadic`, `${k}_extract_path('{"a":{"b":2}}', VARIADIC ARRAY['a','b'])`);
  q(
    `${k}_extract_path_text`,
    `${k}_extract_path_text('{"f2":{"f3":1},"f4":{"f5":99,"f6":"foo"}}', 'f4', 'f6')`,
  );
  q(`${k}_extract_path_text object`, `${k}_extract_path_text('{"f2":{"f3" : 1}}', 'f2')`);
  q(`${k}_extract_path_text null value`, `${k}_extract_path_text('{"a":null}', 'a')`);
  rows(
    `${k}_object_keys`,
    `SELECT k AS k FROM ${k}_object_keys('{"f1":"abc","f2":{"f3":"a", "f4":"b"}, "a": 1}') WITH ORDINALITY AS e(k, n) ORDER BY n`,
  );
  rows(
    `${k}_object_keys duplicates`,
    `SELECT k AS k FROM ${k}_object_keys('{"b":1,"a":1,"b":2}') WITH ORDINALITY AS e(k, n) ORDER BY n`,
  );
  q(`${k}_object_keys array fails`, `count(*) FROM ${k}_object_keys('[1]')`);
  q(`${k}_object_keys scalar fails`, `count(*) FROM ${k}_object_keys('1')`);
  q(
    `${k}_typeof all`,
    `ARRAY[${k}_typeof('1'), ${k}_typeof('"a"'), ${k}_typeof('true'), ${k}_typeof('null'), ${k}_typeof('[]'), ${k}_typeof('{}'), ${k}_typeof('-1.5e3')]`,
  );
  q(`${k}_typeof SQL null`, `${k}_typeof(NULL) IS NULL`);
  q(`${k}_typeof of missing key`, `${k}_typeof('{"a":1}'::${k} -> 'b') IS NULL`);
  q(`${k}_strip_nulls`, `${k}_strip_nulls('[{"f1":1, "f2":null}, 2, null, 3, {"a": {"b": null}}]')`);
  q(`${k}_strip_nulls top null`, `${k}_strip_nulls('null')`);
  q(`${k}_strip_nulls object`, `${k}_strip_nulls('{"a":null,"b":{"c":null,"d":1},"e":[null]}')`);
  rows(
    `${k}_populate_record`,
    `SELECT a AS a, b AS b, c AS c FROM ${k}_populate_record(null::r17j_pr, '{"a": 1, "b": ["2", "a b"], "c": {"d": 4, "e": "a b c"}, "x": "foo"}')`,
    `CREATE TYPE r17j_sub AS (d int, e text); CREATE TYPE r17j_pr AS (a int, b text[], c r17j_sub)`,
  );
  rows(
    `${k}_populate_record base values`,
    `SELECT a AS a, b AS b FROM ${k}_populate_record(row(9, 'keep')::r17j_pr2, '{"a": 2}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record null json value`,
    `SELECT a AS a, b AS b FROM ${k}_populate_record(row(9, 'keep')::r17j_pr2, '{"a": null}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record bad int`,
    `SELECT a AS a FROM ${k}_populate_record(null::r17j_pr2, '{"a": "x"}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record float into int`,
    `SELECT a AS a FROM ${k}_populate_record(null::r17j_pr2, '{"a": 1.5}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record object into text`,
    `SELECT b AS b FROM ${k}_populate_record(null::r17j_pr2, '{"b": {"x": [1, 2]}}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record string into text`,
    `SELECT b AS b FROM ${k}_populate_record(null::r17j_pr2, '{"b": "q\\"x"}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record bool into text`,
    `SELECT b AS b FROM ${k}_populate_record(null::r17j_pr2, '{"b": true}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record on array fails`,
    `SELECT a AS a FROM ${k}_populate_record(null::r17j_pr2, '[1]')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_record table type`,
    `SELECT id AS id, name AS name FROM ${k}_populate_record(null::r17j_t, '{"id": 3, "name": "n"}')`,
    `CREATE TABLE r17j_t (id int, name text)`,
  );
  rows(
    `${k}_populate_recordset`,
    `SELECT a AS a, b AS b FROM ${k}_populate_recordset(null::r17j_pr2, '[{"a":1,"b":"x"},{"a":3,"b":null},{"b":"only"}]') WITH ORDINALITY AS e(a, b, n) ORDER BY n`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_recordset object fails`,
    `SELECT a AS a FROM ${k}_populate_recordset(null::r17j_pr2, '{"a":1}')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_populate_recordset scalar element fails`,
    `SELECT a AS a FROM ${k}_populate_recordset(null::r17j_pr2, '[1]')`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_to_record`,
    `SELECT a AS a, b AS b, c AS c, d AS d, r AS r FROM ${k}_to_record('{"a":1,"b":[1,2,3],"c":[1,2,3],"e":"bar","r": {"a": 123, "b": "a b c"}}') AS x(a int, b text, c int[], d text, r r17j_pr2)`,
    `CREATE TYPE r17j_pr2 AS (a int, b text)`,
  );
  rows(
    `${k}_to_record numeric`,
    `SELECT a AS a, b AS b FROM ${k}_to_record('{"a":1.50,"b":"2024-01-02"}') AS x(a numeric, b date)`,
  );
  rows(`${k}_to_record int array bad`, `SELECT a AS a FROM ${k}_to_record('{"a":[1,"x"]}') AS x(a int[])`);
  rows(
    `${k}_to_record nested array`,
    `SELECT a AS a FROM ${k}_to_record('{"a":[[1,2],[3,4]]}') AS x(a int[])`,
  );
  rows(`${k}_to_record ragged array`, `SELECT a AS a FROM ${k}_to_record('{"a":[[1,2],[3]]}') AS x(a int[])`);
  rows(
    `${k}_to_record json column`,
    `SELECT a AS a, b AS b FROM ${k}_to_record('{"a":{"x":  1},"b":[1, 2]}') AS x(a json, b jsonb)`,
  );
  rows(`${k}_to_record bool`, `SELECT a AS a FROM ${k}_to_record('{"a":true}') AS x(a boolean)`);
  rows(`${k}_to_record text from number`, `SELECT a AS a FROM ${k}_to_record('{"a":1.0e2}') AS x(a text)`);
  rows(`${k}_to_record missing column def`, `SELECT * FROM ${k}_to_record('{"a":1}')`);
  rows(
    `${k}_to_recordset`,
    `SELECT a AS a, b AS b FROM ${k}_to_recordset('[{"a":1,"b":"foo"}, {"a":"2","c":"bar"}]') WITH ORDINALITY AS x(a int, b text, n) ORDER BY n`,
  );
  rows(`${k}_to_recordset empty`, `SELECT count(*) AS n FROM ${k}_to_recordset('[]') AS x(a int)`);
  rows(`${k}_to_recordset null elements`, `SELECT a AS a FROM ${k}_to_recordset('[null]') AS x(a int)`);
}
q('jsonb_pretty', `jsonb_pretty('[{"f1":1,"f2":null}, 2]')`);
q('jsonb_pretty empty containers', `jsonb_pretty('{"a":{},"b":[]}')`);
q('jsonb_pretty scalar', `jsonb_pretty('"x"')`);
q('jsonb_pretty nested', `jsonb_pretty('{"a":{"b":[1,{"c":true}]}}')`);
q('jsonb_pretty on json fails', `jsonb_pretty('[1]'::json)`);
q('jsonb_set', `jsonb_set('[{"f1":1,"f2":null},2,null,3]', '{0,f1}', '[2,3,4]', false)`);
q('jsonb_set create', `jsonb_set('[{"f1":1,"f2":null},2]', '{0,f3}', '[2,3,4]')`);
q('jsonb_set no create', `jsonb_set('{"a":1}', '{b}', '2', false)`);
q('jsonb_set append past end', `jsonb_set('[1,2]', '{9}', '3')`);
q('jsonb_set prepend negative', `jsonb_set('[1,2]', '{-9}', '0')`);
q('jsonb_set negative index replace', `jsonb_set('[1,2]', '{-1}', '0')`);
q('jsonb_set missing intermediate', `jsonb_set('{"a":{}}', '{a,b,c}', '1')`);
q('jsonb_set null new value', `jsonb_set('{"a":1}', '{a}', NULL)`);
q('jsonb_set null path', `jsonb_set('{"a":1}', NULL, '1')`);
q('jsonb_set scalar target', `jsonb_set('1', '{a}', '2')`);
q('jsonb_set empty path', `jsonb_set('{"a":1}', '{}', '2')`);
q('jsonb_set bad array index', `jsonb_set('[1]', '{x}', '2')`);
q('jsonb_set null path element', `jsonb_set('{"a":1}', ARRAY['a', NULL], '2')`);
q('jsonb_set through scalar', `jsonb_set('{"a":1}', '{a,b}', '2')`);
q('jsonb_set nested object value', `jsonb_set('{"a":{"b":1}}', '{a}', '{"z":[1]}')`);
q('jsonb_set jsonb null value', `jsonb_set('{"a":1}', '{a}', 'null')`);
q('jsonb_set_lax default', `jsonb_set_lax('{"a":1,"b":2}', '{a}', NULL)`);
q('jsonb_set_lax delete_key', `jsonb_set_lax('[{"f1":99,"f2":null},2]', '{0,f3}', NULL, true, 'delete_key')`);
q(
  'jsonb_set_lax return_target',
  `jsonb_set_lax('[{"f1":99,"f2":null},2]', '{0,f1}', NULL, true, 'return_target')`,
);
q('jsonb_set_lax raise_exception', `jsonb_set_lax('{"a":1}', '{a}', NULL, true, 'raise_exception')`);
q('jsonb_set_lax use_json_null', `jsonb_set_lax('{"a":1}', '{a}', NULL, true, 'use_json_null')`);
q('jsonb_set_lax bad treatment', `jsonb_set_lax('{"a":1}', '{a}', NULL, true, 'nope')`);
q('jsonb_set_lax non null value', `jsonb_set_lax('{"a":1}', '{a}', '5')`);
q('jsonb_insert before', `jsonb_insert('{"a": [0,1,2]}', '{a, 1}', '"new_value"')`);
q('jsonb_insert after', `jsonb_insert('{"a": [0,1,2]}', '{a, 1}', '"new_value"', true)`);
q('jsonb_insert new key', `jsonb_insert('{"a": 1}', '{b}', '2')`);
q('jsonb_insert existing key fails', `jsonb_insert('{"a": 1}', '{a}', '2')`);
q('jsonb_insert past end', `jsonb_insert('[1,2]', '{10}', '3')`);
q('jsonb_insert negative', `jsonb_insert('[1,2]', '{-1}', '3')`);
q('jsonb_insert negative after', `jsonb_insert('[1,2]', '{-1}', '3', true)`);
q('jsonb_insert missing parent', `jsonb_insert('{"a":1}', '{x,y}', '3')`);
q('jsonb_insert scalar', `jsonb_insert('1', '{0}', '3')`);
q('json_strip_nulls keeps spacing', `json_strip_nulls('{ "a" : 1,  "b" : null }')`);
q('jsonb_strip_nulls array nulls kept', `jsonb_strip_nulls('[null, {"a": null}]')`);
q(
  'json_array_elements keeps text',
  `(SELECT string_agg(e::text, '|' ORDER BY n) FROM json_array_elements('[ 1 ,  {"a" : 1} ]') WITH ORDINALITY AS x(e, n))`,
);
list.add('jsonb_array_elements in lateral join', [
  `CREATE TABLE r17j_l (id int, tags jsonb)`,
  `INSERT INTO r17j_l VALUES (1, '["a","b"]'), (2, '[]'), (3, '["c"]')`,
  `SELECT l.id AS id, t.tag AS tag FROM r17j_l l, jsonb_array_elements_text(l.tags) AS t(tag) ORDER BY id, tag`,
  `SELECT l.id AS id, t.tag AS tag FROM r17j_l l LEFT JOIN LATERAL jsonb_array_elements_text(l.tags) AS t(tag) ON true ORDER BY id, tag`,
]);
list.add('jsonb_each in lateral join', [
  `CREATE TABLE r17j_l (id int, attrs jsonb)`,
  `INSERT INTO r17j_l VALUES (1, '{"x":1,"y":"s"}'), (2, '{}')`,
  `SELECT l.id AS id, e.key AS k, e.value AS v FROM r17j_l l CROSS JOIN LATERAL jsonb_each(l.attrs) e ORDER BY id, k`,
]);
list.add('jsonb_to_recordset insert select', [
  `CREATE TABLE r17j_t (id int PRIMARY KEY, name text NOT NULL)`,
  {
    sql: `INSERT INTO r17j_t SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id int, name text) RETURNING id AS id, name AS name`,
    params: ['[{"id":1,"name":"a"},{"id":2,"name":"b"}]'],
  },
  {
    sql: `INSERT INTO r17j_t SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(id int, name text)`,
    params: ['[{"id":3}]'],
  },
]);
list.add('jsonb_populate_record update from json', [
  `CREATE TABLE r17j_t (id int PRIMARY KEY, name text, score int)`,
  `INSERT INTO r17j_t VALUES (1, 'a', 5)`,
  `UPDATE r17j_t SET (name, score) = (SELECT name, score FROM jsonb_populate_record(r17j_t, '{"score": 9}')) RETURNING id AS id, name AS name, score AS score`,
]);
list.add('jsonb_set in UPDATE', [
  `CREATE TABLE r17j_t (id int, j jsonb)`,
  `INSERT INTO r17j_t VALUES (1, '{"counter": 1}'), (2, NULL)`,
  `UPDATE r17j_t SET j = jsonb_set(j, '{counter}', to_jsonb((j->>'counter')::int + 1)) RETURNING id AS id, j AS j`,
]);
list.add('jsonb_set with coalesce', [
  `CREATE TABLE r17j_t (id int, j jsonb)`,
  `INSERT INTO r17j_t VALUES (1, NULL)`,
  `UPDATE r17j_t SET j = jsonb_set(coalesce(j, '{}'), '{a}', '"x"') RETURNING j AS j`,
]);
list.add('jsonb key removal in UPDATE', [
  `CREATE TABLE r17j_t (id int, j jsonb)`,
  `INSERT INTO r17j_t VALUES (1, '{"a":1,"b":2,"c":3}')`,
  `UPDATE r17j_t SET j = j - 'a' - '{b}'::text[] RETURNING j AS j`,
]);
list.add('jsonb merge in UPDATE with param', [
  `CREATE TABLE r17j_t (id int, j jsonb)`,
  `INSERT INTO r17j_t VALUES (1, '{"a":1,"b":2}')`,
  {
    sql: `UPDATE r17j_t SET j = j || $1::jsonb WHERE id = $2 RETURNING j AS j`,
    params: ['{"b":3,"c":[1]}', 1],
  },
]);

export default list.cases;
