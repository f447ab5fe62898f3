// Round 17 probe, json part C: PostgreSQL 15 docs 9.16.1 table 9.47 (creation functions) and 9.21
// (json_agg, jsonb_agg, json_object_agg, jsonb_object_agg with ORDER BY, FILTER and NULLs).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 json: ');
const q = (name: string, expr: string, setup?: string) => list.select(name, expr, setup);

for (const f of ['to_json', 'to_jsonb']) {
  q(`${f} text`, `${f}('Fred said "Hi."'::text)`);
  q(`${f} text with controls`, `${f}(E'a\\tb\\nc\\u0001'::text)`);
  q(`${f} text unicode`, `${f}('é✓'::text)`);
  q(`${f} int`, `${f}(42)`);
  q(`${f} bigint`, `${f}(9223372036854775807::bigint)`);
  q(`${f} numeric scale`, `${f}(1.50::numeric)`);
  q(`${f} numeric NaN`, `${f}('NaN'::numeric)`);
  q(`${f} numeric Infinity`, `${f}('Infinity'::numeric)`);
  q(`${f} float8`, `${f}(0.1::float8)`);
  q(`${f} float8 large`, `${f}(1e20::float8)`);
  q(`${f} float8 NaN`, `${f}('NaN'::float8)`);
  q(`${f} float8 Infinity`, `${f}('-Infinity'::float8)`);
  q(`${f} real`, `${f}(1.1::real)`);
  q(`${f} boolean`, `${f}(true)`);
  q(`${f} null`, `${f}(NULL::text)`);
  q(`${f} date`, `${f}('2024-02-29'::date)`);
  q(`${f} date infinity`, `${f}('infinity'::date)`);
  q(`${f} timestamp`, `${f}('2024-01-02 03:04:05.678'::timestamp)`);
  q(`${f} timestamp infinity`, `${f}('-infinity'::timestamp)`);
  q(`${f} timestamptz`, `${f}('2024-01-02 03:04:05+02'::timestamptz)`);
  q(`${f} time`, `${f}('10:11:12'::time)`);
  q(`${f} interval`, `${f}('1 day 2 hours'::interval)`);
  q(`${f} uuid`, `${f}('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)`);
  q(`${f} bytea`, `${f}('\\x0102'::bytea)`);
  q(`${f} int array`, `${f}(ARRAY[1,2,NULL])`);
  q(`${f} 2d array`, `${f}(ARRAY[[1,2],[3,4]])`);
  q(`${f} empty array`, `${f}('{}'::int[])`);
  q(`${f} text array`, `${f}(ARRAY['a','b"c'])`);
  q(`${f} row`, `${f}(row(1,'foo'))`);
  q(`${f} row with null`, `${f}(row(1,NULL,true))`);
  q(`${f} json value`, `${f}('{"b": 1, "a":2}'::json)`);
  q(`${f} jsonb value`, `${f}('{"b": 1, "a":2}'::jsonb)`);
  q(`${f} unknown literal`, `${f}('x')`);
  q(`${f} table row`, `${f}(t) FROM (SELECT 1 AS a, 'x' AS b) t`);
  q(`${f} char padded`, `${f}('ab'::char(4))`);
  q(`${f} money`, `${f}('12.34'::money)`);
  q(`${f} point`, `${f}(point(1,2))`);
}
q('array_to_json', `array_to_json('{{1,5},{99,100}}'::int[])`);
q('array_to_json pretty', `array_to_json('{{1,5},{99,100}}'::int[], true)`);
q('array_to_json pretty 1d', `array_to_json(ARRAY[1,2,3], true)`);
q('array_to_json of rows', `array_to_json(ARRAY[row(1,'a'), row(2,'b')])`);
q('array_to_json null', `array_to_json(NULL::int[])`);
q('array_to_json not array', `array_to_json(1)`);
q('array_to_json text nulls', `array_to_json(ARRAY['a',NULL])`);
q('array_to_json lower bound', `array_to_json('[2:3]={7,8}'::int[])`);
q('row_to_json', `row_to_json(row(1,'foo'))`);
q('row_to_json pretty', `row_to_json(row(1,'foo'), true)`);
q('row_to_json named', `row_to_json(t) FROM (SELECT 1 AS a, 'x' AS "B c", NULL::int AS n) t`);
q(
  'row_to_json nested',
  `row_to_json(t) FROM (SELECT 1 AS a, (SELECT r FROM (SELECT 2 AS b) r) AS inner_row) t`,
);
q(
  'row_to_json with arrays and json',
  `row_to_json(t) FROM (SELECT ARRAY[1,2] AS a, '{"x": 1}'::json AS j, '{"y":2}'::jsonb AS b) t`,
);
q('row_to_json not row', `row_to_json(1)`);
q('row_to_json duplicate column names', `row_to_json(t) FROM (SELECT 1 AS a, 2 AS a) t`);
for (const f of ['json_build_array', 'jsonb_build_array']) {
  q(`${f} mixed`, `${f}(1, 2, 'foo', 4, 5)`);
  q(`${f} empty`, `${f}()`);
  q(`${f} nulls`, `${f}(NULL, NULL::int)`);
  q(`${f} nested json`, `${f}('[1]'::json, '{"a":1}'::jsonb)`);
  q(`${f} numeric and bool`, `${f}(1.50, true, 2e3::float8)`);
  q(`${f} variadic`, `${f}(VARIADIC ARRAY[1,2])`);
  q(`${f} variadic null`, `${f}(VARIADIC NULL::int[])`);
  q(`${f} variadic empty`, `${f}(VARIADIC '{}'::text[])`);
  q(`${f} array argument`, `${f}(ARRAY[1,2])`);
}
for (const f of ['json_build_object', 'jsonb_build_object']) {
  q(`${f} pairs`, `${f}('foo', 1, 2, row(3,'bar'))`);
  q(`${f} empty`, `${f}()`);
  q(`${f} odd count`, `${f}('a', 1, 'b')`);
  q(`${f} null key`, `${f}(NULL, 1)`);
  q(`${f} null value`, `${f}('a', NULL)`);
  q(`${f} duplicate keys`, `${f}('a', 1, 'a', 2)`);
  q(`${f} numeric key`, `${f}(1, 'x', 2.5, 'y')`);
  q(`${f} bool key`, `${f}(true, 1)`);
  q(`${f} array key`, `${f}(ARRAY[1], 1)`);
  q(`${f} json key`, `${f}('{"a":1}'::json, 1)`);
  q(`${f} nested`, `${f}('a', ${f}('b', 1), 'c', json_build_array(1))`);
  q(`${f} key order`, `${f}('bb', 1, 'a', 2, 'ccc', 3)`);
  q(`${f} variadic`, `${f}(VARIADIC ARRAY['a','1','b','2'])`);
  q(`${f} date value`, `${f}('d', '2024-01-01'::date)`);
}
for (const f of ['json_object', 'jsonb_object']) {
  q(`${f} one array`, `${f}('{a, 1, b, "def", c, 3.5}')`);
  q(`${f} two dim`, `${f}('{{a, 1}, {b, "def"}, {c, 3.5}}')`);
  q(`${f} two arrays`, `${f}('{a,b}', '{1,2}')`);
  q(`${f} odd elements`, `${f}('{a,1,b}')`);
  q(`${f} wrong inner size`, `${f}('{{a,1,2}}')`);
  q(`${f} three dim`, `${f}('{{{a,1}}}'::text[])`);
  q(`${f} null value`, `${f}('{a,NULL}')`);
  q(`${f} null key`, `${f}(ARRAY[NULL,'x'])`);
  q(`${f} empty`, `${f}('{}')`);
  q(`${f} mismatched arrays`, `${f}('{a,b}', '{1}')`);
  q(`${f} duplicate keys`, `${f}('{a,1,a,2}')`);
  q(`${f} values are strings`, `${f}('{n,1,t,true}')`);
  q(`${f} keys values null key`, `${f}(ARRAY['a',NULL], ARRAY['1','2'])`);
  q(`${f} two dim keys array`, `${f}('{{a}}'::text[], '{{1}}'::text[])`);
}

