// Round 17 probe, json part E: PostgreSQL 15 docs 9.16.2 (the SQL/JSON path language) and the
// jsonb_path_* functions of table 9.48: strict and lax, accessors, filters, methods, datetime,
// like_regex, starts with, exists, arithmetic, errors.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

const gps = `'{"track":{"segments":[{"location":[47.763,13.4034],"start time":"2018-10-14 10:05:14","HR":73},{"location":[47.706,13.2635],"start time":"2018-10-14 10:39:21","HR":135}]}}'`;
const pa = (name: string, target: string, path: string, vars?: string) =>
  q(`path ${name}`, `jsonb_path_query_array(${target}, '${path}'${vars === undefined ? '' : `, '${vars}'`})`);

pa('segments', gps, '$.track.segments');
pa('locations', gps, '$.track.segments[*].location');
pa('first location', gps, '$.track.segments[0].location');
pa('last segment size', gps, '$.track.segments.size()');
pa('last index', gps, '$.track.segments[last].HR');
pa('filter HR', gps, '$.track.segments[*].HR ? (@ > 130)');
pa('filter start time', gps, '$.track.segments[*] ? (@.HR > 130)."start time"');
pa('filter nested', gps, '$.track.segments[*] ? (@.location[1] < 13.4) ? (@.HR > 130)."start time"');
pa('filter on key', gps, '$.track ? (exists(@.segments[*] ? (@.HR > 130))).segments.size()');
pa('quoted key', gps, '$.track.segments[*]."start time"');
pa('wildcard member', '\'{"a":1,"b":[2],"c":{"d":3}}\'', '$.*');
pa('recursive wildcard', '\'{"a":1,"b":[2],"c":{"d":3}}\'', '$.**');
pa('recursive level range', '\'{"a":{"b":{"c":1}}}\'', '$.**{2}');
pa('recursive levels to last', '\'{"a":{"b":{"c":1}}}\'', '$.**{1 to last}');
pa('recursive filter', '\'{"a":{"x":1},"b":[{"x":2}]}\'', '$.** ? (@.x > 0)');
pa('recursive strict filter', '\'{"a":{"x":1},"b":[{"x":2}]}\'', 'strict $.** ? (@.x > 0)');
pa('array slice', "'[0,1,2,3,4,5]'", '$[1 to 3]');
pa('array list', "'[0,1,2,3,4,5]'", '$[0, 2, last]');
pa('array last minus', "'[0,1,2,3,4,5]'", '$[last - 1]');
pa('array wildcard', '\'[0,[1],{"a":2}]\'', '$[*]');
pa('lax index out of range', "'[1,2]'", 'lax $[5]');
pa('strict index out of range', "'[1,2]'", 'strict $[5]');
pa('lax index on object wraps', '\'{"a":1}\'', 'lax $[0]');
pa('strict index on object', '\'{"a":1}\'', 'strict $[0]');
pa('lax member on array unwraps', '\'[{"a":1},{"a":2}]\'', 'lax $.a');
pa('strict member on array', '\'[{"a":1},{"a":2}]\'', 'strict $.a');
pa('lax missing member', '\'{"a":1}\'', 'lax $.b');
pa('strict missing member', '\'{"a":1}\'', 'strict $.b');
pa('strict wildcard on scalar', "'1'", 'strict $.*');
pa('lax wildcard array on scalar', "'1'", 'lax $[*]');
pa('strict wildcard array on scalar', "'1'", 'strict $[*]');
pa('variables', '\'{"a":[1,2,3,4]}\'', '$.a[*] ? (@ >= $min && @ <= $max)', '{"min":2,"max":3}');
pa('missing variable', "'[1]'", '$[*] ? (@ > $x)', '{}');
pa('variable not object', "'[1]'", '$[*] ? (@ > $x)', '[1]');
pa('root in filter', '\'{"a":[1,5],"m":3}\'', '$.a[*] ? (@ > $.m)');
pa('arithmetic', '\'{"a":7,"b":2}\'', '$.a + $.b * 3 - 1');
pa('arithmetic division', '\'{"a":7,"b":2}\'', '$.a / $.b');
pa('arithmetic modulo', '\'{"a":7,"b":2}\'', '$.a % $.b');
pa('arithmetic negative modulo', "'[-7]'", '$[0] % 3');
pa('unary minus on array', '\'{"x": [2,3,4]}\'', '- $.x');
pa('unary plus', "'[1,-2]'", '+ $[*]');
pa('division by zero', "'[1]'", '$[0] / 0');
pa('lax arithmetic on array', "'[1,2]'", 'lax $ + 1');
pa('strict arithmetic on array', "'[1,2]'", 'strict $ + 1');
pa('arithmetic on string', '\'["a"]\'', '$[0] + 1');
pa('numeric precision', "'[0.1]'", '$[0] + 0.2');
pa('big numbers', "'[12345678901234567890]'", '$[0] * 10');
pa('type', '\'[1, "2", {}, [], null, true]\'', '$[*].type()');
pa('type of date', '\'["2024-01-01"]\'', '$[0].datetime().type()');
pa('size of scalar lax', "'[1,[1,2],{}]'", '$[*].size()');
pa('size strict scalar', "'1'", 'strict $.size()');
pa('double', '\'["1.5", 2, "1e3"]\'', '$[*].double()');
pa('double bad string', '\'["x"]\'', '$[*].double()');
pa('double of bool', "'[true]'", '$[*].double()');
pa('double NaN string', '\'["NaN"]\'', '$[*].double()');
pa('double infinity string', '\'["inf"]\'', '$[*].double()');
pa('ceiling floor abs', "'[1.3, -1.7]'", '$[*].ceiling()');
pa('floor', "'[1.3, -1.7]'", '$[*].floor()');
pa('abs', "'[1.30, -1.7]'", '$[*].abs()');
pa('abs on string', '\'["x"]\'', '$[*].abs()');
pa('keyvalue', '\'{"x": "20", "y": 32}\'', '$.keyvalue()');
pa('keyvalue nested id', '\'{"a":{"b":1}}\'', '$.a.keyvalue()');
pa('keyvalue on array lax', '\'[{"a":1},{"b":2}]\'', '$.keyvalue()');
pa('keyvalue on scalar', "'1'", '$.keyvalue()');
pa('datetime', '\'["2015-08-01 12:00:00"]\'', '$[*].datetime()');
pa('datetime template', '\'["20-08-2015"]\'', '$[*].datetime("DD-MM-YYYY")');
pa('datetime tz', '\'["2015-08-01 12:00:00+05"]\'', '$[*].datetime()');
pa('datetime time', '\'["12:34:56"]\'', '$[*].datetime()');
pa('datetime timetz', '\'["12:34:56+03"]\'', '$[*].datetime()');
pa('datetime bad', '\'["nope"]\'', '$[*].datetime()');
pa('datetime template mismatch', '\'["2015-08-01"]\'', '$[*].datetime("HH24:MI")');
pa('datetime on number', "'[1]'", '$[*].datetime()');
pa('datetime compare', '\'["2015-08-01", "2016-01-01"]\'', '$[*] ? (@.datetime() > "2015-12-31".datetime())');
pa(
  'datetime compare tz needs _tz',
  '\'["2015-08-01"]\'',
  '$[*] ? (@.datetime() < "2015-08-02 00:00:00+00".datetime())',
);
pa('like_regex', '\'["abc", "abd", "aBdC", "x"]\'', '$[*] ? (@ like_regex "^ab.*c")');
pa('like_regex flag i', '\'["abc", "abd", "aBdC", "x"]\'', '$[*] ? (@ like_regex "^ab.*c" flag "i")');
pa('like_regex flag q', '\'["a.c", "abc"]\'', '$[*] ? (@ like_regex "a.c" flag "q")');
pa('like_regex flag x', '\'["abc"]\'', '$[*] ? (@ like_regex "a b c" flag "x")');
pa('like_regex flag s', '\'["a\\\\nb"]\'', '$[*] ? (@ like_regex "a.b" flag "s")');
pa('like_regex on number', '\'[1, "1"]\'', '$[*] ? (@ like_regex "1")');
pa('starts with', '\'["John Smith", "Mary Stone", "Bob Johnson"]\'', '$[*] ? (@ starts with "John")');
pa('starts with variable', '\'["John", "Bob"]\'', '$[*] ? (@ starts with $p)', '{"p":"B"}');
pa('starts with number', "'[1]'", '$[*] ? (@ starts with "1")');
pa('exists filter', '\'{"x": [1, 2], "y": [2, 4]}\'', 'strict $.* ? (exists (@ ? (@[*] > 2)))');
pa('is unknown', '\'[-1, 2, 7, "foo"]\'', '$[*] ? ((@ > 0) is unknown)');
pa('not', "'[1,2,3]'", '$[*] ? (!(@ > 1))');
pa('or and', "'[1,2,3,4]'", '$[*] ? (@ == 1 || @ > 2 && @ < 4)');
pa('equality across types', '\'[1, "1", true, null]\'', '$[*] ? (@ == 1)');
pa('null equality', "'[1, null]'", '$[*] ? (@ == null)');
pa('string compare', '\'["a", "b", "B"]\'', '$[*] ? (@ < "b")');
pa('bool compare', "'[true, false]'", '$[*] ? (@ == true)');
pa('not equal', "'[1,2]'", '$[*] ? (@ != 1)');
pa('not equal alt', "'[1,2]'", '$[*] ? (@ <> 1)');
pa('object compare', '\'[{"a":1}]\'', '$[*] ? (@ == @)');
pa('filter on last', "'[1,2,3]'", '$[last] ? (@ > 2)');
pa('literal path', "'{}'", '1 + 2');
pa('literal string', "'{}'", '"abc"');
pa('literal null', "'{}'", 'null');
pa('literal true', "'{}'", 'true');
pa('at outside filter', "'{}'", '@');
pa('last outside array', "'{}'", 'last');
pa('exponent literal', "'{}'", '1.5e2');
pa('path unicode key', '\'{"é":1}\'', '$."é"');
pa('path escaped key', '\'{"a\\"b":1}\'', '$."a\\"b"');
pa('path key needs quotes', '\'{"a-b":1}\'', '$."a-b"');
pa('path number key bare', '\'{"1":1}\'', '$.1');
pa('path filter on missing key lax', '\'[{"a":1},{"b":2}]\'', '$[*] ? (@.a == 1)');
pa('path filter on missing key strict', '\'[{"a":1},{"b":2}]\'', 'strict $[*] ? (@.a == 1)');
pa('path nested variable object', "'{}'", '$v.a', '{"v":{"a":[1]}}');
pa('path array index expression', "'[1,2,3]'", '$[1 + 1]');
pa('path fractional index', "'[1,2,3]'", '$[1.7]');
pa('path index not number', "'[1,2,3]'", '$["a"]');
pa('path reversed range', "'[1,2,3]'", 'lax $[2 to 1]');
pa('path reversed range strict', "'[1,2,3]'", 'strict $[2 to 1]');
pa('path size in index', "'[1,2,3]'", '$[$.size() - 1]');
q('path syntax error', `jsonb_path_query_array('{}', '$.')`);
q('path syntax error bad filter', `jsonb_path_query_array('{}', '$ ? (@ >)')`);
q('path syntax error unknown method', `jsonb_path_query_array('{}', '$.nope()')`);
q('path bad regex', `jsonb_path_query_array('["a"]', '$[*] ? (@ like_regex "(")')`);
q('path bad regex flag', `jsonb_path_query_array('["a"]', '$[*] ? (@ like_regex "a" flag "z")')`);
q('path cast to jsonpath normalises', `'$.a[*] ? (@ > 2) . b'::jsonpath`);
q('path cast lax default printed', `'lax $.a'::jsonpath`);
q('path cast strict printed', `'strict $.a ? (exists(@.b))'::jsonpath`);
q('path cast last', `'$[last - 1 to last]'::jsonpath`);
q('path cast string quoting', `'$."a b"'::jsonpath`);
q('path cast like_regex', `'$ ? (@ like_regex "x" flag "ix")'::jsonpath`);
q('path cast arithmetic', `'$.a + 1 * (2 - 3)'::jsonpath`);
q('path cast numbers', `'1.50e2'::jsonpath`);
q('path cast datetime', `'$.datetime("YYYY")'::jsonpath`);
q('path cast bad', `'$$'::jsonpath`);
q('path type name', `pg_typeof('$'::jsonpath)::text`);
q('path predicate as path', `'$ > 1'::jsonpath`);

