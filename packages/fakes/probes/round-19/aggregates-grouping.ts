// Round 19 probe: PostgreSQL 15 GROUP BY, GROUPING SETS, ROLLUP, CUBE, GROUP BY DISTINCT and HAVING (7.2.3, 7.2.4).
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates grouping: ');
const S = `CREATE TABLE sales (brand text, size text, region text, qty int, price numeric(8,2));
INSERT INTO sales VALUES ('Foo', 'L', 'n', 10, 1.50), ('Foo', 'M', 's', 20, 2.00), ('Bar', 'M', 'n', 15, 3.25),
 ('Bar', 'L', 's', 5, 1.00), ('Foo', 'L', 's', 7, NULL), (NULL, 'M', 'n', 1, 9.99);`;
const q = (name: string, sql: string, setup = S) => list.add(name, [sql], setup);

q('group by one column', `SELECT brand, sum(qty) AS s FROM sales GROUP BY brand ORDER BY brand`);
q('group by NULL group', `SELECT brand, count(*) AS c FROM sales GROUP BY brand ORDER BY brand NULLS FIRST`);
q('group by two columns', `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY brand, size ORDER BY 1, 2`);
q('group by output column number', `SELECT brand, sum(qty) AS s FROM sales GROUP BY 1 ORDER BY 1`);
q('group by output column alias', `SELECT upper(brand) AS b, sum(qty) AS s FROM sales GROUP BY b ORDER BY 1`);
q('group by position out of range is 42P10', `SELECT brand FROM sales GROUP BY 2`);
q('group by position 0 is 42P10', `SELECT brand FROM sales GROUP BY 0`);
q('group by aggregate position is 42803', `SELECT brand, count(*) AS c FROM sales GROUP BY 2`);
q('group by expression', `SELECT qty > 8 AS big, count(*) AS c FROM sales GROUP BY qty > 8 ORDER BY 1`);
q('group by expression select differs is 42803', `SELECT qty FROM sales GROUP BY qty + 1`);
q(
  'group by input column wins over alias',
  `SELECT brand AS size, count(*) AS c FROM sales GROUP BY size ORDER BY 1`,
);
q(
  'group by primary key allows other columns',
  `SELECT k.id, k.name, count(*) AS c FROM k GROUP BY k.id ORDER BY 1`,
  `CREATE TABLE k (id int PRIMARY KEY, name text); INSERT INTO k VALUES (1, 'a'), (2, 'b');`,
);
q(
  'group by non-key with other column is 42803',
  `SELECT k.name, k.id FROM k GROUP BY k.name`,
  `CREATE TABLE k (id int PRIMARY KEY, name text); INSERT INTO k VALUES (1, 'a');`,
);
q(
  'group by unique not null is not enough 42803',
  `SELECT k.id, k.name FROM k GROUP BY k.id`,
  `CREATE TABLE k (id int UNIQUE NOT NULL, name text); INSERT INTO k VALUES (1, 'a');`,
);
q('group by constant', `SELECT count(*) AS c FROM sales GROUP BY 'x'`);
q('group by empty parens', `SELECT count(*) AS c FROM sales GROUP BY ()`);
q(
  'group by empty parens on empty table gives a row',
  `SELECT count(*) AS c FROM sales WHERE false GROUP BY ()`,
);
q(
  'group by column on empty table gives no rows',
  `SELECT count(*) AS c FROM sales WHERE false GROUP BY brand`,
);
q('group by without aggregates is distinct', `SELECT size FROM sales GROUP BY size ORDER BY size`);
q('group by unknown column is 42703', `SELECT 1 AS x FROM sales GROUP BY nope`);
q('group by json is 42883', `SELECT count(*) AS c FROM (SELECT '{}'::json AS j) s GROUP BY j`);
q(
  'group by array',
  `SELECT a, count(*) AS c FROM (VALUES (ARRAY[1,2]), (ARRAY[1,2]), (ARRAY[2])) v(a) GROUP BY a ORDER BY a`,
);
q('group by record', `SELECT r, count(*) AS c FROM (VALUES (ROW(1,'a')), (ROW(1,'a'))) v(r) GROUP BY r`);
q(
  'group by float zero and negative zero',
  `SELECT x, count(*) AS c FROM (VALUES (0.0::float8), ('-0'::float8)) v(x) GROUP BY x`,
);
q(
  'group by numeric scales',
  `SELECT x, count(*) AS c FROM (VALUES (1.0::numeric), (1.00), (1)) v(x) GROUP BY x`,
);
q(
  'group by NaN',
  `SELECT x, count(*) AS c FROM (VALUES ('NaN'::float8), ('NaN'), (1)) v(x) GROUP BY x ORDER BY x`,
);
q(
  'group by collate',
  `SELECT lower(s COLLATE "C") AS k, count(*) AS c FROM (VALUES ('A'), ('a')) v(s) GROUP BY lower(s COLLATE "C")`,
);
q(
  'group by grouped column in function',
  `SELECT upper(brand) AS u, count(*) AS c FROM sales GROUP BY brand ORDER BY 1`,
);
q(
  'group by subquery in select',
  `SELECT brand, (SELECT count(*) FROM sales s2 WHERE s2.brand = sales.brand) AS c FROM sales GROUP BY brand ORDER BY 1`,
);
q(
  'group by ungrouped column in correlated subquery is 42803',
  `SELECT brand, (SELECT sales.qty) AS c FROM sales GROUP BY brand`,
);
q('group by star is 42803', `SELECT * FROM sales GROUP BY brand`);
q('group by volatile', `SELECT count(*) AS c FROM sales GROUP BY random() > 2`);

