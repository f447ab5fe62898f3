// Round 16 probe, part F: function and operator resolution on enum, jsonb, date/time, uuid, array, bool
// values (PostgreSQL has no implicit cast from these to text; application code often forgets ::text).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

const enumT = `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (id int, m mood, s text); INSERT INTO t VALUES (1, 'happy', 'happy'), (2, 'sad', 'x')`;
const onEnum = (name: string, sql: string) => list.add(`t16f enum ${name}`, [sql], enumT);
onEnum('upper errors', `SELECT upper(m) AS v FROM t ORDER BY id`);
onEnum('length errors', `SELECT length(m) AS v FROM t ORDER BY id`);
onEnum('char_length errors', `SELECT char_length(m) AS v FROM t ORDER BY id`);
onEnum('substr errors', `SELECT substr(m, 1, 2) AS v FROM t ORDER BY id`);
onEnum('left errors', `SELECT left(m, 2) AS v FROM t ORDER BY id`);
onEnum('replace errors', `SELECT replace(m, 'a', 'b') AS v FROM t ORDER BY id`);
onEnum('initcap errors', `SELECT initcap(m) AS v FROM t ORDER BY id`);
onEnum('md5 errors', `SELECT md5(m) AS v FROM t ORDER BY id`);
onEnum('trim errors', `SELECT trim(m) AS v FROM t ORDER BY id`);
onEnum('starts_with errors', `SELECT starts_with(m, 'h') AS v FROM t ORDER BY id`);
onEnum('split_part errors', `SELECT split_part(m, 'p', 1) AS v FROM t ORDER BY id`);
onEnum('string_agg errors', `SELECT string_agg(m, ',') AS v FROM t`);
onEnum('lower with text cast', `SELECT lower(m::text) AS v FROM t ORDER BY id`);
onEnum('concat operator works', `SELECT m || '!' AS v FROM t ORDER BY id`);
onEnum('concat function works', `SELECT concat(m, '!') AS v FROM t ORDER BY id`);
onEnum('format works', `SELECT format('%s', m) AS v FROM t ORDER BY id`);
onEnum('equals text column errors', `SELECT id AS v FROM t WHERE m = s`);
onEnum('equals ANY text array errors', `SELECT id AS v FROM t WHERE m = ANY(ARRAY['happy', 'ok'])`);
onEnum('equals ANY literal array', `SELECT id AS v FROM t WHERE m = ANY('{happy,ok}') ORDER BY id`);
onEnum('in text subquery errors', `SELECT id AS v FROM t WHERE m IN (SELECT s FROM t)`);
onEnum('coalesce with text errors', `SELECT coalesce(m, 'x'::text) AS v FROM t ORDER BY id`);
onEnum('coalesce with literal', `SELECT coalesce(m, 'ok') AS v FROM t ORDER BY id`);
onEnum('coalesce with bad literal', `SELECT coalesce(NULL::mood, 'nope') AS v`);
onEnum('case with text errors', `SELECT CASE WHEN id = 1 THEN m ELSE 'x'::text END AS v FROM t ORDER BY id`);
onEnum('union with text errors', `SELECT m AS v FROM t UNION SELECT s FROM t`);
onEnum('greater than text errors', `SELECT id AS v FROM t WHERE m > 'a'::text`);
onEnum('like with text cast', `SELECT id AS v FROM t WHERE m::text LIKE 'h%'`);
onEnum('regex errors', `SELECT id AS v FROM t WHERE m ~ 'h'`);
onEnum('update from literal', `UPDATE t SET m = 'ok' WHERE id = 2 RETURNING m AS v`);
onEnum('update from bad literal', `UPDATE t SET m = 'meh' WHERE id = 2`);
onEnum('insert from text param typed errors', `INSERT INTO t (id, m) VALUES (3, 'ok'::varchar)`);
onEnum('json_build_object', `SELECT json_build_object('m', m)::text AS v FROM t ORDER BY id`);
onEnum('to_jsonb', `SELECT to_jsonb(m)::text AS v FROM t ORDER BY id`);
onEnum('array_agg to text', `SELECT array_agg(m ORDER BY m)::text AS v FROM t`);
onEnum('array_to_string of enum array', `SELECT array_to_string(array_agg(m ORDER BY m), ',') AS v FROM t`);
onEnum('max works', `SELECT max(m) AS v FROM t`);
onEnum('count distinct', `SELECT count(DISTINCT m) AS v FROM t`);
list.add(
  't16f enum insert param array into enum array column',
  [{ sql: `INSERT INTO t VALUES ($1) RETURNING a::text AS v`, params: [['ok', 'sad']] }],
  `CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE t (a mood[])`,
);
list.add(
  't16f enum ANY untyped param',
  [{ sql: `SELECT id AS v FROM t WHERE m = ANY($1) ORDER BY id`, params: [['happy', 'sad']] }],
  enumT,
);
list.add(
  't16f enum ANY bad param',
  [{ sql: `SELECT id AS v FROM t WHERE m = ANY($1)`, params: [['nope']] }],
  enumT,
);

