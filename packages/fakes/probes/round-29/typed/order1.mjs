const T = 'CREATE TABLE t (id int, d date, ts timestamp, j jsonb)';
const one = (name, sql, params) => ({ name: `order: ${name}`, setup: T, steps: [{ sql, params }] });
export default [
  one('unknown column with bad int param', 'SELECT $1::int AS a, nope FROM t', ['abc']),
  one('unknown table with bad int param', 'SELECT $1::int AS a FROM nope', ['abc']),
  one('inconsistent with bad date', 'INSERT INTO t (d, ts) VALUES ($1, $1)', ['2024-13-01']),
  one('inconsistent with bad int', 'SELECT $1::int = id, $1::text FROM t', ['x']),
  one('inconsistent with good int', 'SELECT $1::int AS a, $1::text AS b', ['1']),
  one('type error with bad date param', "SELECT $1::date + 'x'::text", ['2024-13-01']),
  one('function missing with bad param', 'SELECT nofn($1::int)', ['x']),
  one('bad jsonb param and unknown column', 'SELECT $1::jsonb, nope FROM t', ['{bad']),
  one('bad date param in insert wrong column', 'INSERT INTO t (nope) VALUES ($1::date)', ['2024-13-01']),
  one('bad date param and column count', 'INSERT INTO t (d) VALUES ($1, 1)', ['2024-13-01']),
  one('bad int param where', 'SELECT id FROM t WHERE id = $1 AND nope = 1', ['x']),
  one('bad ts param with 42P08 text', 'SELECT $1::timestamp, $1::int', ['2024-01-01 25:00']),
];
