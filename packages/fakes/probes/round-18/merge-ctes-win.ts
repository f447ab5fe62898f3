// Round 18 probe: PostgreSQL 15 window functions (4.2.8, 9.22, 3.5) and GROUPING SETS/CUBE/ROLLUP (7.2.4).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('win: ');
const W = `CREATE TABLE w (id int, grp text, v int, d date);
INSERT INTO w VALUES (1, 'a', 10, '2024-01-01'), (2, 'a', 20, '2024-01-02'), (3, 'a', 20, '2024-01-05'),
  (4, 'b', 5, '2024-01-01'), (5, 'b', NULL, '2024-01-03'), (6, 'b', 7, '2024-02-01'), (7, 'c', 1, NULL);`;
const q = (name: string, sql: string, setup = W) => list.add(name, [sql], setup);
const f = (name: string, frame: string, fn = 'sum(v)') =>
  q(
    name,
    `SELECT id, v, ${fn} OVER (ORDER BY v, id ${frame}) AS r FROM w WHERE v IS NOT NULL ORDER BY v, id`,
  );
const fp = (name: string, frame: string, fn = 'sum(v)') =>
  q(name, `SELECT id, v, ${fn} OVER (ORDER BY v ${frame}) AS r FROM w WHERE v IS NOT NULL ORDER BY v, id`);

// ---------------------------------------------------------------- ranking
q(
  'row_number rank dense_rank',
  `SELECT id, v, row_number() OVER (ORDER BY v, id) AS rn, rank() OVER (ORDER BY v) AS rk, dense_rank() OVER (ORDER BY v) AS dr FROM w ORDER BY v, id`,
);
q('rank ordering NULLs last by default', `SELECT id, rank() OVER (ORDER BY v) AS rk FROM w ORDER BY id`);
q('rank ordering DESC puts NULLs first', `SELECT id, rank() OVER (ORDER BY v DESC) AS rk FROM w ORDER BY id`);
q(
  'rank with NULLS LAST on DESC',
  `SELECT id, rank() OVER (ORDER BY v DESC NULLS LAST) AS rk FROM w ORDER BY id`,
);
q(
  'percent_rank and cume_dist',
  `SELECT id, percent_rank() OVER (ORDER BY v) AS pr, cume_dist() OVER (ORDER BY v) AS cd FROM w ORDER BY id`,
);
q('percent_rank of a single row is 0', `SELECT percent_rank() OVER () AS pr FROM (VALUES (1)) x`);
q(
  'ranking without ORDER BY puts all rows as peers',
  `SELECT id, rank() OVER () AS rk, dense_rank() OVER () AS dr, cume_dist() OVER () AS cd FROM w ORDER BY id`,
);
q('ntile splits evenly', `SELECT id, ntile(3) OVER (ORDER BY id) AS t FROM w ORDER BY id`);
q(
  'ntile with more buckets than rows',
  `SELECT id, ntile(10) OVER (ORDER BY id) AS t FROM w WHERE id < 4 ORDER BY id`,
);
q('ntile of zero is 22014', `SELECT ntile(0) OVER () AS t FROM w`);
q('ntile of a negative is 22014', `SELECT ntile(-1) OVER () AS t FROM w`);
q('ntile of NULL is NULL', `SELECT ntile(NULL) OVER () AS t FROM w LIMIT 1`);
q('ntile per partition', `SELECT id, ntile(2) OVER (PARTITION BY grp ORDER BY id) AS t FROM w ORDER BY id`);
q(
  'row_number per partition',
  `SELECT id, grp, row_number() OVER (PARTITION BY grp ORDER BY v DESC NULLS LAST) AS rn FROM w ORDER BY id`,
);
q(
  'ranking result types',
  `SELECT pg_typeof(row_number() OVER ())::text AS a, pg_typeof(rank() OVER ())::text AS b, pg_typeof(ntile(2) OVER ())::text AS c, pg_typeof(percent_rank() OVER ())::text AS d LIMIT 1`,
);
q('row_number with an argument is 42883', `SELECT row_number(1) OVER () AS rn FROM w`);

