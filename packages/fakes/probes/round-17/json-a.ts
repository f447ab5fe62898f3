// Round 17 probe, json part A: PostgreSQL 15 docs 8.14.1-8.14.4 (json vs jsonb input and output,
// numeric precision, duplicate keys, unicode escapes), jsonb equality, ordering and hashing (8.14.4),
// jsonb subscripting (8.14.5). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

// ---------------------------------------------------------------- 8.14.1 input and output
const inputs: [string, string][] = [
  ['number', `'5'`],
  ['negative number', `'-5'`],
  ['decimal', `'1.50'`],
  ['exponent', `'1e2'`],
  ['exponent upper', `'1E+2'`],
  ['exponent negative', `'1.5e-3'`],
  ['big integer', `'123456789012345678901234567890'`],
  ['long decimal', `'0.1000000000000000000000000001'`],
  ['minus zero', `'-0'`],
  ['minus zero decimal', `'-0.0'`],
  ['string', `'"abc"'`],
  ['true', `'true'`],
  ['false', `'false'`],
  ['null', `'null'`],
  ['empty array', `'[]'`],
  ['empty object', `'{}'`],
  ['array', `'[1, 2, "foo", null]'`],
  ['object', `'{"bar": "baz", "balance": 7.77, "active": false}'`],
  ['nested', `'{"foo": [true, "bar"], "tags": {"a": 1, "b": null}}'`],
  ['whitespace', `'  { "a" :  1 ,"b":[ 1 ,2 ] }  '`],
  ['newlines', `E'{\\n"a":\\n1\\n}'`],
  ['tab', `E'[1,\\t2]'`],
  ['duplicate keys', `'{"a":1,"b":2,"a":3}'`],
  ['duplicate keys nested', `'{"x":{"k":1,"k":2}}'`],
  ['key order', `'{"bb":1,"a":2,"ccc":3,"aa":4}'`],
  ['unicode escape', `'"\\u00e9"'`],
  ['unicode escape in key', `'{"\\u0041":1}'`],
  ['surrogate pair', `'"\\ud83d\\ude00"'`],
  ['escaped quote', `'"a\\"b"'`],
  ['escaped backslash', `'"a\\\\b"'`],
  ['escaped slash', `'"a\\/b"'`],
  ['escaped controls', `'"\\b\\f\\n\\r\\t"'`],
  ['utf8 literal', `'"héllo ✓"'`],
  ['deep array', `'[[[[[1]]]]]'`],
];
for (const [name, literal] of inputs) {
  q(`json input ${name}`, `${literal}::json`);
  q(`jsonb input ${name}`, `${literal}::jsonb`);
}
const badInputs: [string, string][] = [
  ['empty', `''`],
  ['blank', `'  '`],
  ['trailing comma array', `'[1,2,]'`],
  ['trailing comma object', `'{"a":1,}'`],
  ['single quotes', `'{''a'':1}'`],
  ['unquoted key', `'{a:1}'`],
  ['leading plus', `'+1'`],
  ['leading dot', `'.5'`],
  ['trailing dot', `'5.'`],
  ['leading zeros', `'01'`],
  ['NaN', `'NaN'`],
  ['Infinity', `'Infinity'`],
  ['hex', `'0x10'`],
  ['TRUE upper', `'TRUE'`],
  ['two values', `'1 2'`],
  ['unterminated string', `'"abc'`],
  ['unterminated array', `'[1,2'`],
  ['bad escape', `'"\\x41"'`],
  ['short unicode escape', `'"\\u12"'`],
  ['lone high surrogate', `'"\\ud83d"'`],
  ['lone low surrogate', `'"\\ude00"'`],
  ['raw newline in string', `E'"a\\nb"'`],
  ['comment', `'[1] // c'`],
  ['missing colon', `'{"a" 1}'`],
  ['array as key', `'{[1]:2}'`],
];
for (const [name, literal] of badInputs) {
  q(`json bad input ${name}`, `${literal}::json`);
  q(`jsonb bad input ${name}`, `${literal}::jsonb`);
}
q('json \\u0000 accepted as json', `'"a\\u0000b"'::json`);
q('jsonb \\u0000 rejected', `'"a\\u0000b"'::jsonb`);
q('json \\u0000 ->> fails', `'{"a":"x\\u0000"}'::json ->> 'a'`);
q('jsonb \\u0000 in key rejected', `'{"\\u0000":1}'::jsonb`);
q('json \\u0000 text is kept', `('"\\u0000"'::json)::text`);
q('json unicode escape ->> decoded', `'{"a":"\\u00e9"}'::json ->> 'a'`);
q('jsonb unicode escape ->> decoded', `'{"a":"\\u00e9"}'::jsonb ->> 'a'`);
q('json escaped ->> decoded', `'{"a":"x\\ny"}'::json ->> 'a'`);
q('jsonb escaped output re-escaped', `'"x\\u000ay"'::jsonb`);
q('jsonb control char escaped as u', `'"\\u0001"'::jsonb`);
q('jsonb del char kept', `'"\\u007f"'::jsonb`);
q('jsonb slash escape dropped', `'"\\/"'::jsonb`);
q('jsonb numeric keeps trailing zeros', `'[1.0, 1.00, 100e-2]'::jsonb`);
q('jsonb numeric huge exponent', `'1e1000'::jsonb`);
q('json numeric huge exponent', `'1e1000'::json`);
q('jsonb numeric tiny exponent', `'1e-30'::jsonb`);
q('jsonb number precision beyond double', `'12345678901234567890.12345678901234567890'::jsonb`);
q('jsonb number equals different scale', `'1.0'::jsonb = '1'::jsonb`);
q('jsonb number equals exponent form', `'1e2'::jsonb = '100'::jsonb`);
q('jsonb arrays equal scale', `'[1.0]'::jsonb = '[1]'::jsonb`);
q('jsonb number into numeric', `('1.50'::jsonb)::numeric`);
q('jsonb number into int', `('12'::jsonb)::int`);
q('jsonb number into int rounds', `('12.5'::jsonb)::int`);
q('jsonb number into float8', `('0.1'::jsonb)::float8`);
q('jsonb number into bigint', `('9223372036854775807'::jsonb)::bigint`);
q('jsonb number into bigint overflow', `('9223372036854775808'::jsonb)::bigint`);
q('jsonb string into int fails', `('"12"'::jsonb)::int`);
q('jsonb bool into boolean', `('true'::jsonb)::boolean`);
q('jsonb number into boolean fails', `('1'::jsonb)::boolean`);
q('jsonb null into int', `('null'::jsonb)::int`);
q('jsonb object into numeric fails', `('{}'::jsonb)::numeric`);
q('jsonb array into text', `('[1,2]'::jsonb)::text`);
q('json into jsonb normalises', `'{"b":1, "a" : [1,  2]}'::json::jsonb`);
q('jsonb into json', `'{"b":1,"a":2}'::jsonb::json`);
q('json into int fails', `('1'::json)::int`);
q('text to jsonb cast', `('{"a":1}'::text)::jsonb`);
q('varchar to jsonb cast', `('[1]'::varchar)::jsonb`);
q('jsonb type name', `pg_typeof('1'::jsonb)::text`);
q('json type name', `pg_typeof('1'::json)::text`);
q('json equality not defined', `'1'::json = '1'::json`);
q('json distinct not possible', `count(DISTINCT x) FROM (VALUES ('1'::json)) s(x)`);
list.add('json column keeps text exactly', [
  `CREATE TABLE r17j_a (j json, b jsonb)`,
  `INSERT INTO r17j_a VALUES ('{ "b": 1,  "a":2, "a":3 }', '{ "b": 1,  "a":2, "a":3 }')`,
  `SELECT j::text AS j, b::text AS b FROM r17j_a`,
]);
list.params('jsonb parameter text', `SELECT $1::jsonb AS v`, ['{"z":1,"a":[true,null]}']);
list.params('json parameter text', `SELECT $1::json AS v`, ['{"z":1,  "a":[true,null]}']);
list.params('jsonb parameter bad', `SELECT $1::jsonb AS v`, ['{bad']);
list.params('jsonb parameter number text', `SELECT $1::jsonb AS v`, ['1.000']);
list.params(
  'jsonb parameter into column',
  `INSERT INTO r17j_p VALUES ($1) RETURNING j AS v`,
  ['[1, {"b":2,"a":1}]'],
  `CREATE TABLE r17j_p (j jsonb)`,
);

