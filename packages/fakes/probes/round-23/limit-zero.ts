const M =
  'CREATE TABLE m(v int); INSERT INTO m VALUES (1),(2); CREATE TABLE t(id int, n int); INSERT INTO t VALUES (1, 0), (2, 5); CREATE TABLE e(id int);';
const q = (name: string, sql: string) => ({ name: `limit0: ${name}`, setup: M, steps: [sql] });
export default [
  q('count', 'SELECT count(*) FROM t LIMIT 0'),
  q('div const', 'SELECT 1/0 AS x FROM t LIMIT 0'),
  q('div col', 'SELECT 1/n AS x FROM t LIMIT 0'),
  q('where div col', 'SELECT id FROM t WHERE 1/n > 0 LIMIT 0'),
  q('where scalar several', 'SELECT id FROM t WHERE id = (SELECT v FROM m) LIMIT 0'),
  q('agg div', 'SELECT 1/(count(*) - 2) AS x FROM t LIMIT 0'),
  q('offset', 'SELECT id FROM t WHERE (SELECT v FROM m) = 1 LIMIT 0 OFFSET 1'),
  q('order', 'SELECT id FROM t WHERE 1/n > 0 ORDER BY id LIMIT 0'),
  q('subquery limit 0', 'SELECT (SELECT 1/n FROM t LIMIT 0) AS x'),
  q('exists limit 0', 'SELECT EXISTS (SELECT 1/n FROM t LIMIT 0) AS x'),
  q('cte limit 0', 'WITH c AS (SELECT 1/n AS x FROM t LIMIT 0) SELECT count(*) FROM c'),
  q('insert', 'INSERT INTO e SELECT 1/n FROM t LIMIT 0'),
  q('bad column', 'SELECT nosuch FROM t LIMIT 0'),
  q('group', 'SELECT n, count(*) FROM t GROUP BY n HAVING 1/n > 0 LIMIT 0'),
  q('param', { sql: 'SELECT id FROM t WHERE 1/n > 0 LIMIT $1', params: [0] } as never),
].map((c) =>
  typeof c.steps[0] === 'string'
    ? c
    : { ...c, steps: [{ sql: 'SELECT id FROM t WHERE 1/n > 0 LIMIT $1', params: [0] }] },
);
