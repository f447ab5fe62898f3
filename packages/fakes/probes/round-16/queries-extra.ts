// Round 16 probe, second pass: features added in PostgreSQL 16-18 that PostgreSQL 15 refuses, error
// details that moved between versions, and clause orders a lenient parser may accept.
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases();

const T12 = `CREATE TABLE t1 (num int, name text);
INSERT INTO t1 VALUES (1, 'a'), (2, 'b'), (3, 'c');
CREATE TABLE t2 (num int, value text);
INSERT INTO t2 VALUES (1, 'xxx'), (3, 'yyy'), (5, 'zzz');
CREATE TYPE pair AS (a int, b text);
CREATE TABLE prs (id int PRIMARY KEY, p pair);
INSERT INTO prs VALUES (1, ROW(1, 'z')), (2, ROW(2, 'a')), (3, NULL);
CREATE TABLE vc (num varchar(5), label text);
INSERT INTO vc VALUES ('1', 'one'), ('3', 'three');`;
const x = (name: string, sql: string) => list.add(`extra: ${name}`, [sql], T12);

// newer aggregates and functions PostgreSQL 15 does not have
x('max of composite type PG18', `SELECT max(p)::text AS m FROM prs`);
x('min of composite type PG18', `SELECT min(p)::text AS m FROM prs`);
x('max of table row type PG18', `SELECT max(t1)::text AS m FROM t1`);
x('greatest of composite', `SELECT greatest(ROW(1, 'a')::pair, ROW(1, 'b')::pair)::text AS g`);
x('order by composite', `SELECT id FROM prs ORDER BY p DESC NULLS LAST`);
x('json_arrayagg PG16', `SELECT json_arrayagg(num ORDER BY num) AS j FROM t1`);
x('json_objectagg PG16', `SELECT json_objectagg(name VALUE num) AS j FROM t1`);
x('json_array constructor PG16', `SELECT json_array(1, 2) AS j`);
x('json_object constructor PG16', `SELECT json_object('a' VALUE 1) AS j`);
x('is json predicate PG16', `SELECT '{}' IS JSON AS v`);
x(
  'generate_series with time zone PG16',
  `SELECT g::text AS g FROM generate_series('2024-03-30 00:00+00'::timestamptz, '2024-04-01 00:00+00', '1 day', 'Europe/Paris') g ORDER BY 1`,
);
x('infinite interval PG17', `SELECT 'infinity'::interval AS v`);
x(
  'range window infinite interval PG17',
  `SELECT count(*) OVER (ORDER BY d RANGE BETWEEN 'infinity'::interval PRECEDING AND CURRENT ROW) AS c FROM (VALUES ('2024-01-01'::date)) v(d)`,
);
x('array_sample PG16', `SELECT cardinality(array_sample(ARRAY[1, 2, 3], 2)) AS v`);
x('array_reverse PG18', `SELECT array_reverse(ARRAY[1, 2, 3]) AS v`);
x('array_sort PG18', `SELECT array_sort(ARRAY[3, 1, 2]) AS v`);
x('random with range PG17', `SELECT random(1, 1) AS v`);
x('date_add PG16', `SELECT date_add('2024-01-31 00:00+00'::timestamptz, '1 month')::text AS v`);
x('string_agg of named composite text', `SELECT string_agg(p::text, ';' ORDER BY id) AS v FROM prs`);
x('any_value grouped PG16', `SELECT g, any_value(v) AS a FROM (VALUES (1, 5), (1, 5)) t(g, v) GROUP BY g`);
x(
  'unnest of composite array',
  `SELECT (u).a AS a, (u).b AS b FROM unnest(ARRAY[ROW(1, 'x')::pair, ROW(2, 'y')::pair]) u ORDER BY 1`,
);
x(
  'unnest composite expanded',
  `SELECT * FROM unnest(ARRAY[ROW(1, 'x')::pair, ROW(2, 'y')::pair]) ORDER BY a`,
);
x('composite field access', `SELECT id, (p).a AS a, (p).b AS b FROM prs ORDER BY id`);
x('composite star expansion', `SELECT id, (p).* FROM prs ORDER BY id`);
x('composite is null', `SELECT id, p IS NULL AS n, p IS NOT NULL AS nn FROM prs ORDER BY id`);
x('composite equality', `SELECT id FROM prs WHERE p = ROW(2, 'a')::pair`);
x('composite distinct', `SELECT count(DISTINCT p) AS c FROM prs`);
x('composite group by', `SELECT p::text AS p, count(*) AS c FROM prs GROUP BY p ORDER BY p`);

