// Round 19 probe: PostgreSQL 15 general-purpose aggregates (9.21, table 9.58) and aggregate expressions (4.2.7).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates general: ');
const T = `CREATE TABLE t (id int, g text, v int, n numeric, f float8, b boolean, s text, j jsonb);
INSERT INTO t VALUES
 (1, 'a', 10, 1.5, 1.5, true, 'x', '{"k":1}'),
 (2, 'a', 20, 2.25, 2.5, true, 'y', '[1,2]'),
 (3, 'a', NULL, NULL, NULL, NULL, NULL, NULL),
 (4, 'b', 5, -1, -10000000000, false, 'z', 'null'),
 (5, 'b', 5, 0, 0, true, 'z', '"s"'),
 (6, 'c', NULL, NULL, NULL, NULL, NULL, NULL);`;
const q = (name: string, sql: string, setup = T) => list.add(name, [sql], setup);

// ---------------------------------------------------------------- count / sum / avg / min / max
q('count star counts NULL rows', 'SELECT count(*) AS c, count(v) AS cv, count(id) AS ci FROM t');
q('count over empty table is 0', 'SELECT count(*) AS c, count(v) AS cv FROM t WHERE false');
q(
  'sum over empty table is NULL',
  'SELECT sum(v) AS s, avg(v) AS a, min(v) AS mn, max(v) AS mx FROM t WHERE false',
);
q('sum int is bigint', 'SELECT sum(v) AS s, pg_typeof(sum(v))::text AS ty FROM t');
q('sum bigint is numeric', 'SELECT sum(v::int8) AS s, pg_typeof(sum(v::int8))::text AS ty FROM t');
q('sum smallint is bigint', 'SELECT sum(v::int2) AS s, pg_typeof(sum(v::int2))::text AS ty FROM t');
q('sum numeric keeps scale', 'SELECT sum(n) AS s, pg_typeof(sum(n))::text AS ty FROM t');
q('sum float8', 'SELECT sum(f) AS s, pg_typeof(sum(f))::text AS ty FROM t');
q('sum real is real', 'SELECT sum(f::real) AS s, pg_typeof(sum(f::real))::text AS ty FROM t');
q('sum interval', `SELECT sum(x) AS s FROM (VALUES (interval '1 day'), (interval '25 hours'), (NULL)) v(x)`);
q('sum money', `SELECT sum(x) AS s FROM (VALUES ('1.25'::money), ('2.50'::money)) v(x)`);
q('sum of text is 42883', 'SELECT sum(s) AS s FROM t');
q('sum of boolean is 42883', 'SELECT sum(b) AS s FROM t');
q('sum of unknown literal', `SELECT sum('1') AS s`);
q('avg int is numeric', 'SELECT avg(v) AS a, pg_typeof(avg(v))::text AS ty FROM t');
q('avg numeric scale', 'SELECT avg(n) AS a FROM t');
q('avg of 1 2 is 1.5 with scale', 'SELECT avg(x) AS a FROM (VALUES (1), (2)) v(x)');
q('avg of ints of 1/3', 'SELECT avg(x) AS a FROM (VALUES (1), (0), (0)) v(x)');
q('avg float8', 'SELECT avg(f) AS a, pg_typeof(avg(f))::text AS ty FROM t');
q('avg real is float8', 'SELECT pg_typeof(avg(f::real))::text AS ty FROM t');
q('avg interval', `SELECT avg(x) AS a FROM (VALUES (interval '1 day'), (interval '2 hours')) v(x)`);
q(
  'avg bigint',
  'SELECT avg(x) AS a FROM (VALUES (9223372036854775807::int8), (9223372036854775807::int8)) v(x)',
);
q(
  'sum bigint overflow goes numeric',
  'SELECT sum(x) AS a FROM (VALUES (9223372036854775807::int8), (1::int8)) v(x)',
);
q('sum int overflow into bigint', 'SELECT sum(x) AS a FROM (VALUES (2147483647), (2147483647)) v(x)');
q('avg of text is 42883', 'SELECT avg(s) AS a FROM t');
q('avg numeric NaN', `SELECT avg(x) AS a FROM (VALUES ('NaN'::numeric), (1)) v(x)`);
q('sum numeric infinity', `SELECT sum(x) AS a FROM (VALUES ('Infinity'::numeric), (1)) v(x)`);
q(
  'sum numeric inf minus inf is NaN',
  `SELECT sum(x) AS a FROM (VALUES ('Infinity'::numeric), ('-Infinity')) v(x)`,
);
q('sum float8 infinity', `SELECT sum(x) AS a FROM (VALUES ('Infinity'::float8), (1)) v(x)`);
q('min max int', 'SELECT min(v) AS mn, max(v) AS mx FROM t');
q('min max text', 'SELECT min(s) AS mn, max(s) AS mx FROM t');
q(
  'min max text collate C',
  `SELECT min(x COLLATE "C") AS mn, max(x COLLATE "C") AS mx FROM (VALUES ('a'), ('B'), ('b')) v(x)`,
);
q('min max numeric', 'SELECT min(n) AS mn, max(n) AS mx FROM t');
q(
  'min max date',
  `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES (date '2024-01-02'), (date '2023-12-31'), (NULL)) v(x)`,
);
q(
  'min max timestamptz',
  `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES (timestamptz '2024-01-02 00:00+00'), (timestamptz '2023-12-31 23:00-05')) v(x)`,
);
q(
  'min max interval',
  `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES (interval '1 day'), (interval '23 hours')) v(x)`,
);
q(
  'min max arrays',
  `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES (ARRAY[1,2]), (ARRAY[1,2,0]), (ARRAY[0,9])) v(x)`,
);
q('min max bool is 42883', 'SELECT min(b) AS mn FROM t');
q('max of jsonb is 42883', 'SELECT max(j) AS mx FROM t');
q(
  'min max inet',
  `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES (inet '10.0.0.1'), (inet '9.0.0.0/8')) v(x)`,
);
q(
  'min max enum',
  `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES ('mid'::mood), ('hi'::mood), ('lo'::mood)) v(x)`,
  `CREATE TYPE mood AS ENUM ('lo', 'mid', 'hi');`,
);
q('min max pg_lsn', `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES ('0/10'::pg_lsn), ('1/0'::pg_lsn)) v(x)`);
q('min max tid', `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES ('(0,2)'::tid), ('(1,1)'::tid)) v(x)`);
q('min max money', `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES ('1.25'::money), ('-2'::money)) v(x)`);
q(
  'min max float NaN is largest',
  `SELECT min(x) AS mn, max(x) AS mx FROM (VALUES ('NaN'::float8), (1), ('Infinity')) v(x)`,
);
q('max of record is 42883', 'SELECT max(t) AS mx FROM t');
q('min of unknown literal', `SELECT min('b') AS mn`);
q('count of record', 'SELECT count(t) AS c FROM t');
q('count of row with all nulls counts', 'SELECT count(ROW(v, s)) AS c FROM t');
q('count distinct', 'SELECT count(DISTINCT v) AS c, count(DISTINCT g) AS cg FROM t');
q('count all keyword', 'SELECT count(ALL v) AS c FROM t');
q('sum distinct', 'SELECT sum(DISTINCT v) AS s, avg(DISTINCT v) AS a FROM t');
q('count with no args and DISTINCT is syntax error', 'SELECT count(DISTINCT *) AS c FROM t');
q('count of two args is 42883', 'SELECT count(v, s) AS c FROM t');
q('aggregate column name', 'SELECT count(*), sum(v), max(s), avg(n) FROM t');
q('aggregate of constant with no FROM', 'SELECT count(*) AS c, sum(1) AS s');
q('aggregate over empty VALUES via where', 'SELECT count(*) AS c FROM (SELECT 1) x WHERE false');

