// Round 17 probe, json part B: PostgreSQL 15 docs 9.16.1 tables 9.44 and 9.45, every json and jsonb
// operator, on json and jsonb, with NULLs, wrong types and edge cases.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

const doc = `'{"a":{"b":["x",{"c":1.50}]},"n":null,"s":"str","i":7,"t":true,"arr":[1,[2,3],{"k":"v"}]}'`;
for (const kind of ['json', 'jsonb']) {
  const d = `${doc}::${kind}`;
  const k = kind;
  q(`${k} -> key`, `${d} -> 'a'`);
  q(`${k} -> missing key`, `${d} -> 'zz'`);
  q(`${k} -> null value`, `${d} -> 'n'`);
  q(`${k} ->> null value`, `${d} ->> 'n'`);
  q(`${k} ->> string`, `${d} ->> 's'`);
  q(`${k} ->> number`, `${d} ->> 'i'`);
  q(`${k} ->> bool`, `${d} ->> 't'`);
  q(`${k} ->> object`, `${d} ->> 'a'`);
  q(`${k} ->> array`, `${d} ->> 'arr'`);
  q(`${k} -> array index`, `${d} -> 'arr' -> 1`);
  q(`${k} -> negative index`, `${d} -> 'arr' -> -1`);
  q(`${k} -> negative past start`, `${d} -> 'arr' -> -9`);
  q(`${k} -> index past end`, `${d} -> 'arr' -> 3`);
  q(`${k} -> key on array`, `${d} -> 'arr' -> 'k'`);
  q(`${k} -> index on object`, `${d} -> 0`);
  q(`${k} -> on scalar`, `${d} -> 'i' -> 'x'`);
  q(`${k} -> null key`, `${d} -> NULL::text`);
  q(`${k} -> chain numeric`, `${d} -> 'a' -> 'b' -> 1 -> 'c'`);
  q(`${k} ->> chain numeric keeps scale`, `${d} -> 'a' -> 'b' -> 1 ->> 'c'`);
  q(`${k} #> path`, `${d} #> '{a,b,1}'`);
  q(`${k} #> empty path`, `${d} #> '{}'`);
  q(`${k} #> missing`, `${d} #> '{a,zz}'`);
  q(`${k} #> negative index`, `${d} #> '{arr,-1,k}'`);
  q(`${k} #> non integer on array`, `${d} #> '{arr,x}'`);
  q(`${k} #> null element`, `${d} #> ARRAY['a', NULL]`);
  q(`${k} #>> path`, `${d} #>> '{a,b,0}'`);
  q(`${k} #>> empty path`, `${d} #>> '{}'`);
  q(`${k} #>> to object`, `${d} #>> '{arr,2}'`);
  q(`${k} #>> to null`, `${d} #>> '{n}'`);
  q(`${k} #> bad array literal`, `${d} #> 'a,b'`);
  q(`${k} #> text param`, `${d} #> ARRAY['arr','1','0']`);
  q(`${k} -> type`, `pg_typeof(${d} -> 'a')::text`);
  q(`${k} ->> type`, `pg_typeof(${d} ->> 'a')::text`);
  q(`${k} ->> on scalar string top`, `'"x"'::${k} ->> 0`);
  q(`${k} -> on top scalar`, `'5'::${k} -> 0`);
  q(`${k} ->> escaped string`, `'{"a":"q\\"uote"}'::${k} ->> 'a'`);
  q(`${k} -> int on object with numeric key`, `'{"0":1}'::${k} -> 0`);
  q(`${k} -> bigint index`, `'[1]'::${k} -> 3000000000::bigint`);
}
q('json -> duplicate key picks last', `'{"a":1,"a":2}'::json -> 'a'`);
q('jsonb -> duplicate key picks last', `'{"a":1,"a":2}'::jsonb -> 'a'`);
q('json -> keeps nested spacing', `'{"a": { "x" :  1 }}'::json -> 'a'`);
q('json ->> keeps nested spacing', `'{"a": [ 1,  2 ]}'::json ->> 'a'`);
q('json ->> number as written', `'{"a": 1.500e1}'::json ->> 'a'`);
q('jsonb ->> number as written', `'{"a": 1.500e1}'::jsonb ->> 'a'`);
q('json #> keeps original text', `'{"a": {"b" : [1 , 2]}}'::json #> '{a,b}'`);

