// Round 30: EXPLAIN output shapes 16-18's planners and EXPLAIN changed (OR lists as ANY, NOT NULL
// columns' IS NULL tests, InitPlan and SubPlan notation, right semi and anti joins, presorted
// UNION, Memoize, Index Searches, fractional actual rows), in the options repositories use.
const SCHEMA = `CREATE TABLE a (id int PRIMARY KEY, k int NOT NULL, v text, n int);
CREATE INDEX a_k ON a (k);
CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a, w int NOT NULL);
CREATE INDEX b_a ON b (a_id);
INSERT INTO a SELECT g, g % 10, 'v' || g, CASE WHEN g % 3 = 0 THEN NULL ELSE g END FROM generate_series(1, 200) g;
INSERT INTO b SELECT g, g % 200 + 1, g FROM generate_series(1, 400) g;
ANALYZE a; ANALYZE b;`;
const queries = [
  'SELECT * FROM a WHERE k = 1 OR k = 2',
  'SELECT * FROM a WHERE id = 1 OR id = 2 OR id = 3',
  'SELECT * FROM a WHERE k IN (1, 2, 3)',
  'SELECT * FROM a WHERE k = ANY (ARRAY[1, 2])',
  "SELECT * FROM a WHERE v = 'v1' OR v = 'v2'",
  'SELECT * FROM a WHERE k IS NOT NULL',
  'SELECT * FROM a WHERE k IS NULL',
  'SELECT * FROM a WHERE n IS NULL',
  'SELECT * FROM a WHERE k IS NOT NULL AND n > 5',
  'SELECT * FROM a WHERE id = (SELECT max(a_id) FROM b)',
  'SELECT id, (SELECT count(*) FROM b WHERE b.a_id = a.id) FROM a',
  'SELECT * FROM a WHERE id IN (SELECT a_id FROM b WHERE w > 100)',
  'SELECT * FROM a WHERE id NOT IN (SELECT a_id FROM b)',
  'SELECT * FROM a WHERE EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id)',
  'SELECT * FROM a WHERE NOT EXISTS (SELECT 1 FROM b WHERE b.a_id = a.id)',
  'SELECT * FROM a WHERE k > (SELECT avg(w) FROM b) AND id < 10',
  'SELECT * FROM a WHERE id = ANY (SELECT a_id FROM b WHERE w < 5)',
  'SELECT k FROM a UNION SELECT w FROM b',
  'SELECT k FROM a UNION ALL SELECT w FROM b ORDER BY 1 LIMIT 5',
  'SELECT DISTINCT k FROM a ORDER BY k LIMIT 3',
  'SELECT DISTINCT ON (k) k, id FROM a ORDER BY k, id',
  'SELECT k, count(*) FROM a GROUP BY k ORDER BY k',
  'SELECT k, n, count(*) FROM a GROUP BY n, k',
  'SELECT k, array_agg(id ORDER BY id) FROM a GROUP BY k',
  'SELECT count(DISTINCT k) FROM a',
  'SELECT a.id, b.w FROM a JOIN b ON b.a_id = a.id WHERE a.k = 1',
  'SELECT a.id FROM a LEFT JOIN b ON b.a_id = a.id WHERE b.id IS NULL',
  'SELECT a.id, b.w FROM a LEFT JOIN LATERAL (SELECT w FROM b WHERE b.a_id = a.id ORDER BY w LIMIT 1) b ON true',
  'SELECT a1.id FROM a a1 JOIN a a2 ON a1.id = a2.id',
  'SELECT id, row_number() OVER (PARTITION BY k ORDER BY id) FROM a',
  'SELECT * FROM (SELECT id, row_number() OVER (ORDER BY id) rn FROM a) s WHERE rn <= 3',
  'SELECT id, sum(k) OVER w, avg(k) OVER w FROM a WINDOW w AS (ORDER BY id ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)',
  'WITH c AS (SELECT k FROM a WHERE id < 10) SELECT * FROM c c1 JOIN c c2 USING (k)',
  'WITH RECURSIVE r(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM r WHERE x < 5) SELECT * FROM r',
  'SELECT * FROM a ORDER BY k, id LIMIT 5',
  'SELECT * FROM a WHERE k = 1 ORDER BY id DESC LIMIT 2',
  'SELECT max(id) FROM a',
  'SELECT min(k), max(k) FROM a',
  "SELECT * FROM a WHERE v LIKE 'v1%'",
  'SELECT count(*) FROM a WHERE n IS NOT DISTINCT FROM NULL',
  'SELECT * FROM a WHERE (k, id) > (1, 5) ORDER BY k, id LIMIT 3',
  'SELECT * FROM a WHERE k = 1 AND k = 2',
  'SELECT * FROM a WHERE false',
  'SELECT 1 WHERE EXISTS (SELECT 1 FROM a)',
  'SELECT * FROM a WHERE id = $1',
  'UPDATE a SET v = v WHERE id = 1',
  'DELETE FROM b WHERE a_id IN (SELECT id FROM a WHERE k = 3)',
  'INSERT INTO b SELECT id + 1000, id, 1 FROM a WHERE k = 1',
  "INSERT INTO a VALUES (1000, 1, 'x', 1) ON CONFLICT (id) DO UPDATE SET v = excluded.v",
  'SELECT * FROM a FOR UPDATE SKIP LOCKED LIMIT 1',
  'SELECT k, count(*) FROM a GROUP BY ROLLUP (k)',
  'SELECT * FROM a WHERE k IN (SELECT k FROM a WHERE id < 3)',
  'SELECT a.id FROM a WHERE a.id IN (SELECT b.a_id FROM b) AND a.k IN (1, 2)',
  "SELECT string_agg(v, ',' ORDER BY v) FROM a",
  'SELECT * FROM a JOIN b ON a.id = b.a_id AND a.k = b.w',
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
    const dml = /^(UPDATE|DELETE|INSERT)/.test(q);
    const sql = prefix + q;
    const step = q.includes('$1') ? { sql, params: [1] } : sql;
    cases.push({
      name: `explain ${label}: ${q}`,
      setup: SCHEMA,
      steps: dml && label === 'analyze' ? ['BEGIN', step, 'ROLLBACK'] : [step],
    });
  }
export default cases;
