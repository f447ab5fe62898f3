const S = `CREATE TABLE s(region text, product text, qty int, price numeric(10,2), k int8, flag bool);
INSERT INTO s VALUES ('east','a',1,1.50,10,true),('east','b',2,2.25,20,false),('east','a',3,3.00,30,true),
('west','a',4,1.00,40,null),('west','c',5,5.75,50,true),('north',null,6,null,60,false),(null,'b',7,2.00,null,true);`;
const c = (name, ...steps) => ({ name, setup: S, steps });
export default [
  c(
    'rollup stddev',
    'SELECT region, stddev(qty), variance(qty) FROM s GROUP BY ROLLUP(region) ORDER BY region NULLS LAST',
  ),
  c(
    'rollup stddev_samp filter',
    'SELECT region, stddev_samp(qty) FILTER (WHERE flag) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup corr',
    'SELECT region, corr(qty, k), regr_slope(k, qty), regr_count(k,qty) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup percentile',
    'SELECT region, percentile_cont(0.5) WITHIN GROUP (ORDER BY qty) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup percentile_disc',
    'SELECT region, percentile_disc(0.5) WITHIN GROUP (ORDER BY price) FROM s GROUP BY ROLLUP(region)',
  ),
  c('rollup mode', 'SELECT region, mode() WITHIN GROUP (ORDER BY product) FROM s GROUP BY ROLLUP(region)'),
  c(
    'rollup hypothetical rank',
    'SELECT region, rank(3) WITHIN GROUP (ORDER BY qty) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'cube hypothetical',
    'SELECT region, product, dense_rank(2) WITHIN GROUP (ORDER BY qty), cume_dist(2) WITHIN GROUP (ORDER BY qty) FROM s GROUP BY CUBE(region, product)',
  ),
  c(
    'rollup filter count',
    'SELECT region, count(*) FILTER (WHERE flag), sum(qty) FILTER (WHERE qty > 2) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup filter count order',
    'SELECT region, count(*) FILTER (WHERE flag) AS c FROM s WHERE region IS NOT NULL GROUP BY ROLLUP(region) ORDER BY region',
  ),
  c(
    'rollup distinct count',
    'SELECT region, count(DISTINCT product), count(product) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup distinct sum',
    'SELECT region, sum(DISTINCT qty % 3), array_agg(DISTINCT product ORDER BY product) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup string_agg order',
    "SELECT region, string_agg(product, ',' ORDER BY product DESC) FROM s GROUP BY ROLLUP(region)",
  ),
  c(
    'rollup string_agg distinct',
    "SELECT region, string_agg(DISTINCT product, ',') FROM s GROUP BY ROLLUP(region)",
  ),
  c(
    'grouping sets plain',
    'SELECT region, product, sum(qty) FROM s GROUP BY GROUPING SETS ((region), (product), ())',
  ),
  c(
    'grouping sets filter',
    'SELECT region, product, count(*) FILTER (WHERE flag) FROM s GROUP BY GROUPING SETS ((region), (product))',
  ),
  c(
    'grouping sets distinct',
    'SELECT region, product, count(DISTINCT qty > 2) FROM s GROUP BY GROUPING SETS ((region), (product))',
  ),
  c(
    'grouping sets nested rollup',
    'SELECT region, product, sum(qty) FROM s GROUP BY GROUPING SETS (ROLLUP(region), product)',
  ),
  c('concat grouping', 'SELECT region, product, sum(qty) FROM s GROUP BY region, ROLLUP(product)'),
  c(
    'group by distinct rollup',
    'SELECT region, product, count(*) FROM s GROUP BY DISTINCT ROLLUP(region, product), ROLLUP(region)',
  ),
  c(
    'group by all rollup',
    'SELECT region, product, count(*) FROM s GROUP BY ALL ROLLUP(region, product), ROLLUP(region)',
  ),
  c(
    'grouping() fn',
    'SELECT region, product, grouping(region, product), grouping(product) FROM s GROUP BY CUBE(region, product)',
  ),
  c(
    'grouping() in having',
    'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) HAVING grouping(region) = 1',
  ),
  c(
    'grouping() in order by',
    'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) ORDER BY grouping(region), region',
  ),
  c('rollup avg int', 'SELECT region, avg(qty), avg(price), sum(k) FROM s GROUP BY ROLLUP(region)'),
  c(
    'rollup bool_and',
    'SELECT region, bool_and(flag), bool_or(flag), every(flag) FROM s GROUP BY ROLLUP(region)',
  ),
  c('rollup json_agg', 'SELECT region, json_agg(qty ORDER BY qty) FROM s GROUP BY ROLLUP(region)'),
  c(
    'rollup jsonb_object_agg',
    "SELECT region, jsonb_object_agg(coalesce(product,'?'), qty) FROM s GROUP BY ROLLUP(region)",
  ),
  c('rollup expr', 'SELECT upper(region) AS r, count(*) FROM s GROUP BY ROLLUP(upper(region))'),
  c('rollup having count', 'SELECT region, count(*) FROM s GROUP BY ROLLUP(region) HAVING count(*) > 1'),
  c('rollup param filter', {
    sql: 'SELECT region, count(*) FILTER (WHERE qty > $1) FROM s GROUP BY ROLLUP(region)',
    params: [2],
  }),
  c('rollup max text', 'SELECT region, max(product), min(product) FROM s GROUP BY ROLLUP(region)'),
  c(
    'rollup coalesce label',
    "SELECT coalesce(region, 'TOTAL') AS r, sum(qty) FROM s GROUP BY ROLLUP(region)",
  ),
  c('rollup limit', 'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) LIMIT 2'),
  c('cube 2 count', 'SELECT region, flag, count(*) FROM s GROUP BY CUBE(region, flag)'),
  c('rollup var_pop', 'SELECT region, var_pop(price), stddev_pop(price) FROM s GROUP BY ROLLUP(region)'),
  c(
    'rollup covar',
    'SELECT region, covar_pop(qty, k), covar_samp(qty,k), regr_r2(k, qty), regr_intercept(k,qty), regr_avgx(k,qty) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup filter distinct combo',
    'SELECT region, count(DISTINCT product) FILTER (WHERE qty > 1) FROM s GROUP BY ROLLUP(region)',
  ),
  c(
    'rollup subquery',
    'SELECT * FROM (SELECT region, sum(qty) AS q FROM s GROUP BY ROLLUP(region)) x WHERE q > 5',
  ),
  c(
    'rollup in cte',
    'WITH r AS (SELECT region, count(*) AS n FROM s GROUP BY ROLLUP(region)) SELECT sum(n) FROM r',
  ),
  c(
    'rollup on empty',
    'SELECT region, count(*), sum(qty), stddev(qty) FROM s WHERE false GROUP BY ROLLUP(region)',
  ),
  c(
    'grouping sets empty',
    'SELECT region, count(*) FROM s WHERE false GROUP BY GROUPING SETS ((region), ())',
  ),
  c('rollup bit_and', 'SELECT region, bit_and(qty), bit_or(qty) FROM s GROUP BY ROLLUP(region)'),
  c('rollup count distinct param', {
    sql: 'SELECT region, count(DISTINCT qty) FILTER (WHERE product = $1) FROM s GROUP BY ROLLUP(region)',
    params: ['a'],
  }),
];
