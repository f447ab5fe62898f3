// Round 17 probe, part E: PostgreSQL 15 docs 9.17 (sequence functions), 9.18 (conditional
// expressions) and 9.19 (array functions and operators). Every output column is aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r17 functions: ');
const q = (name: string, expr: string) => list.select(name, expr);
const s = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- 9.17 sequences
const seq = 'CREATE SEQUENCE s';
s('nextval first', [`SELECT nextval('s') AS v`], seq);
s('nextval twice', [`SELECT nextval('s') AS v`, `SELECT nextval('s') AS v`], seq);
s('nextval regclass cast', [`SELECT nextval('s'::regclass) AS v`], seq);
s('nextval quoted name', [`SELECT nextval('"S"') AS v`], 'CREATE SEQUENCE "S"');
s('nextval case folding', [`SELECT nextval('S') AS v`], seq);
s('nextval schema qualified', [`SELECT nextval('public.s') AS v`], seq);
s('nextval missing', [`SELECT nextval('nope') AS v`], seq);
s('nextval on table errors', [`SELECT nextval('t') AS v`], 'CREATE TABLE t (id int)');
s('nextval null', [`SELECT nextval(NULL) AS v`], seq);
s('nextval typeof', [`SELECT pg_typeof(nextval('s'))::text AS v`], seq);
s('currval before nextval errors', [`SELECT currval('s') AS v`], seq);
s('currval after nextval', [`SELECT nextval('s') AS a`, `SELECT currval('s') AS v`], seq);
s('currval missing sequence', [`SELECT currval('nope') AS v`], seq);
s('lastval before any errors', [`SELECT lastval() AS v`], seq);
s('lastval after nextval', [`SELECT nextval('s') AS a`, `SELECT lastval() AS v`], seq);
s(
  'lastval two sequences',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s2') AS b`, `SELECT lastval() AS v`],
  `${seq}; CREATE SEQUENCE s2 START 100`,
);
s('setval then nextval', [`SELECT setval('s', 42) AS a`, `SELECT nextval('s') AS v`], seq);
s('setval is_called true', [`SELECT setval('s', 42, true) AS a`, `SELECT nextval('s') AS v`], seq);
s('setval is_called false', [`SELECT setval('s', 42, false) AS a`, `SELECT nextval('s') AS v`], seq);
s('setval returns value', [`SELECT setval('s', 42, false) AS v`], seq);
s('setval typeof', [`SELECT pg_typeof(setval('s', 5))::text AS v`], seq);
s('setval then currval', [`SELECT setval('s', 42) AS a`, `SELECT currval('s') AS v`], seq);
s('setval false then currval', [`SELECT setval('s', 42, false) AS a`, `SELECT currval('s') AS v`], seq);
s('setval then lastval', [`SELECT setval('s', 42) AS a`, `SELECT lastval() AS v`], seq);
s('setval out of range', [`SELECT setval('s', 0) AS v`], seq);
s('setval above max', [`SELECT setval('s', 11) AS v`], 'CREATE SEQUENCE s MAXVALUE 10');
s(
  'setval at max then nextval',
  [`SELECT setval('s', 10) AS a`, `SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s MAXVALUE 10',
);
s(
  'nextval cycle',
  [`SELECT setval('s', 3) AS a`, `SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s MAXVALUE 3 CYCLE',
);
s(
  'nextval increment',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s INCREMENT 5 START 10',
);
s(
  'nextval descending',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s INCREMENT -1',
);
s(
  'nextval descending min',
  [`SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s INCREMENT -1 MINVALUE -2 START -2',
);
s(
  'nextval descending exhausted',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s INCREMENT -1 MINVALUE -2 START -2',
);
s(
  'nextval int2 sequence exhausted',
  [`SELECT setval('s', 32767) AS a`, `SELECT nextval('s') AS v`],
  'CREATE SEQUENCE s AS smallint',
);
s('setval int2 sequence too big', [`SELECT setval('s', 40000) AS v`], 'CREATE SEQUENCE s AS smallint');
s(
  'nextval rolled back is not undone',
  [`BEGIN`, `SELECT nextval('s') AS a`, `ROLLBACK`, `SELECT nextval('s') AS v`],
  seq,
);
s(
  'setval rolled back is not undone',
  [`BEGIN`, `SELECT setval('s', 50) AS a`, `ROLLBACK`, `SELECT nextval('s') AS v`],
  seq,
);
s(
  'currval after rollback',
  [`BEGIN`, `SELECT nextval('s') AS a`, `ROLLBACK`, `SELECT currval('s') AS v`],
  seq,
);
s('nextval in values', [`SELECT v FROM (VALUES (nextval('s')), (nextval('s'))) t(v) ORDER BY v`], seq);
s('nextval per row', [`SELECT nextval('s') AS v FROM generate_series(1, 3) ORDER BY 1`], seq);
s('serial sequence name', [`SELECT pg_get_serial_sequence('t', 'id') AS v`], 'CREATE TABLE t (id serial)');
s(
  'serial sequence identity',
  [`SELECT pg_get_serial_sequence('t', 'id') AS v`],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY)',
);
s(
  'serial sequence none',
  [`SELECT pg_get_serial_sequence('t', 'id') IS NULL AS v`],
  'CREATE TABLE t (id int)',
);
s(
  'serial sequence bad column',
  [`SELECT pg_get_serial_sequence('t', 'nope') AS v`],
  'CREATE TABLE t (id serial)',
);
s(
  'serial currval after insert',
  [`INSERT INTO t DEFAULT VALUES`, `SELECT currval(pg_get_serial_sequence('t', 'id')) AS v`],
  'CREATE TABLE t (id serial)',
);
s(
  'setval on serial then insert',
  [
    `SELECT setval(pg_get_serial_sequence('t', 'id'), 100) AS a`,
    `INSERT INTO t DEFAULT VALUES RETURNING id AS v`,
  ],
  'CREATE TABLE t (id serial)',
);
s(
  'setval max of table',
  [`SELECT setval('t_id_seq', (SELECT max(id) FROM t)) AS v`],
  'CREATE TABLE t (id serial); INSERT INTO t (id) VALUES (7), (3)',
);
s(
  'setval max of empty table errors',
  [`SELECT setval('t_id_seq', (SELECT max(id) FROM t)) AS v`],
  'CREATE TABLE t (id serial)',
);
s(
  'setval coalesce empty',
  [
    `SELECT setval('t_id_seq', coalesce((SELECT max(id) FROM t), 1), (SELECT max(id) FROM t) IS NOT NULL) AS a`,
    `SELECT nextval('t_id_seq') AS v`,
  ],
  'CREATE TABLE t (id serial)',
);
s('nextval text argument', [`SELECT nextval('s'::text) AS v`], seq);
s('nextval numeric argument errors', [`SELECT nextval(1.5) AS v`], seq);
s('setval numeric value errors', [`SELECT setval('s', 1.5) AS v`], seq);
s('setval null value', [`SELECT setval('s', NULL) IS NULL AS v`], seq);
s(
  'sequence select last_value',
  [`SELECT nextval('s') AS a`, `SELECT last_value AS l, is_called AS c FROM s`],
  seq,
);
s('sequence select before nextval', [`SELECT last_value AS l, is_called AS c, log_cnt AS n FROM s`], seq);
s('pg_sequence_last_value', [`SELECT pg_sequence_last_value('s') IS NULL AS v`], seq);

// ---------------------------------------------------------------- 9.18 conditional
q('case searched', `CASE WHEN 1 = 2 THEN 'a' WHEN 2 = 2 THEN 'b' ELSE 'c' END`);
q('case searched no else', `CASE WHEN false THEN 1 END IS NULL`);
q('case simple', `CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'other' END`);
q('case simple null never matches', `CASE NULL::int WHEN NULL THEN 'null' ELSE 'else' END`);
q('case mixed result types', `CASE WHEN true THEN 1 ELSE 2.5 END`);
q('case mixed result types typeof', `pg_typeof(CASE WHEN true THEN 1 ELSE 2.5 END)::text`);
q('case int and text errors', `CASE WHEN true THEN 1 ELSE 'a'::text END`);
q('case int and unknown literal', `CASE WHEN true THEN 1 ELSE '2' END`);
q('case unknown results text', `pg_typeof(CASE WHEN true THEN 'a' ELSE 'b' END)::text`);
q('case bad unknown literal errors', `CASE WHEN false THEN 1 ELSE 'x' END`);
q('case lazy division', `CASE WHEN 1 > 0 THEN 1 ELSE 1/0 END`);
q('case constant folding of division', `(SELECT CASE WHEN x > 0 THEN x ELSE 1/0 END FROM (VALUES (1)) t(x))`);
q('case condition not boolean errors', `CASE WHEN 1 THEN 'a' END`);
q('case simple type mismatch errors', `CASE 1 WHEN 'a'::text THEN 1 END`);
q('case simple unknown when', `CASE 1 WHEN '1' THEN 'yes' END`);
q('case int2 int8 type', `pg_typeof(CASE WHEN true THEN 1::int2 ELSE 1::int8 END)::text`);
q('case varchar text type', `pg_typeof(CASE WHEN true THEN 'a'::varchar ELSE 'b'::text END)::text`);
q('case float numeric type', `pg_typeof(CASE WHEN true THEN 1.5 ELSE 1::float8 END)::text`);
q('case null results', `pg_typeof(CASE WHEN true THEN NULL END)::text`);
q(
  'case date timestamp type',
  `pg_typeof(CASE WHEN true THEN '2020-01-01'::date ELSE '2020-01-01 10:00'::timestamp END)::text`,
);
q('case bool int errors', `CASE WHEN true THEN true ELSE 1 END`);
q('case nested', `CASE WHEN true THEN CASE WHEN false THEN 'x' ELSE 'y' END END`);
q('coalesce', `COALESCE(NULL, 'a', 'b')`);
q('coalesce all null', `COALESCE(NULL, NULL) IS NULL`);
q('coalesce typeof unknown', `pg_typeof(COALESCE(NULL, NULL))::text`);
q('coalesce mixed numbers', `COALESCE(NULL, 1, 2.5)`);
q('coalesce mixed numbers typeof', `pg_typeof(COALESCE(NULL::int, 2.5))::text`);
q('coalesce int text errors', `COALESCE(1, 'a'::text)`);
q('coalesce int unknown bad errors', `COALESCE(1, 'a')`);
q('coalesce lazy', `COALESCE(1, 1/0)`);
q('coalesce int8 int', `pg_typeof(COALESCE(1::int8, 1))::text`);
q('coalesce arrays', `COALESCE(NULL::int[], ARRAY[1])`);
q('coalesce bool', `COALESCE(NULL::boolean, false)`);
q('coalesce one argument', `COALESCE(5)`);
q('coalesce no arguments errors', `COALESCE()`);
q('nullif equal', `NULLIF(1, 1) IS NULL`);
q('nullif not equal', `NULLIF(1, 2)`);
q('nullif text', `NULLIF('a', 'b')`);
q('nullif mixed', `NULLIF(1, 1.0) IS NULL`);
q('nullif mixed typeof', `pg_typeof(NULLIF(1, 1.5))::text`);
q('nullif numeric int typeof', `pg_typeof(NULLIF(1.5, 1))::text`);
q('nullif null first', `NULLIF(NULL, 1) IS NULL`);
q('nullif null second', `NULLIF(1, NULL)`);
q('nullif type mismatch errors', `NULLIF(1, 'a'::text)`);
q('nullif empty string', `NULLIF('', '') IS NULL`);
q('nullif value preserved scale', `NULLIF(1.50, 2)`);
q('greatest', `GREATEST(1, 5, 3)`);
q('least', `LEAST(1, 5, 3)`);
q('greatest null ignored', `GREATEST(1, NULL, 3)`);
q('greatest all null', `GREATEST(NULL, NULL) IS NULL`);
q('least null ignored', `LEAST(NULL, 2)`);
q('greatest mixed types', `GREATEST(1, 2.5, 2)`);
q('greatest mixed typeof', `pg_typeof(GREATEST(1, 2.5))::text`);
q('greatest int float', `GREATEST(1, 2::float8)`);
q('greatest text', `GREATEST('apple', 'banana', 'Cherry')`);
q('greatest text collation C', `GREATEST('a' COLLATE "C", 'B')`);
q('greatest int text errors', `GREATEST(1, 'a'::text)`);
q('greatest int unknown', `GREATEST(1, '5')`);
q('greatest dates', `GREATEST('2020-01-01'::date, '2021-01-01'::date)`);
q('greatest date and timestamp', `GREATEST('2020-01-01'::date, '2019-06-01 12:00'::timestamp)`);
q('greatest arrays', `GREATEST(ARRAY[1, 2], ARRAY[1, 3])`);
q('greatest bool', `GREATEST(true, false)`);
q(
  'least uuid',
  `LEAST('b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid)`,
);
q('greatest numeric scales', `GREATEST(1.5, 1.50)`);
q('greatest numeric scales other order', `GREATEST(1.50, 1.5)`);
q('greatest numeric different scale', `GREATEST(1.500, 2)`);
q('least int8', `pg_typeof(LEAST(1, 2::int8))::text`);
q('greatest many args', `GREATEST(1, 2, 3, 4, 5, 6, 7)`);
q('greatest one arg', `GREATEST(3)`);
q('greatest json errors', `GREATEST('{}'::json, '[]'::json)`);
q('greatest jsonb', `GREATEST('{}'::jsonb, '[]'::jsonb)`);
q('greatest intervals', `GREATEST(interval '1 day', interval '23 hours')`);
q('greatest nan float first', `GREATEST('NaN'::float8, 1)`);
q('least nan numeric', `LEAST('NaN'::numeric, 1)`);
q('greatest enum-like text', `GREATEST('b'::varchar, 'a'::text)`);
q('greatest varchar typeof', `pg_typeof(GREATEST('b'::varchar, 'a'::varchar))::text`);
q('greatest char typeof', `pg_typeof(GREATEST('b'::char(3), 'a'::char(3)))::text`);
q('greatest char padding', `GREATEST('b'::char(3), 'a'::char(3)) || '|'`);

// ---------------------------------------------------------------- 9.19 array operators
q('array contains', `ARRAY[1,4,3] @> ARRAY[3,1,3]`);
q('array contains not', `ARRAY[1,4,3] @> ARRAY[2]`);
q('array contained by', `ARRAY[2,2,7] <@ ARRAY[1,7,4,2,6]`);
q('array contains empty', `ARRAY[1] @> '{}'::int[]`);
q('array contains null element', `ARRAY[1, NULL] @> ARRAY[NULL::int]`);
q('array contains type mismatch errors', `ARRAY[1] @> ARRAY['a'::text]`);
q('array contains mixed numeric', `ARRAY[1, 2] @> ARRAY[1.0]`);
q('array contains multidim flattened', `ARRAY[[1, 2], [3, 4]] @> ARRAY[3]`);
q('array overlaps', `ARRAY[1,4,3] && ARRAY[2,1]`);
q('array overlaps not', `ARRAY[1,4,3] && ARRAY[2,5]`);
q('array overlaps null', `ARRAY[1, NULL] && ARRAY[NULL::int]`);
q('array overlaps empty', `ARRAY[1] && '{}'::int[]`);
q('array text contains', `ARRAY['a', 'b'] @> ARRAY['a']`);
q('array concat', `ARRAY[1,2,3] || ARRAY[4,5,6,7]`);
q('array concat 2d', `ARRAY[1,2,3] || ARRAY[[4,5,6],[7,8,9]]`);
q('array concat 2d both', `ARRAY[[1,2]] || ARRAY[[3,4]]`);
q('array concat element', `3 || ARRAY[4,5,6]`);
q('array concat element right', `ARRAY[4,5,6] || 7`);
q('array concat null array', `ARRAY[1] || NULL::int[]`);
q('array concat null element', `ARRAY[1] || NULL::int`);
q('array concat null untyped', `ARRAY[1] || NULL`);
q('array concat empty', `ARRAY[1] || '{}'::int[]`);
q('array concat dims mismatch errors', `ARRAY[[1,2]] || ARRAY[[1,2,3]]`);
q('array concat 3d 1d errors', `ARRAY[[[1]]] || ARRAY[1, 2]`);
q('array concat mixed types', `ARRAY[1] || ARRAY[2.5]`);
q('array concat text and int errors', `ARRAY['a'::text] || ARRAY[1]`);
q('array concat unknown literal', `ARRAY[1] || '{2,3}'`);
q('array concat lower bound', `'[0:1]={1,2}'::int[] || ARRAY[3]`);
q('array concat element to lower bound', `0 || '[2:3]={1,2}'::int[]`);
q('array equal', `ARRAY[1,2,3] = ARRAY[1,2,3]`);
q('array not equal', `ARRAY[1,2,3] <> ARRAY[1,2,4]`);
q('array less', `ARRAY[1,2,3] < ARRAY[1,2,4]`);
q('array less shorter', `ARRAY[1,2] < ARRAY[1,2,3]`);
q('array greater first element', `ARRAY[2] > ARRAY[1,9]`);
q('array less or equal', `ARRAY[1,2] <= ARRAY[1,2]`);
q('array compare null elements', `ARRAY[1, NULL] = ARRAY[1, NULL]`);
q('array compare null greater', `ARRAY[NULL::int] > ARRAY[1]`);
q('array compare dims', `ARRAY[[1,2]] = ARRAY[1,2]`);
q('array compare dims order', `ARRAY[1,2] < ARRAY[[1,2]]`);
q('array compare lower bound', `'[0:1]={1,2}'::int[] = ARRAY[1,2]`);
q('array compare empty', `'{}'::int[] < ARRAY[1]`);
q('array compare type mismatch errors', `ARRAY[1] = ARRAY['1'::text]`);
q('array compare mixed numbers', `ARRAY[1] = ARRAY[1.0]`);
q('array text compare', `ARRAY['a','b'] < ARRAY['a','c']`);

// ---------------------------------------------------------------- 9.19 array functions
q('array_append', `array_append(ARRAY[1,2], 3)`);
q('array_append null array', `array_append(NULL::int[], 3)`);
q('array_append null element', `array_append(ARRAY[1], NULL)`);
q('array_append 2d errors', `array_append(ARRAY[[1,2]], 3)`);
q('array_append type mismatch errors', `array_append(ARRAY[1], 'a'::text)`);
q('array_append numeric to int errors', `array_append(ARRAY[1], 2.5)`);
q('array_append unknown literal', `array_append(ARRAY[1], '2')`);
q('array_append empty', `array_append('{}'::text[], 'x')`);
q('array_append keeps lower bound', `array_append('[0:0]={1}'::int[], 2)`);
q('array_cat', `array_cat(ARRAY[1,2,3], ARRAY[4,5])`);
q('array_cat null first', `array_cat(NULL, ARRAY[4,5])`);
q('array_cat both null', `array_cat(NULL::int[], NULL::int[]) IS NULL`);
q('array_cat 1d 2d', `array_cat(ARRAY[1,2], ARRAY[[3,4],[5,6]])`);
q('array_cat 2d 2d', `array_cat(ARRAY[[1,2]], ARRAY[[3,4]])`);
q('array_cat 2d mismatch errors', `array_cat(ARRAY[[1,2]], ARRAY[[3,4,5]])`);
q('array_cat empty', `array_cat('{}'::int[], ARRAY[1])`);
q('array_dims', `array_dims(ARRAY[[1,2,3], [4,5,6]])`);
q('array_dims 1d', `array_dims(ARRAY[1,2,3])`);
q('array_dims empty', `array_dims('{}'::int[]) IS NULL`);
q('array_dims lower bound', `array_dims('[2:4]={1,2,3}'::int[])`);
q('array_dims 3d', `array_dims(ARRAY[[[1],[2]]])`);
q('array_dims null', `array_dims(NULL::int[]) IS NULL`);
q('array_fill', `array_fill(11, ARRAY[2,3])`);
q('array_fill lower bounds', `array_fill(7, ARRAY[3], ARRAY[2])`);
q('array_fill null value', `array_fill(NULL::int, ARRAY[2])`);
q('array_fill unknown value errors', `array_fill(NULL, ARRAY[2])`);
q('array_fill zero length', `array_fill(1, ARRAY[0])`);
q('array_fill negative errors', `array_fill(1, ARRAY[-1])`);
q('array_fill dims null errors', `array_fill(1, NULL)`);
q('array_fill dims element null errors', `array_fill(1, ARRAY[NULL::int])`);
q('array_fill bounds mismatch errors', `array_fill(1, ARRAY[2], ARRAY[1, 1])`);
q('array_fill text', `array_fill('x'::text, ARRAY[2, 2])`);
q('array_fill 2d dims array errors', `array_fill(1, ARRAY[[1]])`);
q('array_length', `array_length(ARRAY[1,2,3], 1)`);
q('array_length dim 2', `array_length(ARRAY[[1,2,3],[4,5,6]], 2)`);
q('array_length missing dim', `array_length(ARRAY[1,2,3], 2) IS NULL`);
q('array_length empty', `array_length('{}'::int[], 1) IS NULL`);
q('array_length dim zero', `array_length(ARRAY[1], 0) IS NULL`);
q('array_length lower bound', `array_length('[5:7]={1,2,3}'::int[], 1)`);
q('array_length unknown literal errors', `array_length('{1,2}', 1)`);
q('array_lower', `array_lower('[0:2]={1,2,3}'::integer[], 1)`);
q('array_lower default', `array_lower(ARRAY[1,2], 1)`);
q('array_lower missing dim', `array_lower(ARRAY[1,2], 2) IS NULL`);
q('array_lower empty', `array_lower('{}'::int[], 1) IS NULL`);
q('array_upper', `array_upper(ARRAY[1,8,3,7], 1)`);
q('array_upper lower bound', `array_upper('[0:2]={1,2,3}'::int[], 1)`);
q('array_upper 2d', `array_upper(ARRAY[[1,2],[3,4],[5,6]], 1)`);
q('array_ndims', `array_ndims(ARRAY[[1,2,3], [4,5,6]])`);
q('array_ndims empty', `array_ndims('{}'::int[]) IS NULL`);
q('array_ndims 1', `array_ndims(ARRAY[1])`);
q('array_position', `array_position(ARRAY['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'], 'mon')`);
q('array_position missing', `array_position(ARRAY[1, 2], 3) IS NULL`);
q('array_position start', `array_position(ARRAY[1, 2, 1, 2], 1, 2)`);
q('array_position null', `array_position(ARRAY[1, NULL, 3], NULL)`);
q('array_position 2d errors', `array_position(ARRAY[[1, 2]], 1)`);
q('array_position lower bound', `array_position('[5:7]={a,b,c}'::text[], 'b')`);
q('array_position start past end', `array_position(ARRAY[1, 2], 1, 10) IS NULL`);
q('array_position start null errors', `array_position(ARRAY[1, 2], 1, NULL)`);
q('array_position type mismatch errors', `array_position(ARRAY[1, 2], 'a'::text)`);
q('array_position numeric', `array_position(ARRAY[1.0, 2.00], 2)`);
q('array_positions', `array_positions(ARRAY['A','A','B','A'], 'A')`);
q('array_positions none', `array_positions(ARRAY[1, 2], 3)`);
q('array_positions null', `array_positions(ARRAY[NULL, 1, NULL]::int[], NULL)`);
q('array_positions null array', `array_positions(NULL::int[], 1) IS NULL`);
q('array_positions 2d errors', `array_positions(ARRAY[[1, 2]], 1)`);
q('array_prepend', `array_prepend(1, ARRAY[2,3])`);
q('array_prepend null array', `array_prepend(1, NULL::int[])`);
q('array_prepend lower bound', `array_prepend(0, '[1:2]={1,2}'::int[])`);
q('array_prepend 2d errors', `array_prepend(1, ARRAY[[2, 3]])`);
q('array_remove', `array_remove(ARRAY[1,2,3,2], 2)`);
q('array_remove null', `array_remove(ARRAY[1, NULL, 3], NULL)`);
q('array_remove missing', `array_remove(ARRAY[1, 2], 5)`);
q('array_remove all', `array_remove(ARRAY[2, 2], 2)`);
q('array_remove 2d errors', `array_remove(ARRAY[[1,2],[3,4]], 1)`);
q('array_remove lower bound', `array_remove('[3:5]={1,2,3}'::int[], 2)`);
q('array_remove text', `array_remove(ARRAY['a', 'b'], 'a')`);
q('array_replace', `array_replace(ARRAY[1,2,5,4], 5, 3)`);
q('array_replace null', `array_replace(ARRAY[1, NULL, 3], NULL, 2)`);
q('array_replace to null', `array_replace(ARRAY[1, 2, 1], 1, NULL)`);
q('array_replace 2d', `array_replace(ARRAY[[1,2],[3,1]], 1, 9)`);
q('array_replace type mismatch errors', `array_replace(ARRAY[1], 1, 'a'::text)`);
q('array_to_string', `array_to_string(ARRAY[1, 2, 3, NULL, 5], ',', '*')`);
q('array_to_string skips null', `array_to_string(ARRAY[1, 2, 3, NULL, 5], ',')`);
q('array_to_string empty', `array_to_string('{}'::int[], ',')`);
q('array_to_string 2d', `array_to_string(ARRAY[[1, 2], [3, 4]], ',')`);
q('array_to_string null delimiter', `array_to_string(ARRAY[1, 2], NULL) IS NULL`);
q('array_to_string null array', `array_to_string(NULL::int[], ',') IS NULL`);
q('array_to_string text quoting', `array_to_string(ARRAY['a,b', 'c"d'], '|')`);
q('array_to_string numeric scale', `array_to_string(ARRAY[1.50, 2.0], ';')`);
q('array_to_string float', `array_to_string(ARRAY[0.1::float8, 1e20], ';')`);
q('array_to_string bool', `array_to_string(ARRAY[true, false], ',')`);
q('array_to_string dates', `array_to_string(ARRAY['2020-01-02'::date], ',')`);
q('array_to_string empty delimiter', `array_to_string(ARRAY['a', 'b'], '')`);
q('array_to_string null string empty', `array_to_string(ARRAY['a', NULL], ',', '')`);
q('string_to_array', `string_to_array('xx~~yy~~zz', '~~', 'yy')`);
q('string_to_array null delimiter', `string_to_array('abc', NULL)`);
q('string_to_array empty delimiter', `string_to_array('abc', '')`);
q('string_to_array empty string', `string_to_array('', ',')`);
q('cardinality', `cardinality(ARRAY[[1,2],[3,4]])`);
q('cardinality empty', `cardinality('{}'::int[])`);
q('cardinality null', `cardinality(NULL::int[]) IS NULL`);
q('cardinality 1d', `cardinality(ARRAY[1, NULL, 3])`);
q('trim_array', `trim_array(ARRAY[1,2,3,4,5,6], 2)`);
q('trim_array all', `trim_array(ARRAY[1,2], 2)`);
q('trim_array too many errors', `trim_array(ARRAY[1,2], 3)`);
q('trim_array negative errors', `trim_array(ARRAY[1,2], -1)`);
q('trim_array 2d', `trim_array(ARRAY[[1,2],[3,4],[5,6]], 1)`);
q('trim_array lower bound', `trim_array('[3:5]={1,2,3}'::int[], 1)`);
q('trim_array empty zero', `trim_array('{}'::int[], 0)`);
q('trim_array zero', `trim_array(ARRAY[1, 2], 0)`);
q('unnest', `(SELECT array_agg(x ORDER BY x) FROM unnest(ARRAY[1,2]) x)`);
q(
  'unnest 2d',
  `(SELECT array_agg(x ORDER BY o) FROM unnest(ARRAY[['foo','bar'],['baz','quux']]) WITH ORDINALITY t(x, o))`,
);
q(
  'unnest multi arg',
  `(SELECT array_agg(a::text || ':' || coalesce(b, '-') ORDER BY a) FROM unnest(ARRAY[1,2], ARRAY['foo','bar','baz']) AS x(a,b))`,
);
q(
  'unnest multi arg nulls',
  `(SELECT count(*) FROM unnest(ARRAY[1,2], ARRAY['foo','bar','baz']) AS x(a,b) WHERE a IS NULL)`,
);
q('unnest empty', `(SELECT count(*) FROM unnest('{}'::int[]))`);
q('unnest null', `(SELECT count(*) FROM unnest(NULL::int[]))`);
q('unnest in select list', `(SELECT array_agg(x ORDER BY x) FROM (SELECT unnest(ARRAY[3,1,2]) AS x) s)`);
q(
  'unnest in select list two',
  `(SELECT array_agg(a::text || b ORDER BY a) FROM (SELECT unnest(ARRAY[1,2]) AS a, unnest(ARRAY['x','y','z']) AS b) s WHERE a IS NOT NULL)`,
);
q('unnest multi arg in select list errors', `unnest(ARRAY[1], ARRAY[2])`);
q('unnest unknown errors', `(SELECT count(*) FROM unnest('{1,2}'))`);
q(
  'unnest with ordinality',
  `(SELECT array_agg(o ORDER BY o) FROM unnest(ARRAY['a','b','c']) WITH ORDINALITY t(x, o))`,
);
q('array subscript', `(ARRAY[1,2,3])[2]`);
q('array subscript out of range', `(ARRAY[1,2,3])[5] IS NULL`);
q('array subscript zero', `(ARRAY[1,2,3])[0] IS NULL`);
q('array subscript negative', `(ARRAY[1,2,3])[-1] IS NULL`);
q('array subscript 2d', `(ARRAY[[1,2],[3,4]])[2][1]`);
q('array subscript 2d single index', `(ARRAY[[1,2],[3,4]])[2] IS NULL`);
q('array slice', `(ARRAY[1,2,3,4])[2:3]`);
q('array slice open start', `(ARRAY[1,2,3,4])[:2]`);
q('array slice open end', `(ARRAY[1,2,3,4])[3:]`);
q('array slice empty', `(ARRAY[1,2,3,4])[3:2]`);
q('array slice out of range', `(ARRAY[1,2,3,4])[5:9]`);
q('array slice partial', `(ARRAY[1,2,3,4])[3:9]`);
q('array slice 2d', `(ARRAY[[1,2,3],[4,5,6]])[1:2][2:3]`);
q('array slice 2d mixed', `(ARRAY[[1,2,3],[4,5,6]])[2][1:2]`);
q('array slice lower bound', `('[3:5]={a,b,c}'::text[])[4:5]`);
q('array subscript null', `(ARRAY[1,2])[NULL] IS NULL`);
q('array subscript text errors', `(ARRAY[1,2])['a']`);
q('array subscript numeric', `(ARRAY[1,2,3])[1.6]`);
q('array subscript on non-array errors', `(1)[1]`);
q('array constructor mixed', `ARRAY[1, 2.5, 3]`);
q('array constructor typeof', `pg_typeof(ARRAY[1, 2.5])::text`);
q('array constructor unknown', `pg_typeof(ARRAY['a', 'b'])::text`);
q('array constructor empty errors', `ARRAY[]`);
q('array constructor empty cast', `ARRAY[]::int[]`);
q('array constructor mixed errors', `ARRAY[1, 'a'::text]`);
q('array constructor multidim ragged errors', `ARRAY[[1, 2], [3]]`);
q('array constructor multidim of arrays', `ARRAY[ARRAY[1, 2], ARRAY[3, 4]]`);
q('array constructor ragged arrays errors', `ARRAY[ARRAY[1, 2], ARRAY[3]]`);
q('array constructor with null sub', `ARRAY[ARRAY[1, 2], NULL]`);
q('array constructor subquery', `ARRAY(SELECT x FROM generate_series(1, 3) x ORDER BY x DESC)`);
q('array constructor subquery empty', `ARRAY(SELECT 1 WHERE false)`);
q('array constructor subquery two columns errors', `ARRAY(SELECT 1, 2)`);
q(
  'array constructor subquery of arrays',
  `ARRAY(SELECT ARRAY[x, x] FROM generate_series(1, 2) x ORDER BY x)`,
);
q('array output quoting', `ARRAY['a b', 'c,d', 'e"f', 'NULL', '', NULL]::text`);
q('array output backslash', `ARRAY[E'a\\\\b']::text`);
q('array input', `'{1,2,3}'::int[]`);
q('array input spaces', `'{ 1 , 2 }'::int[]`);
q('array input nested', `'{{1,2},{3,4}}'::int[]`);
q('array input ragged errors', `'{{1,2},{3}}'::int[]`);
q('array input malformed errors', `'{1,2'::int[]`);
q('array input bad element errors', `'{1,a}'::int[]`);
q('array input null element', `'{1,NULL}'::int[]`);
q('array input quoted null', `'{"NULL"}'::text[]`);
q('array input dims', `'[1:2][1:1]={{1},{2}}'::int[]`);
q('array input dims mismatch errors', `'[1:3]={1,2}'::int[]`);
q('array input empty', `'{}'::text[]`);
q('array input empty inner errors', `'{{}}'::int[]`);
q('array any', `2 = ANY(ARRAY[1, 2, 3])`);
q('array any null', `(5 = ANY(ARRAY[1, NULL])) IS NULL`);
q('array all', `5 > ALL(ARRAY[1, 2, 3])`);
q('array all empty', `5 = ALL('{}'::int[])`);
q('array some', `2 = SOME(ARRAY[1, 2])`);
q('array any less', `2 < ANY(ARRAY[1, 2, 3])`);
q('array any like', `'abc' LIKE ANY(ARRAY['x%', '%c'])`);
q('array any not array errors', `1 = ANY(1)`);
q('array_agg of arrays', `(SELECT array_agg(a ORDER BY a) FROM (VALUES (ARRAY[1, 2]), (ARRAY[3, 4])) t(a))`);
q('array_agg of arrays ragged errors', `(SELECT array_agg(a) FROM (VALUES (ARRAY[1, 2]), (ARRAY[3])) t(a))`);
q('array int2vector typeof', `pg_typeof(ARRAY[1::int2])::text`);
q('array to json', `array_to_json(ARRAY[[1, 2], [3, 4]])`);
q('array 2d of text output', `ARRAY[['a', 'b'], ['c', NULL]]`);
q('array of bool output', `ARRAY[true, false, NULL]`);
q('array of numeric output', `ARRAY[1.50, 2, NULL]`);
q('array of dates output', `ARRAY['2020-01-01'::date, NULL]`);
q('array of timestamps output', `ARRAY['2020-01-01 10:00'::timestamp]`);
q('array of bytea output', `ARRAY['\\x01'::bytea]`);
q('array of jsonb output', `ARRAY['{"a": 1}'::jsonb]`);
q('array of uuid output', `ARRAY['a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid]`);
q('array typeof of 2d', `pg_typeof(ARRAY[[1]])::text`);
q('array cast int to text', `ARRAY[1, 2]::text[]`);
q('array cast text to int', `ARRAY['1', '2']::int[]`);
q('array cast text to int errors', `ARRAY['1', 'x']::int[]`);
q('array cast to varchar(1)', `ARRAY['ab', 'c']::varchar(1)[]`);
q('array cast numeric typmod', `ARRAY[1.234, 5.678]::numeric(5,1)[]`);
q('array element assign', `(SELECT a FROM (SELECT (ARRAY[1, 2, 3]) AS a) s)`);
q('array_length of slice', `array_length((ARRAY[1,2,3,4])[2:3], 1)`);
q('array_upper of empty', `array_upper('{}'::int[], 1) IS NULL`);
q(
  'array generate_subscripts',
  `(SELECT array_agg(i ORDER BY i) FROM generate_subscripts(ARRAY[5, 6, 7], 1) i)`,
);
q(
  'array generate_subscripts reverse',
  `(SELECT array_agg(i ORDER BY i DESC) FROM generate_subscripts(ARRAY[5, 6, 7], 1, true) i)`,
);
q(
  'array generate_subscripts 2d',
  `(SELECT array_agg(i ORDER BY i) FROM generate_subscripts(ARRAY[[1, 2, 3], [4, 5, 6]], 2) i)`,
);
q('array remove from null array', `array_remove(NULL::int[], 1) IS NULL`);
q('array contains with duplicates', `ARRAY[1] @> ARRAY[1, 1, 1]`);
q('array contained empty', `'{}'::int[] <@ ARRAY[1]`);
q('array concat three', `ARRAY[1] || ARRAY[2] || ARRAY[3]`);
q('array concat text element', `ARRAY['a'] || 'b'`);
q('array concat text element unknown both', `ARRAY['a'] || 'b'::text`);
q('array concat strings ambiguity', `'{a}'::text[] || '{b}'`);
q('array_append typeof', `pg_typeof(array_append(ARRAY[1::int8], 2))::text`);
q('array_cat typeof', `pg_typeof(array_cat(ARRAY[1], ARRAY[2::int8]))::text`);
q('array_replace all nulls', `array_replace(ARRAY[NULL, NULL]::int[], NULL, 0)`);
q('array_position text case', `array_position(ARRAY['A', 'a'], 'a')`);

export default list.cases;
