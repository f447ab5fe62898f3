type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const S = 'CREATE SEQUENCE sq; CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2), (3);';
export default [
  c(
    'cte nextval referenced twice evaluated once',
    S,
    "WITH x AS (SELECT nextval('sq') AS n) SELECT a.n, b.n FROM x a, x b",
  ),
  c(
    'cte nextval per row referenced twice',
    S,
    "WITH x AS (SELECT a, nextval('sq') AS n FROM t) SELECT count(DISTINCT n) FROM (SELECT n FROM x UNION ALL SELECT n FROM x) s",
  ),
  c(
    'cte not materialized volatile still once',
    S,
    "WITH x AS NOT MATERIALIZED (SELECT nextval('sq') AS n) SELECT a.n = b.n FROM x a, x b",
  ),
  c(
    'cte unreferenced select not evaluated',
    S,
    "WITH x AS (SELECT nextval('sq')) SELECT 1",
    "SELECT nextval('sq')",
  ),
  c(
    'cte referenced once with limit',
    S,
    "WITH x AS (SELECT nextval('sq') AS n FROM generate_series(1, 10)) SELECT n FROM x LIMIT 2",
    "SELECT nextval('sq')",
  ),
  c('cte random equal to itself', S, 'WITH x AS (SELECT random() AS r) SELECT a.r = b.r FROM x a, x b'),
  c(
    'subquery volatile evaluated per reference',
    S,
    "SELECT (SELECT nextval('sq')) AS a, (SELECT nextval('sq')) AS b",
  ),
  c(
    'scalar subquery uncorrelated volatile once',
    S,
    "SELECT a, (SELECT nextval('sq')) AS n FROM t ORDER BY a",
  ),
  c('volatile in select list per row', S, "SELECT a, nextval('sq') FROM t ORDER BY a"),
  c('volatile in where per row with order', S, "SELECT a FROM t WHERE nextval('sq') % 2 = 1 ORDER BY a"),
  c(
    'cte insert returning nextval used twice',
    'CREATE TABLE s (id serial, v int);',
    'WITH i AS (INSERT INTO s (v) VALUES (1), (2) RETURNING id) SELECT (SELECT count(*) FROM i) AS n, (SELECT max(id) FROM i) AS m',
  ),
  c(
    'cte update then select sees old',
    'CREATE TABLE s (id int, v int); INSERT INTO s VALUES (1, 1);',
    'WITH u AS (UPDATE s SET v = v + 1 RETURNING v) SELECT s.v AS old, u.v AS new FROM s, u',
  ),
  c(
    'cte delete then insert same key',
    'CREATE TABLE s (id int PRIMARY KEY, v int); INSERT INTO s VALUES (1, 1);',
    'WITH d AS (DELETE FROM s WHERE id = 1 RETURNING id) INSERT INTO s SELECT id, 9 FROM d',
  ),
  c(
    'cte two inserts same table unique conflict',
    'CREATE TABLE s (id int PRIMARY KEY);',
    'WITH a AS (INSERT INTO s VALUES (1) RETURNING id), b AS (INSERT INTO s VALUES (1) RETURNING id) SELECT * FROM a, b',
  ),
  c(
    'cte insert then on conflict sees none',
    'CREATE TABLE s (id int PRIMARY KEY, v int);',
    'WITH a AS (INSERT INTO s VALUES (1, 1) RETURNING id) INSERT INTO s VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET v = 3 RETURNING v',
  ),
  c(
    'cte update and delete same row',
    'CREATE TABLE s (id int, v int); INSERT INTO s VALUES (1, 1);',
    'WITH u AS (UPDATE s SET v = 5 RETURNING id) DELETE FROM s WHERE id IN (SELECT id FROM u) RETURNING v',
    'SELECT * FROM s',
  ),
  c(
    'cte delete referenced and main delete',
    'CREATE TABLE s (id int, v int); INSERT INTO s VALUES (1, 1), (2, 2);',
    'WITH d AS (DELETE FROM s WHERE id = 1 RETURNING *) DELETE FROM s WHERE id = 2 RETURNING (SELECT count(*) FROM d)',
  ),
  c(
    'recursive cte with volatile',
    S,
    "WITH RECURSIVE r(n, v) AS (SELECT 1, nextval('sq') UNION ALL SELECT n + 1, nextval('sq') FROM r WHERE n < 3) SELECT n, v FROM r ORDER BY n",
  ),
  c('cte order preserved through', S, 'WITH x AS (SELECT a FROM t ORDER BY a DESC) SELECT a FROM x'),
  c(
    'cte with limit and outer order',
    S,
    'WITH x AS (SELECT a FROM t ORDER BY a DESC LIMIT 2) SELECT a FROM x ORDER BY a',
  ),
];
