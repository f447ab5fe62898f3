const T =
  "CREATE TABLE t (a int, b int, c text); INSERT INTO t VALUES (1, 30, 'Bob'), (2, 20, 'alice'), (3, 10, 'Carl'), (4, 20, 'bob')";
const q = (name: string, sql: string) => ({ name, setup: T, steps: [sql] });
export default [
  q('order by output alias shadows column', 'SELECT a, -b AS b FROM t ORDER BY b, a'),
  q('order by expression uses input column', 'SELECT a, -b AS b FROM t ORDER BY b + 0, a'),
  q('order by lower alias same name', 'SELECT lower(c) AS c FROM t ORDER BY c'),
  q('order by alias in function errors', 'SELECT lower(c) AS lc FROM t ORDER BY upper(lc)'),
  q('group by input column over alias', 'SELECT b % 3 AS b, count(*) AS n FROM t GROUP BY b ORDER BY 1, 2'),
  q('group by alias when no column', 'SELECT b % 3 AS k, count(*) AS n FROM t GROUP BY k ORDER BY k'),
  q(
    'group by alias expression with order by alias',
    'SELECT lower(c) AS k, count(*) AS n FROM t GROUP BY k ORDER BY n DESC, k',
  ),
  q('order by ordinal of expression', 'SELECT c, length(c) FROM t ORDER BY 2 DESC, 1'),
  q('order by column not selected', 'SELECT c FROM t ORDER BY b, a'),
  q('order by qualified column shadowed by alias', 'SELECT a, -b AS b FROM t ORDER BY t.b, a'),
  q('distinct order by alias', 'SELECT DISTINCT b AS x FROM t ORDER BY x'),
  q('distinct order by expression of select', 'SELECT DISTINCT b % 3 AS m FROM t ORDER BY m'),
  q('having uses input not alias', 'SELECT b AS a, count(*) FROM t GROUP BY b HAVING min(a) > 1 ORDER BY 1'),
  q('order by aggregate alias', 'SELECT b, sum(a) AS s FROM t GROUP BY b ORDER BY s DESC, b'),
  q('order by aggregate expression', 'SELECT b FROM t GROUP BY b ORDER BY sum(a) DESC, b'),
  q('order by case', "SELECT c FROM t ORDER BY CASE WHEN c ILIKE 'b%' THEN 0 ELSE 1 END, c"),
  q('order by nulls and desc text', 'SELECT c FROM t ORDER BY c DESC'),
  q('order by collate c', 'SELECT c FROM t ORDER BY c COLLATE "C"'),
  q('order by lower then original', 'SELECT c FROM t ORDER BY lower(c), c'),
  q('order by two output names same', 'SELECT a AS x, b AS x FROM t ORDER BY 1'),
  q('order by using operator', 'SELECT a FROM t ORDER BY b USING >, a'),
  q(
    'group by ordinal and expression',
    'SELECT b, lower(c) AS l, count(*) FROM t GROUP BY 1, 2 ORDER BY 1, 2',
  ),
  q('window order by alias errors', 'SELECT a AS x, row_number() OVER (ORDER BY x) FROM t'),
  q('select star order by', 'SELECT * FROM t ORDER BY 3'),
  q('order by subquery column alias', 'SELECT s.k FROM (SELECT a AS k FROM t) s ORDER BY k DESC'),
  q('union order by name from first branch', 'SELECT a AS k FROM t UNION SELECT b FROM t ORDER BY k'),
  q(
    'union order by name from second branch errors',
    'SELECT a AS k FROM t UNION SELECT b AS j FROM t ORDER BY j',
  ),
];
