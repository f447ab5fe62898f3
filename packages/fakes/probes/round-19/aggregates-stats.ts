// Round 19 probe: PostgreSQL 15 statistical aggregates (table 9.59), ordered-set (9.60) and hypothetical-set (9.61) aggregates, GROUPING (9.62).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates stats: ');
const P = `CREATE TABLE p (id int, g text, x float8, y float8, nx numeric, iy int);
INSERT INTO p VALUES (1, 'a', 1, 2, 1, 2), (2, 'a', 2, 4.5, 2, 4), (3, 'a', 3, 5, 3, 7), (4, 'a', 4, 9, 4, 8),
 (5, 'b', 10, NULL, 10, NULL), (6, 'b', NULL, 3, NULL, 3), (7, 'c', 5, 5, 5, 5), (8, 'd', 2, 2, 2.5, 2), (9, 'd', 2, 3, 2.5, 3);`;
const q = (name: string, sql: string, setup = P) => list.add(name, [sql], setup);

// two-argument statistical aggregates over several group shapes: 0 rows, 1 row, 2 rows (same x), NULL pairs
const two = [
  'corr',
  'covar_pop',
  'covar_samp',
  'regr_avgx',
  'regr_avgy',
  'regr_count',
  'regr_intercept',
  'regr_r2',
  'regr_slope',
  'regr_sxx',
  'regr_sxy',
  'regr_syy',
];
for (const fn of two) {
  q(`${fn} per group`, `SELECT g, ${fn}(y, x) AS r FROM p GROUP BY g ORDER BY g`);
  q(`${fn} over all rows`, `SELECT ${fn}(y, x) AS r, pg_typeof(${fn}(y, x))::text AS ty FROM p`);
  q(`${fn} over no rows`, `SELECT ${fn}(y, x) AS r FROM p WHERE false`);
  q(`${fn} on int arguments`, `SELECT ${fn}(iy, id) AS r FROM p`);
  q(`${fn} on numeric arguments`, `SELECT ${fn}(nx, nx) AS r FROM p`);
}
q('corr of constant y is NULL', 'SELECT corr(c, x) AS r FROM (SELECT 1.0::float8 AS c, x FROM p) s');
q('corr perfect is 1', `SELECT corr(x * 2, x) AS r FROM p`);
q('corr negative', `SELECT corr(-x, x) AS r FROM p`);
q('regr_r2 of constant y is 1', 'SELECT regr_r2(c, x) AS r FROM (SELECT 5.0::float8 AS c, x FROM p) s');
q(
  'regr_slope of constant x is NULL',
  'SELECT regr_slope(y, c) AS r FROM (SELECT 5.0::float8 AS c, y FROM p) s',
);
q(
  'covar with infinity',
  `SELECT covar_pop(a, b) AS r FROM (VALUES (1::float8, 'Infinity'::float8), (2, 3)) v(a, b)`,
);
q('corr with NaN', `SELECT corr(a, b) AS r FROM (VALUES (1::float8, 'NaN'::float8), (2, 3), (3, 5)) v(a, b)`);
q('regr_count type is bigint', `SELECT regr_count(y, x) AS r FROM p`);
q('corr of text is 42883', `SELECT corr(g, g) AS r FROM p`);
q('corr one arg is 42883', `SELECT corr(x) AS r FROM p`);
q(
  'covar_samp big values',
  `SELECT covar_samp(a, b) AS r FROM (VALUES (1e300::float8, 1e300::float8), (-1e300, -1e300)) v(a, b)`,
);
q(
  'regr_sxx large float overflow 22003',
  `SELECT regr_sxx(a, a) AS r FROM (VALUES (1e308::float8), (-1e308)) v(a)`,
);

