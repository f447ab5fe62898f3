// Round 30 probe: several values failing their input where analysis meets a later placeholder
// first (an UPDATE's WHERE before its SET): PostgreSQL's Bind reads $1, $2, ... in order.
const S =
  'CREATE TABLE t (id int PRIMARY KEY, si smallint, u uuid, d date, doc jsonb, tags int[]); INSERT INTO t VALUES (1, 1, NULL, NULL, NULL, NULL);';
const P = (sql, ...params) => ({ sql, params });
export default [
  P('UPDATE t SET si = $1 WHERE id = $2', 'a', 'b'),
  P('UPDATE t SET u = $1 WHERE id = $2', 'a', 'b'),
  P('UPDATE t SET d = $1 WHERE id = $2', '2024-13-01', 'b'),
  P('UPDATE t SET si = $1 WHERE id = $2', '99999', 'b'),
  P('UPDATE t SET si = $1 WHERE id = $2', '99999', 1),
  P('UPDATE t SET doc = $1 WHERE id = $2', '{bad', 'b'),
  P('UPDATE t SET tags = $1 WHERE id = $2', '{1,x}', 'b'),
  P('UPDATE t SET si = $1, u = $2 WHERE id = $3', '1', 'x', 'y'),
  P('UPDATE t SET si = $2, u = $1 WHERE id = $3', 'x', '1', 'y'),
  P('SELECT $2::int, $1::uuid', 'a', 'b'),
  P('SELECT id FROM t WHERE id = $2 AND u = $1', 'a', 'b'),
  P('SELECT id FROM t WHERE id = $2 AND d = $1', 'a', 'b'),
  P('UPDATE t SET d = $1 WHERE id = $2 RETURNING $3::int', 'x', 'y', 'z'),
  P('INSERT INTO t (id, si) VALUES ($2, $1)', 'x', 'y'),
  P('SELECT $1::int AS a, $2 AS b', 'x', 'y'),
].map((step, i) => ({ name: `r30 bind order #${i + 1}`, setup: S, steps: [step] }));