// ---------------------------------------------------------------- any_value (new in 16)
q('any_value does not exist in 15', 'SELECT any_value(v) AS a FROM t');

// ---------------------------------------------------------------- array_agg
q('array_agg keeps NULLs', 'SELECT array_agg(v ORDER BY id) AS a FROM t');
q('array_agg empty is NULL', 'SELECT array_agg(v) AS a FROM t WHERE false');
q('array_agg of text', 'SELECT array_agg(s ORDER BY id DESC) AS a FROM t');
q('array_agg of text type', 'SELECT pg_typeof(array_agg(s))::text AS ty FROM t');
q(
  'array_agg of arrays makes 2-D',
  'SELECT array_agg(x ORDER BY o) AS a FROM (VALUES (1, ARRAY[1,2]), (2, ARRAY[3,4])) v(o, x)',
);
q('array_agg of arrays type', 'SELECT pg_typeof(array_agg(x))::text AS ty FROM (VALUES (ARRAY[1,2])) v(x)');
q(
  'array_agg of arrays different dims is 2202E',
  'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[1,2]), (ARRAY[3])) v(x)',
);
q(
  'array_agg of arrays with NULL array is 22004',
  'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[1,2]), (NULL)) v(x)',
);
q(
  'array_agg of empty arrays is 2202E',
  `SELECT array_agg(x) AS a FROM (VALUES ('{}'::int[]), ('{}'::int[])) v(x)`,
);
q(
  'array_agg of 2-D arrays makes 3-D',
  'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[[1,2],[3,4]]), (ARRAY[[5,6],[7,8]])) v(x)',
);
q(
  'array_agg of mixed dimensionality is 2202E',
  'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[[1,2]]), (ARRAY[5,6])) v(x)',
);
q(
  'array_agg of arrays with NULL elements',
  'SELECT array_agg(x) AS a FROM (VALUES (ARRAY[1,NULL]), (ARRAY[NULL,2])) v(x)',
);
q(
  'array_agg of arrays with lower bounds',
  `SELECT array_agg(x) AS a FROM (VALUES ('[2:3]={1,2}'::int[]), ('{3,4}'::int[])) v(x)`,
);
q('array_agg distinct', 'SELECT array_agg(DISTINCT v) AS a FROM t');
q('array_agg distinct order by desc', 'SELECT array_agg(DISTINCT v ORDER BY v DESC) AS a FROM t');
q('array_agg distinct order by other expr is 42P10', 'SELECT array_agg(DISTINCT v ORDER BY id) AS a FROM t');
q('array_agg order by nulls first', 'SELECT array_agg(v ORDER BY v NULLS FIRST) AS a FROM t');
q('array_agg order by two keys', 'SELECT array_agg(id ORDER BY g DESC, v) AS a FROM t');
q('array_agg of record', 'SELECT array_agg(ROW(id, s) ORDER BY id) AS a FROM t WHERE id < 3');
q('array_agg of whole row', 'SELECT array_agg(t ORDER BY id) AS a FROM t WHERE id < 3');
q('array_agg of jsonb', 'SELECT array_agg(j ORDER BY id) AS a FROM t');
q('array_agg of unknown literal', `SELECT array_agg('x') AS a`);
q('array_agg of bool', 'SELECT array_agg(b ORDER BY id) AS a FROM t');
q('array_agg of numeric', 'SELECT array_agg(n ORDER BY id) AS a FROM t');
q('array_agg of date type', `SELECT pg_typeof(array_agg(current_date))::text AS ty`);
q('array_agg group by', 'SELECT g, array_agg(id ORDER BY id) AS a FROM t GROUP BY g ORDER BY g');
q('array_agg ORDER BY with USING', 'SELECT array_agg(v ORDER BY v USING >) AS a FROM t');
q(
  'array_agg of text arrays',
  `SELECT array_agg(x) AS a FROM (VALUES (ARRAY['a','b']), (ARRAY['c',NULL])) v(x)`,
);