// ---------------------------------------------------------------- 8.14.3 / 8.14.4 containment, equality, ordering
const cmp: [string, string, string][] = [
  ['object key order', `'{"a":1,"b":2}'`, `'{"b":2,"a":1}'`],
  ['array order matters', `'[1,2]'`, `'[2,1]'`],
  ['string vs number', `'"1"'`, `'1'`],
  ['null vs null', `'null'`, `'null'`],
  ['true vs false', `'true'`, `'false'`],
  ['empty object vs empty array', `'{}'`, `'[]'`],
  ['short vs long array', `'[1,2,3]'`, `'[1,2]'`],
  ['object with more keys', `'{"a":1,"b":1}'`, `'{"c":0}'`],
  ['object same count', `'{"a":2}'`, `'{"b":1}'`],
  ['string collation', `'"a"'`, `'"B"'`],
  ['string length', `'"ab"'`, `'"b"'`],
  ['number vs bool', `'1'`, `'true'`],
  ['array vs object', `'[]'`, `'{}'`],
  ['scalar vs array', `'1'`, `'[1]'`],
  ['null vs string', `'null'`, `'""'`],
  ['nested arrays', `'[[1],2]'`, `'[[2],1]'`],
  ['numbers', `'10'`, `'9.5'`],
  ['object values', `'{"a":[1]}'`, `'{"a":{}}'`],
];
for (const [name, a, b] of cmp) {
  q(
    `jsonb compare ${name}`,
    `ARRAY[${a}::jsonb = ${b}::jsonb, ${a}::jsonb < ${b}::jsonb, ${a}::jsonb > ${b}::jsonb]`,
  );
}
list.add('jsonb ORDER BY mixed types', [
  `SELECT v::text AS v FROM (VALUES ('{"a":1}'::jsonb),('[1,2]'),('"x"'),('1'),('true'),('null'),('[]'),('{}'),('false'),('"a"'),('0.5'),('[1]'),('{"b":1,"a":2}')) t(v) ORDER BY v, v::text`,
]);
list.add('jsonb ORDER BY DESC', [
  `SELECT v AS v FROM (VALUES ('1'::jsonb),('"b"'),('[]'),('{}'),('null'),('true')) t(v) ORDER BY v DESC`,
]);
list.add('jsonb DISTINCT folds key order and scale', [
  `SELECT DISTINCT v AS v FROM (VALUES ('{"a":1,"b":2}'::jsonb),('{"b":2,"a":1}'),('1.0'),('1'),('1.00')) t(v) ORDER BY v`,
]);
list.add('jsonb GROUP BY folds equal values', [
  `SELECT v AS v, count(*) AS n FROM (VALUES ('{"a":1,"b":[1.0]}'::jsonb),('{"b":[1],"a":1}'),('[1,2]'),('[1,2]'),('2')) t(v) GROUP BY v ORDER BY v`,
]);
list.add('jsonb UNION dedups', [
  `SELECT '{"x":1, "y":2}'::jsonb AS v UNION SELECT '{"y":2,"x":1}'::jsonb ORDER BY 1`,
]);
list.add('jsonb min max', [
  `SELECT min(v) AS mn, max(v) AS mx FROM (VALUES ('1'::jsonb),('"a"'),('[1]'),('{}'),('null')) t(v)`,
]);
list.add('json GROUP BY fails', [`SELECT v::text AS v FROM (VALUES ('1'::json)) t(v) GROUP BY v`]);
list.add('json ORDER BY fails', [`SELECT v::text AS v FROM (VALUES ('1'::json)) t(v) ORDER BY v`]);
list.add('jsonb unique index duplicates', [
  `CREATE TABLE r17j_u (j jsonb UNIQUE)`,
  `INSERT INTO r17j_u VALUES ('{"a":1,"b":2}')`,
  `INSERT INTO r17j_u VALUES ('{"b":2,"a":1.0}')`,
]);
list.add('jsonb primary key lookup equal', [
  `CREATE TABLE r17j_pk (j jsonb PRIMARY KEY)`,
  `INSERT INTO r17j_pk VALUES ('[1.50]'),('{"a":null}')`,
  `SELECT j AS j FROM r17j_pk WHERE j = '[1.5]' OR j = '{"a": null}' ORDER BY j`,
]);
list.add('jsonb hash join equality', [
  `SELECT a.v AS av, b.v AS bv FROM (VALUES ('{"a":1.0}'::jsonb)) a(v) JOIN (VALUES ('{"a":1}'::jsonb)) b(v) ON a.v = b.v`,
]);
q('jsonb IN list equality', `'{"b":1,"a":2}'::jsonb IN ('{"a":2,"b":1}', '[]')`);
q('jsonb <> operator', `'[1]'::jsonb <> '[1.0]'::jsonb`);
q('jsonb <= >=', `ARRAY['1'::jsonb <= '2'::jsonb, '"a"'::jsonb >= '1'::jsonb]`);
q('jsonb compare string by collation', `'"a"'::jsonb < '"b"'::jsonb`);
q('jsonb compare key length first', `'{"aa":1}'::jsonb < '{"b":1}'::jsonb`);
q('jsonb btree compare function', `jsonb_cmp('1', '2')`);
q('jsonb hash equal', `jsonb_hash('{"a":1,"b":2}') = jsonb_hash('{"b":2,"a":1}')`);
q('jsonb hash number scales', `jsonb_hash('1.0') = jsonb_hash('1')`);

