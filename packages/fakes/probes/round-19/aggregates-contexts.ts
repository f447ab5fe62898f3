// Round 19 probe: where PostgreSQL 15 refuses aggregates, window functions, GROUPING and set-returning
// functions (4.2.7, 4.2.8, 9.25: each clause has its own message), and FOR UPDATE with grouping.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('r19 aggregates contexts: ');
const T = `CREATE TABLE t (id int PRIMARY KEY, v int, s text);
INSERT INTO t VALUES (1, 10, 'a'), (2, 20, 'b'), (3, NULL, 'a');`;
const q = (name: string, sql: string, setup = T) => list.add(name, [sql], setup);

const calls: Array<[string, string]> = [
  ['aggregate', 'max(1)'],
  ['window', 'row_number() OVER ()'],
  ['grouping', 'GROUPING(1)'],
  ['srf', 'generate_series(1, 2)'],
];
for (const [kind, call] of calls) {
  q(`${kind} in CHECK`, `CREATE TABLE z (a int CHECK (${call} > 0))`);
  q(`${kind} in DEFAULT`, `CREATE TABLE z (a int DEFAULT ${call})`);
  q(`${kind} in generated column`, `CREATE TABLE z (a int, b int GENERATED ALWAYS AS (${call}) STORED)`);
  q(`${kind} in index expression`, `CREATE INDEX ON t ((${call}))`);
  q(`${kind} in index predicate`, `CREATE INDEX ON t (v) WHERE ${call} > 0`);
  q(`${kind} in partition key`, `CREATE TABLE z (a int) PARTITION BY RANGE ((${call}))`);
  q(
    `${kind} in partition bound`,
    `CREATE TABLE z (a int) PARTITION BY RANGE (a); CREATE TABLE z1 PARTITION OF z FOR VALUES FROM (${call}) TO (10)`,
  );
  q(`${kind} in ALTER COLUMN TYPE USING`, `ALTER TABLE t ALTER COLUMN v TYPE bigint USING ${call}`);
  q(
    `${kind} in trigger WHEN`,
    `CREATE FUNCTION tf() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'; CREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW WHEN (${call} > 0) EXECUTE FUNCTION tf()`,
  );
  q(`${kind} in policy USING`, `CREATE POLICY p ON t USING (${call} > 0)`);
  q(`${kind} in domain CHECK`, `CREATE DOMAIN dd AS int CHECK (${call} > 0)`);
  q(`${kind} in domain DEFAULT`, `CREATE DOMAIN dd AS int DEFAULT ${call}`);
  q(`${kind} in WHERE`, `SELECT 1 AS x FROM t WHERE ${call} > 0`);
  q(`${kind} in JOIN ON`, `SELECT 1 AS x FROM t a JOIN t b ON ${call} > 0`);
  q(`${kind} in FROM function argument`, `SELECT * FROM generate_series(1, ${call})`);
  q(`${kind} in LIMIT`, `SELECT 1 AS x FROM t LIMIT ${call}`);
  q(`${kind} in OFFSET`, `SELECT 1 AS x FROM t OFFSET ${call}`);
  q(`${kind} in window PARTITION BY`, `SELECT count(*) OVER (PARTITION BY ${call}) AS c FROM t`);
  q(`${kind} in window ORDER BY`, `SELECT count(*) OVER (ORDER BY ${call}) AS c FROM t`);
  q(
    `${kind} in window frame offset`,
    `SELECT count(*) OVER (ORDER BY id ROWS ${call} PRECEDING) AS c FROM t`,
  );
  q(`${kind} in UPDATE SET`, `UPDATE t SET v = ${call}`);
  q(`${kind} in UPDATE WHERE`, `UPDATE t SET v = 1 WHERE ${call} > 0`);
  q(`${kind} in DELETE WHERE`, `DELETE FROM t WHERE ${call} > 0`);
  q(`${kind} in INSERT VALUES`, `INSERT INTO t (id) VALUES (${call})`);
  q(
    `${kind} in ON CONFLICT WHERE`,
    `INSERT INTO t (id) VALUES (9) ON CONFLICT (id) DO UPDATE SET v = 1 WHERE ${call} > 0`,
  );
  q(`${kind} in ON CONFLICT SET`, `INSERT INTO t (id) VALUES (1) ON CONFLICT (id) DO UPDATE SET v = ${call}`);
  q(`${kind} in RETURNING`, `UPDATE t SET v = v RETURNING ${call} AS r`);
  q(`${kind} in EXECUTE parameter`, `PREPARE pp(int) AS SELECT $1 AS x; EXECUTE pp(${call})`);
  q(`${kind} in CALL argument`, `CREATE PROCEDURE pr(int) LANGUAGE sql AS 'SELECT 1'; CALL pr(${call})`);
  q(`${kind} in VALUES`, `VALUES (${call})`);
  q(`${kind} in GROUP BY`, `SELECT count(*) AS c FROM t GROUP BY ${call}`);
  q(`${kind} in COPY FROM WHERE`, `COPY t FROM STDIN WHERE ${call} > 0`);
  q(`${kind} in column default via ALTER`, `ALTER TABLE t ALTER COLUMN v SET DEFAULT ${call}`);
  q(
    `${kind} in MERGE ON`,
    `MERGE INTO t USING (SELECT 1 AS k) s ON ${call} > 0 WHEN MATCHED THEN DO NOTHING`,
  );
  q(
    `${kind} in MERGE WHEN condition`,
    `MERGE INTO t USING (SELECT 1 AS k) s ON t.id = s.k WHEN MATCHED AND ${call} > 0 THEN DO NOTHING`,
  );
  q(
    `${kind} in MERGE UPDATE SET`,
    `MERGE INTO t USING (SELECT 1 AS k) s ON t.id = s.k WHEN MATCHED THEN UPDATE SET v = ${call}`,
  );
  q(
    `${kind} in MERGE INSERT VALUES`,
    `MERGE INTO t USING (SELECT 9 AS k) s ON t.id = s.k WHEN NOT MATCHED THEN INSERT (id) VALUES (${call})`,
  );
  q(
    `${kind} in cycle mark value`,
    `WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 3) CYCLE n SET c TO ${call} DEFAULT 0 USING p SELECT * FROM r`,
  );
  q(`${kind} in statistics expression`, `CREATE STATISTICS st ON (${call}), v FROM t`);
}