// ---------------------------------------------------------------- jsonb-only operators (table 9.45)
const bin: [string, string][] = [
  ['@> object subset', `'{"a":1, "b":2}'::jsonb @> '{"b":2}'::jsonb`],
  ['@> nested', `'{"a":{"b":1,"c":2}}'::jsonb @> '{"a":{"b":1}}'`],
  ['@> array subset any order', `'[1,2,3]'::jsonb @> '[3,1]'`],
  ['@> array duplicates', `'[1,2]'::jsonb @> '[1,1,1]'`],
  ['@> array contains scalar', `'["foo","bar"]'::jsonb @> '"foo"'`],
  ['@> scalar does not contain array', `'"foo"'::jsonb @> '["foo"]'`],
  ['@> nested array flat', `'[1,2,[1,3]]'::jsonb @> '[1,3]'`],
  ['@> nested array nested', `'[1,2,[1,3]]'::jsonb @> '[[1,3]]'`],
  ['@> object not in array', `'{"foo":{"bar":"baz"}}'::jsonb @> '{"bar":"baz"}'`],
  ['@> empty object', `'{"a":1}'::jsonb @> '{}'`],
  ['@> empty array in object', `'{"a":[1]}'::jsonb @> '{"a":[]}'`],
  ['@> empty array in scalar', `'1'::jsonb @> '[]'`],
  ['@> scalar equal', `'1'::jsonb @> '1'`],
  ['@> numeric scale', `'[1.0]'::jsonb @> '[1]'`],
  ['@> null', `'[null]'::jsonb @> '[null]'`],
  ['@> null object value', `'{"a":null}'::jsonb @> '{"a":null}'`],
  ['@> array of objects', `'[{"a":1,"b":2},{"c":3}]'::jsonb @> '[{"a":1}]'`],
  ['@> array vs object', `'[]'::jsonb @> '{}'`],
  ['@> object vs array', `'{}'::jsonb @> '[]'`],
  ['<@ subset', `'{"b":2}'::jsonb <@ '{"a":1, "b":2}'::jsonb`],
  ['<@ not subset', `'{"b":3}'::jsonb <@ '{"a":1, "b":2}'`],
  ['@> null operand', `'{"a":1}'::jsonb @> NULL`],
  ['? key', `'{"a":1, "b":2}'::jsonb ? 'b'`],
  ['? array string element', `'["a", "b", "c"]'::jsonb ? 'b'`],
  ['? array number element', `'[1,2]'::jsonb ? '1'`],
  ['? nested key not found', `'{"a":{"b":1}}'::jsonb ? 'b'`],
  ['? scalar string', `'"foo"'::jsonb ? 'foo'`],
  ['? null value key exists', `'{"a":null}'::jsonb ? 'a'`],
  ['? empty key', `'{"":1}'::jsonb ? ''`],
  ['?| any', `'{"a":1, "b":2, "c":3}'::jsonb ?| array['b', 'd']`],
  ['?| none', `'{"a":1}'::jsonb ?| array['x', 'y']`],
  ['?| empty array', `'{"a":1}'::jsonb ?| array[]::text[]`],
  ['?| with null element', `'{"a":1}'::jsonb ?| array[NULL, 'a']`],
  ['?& all', `'["a", "b", "c"]'::jsonb ?& array['a', 'b']`],
  ['?& missing', `'["a", "b"]'::jsonb ?& array['a', 'z']`],
  ['?& empty array', `'{}'::jsonb ?& array[]::text[]`],
  ['?& with null element', `'{"a":1}'::jsonb ?& array['a', NULL]`],
  ['|| arrays', `'["a", "b"]'::jsonb || '["a", "d"]'::jsonb`],
  ['|| objects', `'{"a": "b"}'::jsonb || '{"c": "d"}'::jsonb`],
  ['|| object override shallow', `'{"a":{"x":1}}'::jsonb || '{"a":{"y":2}}'`],
  ['|| array and scalar', `'[1, 2]'::jsonb || '3'::jsonb`],
  ['|| object and scalar', `'{"a": "b"}'::jsonb || '42'::jsonb`],
  ['|| scalars', `'1'::jsonb || '2'::jsonb`],
  ['|| array nest', `'[1, 2]'::jsonb || jsonb_build_array('[3, 4]'::jsonb)`],
  ['|| object and array', `'{"a":1}'::jsonb || '[2]'::jsonb`],
  ['|| null', `'[1]'::jsonb || NULL::jsonb`],
  ['|| json not defined', `'[1]'::json || '[2]'::json`],
  ['|| jsonb and text', `'[1]'::jsonb || 'x'::text`],
  ['|| jsonb and unknown literal', `'[1]'::jsonb || '[2]'`],
  ['- key', `'{"a": "b", "c": "d"}'::jsonb - 'a'`],
  ['- missing key', `'{"a": "b"}'::jsonb - 'z'`],
  ['- string from array', `'["a", "b", "b"]'::jsonb - 'b'`],
  ['- number string not from array', `'[1, "1"]'::jsonb - '1'`],
  ['- keys array', `'{"a": "b", "c": "d"}'::jsonb - '{a,c}'::text[]`],
  ['- index', `'["a", "b"]'::jsonb - 1`],
  ['- negative index', `'["a", "b"]'::jsonb - -1`],
  ['- index past end', `'["a", "b"]'::jsonb - 5`],
  ['- index on object fails', `'{"a":1}'::jsonb - 0`],
  ['- key on scalar fails', `'1'::jsonb - 'a'`],
  ['- index on scalar fails', `'"x"'::jsonb - 0`],
  ['- keys on array', `'["a","b","c"]'::jsonb - '{a,c}'::text[]`],
  ['- empty keys', `'{"a":1}'::jsonb - '{}'::text[]`],
  ['#- path', `'["a", {"b":1}]'::jsonb #- '{1,b}'`],
  ['#- top key', `'{"a":1,"b":2}'::jsonb #- '{a}'`],
  ['#- missing path', `'{"a":1}'::jsonb #- '{x,y}'`],
  ['#- negative index', `'[1,2,3]'::jsonb #- '{-1}'`],
  ['#- non integer on array', `'[1,2,3]'::jsonb #- '{x}'`],
  ['#- scalar fails', `'1'::jsonb #- '{a}'`],
  ['#- empty path', `'{"a":1}'::jsonb #- '{}'`],
  ['#- null element', `'{"a":1}'::jsonb #- ARRAY[NULL]`],
  ['@? path exists', `'{"a":[1,2,3,4,5]}'::jsonb @? '$.a[*] ? (@ > 2)'`],
  ['@? no match', `'{"a":[1,2]}'::jsonb @? '$.a[*] ? (@ > 2)'`],
  ['@? strict missing key', `'{"a":1}'::jsonb @? 'strict $.b'`],
  ['@? lax missing key', `'{"a":1}'::jsonb @? '$.b'`],
  ['@@ predicate', `'{"a":[1,2,3,4,5]}'::jsonb @@ '$.a[*] > 2'`],
  ['@@ non boolean result', `'{"a":1}'::jsonb @@ '$.a'`],
  ['@@ null result on error', `'{"a":"x"}'::jsonb @@ '$.a > 1'`],
  ['@@ strict error', `'{"a":1}'::jsonb @@ 'strict $.b == 1'`],
  ['@@ exists', `'{"a":1}'::jsonb @@ 'exists($.a)'`],
  ['@? on json fails', `'{"a":1}'::json @? '$.a'`],
  ['? on json fails', `'{"a":1}'::json ? 'a'`],
  ['@> on json fails', `'{"a":1}'::json @> '{"a":1}'`],
  ['- on json fails', `'{"a":1}'::json - 'a'`],
];
for (const [name, expr] of bin) q(`jsonb ${name}`, expr);

