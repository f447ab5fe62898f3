import { defineGroup } from '../sql-case.js';

const SHOP = `
  CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, country text);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), total numeric(8, 2) NOT NULL, placed date NOT NULL);
  INSERT INTO customers VALUES (1, 'ada', 'FR'), (2, 'bob', 'IT'), (3, 'cy', NULL);
  INSERT INTO orders VALUES (10, 1, 20.00, '2024-01-05'), (11, 1, 5.50, '2024-02-01'), (12, 2, 9.99, '2024-01-20'), (13, NULL, 1.00, '2024-03-01');`;

/** Joins, subqueries, set operations, conditional expressions, pattern matching, VALUES and series. */
export const queryCases = defineGroup('queries', [
  {
    name: 'an inner join with USING',
    setup: `${SHOP} CREATE TABLE vip (customer_id int); INSERT INTO vip VALUES (1);`,
    steps: ['SELECT o.id, o.total FROM orders o JOIN vip USING (customer_id) ORDER BY o.id'],
  },
  {
    name: 'a LEFT JOIN keeps customers without orders with NULLs',
    setup: SHOP,
    steps: [
      'SELECT c.name, o.id AS order_id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id ORDER BY c.id, o.id',
    ],
  },
  {
    name: 'a FULL OUTER JOIN keeps both sides',
    setup: SHOP,
    steps: [
      'SELECT c.name, o.id FROM customers c FULL JOIN orders o ON o.customer_id = c.id ORDER BY o.id NULLS FIRST, c.name',
    ],
  },
  {
    name: 'a RIGHT JOIN keeps every order',
    setup: SHOP,
    steps: ['SELECT o.id, c.name FROM customers c RIGHT JOIN orders o ON o.customer_id = c.id ORDER BY o.id'],
  },
  {
    name: 'EXISTS with a correlated subquery',
    setup: SHOP,
    steps: [
      'SELECT name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) ORDER BY name',
    ],
  },
  {
    name: 'NOT EXISTS finds customers without orders',
    setup: SHOP,
    steps: [
      'SELECT name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)',
    ],
  },
  {
    name: 'NOT IN over a subquery containing NULL returns no rows',
    setup: SHOP,
    steps: ['SELECT name FROM customers WHERE id NOT IN (SELECT customer_id FROM orders)'],
  },
  {
    name: 'IN over a subquery',
    setup: SHOP,
    steps: [
      'SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE total > 6) ORDER BY name',
    ],
  },
  {
    name: 'a correlated scalar subquery in the select list',
    setup: SHOP,
    steps: [
      'SELECT name, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS n FROM customers c ORDER BY id',
    ],
  },
  {
    name: 'a LATERAL join picks the latest order per customer',
    setup: SHOP,
    steps: [
      'SELECT c.name, last.id FROM customers c LEFT JOIN LATERAL (SELECT id FROM orders o WHERE o.customer_id = c.id ORDER BY placed DESC LIMIT 1) last ON true ORDER BY c.id',
    ],
  },
  {
    name: 'a CROSS JOIN multiplies rows',
    steps: [
      'SELECT a.x, b.y FROM (VALUES (1), (2)) a(x) CROSS JOIN (VALUES (10), (20)) b(y) ORDER BY a.x, b.y',
    ],
  },
  {
    name: 'a self join on a parent column',
    setup: `CREATE TABLE staff (id int, boss int, name text);
            INSERT INTO staff VALUES (1, NULL, 'ceo'), (2, 1, 'cto'), (3, 2, 'dev');`,
    steps: ['SELECT s.name, b.name AS boss FROM staff s LEFT JOIN staff b ON b.id = s.boss ORDER BY s.id'],
  },
  {
    name: 'UNION removes duplicates and UNION ALL keeps them',
    steps: [
      'SELECT x FROM (VALUES (1), (2)) a(x) UNION SELECT x FROM (VALUES (2), (3)) b(x) ORDER BY x',
      'SELECT 1 AS x UNION ALL SELECT 1',
    ],
  },
  {
    name: 'INTERSECT and EXCEPT',
    setup: SHOP,
    steps: [
      'SELECT id FROM customers INTERSECT SELECT customer_id FROM orders ORDER BY 1',
      'SELECT id FROM customers EXCEPT SELECT customer_id FROM orders',
    ],
  },
  {
    name: 'CASE, COALESCE and NULLIF',
    setup: SHOP,
    steps: [
      "SELECT name, CASE WHEN country = 'FR' THEN 'eu-west' WHEN country IS NULL THEN 'unknown' ELSE 'eu' END AS region, coalesce(country, '--') AS c, nullif(country, 'IT') AS n FROM customers ORDER BY id",
    ],
  },
  {
    name: 'BETWEEN is inclusive on both ends',
    setup: SHOP,
    steps: ["SELECT id FROM orders WHERE placed BETWEEN '2024-01-05' AND '2024-02-01' ORDER BY id"],
  },
  {
    name: 'LIKE is case-sensitive and ILIKE is not',
    setup: SHOP,
    steps: [
      "SELECT name FROM customers WHERE name LIKE 'A%'",
      "SELECT name FROM customers WHERE name ILIKE 'A%'",
    ],
  },
  {
    name: 'LIKE with an escaped wildcard',
    steps: [
      "SELECT '50%' LIKE '50\\%' AS escaped, '50x' LIKE '50\\%' AS not_escaped, 'a_c' LIKE 'a\\_c' AS underscore",
    ],
  },
  {
    name: 'a LIKE pattern built from a parameter',
    setup: SHOP,
    steps: [
      { sql: "SELECT name FROM customers WHERE name LIKE '%' || $1 || '%' ORDER BY name", params: ['o'] },
    ],
  },
  {
    name: 'POSIX regular expression matches ~ and ~*',
    steps: ["SELECT 'abc123' ~ '^[a-z]+[0-9]+$' AS a, 'ABC' ~* 'abc' AS b, 'abc' !~ 'x' AS c"],
  },
  {
    name: 'SELECT DISTINCT removes duplicate rows',
    setup: SHOP,
    steps: ['SELECT DISTINCT customer_id FROM orders WHERE customer_id IS NOT NULL ORDER BY customer_id'],
  },
  {
    name: 'a VALUES list as a table with column aliases',
    steps: ["SELECT id, label FROM (VALUES (1, 'a'), (2, 'b')) AS v(id, label) ORDER BY id DESC"],
  },
  {
    name: 'generate_series over integers and over days',
    steps: [
      'SELECT generate_series(1, 3) AS n',
      "SELECT d::date AS day FROM generate_series('2024-01-30'::date, '2024-02-02'::date, interval '1 day') AS d",
    ],
  },
  {
    name: 'a row comparison for keyset pagination',
    setup: SHOP,
    steps: [
      {
        sql: 'SELECT id FROM orders WHERE (placed, id) > ($1::date, $2::int) ORDER BY placed, id',
        params: ['2024-01-20', 12],
      },
    ],
  },
  {
    name: 'a derived table in FROM with an aggregate',
    setup: SHOP,
    steps: [
      'SELECT max(t.s) AS best FROM (SELECT customer_id, sum(total) AS s FROM orders GROUP BY customer_id) t',
    ],
  },
  {
    name: 'a join on a boolean expression with OR',
    setup: SHOP,
    steps: [
      'SELECT c.name, o.id FROM customers c JOIN orders o ON o.customer_id = c.id OR (c.country IS NULL AND o.customer_id IS NULL) ORDER BY o.id',
    ],
  },
  {
    name: 'WHERE on a NULL comparison filters the row out',
    setup: SHOP,
    steps: ["SELECT name FROM customers WHERE country <> 'FR' ORDER BY name"],
  },
  {
    name: 'a chain of UNION then UNION ALL reads left to right: the last branch keeps its duplicate',
    steps: [
      'SELECT 1 AS x UNION SELECT 1 UNION ALL SELECT 1',
      'SELECT 1 AS x UNION ALL SELECT 1 UNION SELECT 1',
    ],
  },
  {
    name: 'an uncorrelated scalar subquery with an aggregate, in the select list of a query without one',
    setup: SHOP,
    steps: [
      'SELECT id, (SELECT max(total) FROM orders) AS top FROM orders ORDER BY id',
      'SELECT count(*) AS n, (SELECT max(id) FROM customers) AS m FROM orders',
      'SELECT (SELECT id FROM orders WHERE id > 100) AS nothing',
    ],
  },
  {
    name: 'a scalar subquery in the select list returning two rows is 21000',
    setup: SHOP,
    steps: ['SELECT id, (SELECT id FROM customers) AS x FROM orders'],
  },
  {
    name: 'IN over a list with a NULL, or of a NULL, is NULL when nothing matches; NOT IN keeps no NULL row',
    setup: SHOP,
    steps: [
      'SELECT 1 IN (1, NULL) AS a, 3 IN (1, NULL) AS b, NULL::int IN (1, 2) AS c, NULL::int NOT IN (1, 2) AS d',
      "SELECT name FROM customers WHERE country NOT IN ('FR') ORDER BY name",
      "SELECT name FROM customers WHERE NOT (country IN ('FR', 'IT')) ORDER BY name",
      'SELECT id FROM orders WHERE customer_id NOT IN (1, NULL) ORDER BY id',
      { sql: 'SELECT name FROM customers WHERE country = ANY($1) ORDER BY name', params: [['FR', null]] },
    ],
  },
  {
    name: 'AND and OR have three values: NULL OR false is NULL, NULL AND false is false, and NOT shows it',
    setup: `CREATE TABLE flags (id int PRIMARY KEY, a boolean, b boolean, n int);
            INSERT INTO flags VALUES (1, NULL, false, NULL), (2, true, NULL, 5), (3, false, NULL, 1),
                                     (4, NULL, NULL, NULL), (5, true, true, 9), (6, false, false, 0);`,
    steps: [
      'SELECT (NULL::bool OR false) AS a, (NULL::bool AND false) AS b, (false OR NULL::bool) AS c, (true AND NULL::bool) AS d',
      'SELECT id, a OR b AS either, a AND b AS each_one, NOT (a OR b) AS neither FROM flags ORDER BY id',
      'SELECT id FROM flags WHERE NOT (a OR b) ORDER BY id',
      'SELECT id FROM flags WHERE NOT (a AND b) ORDER BY id',
      'SELECT id FROM flags WHERE NOT (n > 3 AND id = 99) ORDER BY id',
      'SELECT id, (a OR b) AND (n > 1 OR n IS NULL) AS z FROM flags ORDER BY id',
    ],
  },
  {
    name: 'IN lists holding a NULL, and NOT (x IN (subquery)) over a NULL, as values and as filters',
    setup: `CREATE TABLE flags (id int PRIMARY KEY, n int);
            INSERT INTO flags VALUES (1, NULL), (2, 5), (3, 1), (4, 9);`,
    steps: [
      'SELECT 4 IN (NULL, 1, 2) AS a, 1 NOT IN (NULL, 1) AS b, 1 IN (NULL, 1) AS c, 3 NOT IN (NULL, 1) AS d',
      'SELECT id, n IN (1, NULL, 5) AS i, n NOT IN (1, NULL) AS ni, n IN (id, 5) AS p FROM flags ORDER BY id',
      'SELECT id FROM flags WHERE NOT (id IN (SELECT n FROM flags)) ORDER BY id',
      'SELECT id, id IN (SELECT n FROM flags) AS has FROM flags ORDER BY id',
    ],
  },
  {
    name: 'a subquery in FROM without an alias is a syntax error',
    steps: ['SELECT * FROM (SELECT 1 AS a) WHERE a = 1'],
  },
  {
    name: 'a VALUES list in FROM without an alias is a syntax error',
    steps: ['SELECT * FROM (VALUES (1), (2))'],
  },
  {
    name: 'a joined or LATERAL subquery without an alias is a syntax error',
    setup:
      "CREATE TABLE items (id int PRIMARY KEY, name text, qty int); INSERT INTO items VALUES (1, 'a', 10), (2, 'b', 20)",
    steps: [
      'SELECT * FROM items JOIN (SELECT 1 AS id) ON true',
      'SELECT * FROM items CROSS JOIN LATERAL (SELECT items.qty * 2 AS d)',
    ],
  },
  {
    name: 'a WHERE guard keeps a division from running on the rows it excludes, written first or last',
    setup:
      'CREATE TABLE g (id int PRIMARY KEY, qty int, total int); INSERT INTO g VALUES (1, 0, 10), (2, 2, 4)',
    steps: [
      'SELECT id FROM g WHERE qty <> 0 AND total / qty = 2',
      'SELECT id FROM g WHERE total / qty = 2 AND qty <> 0',
      'SELECT id FROM g WHERE qty = 0 OR total / qty = 2 ORDER BY id',
    ],
  },
  {
    name: 'varchar columns of different lengths compare and join as text',
    setup:
      "CREATE TABLE m (v varchar(2), w varchar(5)); INSERT INTO m VALUES ('ab', 'abcde'), ('ab', 'ab'); CREATE TABLE n (y varchar(3)); INSERT INTO n VALUES ('ab')",
    steps: [
      'SELECT count(*) FROM m WHERE w = v',
      'SELECT count(*) FROM m JOIN n ON n.y = m.w',
      "SELECT CASE v WHEN w THEN 'same' ELSE 'diff' END AS a, v = ANY(ARRAY[w]) AS b FROM m ORDER BY w",
    ],
  },
  {
    name: 'parenthesized set operation branches keep their own ORDER BY and LIMIT',
    setup: 'CREATE TABLE t (id int); INSERT INTO t VALUES (1), (2), (3), (4)',
    steps: ['(SELECT id FROM t ORDER BY id LIMIT 1) UNION ALL (SELECT id FROM t ORDER BY id DESC LIMIT 1)'],
  },
  {
    name: 'a CROSS JOIN pairs every row with every row, and takes later joins',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, g text); INSERT INTO t VALUES (1, 'a'), (2, 'b'); CREATE TABLE u (id int PRIMARY KEY); INSERT INTO u VALUES (1), (3)",
    steps: ['SELECT * FROM t CROSS JOIN u LEFT JOIN u v ON v.id = t.id + u.id ORDER BY t.id, u.id'],
  },
  {
    name: 'quoted prepared statement, cursor and temporary table names stay with their connection',
    steps: [
      'PREPARE "Find" AS SELECT 1 AS v',
      'CREATE TEMP TABLE "Staging" (x int)',
      'BEGIN',
      'DECLARE "Rows" CURSOR WITH HOLD FOR SELECT 2 AS v',
      'COMMIT',
      {
        sql: 'EXECUTE "Find"',
        client: 'second',
      },
      {
        sql: 'SELECT * FROM "Staging"',
        client: 'second',
      },
      {
        sql: 'FETCH 1 FROM "Rows"',
        client: 'second',
      },
      'EXECUTE "Find"',
      'FETCH 1 FROM "Rows"',
    ],
  },
  {
    name: 'pg_prepared_statements and pg_cursors list only the connection’s own',
    steps: [
      'PREPARE mine AS SELECT 1',
      {
        sql: 'SELECT count(*) AS n FROM pg_prepared_statements',
        client: 'second',
      },
      'SELECT count(*) AS n FROM pg_prepared_statements',
    ],
  },
  {
    name: 'pg_listening_channels lists only the connection’s own channels',
    steps: [
      'LISTEN jobs',
      {
        sql: 'SELECT pg_listening_channels() AS c',
        client: 'second',
      },
      'SELECT pg_listening_channels() AS c',
    ],
  },
  {
    name: 'an unaliased TRUE or FALSE is named ?column?, a cast to bool is named bool',
    steps: [{ sql: 'SELECT true, false, true::bool, 1, NULL', rowMode: 'array' }],
  },
  {
    name: 'a CASE takes the name of an ELSE that has one, else case',
    setup: 'CREATE TABLE t (id int, a int, e bigint); INSERT INTO t VALUES (1, 3, 10), (2, 1, 20)',
    steps: [
      {
        sql: 'SELECT CASE WHEN a > 2 THEN a ELSE e END, CASE WHEN a > 2 THEN a ELSE 0 END, (CASE WHEN a > 2 THEN a ELSE id END)::text FROM t ORDER BY id',
        rowMode: 'array',
      },
    ],
  },
  {
    name: 'one parameter that must take two types fails with 42P08; a use after its type is fixed reads it typed',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, label text, big bigint)',
    steps: [
      { sql: 'INSERT INTO t (id, label) VALUES ($1, $1)', params: ['7'] },
      {
        sql: 'INSERT INTO t (id, label) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET big = $1',
        params: ['1', 'x'],
      },
      { sql: 'SELECT * FROM (VALUES ($1::int, $1)) v(a, b)', params: ['4'] },
      { sql: 'SELECT $1 FROM t WHERE id = $1', params: ['1'] },
      { sql: 'SELECT $1, $1::int', params: ['1'] },
      { sql: 'SELECT $1::int AS x, $1 AS y', params: ['5'] },
      { sql: 'SELECT id FROM t WHERE id = $1 AND big = $1', params: ['5'] },
    ],
  },
  {
    name: 'A UNION ALL (B ORDER BY ... LIMIT 1) limits B alone',
    setup: 'CREATE TABLE t (a int); INSERT INTO t VALUES (3), (1), (2)',
    steps: [
      'SELECT a FROM t WHERE a = 3 UNION ALL (SELECT a FROM t ORDER BY a LIMIT 1)',
      'SELECT 9 AS a UNION ALL (SELECT a FROM t ORDER BY a DESC LIMIT 2)',
    ],
  },
  {
    name: 'a one-row VALUES in FROM computes a column only where the query reads it',
    steps: [
      'SELECT count(*) AS n FROM (VALUES (1/0)) v(x)',
      'SELECT x FROM (VALUES (1, 1/0)) v(x, y)',
      'SELECT x FROM (SELECT 1 AS x, 1/0 AS y) s',
      'SELECT x FROM (VALUES (1/0)) v(x) WHERE false',
      'SELECT count(*) AS n FROM (VALUES (1/0), (2)) v(x)',
    ],
  },
  {
    name: "joins of the manual's t1 and t2: inner, left with a filter in ON and in WHERE, and anti-join",
    setup:
      "CREATE TABLE t1 (num int, name text); CREATE TABLE t2 (num int, value text); INSERT INTO t1 VALUES (1, 'a'), (2, 'b'), (3, 'c'); INSERT INTO t2 VALUES (1, 'xxx'), (3, 'yyy'), (5, 'zzz')",
    steps: [
      'SELECT * FROM t1 INNER JOIN t2 ON t1.num = t2.num ORDER BY 1',
      "SELECT * FROM t1 LEFT JOIN t2 ON t1.num = t2.num AND t2.value = 'xxx' ORDER BY t1.num",
      "SELECT * FROM t1 LEFT JOIN t2 ON t1.num = t2.num WHERE t2.value = 'xxx'",
      'SELECT a.name FROM t1 a LEFT JOIN t2 b ON a.num = b.num WHERE b.num IS NULL ORDER BY 1',
    ],
  },
  {
    name: 'row comparisons compare the first pair that differs, as keyset pagination uses them',
    setup:
      "CREATE TABLE r (id int PRIMARY KEY, a int, b text); INSERT INTO r VALUES (1, 1, 'x'), (2, 1, 'y'), (3, 2, NULL), (4, NULL, 'x'), (5, 2, 'a')",
    steps: [
      { sql: 'SELECT id FROM r WHERE (a, b) > ($1, $2) ORDER BY a, b, id', params: [1, 'x'] },
      {
        sql: 'SELECT id, (a, b) < ($1, $2) AS lt, (a, b) >= ($1, $2) AS ge, (a, b) = ($1, $2) AS eq, (a, b) <> ($1, $2) AS ne FROM r ORDER BY id',
        params: [2, 'b'],
      },
      "SELECT id FROM r WHERE (a, b) IN ((1, 'x'), (2, NULL), (2, 'a')) ORDER BY id",
      "SELECT id, (a, b) NOT IN ((1, 'x'), (2, 'a')) AS v FROM r ORDER BY id",
      "SELECT id FROM r WHERE (a, b) = (1, 'x', 3)",
    ],
  },
  {
    name: 'LIKE and ILIKE read a backslash as the escape of the character after it',
    setup:
      "CREATE TABLE l (id int PRIMARY KEY, s text); INSERT INTO l VALUES (1, '100%'), (2, '100x'), (3, 'a_b'), (4, 'axb'), (5, 'back\\slash'), (6, 'A_B')",
    steps: [
      { sql: 'SELECT id FROM l WHERE s LIKE $1 ORDER BY id', params: ['%\\%'] },
      { sql: 'SELECT id FROM l WHERE s ILIKE $1 ORDER BY id', params: ['a\\_b'] },
      { sql: 'SELECT id FROM l WHERE s LIKE $1 ORDER BY id', params: ['%\\\\%'] },
      { sql: 'SELECT id FROM l WHERE s NOT LIKE $1 ORDER BY id', params: ['%\\_%'] },
    ],
  },
  {
    name: 'array @>, <@ and && ignore duplicates and never match a NULL element',
    setup:
      "CREATE TABLE a (id int PRIMARY KEY, t text[], i int[]); INSERT INTO a VALUES (1, '{red,blue}', '{1,2,2}'), (2, '{blue}', '{3}'), (3, NULL, NULL), (4, '{}', '{}'), (5, ARRAY['red', NULL::text], ARRAY[1, NULL::int])",
    steps: [
      {
        sql: 'SELECT id, t @> $1 AS has, t <@ $2 AS inside, t && $3 AS shares FROM a ORDER BY id',
        params: [['red'], ['red', 'blue'], ['blue', 'x']],
      },
      'SELECT id, i @> ARRAY[2, 2, 1] AS has, i && ARRAY[1, 5] AS shares, t @> ARRAY[NULL::text] AS has_null FROM a ORDER BY id',
      { sql: 'SELECT id FROM a WHERE t @> ARRAY[$1]::text[] ORDER BY id', params: ['red'] },
    ],
  },
  {
    name: 'EXISTS over rows linked to the outer row is false, never NULL, for a NULL key',
    setup:
      'CREATE TABLE u (id int PRIMARY KEY, k int); CREATE TABLE p (id int PRIMARY KEY, uid int, pub boolean); INSERT INTO u VALUES (1, 1), (2, NULL), (3, 3), (4, 99); INSERT INTO p VALUES (1, 1, true), (2, 1, false), (3, 2, true), (4, NULL, false), (5, 3, NULL)',
    steps: [
      'SELECT id FROM u WHERE EXISTS (SELECT 1 FROM p WHERE p.uid = u.id) ORDER BY id',
      {
        sql: 'SELECT "t0"."id" FROM u AS "t0" WHERE NOT EXISTS (SELECT "t1"."id" FROM p AS "t1" WHERE "t1"."uid" = "t0"."id" AND "t1"."pub" = $1) ORDER BY "t0"."id"',
        params: [true],
      },
      'SELECT id, EXISTS (SELECT 1 FROM p WHERE p.uid = u.k) AS has, NOT EXISTS (SELECT * FROM p WHERE u.k = p.uid LIMIT 1) AS none FROM u ORDER BY id',
      'DELETE FROM u WHERE NOT EXISTS (SELECT 1 FROM p WHERE p.uid = u.id) RETURNING id',
    ],
  },
  {
    name: 'jsonb ?, ?| and ?& find top-level keys and string elements, skipping NULL keys',
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES (1, \'{"a": 1, "b": null}\'), (2, \'["a", "c", 1]\'), (3, \'"a"\'), (4, \'null\'), (5, NULL), (6, \'{"c": {"a": 1}}\'), (7, \'1\')',
    steps: [
      { sql: 'SELECT id, d ? $1 AS has_a, d ? $2 AS has_one FROM j ORDER BY id', params: ['a', '1'] },
      {
        sql: 'SELECT id, d ?| $1 AS has_any, d ?& $2 AS has_all FROM j ORDER BY id',
        params: [
          ['c', 'zz'],
          ['a', 'b'],
        ],
      },
      "SELECT id, d ?& array['a', NULL] AS has_a, d ?| array[NULL, 'c'] AS has_c, d ?& '{}'::text[] AS has_none FROM j ORDER BY id",
    ],
  },
  {
    name: 'jsonb #>> walks keys and array indexes, NULL where the path finds nothing or a JSON null',
    setup:
      'CREATE TABLE j (id int PRIMARY KEY, d jsonb); INSERT INTO j VALUES (1, \'{"a": {"b": [10, "x", {"c": true}]}, "n": null, "s": "str"}\'), (2, \'[1, [2, 3], "z"]\'), (3, \'"a"\'), (4, NULL)',
    steps: [
      "SELECT id, d #>> '{a,b,1}' AS x, d #>> '{a,b,2}' AS obj, d #>> '{n}' AS json_null, d #>> '{1,0}' AS nested FROM j ORDER BY id",
      { sql: 'SELECT id FROM j WHERE d #>> $1 = $2 ORDER BY id', params: ['{a,b,1}', 'x'] },
      "SELECT id, d #>> '{a,b,x}' AS not_index, d #>> '{a,b,99}' AS past_end, d #>> '{s,x}' AS through_scalar, d #>> ARRAY['a', NULL] AS null_step FROM j ORDER BY id",
    ],
  },
  {
    name: 'a scalar subquery of two rows fails only where its value is read',
    setup: 'CREATE TABLE t (id int, x int); INSERT INTO t VALUES (1, 10), (2, 20)',
    steps: [
      'SELECT (SELECT x FROM t) AS v FROM t WHERE id = 99',
      'SELECT CASE WHEN id > 5 THEN (SELECT x FROM t) ELSE 0 END AS v FROM t ORDER BY id',
      'SELECT id, (SELECT x FROM t) AS v FROM t ORDER BY id',
    ],
  },
  {
    name: 'ORDER BY a name two outputs compute alike is not ambiguous',
    setup: 'CREATE TABLE t (x int, g int); INSERT INTO t VALUES (2, 1), (1, 2)',
    steps: ['SELECT t.x, x, t.g FROM t ORDER BY x', 'SELECT x, x + 0 AS x FROM t ORDER BY x'],
  },
  {
    name: 'an untyped value BETWEEN typed bounds takes their type',
    steps: [{ sql: 'SELECT $1 BETWEEN 1 AND 10 AS b', params: ['5'] }, `SELECT '20' BETWEEN 1 AND 10 AS b`],
  },
  {
    name: 'a pulled-up one-row subquery folds its constants: a division by zero raises whatever drops the row',
    steps: ['SELECT * FROM (VALUES (1, 0)) v(a, b) WHERE a / b = 1 AND false'],
  },
  {
    name: 'a sequence call in ORDER BY runs once per row',
    setup: 'CREATE SEQUENCE s; CREATE TABLE r (v int); INSERT INTO r VALUES (3), (1), (2)',
    steps: [`SELECT v FROM r ORDER BY nextval('s') DESC`],
  },
  {
    name: 'a filter on a DISTINCT subquery keeps one row per value, over an indexed column',
    setup:
      "\n  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, city text);\n  CREATE INDEX ON customers (city);\n  INSERT INTO customers VALUES (1, 'a@x', 'Rome'), (2, NULL, 'Rome'), (3, NULL, NULL), (4, 'b@x', 'Oslo'), (5, 'c@x', NULL), (6, 'd@x', 'Rome');\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), status text);\n  CREATE INDEX ON orders (customer_id);\n  CREATE INDEX ON orders (status);\n  INSERT INTO orders VALUES (1, 1, 'paid'), (2, 1, 'open'), (3, 4, NULL), (4, 5, 'paid'), (5, 6, NULL), (6, NULL, 'open');",
    steps: [
      "SELECT * FROM (SELECT DISTINCT city FROM customers) d WHERE d.city = 'Rome'",
      'WITH d AS (SELECT DISTINCT email FROM customers) SELECT * FROM d WHERE email IS NULL',
    ],
  },
  {
    name: '<> and NOT IN of one value over an indexed column keep no row whose column is NULL',
    setup:
      "\n  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, city text);\n  CREATE INDEX ON customers (city);\n  INSERT INTO customers VALUES (1, 'a@x', 'Rome'), (2, NULL, 'Rome'), (3, NULL, NULL), (4, 'b@x', 'Oslo'), (5, 'c@x', NULL), (6, 'd@x', 'Rome');\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), status text);\n  CREATE INDEX ON orders (customer_id);\n  CREATE INDEX ON orders (status);\n  INSERT INTO orders VALUES (1, 1, 'paid'), (2, 1, 'open'), (3, 4, NULL), (4, 5, 'paid'), (5, 6, NULL), (6, NULL, 'open');",
    steps: [
      "SELECT id FROM orders WHERE status <> 'paid' ORDER BY id",
      "SELECT id FROM orders WHERE status NOT IN ('paid') ORDER BY id",
      'SELECT id FROM orders WHERE customer_id != 1 ORDER BY id',
      { sql: 'SELECT id FROM orders WHERE status <> $1 ORDER BY id', params: ['open'] },
    ],
  },
  {
    name: 'a comparison with the constant on the left of an indexed column keeps its bound',
    setup:
      "\n  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, city text);\n  CREATE INDEX ON customers (city);\n  INSERT INTO customers VALUES (1, 'a@x', 'Rome'), (2, NULL, 'Rome'), (3, NULL, NULL), (4, 'b@x', 'Oslo'), (5, 'c@x', NULL), (6, 'd@x', 'Rome');\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), status text);\n  CREATE INDEX ON orders (customer_id);\n  CREATE INDEX ON orders (status);\n  INSERT INTO orders VALUES (1, 1, 'paid'), (2, 1, 'open'), (3, 4, NULL), (4, 5, 'paid'), (5, 6, NULL), (6, NULL, 'open');",
    steps: [
      'SELECT id FROM customers WHERE 4 >= id ORDER BY id',
      'SELECT id FROM customers WHERE 4 > id ORDER BY id',
      'SELECT id FROM customers WHERE 4 <= id ORDER BY id',
      'SELECT id FROM customers WHERE 4 < id ORDER BY id',
      { sql: 'SELECT id FROM orders WHERE $1 <= customer_id ORDER BY id', params: [5] },
      'UPDATE customers SET city = NULL WHERE 2 >= id RETURNING id',
    ],
  },
  {
    name: 'NOT BETWEEN over an indexed column',
    setup:
      "\n  CREATE TABLE customers (id int PRIMARY KEY, email text UNIQUE, city text);\n  CREATE INDEX ON customers (city);\n  INSERT INTO customers VALUES (1, 'a@x', 'Rome'), (2, NULL, 'Rome'), (3, NULL, NULL), (4, 'b@x', 'Oslo'), (5, 'c@x', NULL), (6, 'd@x', 'Rome');\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers (id), status text);\n  CREATE INDEX ON orders (customer_id);\n  CREATE INDEX ON orders (status);\n  INSERT INTO orders VALUES (1, 1, 'paid'), (2, 1, 'open'), (3, 4, NULL), (4, 5, 'paid'), (5, 6, NULL), (6, NULL, 'open');",
    steps: [
      'SELECT id FROM customers WHERE id NOT BETWEEN 2 AND 4 ORDER BY id',
      'SELECT id FROM customers WHERE id NOT BETWEEN -1 AND 3 ORDER BY id',
    ],
  },
  {
    name: 'NOT BETWEEN with a NULL bound is true where the other bound already decides',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, si smallint, i int, bi bigint, tx text, u uuid, ia int[]); INSERT INTO t VALUES (1, 32767, 2147483647, 10, 'Hello', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{4,NULL,6}'), (2, NULL, NULL, NULL, NULL, NULL, NULL)",
    steps: [
      "SELECT id FROM t WHERE id NOT BETWEEN '7'::smallint AND NULL ORDER BY id",
      'SELECT id, id BETWEEN 2 AND NULL AS a, id NOT BETWEEN NULL AND 0 AS b FROM t ORDER BY id',
    ],
  },
  {
    name: 'timestamp subtraction of finite values beside an infinite one',
    setup:
      "CREATE TABLE spans (id int PRIMARY KEY, a timestamp, b timestamp); INSERT INTO spans VALUES (1, '2020-01-02', '2020-01-01'), (2, 'infinity', '2020-01-01')",
    steps: [
      'SELECT a - b AS d FROM spans WHERE id = 1',
      "SELECT '2020-01-02'::timestamp - '2020-01-01'::timestamp AS d",
      'SELECT a - b AS d FROM spans ORDER BY id',
    ],
  },
  {
    name: 'IS DISTINCT FROM and IS NOT DISTINCT FROM compare NULL as a value, with the result name ?column?',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT id, org_id IS DISTINCT FROM 1, org_id IS NOT DISTINCT FROM NULL AS none, name IS DISTINCT FROM email AS renamed FROM accounts ORDER BY id',
    ],
  },
  {
    name: 'IS DISTINCT FROM binds looser than = and tighter than NOT; after another IS test it is a syntax error',
    setup:
      "\n  CREATE TABLE accounts (id int PRIMARY KEY, email text NOT NULL, name varchar(40), active boolean, verified boolean NOT NULL DEFAULT false, balance numeric(10,2), org_id int);\n  INSERT INTO accounts VALUES\n    (1, 'a@x.io', 'Ann', true, true, 10.50, 1),\n    (2, 'b@x.io', NULL, false, false, NULL, 1),\n    (3, 'c@x.io', 'Cy', NULL, true, 3.25, 2),\n    (4, 'd@x.io', 'Di', true, false, 7.00, NULL),\n    (5, 'e@x.io', 'ann', false, true, 0.00, 2);",
    steps: [
      'SELECT NOT org_id IS DISTINCT FROM 1 AS a, org_id = 1 IS DISTINCT FROM true AS b, org_id IS NULL IS DISTINCT FROM active AS c FROM accounts WHERE id = 4',
      'SELECT org_id IS DISTINCT FROM 1 IS NULL FROM accounts',
    ],
  },
  {
    name: 'limit without order via index',
    setup: "CREATE TABLE t (id int PRIMARY KEY, s text); INSERT INTO t VALUES (3, 'c'), (1, 'a'), (2, 'b');",
    steps: ['SELECT id FROM t WHERE id IN (2, 3, 1) LIMIT 1', 'SELECT id FROM t WHERE id > 1 LIMIT 1'],
  },
  {
    name: 'like underscore and percent',
    steps: ["SELECT 'abc' LIKE 'a_c' AS a, 'abc' LIKE 'a%' AS b, 'abc' LIKE 'b%' AS c, 'a' LIKE '_' AS d"],
  },
  {
    name: 'like operator tilde forms',
    steps: ["SELECT 'abc' ~~ 'a%' AS a, 'abc' ~~* 'A%' AS b, 'abc' !~~ 'a%' AS c"],
  },
  {
    name: 'like concat pattern with param',
    setup: "CREATE TABLE lk (name text); INSERT INTO lk VALUES ('Ann'), ('Dan'), ('Bob'), ('anna');",
    steps: [{ sql: "SELECT name FROM lk WHERE name LIKE '%' || $1 || '%' ORDER BY name", params: ['n'] }],
  },
  {
    name: 'is distinct from',
    steps: [
      'SELECT NULL IS DISTINCT FROM NULL AS a, 1 IS DISTINCT FROM NULL AS b, 1 IS NOT DISTINCT FROM 1 AS c',
    ],
  },
  {
    name: 'where filters null comparisons',
    setup: 'CREATE TABLE bn (n int); INSERT INTO bn VALUES (1), (2), (NULL);',
    steps: ['SELECT n FROM bn WHERE NOT (n > 1) ORDER BY n'],
  },
  {
    name: 'in list mixed types',
    steps: ["SELECT 1 IN (1.0, 2) AS a, '1' IN ('1', '2') AS b, 1 IN ('1', '2') AS c"],
  },
  {
    name: 'any with array param text ints',
    setup: 'CREATE TABLE a (n int); INSERT INTO a VALUES (1),(2),(3);',
    steps: [{ sql: 'SELECT n FROM a WHERE n = ANY($1::int[]) ORDER BY n', params: ['{2,3}'] }],
  },
  { name: 'any empty array', steps: ["SELECT 1 = ANY('{}'::int[]) AS a, 1 = ALL('{}'::int[]) AS b"] },
  {
    name: 'not exists correlated',
    setup:
      'CREATE TABLE a (n int); CREATE TABLE b (n int); INSERT INTO a VALUES (1),(2),(3),(NULL); INSERT INTO b VALUES (2),(NULL);',
    steps: ['SELECT a.n FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.n = a.n) ORDER BY 1'],
  },
  {
    name: 'scalar subquery more than one row error',
    setup: 'CREATE TABLE b (n int); INSERT INTO b VALUES (1),(2);',
    steps: ['SELECT (SELECT n FROM b) AS v'],
  },
  {
    name: 'row comparison keyset pagination',
    setup: 'CREATE TABLE k (a int, b int); INSERT INTO k VALUES (1,1),(1,2),(1,3),(2,0),(0,9);',
    steps: ['SELECT a, b FROM k WHERE (a, b) > (1, 2) ORDER BY a, b'],
  },
  {
    name: 'left join is null anti join',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: [
      'SELECT c.name FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.id IS NULL ORDER BY c.name',
    ],
  },
  {
    name: 'cross join count',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ['SELECT count(*) AS n FROM customers CROSS JOIN orders'],
  },
  {
    name: 'join on null keys do not match',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ['SELECT count(*) AS n FROM customers a JOIN customers b ON a.city = b.city'],
  },
  {
    name: 'in subquery with join',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: [
      "SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders WHERE status = 'open') ORDER BY name",
    ],
  },
  {
    name: 'where column equals null',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ['SELECT name FROM customers WHERE city = NULL', 'SELECT name FROM customers WHERE city IS NULL'],
  },
  {
    name: 'or with nulls filter',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ["SELECT id FROM orders WHERE status = 'open' OR total > 50 ORDER BY id"],
  },
  {
    name: 'order by column not selected',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ['SELECT name FROM customers ORDER BY city NULLS FIRST, id'],
  },
  {
    name: 'offset beyond end',
    setup:
      "CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, city text, vip boolean DEFAULT false);\nCREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric(10,2), status text, placed date);\nINSERT INTO customers VALUES (1, 'Ann', 'Oslo', true), (2, 'Bob', NULL, false), (3, 'Cid', 'Rome', false), (4, 'Dee', 'Oslo', NULL);\nINSERT INTO orders VALUES (10, 1, 100.00, 'paid', '2024-01-05'), (11, 1, 25.50, 'open', '2024-02-01'), (12, 2, 7.25, 'paid', '2024-02-03'), (13, NULL, 1.00, 'void', NULL), (14, 3, NULL, 'open', '2024-03-01');",
    steps: ['SELECT id FROM orders ORDER BY id OFFSET 10'],
  },
  {
    name: 'like underscore matches one astral char',
    steps: ["SELECT '😀' LIKE '_' AS a, '😀x' LIKE '__' AS b, '😀' LIKE '__' AS c"],
  },
  {
    name: 'semijoin 0: SELECT id FROM a WHERE id IN (SELECT aid FROM b) ORDER BY id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id FROM a WHERE id IN (SELECT aid FROM b) ORDER BY id'],
  },
  {
    name: 'semijoin 3: SELECT id FROM a WHERE NOT (id IN (SELECT aid FROM b WHERE aid IS NOT NULL)) ORDER BY id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id FROM a WHERE NOT (id IN (SELECT aid FROM b WHERE aid IS NOT NULL)) ORDER BY id'],
  },
  {
    name: 'semijoin 9: SELECT id, EXISTS (SELECT 1 FROM b WHERE b.aid = a.id) AS e FROM a ORDER BY id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id, EXISTS (SELECT 1 FROM b WHERE b.aid = a.id) AS e FROM a ORDER BY id'],
  },
  {
    name: 'semijoin 12: SELECT a.id, b.id AS bid FROM a JOIN b ON b.aid = a.id WHERE a.id IN (SELECT aid FROM b WH',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: [
      'SELECT a.id, b.id AS bid FROM a JOIN b ON b.aid = a.id WHERE a.id IN (SELECT aid FROM b WHERE v = 5) ORDER BY a.id, bid',
    ],
  },
  {
    name: 'semijoin 15: SELECT id FROM a WHERE id IN (SELECT DISTINCT aid FROM b ORDER BY aid LIMIT 1) ORDER BY id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id FROM a WHERE id IN (SELECT DISTINCT aid FROM b ORDER BY aid LIMIT 1) ORDER BY id'],
  },
  {
    name: 'semijoin 21: SELECT id FROM a WHERE id IN (SELECT id FROM a) ORDER BY id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id FROM a WHERE id IN (SELECT id FROM a) ORDER BY id'],
  },
  {
    name: 'semijoin 24: SELECT id FROM a WHERE id IN (1, (SELECT max(aid) FROM b WHERE aid < 5)) ORDER BY id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id FROM a WHERE id IN (1, (SELECT max(aid) FROM b WHERE aid < 5)) ORDER BY id'],
  },
  {
    name: 'semijoin 27: DELETE FROM a WHERE id IN (SELECT aid FROM b WHERE v > 5) RETURNING id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['DELETE FROM a WHERE id IN (SELECT aid FROM b WHERE v > 5) RETURNING id'],
  },
  {
    name: 'semijoin 33: SELECT id FROM a WHERE id IN (SELECT aid FROM b) ORDER BY id DESC LIMIT 1',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id FROM a WHERE id IN (SELECT aid FROM b) ORDER BY id DESC LIMIT 1'],
  },
  {
    name: 'semijoin 39: SELECT id FROM a WHERE EXISTS (SELECT NULL) ORDER BY id',
    setup:
      "CREATE TABLE a (id int, g int, s text); CREATE TABLE b (id int, aid int, v int); INSERT INTO a VALUES (1, 1, 'x'), (2, 1, NULL), (3, 2, 'y'), (NULL, 2, 'z'), (4, NULL, 'x'); INSERT INTO b VALUES (10, 1, 5), (11, 1, 6), (12, 3, NULL), (13, NULL, 7), (14, 9, 8);",
    steps: ['SELECT id FROM a WHERE EXISTS (SELECT NULL) ORDER BY id'],
  },
  {
    name: 'Set operations (PGlite round 13)',
    steps: [
      'SELECT 1 UNION SELECT 1 UNION ALL SELECT 1',
      'SELECT x FROM (VALUES (1), (2), (2)) v(x) INTERSECT ALL SELECT 2',
      'SELECT x FROM (VALUES (1), (2)) v(x) EXCEPT SELECT 2',
      "SELECT 1 UNION SELECT 'a'",
    ],
  },
  { name: 'Union column count mismatch (PGlite round 13)', steps: ['SELECT 1, 2 UNION SELECT 1'] },
  {
    name: 'Ambiguous column error (PGlite round 13)',
    steps: ['SELECT id FROM items a JOIN items b USING (sku)'],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  {
    name: 'Subquery returns more than one row (PGlite round 13)',
    steps: ['SELECT (SELECT sku FROM items)'],
    setup:
      "CREATE TABLE items (id serial PRIMARY KEY, sku text UNIQUE NOT NULL, qty int NOT NULL DEFAULT 0, price numeric(8,2), tags text[], updated_at timestamptz);\nINSERT INTO items (sku, qty, price, tags) VALUES ('a', 5, 1.50, '{x,y}'), ('b', 0, 2.00, '{}'), ('c', 12, NULL, NULL);",
  },
  { name: 'Scalar subquery more columns (PGlite round 13)', steps: ['SELECT (SELECT 1, 2)'] },
  {
    name: 'Exists in and not in nulls (PGlite round 13)',
    steps: [
      "SELECT 1 NOT IN (2, NULL), 1 IN (1, NULL), NULL IN (1), EXISTS (SELECT NULL), 2 = ANY('{1,NULL}'::int[]), 2 <> ALL('{1,NULL}'::int[])",
    ],
  },
  {
    name: 'Case and nullif coalesce types (PGlite round 13)',
    steps: ["SELECT CASE WHEN true THEN 1 ELSE 'a' END"],
  },
  {
    name: 'Case type resolution (PGlite round 13)',
    steps: [
      "SELECT CASE WHEN false THEN 1 ELSE 2.5 END, COALESCE(NULL, 1, 2.0), NULLIF(1, 1.0), GREATEST(1, 2.5, '3')",
    ],
  },
  {
    name: 'Row comparison (PGlite round 13)',
    steps: [
      "SELECT (1, 2) < (1, 3), (1, NULL) = (1, 2), ROW(1, 'a') IS DISTINCT FROM ROW(1, 'a'), (1, 2) IN ((1, 2), (3, 4))",
    ],
  },
  {
    name: 'Hstore like via json (PGlite round 13)',
    steps: ['SELECT json_object_keys(\'{"a":1,"b":2}\')', 'SELECT * FROM json_each(\'{"a":[1],"b":null}\')'],
  },
  {
    name: 'LIMIT, ORDER BY and FETCH where the grammar does not take them (round 16)',
    setup: 'CREATE TABLE a (n int); INSERT INTO a VALUES (1), (2), (3);',
    steps: [
      'SELECT n FROM a LIMIT 1 UNION SELECT 9',
      'SELECT n FROM a ORDER BY n UNION ALL SELECT 9',
      'SELECT n FROM a ORDER BY n LIMIT 1 FETCH FIRST 2 ROWS ONLY',
      'SELECT n FROM a ORDER BY n OFFSET 1 ROWS FETCH NEXT 1 ROW ONLY',
      '(SELECT n FROM a ORDER BY n LIMIT 1) UNION ALL (SELECT n FROM a ORDER BY n DESC LIMIT 1) ORDER BY 1',
    ],
  },
  {
    name: 'NOT IN over a subquery holding a null returns no rows while NOT EXISTS does (round 18)',
    setup:
      'CREATE TABLE u (id int); CREATE TABLE p (author_id int); INSERT INTO u VALUES (1), (2), (3); INSERT INTO p VALUES (1), (NULL);',
    steps: [
      'SELECT id FROM u WHERE id NOT IN (SELECT author_id FROM p)',
      'SELECT id FROM u WHERE NOT EXISTS (SELECT 1 FROM p WHERE p.author_id = u.id) ORDER BY id',
    ],
  },
  {
    name: 'LIKE with escaped percent and underscore and a custom ESCAPE (round 18)',
    setup: "CREATE TABLE t (s text); INSERT INTO t VALUES ('100% _sure_'), ('1000 sure'), ('eve_100%@x');",
    steps: [
      {
        sql: 'SELECT s FROM t WHERE s LIKE $1',
        params: ['100\\%%'],
      },
      {
        sql: 'SELECT s FROM t WHERE s LIKE $1',
        params: ['%\\_sure\\_%'],
      },
      {
        sql: "SELECT s FROM t WHERE s LIKE $1 ESCAPE '!'",
        params: ['%100!%%'],
      },
      {
        sql: 'SELECT s FROM t WHERE s LIKE $1',
        params: ['abc\\'],
      },
    ],
  },
  {
    name: 'DISTINCT ON picks the latest order per user with nulls as one group (round 18)',
    setup:
      "CREATE TABLE o (id int, user_id int, placed_at timestamptz); INSERT INTO o VALUES (1, 1, '2024-01-02'), (2, 1, '2024-02-01'), (3, 2, '2024-01-20'), (4, NULL, '2024-03-21'), (5, NULL, '2024-03-22');",
    steps: ['SELECT DISTINCT ON (user_id) user_id, id FROM o ORDER BY user_id, placed_at DESC'],
  },
  {
    name: 'a UNION branch with its own WITH in parentheses runs (round 18)',
    steps: ['SELECT 1 AS v UNION ALL (WITH c AS (SELECT 2) SELECT * FROM c) ORDER BY v'],
  },
  {
    name: 'a UNION in a subquery matches the branches by position, not by column name (round 18)',
    setup: 'CREATE TABLE a (id int, x int); INSERT INTO a VALUES (1, 10), (2, 20);',
    steps: [
      'SELECT * FROM (SELECT 1 AS a, 2 AS b UNION ALL SELECT 3, 4) s ORDER BY a',
      'SELECT b FROM (SELECT id AS a, x AS b FROM a UNION SELECT x, id FROM a) s ORDER BY 1',
    ],
  },
  {
    name: 'NOT IN over a subquery holding a NULL is never true; NOT EXISTS is (round 18)',
    setup:
      'CREATE TABLE a (id int); INSERT INTO a VALUES (1), (2), (3); CREATE TABLE b (id int); INSERT INTO b VALUES (1), (NULL);',
    steps: [
      'SELECT id, id NOT IN (SELECT id FROM b) AS ni FROM a ORDER BY id',
      'SELECT id FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.id = a.id) ORDER BY id',
    ],
  },
  {
    name: 'pg_stat_activity shows this connection as an active client backend (round 18)',
    steps: ['SELECT state, backend_type FROM pg_stat_activity WHERE pid = pg_backend_pid()'],
  },
  {
    name: 'a scroll cursor answers FETCH ABSOLUTE, RELATIVE, PRIOR and LAST (round 18)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e');",
    steps: [
      'BEGIN',
      'DECLARE c SCROLL CURSOR FOR SELECT id FROM t ORDER BY id',
      'FETCH NEXT FROM c',
      'FETCH PRIOR FROM c',
      'FETCH LAST FROM c',
      'FETCH ABSOLUTE 2 FROM c',
      'FETCH RELATIVE 2 FROM c',
      'FETCH ABSOLUTE -1 FROM c',
      'MOVE BACKWARD ALL IN c',
      'FETCH FORWARD 2 FROM c',
      'COMMIT',
    ],
  },
  {
    name: 'a WITH HOLD cursor outlives its commit but not its connection: the other one gets 34000 (round 18)',
    setup: "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t VALUES (1, 'a'), (2, 'b'), (3, 'c');",
    steps: [
      'BEGIN',
      'DECLARE c CURSOR WITH HOLD FOR SELECT id FROM t ORDER BY id',
      'FETCH 1 FROM c',
      'COMMIT',
      {
        sql: 'FETCH c',
        client: 'second',
      },
      'FETCH 2 FROM c',
    ],
  },
  {
    name: 'numbers: BETWEEN SYMMETRIC and IS DISTINCT FROM (round 19)',
    steps: [
      'SELECT 2 BETWEEN 3 AND 1 AS a, 2 BETWEEN SYMMETRIC 3 AND 1 AS b, NULL IS DISTINCT FROM NULL AS c, 1 IS DISTINCT FROM NULL AS d, NULL::boolean IS UNKNOWN AS e',
    ],
  },
  {
    name: 'numbers: num_nulls and num_nonnulls (round 19)',
    steps: [
      'SELECT num_nulls(1, NULL, 2) AS a, num_nonnulls(VARIADIC ARRAY[1, NULL, NULL]) AS b, num_nulls(VARIADIC NULL::int[]) AS c',
    ],
  },
  {
    name: 'composites NOT IN with a NULL in the subquery (round 19)',
    setup: 'CREATE TABLE t (a int, b int); INSERT INTO t VALUES (1, 1), (2, NULL), (NULL, 3)',
    steps: [
      'SELECT a FROM t WHERE a NOT IN (SELECT b FROM t) ORDER BY a',
      'SELECT a FROM t WHERE a NOT IN (SELECT b FROM t WHERE b IS NOT NULL) ORDER BY a',
    ],
  },
  {
    name: 'composites row subquery returning two rows is 21000 (round 19)',
    setup: 'CREATE TABLE t (a int, b int); INSERT INTO t VALUES (1, 1), (1, 2)',
    steps: ['SELECT (1, 1) = (SELECT a, b FROM t) AS x'],
  },
  {
    name: 'aggregates: set-returning functions of different lengths in the select list (round 19)',
    steps: [
      'SELECT generate_series(1, 3) AS a, generate_series(1, 2) AS b',
      'SELECT id, generate_series(1, id) AS n FROM (VALUES (0), (2)) v(id) ORDER BY 1, 2',
    ],
  },
  {
    name: 'aggregates: LATERAL top-n per row and LEFT JOIN LATERAL keeping empty arrays (round 19)',
    setup:
      "CREATE TABLE m (id int, tags text[], n int); INSERT INTO m VALUES (1, ARRAY['a','b'], 2), (2, '{}', 0), (3, NULL, 3);",
    steps: [
      'SELECT m.id, x.g FROM m CROSS JOIN LATERAL (SELECT g FROM generate_series(1, 5) g ORDER BY g DESC LIMIT m.n) x ORDER BY 1, 2',
      'SELECT m.id, t FROM m LEFT JOIN LATERAL unnest(m.tags) t ON true ORDER BY 1, 2',
    ],
  },
  {
    name: 'sysfuncs: @@ operand forms and phrase distance (round 19)',
    steps: [
      "SELECT to_tsvector('fat cats ate rats') @@ to_tsquery('cat & rat') AS a, 'fat cats ate rats' @@ 'cat & rat' AS b, 'a:1 b:2 c:3'::tsvector @@ 'a <-> !b'::tsquery AS c, to_tsvector('simple', 'fat x y rat') @@ to_tsquery('simple', 'fat <3> rat') AS d",
    ],
  },
  {
    name: 'schemabehaviour: inheritance ONLY and tableoid (round 19)',
    setup:
      "CREATE TABLE cities (name text, population int CHECK (population >= 0)); CREATE TABLE capitals (state char(2)) INHERITS (cities); INSERT INTO cities VALUES ('Las Vegas', 500); INSERT INTO capitals VALUES ('Madison', 1100, 'WI');",
    steps: [
      'SELECT c.tableoid::regclass, c.name FROM cities c ORDER BY name',
      'SELECT name FROM ONLY cities',
      "INSERT INTO capitals VALUES ('Bad', -1, 'XX')",
    ],
  },
  {
    name: 'privileges: column SELECT grants allow count(*) and the granted columns, not SELECT * (round 20)',
    setup:
      "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20); GRANT USAGE ON SCHEMA public TO PUBLIC; GRANT SELECT (a) ON t TO PUBLIC;",
    steps: [
      'SET ROLE pg_monitor',
      'SELECT count(*) FROM t',
      'SELECT a FROM t ORDER BY a',
      'SELECT * FROM t',
      'RESET ROLE',
    ],
  },
  {
    name: 'privileges: pg_read_all_data reads any table without grants, and cannot write (round 20)',
    setup: "CREATE TABLE t (a int, b text, c int); INSERT INTO t VALUES (1, 'x', 10), (2, 'y', 20);",
    steps: [
      'SET ROLE pg_read_all_data',
      'SELECT count(*) FROM t',
      "INSERT INTO t VALUES (3, 'z', 30)",
      'RESET ROLE',
    ],
  },
  {
    name: 'privileges: row security applies to pg_read_all_data (no policy: no rows); the owner bypasses it (round 20)',
    setup:
      "CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int); INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30); ALTER TABLE acc ENABLE ROW LEVEL SECURITY; GRANT ALL ON acc TO PUBLIC;",
    steps: [
      'SET ROLE pg_read_all_data',
      'SELECT count(*) FROM acc',
      'RESET ROLE',
      'SELECT count(*) FROM acc',
    ],
  },
  {
    name: 'privileges: permissive policies OR together, a restrictive one ANDs (round 20)',
    setup:
      "CREATE TABLE acc (id int PRIMARY KEY, owner text, amount int); INSERT INTO acc VALUES (1, 'alice', 10), (2, 'bob', 20), (3, 'alice', 30); ALTER TABLE acc ENABLE ROW LEVEL SECURITY; GRANT ALL ON acc TO PUBLIC; GRANT USAGE ON SCHEMA public TO PUBLIC; CREATE POLICY p1 ON acc USING (owner = 'alice'); CREATE POLICY p2 ON acc USING (amount = 20); CREATE POLICY r ON acc AS RESTRICTIVE USING (amount > 15);",
    steps: ['SET ROLE pg_monitor', 'SELECT id FROM acc ORDER BY id', 'RESET ROLE'],
  },
  {
    name: 'inheritance: SELECT from a parent includes child rows and ONLY excludes them (round 20)',
    setup:
      "CREATE TABLE cities (name text, elevation int); CREATE TABLE capitals (state char(2)) INHERITS (cities); INSERT INTO cities VALUES ('Las Vegas', 2174), ('Mariposa', 1953); INSERT INTO capitals VALUES ('Madison', 845, 'WI'), ('Denver', 5280, 'CO')",
    steps: [
      'SELECT tableoid::regclass AS src, name FROM cities WHERE elevation > 500 ORDER BY name',
      'SELECT name FROM ONLY cities WHERE elevation > 500 ORDER BY name',
    ],
  },
  {
    name: 'utility: VALUES and TABLE are queries of their own (round 20)',
    setup:
      "CREATE TABLE t (id int PRIMARY KEY, v text); INSERT INTO t SELECT g, 'v' || g FROM generate_series(1, 5) g",
    steps: ['VALUES (3, 1), (1, 2) ORDER BY column2 DESC', 'TABLE t ORDER BY id DESC LIMIT 2'],
  },
  {
    name: 'extensions: tablefunc crosstab with a categories query (round 21)',
    setup:
      "CREATE EXTENSION tablefunc; CREATE TABLE ct (rowid text, attribute text, value text); INSERT INTO ct VALUES ('test1','att1','val1'), ('test1','att2','val2'), ('test1','att3','val3'), ('test2','att1','val5'), ('test2','att3','val7'), ('test3','att2','val9')",
    steps: [
      "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM ct ORDER BY 1, 2') AS t(row_name text, c1 text, c2 text, c3 text) ORDER BY 1",
      "SELECT * FROM crosstab('SELECT rowid, attribute, value FROM ct ORDER BY 1', 'SELECT DISTINCT attribute FROM ct ORDER BY 1') AS t(row_name text, att1 text, att2 text, att3 text) ORDER BY 1",
    ],
  },
  {
    name: 'extensions: tablefunc connectby with branch and order column (round 21)',
    setup:
      "CREATE EXTENSION tablefunc; CREATE TABLE cb (keyid text, parent_keyid text, pos int); INSERT INTO cb VALUES ('row1', NULL, 0), ('row2', 'row1', 0), ('row3', 'row1', 0), ('row4', 'row2', 1), ('row5', 'row2', 0), ('row6', 'row4', 0)",
    steps: [
      "SELECT * FROM connectby('cb', 'keyid', 'parent_keyid', 'pos', 'row1', 0, '~') AS t(keyid text, parent_keyid text, level int, branch text, pos int)",
      "SELECT * FROM connectby('cb', 'keyid', 'parent_keyid', 'row2', 1) AS t(keyid text, parent_keyid text, level int)",
    ],
  },
  {
    name: 'extensions: TABLESAMPLE system_rows returns the requested count (round 21)',
    setup:
      'CREATE EXTENSION tsm_system_rows; CREATE TABLE sr (a int); INSERT INTO sr SELECT generate_series(1, 100)',
    steps: [
      'SELECT count(*) AS n FROM sr TABLESAMPLE system_rows(10)',
      'SELECT count(*) AS n FROM sr TABLESAMPLE system_rows(1000)',
      'SELECT count(*) AS n FROM sr TABLESAMPLE system_rows(-1)',
    ],
  },
  {
    name: 'conversion: a VALUES column of numeric and an untyped literal keeps each value scale (round 21)',
    steps: ["SELECT v, pg_typeof(v)::text AS t FROM (VALUES (4.5), ('7')) s(v)"],
  },
  {
    name: 'extending: a user operator binds tighter than + and is left-associative (round 21)',
    setup: 'CREATE OPERATOR @-@ (leftarg = int, rightarg = int, function = int4mi)',
    steps: ['SELECT 10 @-@ 3 @-@ 2 AS a, 2 + 3 @-@ 1 AS b, 2 * 3 @-@ 1 AS c'],
  },
  {
    name: 'subqueries: NOT IN over a subquery with a NULL is never true (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders) ORDER BY id',
      'SELECT id FROM customers WHERE id NOT IN (SELECT customer_id FROM orders WHERE customer_id IS NOT NULL) ORDER BY id',
      'SELECT 99 NOT IN (SELECT customer_id FROM orders) AS a, NULL::int NOT IN (SELECT customer_id FROM orders WHERE false) AS b',
    ],
  },
  {
    name: 'row comparisons: ROW IS NULL vs IS NOT NULL vs IS DISTINCT FROM with a NULL field (round 21)',
    steps: [
      'SELECT ROW(NULL, NULL) IS NULL AS a, ROW(1, NULL) IS NULL AS b, ROW(1, NULL) IS NOT NULL AS c, NOT (ROW(1, NULL) IS NULL) AS d, ROW(1, NULL) = ROW(1, NULL) AS e, ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL) AS f, ROW(1, NULL) < ROW(2, 0) AS g',
    ],
  },
  {
    name: 'row comparisons: a whole table row IS NULL only when every column is (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: ['SELECT c.id, c IS NULL AS all_null, c IS NOT NULL AS none_null FROM customers c ORDER BY c.id'],
  },
  {
    name: 'joins: USING merges its column first and FULL JOIN USING coalesces it (round 21)',
    setup:
      "\n  CREATE TABLE ta (k int, v text, a int); CREATE TABLE tb (k int, v text, b int);\n  INSERT INTO ta VALUES (1, 'x', 10), (2, 'y', 20), (NULL, 'z', 30);\n  INSERT INTO tb VALUES (1, 'x', 100), (2, 'q', 200), (3, 'r', 300), (NULL, 'z', 400);",
    steps: [
      'SELECT * FROM ta JOIN tb USING (k) ORDER BY k',
      'SELECT k, ta.k AS ak, tb.k AS bk FROM ta FULL JOIN tb USING (k) ORDER BY k NULLS FIRST, ak NULLS FIRST',
    ],
  },
  {
    name: 'joins: NATURAL LEFT JOIN joins on every common column (round 21)',
    setup:
      "\n  CREATE TABLE ta (k int, v text, a int); CREATE TABLE tb (k int, v text, b int);\n  INSERT INTO ta VALUES (1, 'x', 10), (2, 'y', 20), (NULL, 'z', 30);\n  INSERT INTO tb VALUES (1, 'x', 100), (2, 'q', 200), (3, 'r', 300), (NULL, 'z', 400);",
    steps: ['SELECT * FROM ta NATURAL LEFT JOIN tb ORDER BY a'],
  },
  {
    name: 'joins: a condition on the right table in ON keeps the left rows, in WHERE drops them (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      "SELECT c.id, o.id AS oid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND o.status = 'paid' ORDER BY c.id, oid",
      "SELECT c.id, o.id AS oid FROM customers c LEFT JOIN orders o ON o.customer_id = c.id WHERE o.status = 'paid' ORDER BY c.id, oid",
    ],
  },
  {
    name: 'reports: balance due per order from a LEFT JOIN of payments (round 21)',
    setup:
      "\n  CREATE TYPE order_status AS ENUM ('draft', 'placed', 'paid', 'shipped', 'cancelled');\n  CREATE TABLE customers (id int PRIMARY KEY, email text NOT NULL UNIQUE, name text, tier text, tags text[], referred_by int);\n  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), status order_status NOT NULL,\n    total numeric(10,2), coupon text, placed_at timestamptz NOT NULL);\n  CREATE TABLE payments (id int PRIMARY KEY, order_id int, amount numeric(10,2) NOT NULL);\n  INSERT INTO customers VALUES\n    (1, 'ann@example.com', 'Ann', 'gold', '{vip,early}', NULL),\n    (2, 'ben@example.com', 'Ben', 'silver', '{early}', 1),\n    (3, 'cleo@example.com', NULL, NULL, NULL, 1),\n    (4, 'dan@example.com', 'Dan', 'gold', '{}', 2);\n  INSERT INTO orders VALUES\n    (101, 1, 'paid', 50.50, NULL, '2024-01-05 10:00:00+00'),\n    (102, 1, 'shipped', 199.00, 'WELCOME', '2024-01-20 15:30:00+00'),\n    (103, 2, 'placed', 9.99, NULL, '2024-02-03 11:11:00+00'),\n    (104, 2, 'cancelled', NULL, 'WELCOME', '2024-02-14 20:00:00+00'),\n    (105, 3, 'paid', 50.50, NULL, '2024-02-28 23:30:00+00'),\n    (106, NULL, 'placed', 0.50, NULL, '2024-03-20 08:00:00+00');\n  INSERT INTO payments VALUES (1, 101, 50.50), (2, 102, 100.00), (3, 102, 99.00), (4, NULL, 5.00);",
    steps: [
      'SELECT o.id, o.total, coalesce(sum(p.amount), 0) AS paid, o.total - coalesce(sum(p.amount), 0) AS due FROM orders o LEFT JOIN payments p ON p.order_id = o.id GROUP BY o.id ORDER BY o.id',
    ],
  },
  {
    name: 'newer numbers: untyped literals typed by their context are refused (IN, COALESCE, CASE) (round 21)',
    steps: [
      "SELECT 1 IN ('1_0') AS v",
      "SELECT COALESCE(NULL, '0x1F', 1) AS v",
      "SELECT CASE WHEN true THEN 1 ELSE '0o17' END AS v",
      "SELECT 2 IN ('2', ' 3 ') AS v",
    ],
  },
  {
    name: 'catalog leaks: pg_roles lists 15 predefined roles only (round 21)',
    steps: ["SELECT rolname FROM pg_roles WHERE rolname ~ '^pg' ORDER BY 1"],
  },
  {
    name: 'catalog leaks: pg_authid and pg_event_trigger of a fresh database (round 21)',
    steps: [
      "SELECT count(*) AS n FROM pg_authid WHERE rolname ~ '^pg'",
      'SELECT count(*) AS n FROM pg_event_trigger',
    ],
  },
  {
    name: 'catalog leaks: system views and tables of pg_catalog counted (round 21)',
    steps: [
      "SELECT count(*) AS n FROM pg_views WHERE schemaname = 'pg_catalog'",
      "SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')",
      "SELECT count(*) AS n FROM pg_class WHERE relname IN ('pg_stat_io', 'pg_wait_events', 'pg_stat_checkpointer')",
    ],
  },
  {
    name: 'one-time filters: IN over a subquery false written first stops the scalar subquery (round 21)',
    setup:
      'CREATE TABLE otf_m (v int); INSERT INTO otf_m VALUES (1), (2); CREATE TABLE otf_t (id int); INSERT INTO otf_t VALUES (1); CREATE TABLE otf_e (id int);',
    steps: ['SELECT id FROM otf_e WHERE 3 IN (SELECT v FROM otf_m) AND (SELECT v FROM otf_m) = 1'],
  },
  {
    name: 'unread column (round 26): count(*) over a derived table whose division by zero is never computed',
    setup:
      'CREATE TABLE ur_t (id int PRIMARY KEY, n int, b boolean); INSERT INTO ur_t VALUES (1, 5, true), (2, 0, false), (3, 2147483647, NULL), (4, 1, true);',
    steps: ['SELECT count(*) AS c FROM (SELECT id, 10 / n AS q FROM ur_t) s'],
  },
  {
    name: 'unread column (round 26): one column of a derived table, another overflowing',
    setup:
      'CREATE TABLE ur_t (id int PRIMARY KEY, n int, b boolean); INSERT INTO ur_t VALUES (1, 5, true), (2, 0, false), (3, 2147483647, NULL), (4, 1, true);',
    steps: ['SELECT id FROM (SELECT id, n + 1 AS m FROM ur_t) s ORDER BY id'],
  },
  {
    name: 'unread column (round 26): an inlined CTE and a join side with failing columns not read',
    setup:
      'CREATE TABLE ur_t (id int PRIMARY KEY, n int, b boolean); INSERT INTO ur_t VALUES (1, 5, true), (2, 0, false), (3, 2147483647, NULL), (4, 1, true);',
    steps: [
      'WITH w AS (SELECT id, 10 / n AS q FROM ur_t) SELECT count(*) AS c FROM w',
      'SELECT a.id FROM ur_t a JOIN (SELECT id, 10 / n AS q FROM ur_t) b ON a.id = b.id ORDER BY a.id',
    ],
  },
  {
    name: 'unread column (round 26): the failing column read raises',
    setup:
      'CREATE TABLE ur_t (id int PRIMARY KEY, n int, b boolean); INSERT INTO ur_t VALUES (1, 5, true), (2, 0, false), (3, 2147483647, NULL), (4, 1, true);',
    steps: ['SELECT count(q) AS c FROM (SELECT id, 10 / n AS q FROM ur_t) s'],
  },
  {
    name: 'unordered outer query (round 26): DISTINCT over a derived table ordered with OFFSET is a multiset',
    setup:
      'CREATE TABLE ur_t (id int PRIMARY KEY, n int, b boolean); INSERT INTO ur_t VALUES (1, 5, true), (2, 0, false), (3, 2147483647, NULL), (4, 1, true);',
    steps: [
      'SELECT DISTINCT * FROM (SELECT * FROM (SELECT NOT b AS c1 FROM ur_t) s1 ORDER BY c1 DESC NULLS LAST OFFSET 1) s2',
    ],
  },
  {
    name: 'case mapping, regular expressions and ILIKE over an expression mixing two implicit collations fail with 42P22 (round 28)',
    setup: `CREATE TABLE people (id int PRIMARY KEY, given text COLLATE "C", family text COLLATE "POSIX", nick text);
      INSERT INTO people VALUES (1, 'Ann', 'Lee', 'an'), (2, NULL, 'Kim', NULL)`,
    steps: [
      'SELECT lower(COALESCE(given, family)) AS v FROM people ORDER BY id',
      "SELECT upper(given || ' ' || family) AS v FROM people ORDER BY id",
      'SELECT substring(given from family) AS v FROM people ORDER BY id',
      'SELECT given ILIKE ANY (ARRAY[family]) AS v FROM people ORDER BY id',
      'SELECT COALESCE(given, family) ~ nick AS v FROM people ORDER BY id',
      'SELECT lower(COALESCE(given, nick)) AS v, substring(given from id) AS s FROM people ORDER BY id',
      'SELECT lower(COALESCE(given, family) COLLATE "C") AS v FROM people ORDER BY id',
      'SELECT lower(COALESCE(given, family)) FROM people GROUP BY lower(COALESCE(given, family))',
      'SELECT lower(COALESCE(given, nick)) AS k, count(*) FROM people GROUP BY lower(COALESCE(given, nick)) ORDER BY 1',
    ],
  },
  {
    name: "an inner join's ON condition reading no column gates the whole plan: it fails over an empty table (round 28)",
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');`,
    steps: [
      `SELECT c.id, o.id FROM customers c JOIN orders o ON o.customer_id = c.id AND (SELECT id FROM customers) > 0`,
    ],
  },
  {
    name: "a LEFT JOIN's ON condition on the joined table's columns filters its scan: it divides on unmatched rows too (round 28)",
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [
      `SELECT c.id, o.id FROM customers c LEFT JOIN orders o ON o.customer_id = c.id AND 10 / o.qty > 1 ORDER BY 1, 2`,
    ],
  },
  {
    name: 'a WHERE condition on one table of a join filters its scan before the join (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [
      `SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.customer_id IS NOT NULL AND 10 / o.qty > 1 ORDER BY o.id`,
    ],
  },
  {
    name: 'a LEFT JOIN on a unique key whose columns nothing reads is removed: its ON never divides (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [
      `SELECT o.customer_id, count(*) AS n FROM orders o LEFT JOIN customers c ON c.id = o.customer_id AND 10 / o.qty > 1 GROUP BY o.customer_id ORDER BY 1`,
    ],
  },
  {
    name: 'a mistake of parse analysis in ORDER BY comes before a WHERE subquery of several rows (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: ["SELECT o.id FROM orders o WHERE (SELECT id FROM customers) > 0 ORDER BY 'abc'::int"],
  },
  {
    name: 'an unknown column in ORDER BY comes before a constant division in WHERE (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [`SELECT o.id FROM orders o WHERE 1 / 0 = 1 ORDER BY o.nosuch`],
  },
  {
    name: 'a constant division in ORDER BY is folded before a WHERE subquery of several rows is read (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: [`SELECT o.id FROM orders o WHERE (SELECT id FROM customers) > 0 ORDER BY 1 / 0`],
  },
  {
    name: 'now() is no constant the planner folds: a division beside it still fails as planned (round 28)',
    setup: `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int, qty int, total numeric(10,2), status text);
            INSERT INTO customers VALUES (1, 'ann'), (2, 'bob'), (3, 'cy');
            INSERT INTO orders VALUES (10, 1, 2, 20.00, 'new'), (11, 2, 1, 7.50, 'new'), (14, 9, 0, 2.00, 'new');`,
    steps: ["SELECT id FROM orders WHERE now() < '2000-01-01' AND 1 / 0 = 1"],
  },
  {
    name: 'queries: NOT IN over a subquery holding NULL is never true, ALL over an empty subquery is true (round 30)',
    setup: `
  CREATE TABLE o (id int PRIMARY KEY, cust int, amount numeric(10,2), status text, created date);
  INSERT INTO o VALUES (1, 1, 10.00, 'paid', '2024-01-01'), (2, 1, 20.50, 'open', '2024-01-02'), (3, 2, 5.25, 'paid', '2024-01-02'),
    (4, NULL, 7.00, NULL, '2024-01-03'), (5, 3, 100.00, 'void', '2024-01-04');
  CREATE TABLE c (id int PRIMARY KEY, name text, tier int);
  INSERT INTO c VALUES (1, 'ann', 1), (2, 'bob', 2), (3, 'cy', NULL), (4, 'dee', 1);`,
    steps: [
      'SELECT name FROM c WHERE id NOT IN (SELECT cust FROM o) ORDER BY 1',
      'SELECT name FROM c WHERE id NOT IN (SELECT cust FROM o WHERE cust IS NOT NULL) ORDER BY 1',
      'SELECT id, id <> ALL (SELECT cust FROM o) AS a, id > ALL (SELECT cust FROM o WHERE false) AS b FROM c ORDER BY id',
      'SELECT (1, 2) NOT IN (SELECT 1, NULL::int), (1, 2) IN (SELECT 1, NULL::int), (1, 2) NOT IN (SELECT 2, NULL::int)',
    ],
  },
  {
    name: 'queries: keyset pagination by a row comparison, with parameters and a NULL in the row (round 30)',
    setup: `
  CREATE TABLE o (id int PRIMARY KEY, cust int, amount numeric(10,2), status text, created date);
  INSERT INTO o VALUES (1, 1, 10.00, 'paid', '2024-01-01'), (2, 1, 20.50, 'open', '2024-01-02'), (3, 2, 5.25, 'paid', '2024-01-02'),
    (4, NULL, 7.00, NULL, '2024-01-03'), (5, 3, 100.00, 'void', '2024-01-04');
  CREATE TABLE c (id int PRIMARY KEY, name text, tier int);
  INSERT INTO c VALUES (1, 'ann', 1), (2, 'bob', 2), (3, 'cy', NULL), (4, 'dee', 1);`,
    steps: [
      "SELECT id FROM o WHERE (created, id) > (DATE '2024-01-02', 2) ORDER BY created, id",
      {
        sql: 'SELECT id FROM o WHERE (amount, id) >= ($1, $2) ORDER BY amount, id LIMIT 2',
        params: ['10.00', 1],
      },
      "SELECT id FROM o WHERE (status, id) > ('open', 0) ORDER BY id",
      'SELECT ROW(1, NULL) < ROW(2, NULL), ROW(1, NULL) < ROW(1, 2), ROW(1, NULL) IS DISTINCT FROM ROW(1, NULL), ROW(NULL, NULL) IS NULL',
    ],
  },
]);
