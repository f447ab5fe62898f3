// Round 30: EXPLAIN of joins, sorts, set-returning functions, DML and ANALYZE counters: plan
// shapes 16-18 print otherwise (Memoize, incremental sorts, function scans, MERGE, ON CONFLICT).
const SCHEMA = `CREATE TABLE c (id int PRIMARY KEY, name text NOT NULL, region int);
CREATE TABLE o (id int PRIMARY KEY, c_id int NOT NULL REFERENCES c, amount numeric, at date);
CREATE INDEX o_c ON o (c_id);
CREATE INDEX o_at ON o (at);
INSERT INTO c SELECT x, 'c' || x, x % 5 FROM generate_series(1, 100) x;
INSERT INTO o SELECT x, x % 100 + 1, x * 1.5, date '2024-01-01' + x % 60 FROM generate_series(1, 1000) x;
ANALYZE c; ANALYZE o;`;
const queries = [
  'SELECT c.name, o.amount FROM c JOIN o ON o.c_id = c.id WHERE c.id = 5',
  'SELECT c.name, sum(o.amount) FROM c JOIN o ON o.c_id = c.id GROUP BY c.name',
  "SELECT * FROM o JOIN c ON c.id = o.c_id WHERE o.at = DATE '2024-01-05'",
  'SELECT * FROM c LEFT JOIN o ON o.c_id = c.id AND o.amount > 100 WHERE c.region = 1',
  'SELECT * FROM c FULL JOIN o ON o.c_id = c.id WHERE c.id IS NULL OR o.id IS NULL',
  'SELECT * FROM c WHERE NOT EXISTS (SELECT 1 FROM o WHERE o.c_id = c.id)',
  'SELECT * FROM o WHERE c_id IN (SELECT id FROM c WHERE region = 2)',
  'SELECT * FROM o ORDER BY at, amount LIMIT 10',
  'SELECT * FROM o ORDER BY c_id, at LIMIT 10',
  'SELECT c_id, at FROM o ORDER BY c_id, at',
  'SELECT region, count(*) FROM c GROUP BY region ORDER BY count(*) DESC',
  'SELECT * FROM generate_series(1, 10) g',
  'SELECT * FROM generate_series(1, 10) g JOIN c ON c.id = g',
  'SELECT * FROM unnest(ARRAY[1, 2, 3]) WITH ORDINALITY u(v, n)',
  "SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(x, y) ORDER BY x",
  'SELECT * FROM jsonb_to_recordset(\'[{"a":1}]\') AS r(a int)',
  'SELECT o.id, (SELECT name FROM c WHERE c.id = o.c_id) FROM o WHERE o.id < 5',
  'SELECT * FROM c WHERE id = (SELECT c_id FROM o WHERE id = 1)',
  'SELECT * FROM c WHERE region = ANY (SELECT region FROM c WHERE id < 3)',
  'SELECT * FROM c ORDER BY name COLLATE "C" LIMIT 3',
  "SELECT * FROM o WHERE amount BETWEEN 10 AND 20 AND at > DATE '2024-02-01'",
  "SELECT date_trunc('week', at), sum(amount) FROM o GROUP BY 1 ORDER BY 1",
  'SELECT c_id, amount, lag(amount) OVER (PARTITION BY c_id ORDER BY at) FROM o WHERE c_id < 3',
  'SELECT * FROM c TABLESAMPLE SYSTEM (50) REPEATABLE (1)',
  'SELECT * FROM c FOR SHARE',
  'SELECT * FROM o WHERE at IS NOT NULL AND c_id IS NOT NULL LIMIT 1',
  'SELECT count(*) FILTER (WHERE amount > 5), avg(amount) FROM o',
  "SELECT DISTINCT c_id FROM o WHERE at < DATE '2024-01-10'",
  'SELECT c_id FROM o GROUP BY c_id HAVING count(*) > 9 ORDER BY c_id',
  'UPDATE o SET amount = amount + 1 WHERE c_id = 3',
  'UPDATE o SET amount = 0 FROM c WHERE c.id = o.c_id AND c.region = 4',
  "DELETE FROM o WHERE at < DATE '2024-01-02' RETURNING id",
  "INSERT INTO c VALUES (1, 'x', 1) ON CONFLICT (id) DO NOTHING",
  "INSERT INTO c VALUES (1, 'x', 1) ON CONFLICT (id) DO UPDATE SET name = excluded.name WHERE c.region > 0",
  "MERGE INTO c USING (VALUES (1, 'y')) v(id, name) ON c.id = v.id WHEN MATCHED THEN UPDATE SET name = v.name WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.name, 0)",
  'WITH d AS (DELETE FROM o WHERE id = 1 RETURNING *) SELECT * FROM d',
  'SELECT * FROM c c1 JOIN c c2 ON c1.region = c2.region WHERE c1.id = 1',
  "SELECT * FROM c WHERE name LIKE 'c1%' ORDER BY id",
  'SELECT * FROM c WHERE id > 10 ORDER BY id DESC LIMIT 5 OFFSET 2',
];
const variants = [
  ['costs off', 'EXPLAIN (COSTS OFF) '],
  ['verbose', 'EXPLAIN (VERBOSE, COSTS OFF) '],
  ['analyze', 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) '],
  ['json', 'EXPLAIN (COSTS OFF, FORMAT JSON) '],
];
const cases = [];
for (const q of queries)
  for (const [label, prefix] of variants) {
    const writes = /^(UPDATE|DELETE|INSERT|MERGE|WITH d)/.test(q) || /FOR SHARE/.test(q);
    const step = prefix + q;
    cases.push({
      name: `explain3 ${label}: ${q}`,
      setup: SCHEMA,
      steps: writes ? ['BEGIN', step, 'ROLLBACK'] : [step],
    });
  }
export default cases;
