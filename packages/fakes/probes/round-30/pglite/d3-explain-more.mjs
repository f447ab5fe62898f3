// Round 30: more EXPLAIN shapes: the SETTINGS option (the fake runs PGlite with 16-18's planner
// settings turned off), partitions and pruning, index-only and bitmap scans, aggregates'
// strategies, DISTINCT, window run conditions, CTE materialization, GENERIC_PLAN-free prepared
// statements, WAL and BUFFERS options, and the YAML, XML and JSON formats.
const SCHEMA = `CREATE TABLE m (id int PRIMARY KEY, k int NOT NULL, g int, s text);
CREATE INDEX m_k_g ON m (k, g);
INSERT INTO m SELECT x, x % 7, x % 11, 's' || x FROM generate_series(1, 300) x;
CREATE TABLE p (id int, at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE p1 PARTITION OF p FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE p2 PARTITION OF p FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE pd PARTITION OF p DEFAULT;
INSERT INTO p SELECT x, date '2024-01-01' + x % 50, x FROM generate_series(1, 200) x;
ANALYZE m; ANALYZE p;`;
const queries = [
  'SELECT * FROM m WHERE id = 1',
  'SELECT k, g FROM m WHERE k = 3',
  'SELECT count(*) FROM m WHERE k = 3 AND g > 2',
  'SELECT k, count(*) FROM m GROUP BY k',
  'SELECT g, count(*) FROM m GROUP BY g HAVING count(*) > 10',
  'SELECT DISTINCT g FROM m',
  'SELECT DISTINCT k, g FROM m ORDER BY k',
  'SELECT * FROM m ORDER BY k, g LIMIT 10',
  'SELECT * FROM m ORDER BY g LIMIT 5',
  'SELECT * FROM m ORDER BY k, s LIMIT 5',
  'SELECT * FROM m ORDER BY id FETCH FIRST 3 ROWS WITH TIES',
  'SELECT * FROM (SELECT id, rank() OVER (ORDER BY k) r FROM m) x WHERE r < 3',
  'SELECT * FROM (SELECT id, count(*) OVER () c FROM m) x WHERE c > 3',
  'WITH c AS MATERIALIZED (SELECT * FROM m WHERE k = 1) SELECT * FROM c WHERE g = 2',
  'WITH c AS (SELECT * FROM m WHERE k = 1) SELECT * FROM c WHERE g = 2',
  "SELECT * FROM p WHERE at = '2024-01-15'",
  "SELECT * FROM p WHERE at >= '2024-02-01'",
  'SELECT count(*) FROM p',
  'SELECT at, sum(v) FROM p GROUP BY at ORDER BY at LIMIT 3',
  'SELECT * FROM p WHERE at = $1',
  'SELECT m.id, p.v FROM m JOIN p ON p.id = m.id WHERE m.k = 2',
  'SELECT * FROM m WHERE s LIKE $1',
  'SELECT * FROM m WHERE id = ANY ($1)',
  'SELECT * FROM m WHERE k = 1 UNION ALL SELECT * FROM m WHERE k = 2',
  'SELECT * FROM m, LATERAL (SELECT max(v) FROM p WHERE p.id = m.id) x WHERE m.id < 5',
  'SELECT * FROM m WHERE id IN (VALUES (1), (2), (3))',
  'SELECT max(g) FROM m WHERE k = 4',
  'SELECT array_agg(s ORDER BY s) FROM m GROUP BY k',
  "SELECT k, string_agg(s, ',') FROM m GROUP BY k ORDER BY k",
  'SELECT count(DISTINCT g) FROM m GROUP BY k',
  'SELECT * FROM m WHERE g IS NULL',
  'SELECT * FROM m WHERE k <> 1 AND k <> 2',
  'SELECT * FROM m WHERE NOT (k = 1 OR g = 2)',
  'SELECT * FROM m WHERE (k = 1 AND g = 1) OR (k = 2 AND g = 2)',
  'SELECT * FROM m WHERE k = 1 OR g = 2',
];
const variants = [
  ['settings', 'EXPLAIN (COSTS OFF, SETTINGS) '],
  ['costs off', 'EXPLAIN (COSTS OFF) '],
  ['verbose', 'EXPLAIN (VERBOSE, COSTS OFF) '],
  ['analyze', 'EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) '],
  ['analyze wal', 'EXPLAIN (ANALYZE, WAL, COSTS OFF, TIMING OFF, SUMMARY OFF) '],
  ['yaml', 'EXPLAIN (COSTS OFF, FORMAT YAML) '],
  ['xml', 'EXPLAIN (COSTS OFF, FORMAT XML) '],
  ['json verbose', 'EXPLAIN (COSTS OFF, VERBOSE, FORMAT JSON) '],
];
const params = (q) =>
  q.includes('$1')
    ? [q.includes('ANY') ? '{1,2}' : q.includes('LIKE') ? 's1%' : q.includes('at =') ? '2024-01-15' : 1]
    : undefined;
const cases = [];
for (const q of queries)
  for (const [label, prefix] of variants) {
    const p = params(q);
    cases.push({
      name: `explain2 ${label}: ${q}`,
      setup: SCHEMA,
      steps: [p ? { sql: prefix + q, params: p } : prefix + q],
    });
  }
cases.push({
  name: 'explain2 settings after SET',
  setup: SCHEMA,
  steps: [
    'SET enable_seqscan = off',
    "SET work_mem = '8MB'",
    'EXPLAIN (COSTS OFF, SETTINGS) SELECT * FROM m WHERE g = 1',
  ],
});
cases.push({
  name: 'explain2 settings json after SET',
  setup: SCHEMA,
  steps: ['SET random_page_cost = 2', 'EXPLAIN (COSTS OFF, SETTINGS, FORMAT JSON) SELECT 1'],
});
cases.push({
  name: 'explain2 prepared',
  setup: SCHEMA,
  steps: ['PREPARE q(int) AS SELECT * FROM m WHERE k = $1', 'EXPLAIN (COSTS OFF) EXECUTE q(1)'],
});
cases.push({
  name: 'explain2 create table as',
  setup: SCHEMA,
  steps: ['EXPLAIN (COSTS OFF) CREATE TABLE x AS SELECT * FROM m WHERE k = 1'],
});
cases.push({
  name: 'explain2 declare',
  setup: SCHEMA,
  steps: ['BEGIN', 'EXPLAIN (COSTS OFF) DECLARE c CURSOR FOR SELECT * FROM m ORDER BY g', 'ROLLBACK'],
});
export default cases;
