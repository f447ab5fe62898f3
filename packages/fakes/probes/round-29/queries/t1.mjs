const rows = Array.from(
  { length: 30 },
  (_, i) => `(${i + 1}, ${['1', '2', '3'][(i * 7) % 3]}, '${'abc'[(i * 5) % 3]}')`,
).join(',');
const S = `CREATE TABLE tie(id int PRIMARY KEY, g int, s text); INSERT INTO tie VALUES ${rows};`;
const x = (name, ...steps) => ({ name, setup: S, steps });
export default [
  x('ties sort all', 'SELECT id, g FROM tie ORDER BY g'),
  x('ties sort limit', 'SELECT id, g FROM tie ORDER BY g LIMIT 5'),
  x('ties sort limit 15', 'SELECT id, g FROM tie ORDER BY g LIMIT 15'),
  x('ties sort desc', 'SELECT id, g FROM tie ORDER BY g DESC'),
  x('ties text', 'SELECT id, s FROM tie ORDER BY s'),
  x('ties text limit offset', 'SELECT id, s FROM tie ORDER BY s LIMIT 4 OFFSET 8'),
  x('ties two keys', 'SELECT id FROM tie ORDER BY g, s'),
  x('ties where', 'SELECT id FROM tie WHERE id > 10 ORDER BY g'),
  x('ties distinct on', 'SELECT DISTINCT ON (g) g, id FROM tie ORDER BY g'),
  x('ties group then order', 'SELECT g, count(*) FROM tie GROUP BY g ORDER BY count(*)'),
  x('ties window', 'SELECT id, row_number() OVER (ORDER BY g) FROM tie ORDER BY id'),
  x('ties param limit', { sql: 'SELECT id FROM tie ORDER BY g LIMIT $1', params: [3] }),
  x('ties join', 'SELECT a.id FROM tie a JOIN tie b ON a.id = b.id ORDER BY a.g'),
  x('ties subquery', 'SELECT * FROM (SELECT id, g FROM tie ORDER BY g) x LIMIT 5'),
  x('ties expr', 'SELECT id FROM tie ORDER BY g % 2'),
  x('ties after update', 'UPDATE tie SET g = 9 WHERE id % 4 = 0', 'SELECT id, g FROM tie ORDER BY g'),
  x('ties bool', 'SELECT id FROM tie ORDER BY id % 2 = 0'),
  x('ties unordered limit', 'SELECT id FROM tie LIMIT 3'),
  x('ties array_agg', 'SELECT g, array_agg(id) FROM tie GROUP BY g ORDER BY g'),
  x('ties string_agg', "SELECT string_agg(id::text, ',') FROM tie"),
];