// DML syntax from 17/18
const DM = `CREATE TABLE products (product_no int PRIMARY KEY, name text, price numeric);
INSERT INTO products VALUES (1, 'a', 10), (2, 'b', 20);
CREATE TABLE child (id int PRIMARY KEY, pid int);`;
const dm = (name: string, steps: ProbeStep[]) => list.add(`extra dml: ${name}`, steps, DM);
dm('returning old and new PG18', [
  `UPDATE products SET price = price + 1 WHERE product_no = 1 RETURNING old.price AS before, new.price AS after`,
]);
dm('returning with old alias PG18', [
  `UPDATE products SET price = 0 WHERE product_no = 2 RETURNING WITH (OLD AS o, NEW AS n) o.price AS before, n.price AS after`,
]);
dm('delete returning old PG18', [`DELETE FROM products WHERE product_no = 1 RETURNING old.name AS gone`]);
dm('insert returning new PG18', [`INSERT INTO products VALUES (3, 'c', 1) RETURNING new.product_no AS id`]);
dm('upsert returning old PG18', [
  `INSERT INTO products VALUES (1, 'x', 1) ON CONFLICT (product_no) DO UPDATE SET name = EXCLUDED.name RETURNING old.name AS was`,
]);
dm('check not enforced PG18', [`ALTER TABLE products ADD CONSTRAINT p_pos CHECK (price > 100) NOT ENFORCED`]);
dm('fk not enforced PG18', [
  `ALTER TABLE child ADD CONSTRAINT c_fk FOREIGN KEY (pid) REFERENCES products NOT ENFORCED`,
]);
dm('named not null constraint PG18', [`ALTER TABLE child ADD CONSTRAINT pid_nn NOT NULL pid`]);
dm('not null not valid PG18', [`ALTER TABLE child ADD CONSTRAINT pid_nn NOT NULL pid NOT VALID`]);
dm('column named not null constraint PG18', [
  `CREATE TABLE z (a int CONSTRAINT a_nn NOT NULL)`,
  `INSERT INTO z VALUES (NULL)`,
]);
dm('without overlaps pk PG18', [
  `CREATE TABLE rooms (id int, valid tsrange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))`,
]);
dm('set expression generated PG17', [
  `CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)`,
  `ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)`,
]);
dm('drop expression generated', [
  `CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)`,
  `INSERT INTO g (a) VALUES (2)`,
  `ALTER TABLE g ALTER COLUMN b DROP EXPRESSION`,
  `INSERT INTO g VALUES (1, 100)`,
  `SELECT a, b FROM g ORDER BY a`,
]);
dm('merge with cte source', [
  `WITH src AS (SELECT 1 AS id, 'm' AS name) MERGE INTO products p USING src ON p.product_no = src.id WHEN MATCHED THEN UPDATE SET name = src.name`,
  `SELECT name FROM products WHERE product_no = 1`,
]);
dm('merge rowcount', [
  `MERGE INTO products p USING (VALUES (1), (2), (3)) v(id) ON p.product_no = v.id WHEN MATCHED THEN UPDATE SET price = 0 WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'n', 1)`,
]);
dm('merge insert default values', [
  `MERGE INTO products p USING (VALUES (9)) v(id) ON p.product_no = v.id WHEN NOT MATCHED THEN INSERT DEFAULT VALUES`,
]);
dm('merge condition and', [
  `MERGE INTO products p USING (VALUES (1, 5), (2, 50)) v(id, pr) ON p.product_no = v.id WHEN MATCHED AND v.pr > 10 THEN UPDATE SET price = v.pr WHEN MATCHED THEN DELETE`,
  `SELECT product_no, price FROM products ORDER BY 1`,
]);
dm('merge into with params', [
  {
    sql: 'MERGE INTO products p USING (SELECT $1::int AS id, $2::text AS name) v ON p.product_no = v.id WHEN MATCHED THEN UPDATE SET name = v.name WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.name, 0)',
    params: [5, 'e'],
  },
  `SELECT product_no, name FROM products ORDER BY 1`,
]);
dm('update set row star', [
  `UPDATE products SET (product_no, name, price) = ROW(1, 'q', 1) WHERE product_no = 1 RETURNING *`,
]);
dm('update with limit error', [`UPDATE products SET price = 0 LIMIT 1`]);
dm('update order by error', [`UPDATE products SET price = 0 ORDER BY product_no`]);
dm('insert on conflict where on target index predicate', [
  `CREATE UNIQUE INDEX pn ON products (name) WHERE price > 5`,
  `INSERT INTO products VALUES (7, 'a', 50) ON CONFLICT (name) WHERE price > 5 DO UPDATE SET price = EXCLUDED.price RETURNING product_no, price`,
]);
dm('insert returning into variable style', [
  `INSERT INTO products (product_no, name, price) VALUES (3, 'c', 3) RETURNING product_no AS id`,
]);
dm('delete using self join duplicates', [
  `INSERT INTO products VALUES (3, 'a', 30)`,
  `DELETE FROM products p USING products q WHERE p.name = q.name AND p.product_no > q.product_no RETURNING p.product_no`,
]);