// ---------------------------------------------------------------- string_agg
q('string_agg text', `SELECT string_agg(s, ',' ORDER BY id) AS a FROM t`);
q('string_agg empty is NULL', `SELECT string_agg(s, ',') AS a FROM t WHERE false`);
q('string_agg all NULL is NULL', `SELECT string_agg(s, ',') AS a FROM t WHERE s IS NULL`);
q('string_agg NULL delimiter concatenates', `SELECT string_agg(s, NULL ORDER BY id) AS a FROM t`);
q('string_agg delimiter per row', `SELECT string_agg(s, g ORDER BY id) AS a FROM t`);
q('string_agg distinct', `SELECT string_agg(DISTINCT s, '-' ORDER BY s) AS a FROM t`);
q('string_agg distinct order by desc', `SELECT string_agg(DISTINCT s, '-' ORDER BY s DESC) AS a FROM t`);
q(
  'string_agg bytea',
  `SELECT string_agg(x, '\\x2c'::bytea ORDER BY x) AS a FROM (VALUES ('\\x0102'::bytea), ('\\xff'::bytea)) v(x)`,
);
q(
  'string_agg bytea type',
  `SELECT pg_typeof(string_agg(x, ''::bytea))::text AS ty FROM (VALUES ('\\x01'::bytea)) v(x)`,
);
q(
  'string_agg bytea NULL delimiter',
  `SELECT string_agg(x, NULL ORDER BY x) AS a FROM (VALUES ('\\x01'::bytea), ('\\x02'::bytea)) v(x)`,
);
q('string_agg of int is 42883', `SELECT string_agg(v, ',') AS a FROM t`);
q('string_agg of int cast', `SELECT string_agg(v::text, ',' ORDER BY id) AS a FROM t`);
q('string_agg one arg is 42883', `SELECT string_agg(s) AS a FROM t`);
q(
  'string_agg bytea with text delimiter',
  `SELECT string_agg(x, ',') AS a FROM (VALUES ('\\x01'::bytea)) v(x)`,
);
q(
  'string_agg varchar',
  `SELECT string_agg(x, ';') AS a, pg_typeof(string_agg(x, ';'))::text AS ty FROM (VALUES ('a'::varchar), ('b')) v(x)`,
);
q('string_agg unknown literals', `SELECT string_agg('a', 'b') AS a`);
q('string_agg order by after delimiter', `SELECT string_agg(s, ',' ORDER BY s DESC NULLS LAST) AS a FROM t`);
q(
  'string_agg with ORDER BY between args is syntax error',
  `SELECT string_agg(s ORDER BY s, ',') AS a FROM t`,
);
q('string_agg group by', `SELECT g, string_agg(s, '|' ORDER BY id) AS a FROM t GROUP BY g ORDER BY g`);