const jsonT = `CREATE TABLE t (id int, j jsonb); INSERT INTO t VALUES (1, '{"name": "Ann", "n": 5, "tags": ["a", "b"], "ok": true, "z": null}'), (2, '{"name": "bob", "n": 10}')`;
const onJson = (name: string, sql: string) => list.add(`t16f jsonb ${name}`, [sql], jsonT);
onJson('lower of arrow errors', `SELECT lower(j -> 'name') AS v FROM t ORDER BY id`);
onJson('lower of double arrow', `SELECT lower(j ->> 'name') AS v FROM t ORDER BY id`);
onJson('length of jsonb errors', `SELECT length(j) AS v FROM t ORDER BY id`);
onJson('arrow equals unknown string literal errors', `SELECT id AS v FROM t WHERE j -> 'name' = 'Ann'`);
onJson('arrow equals json string literal', `SELECT id AS v FROM t WHERE j -> 'name' = '"Ann"'`);
onJson('double arrow equals int errors', `SELECT id AS v FROM t WHERE j ->> 'n' = 5`);
onJson('double arrow greater than int errors', `SELECT id AS v FROM t WHERE j ->> 'n' > 6`);
onJson('double arrow compare as text', `SELECT id AS v FROM t WHERE j ->> 'n' > '6' ORDER BY id`);
onJson('double arrow cast int compare', `SELECT id AS v FROM t WHERE (j ->> 'n')::int > 6 ORDER BY id`);
onJson('arrow compare with number literal', `SELECT id AS v FROM t WHERE j -> 'n' > '6' ORDER BY id`);
onJson('arrow compare jsonb numbers', `SELECT id AS v FROM t WHERE (j -> 'n') > to_jsonb(6) ORDER BY id`);
onJson('arrow plus int errors', `SELECT (j -> 'n') + 1 AS v FROM t ORDER BY id`);
onJson('double arrow plus int errors', `SELECT (j ->> 'n') + 1 AS v FROM t ORDER BY id`);
onJson('arrow cast to int', `SELECT (j -> 'n')::int + 1 AS v FROM t ORDER BY id`);
onJson('arrow cast string to int errors', `SELECT (j -> 'name')::int AS v FROM t ORDER BY id`);
onJson('double arrow cast bad string to int errors', `SELECT (j ->> 'name')::int AS v FROM t ORDER BY id`);
onJson(
  'arrow missing key null',
  `SELECT (j -> 'missing') IS NULL AS a, (j ->> 'z') IS NULL AS b, (j -> 'z') IS NULL AS c FROM t WHERE id = 1`,
);
onJson('json null arrow text', `SELECT (j -> 'z')::text AS v FROM t WHERE id = 1`);
onJson(
  'arrow on array index',
  `SELECT j -> 'tags' ->> 0 AS a, j -> 'tags' ->> -1 AS b, j -> 'tags' -> 5 AS c FROM t WHERE id = 1`,
);
onJson('arrow with int on object', `SELECT j -> 0 AS v FROM t WHERE id = 1`);
onJson('arrow text key on array', `SELECT j -> 'tags' -> 'x' AS v FROM t WHERE id = 1`);
onJson('path operator', `SELECT j #>> '{tags,1}' AS a, j #> '{tags}' AS b FROM t WHERE id = 1`);
onJson('contains', `SELECT id AS v FROM t WHERE j @> '{"n": 5}' ORDER BY id`);
onJson('contains numeric equal forms', `SELECT id AS v FROM t WHERE j @> '{"n": 5.0}' ORDER BY id`);
onJson('key exists', `SELECT id AS v FROM t WHERE j ? 'tags' ORDER BY id`);
onJson('key exists any', `SELECT id AS v FROM t WHERE j ?| ARRAY['ok', 'x'] ORDER BY id`);
onJson('key exists on array element', `SELECT id AS v FROM t WHERE j -> 'tags' ? 'b' ORDER BY id`);
onJson('bool field compare', `SELECT id AS v FROM t WHERE (j ->> 'ok')::bool ORDER BY id`);
onJson('bool field as text', `SELECT j ->> 'ok' AS v FROM t WHERE id = 1`);
onJson('order by arrow', `SELECT id AS v FROM t ORDER BY j -> 'n' DESC`);
onJson('order by double arrow is text order', `SELECT id AS v FROM t ORDER BY j ->> 'n'`);
onJson('jsonb concat', `SELECT (j || '{"n": 6}')::text AS v FROM t WHERE id = 2`);
onJson('jsonb minus key', `SELECT (j - 'name')::text AS v FROM t WHERE id = 2`);
onJson('jsonb_set', `SELECT jsonb_set(j, '{n}', '7')::text AS v FROM t WHERE id = 2`);
onJson('jsonb_set with text value errors', `SELECT jsonb_set(j, '{n}', 'seven') AS v FROM t WHERE id = 2`);
onJson(
  'update set field',
  `UPDATE t SET j = j || jsonb_build_object('n', 11) WHERE id = 2 RETURNING j::text AS v`,
);
onJson('jsonb to text column errors', `INSERT INTO t (id, j) SELECT 3, 'x'::text`);
onJson(
  'group by double arrow',
  `SELECT j ->> 'name' AS k, count(*) AS n FROM t GROUP BY j ->> 'name' ORDER BY 1`,
);
onJson('sum of double arrow errors', `SELECT sum(j ->> 'n') AS v FROM t`);
onJson('sum of cast', `SELECT sum((j ->> 'n')::int) AS v FROM t`);
onJson(
  'jsonb_array_elements_text',
  `SELECT x AS v FROM t, jsonb_array_elements_text(j -> 'tags') AS x WHERE id = 1 ORDER BY x`,
);
onJson('jsonb_array_elements on object errors', `SELECT x AS v FROM t, jsonb_array_elements(j) AS x`);
onJson('jsonb_object_keys', `SELECT k AS v FROM t, jsonb_object_keys(j) AS k WHERE id = 1 ORDER BY k`);
onJson('jsonb_each_text', `SELECT key AS k, value AS v FROM t, jsonb_each_text(j) WHERE id = 2 ORDER BY key`);
onJson('jsonb_array_length on non-array errors', `SELECT jsonb_array_length(j) AS v FROM t WHERE id = 1`);

