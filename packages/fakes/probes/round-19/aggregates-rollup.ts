// Round 19 probe: GROUPING SETS, ROLLUP and CUBE (7.2.4) over columns without NULL data, so that a NULL
// in the result is only ever a grouping-set placeholder.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates rollup: ');
const R = `CREATE TABLE r (region text NOT NULL, city text NOT NULL, yr int NOT NULL, amount numeric(8,2) NOT NULL, units int NOT NULL);
INSERT INTO r VALUES ('eu', 'ams', 2023, 10.00, 1), ('eu', 'ams', 2024, 20.50, 2), ('eu', 'ber', 2024, 5.25, 3),
 ('us', 'nyc', 2023, 100.00, 4), ('us', 'nyc', 2023, 1.00, 5), ('us', 'sfo', 2024, 7.75, 6);`;
const q = (name: string, sql: string) => list.add(name, [sql], R);

q(
  'rollup region city',
  `SELECT region, city, sum(units) AS u FROM r GROUP BY ROLLUP (region, city) ORDER BY region, city`,
);
q(
  'rollup region city nulls first',
  `SELECT region, city, sum(units) AS u FROM r GROUP BY ROLLUP (region, city) ORDER BY region NULLS FIRST, city NULLS FIRST`,
);
q(
  'rollup three levels',
  `SELECT region, city, yr, count(*) AS n FROM r GROUP BY ROLLUP (region, city, yr) ORDER BY 1, 2, 3`,
);
q('rollup unordered', `SELECT region, city, sum(amount) AS a FROM r GROUP BY ROLLUP (region, city)`);
q('cube region yr', `SELECT region, yr, sum(units) AS u FROM r GROUP BY CUBE (region, yr) ORDER BY 1, 2`);
q('cube unordered', `SELECT region, yr, count(*) AS n FROM r GROUP BY CUBE (region, yr)`);
q(
  'cube three',
  `SELECT region, city, yr, sum(units) AS u FROM r GROUP BY CUBE (region, city, yr) ORDER BY 1, 2, 3`,
);
q(
  'grouping sets explicit',
  `SELECT region, yr, sum(units) AS u FROM r GROUP BY GROUPING SETS ((region), (yr)) ORDER BY 1, 2`,
);
q(
  'grouping sets with empty',
  `SELECT region, sum(units) AS u FROM r GROUP BY GROUPING SETS ((region), ()) ORDER BY 1`,
);
q('grouping sets only empty', `SELECT sum(units) AS u FROM r GROUP BY GROUPING SETS (())`);
q(
  'grouping sets pair and single',
  `SELECT region, city, count(*) AS n FROM r GROUP BY GROUPING SETS ((region, city), (region)) ORDER BY 1, 2`,
);
q(
  'column plus rollup',
  `SELECT region, city, sum(units) AS u FROM r GROUP BY region, ROLLUP (city) ORDER BY 1, 2`,
);
q(
  'rollup plus column',
  `SELECT region, yr, sum(units) AS u FROM r GROUP BY ROLLUP (region), yr ORDER BY 1, 2`,
);
q(
  'rollup of composite',
  `SELECT region, city, yr, sum(units) AS u FROM r GROUP BY ROLLUP ((region, city), yr) ORDER BY 1, 2, 3`,
);
q('rollup with avg numeric', `SELECT region, avg(amount) AS a FROM r GROUP BY ROLLUP (region) ORDER BY 1`);
q(
  'rollup with min max',
  `SELECT region, min(city) AS mn, max(amount) AS mx FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with count distinct',
  `SELECT region, count(DISTINCT city) AS c FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with having',
  `SELECT region, city, sum(units) AS u FROM r GROUP BY ROLLUP (region, city) HAVING sum(units) > 5 ORDER BY 1, 2`,
);
q(
  'rollup with having count',
  `SELECT region, count(*) AS n FROM r GROUP BY ROLLUP (region) HAVING count(*) > 3`,
);
q(
  'rollup with grouping',
  `SELECT region, city, GROUPING(region, city) AS g, sum(units) AS u FROM r GROUP BY ROLLUP (region, city) ORDER BY 3, 1, 2`,
);
q(
  'cube with grouping single',
  `SELECT region, yr, GROUPING(yr) AS g FROM r GROUP BY CUBE (region, yr) ORDER BY 1, 2`,
);
q(
  'rollup with coalesce label',
  `SELECT coalesce(region, 'all') AS region, sum(units) AS u FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with expression',
  `SELECT upper(region) AS r, sum(units) AS u FROM r GROUP BY ROLLUP (upper(region)) ORDER BY 1`,
);
q(
  'rollup with int expression',
  `SELECT yr - 2000 AS y, count(*) AS n FROM r GROUP BY ROLLUP (yr - 2000) ORDER BY 1`,
);
q(
  'rollup with ordered string_agg',
  `SELECT region, string_agg(city, ',' ORDER BY city) AS c FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with ordered array_agg',
  `SELECT region, array_agg(units ORDER BY units DESC) AS c FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with filter',
  `SELECT region, sum(units) FILTER (WHERE yr = 2024) AS u FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with where',
  `SELECT region, sum(units) AS u FROM r WHERE yr = 2023 GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with where removing all',
  `SELECT region, sum(units) AS u FROM r WHERE yr = 1999 GROUP BY ROLLUP (region)`,
);
q(
  'cube with where removing all',
  `SELECT region, yr, count(*) AS n FROM r WHERE false GROUP BY CUBE (region, yr)`,
);
q(
  'rollup result types',
  `SELECT region, yr, sum(amount) AS s, count(*) AS n FROM r GROUP BY ROLLUP (region, yr) ORDER BY 1, 2`,
);
q('rollup limit', `SELECT region, sum(units) AS u FROM r GROUP BY ROLLUP (region) ORDER BY u DESC LIMIT 2`);
q(
  'rollup order by aggregate',
  `SELECT region, city, sum(units) AS u FROM r GROUP BY ROLLUP (region, city) ORDER BY sum(units), 1, 2`,
);
q(
  'rollup in subquery',
  `SELECT count(*) AS n FROM (SELECT region, city FROM r GROUP BY ROLLUP (region, city)) s`,
);
q(
  'rollup in CTE with filter on null',
  `WITH t AS (SELECT region, sum(units) AS u FROM r GROUP BY ROLLUP (region)) SELECT u FROM t WHERE region IS NULL`,
);
q('rollup ungrouped column error', `SELECT region, city FROM r GROUP BY ROLLUP (region)`);
q('cube ungrouped column error', `SELECT region, units FROM r GROUP BY CUBE (region)`);
q('rollup distinct select', `SELECT DISTINCT region FROM r GROUP BY ROLLUP (region, city) ORDER BY 1`);
q(
  'rollup same column twice',
  `SELECT region, count(*) AS n FROM r GROUP BY ROLLUP (region, region) ORDER BY 1`,
);
q(
  'grouping sets repeated column',
  `SELECT region, count(*) AS n FROM r GROUP BY GROUPING SETS (region, region, ()) ORDER BY 1`,
);
q(
  'grouping sets with city only select',
  `SELECT city, count(*) AS n FROM r GROUP BY GROUPING SETS (city, region) ORDER BY 1`,
);
q('cube with count star only', `SELECT count(*) AS n FROM r GROUP BY CUBE (region, yr)`);
q(
  'group by distinct rollup',
  `SELECT region, city, count(*) AS n FROM r GROUP BY DISTINCT ROLLUP (region), ROLLUP (region, city) ORDER BY 1, 2`,
);
q(
  'rollup with bool_and',
  `SELECT region, bool_and(units > 1) AS b FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
q(
  'rollup with sum of expression',
  `SELECT region, sum(amount * units) AS t FROM r GROUP BY ROLLUP (region) ORDER BY 1`,
);
list.add(
  'rollup with parameter in having',
  [
    withParams(
      'SELECT region, sum(units) AS u FROM r GROUP BY ROLLUP (region) HAVING sum(units) > $1::int ORDER BY 1',
      5,
    ),
  ],
  R,
);
list.add(
  'rollup with parameter in where',
  [withParams('SELECT region, count(*) AS n FROM r WHERE yr = $1 GROUP BY ROLLUP (region) ORDER BY 1', 2024)],
  R,
);

export default list.cases;
