const T =
  "CREATE TABLE t (id int, d date, ts timestamptz, j jsonb, x text, n numeric, b bool, xs int[]); INSERT INTO t VALUES (1, '2024-01-01', '2024-01-01 10:00+00', '{\"a\":1}', '1', 1.5, true, '{1}')";
const uses = [
  '$1::int',
  '$1::text',
  '$1::date',
  '$1::timestamptz',
  '$1::jsonb',
  '$1::bool',
  '$1::numeric',
  '$1::int[]',
  '$1::varchar(2)',
  'id = $1',
  'd = $1',
  'ts < $1',
  'x = $1',
  'n > $1',
  'b = $1',
  'xs @> $1',
  'j @> $1',
  "j ->> 'a' = $1",
  '$1 || x',
  'id + $1',
  'coalesce($1, x)',
  '$1 IS NULL',
  'd + $1',
  'j -> $1',
];
const values = ['1', '2024-01-01', '{1}', 't', '{"a":1}', null];
const out = [];
for (const a of uses)
  for (const b of uses) {
    if (a === b) continue;
    for (const v of values)
      out.push({
        name: `fp: ${a} | ${b} | ${v}`,
        setup: T,
        steps: [{ sql: `SELECT ${a} AS p, ${b} AS q FROM t`, params: [v] }],
      });
  }
export default out;
