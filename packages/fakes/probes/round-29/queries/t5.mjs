const S = `CREATE TABLE tie (id int PRIMARY KEY, g int, s text);
INSERT INTO tie SELECT i, (i - 1) * 7 % 3 + 1, substr('abc', (i - 1) * 5 % 3 + 1, 1) FROM generate_series(1, 30) i;
CREATE TABLE copy (n serial PRIMARY KEY, id int);`;
const x = (name, ...steps) => ({ name, setup: S, steps });
export default [
  x(
    'insert select order ties',
    'INSERT INTO copy (id) SELECT id FROM tie ORDER BY g',
    'SELECT n, id FROM copy ORDER BY n',
  ),
  x(
    'insert select order ties limit',
    'INSERT INTO copy (id) SELECT id FROM tie ORDER BY g LIMIT 5',
    'SELECT n, id FROM copy ORDER BY n',
  ),
  x('subquery limit ties set', 'SELECT * FROM (SELECT id FROM tie ORDER BY g LIMIT 5) s'),
  x('in subquery limit ties', 'SELECT id FROM tie WHERE id IN (SELECT id FROM tie ORDER BY s LIMIT 4)'),
  x(
    'cte limit ties',
    'WITH top AS (SELECT id FROM tie ORDER BY g LIMIT 3) SELECT count(*), sum(id) FROM top',
  ),
  x(
    'delete where in limit ties',
    'DELETE FROM tie WHERE id IN (SELECT id FROM tie ORDER BY g LIMIT 4) RETURNING id',
  ),
  x(
    'update where in limit ties',
    "UPDATE tie SET s = 'z' WHERE id IN (SELECT id FROM tie ORDER BY g LIMIT 4) RETURNING id",
  ),
  x('scalar subquery limit 1 tie', 'SELECT (SELECT id FROM tie ORDER BY g LIMIT 1)'),
  x('scalar subquery limit 1 tie s', 'SELECT (SELECT id FROM tie ORDER BY s DESC LIMIT 1)'),
  x('array subquery ties', 'SELECT ARRAY(SELECT id FROM tie ORDER BY g)'),
  x('top-level order ties offset', 'SELECT id FROM tie ORDER BY g OFFSET 25'),
  x('exists limit', 'SELECT EXISTS (SELECT 1 FROM tie ORDER BY g LIMIT 1)'),
];
