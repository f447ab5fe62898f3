const setup =
  "CREATE TABLE t (id int PRIMARY KEY, a int, b int, x text); INSERT INTO t VALUES (1, 0, 5, NULL), (2, 2, 2, 'q')";
const c = (name, sql) => ({ name: `eager: ${name}`, setup, steps: [sql] });
export default [
  c('greatest evaluates every argument', 'SELECT id, greatest(b, 10 / a) AS r FROM t ORDER BY id'),
  c('greatest null first then raising', 'SELECT id, greatest(NULL::int, 10 / a) AS r FROM t ORDER BY id'),
  c('least three args raising last', 'SELECT id, least(1, b, 10 / a) AS r FROM t ORDER BY id'),
  c('nullif raising second', 'SELECT id, nullif(b, 10 / a) AS r FROM t ORDER BY id'),
  c('nullif null first raising second', 'SELECT id, nullif(NULL::int, 10 / a) AS r FROM t ORDER BY id'),
  c('concat raising arg after null', 'SELECT id, concat(x, 10 / a) AS r FROM t ORDER BY id'),
  c('concat_ws null sep raising', 'SELECT id, concat_ws(NULL, 10 / a) AS r FROM t ORDER BY id'),
  c('coalesce in where', 'SELECT id FROM t WHERE coalesce(x, (10 / a)::text) IS NOT NULL ORDER BY id'),
  c('case in aggregate', 'SELECT sum(CASE WHEN a = 0 THEN 0 ELSE 10 / a END) AS s FROM t'),
  c('is distinct from raising', 'SELECT id, (10 / a) IS DISTINCT FROM NULL AS r FROM t ORDER BY id'),
  c('strict null times raising', 'SELECT id, NULL::int * (10 / a) AS r FROM t ORDER BY id'),
  c('length of null concat raising', 'SELECT id, length(NULL::text) + 10 / a AS r FROM t ORDER BY id'),
  c(
    'strict null with constant raising operand still raises',
    'SELECT id, NULL::int * (1 / 0) AS r FROM t ORDER BY id',
  ),
  c('strict null inside where', 'SELECT id FROM t WHERE NULL::int * (10 / a) = 1 ORDER BY id'),
  c(
    'strict null in upper of concat',
    'SELECT id, upper(NULL::text) || (10 / a)::text AS r FROM t ORDER BY id',
  ),
  c('strict null in lpad with raising length', 'SELECT id, lpad(NULL::text, 10 / a) AS r FROM t ORDER BY id'),
];