const dateT = `CREATE TABLE t (id int, d date, ts timestamp); INSERT INTO t VALUES (1, '2024-01-02', '2024-01-02 03:04:05'), (2, '2023-12-31', '2023-12-31 23:59:59')`;
const onDate = (name: string, sql: string) => list.add(`t16f date ${name}`, [sql], dateT);
onDate('like errors', `SELECT id AS v FROM t WHERE d LIKE '2024%'`);
onDate('timestamp like errors', `SELECT id AS v FROM t WHERE ts LIKE '2024%'`);
onDate('substr errors', `SELECT substr(d, 1, 4) AS v FROM t ORDER BY id`);
onDate('left errors', `SELECT left(d, 4) AS v FROM t ORDER BY id`);
onDate('length errors', `SELECT length(d) AS v FROM t ORDER BY id`);
onDate('concat operator works', `SELECT 'd=' || d AS v FROM t ORDER BY id`);
onDate('equals text literal', `SELECT id AS v FROM t WHERE d = '2024-01-02'`);
onDate('equals text typed errors', `SELECT id AS v FROM t WHERE d = '2024-01-02'::text`);
onDate('equals timestamp literal', `SELECT id AS v FROM t WHERE d = '2024-01-02 00:00:00'`);
onDate(
  'compare with timestamp',
  `SELECT id AS v FROM t WHERE d < '2024-01-02 00:00:01'::timestamp ORDER BY id`,
);
onDate('equals bad literal', `SELECT id AS v FROM t WHERE d = 'yesterday-ish'`);
onDate('plus int', `SELECT (d + 1)::text AS v FROM t ORDER BY id`);
onDate('minus date gives int', `SELECT d - '2023-12-25'::date AS v FROM t ORDER BY id`);
onDate('plus text errors', `SELECT d + '1'::text AS v FROM t`);
onDate('timestamp plus int errors', `SELECT ts + 1 AS v FROM t`);
onDate(
  'timestamp minus timestamp',
  `SELECT (ts - '2023-12-31 00:00'::timestamp)::text AS v FROM t ORDER BY id`,
);
onDate(
  'between literals',
  `SELECT id AS v FROM t WHERE ts BETWEEN '2024-01-01' AND '2024-01-03' ORDER BY id`,
);
onDate('upper errors', `SELECT upper(ts) AS v FROM t`);
onDate('to_char', `SELECT to_char(d, 'YYYY/MM/DD') AS v FROM t ORDER BY id`);
onDate('date_part', `SELECT date_part('year', d) AS v FROM t ORDER BY id`);
onDate('extract returns numeric', `SELECT extract(year FROM d) AS v FROM t ORDER BY id`);
onDate('max', `SELECT max(d)::text AS v FROM t`);
onDate('sum errors', `SELECT sum(d) AS v FROM t`);
onDate('avg errors', `SELECT avg(d) AS v FROM t`);