// column-not-found details that moved from HINT to DETAIL or changed
const cn = (name: string, sql: string) => list.add(`extra errors: ${name}`, [sql], T12);
cn(
  'union order by second branch alias',
  `SELECT num AS a FROM t1 UNION ALL SELECT num AS b FROM t2 ORDER BY b`,
);
cn(
  'union order by table column of first branch',
  `SELECT num AS a FROM t1 UNION ALL SELECT num FROM t2 ORDER BY name`,
);
cn('union order by qualified column', `SELECT num FROM t1 UNION SELECT num FROM t2 ORDER BY t1.num`);
cn('intersect order by other name', `SELECT num AS a FROM t1 INTERSECT SELECT num AS b FROM t2 ORDER BY b`);
cn('sibling column in subquery unqualified', `SELECT s.q AS q FROM t1, (SELECT 1 AS q WHERE name = 'a') s`);
cn(
  'sibling column in join on',
  `SELECT 1 AS one FROM t1 JOIN t2 ON t1.num = t2.num JOIN (SELECT 1 AS k) s ON value = s.k::text AND num = 1`,
);
cn('column in wrong table qualified', `SELECT t1.value AS v FROM t1, t2`);
cn('misspelled column hint', `SELECT nmae FROM t1`);
cn('misspelled table qualified', `SELECT t3.num FROM t1`);
cn(
  'column from outer query in lateral missing',
  `SELECT x.v AS v FROM t1 LEFT JOIN (SELECT value AS v FROM t2 WHERE t2.num = t1.num) x ON true`,
);
cn('using with mismatched types reverse', `SELECT * FROM (SELECT 'x'::text AS num) s JOIN t1 USING (num)`);
cn('using varchar and int', `SELECT * FROM vc JOIN t1 USING (num)`);
cn('natural join mismatched types', `SELECT * FROM vc NATURAL JOIN t1`);
cn('using varchar and text ok', `SELECT * FROM vc JOIN (SELECT '1'::text AS num) s USING (num)`);
cn('using boolean and int', `SELECT * FROM t1 JOIN (SELECT true AS num) s USING (num)`);
cn('using date and int', `SELECT * FROM t1 JOIN (SELECT current_date AS num) s USING (num)`);
cn('full join using mismatched', `SELECT * FROM t1 FULL JOIN (SELECT 'a'::text AS num) s USING (num)`);
cn('using unknown literal column', `SELECT * FROM t1 JOIN (SELECT '1' AS num) s USING (num)`);
cn('using column ambiguous on left', `SELECT * FROM t1 a JOIN t1 b ON true JOIN t2 USING (num)`);
cn('using column appears twice in right', `SELECT * FROM t2 JOIN (t1 a CROSS JOIN t1 b) USING (num)`);
cn('join using alias conflicts with table', `SELECT 1 AS one FROM t1 JOIN t2 USING (num) AS t1`);
cn(
  'join using alias then qualified name',
  `SELECT j.num AS k, j.name AS nm FROM t1 JOIN t2 USING (num) AS j`,
);
cn('union types text and int with null first', `SELECT NULL AS v UNION SELECT 'a'::text UNION SELECT 1`);
cn('values types varchar and int', `VALUES ('1'::varchar), (2)`);
cn('in list text and int column', `SELECT name FROM t1 WHERE name IN (1, 2)`);
cn('case types text int', `SELECT CASE WHEN true THEN 'a'::text ELSE 1 END AS v`);
cn('coalesce types text int', `SELECT coalesce('a'::text, 1) AS v`);
cn('array types text int', `SELECT ARRAY['a'::text, 1] AS v`);
cn('greatest types', `SELECT greatest(1, 'a'::text) AS v`);

