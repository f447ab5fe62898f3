// Round 19 probe: how PostgreSQL 15 prints back (pg_get_viewdef, \d+ of a view) queries of this chapter:
// aggregate expressions with DISTINCT/ORDER BY/FILTER/WITHIN GROUP, window frames, grouping sets, SRFs,
// LATERAL and WITH RECURSIVE with SEARCH and CYCLE.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates viewdefs: ');
const T = `CREATE TABLE t (id int, g text, v int, d date);`;
const view = (name: string, body: string) =>
  list.add(name, [`CREATE VIEW vv AS ${body}`, `SELECT pg_get_viewdef('vv'::regclass, true) AS def`], T);

view(
  'aggregate with distinct order and filter',
  `SELECT g, count(DISTINCT v) AS c, string_agg(g, ',' ORDER BY v DESC NULLS LAST) FILTER (WHERE v > 1) AS s, array_agg(ALL v) AS a FROM t GROUP BY g HAVING count(*) > 1`,
);
view(
  'ordered-set and hypothetical',
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) AS p, percentile_disc(ARRAY[0.1, 0.9]) WITHIN GROUP (ORDER BY v DESC) AS q, mode() WITHIN GROUP (ORDER BY g) AS m, rank(3) WITHIN GROUP (ORDER BY v) AS r FROM t`,
);
view(
  'statistical aggregates',
  `SELECT corr(v, id) AS c, regr_slope(v, id) AS s, stddev(v) AS sd, variance(v) AS va, bool_and(v > 0) AS b, every(v > 0) AS e FROM t`,
);
view(
  'grouping sets rollup cube',
  `SELECT g, v, GROUPING(g, v) AS gg, count(*) AS n FROM t GROUP BY GROUPING SETS ((g), (v), ()), ROLLUP (g, v), CUBE ((g, v))`,
);
view('group by distinct', `SELECT g, count(*) AS n FROM t GROUP BY DISTINCT ROLLUP (g), ROLLUP (g)`);
view(
  'window frames',
  `SELECT id, sum(v) OVER (PARTITION BY g ORDER BY id ROWS BETWEEN 1 PRECEDING AND 1 FOLLOWING EXCLUDE CURRENT ROW) AS a, count(*) OVER (ORDER BY d RANGE BETWEEN '1 day'::interval PRECEDING AND CURRENT ROW) AS b, count(*) OVER (ORDER BY v GROUPS 2 PRECEDING EXCLUDE TIES) AS c, lag(v, 2, 0) OVER w AS l, ntile(4) OVER w AS n FROM t WINDOW w AS (ORDER BY id)`,
);
view(
  'named window copy',
  `SELECT id, sum(v) OVER (w ROWS UNBOUNDED PRECEDING) AS a, first_value(v) OVER (w RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS b FROM t WINDOW w AS (PARTITION BY g ORDER BY id)`,
);
view('window with filter', `SELECT id, count(*) FILTER (WHERE v > 1) OVER (ORDER BY id) AS c FROM t`);
view(
  'srf in select and from',
  `SELECT generate_series(1, 3) AS a, u.x, o.n FROM unnest(ARRAY[1,2], ARRAY['a','b']) WITH ORDINALITY AS u(x, y, n0), ROWS FROM (generate_series(1, 2), unnest(ARRAY['z'])) WITH ORDINALITY AS o(m, s, n)`,
);
view(
  'lateral',
  `SELECT t.id, x.c FROM t CROSS JOIN LATERAL (SELECT count(*) AS c FROM generate_series(1, t.v) g) x LEFT JOIN LATERAL unnest(ARRAY[t.id]) AS z(q) ON true`,
);
view(
  'recursive with search and cycle',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) SEARCH DEPTH FIRST BY n SET ord CYCLE n SET is_cycle USING path SELECT n, ord, is_cycle FROM r`,
);
view(
  'recursive with breadth and cycle marks',
  `WITH RECURSIVE r(n) AS (SELECT 1 UNION SELECT n + 1 FROM r WHERE n < 3) SEARCH BREADTH FIRST BY n SET ord CYCLE n SET c TO 'y' DEFAULT 'n' USING p SELECT n, c FROM r`,
);
view(
  'json aggregates',
  `SELECT json_agg(v ORDER BY id) AS a, jsonb_object_agg(g, v) AS b, json_object_agg(g, v ORDER BY v) AS c FROM t`,
);
view(
  'range and bit aggregates',
  `SELECT range_agg(int4range(v, v + 1)) AS r, bit_xor(v) AS x, bit_and(v) AS a FROM t`,
);
view('aggregate with variadic and star', `SELECT count(*) AS a, count(VARIADIC ARRAY[1]) AS b FROM t`);
list.add(
  'psql describe view columns of window query',
  [
    `CREATE VIEW vv AS SELECT id, row_number() OVER (ORDER BY id) AS rn, percent_rank() OVER () AS pr FROM t`,
    `SELECT attname, format_type(atttypid, atttypmod) AS ty FROM pg_attribute WHERE attrelid = 'vv'::regclass AND attnum > 0 ORDER BY attnum`,
  ],
  T,
);

export default list.cases;