// one-argument statistical aggregates
const one = ['stddev', 'stddev_pop', 'stddev_samp', 'variance', 'var_pop', 'var_samp'];
for (const fn of one) {
  q(`${fn} float per group`, `SELECT g, ${fn}(x) AS r FROM p GROUP BY g ORDER BY g`);
  q(`${fn} numeric per group`, `SELECT g, ${fn}(nx) AS r FROM p GROUP BY g ORDER BY g`);
  q(
    `${fn} int per group`,
    `SELECT g, ${fn}(iy) AS r, pg_typeof(${fn}(iy))::text AS ty FROM p GROUP BY g ORDER BY g`,
  );
  q(`${fn} over no rows`, `SELECT ${fn}(x) AS r, ${fn}(nx) AS n FROM p WHERE false`);
  q(
    `${fn} bigint and smallint`,
    `SELECT ${fn}(id::int8) AS a, ${fn}(id::int2) AS b, pg_typeof(${fn}(id::int2))::text AS ty FROM p`,
  );
  q(`${fn} real`, `SELECT ${fn}(x::real) AS a, pg_typeof(${fn}(x::real))::text AS ty FROM p`);
  q(`${fn} of text is 42883`, `SELECT ${fn}(g) AS r FROM p`);
}
q('variance numeric scale', `SELECT variance(x) AS v FROM (VALUES (1.10::numeric), (2.205), (3)) s(x)`);
q('stddev numeric scale', `SELECT stddev(x) AS v FROM (VALUES (1::numeric), (2), (4)) s(x)`);
q('var_pop numeric of one row', `SELECT var_pop(x) AS v, var_samp(x) AS s FROM (VALUES (1.5::numeric)) s(x)`);
q('stddev numeric with NaN', `SELECT stddev(x) AS v FROM (VALUES (1::numeric), ('NaN')) s(x)`);
q(
  'stddev numeric with infinity',
  `SELECT stddev(x) AS v, var_pop(x) AS p FROM (VALUES (1::numeric), ('Infinity')) s(x)`,
);
q('stddev float with infinity', `SELECT stddev(x) AS v FROM (VALUES (1::float8), ('Infinity')) s(x)`);
q(
  'var_samp of identical values is 0',
  `SELECT var_samp(x) AS v, stddev_pop(x) AS s FROM (VALUES (2.5::float8), (2.5), (2.5)) s(x)`,
);
q(
  'variance big numbers',
  `SELECT variance(x) AS v FROM (VALUES (123456789012345678::int8), (123456789012345679)) s(x)`,
);
q('stddev distinct', `SELECT stddev(DISTINCT x) AS v FROM p`);
q('variance column names', `SELECT variance(x), stddev(x), var_pop(x) FROM p`);