// ---------------------------------------------------------------- lag / lead
q(
  'lag and lead defaults',
  `SELECT id, lag(v) OVER (ORDER BY id) AS lg, lead(v) OVER (ORDER BY id) AS ld FROM w ORDER BY id`,
);
q('lag with offset', `SELECT id, lag(v, 2) OVER (ORDER BY id) AS lg FROM w ORDER BY id`);
q('lag with offset and default', `SELECT id, lag(v, 2, -1) OVER (ORDER BY id) AS lg FROM w ORDER BY id`);
q('lead with offset and default', `SELECT id, lead(v, 3, 0) OVER (ORDER BY id) AS ld FROM w ORDER BY id`);
q('lag with a negative offset is lead', `SELECT id, lag(v, -1) OVER (ORDER BY id) AS lg FROM w ORDER BY id`);
q(
  'lag with a zero offset is the row itself',
  `SELECT id, lag(v, 0) OVER (ORDER BY id) AS lg FROM w ORDER BY id`,
);
q('lag with a NULL offset is NULL', `SELECT id, lag(v, NULL) OVER (ORDER BY id) AS lg FROM w ORDER BY id`);
q(
  'lag default of another type is resolved',
  `SELECT id, lag(v, 1, 0.5) OVER (ORDER BY id) AS lg FROM w ORDER BY id`,
);
q(
  'lag default of an incompatible type is 42804',
  `SELECT lag(v, 1, 'x'::text) OVER (ORDER BY id) AS lg FROM w`,
);
q(
  'lag default text literal resolved to int',
  `SELECT id, lag(v, 1, '99') OVER (ORDER BY id) AS lg FROM w ORDER BY id`,
);
q(
  'lag per partition',
  `SELECT id, grp, lag(id) OVER (PARTITION BY grp ORDER BY id) AS lg FROM w ORDER BY id`,
);
q(
  'lag of text and dates',
  `SELECT id, lag(grp) OVER w1 AS lg, lead(d) OVER w1 AS ld FROM w WINDOW w1 AS (ORDER BY id) ORDER BY id`,
);
q('lag offset from a column', `SELECT id, lag(id, id % 3) OVER (ORDER BY id) AS lg FROM w ORDER BY id`);
q(
  'lead result type follows the argument',
  `SELECT pg_typeof(lead(v::bigint) OVER ())::text AS t FROM w LIMIT 1`,
);
q('lag with a bigint offset is 42883', `SELECT lag(v, 1::bigint) OVER (ORDER BY id) AS lg FROM w`);

// ---------------------------------------------------------------- first_value / last_value / nth_value
q(
  'first_value and last_value with the default frame',
  `SELECT id, first_value(id) OVER (ORDER BY v) AS fv, last_value(id) OVER (ORDER BY v) AS lv FROM w ORDER BY id`,
);
q(
  'last_value over the whole partition',
  `SELECT id, last_value(id) OVER (PARTITION BY grp ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lv FROM w ORDER BY id`,
);
q(
  'nth_value with the default frame',
  `SELECT id, nth_value(id, 2) OVER (ORDER BY id) AS nv FROM w ORDER BY id`,
);
q(
  'nth_value over the whole partition',
  `SELECT id, nth_value(id, 2) OVER (PARTITION BY grp ORDER BY id RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS nv FROM w ORDER BY id`,
);
q('nth_value of zero is 22016', `SELECT nth_value(id, 0) OVER () AS nv FROM w`);
q('nth_value beyond the frame is NULL', `SELECT id, nth_value(id, 9) OVER () AS nv FROM w ORDER BY id`);
q('first_value of NULLs', `SELECT id, first_value(v) OVER (ORDER BY id DESC) AS fv FROM w ORDER BY id`);
q('FROM FIRST is accepted for nth_value in 15', `SELECT nth_value(id, 1) FROM FIRST OVER () AS nv FROM w`);
q('IGNORE NULLS is not implemented', `SELECT first_value(v) IGNORE NULLS OVER (ORDER BY id) AS fv FROM w`);
q(
  'RESPECT NULLS is a syntax error in 15',
  `SELECT first_value(v) RESPECT NULLS OVER (ORDER BY id) AS fv FROM w`,
);