// ---------------------------------------------------------------- HAVING
q(
  'having filters groups',
  `SELECT brand, sum(qty) AS s FROM sales GROUP BY brand HAVING sum(qty) > 10 ORDER BY 1`,
);
q('having without group by true', `SELECT sum(qty) AS s FROM sales HAVING count(*) > 1`);
q('having without group by false', `SELECT sum(qty) AS s FROM sales HAVING count(*) > 100`);
q('having without aggregates or group by', `SELECT 1 AS x FROM sales HAVING true`);
q('having false without from', `SELECT 1 AS x HAVING false`);
q('having on grouped column', `SELECT brand FROM sales GROUP BY brand HAVING brand LIKE 'F%'`);
q('having ungrouped column is 42803', `SELECT brand FROM sales GROUP BY brand HAVING qty > 1`);
q(
  'having references select alias is 42703',
  `SELECT brand, sum(qty) AS s FROM sales GROUP BY brand HAVING s > 10`,
);
q('having not boolean is 42804', `SELECT brand FROM sales GROUP BY brand HAVING count(*)`);
q('having with window is 42P20', `SELECT brand FROM sales GROUP BY brand HAVING rank() OVER () > 0`);
q(
  'having with subquery',
  `SELECT brand, sum(qty) AS s FROM sales GROUP BY brand HAVING sum(qty) > (SELECT avg(qty) FROM sales) ORDER BY 1`,
);
q('having with NULL result drops group', `SELECT brand FROM sales GROUP BY brand HAVING NULL ORDER BY 1`);
q(
  'having with different aggregate than select',
  `SELECT brand FROM sales GROUP BY brand HAVING max(price) > 2 ORDER BY 1`,
);
q(
  'having with FILTER aggregate',
  `SELECT brand FROM sales GROUP BY brand HAVING count(*) FILTER (WHERE size = 'L') > 1 ORDER BY 1`,
);
q('having constant with select star is 42803', `SELECT * FROM sales HAVING true`);
q(
  'having with DISTINCT select',
  `SELECT DISTINCT count(*) > 1 AS m FROM sales GROUP BY brand HAVING count(*) >= 1`,
);
list.add(
  'having with parameter',
  [withParams('SELECT brand FROM sales GROUP BY brand HAVING sum(qty) > $1 ORDER BY 1', 20)],
  S,
);