// ---------------------------------------------------------------- bit_and / bit_or / bit_xor
q(
  'bit_and bit_or bit_xor int',
  'SELECT bit_and(x) AS a, bit_or(x) AS o, bit_xor(x) AS x FROM (VALUES (12), (10), (NULL), (6)) v(x)',
);
q(
  'bit ops empty are NULL',
  'SELECT bit_and(x) AS a, bit_or(x) AS o, bit_xor(x) AS x FROM (VALUES (12)) v(x) WHERE false',
);
q(
  'bit ops smallint types',
  'SELECT bit_and(x) AS a, pg_typeof(bit_or(x))::text AS ty FROM (VALUES (3::int2), (5::int2)) v(x)',
);
q(
  'bit ops bigint',
  'SELECT bit_xor(x) AS a, pg_typeof(bit_xor(x))::text AS ty FROM (VALUES (3::int8), (-1::int8)) v(x)',
);
q(
  'bit ops bit strings',
  `SELECT bit_and(x) AS a, bit_or(x) AS o, bit_xor(x) AS x FROM (VALUES (B'1100'), (B'1010')) v(x)`,
);
q(
  'bit ops bit strings different length is 22026',
  `SELECT bit_and(x) AS a FROM (VALUES (B'1100'), (B'10')) v(x)`,
);
q(
  'bit_xor bit strings different length is 22026',
  `SELECT bit_xor(x) AS a FROM (VALUES (B'1100'), (B'10')) v(x)`,
);
q(
  'bit_or bit strings different length is 22026',
  `SELECT bit_or(x) AS a FROM (VALUES (B'1100'), (B'10')) v(x)`,
);
q('bit_and of numeric is 42883', 'SELECT bit_and(n) AS a FROM t');
q('bit_xor distinct', 'SELECT bit_xor(DISTINCT x) AS a FROM (VALUES (5), (5), (3)) v(x)');
q('bit_and negative', 'SELECT bit_and(x) AS a, bit_or(x) AS o FROM (VALUES (-2), (-3)) v(x)');
q('bit ops varbit type', `SELECT pg_typeof(bit_or(x))::text AS ty FROM (VALUES (B'1'::varbit)) v(x)`);

// ---------------------------------------------------------------- bool_and / bool_or / every
q('bool_and bool_or every', 'SELECT bool_and(b) AS a, bool_or(b) AS o, every(b) AS e FROM t');
q('bool_and all true', 'SELECT bool_and(b) AS a, every(b) AS e FROM t WHERE g = $$a$$');
q('bool ops empty are NULL', 'SELECT bool_and(b) AS a, bool_or(b) AS o, every(b) AS e FROM t WHERE false');
q('bool ops all NULL are NULL', 'SELECT bool_and(b) AS a, bool_or(b) AS o FROM t WHERE b IS NULL');
q('bool_and of int is 42883', 'SELECT bool_and(v) AS a FROM t');
q('bool_or of text literal', `SELECT bool_or(x) AS a FROM (VALUES ('t'), ('f')) v(x)`);
q('every of comparison', 'SELECT every(v > 1) AS e FROM t');
q('every column name', 'SELECT every(v > 1), bool_and(b), bool_or(b) FROM t');
q('bool_or group by', 'SELECT g, bool_or(b) AS o FROM t GROUP BY g ORDER BY g');
q('bool_and of unknown literal', `SELECT bool_and('yes') AS a`);