// ---------------------------------------------------------------- aggregates as windows
q(
  'running sum with default frame includes peers',
  `SELECT id, v, sum(v) OVER (ORDER BY v) AS s FROM w ORDER BY v, id`,
);
q(
  'running count star and count of column',
  `SELECT id, count(*) OVER (ORDER BY id) AS c, count(v) OVER (ORDER BY id) AS cv FROM w ORDER BY id`,
);
q(
  'partition totals',
  `SELECT id, grp, sum(v) OVER (PARTITION BY grp) AS s, avg(v) OVER (PARTITION BY grp) AS av FROM w ORDER BY id`,
);
q('window over the whole table', `SELECT id, sum(v) OVER () AS s, max(d) OVER () AS md FROM w ORDER BY id`);
q(
  'window with FILTER',
  `SELECT id, count(*) FILTER (WHERE v > 6) OVER (ORDER BY id) AS c, sum(v) FILTER (WHERE grp = 'a') OVER () AS s FROM w ORDER BY id`,
);
q(
  'FILTER on a non-aggregate window function is 42809',
  `SELECT row_number() FILTER (WHERE v > 6) OVER () AS rn FROM w`,
);
q('DISTINCT in a window aggregate is 0A000', `SELECT count(DISTINCT v) OVER () AS c FROM w`);
q(
  'ORDER BY inside a window aggregate is 0A000',
  `SELECT string_agg(grp, ',' ORDER BY grp) OVER () AS s FROM w`,
);
q(
  'string_agg and array_agg as windows',
  `SELECT id, string_agg(grp, ',') OVER (ORDER BY id ROWS 2 PRECEDING) AS s, array_agg(v) OVER (ORDER BY id ROWS 1 PRECEDING) AS arr FROM w ORDER BY id`,
);
q(
  'bool_and and every as windows',
  `SELECT id, bool_and(v > 5) OVER (ORDER BY id) AS b, every(v > 0) OVER () AS e FROM w ORDER BY id`,
);
q(
  'avg of ints is numeric in a window',
  `SELECT id, avg(v) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS av FROM w ORDER BY id`,
);
q('sum of ints is bigint in a window', `SELECT pg_typeof(sum(v) OVER ())::text AS t FROM w LIMIT 1`);
q(
  'window function over a grouped result',
  `SELECT grp, sum(v) AS s, rank() OVER (ORDER BY sum(v) DESC NULLS LAST) AS rk FROM w GROUP BY grp ORDER BY grp`,
);
q(
  'window function percentage of total',
  `SELECT grp, sum(v) AS s, round(100.0 * sum(v) / sum(sum(v)) OVER (), 2) AS pct FROM w GROUP BY grp ORDER BY grp`,
);
q('window function in WHERE is 42P20', `SELECT id FROM w WHERE row_number() OVER () > 1`);
q('window function in GROUP BY is 42P20', `SELECT count(*) AS c FROM w GROUP BY row_number() OVER ()`);
q('window function in HAVING is 42P20', `SELECT grp FROM w GROUP BY grp HAVING rank() OVER () > 0`);
q('nested window functions is 42P20', `SELECT sum(row_number() OVER ()) OVER () AS s FROM w`);
q('window function inside an aggregate is 42803', `SELECT sum(row_number() OVER ()) AS s FROM w`);
q(
  'window function in ORDER BY',
  `SELECT id FROM w ORDER BY row_number() OVER (ORDER BY v DESC NULLS LAST), id`,
);
q(
  'window function in a subquery then filtered',
  `SELECT id, grp FROM (SELECT id, grp, row_number() OVER (PARTITION BY grp ORDER BY v DESC NULLS LAST) AS rn FROM w) s WHERE rn = 1 ORDER BY grp`,
);
q(
  'window function with DISTINCT in the select',
  `SELECT DISTINCT grp, count(*) OVER (PARTITION BY grp) AS c FROM w ORDER BY grp`,
);
q('an aggregate that is not a window is 42809 with OVER', `SELECT now() OVER () AS n FROM w`);
q('a window-only function without OVER is 42809', `SELECT row_number() AS rn FROM w`);
q(
  'window function with an expression partition',
  `SELECT id, count(*) OVER (PARTITION BY v IS NULL) AS c FROM w ORDER BY id`,
);
q(
  'window function partition by a constant is fine',
  `SELECT id, count(*) OVER (PARTITION BY 1) AS c FROM w ORDER BY id`,
);
q(
  'window ORDER BY a column position is a constant',
  `SELECT id, row_number() OVER (ORDER BY 1) AS rn FROM w ORDER BY id`,
);
list.add(
  'lag with a parameter offset',
  [withParams(`SELECT id, lag(id, $1) OVER (ORDER BY id) AS lg FROM w ORDER BY id`, 2)],
  W,
);
list.add(
  'ROWS frame offset from a parameter',
  [
    withParams(
      `SELECT id, sum(v) OVER (ORDER BY id ROWS BETWEEN $1 PRECEDING AND CURRENT ROW) AS s FROM w ORDER BY id`,
      1,
    ),
  ],
  W,
);
list.add(
  'RANGE interval offset from a parameter',
  [
    withParams(
      `SELECT id, count(*) OVER (ORDER BY d RANGE BETWEEN $1::interval PRECEDING AND CURRENT ROW) AS c FROM w WHERE d IS NOT NULL ORDER BY id`,
      '2 days',
    ),
  ],
  W,
);
list.add(
  'ntile from a parameter',
  [withParams(`SELECT id, ntile($1) OVER (ORDER BY id) AS t FROM w ORDER BY id`, 2)],
  W,
);

// ---------------------------------------------------------------- named windows
q(
  'named window',
  `SELECT id, sum(v) OVER w1 AS s, avg(v) OVER w1 AS a FROM w WINDOW w1 AS (PARTITION BY grp ORDER BY id) ORDER BY id`,
);
q(
  'named window refined with a frame',
  `SELECT id, sum(v) OVER (w1 ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM w WINDOW w1 AS (PARTITION BY grp ORDER BY id) ORDER BY id`,
);
q(
  'named window refined with ORDER BY',
  `SELECT id, row_number() OVER (w1 ORDER BY id DESC) AS rn FROM w WINDOW w1 AS (PARTITION BY grp) ORDER BY id`,
);
q(
  'named window refining ORDER BY that already has one is 42P20',
  `SELECT id, row_number() OVER (w1 ORDER BY id DESC) AS rn FROM w WINDOW w1 AS (ORDER BY id)`,
);
q(
  'named window refining PARTITION BY is 42P20',
  `SELECT id, row_number() OVER (w1 PARTITION BY grp) AS rn FROM w WINDOW w1 AS (ORDER BY id)`,
);
q(
  'copying a window that has a frame is 42P20',
  `SELECT id, sum(v) OVER (w1) AS s FROM w WINDOW w1 AS (ORDER BY id ROWS 1 PRECEDING)`,
);
q(
  'OVER a framed named window without parentheses is fine',
  `SELECT id, sum(v) OVER w1 AS s FROM w WINDOW w1 AS (ORDER BY id ROWS 1 PRECEDING) ORDER BY id`,
);
q(
  'named window based on another named window',
  `SELECT id, sum(v) OVER w2 AS s FROM w WINDOW w1 AS (PARTITION BY grp), w2 AS (w1 ORDER BY id) ORDER BY id`,
);
q('unknown named window is 42704', `SELECT id, sum(v) OVER nope AS s FROM w`);
q(
  'named window defined twice is 42P20',
  `SELECT id, sum(v) OVER w1 AS s FROM w WINDOW w1 AS (), w1 AS (ORDER BY id)`,
);
q('unused named window is fine', `SELECT id FROM w WINDOW w1 AS (ORDER BY id) ORDER BY id`);
q(
  'WINDOW before ORDER BY and LIMIT',
  `SELECT id, rank() OVER w1 AS rk FROM w WINDOW w1 AS (ORDER BY v NULLS FIRST) ORDER BY id LIMIT 3`,
);

