// Round 16 probe: PostgreSQL 15 docs 9.21-9.25 (aggregates, window functions, subquery expressions,
// row and array comparisons, set-returning functions). Every output column aliased.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases();

const N = `CREATE TABLE n (id int PRIMARY KEY, g text, x int, y numeric, t text, b boolean, f float8, d date);
INSERT INTO n VALUES
 (1, 'a', 1, 1.5, 'one', true, 1.0, '2024-01-01'),
 (2, 'a', 2, NULL, 'two', false, 2.5, '2024-01-03'),
 (3, 'a', NULL, 2.25, NULL, NULL, NULL, NULL),
 (4, 'b', 4, 4.0, 'four', true, -1.0, '2023-06-30'),
 (5, 'b', 4, 10, 'five', true, 0.5, '2024-02-29'),
 (6, 'c', 7, 3.333, 'six', false, 3.0, '2024-01-03');`;
const a = (name: string, sql: string) => list.add(`9.21 agg: ${name}`, [sql], N);

// ---------------------------------------------------------------- 9.21 general aggregates
a(
  'count star vs column vs distinct',
  `SELECT count(*) AS c, count(x) AS cx, count(DISTINCT x) AS cdx, count(t) AS ct FROM n`,
);
a('count types', `SELECT pg_typeof(count(*))::text AS t FROM n`);
a('sum int is bigint', `SELECT sum(x) AS s, pg_typeof(sum(x))::text AS t FROM n`);
a('sum bigint is numeric', `SELECT sum(x::bigint) AS s, pg_typeof(sum(x::bigint))::text AS t FROM n`);
a('sum smallint is bigint', `SELECT pg_typeof(sum(x::smallint))::text AS t FROM n`);
a('sum numeric', `SELECT sum(y) AS s FROM n`);
a('sum float8', `SELECT sum(f) AS s FROM n`);
a('sum real type', `SELECT pg_typeof(sum(f::real))::text AS t FROM n`);
a('avg int is numeric', `SELECT avg(x) AS a, pg_typeof(avg(x))::text AS t FROM n`);
a('avg numeric scale', `SELECT avg(y) AS a FROM n`);
a('avg float', `SELECT avg(f) AS a FROM n`);
a('avg of bigint', `SELECT avg(x::bigint) AS a FROM n`);
a('avg round', `SELECT round(avg(x), 2) AS a FROM n`);
a(
  'sum avg empty is null count zero',
  `SELECT sum(x) AS s, avg(x) AS a, count(x) AS c, max(x) AS m FROM n WHERE false`,
);
a('sum all nulls is null', `SELECT sum(x) AS s FROM n WHERE x IS NULL`);
a('coalesce sum empty', `SELECT coalesce(sum(x), 0) AS s FROM n WHERE false`);
a('min max int', `SELECT min(x) AS lo, max(x) AS hi FROM n`);
a('min max text', `SELECT min(t) AS lo, max(t) AS hi FROM n`);
a('min max date', `SELECT min(d) AS lo, max(d) AS hi FROM n`);
a('min max boolean error', `SELECT min(b) AS lo FROM n`);
a('bool_and bool_or every', `SELECT bool_and(b) AS ba, bool_or(b) AS bo, every(b) AS ev FROM n`);
a('bool_and grouped', `SELECT g, bool_and(b) AS ba, bool_or(b) AS bo FROM n GROUP BY g ORDER BY g`);
a('bool_and empty', `SELECT bool_and(b) AS ba FROM n WHERE false`);
a('bit_and bit_or bit_xor', `SELECT bit_and(x) AS ba, bit_or(x) AS bo, bit_xor(x) AS bx FROM n`);
a('count distinct multiple error', `SELECT count(DISTINCT x, t) AS c FROM n`);
a('count distinct row', `SELECT count(DISTINCT (x, g)) AS c FROM n`);
a('count row with nulls counted', `SELECT count(ROW(x, t)) AS c FROM n`);
a('sum distinct', `SELECT sum(DISTINCT x) AS s FROM n`);
a('avg distinct', `SELECT avg(DISTINCT x) AS s FROM n`);
a('aggregate of expression', `SELECT sum(x * 2 + 1) AS s FROM n`);
a('sum overflow int4 fine in bigint', `SELECT sum(v) AS s FROM (VALUES (2147483647), (2147483647)) x(v)`);
a(
  'sum bigint overflow into numeric',
  `SELECT sum(v) AS s FROM (VALUES (9223372036854775807::bigint), (9223372036854775807)) x(v)`,
);
a(
  'sum interval',
  `SELECT sum(v) AS s FROM (VALUES (interval '1 day'), (interval '2 hours'), (interval '1 month')) x(v)`,
);
a('avg interval', `SELECT avg(v)::text AS s FROM (VALUES (interval '1 day'), (interval '2 hours')) x(v)`);
a('sum text error', `SELECT sum(t) AS s FROM n`);
a('sum money', `SELECT sum(v)::text AS s FROM (VALUES (1.25::money), (2.5::money)) x(v)`);
a('max of array', `SELECT max(v) AS m FROM (VALUES (ARRAY[1, 2]), (ARRAY[1, 3]), (ARRAY[0, 9])) x(v)`);
a('max record', `SELECT max(v)::text AS m FROM (VALUES (ROW(1, 'b')), (ROW(1, 'c'))) x(v)`);
a('min numeric nan', `SELECT min(v) AS lo, max(v) AS hi FROM (VALUES (1::numeric), ('NaN'), (5)) x(v)`);
a('max float infinity', `SELECT max(v) AS hi FROM (VALUES (1::float8), ('Infinity')) x(v)`);
a('any_value PG16 not in PG15', `SELECT any_value(x) AS v FROM n WHERE id = 1`);
a('count star with group by', `SELECT g, count(*) AS c, count(x) AS cx FROM n GROUP BY g ORDER BY g`);
a('string_agg order by', `SELECT string_agg(t, ', ' ORDER BY id) AS s FROM n`);
a('string_agg order by desc', `SELECT string_agg(t, ',' ORDER BY t DESC) AS s FROM n`);
a('string_agg skips nulls', `SELECT string_agg(t, '|' ORDER BY id) AS s FROM n WHERE g = 'a'`);
a('string_agg null delimiter', `SELECT string_agg(t, NULL ORDER BY id) AS s FROM n`);
a('string_agg empty is null', `SELECT string_agg(t, ',') AS s FROM n WHERE false`);
a('string_agg distinct order by', `SELECT string_agg(DISTINCT g, ',' ORDER BY g) AS s FROM n`);
a('string_agg distinct order by other error', `SELECT string_agg(DISTINCT g, ',' ORDER BY id) AS s FROM n`);
a('string_agg int arg error', `SELECT string_agg(x, ',') AS s FROM n`);
a('string_agg int cast', `SELECT string_agg(x::text, ',' ORDER BY id) AS s FROM n`);
a(
  'string_agg bytea',
  `SELECT string_agg(v, '\\x2c'::bytea ORDER BY v) AS s FROM (VALUES ('\\x61'::bytea), ('\\x62')) x(v)`,
);
a('string_agg grouped', `SELECT g, string_agg(t, ';' ORDER BY id DESC) AS s FROM n GROUP BY g ORDER BY g`);
a('array_agg order by', `SELECT array_agg(x ORDER BY id) AS arr FROM n`);
a('array_agg keeps nulls', `SELECT array_agg(t ORDER BY id) AS arr FROM n WHERE g = 'a'`);
a('array_agg order by nulls first', `SELECT array_agg(x ORDER BY x NULLS FIRST) AS arr FROM n`);
a('array_agg distinct', `SELECT array_agg(DISTINCT x) AS arr FROM n`);
a('array_agg distinct desc', `SELECT array_agg(DISTINCT x ORDER BY x DESC) AS arr FROM n`);
a('array_agg empty is null', `SELECT array_agg(x) AS arr FROM n WHERE false`);
a('array_agg coalesce empty array', `SELECT coalesce(array_agg(x), '{}') AS arr FROM n WHERE false`);
a(
  'array_agg of arrays 2d',
  `SELECT array_agg(v ORDER BY v) AS arr FROM (VALUES (ARRAY[1, 2]), (ARRAY[3, 4])) x(v)`,
);
a(
  'array_agg of arrays different lengths error',
  `SELECT array_agg(v) AS arr FROM (VALUES (ARRAY[1, 2]), (ARRAY[3])) x(v)`,
);
a(
  'array_agg of null array error',
  `SELECT array_agg(v) AS arr FROM (VALUES (ARRAY[1, 2]), (NULL::int[])) x(v)`,
);
a('array_agg text type', `SELECT pg_typeof(array_agg(t))::text AS ty FROM n`);
a('array_agg of records', `SELECT array_agg((id, g) ORDER BY id)::text AS arr FROM n WHERE id < 3`);
a('array_agg of dates', `SELECT array_agg(d ORDER BY id) AS arr FROM n WHERE d IS NOT NULL`);
a('array_agg numeric scale', `SELECT array_agg(y ORDER BY id) AS arr FROM n`);
a('array_agg grouped', `SELECT g, array_agg(id ORDER BY id) AS ids FROM n GROUP BY g ORDER BY g`);
a('array_agg order by two keys', `SELECT array_agg(id ORDER BY g DESC, x NULLS FIRST) AS ids FROM n`);
a('array_agg order by wrong place', `SELECT array_agg(id) ORDER BY id AS arr FROM n`);
a(
  'array_agg with limit subquery',
  `SELECT array_agg(id) AS ids FROM (SELECT id FROM n ORDER BY id DESC LIMIT 3) s`,
);
a('json_agg', `SELECT json_agg(x ORDER BY id) AS j FROM n`);
a('json_agg of rows', `SELECT json_agg(s ORDER BY s.id) AS j FROM (SELECT id, g FROM n WHERE id < 3) s`);
a(
  'json_agg of rows text',
  `SELECT json_agg(s ORDER BY s.id)::text AS j FROM (SELECT id, t FROM n WHERE id > 4) s`,
);
a('jsonb_agg', `SELECT jsonb_agg(t ORDER BY id) AS j FROM n`);
a(
  'jsonb_agg of rows',
  `SELECT jsonb_agg(to_jsonb(s) ORDER BY s.id) AS j FROM (SELECT id, y, b FROM n WHERE id < 4) s`,
);
a('json_agg empty is null', `SELECT json_agg(x) AS j FROM n WHERE false`);
a('json_agg coalesce empty', `SELECT coalesce(json_agg(x), '[]'::json) AS j FROM n WHERE false`);
a('json_agg numeric formatting', `SELECT json_agg(y ORDER BY id)::text AS j FROM n`);
a('json_agg float formatting', `SELECT json_agg(f ORDER BY id)::text AS j FROM n`);
a('json_agg date formatting', `SELECT json_agg(d ORDER BY id)::text AS j FROM n`);
a(
  'json_agg timestamp formatting',
  `SELECT json_agg(v)::text AS j FROM (VALUES ('2024-01-02 03:04:05.5'::timestamp)) x(v)`,
);
a('json_object_agg', `SELECT json_object_agg(t, x ORDER BY id)::text AS j FROM n WHERE t IS NOT NULL`);
a('jsonb_object_agg duplicate keys last wins', `SELECT jsonb_object_agg(g, id ORDER BY id) AS j FROM n`);
a('json_object_agg null key error', `SELECT json_object_agg(t, x) AS j FROM n`);
a('jsonb_object_agg null value', `SELECT jsonb_object_agg(id::text, x) AS j FROM n WHERE id IN (2, 3)`);
a(
  'json_agg grouped nested',
  `SELECT g, json_agg(json_build_object('id', id, 't', t) ORDER BY id)::text AS j FROM n GROUP BY g ORDER BY g`,
);
a('jsonb_agg distinct', `SELECT jsonb_agg(DISTINCT g ORDER BY g) AS j FROM n`);
a(
  'filter clause',
  `SELECT count(*) AS total, count(*) FILTER (WHERE x > 2) AS big, sum(x) FILTER (WHERE g = 'a') AS sa FROM n`,
);
a(
  'filter grouped',
  `SELECT g, count(*) FILTER (WHERE b) AS yes, count(*) FILTER (WHERE NOT b) AS no FROM n GROUP BY g ORDER BY g`,
);
a(
  'filter with array_agg',
  `SELECT array_agg(id ORDER BY id) FILTER (WHERE b IS NULL OR NOT b) AS ids FROM n`,
);
a(
  'filter all excluded gives null',
  `SELECT sum(x) FILTER (WHERE false) AS s, count(*) FILTER (WHERE false) AS c FROM n`,
);
a('filter on non aggregate error', `SELECT lower(t) FILTER (WHERE true) AS v FROM n`);
a('filter with aggregate inside error', `SELECT count(*) FILTER (WHERE sum(x) > 1) AS v FROM n`);
a('filter in having', `SELECT g FROM n GROUP BY g HAVING count(*) FILTER (WHERE b) >= 2 ORDER BY g`);
a(
  'pivot with filter',
  `SELECT extract(year FROM d)::int AS yr, count(*) FILTER (WHERE g = 'a') AS a, count(*) FILTER (WHERE g = 'b') AS b FROM n WHERE d IS NOT NULL GROUP BY 1 ORDER BY 1`,
);
a(
  'variance stddev int',
  `SELECT variance(x) AS var, stddev(x) AS sd, var_pop(x) AS vp, stddev_pop(x) AS sp FROM n`,
);
a('stddev single row null', `SELECT stddev(x) AS sd, stddev_pop(x) AS sp FROM n WHERE id = 1`);
a('variance numeric', `SELECT var_samp(y) AS v FROM n`);
a('stddev float', `SELECT stddev_samp(f) AS v FROM n`);
a('corr covar', `SELECT corr(x, f) AS c, covar_pop(x, f) AS cp, covar_samp(x, f) AS cs FROM n`);
a(
  'regr functions',
  `SELECT regr_slope(f, x) AS slope, regr_intercept(f, x) AS icpt, regr_count(f, x) AS cnt, regr_r2(f, x) AS r2 FROM n`,
);
a('regr avg', `SELECT regr_avgx(f, x) AS ax, regr_avgy(f, x) AS ay, regr_sxx(f, x) AS sxx FROM n`);
a('percentile_cont median', `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS med FROM n`);
a('percentile_cont interpolates', `SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY x) AS q1 FROM n`);
a(
  'percentile_cont type',
  `SELECT pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY y))::text AS t FROM n`,
);
a('percentile_cont array', `SELECT percentile_cont(ARRAY[0, 0.5, 1]) WITHIN GROUP (ORDER BY x) AS qs FROM n`);
a(
  'percentile_cont interval',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS med FROM (VALUES (interval '1 hour'), (interval '2 hours')) x(v)`,
);
a('percentile_cont out of range', `SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY x) AS q FROM n`);
a('percentile_cont desc', `SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY x DESC) AS q FROM n`);
a('percentile_disc', `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) AS med FROM n`);
a('percentile_disc text', `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY t) AS med FROM n`);
a(
  'percentile_disc array',
  `SELECT percentile_disc(ARRAY[0.1, 0.9, NULL]) WITHIN GROUP (ORDER BY x) AS qs FROM n`,
);
a('percentile_disc zero', `SELECT percentile_disc(0) WITHIN GROUP (ORDER BY x) AS q FROM n`);
a(
  'percentile grouped',
  `SELECT g, percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS med FROM n GROUP BY g ORDER BY g`,
);
a('percentile empty', `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS med FROM n WHERE false`);
a('percentile missing within group error', `SELECT percentile_cont(0.5) AS med FROM n`);
a(
  'percentile fraction from param-like column error',
  `SELECT percentile_cont(x) WITHIN GROUP (ORDER BY x) AS q FROM n`,
);
a('mode', `SELECT mode() WITHIN GROUP (ORDER BY x) AS m FROM n`);
a(
  'mode tie picks smallest',
  `SELECT mode() WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (3), (1), (3), (1), (2)) x(v)`,
);
a('mode text', `SELECT mode() WITHIN GROUP (ORDER BY g) AS m FROM n`);
a('hypothetical rank', `SELECT rank(4) WITHIN GROUP (ORDER BY x) AS r FROM n`);
a('hypothetical dense_rank', `SELECT dense_rank(4) WITHIN GROUP (ORDER BY x) AS r FROM n`);
a('hypothetical percent_rank', `SELECT percent_rank(4) WITHIN GROUP (ORDER BY x) AS r FROM n`);
a('hypothetical cume_dist', `SELECT cume_dist(4) WITHIN GROUP (ORDER BY x) AS r FROM n`);
a('hypothetical rank desc', `SELECT rank(4) WITHIN GROUP (ORDER BY x DESC) AS r FROM n`);
a('hypothetical rank two args', `SELECT rank(4, 'b') WITHIN GROUP (ORDER BY x, g) AS r FROM n`);
a('hypothetical rank arg count mismatch', `SELECT rank(4, 5) WITHIN GROUP (ORDER BY x) AS r FROM n`);
a('hypothetical rank empty', `SELECT rank(4) WITHIN GROUP (ORDER BY x) AS r FROM n WHERE false`);
a('within group with non ordered-set error', `SELECT sum(x) WITHIN GROUP (ORDER BY x) AS s FROM n`);
a(
  'range_agg',
  `SELECT range_agg(v)::text AS r FROM (VALUES (int4range(1, 3)), (int4range(2, 5)), (int4range(7, 8))) x(v)`,
);
a(
  'range_intersect_agg',
  `SELECT range_intersect_agg(v)::text AS r FROM (VALUES (int4range(1, 10)), (int4range(5, 20))) x(v)`,
);
a('aggregate in select with constant', `SELECT 'x' AS k, count(*) AS c FROM n`);
a('aggregate order by and distinct without order by', `SELECT array_agg(DISTINCT g) AS arr FROM n`);
a(
  'aggregate with distinct order by desc nulls',
  `SELECT array_agg(DISTINCT x ORDER BY x DESC NULLS LAST) AS arr FROM n`,
);
a(
  'aggregate from outer query in subquery',
  `SELECT g, (SELECT count(*) FROM n n2 WHERE n2.g = n.g) AS c FROM n GROUP BY g ORDER BY g`,
);
a('outer aggregate in subquery', `SELECT (SELECT max(n.x) FROM (VALUES (1)) v(z)) AS m FROM n`);
a('xmlagg', `SELECT xmlagg(xmlelement(name i, id) ORDER BY id)::text AS x FROM n WHERE id < 3`);
a('count of subquery', `SELECT count(*) AS c FROM (SELECT DISTINCT g FROM n) s`);
a('sum of boolean cast', `SELECT sum(b::int) AS s FROM n`);
a('sum case', `SELECT sum(CASE WHEN b THEN 1 ELSE 0 END) AS s FROM n`);
a('avg of case with nulls', `SELECT avg(CASE WHEN b THEN 1.0 END) AS a FROM n`);
a('max of coalesce', `SELECT max(coalesce(x, 100)) AS m FROM n`);
a(
  'aggregate alias in order by',
  `SELECT g, sum(x) AS total FROM n GROUP BY g ORDER BY total DESC NULLS LAST, g`,
);
list.add(
  '9.21 agg: params in filter',
  [
    {
      sql: 'SELECT count(*) FILTER (WHERE x > $1) AS c, sum(x) FILTER (WHERE g = $2) AS s FROM n',
      params: [1, 'b'],
    },
  ],
  N,
);
list.add(
  '9.21 agg: string_agg param delimiter',
  [{ sql: 'SELECT string_agg(t, $1 ORDER BY id) AS s FROM n', params: [' / '] }],
  N,
);
list.add(
  '9.21 agg: percentile param fraction',
  [{ sql: 'SELECT percentile_cont($1) WITHIN GROUP (ORDER BY x) AS q FROM n', params: ['0.75'] }],
  N,
);
list.add(
  '9.21 agg: percentile param array',
  [
    {
      sql: 'SELECT percentile_disc($1::float8[]) WITHIN GROUP (ORDER BY x) AS q FROM n',
      params: [[0.2, 0.8]],
    },
  ],
  N,
);
list.add('9.21 agg: sum param cast', [{ sql: 'SELECT sum(x * $1::int) AS s FROM n', params: [3] }], N);
list.add('9.21 agg: sum untyped param', [{ sql: 'SELECT sum(x + $1) AS s FROM n', params: ['1'] }], N);
list.add(
  '9.21 agg: avg grouped param having',
  [{ sql: 'SELECT g, avg(x) AS a FROM n GROUP BY g HAVING count(*) >= $1 ORDER BY g', params: [2] }],
  N,
);

// ---------------------------------------------------------------- 9.22 window functions (on n)
const wf = (name: string, sql: string) => list.add(`9.22 window: ${name}`, [sql], N);
wf('row_number over id', `SELECT id, row_number() OVER (ORDER BY id DESC) AS rn FROM n ORDER BY id`);
wf('rank nulls last', `SELECT id, x, rank() OVER (ORDER BY x) AS r FROM n ORDER BY id`);
wf(
  'dense_rank nulls first',
  `SELECT id, x, dense_rank() OVER (ORDER BY x NULLS FIRST) AS r FROM n ORDER BY id`,
);
wf(
  'percent_rank partitions',
  `SELECT id, percent_rank() OVER (PARTITION BY g ORDER BY x) AS pr FROM n ORDER BY id`,
);
wf('cume_dist', `SELECT id, cume_dist() OVER (ORDER BY x) AS cd FROM n ORDER BY id`);
wf('ntile uneven', `SELECT id, ntile(4) OVER (ORDER BY id) AS t FROM n ORDER BY id`);
wf('lag with text default', `SELECT id, lag(t, 1, '-') OVER (ORDER BY id) AS prev FROM n ORDER BY id`);
wf(
  'lead by 2 partition',
  `SELECT id, lead(id, 2) OVER (PARTITION BY g ORDER BY id) AS nxt FROM n ORDER BY id`,
);
wf('lag default wrong type error', `SELECT lag(t, 1, 0) OVER (ORDER BY id) AS prev FROM n`);
wf(
  'first_value nulls',
  `SELECT id, first_value(x) OVER (ORDER BY id DESC ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS fv FROM n ORDER BY id`,
);
wf(
  'last_value partition full',
  `SELECT id, last_value(t) OVER (PARTITION BY g ORDER BY id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lv FROM n ORDER BY id`,
);
wf(
  'nth_value 2 partition',
  `SELECT id, nth_value(t, 2) OVER (PARTITION BY g ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS nv FROM n ORDER BY id`,
);
wf(
  'window types',
  `SELECT pg_typeof(percent_rank() OVER ())::text AS pr, pg_typeof(cume_dist() OVER ())::text AS cd, pg_typeof(dense_rank() OVER ())::text AS dr FROM n LIMIT 1`,
);
wf('sum over partition numeric', `SELECT id, sum(y) OVER (PARTITION BY g) AS s FROM n ORDER BY id`);
wf(
  'avg over rows frame',
  `SELECT id, avg(x) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS a FROM n ORDER BY id`,
);
wf(
  'count over range date interval',
  `SELECT id, count(*) OVER (ORDER BY d RANGE BETWEEN INTERVAL '3 days' PRECEDING AND INTERVAL '3 days' FOLLOWING) AS c FROM n ORDER BY id`,
);
wf(
  'range offset with nulls in order key',
  `SELECT id, sum(x) OVER (ORDER BY x RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS s FROM n ORDER BY id`,
);
wf(
  'range offset float',
  `SELECT id, count(*) OVER (ORDER BY f RANGE BETWEEN 1.0 PRECEDING AND 1.0 FOLLOWING) AS c FROM n ORDER BY id`,
);
wf(
  'range offset numeric',
  `SELECT id, count(*) OVER (ORDER BY y RANGE BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM n ORDER BY id`,
);
wf(
  'groups exclude current row',
  `SELECT id, x, array_agg(id) OVER (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS ids FROM n ORDER BY id`,
);
wf(
  'groups exclude group',
  `SELECT id, x, array_agg(id) OVER (ORDER BY x GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP) AS ids FROM n ORDER BY id`,
);
wf(
  'rows exclude ties',
  `SELECT id, x, array_agg(id) OVER (ORDER BY x, id ROWS BETWEEN 2 PRECEDING AND 2 FOLLOWING EXCLUDE TIES) AS ids FROM n ORDER BY id`,
);
wf(
  'first_value with exclude current row',
  `SELECT id, first_value(id) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE CURRENT ROW) AS fv FROM n ORDER BY id`,
);
wf('window running bool_and', `SELECT id, bool_and(b) OVER (ORDER BY id) AS ba FROM n ORDER BY id`);
wf(
  'window json_agg frame',
  `SELECT id, json_agg(id) OVER (ORDER BY id ROWS 1 PRECEDING)::text AS j FROM n ORDER BY id`,
);
wf(
  'window percent of group',
  `SELECT id, round(x * 100.0 / sum(x) OVER (PARTITION BY g), 1) AS pct FROM n ORDER BY id`,
);
wf('window ordered by text', `SELECT id, rank() OVER (ORDER BY t NULLS FIRST) AS r FROM n ORDER BY id`);
wf(
  'window function with filter on non aggregate error',
  `SELECT rank() FILTER (WHERE true) OVER (ORDER BY id) AS r FROM n`,
);
wf(
  'ordered set as window error',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) OVER () AS p FROM n`,
);
wf(
  'row_number dedup latest per group',
  `SELECT id, g FROM (SELECT id, g, row_number() OVER (PARTITION BY g ORDER BY id DESC) AS rn FROM n) s WHERE rn = 1 ORDER BY g`,
);
wf(
  'gaps and islands',
  `SELECT min(v) AS lo, max(v) AS hi FROM (SELECT v, v - row_number() OVER (ORDER BY v) AS grp FROM (VALUES (1), (2), (3), (5), (6), (9)) x(v)) s GROUP BY grp ORDER BY lo`,
);
wf(
  'cumulative distinct count via subquery',
  `SELECT id, (SELECT count(DISTINCT g) FROM n n2 WHERE n2.id <= n.id) AS c FROM n ORDER BY id`,
);
list.add(
  '9.22 window: ntile param',
  [{ sql: 'SELECT id, ntile($1) OVER (ORDER BY id) AS t FROM n ORDER BY id', params: [2] }],
  N,
);
list.add(
  '9.22 window: lag param offset',
  [{ sql: 'SELECT id, lag(id, $1) OVER (ORDER BY id) AS p FROM n ORDER BY id', params: ['2'] }],
  N,
);
list.add(
  '9.22 window: rows frame param',
  [
    {
      sql: 'SELECT id, sum(x) OVER (ORDER BY id ROWS BETWEEN $1 PRECEDING AND CURRENT ROW) AS s FROM n ORDER BY id',
      params: [1],
    },
  ],
  N,
);
list.add(
  '9.22 window: range frame param interval',
  [
    {
      sql: 'SELECT id, count(*) OVER (ORDER BY d RANGE BETWEEN $1::interval PRECEDING AND CURRENT ROW) AS c FROM n ORDER BY id',
      params: ['2 days'],
    },
  ],
  N,
);

// ---------------------------------------------------------------- 9.23 subquery expressions
const SQ = `CREATE TABLE a (id int PRIMARY KEY, v int);
INSERT INTO a VALUES (1, 10), (2, 20), (3, NULL), (4, 40);
CREATE TABLE b (id int, v int);
INSERT INTO b VALUES (1, 10), (2, NULL), (3, 30);
CREATE TABLE e (v int);`;
const sq = (name: string, sql: string) => list.add(`9.23 subquery: ${name}`, [sql], SQ);
sq('exists true', `SELECT EXISTS (SELECT 1 FROM a WHERE v > 30) AS v`);
sq('exists false', `SELECT EXISTS (SELECT 1 FROM e) AS v`);
sq('exists select star', `SELECT EXISTS (SELECT * FROM a) AS v`);
sq('exists with null row', `SELECT EXISTS (SELECT NULL) AS v`);
sq('exists correlated filter', `SELECT id FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.v = a.v) ORDER BY id`);
sq(
  'not exists correlated',
  `SELECT id FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.v = a.v) ORDER BY id`,
);
sq('exists with limit 0', `SELECT EXISTS (SELECT 1 FROM a LIMIT 0) AS v`);
sq('exists with aggregate always row', `SELECT EXISTS (SELECT count(*) FROM e) AS v`);
sq('in subquery', `SELECT id FROM a WHERE v IN (SELECT v FROM b) ORDER BY id`);
sq('in subquery null result', `SELECT id, v IN (SELECT v FROM b) AS r FROM a ORDER BY id`);
sq(
  'not in subquery with null gives no rows',
  `SELECT id FROM a WHERE v NOT IN (SELECT v FROM b) ORDER BY id`,
);
sq('not in subquery values', `SELECT id, v NOT IN (SELECT v FROM b) AS r FROM a ORDER BY id`);
sq(
  'not in subquery without nulls',
  `SELECT id FROM a WHERE v NOT IN (SELECT v FROM b WHERE v IS NOT NULL) ORDER BY id`,
);
sq(
  'in empty subquery false',
  `SELECT NULL::int IN (SELECT v FROM e) AS r1, 1 NOT IN (SELECT v FROM e) AS r2`,
);
sq('in subquery two columns error', `SELECT id FROM a WHERE v IN (SELECT id, v FROM b)`);
sq('row in subquery', `SELECT id FROM a WHERE (id, v) IN (SELECT id, v FROM b) ORDER BY id`);
sq('row in subquery null', `SELECT id, (id, v) IN (SELECT id, v FROM b) AS r FROM a ORDER BY id`);
sq('row not in subquery', `SELECT id, (id, v) NOT IN (SELECT id, v FROM b) AS r FROM a ORDER BY id`);
sq('any subquery', `SELECT id, v > ANY (SELECT v FROM b) AS r FROM a ORDER BY id`);
sq('some synonym', `SELECT id FROM a WHERE v = SOME (SELECT v FROM b) ORDER BY id`);
sq('all subquery', `SELECT id, v > ALL (SELECT v FROM b WHERE v IS NOT NULL) AS r FROM a ORDER BY id`);
sq('all subquery with null', `SELECT id, v > ALL (SELECT v FROM b) AS r FROM a ORDER BY id`);
sq('all empty true', `SELECT 1 > ALL (SELECT v FROM e) AS r1, NULL::int > ALL (SELECT v FROM e) AS r2`);
sq('any empty false', `SELECT 1 = ANY (SELECT v FROM e) AS r`);
sq('row any subquery', `SELECT (1, 10) = ANY (SELECT id, v FROM b) AS r`);
sq('row all subquery', `SELECT (1, 10) <> ALL (SELECT id, v FROM b) AS r`);
sq('scalar subquery', `SELECT id, (SELECT max(v) FROM b) AS m FROM a ORDER BY id`);
sq('scalar subquery no rows null', `SELECT (SELECT v FROM e) AS r`);
sq('scalar subquery multiple rows error', `SELECT (SELECT v FROM b) AS r`);
sq('scalar subquery multiple columns error', `SELECT (SELECT id, v FROM b LIMIT 1) AS r`);
sq('scalar subquery correlated', `SELECT id, (SELECT b.v FROM b WHERE b.id = a.id) AS bv FROM a ORDER BY id`);
sq('scalar subquery in where', `SELECT id FROM a WHERE v = (SELECT max(v) FROM a) ORDER BY id`);
sq(
  'scalar subquery in order by',
  `SELECT id FROM a ORDER BY (SELECT b.v FROM b WHERE b.id = a.id) NULLS FIRST, id`,
);
sq(
  'scalar subquery multiple rows only when evaluated',
  `SELECT id, CASE WHEN id > 100 THEN (SELECT v FROM b) END AS r FROM a ORDER BY id`,
);
sq('array subquery', `SELECT ARRAY(SELECT v FROM b ORDER BY id) AS arr`);
sq('array subquery empty', `SELECT ARRAY(SELECT v FROM e) AS arr`);
sq('array subquery two columns error', `SELECT ARRAY(SELECT id, v FROM b) AS arr`);
sq('array subquery of arrays', `SELECT ARRAY(SELECT ARRAY[id, id] FROM b ORDER BY id) AS arr`);
sq(
  'exists in select list correlated',
  `SELECT id, EXISTS (SELECT 1 FROM b WHERE b.id = a.id AND b.v IS NOT NULL) AS has FROM a ORDER BY id`,
);
sq('in with union subquery', `SELECT id FROM a WHERE id IN (SELECT 1 UNION SELECT 4) ORDER BY id`);
sq('not in with null from left', `SELECT NULL::int NOT IN (SELECT 1) AS r`);
sq('any with non boolean operator error', `SELECT 1 + ANY (SELECT 1) AS r`);
sq('subquery compares with like any', `SELECT 'abc' LIKE ANY (SELECT 'a%' UNION ALL SELECT 'x%') AS r`);
sq('correlated subquery in update', `SELECT count(*) AS c FROM a WHERE v < (SELECT avg(v) FROM a)`);
sq(
  'lateral vs correlated subquery',
  `SELECT a.id, s.m FROM a, LATERAL (SELECT max(b.v) AS m FROM b WHERE b.id <= a.id) s ORDER BY a.id`,
);
list.add(
  '9.23 subquery: in subquery param',
  [{ sql: 'SELECT id FROM a WHERE v IN (SELECT v FROM b WHERE id <= $1) ORDER BY id', params: [3] }],
  SQ,
);
list.add(
  '9.23 subquery: exists param',
  [{ sql: 'SELECT EXISTS (SELECT 1 FROM a WHERE id = $1) AS r', params: ['2'] }],
  SQ,
);
list.add(
  '9.23 subquery: exists param null',
  [{ sql: 'SELECT EXISTS (SELECT 1 FROM a WHERE v = $1) AS r', params: [null] }],
  SQ,
);

// ---------------------------------------------------------------- 9.24 row and array comparisons
list.select('9.24: in list', `2 IN (1, 2, 3)`);
list.select('9.24: in list no match with null', `4 IN (1, 2, NULL)`);
list.select('9.24: in list match with null', `2 IN (1, 2, NULL)`);
list.select('9.24: not in list with null', `4 NOT IN (1, 2, NULL)`);
list.select('9.24: null in list', `NULL IN (1, 2)`);
list.select('9.24: in list mixed types', `1 IN (1.0, 2)`);
list.select('9.24: in list text with unknown', `'a' IN ('a', 'b')`);
list.select('9.24: in list int with text error', `1 IN ('a'::text, 'b')`);
list.select('9.24: in list int and unknown bad', `1 IN ('x')`);
list.select('9.24: in list of rows', `(1, 2) IN ((1, 2), (3, 4))`);
list.select('9.24: any array', `3 = ANY (ARRAY[1, 2, 3])`);
list.select('9.24: any array with null no match', `4 = ANY (ARRAY[1, NULL])`);
list.select('9.24: any empty array', `1 = ANY ('{}'::int[])`);
list.select('9.24: all empty array', `1 = ALL ('{}'::int[])`);
list.select('9.24: all array', `5 > ALL (ARRAY[1, 2, 3])`);
list.select('9.24: all array with null', `5 > ALL (ARRAY[1, NULL])`);
list.select('9.24: all array false with null', `0 > ALL (ARRAY[1, NULL])`);
list.select('9.24: not equal all', `4 <> ALL (ARRAY[1, 2, 3])`);
list.select('9.24: any null array', `1 = ANY (NULL::int[])`);
list.select('9.24: any 2d array flattens', `4 = ANY (ARRAY[[1, 2], [3, 4]])`);
list.select('9.24: any array literal text', `'b' = ANY ('{a,b}')`);
list.select('9.24: any with like', `'foobar' LIKE ANY (ARRAY['%bar', 'x%'])`);
list.select('9.24: ilike all', `'FooBar' ILIKE ALL (ARRAY['foo%', '%bar'])`);
list.select('9.24: any non array error', `1 = ANY (1)`);
list.select('9.24: some array', `2 < SOME (ARRAY[1, 3])`);
list.select('9.24: row equal', `ROW(1, 2, 'a') = ROW(1, 2, 'a')`);
list.select('9.24: row equal with null', `ROW(1, NULL) = ROW(1, 2)`);
list.select('9.24: row equal with null but differs', `ROW(1, NULL) = ROW(2, 2)`);
list.select('9.24: row not equal with null', `ROW(1, NULL) <> ROW(2, NULL)`);
list.select('9.24: row less than', `ROW(1, 2) < ROW(1, 3)`);
list.select('9.24: row less than decided early', `ROW(1, NULL) < ROW(2, 0)`);
list.select('9.24: row less than null undecided', `ROW(1, NULL) < ROW(1, 0)`);
list.select('9.24: row comparison keyset', `(2, 'a') > (1, 'z')`);
list.select('9.24: row is distinct from', `ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL)`);
list.select('9.24: row is not distinct from', `ROW(1, NULL) IS NOT DISTINCT FROM ROW(1, NULL)`);
list.select('9.24: row length mismatch error', `ROW(1, 2) = ROW(1, 2, 3)`);
list.select('9.24: row type mismatch error', `ROW(1, 'a'::text) = ROW(1, 2)`);
list.select('9.24: row is null all nulls', `ROW(NULL, NULL) IS NULL`);
list.select('9.24: row is null partial', `ROW(1, NULL) IS NULL`);
list.select('9.24: row is not null partial', `ROW(1, NULL) IS NOT NULL`);
list.select('9.24: row not is null partial', `NOT (ROW(1, NULL) IS NULL)`);
list.select('9.24: row star equality', `(SELECT ROW(1, 2)) = ROW(1, 2)`);
list.select('9.24: composite compare *=', `ROW(1, 2) *= ROW(1, 2)`);
list.select('9.24: array equal', `ARRAY[1, 2] = ARRAY[1, 2]`);
list.select('9.24: array less than', `ARRAY[1, 2] < ARRAY[1, 3]`);
list.select('9.24: array shorter less', `ARRAY[1, 2] < ARRAY[1, 2, 0]`);
list.select('9.24: array with null equal', `ARRAY[1, NULL] = ARRAY[1, NULL]`);
list.select('9.24: array contains', `ARRAY[1, 2, 3] @> ARRAY[3, 1]`);
list.select('9.24: array overlap', `ARRAY[1, 2] && ARRAY[2, 5]`);
list.select('9.24: between rows', `ROW(2, 2) BETWEEN ROW(1, 5) AND ROW(3, 0)`);
list.add('9.24: in list params', [{ sql: 'SELECT $1::int IN (1, 2, 3) AS v', params: ['2'] }]);
list.add('9.24: any param array text', [
  { sql: 'SELECT $1::text = ANY ($2::text[]) AS v', params: ['b', ['a', 'b']] },
]);
list.add('9.24: any param array with null element', [
  { sql: 'SELECT 3 = ANY ($1::int[]) AS v', params: [[1, null]] },
]);
list.add('9.24: all param array', [{ sql: 'SELECT 10 > ALL ($1::int[]) AS v', params: [[1, 2, 3]] }]);
list.add('9.24: row compare params', [
  { sql: 'SELECT ($1::int, $2::text) < (2, $3::text) AS v', params: [2, 'a', 'b'] },
]);
list.add('9.24: untyped param any', [{ sql: 'SELECT 2 = ANY ($1) AS v', params: ['{1,2}'] }]);

// ---------------------------------------------------------------- 9.25 set returning functions
const sr = (name: string, sql: string) => list.add(`9.25 srf: ${name}`, [sql]);
sr('generate_series int', `SELECT g FROM generate_series(2, 4) g ORDER BY g`);
sr('generate_series step', `SELECT g FROM generate_series(5, 1, -2) g ORDER BY g DESC`);
sr('generate_series empty', `SELECT count(*) AS c FROM generate_series(4, 3) g`);
sr('generate_series step past end', `SELECT g FROM generate_series(1, 10, 4) g ORDER BY g`);
sr('generate_series step zero error', `SELECT g FROM generate_series(1, 3, 0) g`);
sr('generate_series null arg', `SELECT count(*) AS c FROM generate_series(1, NULL) g`);
sr(
  'generate_series bigint',
  `SELECT g, pg_typeof(g)::text AS t FROM generate_series(9007199254740990::bigint, 9007199254740991) g ORDER BY g`,
);
sr('generate_series numeric', `SELECT g FROM generate_series(0.5, 2, 0.5) g ORDER BY g`);
sr('generate_series numeric type', `SELECT pg_typeof(g)::text AS t FROM generate_series(1.0, 2) g LIMIT 1`);
sr('generate_series numeric nan error', `SELECT g FROM generate_series(1, 'NaN'::numeric) g`);
sr(
  'generate_series timestamps',
  `SELECT g FROM generate_series('2008-03-01 00:00'::timestamp, '2008-03-04 12:00', '10 hours') g ORDER BY g`,
);
sr(
  'generate_series timestamps text',
  `SELECT g::text AS g FROM generate_series('2008-03-01 00:00'::timestamp, '2008-03-04 12:00', '10 hours') g ORDER BY 1`,
);
sr(
  'generate_series dates as timestamptz cast',
  `SELECT g::date AS d FROM generate_series('2024-02-27'::date, '2024-03-02'::date, '1 day') g ORDER BY 1`,
);
sr(
  'generate_series date type',
  `SELECT pg_typeof(g)::text AS t FROM generate_series('2024-02-27'::date, '2024-03-02'::date, '1 day') g LIMIT 1`,
);
sr(
  'generate_series months end of month',
  `SELECT g::date AS d FROM generate_series('2024-01-31'::timestamp, '2024-06-30', '1 month') g ORDER BY 1`,
);
sr(
  'generate_series timestamp zero interval error',
  `SELECT g FROM generate_series('2024-01-01'::timestamp, '2024-01-02', '0 days') g`,
);
sr(
  'generate_series timestamp negative step',
  `SELECT g::text AS t FROM generate_series('2024-01-02'::timestamp, '2024-01-01', '-12 hours') g ORDER BY 1 DESC`,
);
sr(
  'generate_series timestamptz',
  `SELECT g::text AS t FROM generate_series('2024-03-30 00:00+00'::timestamptz, '2024-04-01 00:00+00', '1 day') g ORDER BY 1`,
);
sr(
  'generate_series no step on timestamps error',
  `SELECT g FROM generate_series('2024-01-01'::timestamp, '2024-01-02'::timestamp) g`,
);
sr('generate_series in select list', `SELECT generate_series(1, 3) AS g`);
sr('two srfs in select list lengths differ', `SELECT generate_series(1, 3) AS a, generate_series(1, 2) AS b`);
sr(
  'srf in select with from',
  `SELECT x, generate_series(1, x) AS g FROM (VALUES (1), (2)) v(x) ORDER BY x, g`,
);
sr('srf in case error', `SELECT CASE WHEN true THEN generate_series(1, 2) END AS g`);
sr('srf in coalesce error', `SELECT coalesce(generate_series(1, 2), 0) AS g`);
sr('srf in aggregate error', `SELECT sum(generate_series(1, 3)) AS s`);
sr('srf in where error', `SELECT 1 AS one WHERE generate_series(1, 2) > 1`);
sr('srf nested in select', `SELECT generate_series(1, generate_series(1, 2)) AS g`);
sr(
  'generate_series with ordinality',
  `SELECT * FROM generate_series(10, 30, 10) WITH ORDINALITY AS t(v, n) ORDER BY n`,
);
sr(
  'ordinality type bigint',
  `SELECT pg_typeof(n)::text AS t FROM generate_series(1, 1) WITH ORDINALITY AS t(v, n)`,
);
sr('generate_series sum', `SELECT sum(g) AS s FROM generate_series(1, 1000) g`);
sr(
  'generate_series calendar left join',
  `SELECT d::date AS day, coalesce(c, 0) AS c FROM generate_series('2024-01-01'::timestamp, '2024-01-04', '1 day') d LEFT JOIN (VALUES ('2024-01-02'::date, 5)) v(day, c) ON v.day = d::date ORDER BY 1`,
);
sr('generate_subscripts', `SELECT s FROM generate_subscripts(ARRAY['a', 'b', 'c'], 1) s ORDER BY s`);
sr(
  'generate_subscripts reverse',
  `SELECT s FROM generate_subscripts(ARRAY['a', 'b', 'c'], 1, true) s ORDER BY s DESC`,
);
sr(
  'generate_subscripts custom bounds',
  `SELECT s FROM generate_subscripts('[3:5]={x,y,z}'::text[], 1) s ORDER BY s`,
);
sr(
  'generate_subscripts dim 2',
  `SELECT s FROM generate_subscripts(ARRAY[[1, 2, 3], [4, 5, 6]], 2) s ORDER BY s`,
);
sr(
  'generate_subscripts missing dim empty',
  `SELECT count(*) AS c FROM generate_subscripts(ARRAY[1, 2], 2) s`,
);
sr(
  'generate_subscripts indexing',
  `SELECT a[i] AS v FROM (SELECT ARRAY[10, 20, 30] AS a) x, generate_subscripts(a, 1) i ORDER BY i`,
);
sr('unnest', `SELECT u FROM unnest(ARRAY[3, 1, 2]) u ORDER BY u`);
sr(
  'unnest with ordinality keeps order',
  `SELECT u, n FROM unnest(ARRAY['c', 'a', 'b']) WITH ORDINALITY AS x(u, n) ORDER BY n`,
);
sr(
  'unnest multiple arrays zip pads null',
  `SELECT * FROM unnest(ARRAY[1, 2, 3], ARRAY['a', 'b']) AS x(n, s) ORDER BY n`,
);
sr(
  'unnest multiple arrays ordinality',
  `SELECT * FROM unnest(ARRAY[1, 2], ARRAY['a', 'b', 'c']) WITH ORDINALITY AS x(n, s, o) ORDER BY o`,
);
sr('unnest 2d flattens', `SELECT u FROM unnest(ARRAY[[1, 2], [3, 4]]) WITH ORDINALITY AS x(u, o) ORDER BY o`);
sr('unnest null array', `SELECT count(*) AS c FROM unnest(NULL::int[]) u`);
sr('unnest empty array', `SELECT count(*) AS c FROM unnest('{}'::text[]) u`);
sr(
  'unnest with null elements',
  `SELECT u FROM unnest(ARRAY[1, NULL, 2]) WITH ORDINALITY AS x(u, o) ORDER BY o`,
);
sr('unnest unknown literal error', `SELECT u FROM unnest('{1,2}') u`);
sr('unnest in select list', `SELECT unnest(ARRAY[1, 2]) AS u, 'k' AS k`);
sr('unnest two in select list uneven', `SELECT unnest(ARRAY[1, 2, 3]) AS a, unnest(ARRAY['x']) AS b`);
sr(
  'unnest composite array',
  `SELECT * FROM unnest(ARRAY[ROW(1, 'a'), ROW(2, 'b')]::record[]) AS x(n int, s text)`,
);
sr(
  'unnest into table columns',
  `SELECT x.id, x.name FROM unnest(ARRAY[1, 2], ARRAY['one', 'two']) AS x(id, name) ORDER BY x.id`,
);
sr(
  'unnest jsonb array elements',
  `SELECT e FROM jsonb_array_elements('[1, "a", null]') WITH ORDINALITY AS x(e, o) ORDER BY o`,
);
sr(
  'unnest ordinality alias default names',
  `SELECT * FROM unnest(ARRAY['a', 'b']) WITH ORDINALITY ORDER BY ordinality`,
);
sr('unnest default column name', `SELECT * FROM unnest(ARRAY[5, 6]) ORDER BY 1`);
sr('generate_series default column name', `SELECT * FROM generate_series(1, 2) ORDER BY 1`);
sr(
  'rows from srf alias names',
  `SELECT * FROM ROWS FROM (generate_series(1, 2), generate_series(5, 7)) ORDER BY 2`,
);
sr(
  'regexp_matches srf',
  `SELECT m FROM regexp_matches('a1b22c333', '\\d+', 'g') WITH ORDINALITY AS x(m, o) ORDER BY o`,
);
sr('string_to_table', `SELECT s FROM string_to_table('a,b,,c', ',') WITH ORDINALITY AS x(s, o) ORDER BY o`);
sr(
  'generate_series in lateral join count',
  `SELECT x, count(g) AS c FROM (VALUES (0), (2)) v(x) LEFT JOIN LATERAL generate_series(1, x) g ON true GROUP BY x ORDER BY x`,
);
sr('srf in select with limit', `SELECT generate_series(1, 100) AS g ORDER BY g DESC LIMIT 2`);
sr('srf in select ordered desc', `SELECT generate_series(1, 3) AS g ORDER BY 1 DESC`);
sr('generate_series float steps', `SELECT g FROM generate_series(0.1::numeric, 0.5, 0.1) g ORDER BY g`);
list.add('9.25 srf: generate_series params', [
  { sql: 'SELECT g FROM generate_series($1::int, $2::int) g ORDER BY g', params: [1, '3'] },
]);
list.add('9.25 srf: generate_series untyped params', [
  { sql: 'SELECT g FROM generate_series($1, $2) g ORDER BY g', params: ['1', '3'] },
]);
list.add('9.25 srf: generate_series timestamp params', [
  {
    sql: "SELECT g::date AS d FROM generate_series($1::date, $2::date, '1 day') g ORDER BY 1",
    params: ['2024-01-30', '2024-02-02'],
  },
]);
list.add('9.25 srf: unnest param array', [
  { sql: 'SELECT u FROM unnest($1::int[]) WITH ORDINALITY AS x(u, o) ORDER BY o', params: [[5, 3, 4]] },
]);
list.add(
  '9.25 srf: unnest param arrays bulk insert',
  [
    {
      sql: 'INSERT INTO items SELECT * FROM unnest($1::int[], $2::text[])',
      params: [
        [1, 2, 3],
        ['a', 'b', 'c'],
      ],
    },
    'SELECT id, name FROM items ORDER BY id',
  ],
  'CREATE TABLE items (id int, name text)',
);
list.add('9.25 srf: unnest param untyped error', [{ sql: 'SELECT u FROM unnest($1) u', params: [[1, 2]] }]);

export default list.cases;