const uuidT = `CREATE TABLE t (id uuid, s text); INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`;
const onUuid = (name: string, sql: string) => list.add(`t16f uuid ${name}`, [sql], uuidT);
onUuid('substr errors', `SELECT substr(id, 1, 8) AS v FROM t`);
onUuid('left errors', `SELECT left(id, 8) AS v FROM t`);
onUuid('replace errors', `SELECT replace(id, '-', '') AS v FROM t`);
onUuid('length errors', `SELECT length(id) AS v FROM t`);
onUuid('upper errors', `SELECT upper(id) AS v FROM t`);
onUuid('concat operator works', `SELECT 'x' || id AS v FROM t`);
onUuid('text cast replace', `SELECT replace(id::text, '-', '') AS v FROM t`);
onUuid('equals text column cast', `SELECT count(*) AS v FROM t WHERE id = s::uuid`);
onUuid('text column equals uuid cast', `SELECT count(*) AS v FROM t WHERE id::text = s`);
onUuid(
  'in text literals',
  `SELECT count(*) AS v FROM t WHERE id IN ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11')`,
);
onUuid('in bad literal', `SELECT count(*) AS v FROM t WHERE id IN ('nope')`);
onUuid(
  'greater than literal',
  `SELECT count(*) AS v FROM t WHERE id > '00000000-0000-0000-0000-000000000000'`,
);
onUuid('coalesce with text errors', `SELECT coalesce(id, 'x'::text) AS v FROM t`);
onUuid('to_jsonb', `SELECT to_jsonb(id)::text AS v FROM t`);
onUuid('json_build_object', `SELECT json_build_object('id', id) ->> 'id' AS v FROM t`);