// ---------------------------------------------------------------- json / jsonb aggregates
q('json_agg', 'SELECT json_agg(v ORDER BY id) AS a FROM t');
q('jsonb_agg', 'SELECT jsonb_agg(v ORDER BY id) AS a FROM t');
q('json_agg empty is NULL', 'SELECT json_agg(v) AS a, jsonb_agg(v) AS b FROM t WHERE false');
q('json_agg of text', 'SELECT json_agg(s ORDER BY id) AS a FROM t');
q('json_agg of records', 'SELECT json_agg(x ORDER BY x.id) AS a FROM (SELECT id, s FROM t WHERE id < 3) x');
q('jsonb_agg of records', 'SELECT jsonb_agg(x ORDER BY x.id) AS a FROM (SELECT id, s FROM t WHERE id < 3) x');
q('json_agg of jsonb values', 'SELECT json_agg(j ORDER BY id) AS a FROM t');
q('jsonb_agg of jsonb values', 'SELECT jsonb_agg(j ORDER BY id) AS a FROM t');
q(
  'json_agg of numeric and float',
  'SELECT json_agg(n ORDER BY id) AS a, json_agg(f ORDER BY id) AS b FROM t',
);
q('json_agg of bool', 'SELECT json_agg(b ORDER BY id) AS a FROM t');
q('json_agg of arrays', 'SELECT json_agg(x) AS a FROM (VALUES (ARRAY[1,2]), (ARRAY[3])) v(x)');
q(
  'json_agg of timestamps',
  `SELECT json_agg(x) AS a FROM (VALUES (timestamp '2024-01-02 03:04:05.5'), (timestamp 'infinity')) v(x)`,
);
q(
  'json_agg of float NaN',
  `SELECT json_agg(x) AS a, jsonb_agg(x) AS b FROM (VALUES ('NaN'::float8), ('Infinity'::float8)) v(x)`,
);
q('jsonb_agg of text with quotes', `SELECT jsonb_agg(x) AS a FROM (VALUES ('a"b'), (E'c\\nd')) v(x)`);
q(
  'json_agg distinct is 42883 for json',
  `SELECT json_agg(DISTINCT x) AS a FROM (VALUES ('{"a":1}'::json)) v(x)`,
);
q(
  'jsonb_agg distinct',
  `SELECT jsonb_agg(DISTINCT x) AS a FROM (VALUES ('{"a":1}'::jsonb), ('{"a":1}'), ('[2]')) v(x)`,
);
q('json_agg type', 'SELECT pg_typeof(json_agg(1))::text AS a, pg_typeof(jsonb_agg(1))::text AS b');
q('json_object_agg', 'SELECT json_object_agg(s, v) AS a FROM t WHERE s IS NOT NULL');
q('jsonb_object_agg', 'SELECT jsonb_object_agg(s, v) AS a FROM t WHERE s IS NOT NULL');
q('json_object_agg null key is 22023', 'SELECT json_object_agg(s, v) AS a FROM t');
q('jsonb_object_agg null key is 22023', 'SELECT jsonb_object_agg(s, v) AS a FROM t');
q(
  'json_object_agg null value',
  `SELECT json_object_agg(k, x) AS a FROM (VALUES ('a', NULL::int), ('b', 2)) v(k, x)`,
);
q(
  'jsonb_object_agg duplicate keys last wins',
  `SELECT jsonb_object_agg(k, x) AS a FROM (VALUES ('a', 1), ('a', 2)) v(k, x)`,
);
q(
  'json_object_agg duplicate keys kept',
  `SELECT json_object_agg(k, x ORDER BY x) AS a FROM (VALUES ('a', 1), ('a', 2)) v(k, x)`,
);
q('json_object_agg int keys', `SELECT json_object_agg(k, x) AS a FROM (VALUES (1, 'x'), (2, 'y')) v(k, x)`);
q('jsonb_object_agg int keys', `SELECT jsonb_object_agg(k, x) AS a FROM (VALUES (1, 'x'), (2, 'y')) v(k, x)`);
q(
  'jsonb_object_agg jsonb values',
  `SELECT jsonb_object_agg(k, x) AS a FROM (VALUES ('p', '{"z":1}'::jsonb), ('q', '[1]')) v(k, x)`,
);
q('json_object_agg array key is 22023', `SELECT json_object_agg(k, 1) AS a FROM (VALUES (ARRAY[1])) v(k)`);
q('jsonb_object_agg array key is 22023', `SELECT jsonb_object_agg(k, 1) AS a FROM (VALUES (ARRAY[1])) v(k)`);
q(
  'jsonb_object_agg jsonb key is 22023',
  `SELECT jsonb_object_agg(k, 1) AS a FROM (VALUES ('{"a":1}'::jsonb)) v(k)`,
);
q('json_object_agg empty is NULL', 'SELECT json_object_agg(s, v) AS a FROM t WHERE false');
q('json_object_agg ordered', `SELECT json_object_agg(s, v ORDER BY id DESC) AS a FROM t WHERE s IS NOT NULL`);
q('json_agg_strict new in 16', 'SELECT json_agg_strict(v) AS a FROM t');
q('jsonb_agg_strict new in 16', 'SELECT jsonb_agg_strict(v) AS a FROM t');
q('json_object_agg_unique new in 16', `SELECT json_object_agg_unique(s, v) AS a FROM t WHERE s IS NOT NULL`);
q(
  'jsonb_object_agg_strict new in 16',
  `SELECT jsonb_object_agg_strict(s, v) AS a FROM t WHERE s IS NOT NULL`,
);
q('JSON_ARRAYAGG new in 16', 'SELECT JSON_ARRAYAGG(v) AS a FROM t');
q('JSON_OBJECTAGG new in 16', `SELECT JSON_OBJECTAGG(s VALUE v) AS a FROM t WHERE s IS NOT NULL`);
q('json_arrayagg lower case', 'SELECT json_arrayagg(v ORDER BY v) AS a FROM t');
q('JSON_OBJECTAGG key colon', `SELECT JSON_OBJECTAGG(s : v) AS a FROM t WHERE s IS NOT NULL`);
q('json_object_agg three args is 42883', `SELECT json_object_agg(s, v, 1) AS a FROM t`);