// ---------------------------------------------------------------- frames: ROWS
f('ROWS UNBOUNDED PRECEDING', 'ROWS UNBOUNDED PRECEDING');
f('ROWS 1 PRECEDING', 'ROWS 1 PRECEDING');
f('ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING', 'ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING');
f('ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING', 'ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING');
f('ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING', 'ROWS BETWEEN 2 FOLLOWING AND 3 FOLLOWING');
f('ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING', 'ROWS BETWEEN 3 PRECEDING AND 1 PRECEDING');
f('ROWS BETWEEN 0 PRECEDING AND 0 FOLLOWING', 'ROWS BETWEEN 0 PRECEDING AND 0 FOLLOWING');
f('ROWS frame ending before it starts is empty', 'ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING');
f('ROWS frame count over an empty frame is 0', 'ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING', 'count(*)');
f('ROWS frame EXCLUDE CURRENT ROW', 'ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW');
f('ROWS frame EXCLUDE NO OTHERS', 'ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE NO OTHERS');
q('ROWS with a negative offset is 22013', `SELECT sum(v) OVER (ORDER BY id ROWS -1 PRECEDING) AS s FROM w`);
q('ROWS with a NULL offset is 22004', `SELECT sum(v) OVER (ORDER BY id ROWS NULL PRECEDING) AS s FROM w`);
q(
  'ROWS frame starting with UNBOUNDED FOLLOWING is 42P20',
  `SELECT sum(v) OVER (ORDER BY id ROWS UNBOUNDED FOLLOWING) AS s FROM w`,
);
q(
  'ROWS frame ending with UNBOUNDED PRECEDING is 42P20',
  `SELECT sum(v) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING) AS s FROM w`,
);
q(
  'ROWS frame starting from following ending at current row is 42P20',
  `SELECT sum(v) OVER (ORDER BY id ROWS BETWEEN 1 FOLLOWING AND CURRENT ROW) AS s FROM w`,
);
q(
  'ROWS frame starting at current row ending at preceding is 42P20',
  `SELECT sum(v) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING) AS s FROM w`,
);
q(
  'ROWS frame without ORDER BY',
  `SELECT id, sum(v) OVER (ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS s FROM (SELECT * FROM w ORDER BY id) x ORDER BY id`,
);
q(
  'ROWS frame with an expression offset',
  `SELECT id, count(*) OVER (ORDER BY id ROWS (1 + 1) PRECEDING) AS c FROM w ORDER BY id`,
);
q(
  'ROWS frame offset with a column reference is 42P10',
  `SELECT sum(v) OVER (ORDER BY id ROWS id PRECEDING) AS s FROM w`,
);
q(
  'ROWS frame with a bigint offset',
  `SELECT id, count(*) OVER (ORDER BY id ROWS 2::bigint PRECEDING) AS c FROM w ORDER BY id`,
);
q(
  'ROWS frame with a text offset is 42804',
  `SELECT count(*) OVER (ORDER BY id ROWS 'x'::text PRECEDING) AS c FROM w`,
);
q(
  'ROWS frame with a numeric offset',
  `SELECT id, count(*) OVER (ORDER BY id ROWS 1.6 PRECEDING) AS c FROM w ORDER BY id`,
);