const arrT = `CREATE TABLE t (id int, a int[], tags text[]); INSERT INTO t VALUES (1, '{1,2,3}', '{x,y}'), (2, '{}', '{}')`;
const onArr = (name: string, sql: string) => list.add(`t16f array ${name}`, [sql], arrT);
onArr('length errors', `SELECT length(a) AS v FROM t ORDER BY id`);
onArr('upper errors', `SELECT upper(tags) AS v FROM t ORDER BY id`);
onArr('like errors', `SELECT id AS v FROM t WHERE tags LIKE '%x%'`);
onArr('text cast like', `SELECT id AS v FROM t WHERE tags::text LIKE '%x%' ORDER BY id`);
onArr('equals text literal', `SELECT id AS v FROM t WHERE tags = '{x,y}'`);
onArr('equals text typed errors', `SELECT id AS v FROM t WHERE tags = '{x,y}'::text`);
onArr('int array equals text array errors', `SELECT id AS v FROM t WHERE a = tags`);
onArr('element equals', `SELECT id AS v FROM t WHERE a[1] = 1`);
onArr('any of text literal element', `SELECT id AS v FROM t WHERE 'x' = ANY(tags)`);
onArr('any with int against text array errors', `SELECT id AS v FROM t WHERE 1 = ANY(tags)`);
onArr('contains int against text array errors', `SELECT id AS v FROM t WHERE tags @> ARRAY[1]`);
onArr(
  'contains text array literal typed',
  `SELECT id AS v FROM t WHERE tags @> ARRAY['x']::text[] ORDER BY id`,
);
onArr('contains varchar array', `SELECT id AS v FROM t WHERE tags @> ARRAY['x'::varchar] ORDER BY id`);
onArr('array_length on empty', `SELECT array_length(a, 1) AS v FROM t ORDER BY id`);
onArr('sum errors', `SELECT sum(a) AS v FROM t`);
onArr('plus errors', `SELECT a + 1 AS v FROM t`);
onArr('array_append wrong type errors', `SELECT array_append(a, 'x') AS v FROM t`);
onArr('array_append text literal number', `SELECT array_append(a, '4')::text AS v FROM t ORDER BY id`);
onArr('array_cat mismatched errors', `SELECT array_cat(a, tags) AS v FROM t`);
onArr('concat operator text array and text', `SELECT (tags || 'z'::text)::text AS v FROM t ORDER BY id`);
onArr('concat operator text array and int', `SELECT tags || 1 AS v FROM t`);
onArr('concat operator int array and text literal', `SELECT (a || '9')::text AS v FROM t ORDER BY id`);
onArr('concat operator int array and bad literal', `SELECT a || 'z' AS v FROM t`);
onArr('array_to_string', `SELECT array_to_string(a, '-') AS v FROM t ORDER BY id`);
onArr('array_position wrong type errors', `SELECT array_position(a, 'x'::text) AS v FROM t`);
onArr('unnest and sum', `SELECT sum(x) AS v FROM t, unnest(a) AS x`);

const boolT = `CREATE TABLE t (id int, b bool); INSERT INTO t VALUES (1, true), (2, false), (3, NULL)`;
const onBool = (name: string, sql: string) => list.add(`t16f bool ${name}`, [sql], boolT);
onBool('sum errors', `SELECT sum(b) AS v FROM t`);
onBool('count filter', `SELECT count(*) FILTER (WHERE b) AS v FROM t`);
onBool('sum case', `SELECT sum(CASE WHEN b THEN 1 ELSE 0 END) AS v FROM t`);
onBool('concat operator', `SELECT 'b=' || b AS v FROM t ORDER BY id`);
onBool('equals text typed errors', `SELECT id AS v FROM t WHERE b = 'true'::text`);
onBool('equals int literal errors', `SELECT id AS v FROM t WHERE b = 0`);
onBool('equals unknown literal', `SELECT id AS v FROM t WHERE b = 'f'`);
onBool('coalesce with int errors', `SELECT coalesce(b, 0) AS v FROM t`);
onBool('coalesce with literal', `SELECT coalesce(b, 'no') AS v FROM t ORDER BY id`);
onBool('not null', `SELECT id AS v FROM t WHERE NOT b ORDER BY id`);
onBool('in list', `SELECT id AS v FROM t WHERE b IN (true) ORDER BY id`);
onBool('greater than', `SELECT id AS v FROM t WHERE b > false ORDER BY id`);
onBool('and with int errors', `SELECT id AS v FROM t WHERE b AND 1`);
onBool('where int errors', `SELECT id AS v FROM t WHERE id`);
onBool('case when int errors', `SELECT CASE WHEN id THEN 1 END AS v FROM t`);
onBool('bool to text cast', `SELECT b::text AS v FROM t ORDER BY id`);
onBool('bool to varchar(1) cast', `SELECT b::varchar(1) AS v FROM t ORDER BY id`);
onBool('bool to char cast', `SELECT b::char AS v FROM t ORDER BY id`);

export default list.cases;
