// Round 19 probe: PostgreSQL 15 window functions (9.22, table 9.63), window calls and frames (4.2.8), WINDOW clause.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates windows: ');
const W = `CREATE TABLE w (id int, grp text, v int, x numeric, d date, ts timestamp, f float8);
INSERT INTO w VALUES
 (1, 'a', 10, 1.5, '2024-01-01', '2024-01-01 10:00', 1),
 (2, 'a', 20, 2.5, '2024-01-02', '2024-01-01 11:30', 2),
 (3, 'a', 20, 2.5, '2024-01-05', '2024-01-01 12:00', 2),
 (4, 'b', 5, NULL, '2024-01-01', '2024-01-02 00:00', NULL),
 (5, 'b', NULL, 7, '2024-01-03', NULL, 3.5),
 (6, 'b', 7, 7.25, '2024-02-01', '2024-01-03 00:00', 4),
 (7, 'c', 1, 0, NULL, '2024-01-01 09:00', -1),
 (8, 'c', 30, 10, '2024-01-10', '2024-01-05 00:00', 100);`;
const q = (name: string, sql: string, setup = W) => list.add(name, [sql], setup);
const fr = (name: string, over: string, fn = 'sum(v)', where = '') =>
  q(name, `SELECT id, ${fn} OVER (${over}) AS r FROM w ${where} ORDER BY id`);

