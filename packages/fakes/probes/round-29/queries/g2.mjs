const S = `CREATE TABLE s(id int PRIMARY KEY, region text NOT NULL, product text NOT NULL, qty int, price numeric(10,2), ok bool);
INSERT INTO s VALUES (1,'east','a',1,1.50,true),(2,'east','b',2,2.25,false),(3,'east','a',3,3.00,true),(4,'west','a',4,1.00,null),(5,'west','c',5,5.75,true),(6,'north','b',null,null,false);`;
const x = (name, ...steps) => ({ name, setup: S, steps });
export default [
  x(
    'rollup order',
    'SELECT region, product, sum(qty) FROM s GROUP BY ROLLUP(region, product) ORDER BY region, product',
  ),
  x(
    'rollup order desc',
    'SELECT region, sum(qty) AS q FROM s GROUP BY ROLLUP(region) ORDER BY q DESC NULLS LAST',
  ),
  x('rollup order agg expr', 'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) ORDER BY sum(qty)'),
  x(
    'rollup order count',
    'SELECT region, count(*) FROM s GROUP BY ROLLUP(region) ORDER BY count(*) DESC, region',
  ),
  x('cube order', 'SELECT region, product, count(*) FROM s GROUP BY CUBE(region, product) ORDER BY 1, 2'),
  x(
    'rollup filter col',
    "SELECT region, count(*) FILTER (WHERE region = 'east') AS e FROM s GROUP BY ROLLUP(region) ORDER BY 1",
  ),
  x(
    'rollup agg of grouping col',
    'SELECT region, max(region), min(product) FROM s GROUP BY ROLLUP(region) ORDER BY 1',
  ),
  x(
    'rollup count distinct grouping col',
    'SELECT region, count(DISTINCT region) FROM s GROUP BY ROLLUP(region) ORDER BY 1',
  ),
  x(
    'rollup having grouping col null',
    'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) HAVING region IS NULL',
  ),
  x(
    'rollup having agg',
    'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) HAVING sum(qty) > 5 ORDER BY 1',
  ),
  x(
    'rollup having not in select',
    'SELECT region FROM s GROUP BY ROLLUP(region) HAVING count(*) >= 2 ORDER BY 1',
  ),
  x('rollup expr in select', "SELECT region || '!' AS r, sum(qty) FROM s GROUP BY ROLLUP(region) ORDER BY 1"),
  x(
    'rollup case',
    "SELECT CASE WHEN region IS NULL THEN 'ALL' ELSE region END AS r, sum(qty) FROM s GROUP BY ROLLUP(region) ORDER BY 1",
  ),
  x(
    'rollup grouping col in agg arg',
    "SELECT region, string_agg(region || product, ',' ORDER BY id) FROM s GROUP BY ROLLUP(region) ORDER BY 1",
  ),
  x(
    'rollup scalar subquery',
    'SELECT region, (SELECT count(*) FROM s s2 WHERE s2.region = s.region) FROM s GROUP BY ROLLUP(region) ORDER BY 1',
  ),
  x('rollup where param', {
    sql: 'SELECT region, sum(qty) FROM s WHERE qty > $1 GROUP BY ROLLUP(region) ORDER BY 1',
    params: [1],
  }),
  x('rollup select param', {
    sql: 'SELECT region, sum(qty) * $1::int FROM s GROUP BY ROLLUP(region) ORDER BY 1',
    params: [2],
  }),
  x(
    'rollup join',
    'SELECT a.region, count(*) FROM s a JOIN s b ON a.product = b.product GROUP BY ROLLUP(a.region) ORDER BY 1',
  ),
  x(
    'rollup plus column',
    'SELECT region, product, sum(qty) FROM s GROUP BY region, ROLLUP(product) ORDER BY 1, 2',
  ),
  x(
    'rollup composite',
    'SELECT region, product, count(*) FROM s GROUP BY ROLLUP((region, product)) ORDER BY 1, 2',
  ),
  x(
    'cube three',
    'SELECT region, product, ok, count(*) FROM s GROUP BY CUBE(region, product, ok) ORDER BY 1, 2, 3',
  ),
  x(
    'rollup min max price',
    'SELECT region, min(price), max(price), sum(price) FROM s GROUP BY ROLLUP(region) ORDER BY 1',
  ),
  x('rollup bool_and', 'SELECT region, bool_and(ok), bool_or(ok) FROM s GROUP BY ROLLUP(region) ORDER BY 1'),
  x('rollup array_agg', 'SELECT region, array_agg(id ORDER BY id) FROM s GROUP BY ROLLUP(region) ORDER BY 1'),
  x('rollup json_agg', 'SELECT region, json_agg(id ORDER BY id) FROM s GROUP BY ROLLUP(region) ORDER BY 1'),
  x('rollup avg', 'SELECT region, avg(qty) FROM s GROUP BY ROLLUP(region) ORDER BY 1'),
  x('rollup count col', 'SELECT region, count(qty), count(price) FROM s GROUP BY ROLLUP(region) ORDER BY 1'),
  x(
    'rollup order by alias',
    'SELECT region AS r, sum(qty) AS total FROM s GROUP BY ROLLUP(region) ORDER BY total, r',
  ),
  x(
    'rollup order by expr not output',
    'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) ORDER BY upper(region)',
  ),
  x(
    'rollup limit order',
    'SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region) ORDER BY 1 LIMIT 2 OFFSET 1',
  ),
  x('rollup in subquery', 'SELECT count(*) FROM (SELECT region, sum(qty) FROM s GROUP BY ROLLUP(region)) x'),
  x('rollup in in', "SELECT 'east' IN (SELECT region FROM s GROUP BY ROLLUP(region))"),
  x(
    'rollup union',
    "SELECT region, count(*) FROM s GROUP BY ROLLUP(region) UNION ALL SELECT 'x', 0 ORDER BY 1",
  ),
  x('rollup pk col', 'SELECT id, region, count(*) FROM s GROUP BY ROLLUP(id) ORDER BY 1'),
  x(
    'rollup pk with plain',
    'SELECT id, region, product, count(*) FROM s GROUP BY id, ROLLUP(product) ORDER BY 1, 3',
  ),
  x('rollup table qualified', 'SELECT s.region, count(*) FROM s GROUP BY ROLLUP(region) ORDER BY 1'),
  x('rollup coalesce agg', 'SELECT region, coalesce(sum(qty), 0) FROM s GROUP BY ROLLUP(region) ORDER BY 1'),
  x(
    'rollup nested agg arith',
    'SELECT region, sum(qty) * 100 / (SELECT sum(qty) FROM s) FROM s GROUP BY ROLLUP(region) ORDER BY 1',
  ),
  x(
    'rollup where empty',
    'SELECT region, count(*), sum(qty), max(price) FROM s WHERE id > 100 GROUP BY ROLLUP(region)',
  ),
  x('cube empty', 'SELECT region, product, count(*) FROM s WHERE false GROUP BY CUBE(region, product)'),
  x(
    'rollup with cte',
    'WITH f AS (SELECT * FROM s WHERE ok) SELECT region, count(*) FROM f GROUP BY ROLLUP(region) ORDER BY 1',
  ),
  x(
    'rollup lower expr',
    'SELECT lower(product) AS p, count(*) FROM s GROUP BY ROLLUP(lower(product)) ORDER BY 1',
  ),
  x(
    'rollup expr nested use',
    'SELECT length(lower(product)) AS l, count(*) FROM s GROUP BY ROLLUP(lower(product)) ORDER BY 1',
  ),
  x(
    'rollup qty int col',
    'SELECT qty % 2 AS odd, count(*) FROM s WHERE qty IS NOT NULL GROUP BY ROLLUP(qty % 2) ORDER BY 1',
  ),
  x(
    'rollup date trunc',
    "SELECT date_trunc('day', now()) = date_trunc('day', now()) AS t, count(*) FROM s GROUP BY ROLLUP(region) ORDER BY 2",
  ),
  x(
    'rollup having or',
    "SELECT region, count(*) FROM s GROUP BY ROLLUP(region) HAVING region = 'east' OR region IS NULL ORDER BY 1",
  ),
  x(
    'rollup having count filter',
    'SELECT region, count(*) FROM s GROUP BY ROLLUP(region) HAVING count(*) FILTER (WHERE ok) > 0 ORDER BY 1',
  ),
  x('rollup select star', 'SELECT * FROM s GROUP BY ROLLUP(id)'),
  x('rollup ordinal', 'SELECT region, count(*) FROM s GROUP BY ROLLUP(1)'),
  x('rollup alias', 'SELECT region AS r, count(*) FROM s GROUP BY ROLLUP(r)'),
  x('rollup ungrouped error', 'SELECT region, product, count(*) FROM s GROUP BY ROLLUP(region)'),
  x(
    'rollup numeric col',
    'SELECT price, count(*) FROM s WHERE price IS NOT NULL GROUP BY ROLLUP(price) ORDER BY 1',
  ),
  x('rollup bool col', 'SELECT ok, count(*) FROM s WHERE ok IS NOT NULL GROUP BY ROLLUP(ok) ORDER BY 1'),
  x(
    'rollup returning types',
    'SELECT region, sum(qty), count(*) FROM s GROUP BY ROLLUP(region) ORDER BY 1 NULLS FIRST',
  ),
  x(
    'rollup order nulls first',
    'SELECT region, product, count(*) FROM s GROUP BY ROLLUP(region, product) ORDER BY 1 NULLS FIRST, 2 DESC',
  ),
];
