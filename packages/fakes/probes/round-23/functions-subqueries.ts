const S = `CREATE TABLE a (id int PRIMARY KEY, x int, y text);
CREATE TABLE b (id int PRIMARY KEY, x int, y text);
INSERT INTO a VALUES (1, 1, 'p'), (2, 2, NULL), (3, NULL, 'r'), (4, 4, 'p');
INSERT INTO b VALUES (10, 1, 'p'), (11, NULL, 'q'), (12, 4, NULL), (13, 4, 'p');`;
const q = (name: string, sql: string) => ({ name, setup: S, steps: [sql] });
export default [
  q('in subquery basic', 'SELECT id FROM a WHERE x IN (SELECT x FROM b) ORDER BY id'),
  q('not in subquery with null in sub', 'SELECT id FROM a WHERE x NOT IN (SELECT x FROM b) ORDER BY id'),
  q(
    'not in subquery filtered no null',
    'SELECT id FROM a WHERE x NOT IN (SELECT x FROM b WHERE x IS NOT NULL) ORDER BY id',
  ),
  q(
    'not in with null left',
    'SELECT id, x NOT IN (SELECT x FROM b WHERE x IS NOT NULL) AS r FROM a ORDER BY id',
  ),
  q('in as value with nulls', 'SELECT id, x IN (SELECT x FROM b) AS r FROM a ORDER BY id'),
  q('not in as value with nulls', 'SELECT id, x NOT IN (SELECT x FROM b) AS r FROM a ORDER BY id'),
  q(
    'in empty subquery value',
    'SELECT id, x IN (SELECT x FROM b WHERE false) AS r, x NOT IN (SELECT x FROM b WHERE false) AS n FROM a ORDER BY id',
  ),
  q('any equality value', 'SELECT id, x = ANY (SELECT x FROM b) AS r FROM a ORDER BY id'),
  q('any greater value', 'SELECT id, x > ANY (SELECT x FROM b) AS r FROM a ORDER BY id'),
  q('all less value', 'SELECT id, x < ALL (SELECT x FROM b WHERE x IS NOT NULL) AS r FROM a ORDER BY id'),
  q('all with null in sub value', 'SELECT id, x <= ALL (SELECT x FROM b) AS r FROM a ORDER BY id'),
  q('all empty value', 'SELECT id, x > ALL (SELECT x FROM b WHERE false) AS r FROM a ORDER BY id'),
  q('some synonym', 'SELECT id FROM a WHERE x = SOME (SELECT x FROM b) ORDER BY id'),
  q('not equal all', 'SELECT id FROM a WHERE x <> ALL (SELECT x FROM b WHERE x IS NOT NULL) ORDER BY id'),
  q('row in subquery with nulls', 'SELECT id, (x, y) IN (SELECT x, y FROM b) AS r FROM a ORDER BY id'),
  q(
    'row not in subquery with nulls',
    'SELECT id, (x, y) NOT IN (SELECT x, y FROM b) AS r FROM a ORDER BY id',
  ),
  q('row equals any', 'SELECT id, (x, y) = ANY (SELECT x, y FROM b) AS r FROM a ORDER BY id'),
  q('row comparison less than subquery', "SELECT id, (x, y) < (SELECT 2, 'z') AS r FROM a ORDER BY id"),
  q(
    'row comparison with nulls',
    "SELECT id, (x, y) < (4, 'p') AS lt, (x, y) = (4, 'p') AS eq, (x, y) IS DISTINCT FROM (4, 'p') AS d FROM a ORDER BY id",
  ),
  q(
    'row comparison subquery no rows',
    "SELECT id, (x, y) = (SELECT 1, 'p' WHERE false) AS r FROM a ORDER BY id",
  ),
  q(
    'exists correlated with nulls',
    'SELECT id FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.x = a.x) ORDER BY id',
  ),
  q(
    'not exists correlated with nulls',
    'SELECT id FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.x = a.x) ORDER BY id',
  ),
  q(
    'exists of aggregate always true',
    'SELECT id FROM a WHERE EXISTS (SELECT max(x) FROM b WHERE b.x > 100) ORDER BY id',
  ),
  q('exists as value', 'SELECT id, EXISTS (SELECT 1 FROM b WHERE b.y = a.y) AS e FROM a ORDER BY id'),
  q(
    'scalar subquery correlated',
    'SELECT id, (SELECT count(*) FROM b WHERE b.x = a.x) AS n FROM a ORDER BY id',
  ),
  q(
    'scalar subquery correlated max',
    'SELECT id, (SELECT max(b.id) FROM b WHERE b.x = a.x) AS m FROM a ORDER BY id',
  ),
  q(
    'scalar subquery too many rows correlated',
    'SELECT id, (SELECT b.id FROM b WHERE b.x = a.x) AS m FROM a ORDER BY id',
  ),
  q(
    'scalar subquery too many rows only for some',
    'SELECT id, (SELECT b.id FROM b WHERE b.x = a.x) AS m FROM a WHERE id < 4 ORDER BY id',
  ),
  q('scalar subquery compare null', 'SELECT id FROM a WHERE x = (SELECT x FROM b WHERE id = 11) ORDER BY id'),
  q('scalar subquery in where compare', 'SELECT id FROM a WHERE x > (SELECT min(x) FROM b) ORDER BY id'),
  q(
    'scalar subquery in order by',
    'SELECT id FROM a ORDER BY (SELECT count(*) FROM b WHERE b.x = a.x) DESC, id',
  ),
  q('in with duplicates in subquery', 'SELECT id FROM a WHERE x IN (SELECT x FROM b) ORDER BY id'),
  q(
    'in list with null literal',
    'SELECT id, x IN (1, NULL) AS r, x NOT IN (1, NULL) AS n FROM a ORDER BY id',
  ),
  q(
    'in subquery with distinct and limit',
    'SELECT id FROM a WHERE x IN (SELECT DISTINCT x FROM b ORDER BY x LIMIT 1) ORDER BY id',
  ),
  q(
    'array of subquery',
    'SELECT id, ARRAY(SELECT b.id FROM b WHERE b.x = a.x ORDER BY b.id) AS ids FROM a ORDER BY id',
  ),
  q('any of array_agg subquery', 'SELECT id FROM a WHERE x = ANY (SELECT array_agg(x) FROM b) ORDER BY id'),
  q(
    'any of array column subquery',
    'SELECT id FROM a WHERE x = ANY ((SELECT array_agg(x) FROM b)::int[]) ORDER BY id',
  ),
  q(
    'subquery in case',
    "SELECT id, CASE WHEN x IN (SELECT x FROM b) THEN 'y' ELSE 'n' END AS r FROM a ORDER BY id",
  ),
  q('not in with text and nulls', 'SELECT id FROM a WHERE y NOT IN (SELECT y FROM b) ORDER BY id'),
  q(
    'not in with text and filter',
    'SELECT id FROM a WHERE y NOT IN (SELECT y FROM b WHERE y IS NOT NULL) ORDER BY id',
  ),
  q('in with subquery using outer ref', 'SELECT id FROM a WHERE 1 IN (SELECT a.x FROM b) ORDER BY id'),
  q('count with in subquery', 'SELECT count(*) FILTER (WHERE x IN (SELECT x FROM b)) AS n FROM a'),
  q('update with in subquery', "UPDATE a SET y = 'hit' WHERE x IN (SELECT x FROM b) RETURNING id, y"),
  q(
    'delete with not exists',
    'DELETE FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.x = a.x) RETURNING id',
  ),
  q('update set scalar subquery', 'UPDATE a SET x = (SELECT max(x) FROM b WHERE b.y = a.y) RETURNING id, x'),
  q(
    'update set scalar subquery too many',
    'UPDATE a SET x = (SELECT x FROM b WHERE b.y = a.y) RETURNING id, x',
  ),
  q(
    'insert select where not exists',
    'INSERT INTO b SELECT id + 100, x, y FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.x = a.x) RETURNING id',
  ),
  q(
    'lateral with nulls',
    'SELECT a.id, s.n FROM a, LATERAL (SELECT count(*) AS n FROM b WHERE b.x = a.x) s ORDER BY a.id',
  ),
  q('in subquery with union', 'SELECT id FROM a WHERE x IN (SELECT x FROM b UNION SELECT 2) ORDER BY id'),
  q(
    'not in with union including null',
    'SELECT id FROM a WHERE x NOT IN (SELECT 99 UNION ALL SELECT NULL) ORDER BY id',
  ),
  q(
    'is distinct from subquery',
    'SELECT id FROM a WHERE x IS DISTINCT FROM (SELECT x FROM b WHERE id = 11) ORDER BY id',
  ),
  q(
    'exists with limit offset',
    'SELECT id FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.x = a.x OFFSET 1) ORDER BY id',
  ),
  q(
    'correlated in select with group by outer',
    'SELECT x, (SELECT count(*) FROM b WHERE b.x = a.x) AS n FROM a GROUP BY x ORDER BY x',
  ),
  q(
    'subquery uses ungrouped outer column',
    'SELECT x, (SELECT count(*) FROM b WHERE b.y = a.y) FROM a GROUP BY x',
  ),
  q('aggregate of outer in subquery', 'SELECT (SELECT max(a.x) FROM b LIMIT 1) AS m FROM a'),
  q('greater than all with nulls in left', 'SELECT id, x > ALL (SELECT 0) AS r FROM a ORDER BY id'),
];
