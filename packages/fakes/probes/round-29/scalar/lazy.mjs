const setup =
  "CREATE TABLE t(id int primary key, x text, n int, k int); INSERT INTO t VALUES (1, 'abc', -1, 0), (2, NULL, 2, 1)";
const c = (name, sql, s = setup) => ({ name: `lazy: ${name}`, setup: s, steps: [sql] });
export default [
  c(
    'coalesce folded first arg then raising substr',
    "SELECT coalesce(repeat('a', 1), substr('abc', 1, -1)) AS r",
    undefined,
  ),
  c(
    'coalesce folded first arg then raising split_part',
    "SELECT coalesce(upper('a'), split_part('a,b', ',', 0)) AS r",
    undefined,
  ),
  c(
    'coalesce column then substr negative length from column',
    'SELECT id, coalesce(x, substr(x, 1, n)) AS r FROM t ORDER BY id',
  ),
  c(
    'coalesce column then split_part field from column',
    "SELECT id, coalesce(x, split_part('a,b', ',', k)) AS r FROM t ORDER BY id",
  ),
  c(
    'case guards substr',
    "SELECT id, CASE WHEN n < 0 THEN 'neg' ELSE substr(x, 1, n) END AS r FROM t ORDER BY id",
  ),
  c(
    'case guards split_part',
    "SELECT id, CASE WHEN k = 0 THEN 'zero' ELSE split_part('a,b', ',', k) END AS r FROM t ORDER BY id",
  ),
  c(
    'and guards substr',
    "SELECT id FROM t WHERE n >= 0 AND substr(coalesce(x, 'zz'), 1, n) = 'zz' ORDER BY id",
  ),
  c(
    'and guards substr reversed',
    "SELECT id FROM t WHERE substr(coalesce(x, 'zz'), 1, n) = 'zz' AND n >= 0 ORDER BY id",
  ),
  c('and guards split_part', "SELECT id FROM t WHERE k <> 0 AND split_part('a,b', ',', k) = 'a' ORDER BY id"),
  c(
    'or short circuit split_part',
    "SELECT id FROM t WHERE k = 0 OR split_part('a,b', ',', k) = 'a' ORDER BY id",
  ),
  c(
    'coalesce constant substr after column folds at plan time',
    "SELECT id, coalesce(x, substr('abc', 1, -1)) AS r FROM t ORDER BY id",
  ),
  c(
    'coalesce constant split_part after column folds at plan time',
    "SELECT id, coalesce(x, split_part('abc', 'b', 0)) AS r FROM t ORDER BY id",
  ),
  c('where false and constant raising substr', "SELECT id FROM t WHERE false AND substr('abc', 1, -1) = 'a'"),
  c(
    'where column test and constant raising substr',
    "SELECT id FROM t WHERE id > 5 AND substr('abc', 1, -1) = 'a'",
  ),
  c(
    'case with constant raising substr in unreached arm',
    "SELECT id, CASE WHEN id > 0 THEN 'p' ELSE substr('abc', 1, -1) END AS r FROM t ORDER BY id",
  ),
  c('nullif with raising substr', 'SELECT id, nullif(x, substr(x, 1, n)) AS r FROM t ORDER BY id'),
  c('greatest with raising substr', 'SELECT id, greatest(x, substr(x, 1, n)) AS r FROM t ORDER BY id'),
  c(
    'empty table with constant raising substr in select list',
    "SELECT substr('abc', 1, -1) AS r FROM t WHERE false",
  ),
  c('empty table column substr negative', 'SELECT substr(x, 1, n) AS r FROM t WHERE false'),
  c('update set with coalesce guard', "UPDATE t SET x = coalesce(x, substr('zz', 1, n)) RETURNING id, x"),
  c('coalesce of substr with 2 args', 'SELECT id, coalesce(x, substr(x, n)) AS r FROM t ORDER BY id'),
];