// ---------------------------------------------------------------- range_agg / range_intersect_agg / xmlagg
q(
  'range_agg merges',
  `SELECT range_agg(r) AS a FROM (VALUES (int4range(1,3)), (int4range(2,5)), (int4range(7,9)), (NULL)) v(r)`,
);
q('range_agg empty is NULL', `SELECT range_agg(r) AS a FROM (VALUES (int4range(1,3))) v(r) WHERE false`);
q('range_agg type', `SELECT pg_typeof(range_agg(r))::text AS a FROM (VALUES (int4range(1,3))) v(r)`);
q('range_agg adjacent', `SELECT range_agg(r) AS a FROM (VALUES (int4range(1,3)), (int4range(3,5))) v(r)`);
q(
  'range_agg empty ranges',
  `SELECT range_agg(r) AS a FROM (VALUES ('empty'::int4range), ('empty'::int4range)) v(r)`,
);
q(
  'range_agg daterange',
  `SELECT range_agg(r) AS a FROM (VALUES (daterange('2024-01-01','2024-01-05')), (daterange('2024-01-03','2024-02-01'))) v(r)`,
);
q(
  'range_agg numrange unbounded',
  `SELECT range_agg(r) AS a FROM (VALUES (numrange(NULL, 1)), (numrange(0.5, NULL))) v(r)`,
);
q(
  'range_agg of multiranges',
  `SELECT range_agg(r) AS a FROM (VALUES ('{[1,2),[5,6)}'::int4multirange), ('{[2,3)}'::int4multirange)) v(r)`,
);
q(
  'range_intersect_agg',
  `SELECT range_intersect_agg(r) AS a FROM (VALUES (int4range(1,10)), (int4range(3,15)), (int4range(0,8))) v(r)`,
);
q(
  'range_intersect_agg disjoint is empty',
  `SELECT range_intersect_agg(r) AS a FROM (VALUES (int4range(1,3)), (int4range(5,8))) v(r)`,
);
q(
  'range_intersect_agg of multiranges',
  `SELECT range_intersect_agg(r) AS a FROM (VALUES ('{[1,5),[7,9)}'::int4multirange), ('{[3,8)}'::int4multirange)) v(r)`,
);
q(
  'range_intersect_agg empty input is NULL',
  `SELECT range_intersect_agg(r) AS a FROM (VALUES (int4range(1,3))) v(r) WHERE false`,
);
q('range_agg of int is 42883', `SELECT range_agg(x) AS a FROM (VALUES (1)) v(x)`);
q(
  'xmlagg',
  `SELECT xmlagg(x ORDER BY x::text DESC) AS a FROM (VALUES ('<a/>'::xml), ('<b>t</b>'::xml)) v(x)`,
);
q('xmlagg empty is NULL', `SELECT xmlagg(x) AS a FROM (VALUES ('<a/>'::xml)) v(x) WHERE false`);