// ---------------------------------------------------------------- the functions
q(
  'jsonb_path_exists',
  `jsonb_path_exists('{"a":[1,2,3,4,5]}', '$.a[*] ? (@ >= $min && @ <= $max)', '{"min":2, "max":4}')`,
);
q('jsonb_path_exists strict missing error', `jsonb_path_exists('{"a":1}', 'strict $.b')`);
q('jsonb_path_exists silent', `jsonb_path_exists('{"a":1}', 'strict $.b', '{}', true)`);
q('jsonb_path_exists null', `jsonb_path_exists(NULL, '$')`);
q(
  'jsonb_path_match',
  `jsonb_path_match('{"a":[1,2,3,4,5]}', 'exists($.a[*] ? (@ >= $min && @ <= $max))', '{"min":2, "max":4}')`,
);
q('jsonb_path_match non boolean', `jsonb_path_match('{"a":1}', '$.a')`);
q('jsonb_path_match non boolean silent', `jsonb_path_match('{"a":1}', '$.a', '{}', true)`);
q('jsonb_path_match several items', `jsonb_path_match('[true,true]', '$[*]')`);
q('jsonb_path_match null result', `jsonb_path_match('[null]', '$[0]')`);
q('jsonb_path_match predicate', `jsonb_path_match('{"a":2}', '$.a > 1')`);
q('jsonb_path_match unknown', `jsonb_path_match('{"a":"x"}', '$.a > 1')`);
list.add('jsonb_path_query rows', [
  `SELECT v AS v FROM jsonb_path_query('{"a":[1,2,3,4,5]}', '$.a[*] ? (@ >= $min && @ <= $max)', '{"min":2, "max":4}') WITH ORDINALITY AS x(v, n) ORDER BY n`,
]);
list.add('jsonb_path_query no rows', [`SELECT count(*) AS n FROM jsonb_path_query('{"a":1}', '$.b')`]);
list.add('jsonb_path_query error', [`SELECT count(*) AS n FROM jsonb_path_query('{"a":1}', 'strict $.b')`]);
list.add('jsonb_path_query silent', [
  `SELECT count(*) AS n FROM jsonb_path_query('{"a":1}', 'strict $.b', '{}', true)`,
]);
list.add('jsonb_path_query in select list', [`SELECT jsonb_path_query('[1,2]', '$[*]') AS v`]);
q(
  'jsonb_path_query_array',
  `jsonb_path_query_array('{"a":[1,2,3,4,5]}', '$.a[*] ? (@ >= $min && @ <= $max)', '{"min":2, "max":4}')`,
);
q('jsonb_path_query_array empty', `jsonb_path_query_array('{}', '$.a')`);
q(
  'jsonb_path_query_first',
  `jsonb_path_query_first('{"a":[1,2,3,4,5]}', '$.a[*] ? (@ >= $min && @ <= $max)', '{"min":2, "max":4}')`,
);
q('jsonb_path_query_first none', `jsonb_path_query_first('{}', '$.a')`);
q('jsonb_path_query_first silent', `jsonb_path_query_first('[1]', 'strict $[9]', '{}', true)`);
q('jsonb_path_query_first error', `jsonb_path_query_first('[1]', 'strict $[9]')`);
q('jsonb_path_exists vars not object', `jsonb_path_exists('[1]', '$[*] ? (@ == $x)', '[1]')`);
q(
  'jsonb_path_exists datetime tz error',
  `jsonb_path_exists('["2015-08-01 12:00:00-05"]', '$[*] ? (@.datetime() < "2015-08-02".datetime())')`,
);
q(
  'jsonb_path_exists_tz',
  `jsonb_path_exists_tz('["2015-08-01 12:00:00-05"]', '$[*] ? (@.datetime() < "2015-08-02".datetime())')`,
);
q(
  'jsonb_path_match_tz',
  `jsonb_path_match_tz('["2015-08-01 12:00:00-05"]', 'exists($[*] ? (@.datetime() < "2015-08-02".datetime()))')`,
);
q(
  'jsonb_path_query_array_tz',
  `jsonb_path_query_array_tz('["2015-08-01 12:00:00-05"]', '$[*] ? (@.datetime() < "2015-08-02".datetime())')`,
);
q('jsonb_path_query_first_tz', `jsonb_path_query_first_tz('["2015-08-01 12:00:00-05"]', '$[*].datetime()')`);
list.add('jsonb_path_query_tz rows', [
  `SET TIME ZONE 'UTC'`,
  `SELECT v AS v FROM jsonb_path_query_tz('["2015-08-01 12:00:00-05"]', '$[*] ? (@.datetime() < "2015-08-02".datetime())') AS x(v)`,
]);
q(
  'jsonb_path_query_array datetime output',
  `jsonb_path_query_array('["2015-08-01 12:00:00.123+05:30", "10:00", "2015-08-01"]', '$[*].datetime()')`,
);
q(
  'jsonb_path_query_array datetime template output',
  `jsonb_path_query_array('["12/31/2020"]', '$[*].datetime("MM/DD/YYYY")')`,
);
q('jsonb_path_exists on json fails', `jsonb_path_exists('{"a":1}'::json, '$.a')`);
list.params(
  'jsonb_path_query_array with parameter path',
  `SELECT jsonb_path_query_array($1::jsonb, $2::jsonpath) AS v`,
  ['{"a":[1,2,3]}', '$.a[*] ? (@ > 1)'],
);
list.params(
  'jsonb_path_exists with parameter vars',
  `SELECT jsonb_path_exists($1::jsonb, '$.a[*] ? (@ == $x)', $2::jsonb) AS v`,
  ['{"a":[1,2,3]}', '{"x":2}'],
);
list.params('jsonb @? with parameter path', `SELECT $1::jsonb @? $2 AS v`, [
  '{"a":[1,2,3]}',
  '$.a[*] ? (@ > 2)',
]);
list.params('jsonb @? with bad parameter path', `SELECT $1::jsonb @? $2 AS v`, ['{"a":[1,2,3]}', '$.a[']);
list.add('jsonb @? in WHERE', [
  `CREATE TABLE r17j_pq (id int, j jsonb)`,
  `INSERT INTO r17j_pq VALUES (1, '{"items":[{"qty":1},{"qty":5}]}'), (2, '{"items":[]}'), (3, '{"items":[{"qty":"x"}]}')`,
  `SELECT id AS id FROM r17j_pq WHERE j @? '$.items[*] ? (@.qty > 2)' ORDER BY id`,
  `SELECT id AS id FROM r17j_pq WHERE j @@ '$.items.size() == 0' ORDER BY id`,
  `SELECT id AS id, jsonb_path_query_first(j, '$.items[0].qty') AS first_qty FROM r17j_pq ORDER BY id`,
]);

export default list.cases;
