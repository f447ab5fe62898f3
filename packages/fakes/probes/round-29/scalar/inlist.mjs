const setup = 'CREATE TABLE t (id int PRIMARY KEY, a int, b int); INSERT INTO t VALUES (1, 0, 5), (2, 2, 2)';
const c = (name, sql) => ({ name: `inlist: ${name}`, setup, steps: [sql] });
export default [
  c('in list matched before a raising element', 'SELECT id, a IN (0, 2, 10 / a) AS r FROM t ORDER BY id'),
  c(
    'not in list decided before a raising element',
    'SELECT id, a NOT IN (0, 2, 10 / a) AS r FROM t ORDER BY id',
  ),
  c('where in list matched before raising', 'SELECT id FROM t WHERE a IN (0, 2, 10 / a) ORDER BY id'),
  c(
    'simple case matched before raising when',
    "SELECT id, CASE a WHEN 0 THEN 'z' WHEN 2 THEN 'two' WHEN 10 / a THEN 'q' END AS r FROM t ORDER BY id",
  ),
  c('in list of column elements', 'SELECT id, a IN (b, 10 / a) AS r FROM t ORDER BY id'),
  c('any array with raising element', 'SELECT id, a = ANY (ARRAY[0, 2, 10 / a]) AS r FROM t ORDER BY id'),
  c('all array with raising element', 'SELECT id, a <> ALL (ARRAY[3, 10 / a]) AS r FROM t ORDER BY id'),
  c('any array constant raising element', 'SELECT id, a = ANY (ARRAY[0, 1 / 0]) AS r FROM t ORDER BY id'),
  c('any array without raising element', 'SELECT id, a = ANY (ARRAY[0, b]) AS r FROM t ORDER BY id'),
  c('any array literal text', "SELECT id, a = ANY ('{0,9}'::int[]) AS r FROM t ORDER BY id"),
];