// ---------------------------------------------------------------- general-purpose window functions
q(
  'row_number rank dense_rank by grp',
  `SELECT id, row_number() OVER w AS rn, rank() OVER w AS rk, dense_rank() OVER w AS dr FROM w WINDOW w AS (PARTITION BY grp ORDER BY v) ORDER BY id`,
);
q(
  'percent_rank cume_dist by grp',
  `SELECT id, percent_rank() OVER w AS pr, cume_dist() OVER w AS cd FROM w WINDOW w AS (PARTITION BY grp ORDER BY v) ORDER BY id`,
);
q('ntile 3 of 8', `SELECT id, ntile(3) OVER (ORDER BY id) AS t FROM w ORDER BY id`);
q('ntile bigint argument is 42883', `SELECT id, ntile(3::int8) OVER (ORDER BY id) AS t FROM w ORDER BY id`);
q('ntile numeric argument', `SELECT id, ntile(2.7) OVER (ORDER BY id) AS t FROM w ORDER BY id`);
q('ntile from column varies', `SELECT id, ntile(id) OVER (ORDER BY id) AS t FROM w ORDER BY id`);
q('ntile zero is 22014', `SELECT ntile(0) OVER (ORDER BY id) AS t FROM w`);
q(
  'ntile per partition sizes',
  `SELECT id, ntile(2) OVER (PARTITION BY grp ORDER BY id) AS t FROM w ORDER BY id`,
);
q('lag offset 2', `SELECT id, lag(v, 2) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag offset 2 with default', `SELECT id, lag(v, 2, -1) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lead offset 3 default', `SELECT id, lead(v, 3, 0) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag negative offset looks ahead', `SELECT id, lag(v, -1) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lead negative offset looks back', `SELECT id, lead(v, -2, 99) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag offset 0 is current', `SELECT id, lag(v, 0) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag NULL offset gives NULL', `SELECT id, lag(v, NULL) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag offset from column', `SELECT id, lag(id, id % 3) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag default from column', `SELECT id, lag(v, 1, id * 100) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag default type mismatch', `SELECT id, lag(v, 1, 'x') OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q(
  'lag default numeric promotes',
  `SELECT id, lag(v, 1, 0.5) OVER (ORDER BY id) AS r, pg_typeof(lag(v, 1, 0.5) OVER (ORDER BY id))::text AS ty FROM w ORDER BY id LIMIT 2`,
);
q('lag default unknown literal', `SELECT id, lag(grp, 1, 'none') OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag bigint offset is 42883', `SELECT id, lag(v, 1::int8) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('lag text offset is 42883', `SELECT id, lag(v, 'a'::text) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q(
  'lag ignores frame',
  `SELECT id, lag(v) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND CURRENT ROW) AS r FROM w ORDER BY id`,
);
q(
  'lag per partition',
  `SELECT id, lag(v) OVER (PARTITION BY grp ORDER BY id) AS r, lead(v) OVER (PARTITION BY grp ORDER BY id) AS l FROM w ORDER BY id`,
);
q('lag of record', `SELECT id, lag(w) OVER (ORDER BY id) AS r FROM w WHERE id < 3 ORDER BY id`);
q('lead with no ORDER BY single row', `SELECT lead(v) OVER () AS r FROM w WHERE id = 1`);
q('lag IGNORE NULLS is 0A000 or syntax', `SELECT lag(v) IGNORE NULLS OVER (ORDER BY id) AS r FROM w`);
q(
  'first_value last_value default frame',
  `SELECT id, first_value(v) OVER w AS fv, last_value(v) OVER w AS lv FROM w WINDOW w AS (ORDER BY v) ORDER BY id`,
);
q(
  'last_value full frame',
  `SELECT id, last_value(v) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS lv FROM w ORDER BY id`,
);
q('nth_value default frame', `SELECT id, nth_value(v, 2) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q(
  'nth_value full frame',
  `SELECT id, nth_value(v, 3) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS r FROM w ORDER BY id`,
);
q('nth_value zero is 22016', `SELECT nth_value(v, 0) OVER (ORDER BY id) AS r FROM w`);
q('nth_value negative is 22016', `SELECT nth_value(v, -1) OVER (ORDER BY id) AS r FROM w`);
q('nth_value NULL n', `SELECT nth_value(v, NULL) OVER (ORDER BY id) AS r FROM w ORDER BY id LIMIT 2`);
q('nth_value beyond frame', `SELECT id, nth_value(v, 20) OVER () AS r FROM w ORDER BY id LIMIT 2`);
q(
  'nth_value from column',
  `SELECT id, nth_value(id, id) OVER (ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS r FROM w ORDER BY id`,
);
q('nth_value bigint n is 42883', `SELECT nth_value(v, 2::int8) OVER () AS r FROM w`);
q('nth_value FROM LAST is syntax or 0A000', `SELECT nth_value(v, 2) FROM LAST OVER () AS r FROM w`);
q(
  'first_value with EXCLUDE CURRENT ROW',
  `SELECT id, first_value(id) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS r FROM w ORDER BY id`,
);
q('last_value with RANGE peers', `SELECT id, v, last_value(id) OVER (ORDER BY v) AS r FROM w ORDER BY id`);
q(
  'first_value over empty frame is NULL',
  `SELECT id, first_value(id) OVER (ORDER BY id ROWS BETWEEN 2 FOLLOWING AND 1 FOLLOWING) AS r FROM w ORDER BY id`,
);
q(
  'window function types',
  `SELECT pg_typeof(cume_dist() OVER ())::text AS a, pg_typeof(dense_rank() OVER ())::text AS b, pg_typeof(first_value(x) OVER ())::text AS c, pg_typeof(lag(d) OVER ())::text AS e FROM w LIMIT 1`,
);
q(
  'window function column names',
  `SELECT row_number() OVER (), lag(v) OVER (), nth_value(v, 1) OVER (), sum(v) OVER () FROM w LIMIT 1`,
);
q('row_number without OVER is 42809', `SELECT row_number() AS r FROM w`);
q('lag without OVER is 42809', `SELECT lag(v) AS r FROM w`);
q('window function with DISTINCT is 0A000', `SELECT count(DISTINCT v) OVER () AS r FROM w`);
q('window aggregate with ORDER BY in args is 0A000', `SELECT array_agg(v ORDER BY v) OVER () AS r FROM w`);
q(
  'window function with FILTER on non-aggregate is 0A000',
  `SELECT row_number() FILTER (WHERE v > 1) OVER () AS r FROM w`,
);
q('nested window functions is 42P20', `SELECT sum(row_number() OVER ()) OVER () AS r FROM w`);
q(
  'window over aggregate',
  `SELECT grp, sum(v) AS s, sum(sum(v)) OVER () AS total, rank() OVER (ORDER BY sum(v) DESC NULLS LAST) AS rk FROM w GROUP BY grp ORDER BY grp`,
);
q('window of ungrouped column is 42803', `SELECT grp, sum(v) OVER () AS r FROM w GROUP BY grp`);
q('window in ORDER BY', `SELECT id FROM w ORDER BY row_number() OVER (ORDER BY v DESC NULLS LAST), id`);
q(
  'window with DISTINCT query',
  `SELECT DISTINCT grp, count(*) OVER (PARTITION BY grp) AS c FROM w ORDER BY grp`,
);
q(
  'window after LIMIT in subquery',
  `SELECT id, sum(v) OVER (ORDER BY id) AS r FROM (SELECT * FROM w ORDER BY id LIMIT 3) s ORDER BY id`,
);
q('window with LIMIT applies after', `SELECT id, count(*) OVER () AS c FROM w ORDER BY id LIMIT 2`);
q('window in UPDATE is 42P20', `UPDATE w SET v = row_number() OVER ()`);
q('window in CHECK is 42P20', `CREATE TABLE z (a int CHECK (row_number() OVER () > 0))`);
q(
  'aggregate window with FILTER',
  `SELECT id, sum(v) FILTER (WHERE grp <> 'a') OVER (ORDER BY id) AS r FROM w ORDER BY id`,
);
q(
  'count star window',
  `SELECT id, count(*) OVER (PARTITION BY grp) AS c, count(v) OVER (PARTITION BY grp) AS cv FROM w ORDER BY id`,
);
q('avg window running', `SELECT id, avg(v) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q('string_agg window running', `SELECT id, string_agg(grp, '') OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q(
  'array_agg window sliding',
  `SELECT id, array_agg(v) OVER (ORDER BY id ROWS 2 PRECEDING) AS r FROM w ORDER BY id`,
);
q('jsonb_agg window', `SELECT id, jsonb_agg(v) OVER (PARTITION BY grp) AS r FROM w ORDER BY id`);
q('bool_and window', `SELECT id, bool_and(v > 5) OVER (ORDER BY id) AS r FROM w ORDER BY id`);
q(
  'stddev window',
  `SELECT id, stddev(v) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING) AS r FROM w ORDER BY id`,
);
q(
  'min max window shrinking',
  `SELECT id, min(v) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS mn, max(v) OVER (ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING) AS mx FROM w ORDER BY id`,
);
q(
  'sum float window with infinity',
  `SELECT id, sum(f) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS r FROM w ORDER BY id`,
);
q(
  'sum numeric window inverse transition',
  `SELECT id, sum(x) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS r FROM w ORDER BY id`,
);
q(
  'avg numeric window sliding scale',
  `SELECT id, avg(x) OVER (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) AS r FROM w ORDER BY id`,
);

// ---------------------------------------------------------------- frames: ROWS
fr('rows unbounded preceding short form', 'ORDER BY id ROWS UNBOUNDED PRECEDING');
fr('rows 1 preceding short form', 'ORDER BY id ROWS 1 PRECEDING');
fr('rows current row short form', 'ORDER BY id ROWS CURRENT ROW');
fr('rows between 2 preceding and 1 preceding', 'ORDER BY id ROWS BETWEEN 2 PRECEDING AND 1 PRECEDING');
fr('rows between 1 following and 3 following', 'ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 3 FOLLOWING');
fr(
  'rows between current row and unbounded following',
  'ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED FOLLOWING',
);
fr('rows offset 0', 'ORDER BY id ROWS BETWEEN 0 PRECEDING AND 0 FOLLOWING');
fr('rows without ORDER BY', 'ROWS BETWEEN 1 PRECEDING AND CURRENT ROW', 'count(*)');
fr('rows negative offset is 22013', 'ORDER BY id ROWS -1 PRECEDING');
fr('rows negative following is 22013', 'ORDER BY id ROWS BETWEEN CURRENT ROW AND -2 FOLLOWING');
fr('rows NULL offset is 22004', 'ORDER BY id ROWS NULL PRECEDING');
fr('rows offset from column is 42P10', 'ORDER BY id ROWS v PRECEDING');
fr('rows offset subquery is 0A000', 'ORDER BY id ROWS (SELECT 1) PRECEDING');
fr('rows offset expression', 'ORDER BY id ROWS 1 + 1 PRECEDING');
fr('rows offset numeric literal', 'ORDER BY id ROWS 1.7 PRECEDING');
fr('rows offset text literal', "ORDER BY id ROWS '2' PRECEDING");
fr('rows offset bigint', 'ORDER BY id ROWS 3000000000 PRECEDING');
fr('rows start unbounded following is 42P20', 'ORDER BY id ROWS BETWEEN UNBOUNDED FOLLOWING AND CURRENT ROW');
fr('rows end unbounded preceding is 42P20', 'ORDER BY id ROWS BETWEEN CURRENT ROW AND UNBOUNDED PRECEDING');
fr('rows start following end current is 42P20', 'ORDER BY id ROWS BETWEEN 1 FOLLOWING AND CURRENT ROW');
fr('rows start current end preceding is 42P20', 'ORDER BY id ROWS BETWEEN CURRENT ROW AND 1 PRECEDING');
fr('rows start following end preceding is 42P20', 'ORDER BY id ROWS BETWEEN 1 FOLLOWING AND 1 PRECEDING');
fr('rows short form unbounded following is 42P20', 'ORDER BY id ROWS UNBOUNDED FOLLOWING');
fr('rows short form 1 following is 42P20', 'ORDER BY id ROWS 1 FOLLOWING');
fr('rows exclude current row', 'ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW');
fr('rows exclude group', 'ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP');
fr('rows exclude ties', 'ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES');
fr('rows exclude no others', 'ORDER BY v ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE NO OTHERS');
fr(
  'rows exclude group without order by',
  'ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP',
  'count(*)',
);
fr(
  'rows exclude ties without order by',
  'ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE TIES',
  'count(*)',
);
fr(
  'rows exclude current with first_value',
  'ORDER BY id ROWS BETWEEN CURRENT ROW AND 2 FOLLOWING EXCLUDE CURRENT ROW',
  'first_value(id)',
);
fr(
  'rows exclude group with last_value',
  'ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING EXCLUDE GROUP',
  'last_value(id)',
);
fr(
  'rows exclude ties with nth_value',
  'ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW EXCLUDE TIES',
  'nth_value(id, 2)',
);

// ---------------------------------------------------------------- frames: RANGE
fr('range default with order by includes peers', 'ORDER BY v', 'count(*)');
fr(
  'range unbounded to current explicit',
  'ORDER BY v RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW',
  'count(*)',
);
fr('range current row to current row', 'ORDER BY v RANGE BETWEEN CURRENT ROW AND CURRENT ROW', 'count(*)');
fr('range int offset', 'ORDER BY v RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING');
fr('range int offset desc', 'ORDER BY v DESC RANGE BETWEEN 5 PRECEDING AND CURRENT ROW');
fr('range int offset nulls first', 'ORDER BY v NULLS FIRST RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING');
fr(
  'range int offset large no overflow',
  'ORDER BY v RANGE BETWEEN 2147483647 PRECEDING AND 2147483647 FOLLOWING',
  'count(*)',
);
fr(
  'range bigint offset on int column',
  'ORDER BY v RANGE BETWEEN 3000000000 PRECEDING AND CURRENT ROW',
  'count(*)',
);
fr(
  'range numeric offset on int column',
  'ORDER BY v RANGE BETWEEN 1.5 PRECEDING AND CURRENT ROW',
  'count(*)',
);
fr(
  'range numeric offset on numeric column',
  'ORDER BY x RANGE BETWEEN 1.5 PRECEDING AND 0.5 FOLLOWING',
  'count(*)',
);
fr(
  'range numeric infinity offset',
  "ORDER BY x RANGE BETWEEN 'Infinity' PRECEDING AND CURRENT ROW",
  'count(*)',
);
fr('range float offset', 'ORDER BY f RANGE BETWEEN 1 PRECEDING AND 1 FOLLOWING', 'count(*)');
fr(
  'range float infinity offset',
  "ORDER BY f RANGE BETWEEN 'Infinity' PRECEDING AND CURRENT ROW",
  'count(*)',
);
fr('range float NaN offset is 22013', "ORDER BY f RANGE BETWEEN 'NaN' PRECEDING AND CURRENT ROW", 'count(*)');
fr(
  'range numeric NaN offset is 22013',
  "ORDER BY x RANGE BETWEEN 'NaN'::numeric PRECEDING AND CURRENT ROW",
  'count(*)',
);
fr('range date interval offset', "ORDER BY d RANGE BETWEEN '2 days' PRECEDING AND CURRENT ROW", 'count(*)');
fr(
  'range date interval following',
  "ORDER BY d RANGE BETWEEN CURRENT ROW AND interval '1 month' FOLLOWING",
  'count(*)',
);
fr(
  'range timestamp interval offset',
  "ORDER BY ts RANGE BETWEEN interval '1 hour' PRECEDING AND interval '1 hour' FOLLOWING",
  'count(*)',
);
fr(
  'range timestamptz interval',
  "ORDER BY ts::timestamptz RANGE BETWEEN '1 day' PRECEDING AND CURRENT ROW",
  'count(*)',
);
fr('range time interval', "ORDER BY ts::time RANGE BETWEEN '1 hour' PRECEDING AND CURRENT ROW", 'count(*)');
fr(
  'range interval on interval column',
  "ORDER BY ts - '2024-01-01' RANGE BETWEEN '1 day' PRECEDING AND CURRENT ROW",
  'count(*)',
);
fr(
  'range negative interval is 22013',
  "ORDER BY d RANGE BETWEEN '-1 day' PRECEDING AND CURRENT ROW",
  'count(*)',
);
fr('range negative int is 22013', 'ORDER BY v RANGE BETWEEN -1 PRECEDING AND CURRENT ROW');
fr('range negative numeric is 22013', 'ORDER BY x RANGE BETWEEN CURRENT ROW AND -0.5 FOLLOWING');
fr('range NULL offset is 22004', 'ORDER BY v RANGE BETWEEN NULL PRECEDING AND CURRENT ROW');
fr('range offset without order by is 42P20', 'RANGE BETWEEN 1 PRECEDING AND CURRENT ROW');
fr(
  'range offset with two order columns is 42P20',
  'ORDER BY v, id RANGE BETWEEN 1 PRECEDING AND CURRENT ROW',
);
fr('range offset on text is 42883', "ORDER BY grp RANGE BETWEEN 'a' PRECEDING AND CURRENT ROW", 'count(*)');
fr('range int offset on date is 42883', 'ORDER BY d RANGE BETWEEN 1 PRECEDING AND CURRENT ROW', 'count(*)');
fr(
  'range interval offset on int is 42883',
  "ORDER BY v RANGE BETWEEN interval '1 day' PRECEDING AND CURRENT ROW",
  'count(*)',
);
fr(
  'range unbounded without order by',
  'RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING',
  'count(*)',
);
fr('range current row without order by all peers', 'RANGE CURRENT ROW', 'count(*)');
fr('range offset 0 is peers', 'ORDER BY v RANGE BETWEEN 0 PRECEDING AND 0 FOLLOWING', 'count(*)');
fr('range exclude current row', 'ORDER BY v RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING EXCLUDE CURRENT ROW');
fr('range exclude group', 'ORDER BY v RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING EXCLUDE GROUP');
fr('range exclude ties', 'ORDER BY v RANGE BETWEEN 10 PRECEDING AND 10 FOLLOWING EXCLUDE TIES');
fr('range offset with partition', 'PARTITION BY grp ORDER BY v RANGE BETWEEN 10 PRECEDING AND CURRENT ROW');
fr(
  'range first_value with offset',
  'ORDER BY v RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING',
  'first_value(id)',
);
fr('range last_value with offset', 'ORDER BY v RANGE BETWEEN 5 PRECEDING AND 5 FOLLOWING', 'last_value(id)');
fr('range offset smallint column', 'ORDER BY v::int2 RANGE BETWEEN 3 PRECEDING AND CURRENT ROW', 'count(*)');
fr('range offset bigint column', 'ORDER BY v::int8 RANGE BETWEEN 3 PRECEDING AND CURRENT ROW', 'count(*)');
fr('range offset real column', 'ORDER BY f::real RANGE BETWEEN 1 PRECEDING AND CURRENT ROW', 'count(*)');
fr('range offset expression column', 'ORDER BY v * 2 RANGE BETWEEN 10 PRECEDING AND CURRENT ROW', 'count(*)');
fr('range offset from column is 42P10', 'ORDER BY v RANGE BETWEEN v PRECEDING AND CURRENT ROW');
fr('range start unbounded following is 42P20', 'ORDER BY v RANGE UNBOUNDED FOLLOWING');

// ---------------------------------------------------------------- frames: GROUPS
fr('groups 1 preceding', 'ORDER BY v GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW', 'count(*)');
fr('groups current row', 'ORDER BY v GROUPS CURRENT ROW', 'count(*)');
fr('groups 1 following to 2 following', 'ORDER BY v GROUPS BETWEEN 1 FOLLOWING AND 2 FOLLOWING');
fr('groups unbounded', 'ORDER BY v GROUPS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING', 'count(*)');
fr('groups without order by is 42P20', 'GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW', 'count(*)');
fr('groups unbounded without order by is 42P20', 'GROUPS UNBOUNDED PRECEDING', 'count(*)');
fr('groups negative offset is 22013', 'ORDER BY v GROUPS -1 PRECEDING', 'count(*)');
fr('groups NULL offset is 22004', 'ORDER BY v GROUPS NULL PRECEDING', 'count(*)');
fr('groups exclude ties', 'ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE TIES');
fr('groups exclude group', 'ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE GROUP');
fr('groups exclude current row', 'ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW');
fr('groups with two order keys', 'ORDER BY grp, v GROUPS BETWEEN 1 PRECEDING AND CURRENT ROW', 'count(*)');
fr('groups numeric offset', 'ORDER BY v GROUPS 1.5 PRECEDING', 'count(*)');
fr('groups nth_value', 'ORDER BY v GROUPS BETWEEN 1 PRECEDING AND 1 FOLLOWING', 'nth_value(id, 2)');
fr(
  'groups with partition',
  'PARTITION BY grp ORDER BY v GROUPS BETWEEN CURRENT ROW AND 1 FOLLOWING',
  'count(*)',
);

// ---------------------------------------------------------------- named windows and copying rules
q(
  'named window used twice',
  `SELECT id, sum(v) OVER w AS s, avg(v) OVER w AS a FROM w WINDOW w AS (PARTITION BY grp ORDER BY id) ORDER BY id`,
);
q(
  'named window in parentheses',
  `SELECT id, sum(v) OVER (w) AS s FROM w WINDOW w AS (ORDER BY id) ORDER BY id`,
);
q(
  'copy window adding order by',
  `SELECT id, sum(v) OVER (w ORDER BY id) AS s FROM w WINDOW w AS (PARTITION BY grp) ORDER BY id`,
);
q(
  'copy window adding frame is allowed',
  `SELECT id, sum(v) OVER (w ROWS 1 PRECEDING) AS s FROM w WINDOW w AS (ORDER BY id) ORDER BY id`,
);
q(
  'copy window overriding partition is 42P20',
  `SELECT sum(v) OVER (w PARTITION BY id) AS s FROM w WINDOW w AS (PARTITION BY grp)`,
);
q(
  'copy window overriding order by is 42P20',
  `SELECT sum(v) OVER (w ORDER BY v) AS s FROM w WINDOW w AS (ORDER BY id)`,
);
q(
  'copy window that has frame is 42P20',
  `SELECT sum(v) OVER (w) AS s FROM w WINDOW w AS (ORDER BY id ROWS 1 PRECEDING)`,
);
q(
  'copy window that has frame adding order is 42P20',
  `SELECT sum(v) OVER (w ORDER BY id) AS s FROM w WINDOW w AS (ROWS 1 PRECEDING)`,
);
q(
  'OVER name of window with frame is fine',
  `SELECT id, sum(v) OVER w AS s FROM w WINDOW w AS (ORDER BY id ROWS 1 PRECEDING) ORDER BY id`,
);
q(
  'window referencing earlier window',
  `SELECT id, sum(v) OVER w2 AS s FROM w WINDOW w1 AS (PARTITION BY grp), w2 AS (w1 ORDER BY id) ORDER BY id`,
);
q(
  'window referencing later window is 42704',
  `SELECT id, sum(v) OVER w1 AS s FROM w WINDOW w1 AS (w2 ORDER BY id), w2 AS (PARTITION BY grp)`,
);
q('unknown window name is 42704', `SELECT sum(v) OVER nope AS s FROM w`);
q('unknown window name in parens is 42704', `SELECT sum(v) OVER (nope ORDER BY id) AS s FROM w`);
q('duplicate window name is 42P20', `SELECT 1 AS x FROM w WINDOW a AS (), a AS ()`);
q('unused named window is fine', `SELECT count(*) AS c FROM w WINDOW a AS (ORDER BY id)`);
q(
  'named window with PARTITION in derived is 42P20',
  `SELECT sum(v) OVER w2 AS s FROM w WINDOW w1 AS (ORDER BY id), w2 AS (w1 PARTITION BY grp)`,
);
q('window clause referencing output alias is 42703', `SELECT v AS vv, sum(v) OVER (ORDER BY vv) AS s FROM w`);
q('window order by output column number', `SELECT id, sum(v) OVER (ORDER BY 1) AS s FROM w ORDER BY id`);
q(
  'window partition by constant',
  `SELECT id, count(*) OVER (PARTITION BY 1) AS c FROM w ORDER BY id LIMIT 2`,
);
q('window partition by expression', `SELECT id, count(*) OVER (PARTITION BY v % 2) AS c FROM w ORDER BY id`);
q(
  'window partition by aggregate in grouped',
  `SELECT grp, count(*) OVER (PARTITION BY count(*)) AS c FROM w GROUP BY grp ORDER BY grp`,
);
q(
  'window order by collate',
  `SELECT id, row_number() OVER (ORDER BY grp COLLATE "C" DESC, id) AS r FROM w ORDER BY id`,
);
q('window order by USING', `SELECT id, row_number() OVER (ORDER BY v USING >, id) AS r FROM w ORDER BY id`);
q('window order by json is 42883', `SELECT row_number() OVER (ORDER BY '{}'::json) AS r FROM w`);
q('window partition by json is 42883', `SELECT row_number() OVER (PARTITION BY '{}'::json) AS r FROM w`);
q(
  'window in subquery then filtered',
  `SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY grp ORDER BY v DESC NULLS LAST) AS rn FROM w) s WHERE rn = 1 ORDER BY id`,
);
list.add(
  'rows offset parameter',
  [withParams('SELECT id, sum(v) OVER (ORDER BY id ROWS $1 PRECEDING) AS r FROM w ORDER BY id', 1)],
  W,
);
list.add(
  'range offset parameter typed',
  [
    withParams(
      'SELECT id, count(*) OVER (ORDER BY v RANGE BETWEEN $1::int PRECEDING AND CURRENT ROW) AS r FROM w ORDER BY id',
      5,
    ),
  ],
  W,
);
list.add(
  'lag offset and default parameters',
  [withParams('SELECT id, lag(v, $1, $2) OVER (ORDER BY id) AS r FROM w ORDER BY id', 2, -5)],
  W,
);
list.add(
  'ntile parameter',
  [withParams('SELECT id, ntile($1) OVER (ORDER BY id) AS r FROM w ORDER BY id', 4)],
  W,
);
list.add(
  'nth_value parameter',
  [withParams('SELECT id, nth_value(v, $1) OVER () AS r FROM w ORDER BY id LIMIT 1', 3)],
  W,
);

export default list.cases;
