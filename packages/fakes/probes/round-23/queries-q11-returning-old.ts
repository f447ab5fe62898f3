type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const T =
  'CREATE TABLE t (k int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 10), (2, 20); CREATE TABLE u (k int, w int); INSERT INTO u VALUES (1, 100);';
export default [
  c(
    'with then update returning old',
    T,
    'WITH x AS (SELECT 1) UPDATE t SET v = 0 WHERE k = 1 RETURNING old.v',
  ),
  c('with then delete returning new', T, 'WITH x AS (SELECT 1) DELETE FROM t WHERE k = 1 RETURNING new.v'),
  c('with then insert returning old', T, 'WITH x AS (SELECT 1) INSERT INTO t VALUES (3, 30) RETURNING old.k'),
  c(
    'returning old inside cte',
    T,
    'WITH x AS (UPDATE t SET v = 0 WHERE k = 1 RETURNING old.v) SELECT * FROM x',
  ),
  c(
    'returning new inside cte',
    T,
    'WITH x AS (UPDATE t SET v = 0 WHERE k = 1 RETURNING new.v) SELECT * FROM x',
  ),
  c(
    'returning old inside cte with alias old elsewhere',
    T,
    'WITH x AS (UPDATE t SET v = 0 WHERE k = 1 RETURNING old.v) SELECT old.v FROM x AS old',
  ),
  c(
    'returning old inside second cte',
    T,
    'WITH a AS (SELECT 1), x AS (DELETE FROM t WHERE k = 2 RETURNING old.*) SELECT * FROM x',
  ),
  c(
    'returning subquery with alias old',
    T,
    'UPDATE t SET v = v + 1 RETURNING (SELECT max(old.v) FROM t old)',
  ),
  c(
    'returning subquery with alias new',
    T,
    'UPDATE t SET v = v + 1 WHERE k = 1 RETURNING (SELECT count(*) FROM u new WHERE new.k = 1)',
  ),
  c(
    'returning exists with alias old',
    T,
    'DELETE FROM t WHERE k = 1 RETURNING EXISTS (SELECT 1 FROM u AS old WHERE old.k = 1)',
  ),
  c(
    'returning old in where subquery alias before returning',
    T,
    'UPDATE t SET v = 1 WHERE k IN (SELECT old.k FROM u old) RETURNING old.k',
  ),
  c(
    'returning old from cte alias in from',
    T,
    'WITH old AS (SELECT 1 AS k) UPDATE t SET v = 5 FROM old WHERE old.k = t.k RETURNING old.k',
  ),
  c(
    'returning old cte named old not in from',
    T,
    'WITH old AS (SELECT 1 AS k) UPDATE t SET v = 5 WHERE k = 1 RETURNING old.k',
  ),
  c(
    'returning old in insert select subquery alias',
    T,
    'INSERT INTO t SELECT old.k + 10, old.w FROM u AS old RETURNING old.k',
  ),
  c('returning old in values string', T, "UPDATE t SET v = 1 WHERE k = 1 RETURNING 'old.v'"),
  c('returning quoted old', T, 'UPDATE t SET v = 1 WHERE k = 1 RETURNING "old".v'),
  c('returning OLD upper case', T, 'UPDATE t SET v = 1 WHERE k = 1 RETURNING OLD.v'),
  c('returning old with space before dot', T, 'UPDATE t SET v = 1 WHERE k = 1 RETURNING old . v'),
  c('returning old star', T, 'UPDATE t SET v = 1 WHERE k = 1 RETURNING old.*'),
  c('returning function of old', T, 'UPDATE t SET v = 1 WHERE k = 1 RETURNING coalesce(old.v, 0)'),
  c('returning old in parenthesised select', T, '(SELECT 1)'),
  c('extended protocol returning old', T, {
    sql: 'UPDATE t SET v = $1 WHERE k = 1 RETURNING old.v',
    params: [5],
  }),
  c('extended protocol cte returning old', T, {
    sql: 'WITH x AS (UPDATE t SET v = $1 WHERE k = 1 RETURNING old.v) SELECT * FROM x',
    params: [5],
  }),
  c('explain update returning old', T, 'EXPLAIN (COSTS OFF) UPDATE t SET v = 1 RETURNING old.v'),
  c(
    'merge returning old in cte',
    T,
    'WITH x AS (MERGE INTO t USING u ON t.k = u.k WHEN MATCHED THEN DELETE RETURNING old.v) SELECT * FROM x',
  ),
  c('update alias named new with returning new', T, 'UPDATE t AS new SET v = 9 WHERE k = 1 RETURNING new.v'),
  c(
    'column named old referenced bare',
    'CREATE TABLE o (old int, new int); INSERT INTO o VALUES (1, 2);',
    'WITH x AS (UPDATE o SET old = 5 RETURNING old, new) SELECT * FROM x',
  ),
  c(
    'with recursive then update returning old',
    T,
    'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 2) UPDATE t SET v = 0 WHERE k IN (SELECT n FROM r) RETURNING old.v',
  ),
];
