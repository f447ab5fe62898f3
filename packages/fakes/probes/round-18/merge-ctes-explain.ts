// Round 18 probe: EXPLAIN of this theme's plans (windows, CTEs, subqueries, set operations, MERGE).
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('explain: ');
const TS = `CREATE TABLE t (id int PRIMARY KEY, v text, n int DEFAULT 0);
INSERT INTO t SELECT g, 'v' || g, g * 10 FROM generate_series(1, 50) g;
CREATE TABLE s (id int, v text, n int);
INSERT INTO s SELECT g, 'w' || g, g FROM generate_series(1, 30) g;
ANALYZE t; ANALYZE s;`;
const q = (name: string, sql: string) => list.add(name, [`EXPLAIN (COSTS OFF) ${sql}`], TS);
const v = (name: string, sql: string) => list.add(name, [`EXPLAIN (VERBOSE, COSTS OFF) ${sql}`], TS);

q(
  'a row_number run condition',
  `SELECT * FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM t) x WHERE rn <= 2`,
);
q(
  'a rank run condition per partition',
  `SELECT * FROM (SELECT id, rank() OVER (PARTITION BY n % 3 ORDER BY id) AS rk FROM t) x WHERE rk < 3`,
);
q(
  'a count run condition',
  `SELECT * FROM (SELECT id, count(*) OVER (ORDER BY id) AS c FROM t) x WHERE c <= 5`,
);
v('a window function in VERBOSE output', `SELECT id, row_number() OVER (ORDER BY id) FROM t`);
v(
  'two windows in VERBOSE output',
  `SELECT id, sum(n) OVER (ORDER BY id), avg(n) OVER (PARTITION BY v) FROM t`,
);
v(
  'a named window in VERBOSE output',
  `SELECT id, sum(n) OVER w FROM t WINDOW w AS (ORDER BY id ROWS 2 PRECEDING)`,
);
q(
  'a window with a frame and partition',
  `SELECT id, sum(n) OVER (PARTITION BY v ORDER BY id RANGE BETWEEN 5 PRECEDING AND CURRENT ROW) FROM t`,
);
q('a MATERIALIZED CTE', `WITH c AS MATERIALIZED (SELECT * FROM t) SELECT * FROM c WHERE id = 1`);
q(
  'a CTE referenced twice',
  `WITH c AS (SELECT * FROM t WHERE n > 100) SELECT * FROM c a JOIN c b ON a.id = b.id`,
);
q(
  'a recursive CTE',
  `WITH RECURSIVE r(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM r WHERE k < 3) SELECT k FROM r`,
);
q(
  'a recursive CTE with UNION',
  `WITH RECURSIVE r(k) AS (SELECT 1 UNION SELECT k + 1 FROM r WHERE k < 3) SELECT k FROM r`,
);
q('an EXISTS semi join', `SELECT id FROM t WHERE EXISTS (SELECT 1 FROM s WHERE s.id = t.id)`);
q('a NOT EXISTS anti join', `SELECT id FROM t WHERE NOT EXISTS (SELECT 1 FROM s WHERE s.id = t.id)`);
q('an IN subquery', `SELECT id FROM t WHERE id IN (SELECT id FROM s)`);
q('a scalar subquery InitPlan', `SELECT id FROM t WHERE n = (SELECT max(n) FROM s)`);
q('a correlated scalar subquery', `SELECT id, (SELECT max(n) FROM s WHERE s.id = t.id) FROM t`);
q('a LATERAL subquery', `SELECT t.id, l.n FROM t, LATERAL (SELECT n FROM s WHERE s.id = t.id LIMIT 1) l`);
q('a UNION ALL', `SELECT id FROM t UNION ALL SELECT id FROM s`);
q('a UNION with ORDER BY and LIMIT', `SELECT id FROM t UNION SELECT id FROM s ORDER BY 1 LIMIT 5`);
q('an INTERSECT', `SELECT id FROM t INTERSECT SELECT id FROM s`);
q('a VALUES scan', `SELECT * FROM (VALUES (1, 'a'), (2, 'b')) v(k, w)`);
q('grouping sets', `SELECT v, n, count(*) FROM t GROUP BY GROUPING SETS ((v), (n))`);
q('a CUBE', `SELECT v, n % 2, count(*) FROM t GROUP BY CUBE (v, n % 2)`);
q(
  'a MERGE with insert and update',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = s.n WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`,
);
q('a MERGE with only DO NOTHING', `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DO NOTHING`);
q(
  'a data-modifying CTE',
  `WITH d AS (DELETE FROM s WHERE id < 3 RETURNING *) INSERT INTO t SELECT id + 100, v, n FROM d`,
);
q('an ANY array', `SELECT id FROM t WHERE id = ANY ('{1,2,3}'::int[])`);
q('a row comparison on the key', `SELECT id FROM t WHERE (id, n) > (3, 0) ORDER BY id LIMIT 2`);

export default list.cases;