// clause orders a lenient parser may accept
const o = (name: string, sql: string) => list.add(`extra syntax: ${name}`, [sql], T12);
o('limit twice', `SELECT num FROM t1 LIMIT 1 LIMIT 2`);
o('offset twice', `SELECT num FROM t1 OFFSET 1 OFFSET 2`);
o('order by twice', `SELECT num FROM t1 ORDER BY num ORDER BY name`);
o('order by after limit', `SELECT num FROM t1 LIMIT 2 ORDER BY num`);
o('offset before limit ok', `SELECT num FROM t1 ORDER BY num OFFSET 1 LIMIT 1`);
o('having before group by', `SELECT name FROM t1 HAVING count(*) > 0 GROUP BY name`);
o('where after group by', `SELECT name FROM t1 GROUP BY name WHERE name = 'a'`);
o('where twice', `SELECT num FROM t1 WHERE num > 1 WHERE num < 3`);
o('group by twice', `SELECT name FROM t1 GROUP BY name GROUP BY name`);
o('for update before limit ok', `SELECT num FROM t1 ORDER BY num FOR UPDATE LIMIT 1`);
o('for update in union branch error', `SELECT num FROM t1 UNION SELECT num FROM t2 FOR SHARE`);
o('for update with group by error', `SELECT name FROM t1 GROUP BY name FOR UPDATE`);
o('for update with distinct error', `SELECT DISTINCT name FROM t1 FOR UPDATE`);
o('for update with aggregate error', `SELECT count(*) AS c FROM t1 FOR UPDATE`);
o('for update with window error', `SELECT num, rank() OVER (ORDER BY num) AS r FROM t1 FOR UPDATE`);
o('for update of missing table error', `SELECT num FROM t1 FOR UPDATE OF t2`);
o(
  'for update on nullable side of outer join error',
  `SELECT t1.num AS n FROM t1 LEFT JOIN t2 ON t1.num = t2.num FOR UPDATE`,
);
o(
  'for update of outer side ok',
  `SELECT t1.num AS n FROM t1 LEFT JOIN t2 ON t1.num = t2.num ORDER BY 1 FOR UPDATE OF t1`,
);
o('for update of function error', `SELECT g FROM generate_series(1, 2) g FOR UPDATE`);
o('for update on values error', `SELECT v FROM (VALUES (1)) x(v) FOR UPDATE`);
o('distinct on without parentheses', `SELECT DISTINCT ON num, name FROM t1`);
o('trailing comma in select list', `SELECT num, FROM t1`);
o('trailing comma in in list', `SELECT num FROM t1 WHERE num IN (1, 2,)`);
o('missing comma between columns alias', `SELECT num name FROM t1 ORDER BY 1`);
o('double keyword distinct all', `SELECT DISTINCT ALL num FROM t1`);
o('fetch first without only', `SELECT num FROM t1 ORDER BY num FETCH FIRST 2 ROWS`);
o('fetch with percent unsupported', `SELECT num FROM t1 FETCH FIRST 50 PERCENT ROWS ONLY`);
o('top syntax unsupported', `SELECT TOP 1 num FROM t1`);
o('limit comma syntax unsupported', `SELECT num FROM t1 LIMIT 1, 2`);
o('backtick identifiers unsupported', 'SELECT `num` FROM t1');
o('double quoted string is identifier', `SELECT num FROM t1 WHERE name = "a"`);
o('empty in list', `SELECT num FROM t1 WHERE num IN ()`);
o('natural join with using error', `SELECT * FROM t1 NATURAL JOIN t2 USING (num)`);
o('cross join with on error', `SELECT * FROM t1 CROSS JOIN t2 ON true`);
o('join without condition error', `SELECT * FROM t1 JOIN t2`);
o('left join without condition error', `SELECT * FROM t1 LEFT JOIN t2`);
o('window clause before having error', `SELECT name FROM t1 GROUP BY name WINDOW w AS () HAVING true`);
o('window clause after order by error', `SELECT num FROM t1 ORDER BY num WINDOW w AS ()`);
o('with after select error', `SELECT 1 AS one WITH q AS (SELECT 1)`);
o('into clause select into creates table', `SELECT num INTO newtab FROM t1`);
list.add(
  'extra syntax: select into then read',
  [`SELECT num, name INTO newtab FROM t1 WHERE num > 1`, `SELECT num, name FROM newtab ORDER BY num`],
  T12,
);
o(
  'values with order by in parens then union',
  `(VALUES (2), (1) ORDER BY 1 LIMIT 1) UNION ALL VALUES (9) ORDER BY 1`,
);
o('nested parens select', `((SELECT num FROM t1 ORDER BY num DESC LIMIT 2)) ORDER BY num`);
o('union all of nested limits', `(SELECT 1 AS n LIMIT 1) UNION ALL (SELECT 2 LIMIT 0) ORDER BY n`);
o('select distinct on without order by', `SELECT DISTINCT ON (num) num FROM t1 ORDER BY num`);
o(
  'lateral keyword before values',
  `SELECT t1.num AS n, v.x AS x FROM t1, LATERAL (VALUES (t1.num * 2)) v(x) ORDER BY n`,
);
o('lateral keyword on plain table error', `SELECT 1 AS one FROM t1, LATERAL t2`);
o('only with star', `SELECT count(*) AS c FROM t1 *`);
o('table sample bernoulli 100', `SELECT count(*) AS c FROM t1 TABLESAMPLE BERNOULLI (100)`);
o('table sample system 0', `SELECT count(*) AS c FROM t1 TABLESAMPLE SYSTEM (0)`);
o('table sample repeatable', `SELECT count(*) AS c FROM t1 TABLESAMPLE BERNOULLI (100) REPEATABLE (1)`);