// ---------------------------------------------------------------- frames: RANGE
fp('RANGE default frame with peers', '');
fp('RANGE UNBOUNDED PRECEDING explicitly', 'RANGE UNBOUNDED PRECEDING');
fp('RANGE BETWEEN CURRENT ROW AND CURRENT ROW covers peers', 'RANGE BETWEEN CURRENT ROW AND CURRENT ROW');
fp('RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING', 'RANGE BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING');
fp('RANGE with value offsets', 'RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING');
fp('RANGE with a zero offset is peers', 'RANGE BETWEEN 0 PRECEDING AND 0 FOLLOWING');
fp('RANGE offset frame count', 'RANGE BETWEEN 10 PRECEDING AND CURRENT ROW', 'count(*)');
fp('RANGE EXCLUDE CURRENT ROW', 'RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING EXCLUDE CURRENT ROW');
fp('RANGE EXCLUDE GROUP', 'RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING EXCLUDE GROUP');
fp('RANGE EXCLUDE TIES', 'RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING EXCLUDE TIES');
fp(
  'RANGE EXCLUDE TIES with first_value',
  'RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES',
  'first_value(id)',
);
fp(
  'RANGE EXCLUDE CURRENT ROW with last_value',
  'RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE CURRENT ROW',
  'last_value(id)',
);
fp(
  'RANGE EXCLUDE GROUP with nth_value',
  'RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP',
  'nth_value(id, 2)',
);
q(
  'RANGE with a DESC ordering and offsets',
  `SELECT id, v, sum(v) OVER (ORDER BY v DESC RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING) AS s FROM w WHERE v IS NOT NULL ORDER BY v DESC, id`,
);
q(
  'RANGE with NULLs in the ordering column',
  `SELECT id, v, count(*) OVER (ORDER BY v RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING) AS c FROM w ORDER BY v NULLS LAST, id`,
);
q(
  'RANGE with NULLS FIRST and offsets',
  `SELECT id, v, count(*) OVER (ORDER BY v NULLS FIRST RANGE BETWEEN 5 PRECEDING AND CURRENT ROW) AS c FROM w ORDER BY v NULLS FIRST, id`,
);
q(
  'RANGE offset with two ORDER BY columns is 42P20',
  `SELECT sum(v) OVER (ORDER BY v, id RANGE 1 PRECEDING) AS s FROM w`,
);
q('RANGE offset without ORDER BY is 42P20', `SELECT sum(v) OVER (RANGE 1 PRECEDING) AS s FROM w`);
q(
  'RANGE UNBOUNDED without ORDER BY is fine',
  `SELECT id, sum(v) OVER (RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS s FROM w ORDER BY id`,
);
q('RANGE with a negative offset is 22013', `SELECT sum(v) OVER (ORDER BY v RANGE -1 PRECEDING) AS s FROM w`);
q(
  'RANGE offset on text ordering is 42883',
  `SELECT count(*) OVER (ORDER BY grp RANGE 1 PRECEDING) AS c FROM w`,
);
q(
  'RANGE with interval offsets on dates',
  `SELECT id, d, count(*) OVER (ORDER BY d RANGE BETWEEN '3 days' PRECEDING AND CURRENT ROW) AS c FROM w WHERE d IS NOT NULL ORDER BY d, id`,
);
q(
  'RANGE with interval offsets on dates both sides',
  `SELECT id, d, array_agg(id) OVER (ORDER BY d RANGE BETWEEN interval '1 day' PRECEDING AND interval '2 days' FOLLOWING) AS ids FROM w WHERE d IS NOT NULL ORDER BY d, id`,
);
q(
  'RANGE with a month interval on dates',
  `SELECT id, d, count(*) OVER (ORDER BY d RANGE BETWEEN interval '1 month' PRECEDING AND CURRENT ROW) AS c FROM w WHERE d IS NOT NULL ORDER BY d, id`,
);
q(
  'RANGE with interval on timestamps',
  `SELECT t, count(*) OVER (ORDER BY t RANGE BETWEEN interval '1 hour' PRECEDING AND CURRENT ROW) AS c FROM (VALUES (timestamp '2024-01-01 10:00'), ('2024-01-01 10:30'), ('2024-01-01 11:15'), ('2024-01-01 13:00')) x(t) ORDER BY t`,
);
q(
  'RANGE with interval on timestamptz',
  `SELECT t, count(*) OVER (ORDER BY t RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW) AS c FROM (VALUES (timestamptz '2024-01-01 10:00+00'), ('2024-01-02 09:00+00'), ('2024-01-03 11:00+00')) x(t) ORDER BY t`,
);
q(
  'RANGE with interval on time',
  `SELECT t, count(*) OVER (ORDER BY t RANGE BETWEEN interval '30 minutes' PRECEDING AND CURRENT ROW) AS c FROM (VALUES (time '10:00'), ('10:20'), ('11:00')) x(t) ORDER BY t`,
);
q(
  'RANGE with an integer offset on dates is 42883',
  `SELECT count(*) OVER (ORDER BY d RANGE 1 PRECEDING) AS c FROM w`,
);
q(
  'RANGE with a negative interval is 22013',
  `SELECT count(*) OVER (ORDER BY d RANGE interval '-1 day' PRECEDING) AS c FROM w`,
);
q(
  'RANGE with numeric offsets on numeric',
  `SELECT n, sum(n) OVER (ORDER BY n RANGE BETWEEN 0.5 PRECEDING AND 0.5 FOLLOWING) AS s FROM (VALUES (1.0), (1.4), (2.0), (2.6)) x(n) ORDER BY n`,
);
q(
  'RANGE with offsets on float8',
  `SELECT n, count(*) OVER (ORDER BY n RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS c FROM (VALUES (1.0::float8), (1.5), (3.0), ('Infinity')) x(n) ORDER BY n`,
);
q(
  'RANGE with offsets on bigint and smallint',
  `SELECT n, count(*) OVER (ORDER BY n RANGE 2 PRECEDING) AS c FROM (VALUES (1::smallint), (2::smallint), (5::smallint)) x(n) ORDER BY n`,
);
q(
  'RANGE offset near integer overflow',
  `SELECT n, count(*) OVER (ORDER BY n RANGE BETWEEN CURRENT ROW AND 10 FOLLOWING) AS c FROM (VALUES (2147483640), (2147483647)) x(n) ORDER BY n`,
);

