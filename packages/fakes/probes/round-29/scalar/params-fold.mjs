const setup =
  "CREATE TABLE t (id int PRIMARY KEY, x text, n int, a int); INSERT INTO t VALUES (1, 'abc', -1, 0), (2, NULL, 2, 1)";
const P = (name, sql, params) => ({ name: `pfold: ${name}`, setup, steps: [{ sql, params }] });
export default [
  P(
    'coalesce param before raising substr',
    'SELECT id, coalesce($1::text, substr(x, 1, n)) AS r FROM t ORDER BY id',
    ['v'],
  ),
  P('coalesce param before division', 'SELECT id, coalesce($1::int, 10 / a) AS r FROM t ORDER BY id', [7]),
  P('coalesce null param then division', 'SELECT id, coalesce($1::int, 10 / a) AS r FROM t ORDER BY id', [
    null,
  ]),
  P('or param true first', 'SELECT id FROM t WHERE $1::bool OR 10 / a = 1 ORDER BY id', [true]),
  P('and param false last', 'SELECT id, (10 / a = 1) AND $1::bool AS r FROM t ORDER BY id', [false]),
  P(
    'case param arm',
    "SELECT id, CASE WHEN $1::int > 0 THEN 'p' ELSE (10 / a)::text END AS r FROM t ORDER BY id",
    [1],
  ),
  P(
    'greatest params before raising',
    'SELECT id, coalesce(greatest($1::text, $2::text), substr(x, 1, n)) AS r FROM t ORDER BY id',
    ['a', 'b'],
  ),
  P(
    'upper param before raising',
    'SELECT id, coalesce(upper($1::text), substr(x, 1, n)) AS r FROM t ORDER BY id',
    ['q'],
  ),
  P(
    'nullif param folds null then raising',
    "SELECT id, coalesce(nullif($1::text, 'z'), x) AS r FROM t ORDER BY id",
    ['z'],
  ),
  P('between params', 'SELECT id, 5 NOT BETWEEN 10 / a AND $1::int AS r FROM t ORDER BY id', [1]),
];