// ---------------------------------------------------------------- aggregate expressions (4.2.7)
q('FILTER clause', 'SELECT count(*) FILTER (WHERE v > 5) AS c, sum(v) FILTER (WHERE g = $$a$$) AS s FROM t');
q(
  'FILTER with no matching rows',
  'SELECT count(*) FILTER (WHERE false) AS c, sum(v) FILTER (WHERE false) AS s FROM t',
);
q('FILTER NULL condition drops rows', 'SELECT count(*) FILTER (WHERE b) AS c FROM t');
q(
  'FILTER with ORDER BY and DISTINCT',
  `SELECT array_agg(DISTINCT v ORDER BY v) FILTER (WHERE v IS NOT NULL) AS a FROM t`,
);
q('FILTER condition not boolean is 42804', 'SELECT count(*) FILTER (WHERE v) AS c FROM t');
q('FILTER containing aggregate is 42803', 'SELECT count(*) FILTER (WHERE sum(v) > 1) AS c FROM t');
q('FILTER on non-aggregate function is 42809', 'SELECT abs(v) FILTER (WHERE v > 1) AS c FROM t');
q(
  'FILTER on window aggregate',
  'SELECT id, count(*) FILTER (WHERE v > 5) OVER (ORDER BY id) AS c FROM t ORDER BY id',
);
q('FILTER with group by', 'SELECT g, count(*) FILTER (WHERE v IS NULL) AS c FROM t GROUP BY g ORDER BY g');
q('FILTER referencing subquery', 'SELECT count(*) FILTER (WHERE v IN (SELECT 5)) AS c FROM t');
q('nested aggregate is 42803', 'SELECT sum(count(*)) AS s FROM t');
q('nested aggregate in argument is 42803', 'SELECT max(sum(v)) AS s FROM t GROUP BY g');
q('aggregate in WHERE is 42803', 'SELECT id FROM t WHERE sum(v) > 1');
q('aggregate in JOIN ON is 42803', 'SELECT 1 FROM t a JOIN t b ON sum(a.v) > 1');
q('aggregate in GROUP BY is 42803', 'SELECT count(*) AS c FROM t GROUP BY count(*)');
q('aggregate in VALUES is 42803', 'VALUES (count(*))');
q('aggregate in UPDATE SET is 42803', 'UPDATE t SET v = max(v)');
q('aggregate in INSERT VALUES is 42803', 'INSERT INTO t (id) VALUES (count(*))');
q('aggregate in CHECK constraint is 42803', 'CREATE TABLE z (a int CHECK (count(*) > 0))');
q('aggregate in DEFAULT is 42803', 'CREATE TABLE z (a int DEFAULT max(1))');
q('aggregate in index expression is 42803', 'CREATE INDEX ON t ((max(v)))');
q('aggregate in function argument of FROM is 42803', 'SELECT * FROM generate_series(1, max(2))');
q('aggregate in LIMIT is 42803', 'SELECT 1 FROM t LIMIT count(*)');
q('aggregate in ORDER BY of a grouped query', 'SELECT g FROM t GROUP BY g ORDER BY count(*) DESC, g');
q('aggregate in ORDER BY makes the query an aggregate', 'SELECT 1 AS x FROM t ORDER BY count(*)');
q('ungrouped column with aggregate is 42803', 'SELECT id, count(*) AS c FROM t');
q('ungrouped column in ORDER BY is 42803', 'SELECT count(*) AS c FROM t ORDER BY id');
q('ungrouped column in HAVING is 42803', 'SELECT count(*) AS c FROM t HAVING v > 1');
q('outer aggregate in subquery', 'SELECT (SELECT sum(t.v) FROM (SELECT 1) x) AS s FROM t');
q(
  'outer aggregate in subquery grouped by',
  'SELECT g, (SELECT max(t.v) + count(*) FROM (VALUES (1), (2)) x(y)) AS s FROM t GROUP BY g ORDER BY g',
);
q(
  'outer aggregate mixed levels',
  'SELECT (SELECT sum(t.v + x.y) FROM (VALUES (1)) x(y)) AS s FROM t ORDER BY 1',
);
q(
  'aggregate of outer column in WHERE of subquery is 42803',
  'SELECT id FROM t WHERE EXISTS (SELECT 1 WHERE sum(t.v) > 1)',
);
q('aggregate in subquery of WHERE is fine', 'SELECT id FROM t WHERE v = (SELECT max(v) FROM t) ORDER BY id');
q(
  'DISTINCT and ORDER BY must match is 42P10',
  'SELECT string_agg(DISTINCT s, $$,$$ ORDER BY id) AS a FROM t',
);
q('ORDER BY on non-aggregate is 42809', 'SELECT abs(v ORDER BY v) AS a FROM t');
q('DISTINCT on non-aggregate is 42809', 'SELECT abs(DISTINCT v) AS a FROM t');
q('OVER on non-window non-aggregate is 42809', 'SELECT abs(v) OVER () AS a FROM t');
q('star on non-count is 42809', 'SELECT sum(*) AS a FROM t');
q('star on plain function is 42809', 'SELECT abs(*) AS a FROM t');
q('aggregate with volatile argument', 'SELECT count(random()) AS c FROM t');
q('aggregate of subquery argument', 'SELECT sum((SELECT 1)) AS s FROM t');
q('aggregate with VARIADIC', 'SELECT count(VARIADIC ARRAY[1,2]) AS c');
q('aggregate of case', 'SELECT sum(CASE WHEN v > 5 THEN 1 ELSE 0 END) AS c FROM t');
q(
  'aggregate in CASE branch not evaluated still computed',
  'SELECT CASE WHEN false THEN sum(v) ELSE 0 END AS c FROM t',
);
q('aggregate in CASE of a zero divide', 'SELECT CASE WHEN count(*) > 100 THEN 1 / 0 ELSE 1 END AS c FROM t');
q('agg of agg via subquery', 'SELECT sum(c) AS s FROM (SELECT count(*) AS c FROM t GROUP BY g) x');
q('aggregate result is NULL on zero rows with FILTER', 'SELECT max(v) FILTER (WHERE v > 100) AS m FROM t');
q('ALL and DISTINCT together is syntax error', 'SELECT count(ALL DISTINCT v) AS c FROM t');
q('aggregate with ORDER BY and no args', 'SELECT count(* ORDER BY id) AS c FROM t');
q('ORDER BY in count', 'SELECT count(v ORDER BY id) AS c FROM t');
q('window function in aggregate is 42803', 'SELECT sum(row_number() OVER ()) AS s FROM t');
q(
  'aggregate in window PARTITION BY',
  'SELECT g, rank() OVER (ORDER BY sum(v) DESC NULLS LAST) AS r FROM t GROUP BY g ORDER BY g',
);
q('aggregate of window is 42803', 'SELECT count(sum(v) OVER ()) AS c FROM t');
q('window in WHERE is 42P20', 'SELECT id FROM t WHERE row_number() OVER () > 1');
q('window in GROUP BY is 42P20', 'SELECT count(*) AS c FROM t GROUP BY row_number() OVER ()');
q('window in HAVING is 42P20', 'SELECT count(*) AS c FROM t HAVING row_number() OVER () > 0');
q('aggregate in RETURNING is 42803', 'INSERT INTO t (id) VALUES (9) RETURNING count(*)');
q('aggregate in CALL arg', 'SELECT max(x) AS m FROM unnest(ARRAY[1,2]) x');
list.add('param inside sum', [withParams('SELECT sum(v + $1) AS s FROM t', 1)], T);
list.add(
  'param as string_agg delimiter',
  [withParams('SELECT string_agg(s, $1 ORDER BY id) AS s FROM t', '; ')],
  T,
);
list.add('param in FILTER', [withParams('SELECT count(*) FILTER (WHERE v > $1) AS c FROM t', 6)], T);
list.add('param as array_agg input type', [withParams('SELECT array_agg($1::int) AS a FROM t', 3)], T);
list.add('untyped param in sum is 42725', [withParams('SELECT sum($1) AS s FROM t', 3)], T);
list.add('untyped param in max', [withParams('SELECT max($1) AS s FROM t', 'x')], T);
list.add('untyped param in count', [withParams('SELECT count($1) AS s FROM t', 'x')], T);

export default list.cases;