// ---------------------------------------------------------------- frames: GROUPS
f('GROUPS frame needs ORDER BY and counts peer groups', 'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING');
fp('GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW', 'GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW');
fp('GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING', 'GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING');
fp('GROUPS UNBOUNDED PRECEDING', 'GROUPS UNBOUNDED PRECEDING');
fp('GROUPS 0 PRECEDING is the peer group', 'GROUPS BETWEEN 0 PRECEDING AND 0 FOLLOWING', 'count(*)');
fp('GROUPS EXCLUDE CURRENT ROW', 'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW');
fp('GROUPS EXCLUDE GROUP', 'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP');
fp('GROUPS EXCLUDE TIES', 'GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES');
fp(
  'GROUPS BETWEEN 2 FOLLOWING AND 3 FOLLOWING',
  'GROUPS BETWEEN 2 FOLLOWING AND 3 FOLLOWING',
  'array_agg(id)',
);
q('GROUPS without ORDER BY is 42P20', `SELECT sum(v) OVER (GROUPS 1 PRECEDING) AS s FROM w`);
q(
  'GROUPS with a negative offset is 22013',
  `SELECT sum(v) OVER (ORDER BY v GROUPS -1 PRECEDING) AS s FROM w`,
);
q(
  'GROUPS with two ordering columns',
  `SELECT id, grp, v, count(*) OVER (ORDER BY grp, v GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW) AS c FROM w ORDER BY grp, v, id`,
);
q(
  'GROUPS with NULL peers',
  `SELECT id, v, count(*) OVER (ORDER BY v GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING) AS c FROM w ORDER BY v, id`,
);
q(
  'EXCLUDE without a frame clause is a syntax error',
  `SELECT sum(v) OVER (ORDER BY v EXCLUDE CURRENT ROW) AS s FROM w`,
);
q('frame keyword misspelt is a syntax error', `SELECT sum(v) OVER (ORDER BY v ROW 1 PRECEDING) AS s FROM w`);
q(
  'frame with BETWEEN but no AND is a syntax error',
  `SELECT sum(v) OVER (ORDER BY v ROWS BETWEEN 1 PRECEDING) AS s FROM w`,
);
q(
  'frame on ranking functions is ignored',
  `SELECT id, rank() OVER (ORDER BY v ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS rk, row_number() OVER (ORDER BY id ROWS 1 PRECEDING) AS rn FROM w ORDER BY id`,
);
q(
  'frame on lag is ignored',
  `SELECT id, lag(id) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS lg FROM w ORDER BY id`,
);
q(
  'moving average over three rows',
  `SELECT id, round(avg(v) OVER (ORDER BY id ROWS BETWEEN 2 PRECEDING AND CURRENT ROW), 3) AS ma FROM w ORDER BY id`,
);
q(
  'min and max over sliding frames',
  `SELECT id, min(v) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS mn, max(v) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS mx FROM w ORDER BY id`,
);
q(
  'sum over a frame of only NULLs is NULL',
  `SELECT id, sum(v) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS s FROM w WHERE id = 5`,
);
q(
  'multiple different windows in one query',
  `SELECT id, sum(v) OVER (ORDER BY id) AS a, sum(v) OVER (ORDER BY id DESC) AS b, count(*) OVER (PARTITION BY grp) AS c FROM w ORDER BY id`,
);
q(
  'window results with LIMIT apply after the window',
  `SELECT id, count(*) OVER () AS total FROM w ORDER BY id LIMIT 2`,
);
q('window on an empty table', `SELECT id, sum(v) OVER () AS s FROM w WHERE false`);
q(
  'window over a join',
  `SELECT w.id, o.k, row_number() OVER (PARTITION BY o.k ORDER BY w.id) AS rn FROM w JOIN (VALUES ('a', 1), ('b', 2)) o(g, k) ON o.g = w.grp ORDER BY w.id`,
);