list.add('jsonb @> in WHERE with index', [
  `CREATE TABLE r17j_g (id int, j jsonb)`,
  `CREATE INDEX r17j_g_idx ON r17j_g USING gin (j)`,
  `INSERT INTO r17j_g VALUES (1, '{"tags":["a","b"],"n":1}'), (2, '{"tags":["b"]}'), (3, '{"n":1.0}')`,
  `SELECT id AS id FROM r17j_g WHERE j @> '{"tags":["b"]}' ORDER BY id`,
  `SELECT id AS id FROM r17j_g WHERE j @> '{"n":1}' ORDER BY id`,
  `SELECT id AS id FROM r17j_g WHERE j ? 'n' ORDER BY id`,
  `SELECT id AS id FROM r17j_g WHERE j ?| '{tags,zz}' ORDER BY id`,
]);
list.add('jsonb jsonb_path_ops index', [
  `CREATE TABLE r17j_g (id int, j jsonb)`,
  `CREATE INDEX r17j_g_idx ON r17j_g USING gin (j jsonb_path_ops)`,
  `INSERT INTO r17j_g VALUES (1, '{"a":{"b":1}}'), (2, '{"a":{"b":2}}')`,
  `SELECT id AS id FROM r17j_g WHERE j @> '{"a":{"b":2}}' ORDER BY id`,
  `SELECT id AS id FROM r17j_g WHERE j @? '$.a.b ? (@ == 1)' ORDER BY id`,
]);
list.add('jsonb ->> in WHERE and ORDER BY', [
  `CREATE TABLE r17j_w (id int, j jsonb)`,
  `INSERT INTO r17j_w VALUES (1, '{"name":"b","age":30}'), (2, '{"name":"a","age":4}'), (3, '{"name":null}'), (4, '{}')`,
  `SELECT id AS id, j->>'name' AS name FROM r17j_w ORDER BY j->>'name' NULLS FIRST, id`,
  `SELECT id AS id FROM r17j_w WHERE (j->>'age')::int > 5 ORDER BY id`,
  `SELECT id AS id FROM r17j_w WHERE j->'age' > '5' ORDER BY id`,
  `SELECT id AS id FROM r17j_w WHERE j->>'name' IS NULL ORDER BY id`,
  `SELECT id AS id FROM r17j_w WHERE j->'name' = 'null' ORDER BY id`,
]);
list.add('jsonb expression index on ->>', [
  `CREATE TABLE r17j_x (id int, j jsonb)`,
  `CREATE UNIQUE INDEX r17j_x_email ON r17j_x ((j->>'email'))`,
  `INSERT INTO r17j_x VALUES (1, '{"email":"a@x"}')`,
  `INSERT INTO r17j_x VALUES (2, '{"email":"a@x","other":1}')`,
]);
list.params('jsonb -> with parameter key', `SELECT $1::jsonb -> $2 AS v`, ['{"a":[1]}', 'a']);
list.params('jsonb ->> with parameter int', `SELECT $1::jsonb ->> $2::int AS v`, ['[5,6]', '1']);
list.params('jsonb #> with parameter path', `SELECT $1::jsonb #> $2 AS v`, ['{"a":{"b":2}}', '{a,b}']);
list.params('jsonb ? with parameter', `SELECT $1::jsonb ? $2 AS v`, ['{"a":1}', 'a']);
list.params('jsonb @> with parameter', `SELECT $1::jsonb @> $2 AS v`, ['{"a":1,"b":2}', '{"a":1}']);
list.params('jsonb || with parameter', `SELECT $1::jsonb || $2 AS v`, ['{"a":1}', '{"b":2}']);
list.params('jsonb - with text array parameter', `SELECT $1::jsonb - $2::text[] AS v`, [
  '{"a":1,"b":2}',
  '{a}',
]);
list.params('jsonb ?| with array parameter', `SELECT $1::jsonb ?| $2 AS v`, ['{"a":1}', '{x,a}']);
q('jsonb operator precedence -> and =', `'{"a":1}'::jsonb -> 'a' = '1'`);
q('jsonb operator ->> concatenation', `'{"a":"x"}'::jsonb ->> 'a' || 'y'`);
q('jsonb operator ->> compare int fails', `'{"a":"1"}'::jsonb ->> 'a' = 1`);
q('jsonb -> compare to text fails', `'{"a":"x"}'::jsonb -> 'a' = 'x'::text`);

export default list.cases;