// ---------------------------------------------------------------- aggregates
const setup = `CREATE TABLE r17j_agg (g int, k text, v int, j jsonb);
INSERT INTO r17j_agg VALUES (1,'a',3,'{"x":1}'),(1,'b',NULL,NULL),(1,'c',1,'[1]'),(2,'a',5,'"s"'),(2,NULL,2,'null'),(3,'z',NULL,NULL)`;
const aggs: [string, string][] = [
  ['json_agg ordered', `json_agg(v ORDER BY k)`],
  ['jsonb_agg ordered', `jsonb_agg(v ORDER BY k)`],
  ['json_agg ordered desc nulls', `json_agg(v ORDER BY v DESC NULLS LAST)`],
  ['jsonb_agg of jsonb', `jsonb_agg(j ORDER BY k NULLS FIRST)`],
  ['json_agg of jsonb', `json_agg(j ORDER BY k NULLS FIRST)`],
  ['json_agg of rows', `json_agg(r17j_agg ORDER BY k)`],
  ['jsonb_agg of rows', `jsonb_agg(r17j_agg ORDER BY k)`],
  ['json_agg filter', `json_agg(k ORDER BY k) FILTER (WHERE v IS NOT NULL)`],
  ['jsonb_agg distinct', `jsonb_agg(DISTINCT g ORDER BY g)`],
  ['json_object_agg', `json_object_agg(k, v ORDER BY k)`],
  ['jsonb_object_agg', `jsonb_object_agg(k, v ORDER BY k)`],
  ['jsonb_object_agg jsonb values', `jsonb_object_agg(k, j ORDER BY k)`],
  ['json_object_agg text values', `json_object_agg(k, k ORDER BY k)`],
];
for (const [name, agg] of aggs) {
  list.add(
    `${name} per group`,
    [`SELECT g AS g, ${agg} AS v FROM r17j_agg WHERE k IS NOT NULL GROUP BY g ORDER BY g`],
    setup,
  );
}
list.add(
  'json_object_agg null key fails',
  [`SELECT json_object_agg(k, v ORDER BY g) AS v FROM r17j_agg`],
  setup,
);
list.add(
  'jsonb_object_agg null key fails',
  [`SELECT jsonb_object_agg(k, v ORDER BY g) AS v FROM r17j_agg`],
  setup,
);
list.add('jsonb_object_agg duplicate keys last wins', [
  `SELECT jsonb_object_agg(k, v ORDER BY v) AS v FROM (VALUES ('a',1),('a',3),('a',2)) t(k,v)`,
]);
list.add('json_object_agg duplicate keys kept', [
  `SELECT json_object_agg(k, v ORDER BY v) AS v FROM (VALUES ('a',1),('a',3),('a',2)) t(k,v)`,
]);
list.add('json_agg over no rows', [
  `SELECT json_agg(x) AS a, jsonb_agg(x) AS b, json_object_agg(x, x) AS c, jsonb_object_agg(x, x) AS d FROM (SELECT 1 AS x WHERE false) t`,
]);
list.add('json_agg all nulls', [
  `SELECT json_agg(x) AS a, jsonb_agg(x) AS b FROM (VALUES (NULL::int),(NULL)) t(x)`,
]);
list.add('json_agg coalesce empty array', [
  `SELECT coalesce(json_agg(x), '[]') AS a, coalesce(jsonb_agg(x), '[]') AS b FROM (SELECT 1 AS x WHERE false) t`,
]);
list.add('jsonb_agg text values', [
  `SELECT jsonb_agg(x ORDER BY x) AS v FROM (VALUES ('b'),('a"q'),(NULL)) t(x)`,
]);
list.add('json_agg numeric keeps scale', [
  `SELECT json_agg(x ORDER BY x) AS a, jsonb_agg(x ORDER BY x) AS b FROM (VALUES (1.50),(2.0),(3)) t(x)`,
]);
list.add('json_agg of arrays', [
  `SELECT json_agg(x ORDER BY x) AS a, jsonb_agg(x ORDER BY x) AS b FROM (VALUES (ARRAY[1,2]),(ARRAY[3])) t(x)`,
]);
list.add('json_agg of subquery rows', [
  `SELECT json_agg(t ORDER BY t.id) AS v FROM (SELECT 1 AS id, 'a' AS name UNION ALL SELECT 2, NULL) t`,
]);
list.add(
  'jsonb_agg nested in jsonb_build_object',
  [
    `SELECT jsonb_build_object('g', g, 'items', jsonb_agg(jsonb_build_object('k', k, 'v', v) ORDER BY k)) AS v FROM r17j_agg WHERE g < 3 AND k IS NOT NULL GROUP BY g ORDER BY g`,
  ],
  setup,
);
list.add('json_object_agg key as number', [
  `SELECT json_object_agg(v, k ORDER BY v) AS a, jsonb_object_agg(v, k ORDER BY v) AS b FROM (VALUES (2,'x'),(10,'y')) t(v,k)`,
]);
list.add('jsonb_object_agg key order is jsonb order', [
  `SELECT jsonb_object_agg(k, 1 ORDER BY k DESC) AS v FROM (VALUES ('bb'),('a'),('c')) t(k)`,
]);
list.add('json_object_agg key order is input order', [
  `SELECT json_object_agg(k, 1 ORDER BY k DESC) AS v FROM (VALUES ('bb'),('a'),('c')) t(k)`,
]);
list.add('jsonb_agg FILTER and ORDER BY with params', [
  withParam(`SELECT jsonb_agg(x ORDER BY x DESC) FILTER (WHERE x > $1) AS v FROM generate_series(1,5) x`, 2),
]);
list.add('json_agg strict no nulls skip', [
  `SELECT json_agg(x) FILTER (WHERE x IS NOT NULL) AS v FROM (VALUES (1),(NULL)) t(x)`,
]);
list.add('jsonb_agg without ORDER BY one row', [`SELECT jsonb_agg(x) AS v FROM (VALUES (1)) t(x)`]);
list.add('json_agg type names', [
  `SELECT pg_typeof(json_agg(1))::text AS a, pg_typeof(jsonb_agg(1))::text AS b, pg_typeof(json_object_agg('a',1))::text AS c`,
]);

function withParam(sql: string, ...params: unknown[]) {
  return { sql, params };
}

export default list.cases;