// ---------------------------------------------------------------- GROUPING SETS / CUBE / ROLLUP
const S = `CREATE TABLE items_sold (brand text, size text, sales int);
INSERT INTO items_sold VALUES ('Foo', 'L', 10), ('Foo', 'M', 20), ('Bar', 'M', 15), ('Bar', 'L', 5);`;
const g = (name: string, sql: string) => list.add(name, [sql], S);
g(
  'the docs GROUPING SETS example',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY GROUPING SETS ((brand), (size), ()) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'ROLLUP of two columns',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand, size) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'CUBE of two columns',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY CUBE (brand, size) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'GROUPING function bits',
  `SELECT brand, size, GROUPING(brand, size) AS gb, GROUPING(brand) AS b, GROUPING(size) AS z, sum(sales) AS s FROM items_sold GROUP BY CUBE (brand, size) ORDER BY gb, brand, size`,
);
g(
  'GROUPING with three arguments',
  `SELECT GROUPING(brand, size, brand) AS gb, count(*) AS c FROM items_sold GROUP BY ROLLUP (brand, size) ORDER BY gb`,
);
g('GROUPING of a non-grouped column is 42803', `SELECT GROUPING(sales) AS gb FROM items_sold GROUP BY brand`);
g('GROUPING without GROUP BY is 42803', `SELECT GROUPING(brand) AS gb FROM items_sold`);
g('GROUPING in WHERE is 42803', `SELECT brand FROM items_sold WHERE GROUPING(brand) = 0 GROUP BY brand`);
g(
  'GROUPING in HAVING',
  `SELECT brand, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) HAVING GROUPING(brand) = 1`,
);
g(
  'GROUPING in ORDER BY',
  `SELECT brand, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY GROUPING(brand), brand`,
);
g(
  'GROUPING result type is integer',
  `SELECT pg_typeof(GROUPING(brand))::text AS t FROM items_sold GROUP BY brand LIMIT 1`,
);
g(
  'GROUPING with 32 arguments is fine and 33 is 54011',
  `SELECT GROUPING(brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand, brand) AS gb FROM items_sold GROUP BY brand`,
);
g(
  'ROLLUP with a composite element',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY ROLLUP ((brand, size)) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'CUBE with a composite element',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY CUBE ((brand, size)) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'GROUP BY a column plus a ROLLUP',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY brand, ROLLUP (size) ORDER BY brand, size NULLS LAST`,
);
g(
  'GROUP BY a CUBE and a ROLLUP cross product',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY CUBE (brand), ROLLUP (size) ORDER BY brand NULLS LAST, size NULLS LAST, c`,
);
g(
  'GROUP BY DISTINCT removes duplicate grouping sets',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY DISTINCT ROLLUP (brand, size), ROLLUP (brand) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'GROUP BY ALL keeps duplicate grouping sets',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY ALL ROLLUP (brand, size), ROLLUP (brand) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'GROUPING SETS nested inside GROUPING SETS',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY GROUPING SETS ((brand), GROUPING SETS ((size), ())) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'GROUPING SETS containing ROLLUP',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY GROUPING SETS (ROLLUP (brand, size), (size)) ORDER BY brand NULLS LAST, size NULLS LAST, c`,
);
g(
  'GROUPING SETS with a duplicate set keeps both',
  `SELECT brand, count(*) AS c FROM items_sold GROUP BY GROUPING SETS ((brand), (brand)) ORDER BY brand`,
);
g(
  'GROUPING SETS empty set alone is the grand total',
  `SELECT count(*) AS c, sum(sales) AS s FROM items_sold GROUP BY GROUPING SETS (())`,
);
g('GROUP BY () is the grand total', `SELECT count(*) AS c FROM items_sold GROUP BY ()`);
g(
  'GROUP BY () on an empty table returns one row',
  `SELECT count(*) AS c FROM items_sold WHERE false GROUP BY ()`,
);
g(
  'ROLLUP on an empty table returns the grand total row',
  `SELECT brand, count(*) AS c FROM items_sold WHERE false GROUP BY ROLLUP (brand)`,
);
g(
  'CUBE on an empty table returns the grand total row',
  `SELECT brand, size, count(*) AS c FROM items_sold WHERE false GROUP BY CUBE (brand, size)`,
);
g(
  'GROUPING SETS without the empty set on an empty table returns nothing',
  `SELECT brand, count(*) AS c FROM items_sold WHERE false GROUP BY GROUPING SETS ((brand), (size))`,
);
g(
  'real NULL values and rolled up NULLs told apart by GROUPING',
  `SELECT brand, GROUPING(brand) AS gb, count(*) AS c FROM (SELECT brand FROM items_sold UNION ALL SELECT NULL) s GROUP BY ROLLUP (brand) ORDER BY gb, brand NULLS FIRST`,
);
g(
  'grouping set column in an expression',
  `SELECT upper(brand) AS ub, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY ub NULLS LAST`,
);
g(
  'grouping sets on expressions',
  `SELECT lower(brand) AS lb, sales > 10 AS big, count(*) AS c FROM items_sold GROUP BY GROUPING SETS (lower(brand), sales > 10) ORDER BY lb NULLS LAST, big NULLS LAST`,
);
g(
  'grouping sets by output column position',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY ROLLUP (1, 2) ORDER BY 1 NULLS LAST, 2 NULLS LAST`,
);
g(
  'grouping sets by output column alias',
  `SELECT brand AS b, count(*) AS c FROM items_sold GROUP BY ROLLUP (b) ORDER BY b NULLS LAST`,
);
g(
  'an ungrouped column with grouping sets is 42803',
  `SELECT brand, size, count(*) AS c FROM items_sold GROUP BY ROLLUP (brand)`,
);
g(
  'a column grouped only in some sets is allowed',
  `SELECT brand, size FROM items_sold GROUP BY GROUPING SETS ((brand, size), (brand)) ORDER BY brand, size NULLS LAST`,
);
g(
  'HAVING with grouping sets',
  `SELECT brand, size, sum(sales) AS s FROM items_sold GROUP BY CUBE (brand, size) HAVING sum(sales) > 20 ORDER BY s`,
);
g(
  'window function over grouping sets',
  `SELECT brand, sum(sales) AS s, rank() OVER (ORDER BY sum(sales) DESC) AS rk FROM items_sold GROUP BY ROLLUP (brand) ORDER BY rk`,
);
g(
  'window partitioned by GROUPING',
  `SELECT brand, size, sum(sales) AS s, sum(sum(sales)) OVER (PARTITION BY GROUPING(brand, size)) AS level_total FROM items_sold GROUP BY CUBE (brand, size) ORDER BY GROUPING(brand, size), brand, size`,
);
g(
  'DISTINCT over grouping sets output',
  `SELECT DISTINCT sum(sales) AS s FROM items_sold GROUP BY GROUPING SETS ((brand), (size)) ORDER BY s`,
);
g(
  'grouping sets with aggregate FILTER',
  `SELECT brand, count(*) FILTER (WHERE size = 'L') AS large FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
);
g(
  'grouping sets with ordered aggregates',
  `SELECT brand, string_agg(size, ',' ORDER BY size) AS sizes FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
);
g(
  'grouping sets in a subquery',
  `SELECT count(*) AS n FROM (SELECT brand, size FROM items_sold GROUP BY CUBE (brand, size)) s`,
);
g(
  'grouping sets with a CTE',
  `WITH t AS (SELECT brand, size, sales FROM items_sold WHERE sales > 5) SELECT brand, sum(sales) AS s FROM t GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
);
g(
  'CUBE of three columns row count',
  `SELECT count(*) AS n FROM (SELECT 1 FROM items_sold GROUP BY CUBE (brand, size, sales > 10)) s`,
);
g(
  'ROLLUP of three columns',
  `SELECT brand, size, sales > 10 AS big, count(*) AS c FROM items_sold GROUP BY ROLLUP (brand, size, sales > 10) ORDER BY 1 NULLS LAST, 2 NULLS LAST, 3 NULLS LAST`,
);
g(
  'CUBE with more than 12 elements is 54001',
  `SELECT count(*) AS c FROM items_sold GROUP BY CUBE (sales, sales + 1, sales + 2, sales + 3, sales + 4, sales + 5, sales + 6, sales + 7, sales + 8, sales + 9, sales + 10, sales + 11, sales + 12)`,
);
g(
  'grouping sets result types',
  `SELECT brand, sum(sales) AS s, avg(sales) AS a, count(*) AS c FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
);
g(
  'cube and rollup as column names',
  `SELECT cube, rollup FROM (SELECT 1 AS cube, 2 AS rollup) s GROUP BY cube, rollup`,
);
g(
  'GROUP BY cube needs parentheses to be CUBE',
  `SELECT brand, count(*) AS c FROM items_sold GROUP BY brand, (size) ORDER BY brand, c`,
);
g(
  'ROLLUP selecting the same column twice',
  `SELECT brand, brand AS b2, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
);
g(
  'ROLLUP with two unnamed expressions',
  `SELECT upper(brand), lower(brand), count(*) FROM items_sold GROUP BY ROLLUP (brand) ORDER BY 1 NULLS LAST`,
);
g(
  'ROLLUP with coalesce labels on the total row',
  `SELECT coalesce(brand, 'all') AS b, coalesce(size, 'all') AS z, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand, size) ORDER BY b, z`,
);
g(
  'ROLLUP with LIMIT after ORDER BY',
  `SELECT brand, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY s DESC LIMIT 2`,
);
g(
  'ROLLUP with count of a column and count star',
  `SELECT size, count(brand) AS cb, count(*) AS c FROM items_sold GROUP BY ROLLUP (size) ORDER BY size NULLS LAST`,
);
g(
  'ROLLUP with avg min max',
  `SELECT brand, avg(sales) AS a, min(sales) AS mn, max(sales) AS mx FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
);
g(
  'ROLLUP over data holding NULL keys',
  `SELECT brand, count(*) AS c FROM (SELECT brand FROM items_sold UNION ALL SELECT NULL) x GROUP BY ROLLUP (brand) ORDER BY brand NULLS FIRST, c`,
);
g(
  'CUBE with WHERE filtering',
  `SELECT brand, size, sum(sales) AS s FROM items_sold WHERE sales > 5 GROUP BY CUBE (brand, size) ORDER BY brand NULLS LAST, size NULLS LAST`,
);
g(
  'GROUPING SETS with a plain column and the empty set',
  `SELECT size, sum(sales) AS s FROM items_sold GROUP BY GROUPING SETS (size, ()) ORDER BY size NULLS LAST`,
);
g(
  'ROLLUP result column types',
  `SELECT brand, sum(sales) AS s, count(*) AS c FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
);
g(
  'ROLLUP ordered by the grouping column descending',
  `SELECT brand, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand DESC`,
);
g(
  'ROLLUP with an expression of the grouped column in the select list',
  `SELECT brand || '!' AS b, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY b NULLS LAST`,
);
g(
  'ROLLUP with a CASE over GROUPING',
  `SELECT CASE WHEN GROUPING(brand) = 1 THEN 'total' ELSE brand END AS b, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY b`,
);
list.add(
  'grouping sets with a parameter in the select list',
  [
    withParams(
      `SELECT brand, sum(sales) * $1::int AS s FROM items_sold GROUP BY ROLLUP (brand) ORDER BY brand NULLS LAST`,
      2,
    ),
  ],
  S,
);
list.add(
  'grouping sets with a parameter in HAVING',
  [
    withParams(
      `SELECT brand, sum(sales) AS s FROM items_sold GROUP BY ROLLUP (brand) HAVING sum(sales) > $1 ORDER BY brand NULLS LAST`,
      20,
    ),
  ],
  S,
);

export default list.cases;
