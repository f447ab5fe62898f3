const one = (x, setup) => ({ name: `pgm10: ${x}`, ...(setup ? { setup } : {}), steps: [x] });
const T =
  "CREATE TABLE t (d date, s smallint, b bigint, n numeric, f float8, x text); INSERT INTO t VALUES ('2024-01-01', 2, 3, 1.5, 2.5, '4')";
export default [
  "SELECT date '2024-01-01' + 1::bigint AS v",
  "SELECT date '2024-01-01' + 1::smallint AS v",
  "SELECT date '2024-01-01' + 1.5 AS v",
  "SELECT date '2024-01-01' + '1' AS v",
  "SELECT date '2024-01-01' - '1' AS v",
  "SELECT date '2024-01-01' + 1::float8 AS v",
  "SELECT date '2024-01-01' - '2023-12-01' AS v",
  "SELECT '2024-01-01' - date '2023-12-01' AS v",
  "SELECT 1::bigint + date '2024-01-01' AS v",
  "SELECT date '2024-01-01' + NULL AS v",
  "SELECT NULL + date '2024-01-01' AS v",
  "SELECT date '2024-01-01' - NULL AS v",
  "SELECT date '2024-01-01' + true AS v",
  "SELECT date '2024-01-01' * 2 AS v",
  "SELECT -date '2024-01-01' AS v",
  "SELECT date '2024-01-01' + date '2024-01-01' AS v",
  "SELECT timestamp '2024-01-01' + 1 AS v",
  "SELECT timestamp '2024-01-01' - timestamp '2023-01-01' AS v",
  "SELECT timestamptz '2024-01-01 00:00+00' - date '2023-12-31' AS v",
  "SELECT date '2024-01-01' - timestamp '2023-12-31 12:00' AS v",
  ...[
    'd + s',
    'd + b',
    'd + n',
    'd + f',
    'd + x',
    'd - s',
    'd - b',
    'd - x',
    'd + s::int',
    's + d',
    'd - d',
    'd + length(x)',
    'd + (s * 2)',
    'd + (b::int)',
    'd + $1',
  ].map((e) => `SELECT ${e} AS v FROM t`),
]
  .map((x) => one(x, x.includes('FROM t') ? T : undefined))
  .map((c) => (c.steps[0].includes('$1') ? { ...c, steps: [{ sql: c.steps[0], params: [5] }] } : c));
