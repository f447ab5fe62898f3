// Round 19 probe, composites part E: how an ARRAY[...] constructor takes its type (docs 4.2.12 and
// 10.5: only an explicit cast gives it a target type; otherwise its elements decide), as
// comparisons, concatenation, COALESCE, INSERT and UPDATE see it.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 composites: array typing: ');
const T = `CREATE TABLE xa (id int, a int[], t text[], b bigint[]);
INSERT INTO xa VALUES (1, '{1,2}', '{x,y}', '{5}'), (2, NULL, NULL, NULL);`;

const SELECTS: Array<[string, string]> = [
  ['int[] = ARRAY of unknown', `ARRAY[1] = ARRAY['1']`],
  ['int[] = ARRAY of bad unknown', `ARRAY[1] = ARRAY['a']`],
  ['int[] = ARRAY[NULL]', `ARRAY[1] = ARRAY[NULL]`],
  ['int[] <> ARRAY of unknown', `ARRAY[1] <> ARRAY['1']`],
  ['int[] < ARRAY of unknown', `ARRAY[1] < ARRAY['1']`],
  ['ARRAY of unknown = int[] literal', `ARRAY['1'] = '{1}'::int[]`],
  ['int8[] = int4[]', `ARRAY[1::int8] = ARRAY[1]`],
  ['int4[] = int8[]', `ARRAY[1] = ARRAY[1::int8]`],
  ['int4[] = numeric[]', `ARRAY[1] = ARRAY[1.0]`],
  ['int4[] = int2[]', `ARRAY[1] = ARRAY[1::int2]`],
  ['text[] = varchar[]', `ARRAY['a'::text] = ARRAY['a'::varchar]`],
  ['text[] = ARRAY of unknown', `ARRAY['a'::text] = ARRAY['a']`],
  ['int[] = untyped literal', `ARRAY[1,2] = '{1,2}'`],
  ['int[] = bad untyped literal', `ARRAY[1,2] = '{a}'`],
  ['int[] || ARRAY of unknown', `ARRAY[1] || ARRAY['1']`],
  ['int[] || ARRAY[NULL]', `ARRAY[1] || ARRAY[NULL]`],
  ['int[] @> ARRAY of unknown', `ARRAY[1] @> ARRAY['1']`],
  ['int[] && ARRAY of unknown', `ARRAY[1] && ARRAY['1']`],
  ['int[] <@ ARRAY of unknown', `ARRAY[1] <@ ARRAY['1']`],
  ['int[] @> untyped literal', `ARRAY[1] @> '{1}'`],
  ['int[] && int8[]', `ARRAY[1] && ARRAY[1::int8]`],
  ['coalesce int[] ARRAY of unknown', `COALESCE(ARRAY[1], ARRAY['1'])`],
  ['coalesce int[] untyped literal', `COALESCE(ARRAY[1], '{2}')`],
  ['case int[] ARRAY of unknown', `CASE WHEN true THEN ARRAY[1] ELSE ARRAY['1'] END`],
  ['is distinct int[] ARRAY of unknown', `ARRAY[1] IS DISTINCT FROM ARRAY['1']`],
  ['in list ARRAY of unknown', `ARRAY[1] IN (ARRAY['1'])`],
  ['cast ARRAY of unknown', `ARRAY['1','2']::int[]`],
  ['cast ARRAY of unknown bad', `ARRAY['1','x']::int[]`],
  ['cast ARRAY of text', `ARRAY['1'::text]::int[]`],
  ['cast ARRAY of numeric to int[]', `ARRAY[1.4, 1.6]::int[]`],
  ['ARRAY of int and unknown', `ARRAY[1, '2']`],
  ['ARRAY of int and bad unknown', `ARRAY[1, 'x']`],
  ['ARRAY of unknown and int', `ARRAY['2', 1]`],
  ['ARRAY of int and text', `ARRAY[1, '2'::text]`],
  ['ARRAY of int and bigint type', `pg_typeof(ARRAY[1, 2::int8])::text`],
  ['ARRAY of unknown type', `pg_typeof(ARRAY['a'])::text`],
  ['ARRAY of NULL type', `pg_typeof(ARRAY[NULL])::text`],
  ['array_append int[] unknown', `array_append(ARRAY[1], '2')`],
  ['array_append int[] text', `array_append(ARRAY[1], '2'::text)`],
  ['array_cat int[] ARRAY of unknown', `array_cat(ARRAY[1], ARRAY['2'])`],
  ['array_position int[] ARRAY unknown element', `array_position(ARRAY[1,2], '2')`],
  ['any ARRAY of unknown', `1 = ANY(ARRAY['1'])`],
  ['any ARRAY of bad unknown', `1 = ANY(ARRAY['a'])`],
  ['all ARRAY of unknown', `1 = ALL(ARRAY['1'])`],
  ['text = any ARRAY of unknown', `'a' = ANY(ARRAY['a','b'])`],
];
for (const [name, expr] of SELECTS) list.select(name, expr);