// ---------------------------------------------------------------- 8.14.5 subscripting
q('subscript key', `('{"a":{"b":1}}'::jsonb)['a']`);
q('subscript key chain', `('{"a":{"b":1}}'::jsonb)['a']['b']`);
q('subscript missing key', `('{"a":1}'::jsonb)['z']`);
q('subscript array index', `('[10,20,30]'::jsonb)[1]`);
q('subscript negative index', `('[10,20,30]'::jsonb)[-1]`);
q('subscript out of range', `('[10,20,30]'::jsonb)[5]`);
q('subscript array with text', `('[10,20,30]'::jsonb)['1']`);
q('subscript object with int', `('{"1":"x"}'::jsonb)[1]`);
q('subscript scalar', `('5'::jsonb)['a']`);
q('subscript null key', `('{"a":1}'::jsonb)[NULL]`);
q('subscript slice rejected', `('[1,2,3]'::jsonb)[1:2]`);
q('subscript type', `pg_typeof(('{"a":"x"}'::jsonb)['a'])::text`);
q('subscript string result quoted', `('{"a":"x"}'::jsonb)['a']`);
q('subscript compare to jsonb', `('{"a":"x"}'::jsonb)['a'] = '"x"'`);
q('subscript numeric key bad text', `('[1]'::jsonb)['x']`);
q('subscript json not allowed', `('{"a":1}'::json)['a']`);
q('subscript bool index', `('[1]'::jsonb)[true]`);
q('subscript float index', `('[1,2]'::jsonb)[1.0]`);
list.add('subscript in WHERE', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{"status":"on"}'), (2, '{"status":"off"}'), (3, '{}')`,
  `SELECT id AS id FROM r17j_s WHERE j['status'] = '"on"' ORDER BY id`,
]);
list.add('subscript UPDATE set key', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{"a":1}')`,
  `UPDATE r17j_s SET j['b'] = '2'`,
  `SELECT j AS j FROM r17j_s`,
]);
list.add('subscript UPDATE nested creates path', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{}')`,
  `UPDATE r17j_s SET j['a']['b']['c'] = '1'`,
  `SELECT j AS j FROM r17j_s`,
]);
list.add('subscript UPDATE array pads with nulls', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '[1]')`,
  `UPDATE r17j_s SET j[4] = '5'`,
  `SELECT j AS j FROM r17j_s`,
]);
list.add('subscript UPDATE negative index past start', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '[1,2]')`,
  `UPDATE r17j_s SET j[-5] = '0'`,
]);
list.add('subscript UPDATE null column', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, NULL)`,
  `UPDATE r17j_s SET j['a'] = '1'`,
  `SELECT j AS j FROM r17j_s`,
]);
list.add('subscript UPDATE jsonb null column value', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, 'null')`,
  `UPDATE r17j_s SET j['a'] = '1'`,
  `SELECT j AS j FROM r17j_s`,
]);
list.add('subscript UPDATE scalar fails', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '5')`,
  `UPDATE r17j_s SET j['a'] = '1'`,
]);
list.add('subscript UPDATE set null value', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{"a":1}')`,
  `UPDATE r17j_s SET j['a'] = NULL`,
  `SELECT j AS j FROM r17j_s`,
]);
list.add('subscript UPDATE through scalar fails', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{"a":1}')`,
  `UPDATE r17j_s SET j['a']['b'] = '1'`,
]);
list.add('subscript UPDATE array in object', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{"tags":["x","y"]}')`,
  `UPDATE r17j_s SET j['tags'][0] = '"z"' RETURNING j AS j`,
]);
list.add('subscript UPDATE with parameter', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{}')`,
  { sql: `UPDATE r17j_s SET j['k'] = to_jsonb($1::text) RETURNING j AS j`, params: ['v'] },
]);
list.add('subscript UPDATE two keys same statement', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s VALUES (1, '{}')`,
  `UPDATE r17j_s SET j['a'] = '1', j['b'] = '2' RETURNING j AS j`,
]);
list.add('subscript INSERT target', [
  `CREATE TABLE r17j_s (id int, j jsonb)`,
  `INSERT INTO r17j_s (id, j['a']) VALUES (1, '1') RETURNING j AS j`,
]);

export default list.cases;