// ---------------------------------------------------------------- GROUPING SETS / ROLLUP / CUBE
q(
  'grouping sets doc example',
  `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY GROUPING SETS ((brand), (size), ()) ORDER BY 1, 2`,
);
q(
  'rollup two columns',
  `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY ROLLUP (brand, size) ORDER BY 1, 2`,
);
q(
  'cube two columns',
  `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY CUBE (brand, size) ORDER BY 1, 2`,
);
q(
  'rollup with composite element',
  `SELECT brand, size, region, sum(qty) AS s FROM sales GROUP BY ROLLUP (brand, (size, region)) ORDER BY 1, 2, 3`,
);
q(
  'cube with composite element',
  `SELECT brand, size, region, count(*) AS c FROM sales GROUP BY CUBE ((brand, size), region) ORDER BY 1, 2, 3`,
);
q(
  'group by column plus rollup',
  `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY brand, ROLLUP (size) ORDER BY 1, 2`,
);
q(
  'group by cube plus grouping sets product',
  `SELECT brand, size, region, count(*) AS c FROM sales GROUP BY CUBE (brand), GROUPING SETS ((size), (region)) ORDER BY 1, 2, 3`,
);
q(
  'nested grouping sets',
  `SELECT brand, size, count(*) AS c FROM sales GROUP BY GROUPING SETS (brand, GROUPING SETS (size, ())) ORDER BY 1, 2`,
);
q(
  'grouping sets with rollup inside',
  `SELECT brand, size, count(*) AS c FROM sales GROUP BY GROUPING SETS (ROLLUP (brand, size), size) ORDER BY 1, 2`,
);
q(
  'grouping sets duplicates kept',
  `SELECT brand, count(*) AS c FROM sales GROUP BY GROUPING SETS (brand, brand) ORDER BY 1`,
);
q(
  'group by distinct removes duplicate sets',
  `SELECT brand, size, count(*) AS c FROM sales GROUP BY DISTINCT ROLLUP (brand, size), ROLLUP (brand, size) ORDER BY 1, 2`,
);
q(
  'group by all keeps duplicate sets',
  `SELECT brand, size, count(*) AS c FROM sales GROUP BY ALL ROLLUP (brand, size), ROLLUP (brand, size) ORDER BY 1, 2, 3`,
);
q(
  'group by distinct of plain columns',
  `SELECT brand, count(*) AS c FROM sales GROUP BY DISTINCT brand, brand ORDER BY 1`,
);
q(
  'group by distinct grouping sets',
  `SELECT brand, count(*) AS c FROM sales GROUP BY DISTINCT GROUPING SETS (brand, brand, ()) ORDER BY 1`,
);
q('rollup of empty table', `SELECT brand, count(*) AS c FROM sales WHERE false GROUP BY ROLLUP (brand)`);
q(
  'cube of empty table',
  `SELECT brand, size, count(*) AS c FROM sales WHERE false GROUP BY CUBE (brand, size)`,
);
q(
  'grouping sets with only empty set on empty table',
  `SELECT count(*) AS c FROM sales WHERE false GROUP BY GROUPING SETS (())`,
);
q('grouping sets with two empty sets', `SELECT count(*) AS c FROM sales GROUP BY GROUPING SETS ((), ())`);
q(
  'grouping sets with HAVING',
  `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY ROLLUP (brand, size) HAVING sum(qty) > 10 ORDER BY 1, 2`,
);
q(
  'grouping sets select ungrouped column is 42803',
  `SELECT brand, region FROM sales GROUP BY ROLLUP (brand)`,
);
q(
  'rollup with expression',
  `SELECT qty > 8 AS big, count(*) AS c FROM sales GROUP BY ROLLUP (qty > 8) ORDER BY 1`,
);
q(
  'rollup distinguishes NULL data from total',
  `SELECT brand, GROUPING(brand) AS gb, count(*) AS c FROM sales GROUP BY ROLLUP (brand) ORDER BY 2, 1`,
);
q(
  'cube with more than 12 elements is 54001',
  `SELECT count(*) AS c FROM sales GROUP BY CUBE (brand, size, region, qty, price, brand || 'a', size || 'a', region || 'a', qty + 1, price + 1, qty + 2, qty + 3, qty + 4)`,
);
q(
  'grouping sets column from select alias',
  `SELECT brand AS b, count(*) AS c FROM sales GROUP BY ROLLUP (b) ORDER BY 1`,
);
q('grouping sets position', `SELECT brand, count(*) AS c FROM sales GROUP BY ROLLUP (1) ORDER BY 1`);
q(
  'grouping sets with window',
  `SELECT brand, sum(qty) AS s, rank() OVER (ORDER BY sum(qty) DESC) AS r FROM sales GROUP BY ROLLUP (brand) ORDER BY 1`,
);
q(
  'grouping sets with DISTINCT aggregates',
  `SELECT size, count(DISTINCT brand) AS c FROM sales GROUP BY ROLLUP (size) ORDER BY 1`,
);
q(
  'grouping sets with ordered aggregate',
  `SELECT size, string_agg(region, ',' ORDER BY region) AS r FROM sales GROUP BY ROLLUP (size) ORDER BY 1`,
);
q(
  'grouping sets with percentile',
  `SELECT size, percentile_disc(0.5) WITHIN GROUP (ORDER BY qty) AS m FROM sales GROUP BY CUBE (size) ORDER BY 1`,
);
q(
  'grouping sets result column types',
  `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY GROUPING SETS (brand, size) ORDER BY 1, 2`,
);
q('rollup keyword as function name', `SELECT count(*) AS c FROM sales GROUP BY (brand, size) ORDER BY 1`);
q('grouping sets empty list is syntax error', `SELECT count(*) AS c FROM sales GROUP BY GROUPING SETS ()`);
q('rollup empty is syntax error', `SELECT count(*) AS c FROM sales GROUP BY ROLLUP ()`);
q('aggregate in grouping set is 42803', `SELECT count(*) AS c FROM sales GROUP BY ROLLUP (count(*))`);
q(
  'grouping sets in subquery',
  `SELECT * FROM (SELECT brand, sum(qty) AS s FROM sales GROUP BY ROLLUP (brand)) x ORDER BY 1`,
);
q(
  'grouping sets in CTE',
  `WITH x AS (SELECT size, count(*) AS c FROM sales GROUP BY CUBE (size)) SELECT * FROM x ORDER BY 1`,
);
q(
  'grouping sets with ORDER BY grouping',
  `SELECT brand, size, count(*) AS c FROM sales GROUP BY GROUPING SETS ((brand, size), brand, ()) ORDER BY GROUPING(brand, size), 1, 2`,
);
q('group by distinct alone is syntax', `SELECT count(*) AS c FROM sales GROUP BY DISTINCT`);
q('cube single', `SELECT region, count(*) AS c FROM sales GROUP BY CUBE (region) ORDER BY 1`);
q(
  'grouping sets with nulls in ordering',
  `SELECT brand, size, sum(qty) AS s FROM sales GROUP BY ROLLUP (brand, size) ORDER BY 1 NULLS FIRST, 2 NULLS FIRST`,
);
q(
  'rollup with constant in select',
  `SELECT 'x' AS k, brand, count(*) AS c FROM sales GROUP BY ROLLUP (brand) ORDER BY 2`,
);
q(
  'grouped expression used in select via rollup',
  `SELECT lower(brand) AS lb, count(*) AS c FROM sales GROUP BY ROLLUP (lower(brand)) ORDER BY 1`,
);
q(
  'grouping sets on function of column not grouped is 42803',
  `SELECT lower(region) AS lr FROM sales GROUP BY ROLLUP (brand)`,
);

export default list.cases;