const STEPS: Array<[string, string]> = [
  ['insert ARRAY of unknown into int[]', `INSERT INTO xa (id, a) VALUES (3, ARRAY['1'])`],
  ['insert ARRAY[NULL] into int[]', `INSERT INTO xa (id, a) VALUES (3, ARRAY[NULL])`],
  ['insert ARRAY[] into int[]', `INSERT INTO xa (id, a) VALUES (3, ARRAY[])`],
  ['insert ARRAY of text into int[]', `INSERT INTO xa (id, a) VALUES (3, ARRAY['1'::text])`],
  ['insert ARRAY of numeric into int[]', `INSERT INTO xa (id, a) VALUES (3, ARRAY[1.5]) RETURNING a`],
  ['insert ARRAY of bigint into int[]', `INSERT INTO xa (id, a) VALUES (3, ARRAY[1::int8]) RETURNING a`],
  ['insert ARRAY of int into text[]', `INSERT INTO xa (id, t) VALUES (3, ARRAY[1])`],
  ['insert ARRAY of unknown into text[]', `INSERT INTO xa (id, t) VALUES (3, ARRAY['q']) RETURNING t`],
  ['insert ARRAY of int into bigint[]', `INSERT INTO xa (id, b) VALUES (3, ARRAY[1]) RETURNING b`],
  ['insert untyped literal into int[]', `INSERT INTO xa (id, a) VALUES (3, '{7,8}') RETURNING a`],
  ['insert ARRAY of unknown, select source', `INSERT INTO xa (id, a) SELECT 3, ARRAY['1']`],
  ['update set ARRAY of unknown', `UPDATE xa SET a = ARRAY['1'] WHERE id = 1`],
  ['update set ARRAY[NULL]', `UPDATE xa SET a = ARRAY[NULL] WHERE id = 1`],
  ['update set ARRAY of int into text[]', `UPDATE xa SET t = ARRAY[1] WHERE id = 1`],
  ['update set ARRAY of unknown into text[]', `UPDATE xa SET t = ARRAY['z'] WHERE id = 1 RETURNING t`],
  ['update element unknown', `UPDATE xa SET a[1] = '9' WHERE id = 1 RETURNING a`],
  ['where column = ARRAY of unknown', `SELECT id FROM xa WHERE a = ARRAY['1','2']`],
  ['where column = untyped literal', `SELECT id FROM xa WHERE a = '{1,2}'`],
  ['where column @> ARRAY of unknown', `SELECT id FROM xa WHERE a @> ARRAY['1']`],
  ['where column && ARRAY of unknown', `SELECT id FROM xa WHERE a && ARRAY['1']`],
  ['where text column @> ARRAY of unknown', `SELECT id FROM xa WHERE t @> ARRAY['x']`],
  ['where text column = ARRAY of unknown', `SELECT id FROM xa WHERE t = ARRAY['x','y']`],
  ['where column || ARRAY of unknown', `SELECT a || ARRAY['3'] AS v FROM xa WHERE id = 1`],
  ['where bigint column = int ARRAY', `SELECT id FROM xa WHERE b = ARRAY[5]`],
  ['where bigint column @> int ARRAY', `SELECT id FROM xa WHERE b @> ARRAY[5]`],
  ['where int column = any ARRAY of unknown', `SELECT id FROM xa WHERE id = ANY(ARRAY['1','2']) ORDER BY id`],
  ['coalesce column ARRAY of unknown', `SELECT COALESCE(a, ARRAY['0']) AS v FROM xa ORDER BY id`],
  ['coalesce column ARRAY[]', `SELECT COALESCE(a, ARRAY[]) AS v FROM xa ORDER BY id`],
  ['coalesce column untyped', `SELECT COALESCE(a, '{}') AS v FROM xa ORDER BY id`],
  ['values union ARRAY of unknown', `SELECT a FROM xa WHERE id = 1 UNION ALL SELECT ARRAY['1']`],
];
for (const [name, sql] of STEPS) list.add(name, [sql], T);

list.params('param element in ARRAY vs int[] column', 'SELECT id FROM xa WHERE a = ARRAY[$1, $2]', [1, 2], T);
list.params('param whole array vs int[] column', 'SELECT id FROM xa WHERE a = $1', ['{1,2}'], T);
list.params(
  'param insert ARRAY of params into int[]',
  'INSERT INTO xa (id, a) VALUES (3, ARRAY[$1, $2]) RETURNING a',
  [1, 2],
  T,
);
list.params('param any', 'SELECT id FROM xa WHERE id = ANY($1) ORDER BY id', ['{1,2}'], T);

export default list.cases;
