const setup =
  'CREATE TABLE t(id int PRIMARY KEY, a int, b int); INSERT INTO t VALUES (1, 0, 5), (2, 2, -2147483648)';
const c = (name, sql) => ({ name: `prune: ${name}`, setup, steps: [sql] });
export default [
  c('raising column operand AND constant false', 'SELECT id, (10 / a = 1) AND false AS r FROM t ORDER BY id'),
  c('raising column operand OR constant true', 'SELECT id, (10 / a = 1) OR true AS r FROM t ORDER BY id'),
  c('raising column operand OR folded true', 'SELECT id, (10 / a = 1) OR 1 = 1 AS r FROM t ORDER BY id'),
  c('where raising OR true', 'SELECT id FROM t WHERE 10 / a = 1 OR true ORDER BY id'),
  c('where raising AND false', 'SELECT id FROM t WHERE 10 / a = 1 AND false ORDER BY id'),
  c('where raising AND folded false', "SELECT id FROM t WHERE 10 / a = 1 AND 'a' = 'b' ORDER BY id"),
  c('not between with folded upper test', 'SELECT id, 5 NOT BETWEEN 10 / a AND 1 AS r FROM t ORDER BY id'),
  c('between with folded lower test false', 'SELECT id, 0 BETWEEN 1 AND 10 / a AS r FROM t ORDER BY id'),
  c('overflow operand OR true', 'SELECT id, (b - 1 > 0) OR true AS r FROM t ORDER BY id'),
  c('three operands middle true', 'SELECT id, (10 / a = 1) OR true OR (10 / a = 2) AS r FROM t ORDER BY id'),
  c('and of three with false last', 'SELECT id, (10 / a = 1) AND (a > 0) AND false AS r FROM t ORDER BY id'),
  c(
    'case when raising or true',
    "SELECT id, CASE WHEN 10 / a = 1 OR true THEN 'y' ELSE 'n' END AS r FROM t ORDER BY id",
  ),
  c('not of raising and false', 'SELECT id, NOT ((10 / a = 1) AND false) AS r FROM t ORDER BY id'),
  c('update where raising or true', 'UPDATE t SET b = 1 WHERE 10 / a = 5 OR true RETURNING id'),
  {
    name: 'prune: param true after raising',
    setup,
    steps: [{ sql: 'SELECT id FROM t WHERE 10 / a = 1 OR $1::bool ORDER BY id', params: [true] }],
  },
];