// ---------------------------------------------------------------- FOR UPDATE with grouping, windows, SRFs
q('FOR UPDATE with aggregate is 0A000', `SELECT count(*) AS c FROM t FOR UPDATE`);
q('FOR UPDATE with GROUP BY is 0A000', `SELECT s FROM t GROUP BY s FOR UPDATE`);
q('FOR SHARE with HAVING is 0A000', `SELECT 1 AS x FROM t HAVING true FOR SHARE`);
q('FOR UPDATE with window is 0A000', `SELECT row_number() OVER () AS r FROM t FOR UPDATE`);
q('FOR UPDATE with DISTINCT is 0A000', `SELECT DISTINCT s FROM t FOR UPDATE`);
q('FOR UPDATE with SRF in target list is 0A000', `SELECT generate_series(1, 2) AS g FROM t FOR UPDATE`);
q('FOR UPDATE with UNION is 0A000', `SELECT id FROM t UNION SELECT 1 FOR UPDATE`);
q('FOR NO KEY UPDATE with GROUPING SETS is 0A000', `SELECT s FROM t GROUP BY ROLLUP (s) FOR NO KEY UPDATE`);
q('FOR UPDATE of function in FROM is 0A000', `SELECT * FROM generate_series(1, 2) g FOR UPDATE`);
q(
  'FOR UPDATE of table with aggregate subquery',
  `SELECT t.id, (SELECT max(v) FROM t t2) AS m FROM t WHERE id = 1 FOR UPDATE`,
);