// a few more application-shaped edge cases
const AP = `CREATE TABLE orders (id int PRIMARY KEY, customer text, total numeric(10, 2), status text, created date);
INSERT INTO orders VALUES
 (1, 'ann', 10.00, 'paid', '2024-01-01'), (2, 'bob', 25.50, 'paid', '2024-01-02'),
 (3, 'ann', 5.25, 'open', '2024-01-02'), (4, 'cid', NULL, 'void', '2024-01-03'),
 (5, 'bob', 100.00, 'paid', '2024-02-01'), (6, 'ann', 7.75, 'paid', '2024-02-15');`;
const ap = (name: string, steps: ProbeStep[]) => list.add(`extra app: ${name}`, steps, AP);
ap('top customer by revenue', [
  `SELECT customer, sum(total) AS revenue FROM orders WHERE status = 'paid' GROUP BY customer ORDER BY revenue DESC LIMIT 1`,
]);
ap('monthly revenue with rollup', [
  `SELECT to_char(created, 'YYYY-MM') AS month, sum(total) AS revenue FROM orders GROUP BY ROLLUP (1) ORDER BY 1 NULLS LAST`,
]);
ap('latest order per customer distinct on', [
  `SELECT DISTINCT ON (customer) customer, id, created FROM orders ORDER BY customer, created DESC, id DESC`,
]);
ap('latest order per customer window', [
  `SELECT customer, id FROM (SELECT customer, id, row_number() OVER (PARTITION BY customer ORDER BY created DESC, id DESC) AS rn FROM orders) s WHERE rn = 1 ORDER BY customer`,
]);
ap('running total per customer', [
  `SELECT id, customer, sum(total) OVER (PARTITION BY customer ORDER BY created, id) AS running FROM orders ORDER BY id`,
]);
ap('count by status with filter', [
  `SELECT count(*) FILTER (WHERE status = 'paid') AS paid, count(*) FILTER (WHERE status = 'open') AS open, count(*) AS total FROM orders`,
]);
ap('avg numeric(10,2) scale', [`SELECT avg(total) AS a, sum(total) AS s FROM orders`]);
ap('numeric division scale', [`SELECT sum(total) / count(*) AS a FROM orders`]);
ap('percent of customer', [
  `SELECT customer, round(100 * sum(total) / sum(sum(total)) OVER (), 1) AS pct FROM orders GROUP BY customer ORDER BY customer`,
]);
ap('pagination page 2', [
  { sql: 'SELECT id FROM orders ORDER BY created DESC, id DESC LIMIT $1 OFFSET $2', params: [2, 2] },
]);
ap('search ilike param', [
  { sql: `SELECT id FROM orders WHERE customer ILIKE '%' || $1 || '%' ORDER BY id`, params: ['AN'] },
]);
ap('date range params', [
  {
    sql: 'SELECT id FROM orders WHERE created >= $1 AND created < $2 ORDER BY id',
    params: ['2024-01-02', '2024-02-01'],
  },
]);
ap('date range params Date objects', [
  {
    sql: 'SELECT id FROM orders WHERE created BETWEEN $1::date AND $2::date ORDER BY id',
    params: ['2024-01-01', '2024-01-02'],
  },
]);
ap('sum grouped by day with generate_series gaps', [
  `SELECT d::date AS day, coalesce(sum(o.total), 0) AS revenue FROM generate_series('2024-01-01'::timestamp, '2024-01-04', '1 day') d LEFT JOIN orders o ON o.created = d::date GROUP BY d ORDER BY d`,
]);
ap('json_agg report', [
  `SELECT customer, json_agg(json_build_object('id', id, 'total', total) ORDER BY id)::text AS orders FROM orders GROUP BY customer ORDER BY customer`,
]);
ap('exists for customers with open orders', [
  `SELECT DISTINCT customer FROM orders o WHERE EXISTS (SELECT 1 FROM orders p WHERE p.customer = o.customer AND p.status = 'open') ORDER BY customer`,
]);
ap('not in with null total', [
  `SELECT id FROM orders WHERE total NOT IN (SELECT total FROM orders WHERE status = 'void') ORDER BY id`,
]);
ap('median order value', [
  `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY total) AS median, percentile_disc(0.5) WITHIN GROUP (ORDER BY total) AS disc FROM orders`,
]);
ap('status counts as json object', [
  `SELECT json_object_agg(status, c ORDER BY status)::text AS j FROM (SELECT status, count(*) AS c FROM orders GROUP BY status) s`,
]);
ap('update returning with join in cte', [
  `WITH paid AS (UPDATE orders SET status = 'archived' WHERE status = 'paid' AND created < '2024-02-01' RETURNING id, customer) SELECT customer, count(*) AS c FROM paid GROUP BY customer ORDER BY customer`,
]);
ap('delete duplicates keep lowest id', [
  `DELETE FROM orders a USING orders b WHERE a.customer = b.customer AND a.id > b.id RETURNING a.id`,
]);
ap('upsert batch via unnest params', [
  `CREATE TABLE totals (customer text PRIMARY KEY, n int)`,
  {
    sql: 'INSERT INTO totals SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (customer) DO UPDATE SET n = totals.n + EXCLUDED.n RETURNING customer, n',
    params: [
      ['ann', 'bob'],
      [1, 2],
    ],
  },
  {
    sql: 'INSERT INTO totals SELECT * FROM unnest($1::text[], $2::int[]) ON CONFLICT (customer) DO UPDATE SET n = totals.n + EXCLUDED.n RETURNING customer, n',
    params: [['ann'], [5]],
  },
]);
ap('lag over month gap', [
  `SELECT m, revenue, revenue - lag(revenue) OVER (ORDER BY m) AS delta FROM (SELECT date_trunc('month', created)::date AS m, sum(total) AS revenue FROM orders GROUP BY 1) s ORDER BY m`,
]);
ap('cumulative distinct customers', [
  `SELECT created, count(DISTINCT customer) AS c FROM orders GROUP BY created ORDER BY created`,
]);
ap('grouping sets status and customer', [
  `SELECT customer, status, count(*) AS c FROM orders GROUP BY GROUPING SETS ((customer), (status)) ORDER BY customer NULLS LAST, status NULLS LAST`,
]);
ap('nth order per customer', [
  `SELECT customer, nth_value(id, 2) OVER (PARTITION BY customer ORDER BY id ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS second FROM orders GROUP BY customer, id ORDER BY customer, id`,
]);
ap('select for update skip locked', [
  `SELECT id FROM orders WHERE status = 'open' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
]);
ap('claim job update returning', [
  `UPDATE orders SET status = 'processing' WHERE id = (SELECT id FROM orders WHERE status = 'paid' ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING id, status`,
]);
ap('count over partition for duplicates', [
  `SELECT id FROM (SELECT id, count(*) OVER (PARTITION BY customer) AS c FROM orders) s WHERE c > 1 ORDER BY id`,
]);

export default list.cases;
