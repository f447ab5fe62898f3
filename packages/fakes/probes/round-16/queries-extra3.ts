// Round 16 probe, fourth pass: identifiers and reserved words, several statements in one simple
// query, table functions with column definition lists (7.2.1.4), more lenient-parser checks.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases();

const T = `CREATE TABLE t1 (num int, name text);
INSERT INTO t1 VALUES (1, 'a'), (2, 'b'), (3, 'c');
CREATE TABLE "Mixed" ("Id" int, "Label" text, plain int);
INSERT INTO "Mixed" VALUES (1, 'one', 10);`;
const x = (name: string, steps: ProbeStep[]) => list.add(`extra3: ${name}`, steps, T);

// identifiers
x('unquoted name folds to lower', [`SELECT NUM AS n FROM T1 ORDER BY 1`]);
x('quoted table needs quotes', [`SELECT count(*) AS c FROM Mixed`]);
x('quoted table with quotes', [`SELECT "Id" AS i, "Label" AS l, PLAIN AS p FROM "Mixed"`]);
x('quoted column unquoted reference', [`SELECT Id FROM "Mixed"`]);
x('quoted lowercase matches unquoted', [`SELECT "num" AS n FROM "t1" ORDER BY 1`]);
x('quoted alias keeps case', [`SELECT 1 AS "Total", 2 AS Total2`]);
x('alias case folding in order by', [`SELECT num AS "N" FROM t1 ORDER BY "N" DESC`]);
x('alias case folding mismatch', [`SELECT num AS "N" FROM t1 ORDER BY n`]);
x('reserved word column needs quotes', [`CREATE TABLE kw (order int)`]);
x('reserved word column quoted', [
  `CREATE TABLE kw ("order" int, "user" text)`,
  `INSERT INTO kw VALUES (1, 'u')`,
  `SELECT "order" AS o, "user" AS u FROM kw`,
]);
x('user is current_user function', [
  `CREATE TABLE kw ("user" text)`,
  `INSERT INTO kw VALUES ('me')`,
  `SELECT user = current_user AS same FROM kw`,
]);
x('non reserved keyword column ok', [
  `CREATE TABLE kw (name text, value int, type text, date date, year int, key text)`,
  `INSERT INTO kw VALUES ('n', 1, 't', '2024-01-01', 2024, 'k')`,
  `SELECT name, value, type, date, year, key FROM kw`,
]);
x('select reserved word as column error', [`CREATE TABLE kw ("from" int)`, `SELECT from FROM kw`]);
x('table named user quoted', [
  `CREATE TABLE "user" (id int)`,
  `INSERT INTO "user" VALUES (1)`,
  `SELECT id FROM "user"`,
]);
x('identifier longer than 63 truncated', [
  `CREATE TABLE abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdXYZ (v int)`,
  `SELECT count(*) AS c FROM abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabc`,
]);
x('long alias truncated in field name', [
  `SELECT 1 AS abcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdefghijabcdXYZ`,
]);
x('duplicate alias in from', [`SELECT 1 AS one FROM t1 a, t1 a`]);
x('using column listed twice', [`SELECT 1 AS one FROM t1 JOIN t1 b USING (num, num)`]);
x('select qualified without from', [`SELECT t1.num`]);
x('empty returning list error', [`INSERT INTO t1 VALUES (4, 'd') RETURNING`]);
x('trailing and error', [`SELECT num FROM t1 WHERE num = 1 AND`]);
x('schema qualified table', [`SELECT count(*) AS c FROM public.t1`]);
x('schema qualified column', [`SELECT public.t1.num AS n FROM public.t1 ORDER BY 1`]);
x('missing schema', [`SELECT 1 AS one FROM nope.t1`]);
x('catalog qualified column wrong db', [`SELECT otherdb.public.t1.num FROM t1`]);

// several statements in one simple-protocol query
x('multi statement insert then select', [`INSERT INTO t1 VALUES (4, 'd'); SELECT count(*) AS c FROM t1`]);
x('multi statement error stops rest', [
  `INSERT INTO t1 VALUES (5, 'e'); SELECT 1 / 0 AS boom; INSERT INTO t1 VALUES (6, 'f')`,
  `SELECT max(num) AS m FROM t1`,
]);
x('multi statement implicit transaction rollback', [
  `INSERT INTO t1 VALUES (7, 'g'); SELECT 1 / 0 AS boom`,
  `SELECT count(*) AS c FROM t1 WHERE num = 7`,
]);
x('multi statement with explicit commit', [
  `BEGIN; INSERT INTO t1 VALUES (8, 'h'); COMMIT; SELECT 1 / 0 AS boom`,
  `SELECT count(*) AS c FROM t1 WHERE num = 8`,
]);
x('multi statement two selects', [`SELECT 1 AS a; SELECT 'x' AS b, 2 AS c`]);
x('multi statement empty statements', [`;;SELECT 1 AS a;;`]);
x('extended protocol rejects multiple statements', [{ sql: 'SELECT 1 AS a; SELECT 2 AS b', params: [] }]);
x('empty query', [``]);
x('comment only query', [`-- nothing here`]);
x('block comment nested', [`SELECT /* outer /* inner */ still */ 1 AS v`]);