// ---------------------------------------------------------------- DISTINCT / ORDER BY with aggregates
q(
  'DISTINCT with ORDER BY aggregate not in list is 42P10',
  `SELECT DISTINCT s FROM t GROUP BY s ORDER BY count(*)`,
);
q(
  'DISTINCT ON aggregate',
  `SELECT DISTINCT ON (count(*)) s, count(*) AS c FROM t GROUP BY s ORDER BY count(*), s`,
);
q('ORDER BY aggregate alias', `SELECT s, count(*) AS c FROM t GROUP BY s ORDER BY c DESC, s`);
q(
  'ORDER BY expression over aggregate alias is 42703',
  `SELECT s, count(*) AS c FROM t GROUP BY s ORDER BY c + 1`,
);
q('ORDER BY window alias', `SELECT id, row_number() OVER (ORDER BY id DESC) AS rn FROM t ORDER BY rn`);
q(
  'window over DISTINCT aggregate',
  `SELECT s, count(DISTINCT v) AS c, sum(count(DISTINCT v)) OVER () AS t FROM t GROUP BY s ORDER BY s`,
);
q('aggregate over set operation', `SELECT count(*) AS c FROM (SELECT id FROM t UNION SELECT 1) u`);
q('aggregate in UNION branch', `SELECT count(*) AS c FROM t UNION ALL SELECT max(id) FROM t`);
q('aggregate in UNION with ORDER BY', `SELECT count(*) AS c FROM t UNION ALL SELECT 1 ORDER BY 1`);
q('aggregate with ORDER BY on UNION column name', `SELECT sum(v) AS c FROM t UNION SELECT 5 ORDER BY c`);
q('aggregate in CTE', `WITH a AS (SELECT s, sum(v) AS total FROM t GROUP BY s) SELECT * FROM a ORDER BY s`);
q(
  'aggregate in correlated EXISTS',
  `SELECT id FROM t WHERE EXISTS (SELECT 1 FROM t t2 HAVING max(t2.v) > t.id) ORDER BY id`,
);
q(
  'aggregate in scalar subquery in HAVING',
  `SELECT s FROM t GROUP BY s HAVING count(*) > (SELECT count(*) FROM t) / 3 ORDER BY s`,
);
q('aggregate in IN list', `SELECT id FROM t WHERE v IN (SELECT max(v) FROM t GROUP BY s) ORDER BY id`);
q('aggregate in ANY', `SELECT id FROM t WHERE v = ANY (SELECT min(v) FROM t) ORDER BY id`);
q(
  'aggregate in LATERAL of grouped query is 42803',
  `SELECT s, x.c FROM t, LATERAL (SELECT count(t.v) AS c) x GROUP BY s`,
);
q(
  'aggregate in UPDATE FROM subquery',
  `UPDATE t SET v = m.mx FROM (SELECT max(v) AS mx FROM t) m WHERE t.id = 3; SELECT * FROM t ORDER BY id`,
);
q(
  'aggregate in DELETE USING subquery',
  `DELETE FROM t USING (SELECT min(id) AS mn FROM t) m WHERE t.id = m.mn; SELECT id FROM t ORDER BY id`,
);
q(
  'aggregate in INSERT SELECT',
  `INSERT INTO t SELECT max(id) + 1, sum(v), 'z' FROM t; SELECT * FROM t ORDER BY id`,
);
q(
  'aggregate in INSERT SELECT with RETURNING',
  `INSERT INTO t SELECT max(id) + 1, count(*), 'z' FROM t RETURNING *`,
);
q(
  'window in INSERT SELECT',
  `INSERT INTO t SELECT id + 10, row_number() OVER (ORDER BY id), s FROM t RETURNING *`,
);
q(
  'aggregate of whole table in subquery of UPDATE SET',
  `UPDATE t SET v = (SELECT count(*) FROM t) WHERE id = 1 RETURNING v`,
);
q(
  'aggregate over empty with GROUP BY in subquery is NULL scalar',
  `SELECT (SELECT count(*) FROM t WHERE false GROUP BY s) AS c`,
);
q('count over empty without GROUP BY in subquery is 0', `SELECT (SELECT count(*) FROM t WHERE false) AS c`);
list.add(
  'aggregate with parameter in HAVING and LIMIT',
  [withParams('SELECT s, count(*) AS c FROM t GROUP BY s HAVING count(*) >= $1 ORDER BY s LIMIT $2', 1, 1)],
  T,
);

export default list.cases;
