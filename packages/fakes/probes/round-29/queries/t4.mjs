const S = `CREATE TABLE tie (id int PRIMARY KEY, g int, s text, k int);
INSERT INTO tie SELECT i, (i - 1) * 7 % 3 + 1, substr('abc', (i - 1) * 5 % 3 + 1, 1), i % 2 FROM generate_series(1, 30) i;`;
const x = (name, ...steps) => ({ name, setup: S, steps });
export default [
  x('agg array_agg order ties', 'SELECT array_agg(id ORDER BY g) FROM tie'),
  x('agg string_agg order ties', "SELECT string_agg(id::text, ',' ORDER BY s) FROM tie"),
  x('agg array_agg order ties grouped', 'SELECT k, array_agg(id ORDER BY g) FROM tie GROUP BY k ORDER BY k'),
  x('agg json_agg order ties', 'SELECT json_agg(id ORDER BY g DESC) FROM tie'),
  x('agg array_agg order small', 'SELECT array_agg(id ORDER BY g) FROM tie WHERE id <= 6'),
  x('agg array_agg no order', 'SELECT array_agg(id) FROM tie'),
  x('union all ties', 'SELECT id, g FROM tie UNION ALL SELECT 100, 1 ORDER BY g'),
  x('union ties', 'SELECT id, g FROM tie UNION SELECT 100, 1 ORDER BY g'),
  x(
    'union all ties limit',
    'SELECT id, g FROM tie WHERE id < 20 UNION ALL SELECT id, g FROM tie WHERE id >= 20 ORDER BY g LIMIT 4',
  ),
  x(
    'values ties',
    'SELECT * FROM (VALUES (1, 2), (2, 1), (3, 2), (4, 1), (5, 2), (6, 1), (7, 2), (8, 1)) v(a, b) ORDER BY b',
  ),
  x('values ties direct', 'VALUES (1, 2), (2, 1), (3, 2), (4, 1), (5, 2), (6, 1), (7, 2), (8, 1) ORDER BY 2'),
  x('generate_series ties', 'SELECT i FROM generate_series(1, 20) i ORDER BY i % 3'),
  x('subquery ties', 'SELECT * FROM (SELECT id, g FROM tie) t ORDER BY g'),
  x('distinct ties', 'SELECT DISTINCT g, s FROM tie ORDER BY g'),
  x('in subquery ties', 'SELECT id FROM tie WHERE g IN (SELECT 1) ORDER BY s'),
  x('exists', 'SELECT id FROM tie t WHERE EXISTS (SELECT 1 FROM tie u WHERE u.id = t.id + 1) ORDER BY g'),
  x('single table scalar sub', 'SELECT id, (SELECT 1) AS one FROM tie ORDER BY one LIMIT 3'),
  x('order by constant expr', 'SELECT id FROM tie ORDER BY 1 = 1, g'),
  x('insert returning order', 'INSERT INTO tie SELECT id + 100, g, s, k FROM tie ORDER BY g RETURNING id'),
  x('order by random ties?', 'SELECT id FROM tie ORDER BY g, s LIMIT 8'),
];