// table functions with column definition lists
const J = `CREATE TABLE ev (id int PRIMARY KEY, payload jsonb);
INSERT INTO ev VALUES (1, '[{"a":1,"b":"x"},{"a":2,"b":"y","c":true}]'), (2, '[]'), (3, '[{"a":"3"}]');`;
const jf = (name: string, sql: string) => list.add(`extra3 tablefn: ${name}`, [sql], J);
jf(
  'jsonb_to_recordset',
  `SELECT * FROM jsonb_to_recordset('[{"a":1,"b":"x"},{"a":2,"b":"y"}]') AS r(a int, b text) ORDER BY a`,
);
jf(
  'jsonb_to_recordset lateral',
  `SELECT ev.id, r.a, r.b FROM ev, jsonb_to_recordset(ev.payload) AS r(a int, b text) ORDER BY ev.id, r.a`,
);
jf(
  'jsonb_to_recordset missing key null',
  `SELECT r.c FROM jsonb_to_recordset('[{"a":1}]') AS r(a int, c boolean)`,
);
jf('jsonb_to_recordset bad type', `SELECT * FROM jsonb_to_recordset('[{"a":"x"}]') AS r(a int)`);
jf(
  'jsonb_to_record',
  `SELECT * FROM jsonb_to_record('{"a":1,"b":[1,2],"c":{"d":1}}') AS r(a int, b int[], c jsonb)`,
);
jf('json_to_record text to int', `SELECT * FROM json_to_record('{"a":"5"}') AS r(a int)`);
jf('record function without column list error', `SELECT * FROM jsonb_to_recordset('[{"a":1}]') AS r`);
jf('column list on non record function error', `SELECT * FROM generate_series(1, 2) AS g(v int)`);
jf(
  'jsonb_array_elements lateral with ordinality',
  `SELECT ev.id, e.o, e.v->>'a' AS a FROM ev CROSS JOIN LATERAL jsonb_array_elements(ev.payload) WITH ORDINALITY AS e(v, o) ORDER BY ev.id, e.o`,
);
jf(
  'left join lateral keeps empty arrays',
  `SELECT ev.id, e.v->>'b' AS b FROM ev LEFT JOIN LATERAL jsonb_array_elements(ev.payload) e(v) ON true ORDER BY ev.id, b NULLS FIRST`,
);
jf('jsonb_each', `SELECT key, value FROM jsonb_each('{"b":2,"a":[1]}') ORDER BY key`);
jf('jsonb_each_text', `SELECT key, value FROM jsonb_each_text('{"b":2,"a":null}') ORDER BY key`);
jf('jsonb_object_keys', `SELECT k FROM jsonb_object_keys('{"b":1,"a":2}') k ORDER BY k`);
jf(
  'rows from with column definition',
  `SELECT * FROM ROWS FROM (jsonb_to_recordset('[{"a":1}]') AS (a int), generate_series(1, 2)) AS x(a, g) ORDER BY g`,
);
jf('function in select list returning record', `SELECT jsonb_to_record('{"a":1}') AS r`);
jf(
  'populate_record with table type',
  `SELECT (jsonb_populate_record(NULL::ev, '{"id":9,"payload":{"k":1}}')).* `,
);
jf(
  'populate_recordset',
  `SELECT id, payload FROM jsonb_populate_recordset(NULL::ev, '[{"id":7},{"id":8,"payload":[1]}]') ORDER BY id`,
);
list.add(
  'extra3 tablefn: sql function returning table',
  [
    `CREATE FUNCTION ev_ids(min_id int) RETURNS TABLE (id int, n int) LANGUAGE sql AS $$ SELECT id, jsonb_array_length(payload) FROM ev WHERE id >= min_id $$`,
    `SELECT * FROM ev_ids(2) ORDER BY id`,
    `SELECT e.id, f.n FROM ev e, LATERAL ev_ids(e.id) f WHERE f.id = e.id ORDER BY e.id`,
  ],
  J,
);
list.add(
  'extra3 tablefn: sql function returning setof table',
  [
    `CREATE FUNCTION evs() RETURNS SETOF ev LANGUAGE sql AS $$ SELECT * FROM ev ORDER BY id $$`,
    `SELECT id FROM evs() ORDER BY id DESC`,
    `SELECT (evs()).id AS id ORDER BY 1`,
  ],
  J,
);

export default list.cases;