// ordered-set aggregates
q('mode', `SELECT mode() WITHIN GROUP (ORDER BY x) AS m FROM p`);
q(
  'mode ties take smallest',
  `SELECT mode() WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (3), (1), (3), (1), (2)) s(v)`,
);
q(
  'mode ties with DESC take largest',
  `SELECT mode() WITHIN GROUP (ORDER BY v DESC) AS m FROM (VALUES (3), (1), (3), (1), (2)) s(v)`,
);
q('mode of text', `SELECT mode() WITHIN GROUP (ORDER BY g) AS m FROM p`);
q(
  'mode ignores NULLs',
  `SELECT mode() WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (NULL::int), (NULL), (1)) s(v)`,
);
q('mode of no rows', `SELECT mode() WITHIN GROUP (ORDER BY x) AS m FROM p WHERE false`);
q('mode type', `SELECT pg_typeof(mode() WITHIN GROUP (ORDER BY g))::text AS m FROM p`);
q('mode per group', `SELECT g, mode() WITHIN GROUP (ORDER BY y) AS m FROM p GROUP BY g ORDER BY g`);
q('mode with argument is 42883', `SELECT mode(1) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q('mode without WITHIN GROUP is 42809', `SELECT mode(x) AS m FROM p`);
q('mode without WITHIN GROUP no args is 42809', `SELECT mode() AS m FROM p`);
q('percentile_cont median', `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q(
  'percentile_cont interpolates',
  `SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (1), (2), (4), (10)) s(v)`,
);
q(
  'percentile_cont 0 and 1',
  `SELECT percentile_cont(0) WITHIN GROUP (ORDER BY x) AS a, percentile_cont(1) WITHIN GROUP (ORDER BY x) AS b FROM p`,
);
q(
  'percentile_cont interval',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (interval '1 hour'), (interval '2 hours')) s(v)`,
);
q(
  'percentile_cont type float8',
  `SELECT pg_typeof(percentile_cont(0.5) WITHIN GROUP (ORDER BY nx))::text AS ty, percentile_cont(0.5) WITHIN GROUP (ORDER BY nx) AS m FROM p`,
);
q(
  'percentile_cont DESC',
  `SELECT percentile_cont(0.25) WITHIN GROUP (ORDER BY v DESC) AS m FROM (VALUES (1), (2), (4), (10)) s(v)`,
);
q(
  'percentile_cont out of range is 22003',
  `SELECT percentile_cont(1.5) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q('percentile_cont negative is 22003', `SELECT percentile_cont(-0.1) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q(
  'percentile_cont NaN fraction is 22003',
  `SELECT percentile_cont('NaN') WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q('percentile_cont NULL fraction', `SELECT percentile_cont(NULL) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q('percentile_cont no rows', `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) AS m FROM p WHERE false`);
q('percentile_cont of text is 42883', `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY g) AS m FROM p`);
q(
  'percentile_cont of timestamp is 42883',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (now())) s(v)`,
);
q(
  'percentile_cont array of fractions',
  `SELECT percentile_cont(ARRAY[0, 0.25, 0.5, 1]) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_cont array with NULL element',
  `SELECT percentile_cont(ARRAY[0.5, NULL]) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_cont array out of range is 22003',
  `SELECT percentile_cont(ARRAY[0.5, 2]) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_cont 2-D array',
  `SELECT percentile_cont(ARRAY[[0.1, 0.9], [0.5, 0.5]]) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_cont empty array',
  `SELECT percentile_cont('{}'::float8[]) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_cont array no rows',
  `SELECT percentile_cont(ARRAY[0.5]) WITHIN GROUP (ORDER BY x) AS m FROM p WHERE false`,
);
q(
  'percentile_cont array interval',
  `SELECT percentile_cont(ARRAY[0.5, 0.75]) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (interval '1 hour'), (interval '3 hours')) s(v)`,
);
q(
  'percentile_cont array type',
  `SELECT pg_typeof(percentile_cont(ARRAY[0.5]) WITHIN GROUP (ORDER BY x))::text AS ty FROM p`,
);
q('percentile_disc median', `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q('percentile_disc of text', `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY g) AS m FROM p`);
q(
  'percentile_disc 0 takes first',
  `SELECT percentile_disc(0) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (5), (1), (3)) s(v)`,
);
q(
  'percentile_disc 1 takes last',
  `SELECT percentile_disc(1) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (5), (1), (3)) s(v)`,
);
q(
  'percentile_disc boundaries',
  `SELECT percentile_disc(ARRAY[0.33, 0.34, 0.66, 0.67]) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (5), (1), (3)) s(v)`,
);
q(
  'percentile_disc type keeps input',
  `SELECT pg_typeof(percentile_disc(0.5) WITHIN GROUP (ORDER BY nx))::text AS ty, percentile_disc(0.5) WITHIN GROUP (ORDER BY nx) AS m FROM p`,
);
q(
  'percentile_disc array type',
  `SELECT pg_typeof(percentile_disc(ARRAY[0.5]) WITHIN GROUP (ORDER BY g))::text AS ty FROM p`,
);
q('percentile_disc out of range is 22003', `SELECT percentile_disc(2) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q(
  'percentile_disc array out of range is 22003',
  `SELECT percentile_disc(ARRAY[-1]) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_disc of date',
  `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES (date '2024-01-01'), (date '2024-02-01'), (date '2024-03-01')) s(v)`,
);
q(
  'percentile_disc of jsonb',
  `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY v) AS m FROM (VALUES ('1'::jsonb), ('"a"'), ('[1]')) s(v)`,
);
q(
  'percentile_disc per group',
  `SELECT g, percentile_disc(0.5) WITHIN GROUP (ORDER BY y) AS m FROM p GROUP BY g ORDER BY g`,
);
q(
  'percentile_cont per group',
  `SELECT g, percentile_cont(0.5) WITHIN GROUP (ORDER BY y) AS m FROM p GROUP BY g ORDER BY g`,
);
q(
  'percentile_cont fraction varies per group is fine',
  `SELECT g, percentile_cont(0.5) WITHIN GROUP (ORDER BY y) AS m FROM p GROUP BY g HAVING count(*) > 1 ORDER BY g`,
);
q(
  'percentile_cont fraction from column is 42803',
  `SELECT percentile_cont(x) WITHIN GROUP (ORDER BY y) AS m FROM p`,
);
q(
  'percentile_cont fraction from aggregate is 42803',
  `SELECT percentile_cont(max(x)) WITHIN GROUP (ORDER BY y) AS m FROM p`,
);
q(
  'percentile_cont two sort keys is 42883',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x, y) AS m FROM p`,
);
q('percentile_cont without WITHIN GROUP is 42809', `SELECT percentile_cont(0.5) AS m FROM p`);
q('WITHIN GROUP on plain aggregate is 42809', `SELECT sum(x) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q('WITHIN GROUP on plain function is 42809', `SELECT abs(1) WITHIN GROUP (ORDER BY x) AS m FROM p`);
q(
  'WITHIN GROUP with DISTINCT is 42601',
  `SELECT percentile_cont(DISTINCT 0.5) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'WITHIN GROUP with ORDER BY inside args is 42601',
  `SELECT percentile_cont(0.5 ORDER BY x) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'ordered-set with FILTER',
  `SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FILTER (WHERE g = 'a') AS m FROM p`,
);
q(
  'ordered-set as window is 0A000',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x) OVER () AS m FROM p`,
);
q(
  'ordered-set column name',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY x), mode() WITHIN GROUP (ORDER BY x) FROM p`,
);
q('percentile_cont of int sort key', `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY iy) AS m FROM p`);
q(
  'percentile_cont fraction as text literal',
  `SELECT percentile_cont('0.5') WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_cont fraction as numeric expression',
  `SELECT percentile_cont(1 / 3.0) WITHIN GROUP (ORDER BY x) AS m FROM p`,
);
q(
  'percentile_disc NULLS FIRST ordering',
  `SELECT percentile_disc(0) WITHIN GROUP (ORDER BY x NULLS FIRST) AS m FROM p`,
);
list.add(
  'percentile_cont fraction as parameter',
  [withParams('SELECT percentile_cont($1) WITHIN GROUP (ORDER BY x) AS m FROM p', 0.75)],
  P,
);
list.add(
  'percentile_disc fractions as array parameter',
  [withParams('SELECT percentile_disc($1::float8[]) WITHIN GROUP (ORDER BY x) AS m FROM p', [0.1, 0.9])],
  P,
);

// hypothetical-set aggregates
q('rank hypothetical', `SELECT rank(3) WITHIN GROUP (ORDER BY x) AS r FROM p`);
q('dense_rank hypothetical', `SELECT dense_rank(2) WITHIN GROUP (ORDER BY x) AS r FROM p`);
q('percent_rank hypothetical', `SELECT percent_rank(2) WITHIN GROUP (ORDER BY x) AS r FROM p`);
q('cume_dist hypothetical', `SELECT cume_dist(2) WITHIN GROUP (ORDER BY x) AS r FROM p`);
q(
  'hypothetical on empty input',
  `SELECT rank(1) WITHIN GROUP (ORDER BY x) AS a, dense_rank(1) WITHIN GROUP (ORDER BY x) AS b, percent_rank(1) WITHIN GROUP (ORDER BY x) AS c, cume_dist(1) WITHIN GROUP (ORDER BY x) AS d FROM p WHERE false`,
);
q(
  'hypothetical above all',
  `SELECT rank(100) WITHIN GROUP (ORDER BY x) AS a, cume_dist(100) WITHIN GROUP (ORDER BY x) AS b FROM p`,
);
q(
  'hypothetical DESC',
  `SELECT rank(3) WITHIN GROUP (ORDER BY x DESC) AS a, dense_rank(3) WITHIN GROUP (ORDER BY x DESC) AS b FROM p`,
);
q('hypothetical NULL value sorts last', `SELECT rank(NULL) WITHIN GROUP (ORDER BY x) AS a FROM p`);
q('hypothetical NULLS FIRST', `SELECT rank(NULL) WITHIN GROUP (ORDER BY x NULLS FIRST) AS a FROM p`);
q('hypothetical two columns', `SELECT rank(2, 3) WITHIN GROUP (ORDER BY x, y) AS a FROM p`);
q('hypothetical arity mismatch is 42883', `SELECT rank(2, 3) WITHIN GROUP (ORDER BY x) AS a FROM p`);
q('hypothetical type mismatch', `SELECT rank('a') WITHIN GROUP (ORDER BY x) AS a FROM p`);
q(
  'hypothetical text',
  `SELECT rank('b') WITHIN GROUP (ORDER BY g) AS a, percent_rank('b') WITHIN GROUP (ORDER BY g) AS b FROM p`,
);
q('hypothetical int vs numeric', `SELECT rank(2.5) WITHIN GROUP (ORDER BY iy) AS a FROM p`);
q(
  'hypothetical types',
  `SELECT pg_typeof(rank(1) WITHIN GROUP (ORDER BY x))::text AS a, pg_typeof(cume_dist(1) WITHIN GROUP (ORDER BY x))::text AS b FROM p`,
);
q(
  'hypothetical per group',
  `SELECT g, rank(3) WITHIN GROUP (ORDER BY y) AS r, cume_dist(3) WITHIN GROUP (ORDER BY y) AS c FROM p GROUP BY g ORDER BY g`,
);
q('hypothetical arg from column is 42803', `SELECT rank(x) WITHIN GROUP (ORDER BY y) AS a FROM p`);
q('rank without args WITHIN GROUP is 42883', `SELECT rank() WITHIN GROUP (ORDER BY x) AS a FROM p`);
q('rank() without OVER is 42809', `SELECT rank() AS a FROM p`);
q('rank(1) without WITHIN GROUP is 42809', `SELECT rank(1) AS a FROM p`);
q('hypothetical with FILTER', `SELECT rank(3) WITHIN GROUP (ORDER BY x) FILTER (WHERE g = 'a') AS a FROM p`);

// GROUPING()
q(
  'GROUPING in rollup',
  `SELECT g, id > 4 AS big, GROUPING(g) AS gg, GROUPING(g, id > 4) AS gb, count(*) AS c FROM p GROUP BY ROLLUP (g, id > 4) ORDER BY 1, 2, 3`,
);
q('GROUPING plain group by is 0', `SELECT g, GROUPING(g) AS gg FROM p GROUP BY g ORDER BY g`);
q('GROUPING of ungrouped column is 42803', `SELECT GROUPING(id) AS gg FROM p GROUP BY g`);
q('GROUPING without group by is 42803', `SELECT GROUPING(g) AS gg FROM p`);
q('GROUPING in WHERE is 42803', `SELECT g FROM p WHERE GROUPING(g) = 0 GROUP BY g`);
q('GROUPING type is int', `SELECT pg_typeof(GROUPING(g))::text AS ty FROM p GROUP BY g LIMIT 1`);
q(
  'GROUPING of 3 args bitmask',
  `SELECT GROUPING(g, id, x) AS gb, count(*) AS c FROM p GROUP BY CUBE (g, id, x) HAVING GROUPING(g, id, x) IN (3, 5, 7) ORDER BY 1, 2`,
);
q('GROUPING in HAVING', `SELECT g, count(*) AS c FROM p GROUP BY ROLLUP (g) HAVING GROUPING(g) = 1`);
q('GROUPING in ORDER BY', `SELECT g, count(*) AS c FROM p GROUP BY ROLLUP (g) ORDER BY GROUPING(g) DESC, g`);
q(
  'GROUPING with 32 args',
  `SELECT GROUPING(g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g) AS gb FROM p GROUP BY g LIMIT 1`,
);
q(
  'GROUPING with 33 args is 54011',
  `SELECT GROUPING(g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g,g) AS gb FROM p GROUP BY g`,
);
q('GROUPING column name', `SELECT GROUPING(g) FROM p GROUP BY g LIMIT 1`);
q(
  'GROUPING in subquery referencing outer',
  `SELECT g, (SELECT GROUPING(p.g)) AS gg FROM p GROUP BY ROLLUP (g) ORDER BY 1`,
);
q('GROUPING inside aggregate is 42803', `SELECT sum(GROUPING(g)) AS s FROM p GROUP BY g`);
q(
  'GROUPING of expression',
  `SELECT x + 1 AS e, GROUPING(x + 1) AS gg FROM p GROUP BY ROLLUP (x + 1) ORDER BY 1 NULLS LAST`,
);

export default list.cases;
