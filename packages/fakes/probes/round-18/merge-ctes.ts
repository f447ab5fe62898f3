// Round 18 probe: PostgreSQL 15 MERGE (sql-merge.html), every documented form and its errors.
import { ProbeCases, withParams } from '../probe-kit.js';

const list = new ProbeCases('merge: ');

const TS = `CREATE TABLE t (id int PRIMARY KEY, v text, n int DEFAULT 0);
INSERT INTO t VALUES (1, 'a', 10), (2, 'b', 20), (3, 'c', 30);
CREATE TABLE s (id int, v text, n int);
INSERT INTO s VALUES (2, 'B', 200), (3, 'C', 300), (4, 'D', 400);`;
const AFTER = 'SELECT id, v, n FROM t ORDER BY id';
const m = (name: string, sql: string, setup = TS) => list.add(name, [sql, AFTER], setup);
const bad = (name: string, sql: string, setup = TS) => list.add(name, [sql], setup);

// ---------------------------------------------------------------- basic forms
m(
  'matched update and not matched insert from a table source',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v, n = s.n WHEN NOT MATCHED THEN INSERT (id, v, n) VALUES (s.id, s.v, s.n)`,
);
m('INTO is optional', `MERGE t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v`);
m(
  'target alias with AS',
  `MERGE INTO t AS x USING s ON x.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v || x.v`,
);
m(
  'target alias without AS',
  `MERGE INTO t x USING s y ON x.id = y.id WHEN MATCHED THEN UPDATE SET n = x.n + y.n`,
);
bad(
  'target alias hides the table name',
  `MERGE INTO t AS x USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v`,
);
m('only matched delete', `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`);
m(
  'only not matched insert',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`,
);
m('matched do nothing', `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DO NOTHING`);
m('not matched do nothing', `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN DO NOTHING`);
m(
  'all three actions in one statement',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.id = 2 THEN DELETE WHEN MATCHED THEN UPDATE SET v = 'u' WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'i', 0)`,
);
m(
  'insert with a partial column list fills defaults',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id)`,
);
m(
  'insert with DEFAULT keyword in values',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, DEFAULT, DEFAULT)`,
);
m(
  'insert columns in a different order',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (n, v, id) VALUES (s.n, s.v, s.id)`,
);
bad(
  'insert default values violates the primary key not null',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT DEFAULT VALUES`,
);
list.add(
  'insert default values fills identity and defaults',
  [
    `MERGE INTO d USING (VALUES (1), (2)) v(k) ON false WHEN NOT MATCHED THEN INSERT DEFAULT VALUES`,
    'SELECT id, label FROM d ORDER BY id',
  ],
  `CREATE TABLE d (id int GENERATED ALWAYS AS IDENTITY, label text DEFAULT 'dflt'); CREATE TABLE t (id int PRIMARY KEY, v text, n int);`,
);
m('update SET DEFAULT', `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = DEFAULT`);
m(
  'update multi-column SET with a row',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET (v, n) = (s.v, s.n + 1)`,
);
m(
  'update multi-column SET with a sub-select',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET (v, n) = (SELECT 'q', 7)`,
);
m(
  'update SET referring to the old target value',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = t.n * 2, v = t.v || s.v`,
);
bad(
  'update SET with a qualified target column is an error',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.v = s.v`,
);
bad(
  'update of an unknown column',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET nope = 1`,
);
bad(
  'insert into an unknown column',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (nope) VALUES (1)`,
);
bad(
  'insert with more values than columns',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id) VALUES (s.id, s.v)`,
);
bad(
  'insert with more expressions than target columns',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n, 1)`,
);
bad(
  'insert with a column named twice',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id, id) VALUES (s.id, s.id)`,
);
bad(
  'update with a column named twice',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'x', v = 'y'`,
);
bad(
  'not matched insert cannot see target columns',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (t.id, s.v, s.n)`,
);
bad(
  'not matched condition cannot see target columns',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED AND t.n > 0 THEN INSERT VALUES (s.id, s.v, s.n)`,
);
bad(
  'matched then insert is a syntax error',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN INSERT VALUES (1)`,
);
bad(
  'not matched then update is a syntax error',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN UPDATE SET v = 'x'`,
);
bad(
  'not matched then delete is a syntax error',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN DELETE`,
);
bad('merge without WHEN is a syntax error', `MERGE INTO t USING s ON t.id = s.id`);
bad('merge without ON is a syntax error', `MERGE INTO t USING s WHEN MATCHED THEN DELETE`);
bad(
  'merge USING ... USING join syntax is not allowed',
  `MERGE INTO t USING s USING (id) WHEN MATCHED THEN DELETE`,
);
bad(
  'RETURNING is not in PostgreSQL 15',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v RETURNING *`,
);
bad(
  'WHEN NOT MATCHED BY TARGET is not in PostgreSQL 15',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY TARGET THEN INSERT VALUES (s.id, s.v, s.n)`,
);
bad(
  'WHEN NOT MATCHED BY SOURCE is not in PostgreSQL 15',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE`,
);
bad('merge_action() does not exist in PostgreSQL 15', `SELECT merge_action()`);
bad(
  'MERGE inside a CTE is a syntax error in 15',
  `WITH m AS (MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE) SELECT 1`,
);
bad(
  'MERGE in EXPLAIN without ANALYZE is accepted',
  `EXPLAIN (COSTS OFF) MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`,
);
bad(
  'OVERRIDING SYSTEM VALUE inserts into a GENERATED ALWAYS identity',
  `MERGE INTO g USING (VALUES (100, 'x')) v(id, w) ON g.id = v.id WHEN NOT MATCHED THEN INSERT (id, w) OVERRIDING SYSTEM VALUE VALUES (v.id, v.w)`,
  `CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, w text); INSERT INTO g (w) VALUES ('first')`,
);
list.add(
  'OVERRIDING SYSTEM VALUE stores the given identity',
  [
    `MERGE INTO g USING (VALUES (100, 'x')) v(id, w) ON g.id = v.id WHEN NOT MATCHED THEN INSERT (id, w) OVERRIDING SYSTEM VALUE VALUES (v.id, v.w)`,
    'SELECT id, w FROM g ORDER BY id',
  ],
  `CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, w text); INSERT INTO g (w) VALUES ('first')`,
);
bad(
  'inserting into a GENERATED ALWAYS identity without OVERRIDING is 428C9',
  `MERGE INTO g USING (VALUES (100, 'x')) v(id, w) ON g.id = v.id WHEN NOT MATCHED THEN INSERT (id, w) VALUES (v.id, v.w)`,
  `CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, w text)`,
);
list.add(
  'OVERRIDING USER VALUE ignores the given identity',
  [
    `MERGE INTO g USING (VALUES (100, 'x')) v(id, w) ON g.id = v.id WHEN NOT MATCHED THEN INSERT (id, w) OVERRIDING USER VALUE VALUES (v.id, v.w)`,
    'SELECT id, w FROM g ORDER BY id',
  ],
  `CREATE TABLE g (id int GENERATED BY DEFAULT AS IDENTITY, w text)`,
);
list.add(
  'GENERATED BY DEFAULT identity takes the given value',
  [
    `MERGE INTO g USING (VALUES (100, 'x')) v(id, w) ON g.id = v.id WHEN NOT MATCHED THEN INSERT (id, w) VALUES (v.id, v.w)`,
    'SELECT id, w FROM g ORDER BY id',
  ],
  `CREATE TABLE g (id int GENERATED BY DEFAULT AS IDENTITY, w text)`,
);
bad(
  'updating a GENERATED ALWAYS identity column is 428C9',
  `MERGE INTO g USING (VALUES (1)) v(id) ON g.id = v.id WHEN MATCHED THEN UPDATE SET id = 5`,
  `CREATE TABLE g (id int GENERATED ALWAYS AS IDENTITY, w text); INSERT INTO g (w) VALUES ('first')`,
);
bad(
  'inserting into a generated stored column is 428C9',
  `MERGE INTO gs USING (VALUES (1)) v(a) ON false WHEN NOT MATCHED THEN INSERT (a, b) VALUES (v.a, 5)`,
  `CREATE TABLE gs (a int, b int GENERATED ALWAYS AS (a * 2) STORED)`,
);
list.add(
  'generated stored columns are computed on merge insert and update',
  [
    `MERGE INTO gs USING (VALUES (1), (3)) v(a) ON gs.a = v.a WHEN MATCHED THEN UPDATE SET a = gs.a + 10 WHEN NOT MATCHED THEN INSERT (a) VALUES (v.a)`,
    'SELECT a, b FROM gs ORDER BY a',
  ],
  `CREATE TABLE gs (a int, b int GENERATED ALWAYS AS (a * 2) STORED); INSERT INTO gs (a) VALUES (1), (2)`,
);

// ---------------------------------------------------------------- WHEN clause order and conditions
m(
  'first matching WHEN clause wins',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'first' WHEN MATCHED THEN UPDATE SET v = 'second'`,
).add(
  'conditional clauses are tried in order',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.n > 250 THEN UPDATE SET v = 'big' WHEN MATCHED AND s.n > 100 THEN UPDATE SET v = 'mid' WHEN MATCHED THEN DELETE`,
    AFTER,
  ],
  TS,
);
m(
  'no clause matches leaves the row alone',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.n > 1000 THEN DELETE`,
);
m(
  'condition evaluating to NULL is not true',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND NULL::boolean THEN DELETE WHEN MATCHED THEN UPDATE SET v = 'kept'`,
);
m(
  'not matched clauses with conditions',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED AND s.n > 1000 THEN INSERT VALUES (s.id, 'big', s.n) WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'small', s.n)`,
);
m(
  'matched and not matched clauses interleaved',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'i', 1) WHEN MATCHED AND s.id = 3 THEN DELETE WHEN NOT MATCHED THEN DO NOTHING WHEN MATCHED THEN UPDATE SET n = -1`,
);
bad(
  'an unconditional WHEN MATCHED before another is unreachable',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE WHEN MATCHED AND s.id = 2 THEN UPDATE SET v = 'x'`,
);
bad(
  'an unconditional WHEN NOT MATCHED before another is unreachable',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`,
);
bad(
  'condition of a non-boolean type is 42804',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.n THEN DELETE`,
);
bad('ON condition of a non-boolean type is 42804', `MERGE INTO t USING s ON s.n WHEN MATCHED THEN DELETE`);
bad(
  'aggregate in the WHEN condition is 42803',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND count(*) > 0 THEN DELETE`,
);
bad(
  'window function in UPDATE SET is 42P20',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = row_number() OVER ()`,
);
bad(
  'set-returning function in the WHEN condition is 0A000',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND generate_series(1, 2) > 0 THEN DELETE`,
);
m(
  'sub-select inside a WHEN condition',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.id IN (SELECT 3) THEN DELETE`,
);
m(
  'sub-select inside UPDATE SET',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = (SELECT max(n) FROM s)`,
);
m(
  'sub-select inside INSERT VALUES',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, (SELECT string_agg(v, ',' ORDER BY v) FROM t), 0)`,
);
bad(
  'scalar sub-select in SET returning two rows is 21000',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = (SELECT n FROM s)`,
);
m(
  'ON with a constant true matches every pair... with one source row',
  `MERGE INTO t USING (VALUES (1)) v(x) ON true WHEN MATCHED THEN UPDATE SET n = n + v.x`,
);
m(
  'ON false inserts every source row',
  `MERGE INTO t USING s ON false WHEN NOT MATCHED THEN INSERT VALUES (s.id + 10, s.v, s.n)`,
);
m(
  'ON with an extra filter on the source',
  `MERGE INTO t USING s ON t.id = s.id AND s.n > 250 WHEN MATCHED THEN UPDATE SET v = 'm' WHEN NOT MATCHED THEN INSERT VALUES (s.id + 100, s.v, s.n)`,
);
m(
  'ON with an extra filter on the target',
  `MERGE INTO t USING s ON t.id = s.id AND t.n < 25 WHEN MATCHED THEN UPDATE SET v = 'm' WHEN NOT MATCHED THEN INSERT VALUES (s.id + 100, s.v, s.n)`,
);
m(
  'ON comparing NULLs never matches',
  `MERGE INTO t USING (VALUES (NULL::int, 'z')) v(id, w) ON t.id = v.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT VALUES (99, v.w, 0)`,
);
m(
  'ON with IS NOT DISTINCT FROM',
  `MERGE INTO nt USING (VALUES (NULL::int, 'z')) v(k, w) ON nt.k IS NOT DISTINCT FROM v.k WHEN MATCHED THEN UPDATE SET w = v.w`,
  `CREATE TABLE nt (k int, w text); INSERT INTO nt VALUES (NULL, 'a'), (1, 'b'); CREATE TABLE t (id int, v text, n int)`,
);

// ---------------------------------------------------------------- source forms
m(
  'source is a subquery with an alias',
  `MERGE INTO t USING (SELECT id, upper(v) AS v FROM s WHERE n > 250) AS q ON t.id = q.id WHEN MATCHED THEN UPDATE SET v = q.v WHEN NOT MATCHED THEN INSERT VALUES (q.id, q.v, 0)`,
);
bad(
  'source subquery without an alias is accepted in 15',
  `MERGE INTO t USING (SELECT 1 AS id) ON t.id = 1 WHEN MATCHED THEN DELETE`,
);
m(
  'source is a VALUES list with column aliases',
  `MERGE INTO t USING (VALUES (1, 'x'), (9, 'y')) AS v(id, w) ON t.id = v.id WHEN MATCHED THEN UPDATE SET v = v.w WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.w, 0)`,
);
m(
  'source VALUES columns default to column1 and column2',
  `MERGE INTO t USING (VALUES (1, 'x'), (9, 'y')) AS v ON t.id = v.column1 WHEN MATCHED THEN UPDATE SET v = v.column2 WHEN NOT MATCHED THEN INSERT VALUES (v.column1, v.column2, 0)`,
);
m(
  'source is a CTE',
  `WITH src AS (SELECT id * 2 AS id, v FROM s) MERGE INTO t USING src ON t.id = src.id WHEN MATCHED THEN UPDATE SET v = src.v WHEN NOT MATCHED THEN INSERT VALUES (src.id, src.v, 0)`,
);
m(
  'a CTE used in a WHEN condition sub-select',
  `WITH big AS (SELECT id FROM s WHERE n >= 300) MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.id IN (SELECT id FROM big) THEN DELETE`,
);
m(
  'a data-modifying CTE feeding MERGE',
  `WITH del AS (DELETE FROM s WHERE id = 4 RETURNING id, v, n) MERGE INTO t USING del ON t.id = del.id WHEN NOT MATCHED THEN INSERT VALUES (del.id, del.v, del.n)`,
);
list.add(
  'a data-modifying CTE in MERGE deletes its rows',
  [
    `WITH del AS (DELETE FROM s WHERE id = 4 RETURNING id, v, n) MERGE INTO t USING del ON t.id = del.id WHEN NOT MATCHED THEN INSERT VALUES (del.id, del.v, del.n)`,
    'SELECT id FROM s ORDER BY id',
  ],
  TS,
);
m(
  'recursive CTE as source',
  `WITH RECURSIVE r(id) AS (SELECT 1 UNION ALL SELECT id + 1 FROM r WHERE id < 5) MERGE INTO t USING r ON t.id = r.id WHEN MATCHED THEN UPDATE SET n = -r.id WHEN NOT MATCHED THEN INSERT (id, v) VALUES (r.id, 'r')`,
);
m(
  'source is a join',
  `MERGE INTO t USING s JOIN (VALUES (2), (4)) k(id) ON k.id = s.id ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`,
);
m(
  'source is a function call',
  `MERGE INTO t USING generate_series(2, 5) AS g(id) ON t.id = g.id WHEN MATCHED THEN UPDATE SET n = 0 WHEN NOT MATCHED THEN INSERT (id, v) VALUES (g.id, 'gen')`,
);
m(
  'source is a function without a column alias',
  `MERGE INTO t USING generate_series(3, 4) g ON t.id = g WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT (id) VALUES (g)`,
);
m(
  'source is a view',
  `MERGE INTO t USING sv ON t.id = sv.id WHEN MATCHED THEN UPDATE SET v = sv.v`,
  `${TS} CREATE VIEW sv AS SELECT id, lower(v) || '!' AS v FROM s`,
);
m(
  'source is the target table itself',
  `MERGE INTO t USING t AS o ON t.id = o.id + 1 WHEN MATCHED THEN UPDATE SET v = o.v`,
);
m(
  'source is a LATERAL subquery referring to nothing',
  `MERGE INTO t USING LATERAL (SELECT 2 AS id) q ON t.id = q.id WHEN MATCHED THEN DELETE`,
);
m(
  'source with DISTINCT avoids double matches',
  `MERGE INTO t USING (SELECT DISTINCT id FROM (VALUES (2), (2), (3)) x(id)) q ON t.id = q.id WHEN MATCHED THEN UPDATE SET n = n + 1`,
);
m(
  'source with GROUP BY aggregates',
  `MERGE INTO t USING (SELECT id, sum(k) AS total FROM (VALUES (2, 1), (2, 5), (7, 3)) x(id, k) GROUP BY id) q ON t.id = q.id WHEN MATCHED THEN UPDATE SET n = t.n + q.total WHEN NOT MATCHED THEN INSERT VALUES (q.id, 'agg', q.total)`,
);
m(
  'source with ORDER BY and LIMIT',
  `MERGE INTO t USING (SELECT * FROM s ORDER BY n DESC LIMIT 1) q ON t.id = q.id WHEN NOT MATCHED THEN INSERT VALUES (q.id, q.v, q.n)`,
);
m(
  'source with a window function',
  `MERGE INTO t USING (SELECT id, row_number() OVER (ORDER BY n DESC) AS rk FROM s) q ON t.id = q.id WHEN MATCHED THEN UPDATE SET n = q.rk WHEN NOT MATCHED THEN INSERT VALUES (q.id, 'rk', q.rk)`,
);
m(
  'source with a UNION',
  `MERGE INTO t USING (SELECT 1 AS id UNION SELECT 5) q ON t.id = q.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT (id) VALUES (q.id)`,
);
bad(
  'the source relation name cannot be the same as the target',
  `MERGE INTO t USING s AS t ON t.id = t.id WHEN MATCHED THEN DELETE`,
);
bad('unknown source table is 42P01', `MERGE INTO t USING nope ON t.id = nope.id WHEN MATCHED THEN DELETE`);
bad('unknown target table is 42P01', `MERGE INTO nope USING s ON nope.id = s.id WHEN MATCHED THEN DELETE`);
bad('unknown column in ON is 42703', `MERGE INTO t USING s ON t.id = s.nope WHEN MATCHED THEN DELETE`);
bad(
  'unknown column in the WHEN condition is 42703',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.nope = 1 THEN DELETE`,
);
bad('ambiguous unqualified column in ON is 42702', `MERGE INTO t USING s ON id = 1 WHEN MATCHED THEN DELETE`);
m(
  'unqualified column unique to the source is allowed',
  `MERGE INTO t USING (VALUES (2, 'zz')) q(k, w) ON t.id = k WHEN MATCHED THEN UPDATE SET v = w`,
);
bad('type mismatch in ON is 42883', `MERGE INTO t USING s ON t.id = s.v WHEN MATCHED THEN DELETE`);
bad(
  'assigning text to an int column in UPDATE is 42804',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = s.v`,
);
bad(
  'assigning an invalid literal to an int column is 22P02',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 'abc'`,
);
m(
  'assigning a numeric literal to an int column rounds',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 2.5`,
);
bad(
  'assigning an out of range value is 22003',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 3000000000`,
);

// ---------------------------------------------------------------- cardinality
bad(
  'a target row matched by two source rows is 21000',
  `MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN UPDATE SET n = n + 1`,
);
bad(
  'a target row matched twice for DELETE is 21000',
  `MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE`,
);
m(
  'a target row matched twice with DO NOTHING is no error',
  `MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN DO NOTHING`,
);
m(
  'a target row matched twice when no clause fires is no error',
  `MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED AND v.id > 5 THEN DELETE`,
);
bad(
  'a target row matched twice when the first pass does nothing and the second updates',
  `MERGE INTO t USING (VALUES (1, 0), (1, 1)) v(id, k) ON t.id = v.id WHEN MATCHED AND v.k = 1 THEN UPDATE SET n = 5`,
);
bad(
  'two source rows that insert the same key is 23505',
  `MERGE INTO t USING (VALUES (9), (9)) v(id) ON t.id = v.id WHEN NOT MATCHED THEN INSERT (id) VALUES (v.id)`,
);
m(
  'two unmatched source rows both insert without a key',
  `MERGE INTO nk USING (VALUES (9), (9)) v(id) ON nk.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id)`,
  `CREATE TABLE nk (id int); CREATE TABLE t (id int, v text, n int)`,
).add(
  'a source row matching two target rows updates both',
  [
    `MERGE INTO nk USING (VALUES (1)) v(id) ON nk.id = v.id WHEN MATCHED THEN UPDATE SET w = 'x'`,
    'SELECT id, w FROM nk ORDER BY id, w',
  ],
  `CREATE TABLE nk (id int, w text); INSERT INTO nk VALUES (1, 'a'), (1, 'b'), (2, 'c')`,
);
bad(
  'a unique violation on update is 23505',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET id = 1`,
);
bad(
  'a not null violation on insert is 23502',
  `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (v) VALUES (s.v)`,
);
bad(
  'a check violation on update is 23514',
  `MERGE INTO c USING (VALUES (1)) v(id) ON c.id = v.id WHEN MATCHED THEN UPDATE SET k = -1`,
  `CREATE TABLE c (id int PRIMARY KEY, k int CHECK (k >= 0)); INSERT INTO c VALUES (1, 1); CREATE TABLE t (id int)`,
);
bad(
  'a check violation on insert is 23514',
  `MERGE INTO c USING (VALUES (2)) v(id) ON c.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, -5)`,
  `CREATE TABLE c (id int PRIMARY KEY, k int CHECK (k >= 0)); INSERT INTO c VALUES (1, 1); CREATE TABLE t (id int)`,
);
bad(
  'a foreign key violation on insert is 23503',
  `MERGE INTO ch USING (VALUES (1, 99)) v(id, p) ON ch.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.p)`,
  `CREATE TABLE pa (id int PRIMARY KEY); CREATE TABLE ch (id int PRIMARY KEY, p int REFERENCES pa); CREATE TABLE t (id int)`,
);
bad(
  'deleting a referenced parent is 23503',
  `MERGE INTO pa USING (VALUES (1)) v(id) ON pa.id = v.id WHEN MATCHED THEN DELETE`,
  `CREATE TABLE pa (id int PRIMARY KEY); CREATE TABLE ch (id int PRIMARY KEY, p int REFERENCES pa); INSERT INTO pa VALUES (1); INSERT INTO ch VALUES (1, 1); CREATE TABLE t (id int)`,
);
list.add(
  'the failed merge leaves the table unchanged',
  [
    `MERGE INTO t USING (VALUES (1), (1), (9)) v(id) ON t.id = v.id WHEN MATCHED THEN UPDATE SET n = n + 1 WHEN NOT MATCHED THEN INSERT (id) VALUES (v.id)`,
    AFTER,
  ],
  TS,
);
list.add(
  'cascade delete fires on a merge delete',
  [
    `MERGE INTO pa USING (VALUES (1)) v(id) ON pa.id = v.id WHEN MATCHED THEN DELETE`,
    'SELECT count(*) AS c FROM ch',
  ],
  `CREATE TABLE pa (id int PRIMARY KEY); CREATE TABLE ch (id int PRIMARY KEY, p int REFERENCES pa ON DELETE CASCADE); INSERT INTO pa VALUES (1), (2); INSERT INTO ch VALUES (1, 1), (2, 2)`,
);

// ---------------------------------------------------------------- command tag and rowCount
list.add(
  'the command tag counts inserted updated and deleted rows',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.id = 2 THEN DELETE WHEN MATCHED THEN UPDATE SET v = 'u' WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'i', 0)`,
  ],
  TS,
);
list.add(
  'DO NOTHING rows are not counted',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DO NOTHING WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'i', 0)`,
  ],
  TS,
);
list.add(
  'a merge touching no rows has rowCount 0',
  [`MERGE INTO t USING (SELECT 1 AS id WHERE false) q ON t.id = q.id WHEN MATCHED THEN DELETE`],
  TS,
);
list.add(
  'a merge from an empty table has rowCount 0',
  [`MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`],
  `CREATE TABLE t (id int, v text, n int); CREATE TABLE s (id int, v text, n int)`,
);
list.add(
  'the command tag on the extended protocol',
  [withParams(`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = $1`, 5)],
  TS,
);
list.add(
  'a merge in array row mode returns no rows',
  [{ sql: `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`, rowMode: 'array' }],
  TS,
);

// ---------------------------------------------------------------- parameters
list.params(
  'parameters in the source VALUES',
  `MERGE INTO t USING (VALUES ($1::int, $2::text)) v(id, w) ON t.id = v.id WHEN MATCHED THEN UPDATE SET v = v.w WHEN NOT MATCHED THEN INSERT (id, v) VALUES (v.id, v.w)`,
  [2, 'p'],
  TS,
);
list.add(
  'parameters in the source VALUES then the table',
  [
    withParams(
      `MERGE INTO t USING (VALUES ($1::int, $2::text)) v(id, w) ON t.id = v.id WHEN MATCHED THEN UPDATE SET v = v.w WHEN NOT MATCHED THEN INSERT (id, v) VALUES (v.id, v.w)`,
      7,
      'p',
    ),
    AFTER,
  ],
  TS,
);
list.add(
  'untyped parameters take the target column types',
  [
    withParams(
      `MERGE INTO t USING (SELECT 1 AS one) q ON t.id = $1 WHEN MATCHED THEN UPDATE SET v = $2, n = $3 WHEN NOT MATCHED THEN INSERT VALUES ($1, $2, $3)`,
      '3',
      'pp',
      '42',
    ),
    AFTER,
  ],
  TS,
);
list.add(
  'an untyped parameter in the WHEN condition',
  [withParams(`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.n > $1 THEN DELETE`, 250), AFTER],
  TS,
);
list.add(
  'an untyped parameter in the source select list is text',
  [
    withParams(
      `MERGE INTO t USING (SELECT $1 AS w) q ON t.id = 1 WHEN MATCHED THEN UPDATE SET v = q.w`,
      'hello',
    ),
    AFTER,
  ],
  TS,
);
list.add(
  'a parameter that cannot be an int is 22P02',
  [withParams(`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = $1`, 'abc')],
  TS,
);
list.add(
  'a NULL parameter in UPDATE SET',
  [withParams(`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = $1`, null), AFTER],
  TS,
);
list.add(
  'too few parameters is 08P01',
  [withParams(`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.n > $1 AND s.n < $2 THEN DELETE`, 1)],
  TS,
);

// ---------------------------------------------------------------- targets: views, partitions, inheritance
bad(
  'merge into a simple view is 0A000 in 15',
  `MERGE INTO tv USING s ON tv.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v`,
  `${TS} CREATE VIEW tv AS SELECT * FROM t`,
);
bad(
  'merge into a materialized view is 42809',
  `MERGE INTO mv USING s ON mv.id = s.id WHEN MATCHED THEN DELETE`,
  `${TS} CREATE MATERIALIZED VIEW mv AS SELECT * FROM t`,
);
bad(
  'merge into a sequence is 42809',
  `MERGE INTO sq USING s ON true WHEN MATCHED THEN DELETE`,
  `${TS} CREATE SEQUENCE sq`,
);
bad(
  'merge into a function result is a syntax error',
  `MERGE INTO generate_series(1, 3) g USING s ON g = s.id WHEN MATCHED THEN DELETE`,
);
const PART = `CREATE TABLE p (id int, region text, n int) PARTITION BY LIST (region);
CREATE TABLE p_e PARTITION OF p FOR VALUES IN ('east');
CREATE TABLE p_w PARTITION OF p FOR VALUES IN ('west');
INSERT INTO p VALUES (1, 'east', 1), (2, 'west', 2);`;
list.add(
  'merge into a partitioned table routes inserts',
  [
    `MERGE INTO p USING (VALUES (1, 'east'), (3, 'west'), (4, 'east')) v(id, r) ON p.id = v.id WHEN MATCHED THEN UPDATE SET n = p.n + 10 WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.r, 0)`,
    'SELECT tableoid::regclass::text AS part, id, region, n FROM p ORDER BY id',
  ],
  PART,
);
list.add(
  'merge update moving a row to another partition',
  [
    `MERGE INTO p USING (VALUES (1)) v(id) ON p.id = v.id WHEN MATCHED THEN UPDATE SET region = 'west'`,
    'SELECT tableoid::regclass::text AS part, id, region FROM p ORDER BY id',
  ],
  PART,
);
bad(
  'merge insert with no partition for the value is 23514',
  `MERGE INTO p USING (VALUES (9, 'north')) v(id, r) ON p.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.r, 0)`,
  PART,
);
list.add(
  'merge into one partition directly',
  [
    `MERGE INTO p_e USING (VALUES (1), (5)) v(id) ON p_e.id = v.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'east', 5)`,
    'SELECT tableoid::regclass::text AS part, id, region FROM p ORDER BY id',
  ],
  PART,
);
bad(
  'merge into a partition with a row for another partition is 23514',
  `MERGE INTO p_e USING (VALUES (5)) v(id) ON p_e.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'west', 5)`,
  PART,
);
list.add(
  'merge deleting from a partitioned table',
  [
    `MERGE INTO p USING p AS o ON p.id = o.id WHEN MATCHED AND o.region = 'west' THEN DELETE`,
    'SELECT id FROM p ORDER BY id',
  ],
  PART,
);
list.add(
  'merge into an inheritance parent updates children',
  [
    `MERGE INTO par USING (VALUES (1), (2)) v(id) ON par.id = v.id WHEN MATCHED THEN UPDATE SET w = 'upd'`,
    'SELECT tableoid::regclass::text AS tbl, id, w FROM par ORDER BY id',
  ],
  `CREATE TABLE par (id int, w text); CREATE TABLE kid () INHERITS (par); INSERT INTO par VALUES (1, 'p'); INSERT INTO kid VALUES (2, 'k')`,
);
list.add(
  'merge into ONLY an inheritance parent',
  [
    `MERGE INTO ONLY par USING (VALUES (1), (2)) v(id) ON par.id = v.id WHEN MATCHED THEN UPDATE SET w = 'upd' WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'new')`,
    'SELECT tableoid::regclass::text AS tbl, id, w FROM par ORDER BY id, tbl',
  ],
  `CREATE TABLE par (id int, w text); CREATE TABLE kid () INHERITS (par); INSERT INTO par VALUES (1, 'p'); INSERT INTO kid VALUES (2, 'k')`,
);
list.add(
  'merge into a temporary table',
  [
    `MERGE INTO tt USING (VALUES (1), (2)) v(id) ON tt.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id)`,
    'SELECT id FROM tt ORDER BY id',
  ],
  `CREATE TEMP TABLE tt (id int); INSERT INTO tt VALUES (1)`,
);
list.add(
  'merge into a schema-qualified table',
  [
    `MERGE INTO sc.q AS q USING (VALUES (1), (2)) v(id) ON q.id = v.id WHEN MATCHED THEN DELETE WHEN NOT MATCHED THEN INSERT VALUES (v.id)`,
    'SELECT id FROM sc.q ORDER BY id',
  ],
  `CREATE SCHEMA sc; CREATE TABLE sc.q (id int); INSERT INTO sc.q VALUES (1)`,
);
list.add(
  'merge into a table with a quoted name',
  [
    `MERGE INTO "My T" USING (VALUES (1)) v(id) ON "My T"."Id" = v.id WHEN MATCHED THEN UPDATE SET "Val" = 'z'`,
    'SELECT * FROM "My T"',
  ],
  `CREATE TABLE "My T" ("Id" int, "Val" text); INSERT INTO "My T" VALUES (1, 'a')`,
);

// ---------------------------------------------------------------- triggers, rules, transactions
list.add(
  'row triggers fire for merge insert update and delete',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND s.id = 2 THEN DELETE WHEN MATCHED THEN UPDATE SET v = 'u' WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'i', 0)`,
    'SELECT op, id FROM log ORDER BY seq',
  ],
  `${TS}
CREATE TABLE log (seq serial, op text, id int);
CREATE FUNCTION trg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
  INSERT INTO log (op, id) VALUES (TG_OP, CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END; END $$;
CREATE TRIGGER tr BEFORE INSERT OR UPDATE OR DELETE ON t FOR EACH ROW EXECUTE FUNCTION trg();`,
);
list.add(
  'statement triggers fire for each action kind of the merge',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'u'`,
    'SELECT op FROM log ORDER BY op',
  ],
  `${TS}
CREATE TABLE log (op text);
CREATE FUNCTION strg() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN INSERT INTO log VALUES (TG_OP); RETURN NULL; END $$;
CREATE TRIGGER st AFTER INSERT OR UPDATE OR DELETE ON t FOR EACH STATEMENT EXECUTE FUNCTION strg();`,
);
list.add(
  'a BEFORE trigger returning NULL skips the row and the count',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'u' WHEN NOT MATCHED THEN INSERT VALUES (s.id, 'i', 0)`,
    AFTER,
  ],
  `${TS}
CREATE FUNCTION skip() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER sk BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION skip();`,
);
bad(
  'merge into a table with rules is 0A000',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`,
  `${TS} CREATE RULE r AS ON DELETE TO t DO ALSO NOTIFY t`,
);
list.add(
  'a merge rolled back leaves no change',
  ['BEGIN', `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`, 'ROLLBACK', AFTER],
  TS,
);
list.add(
  'merge inside a savepoint that is rolled back',
  [
    'BEGIN',
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 0`,
    'SAVEPOINT a',
    `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n)`,
    'ROLLBACK TO a',
    'COMMIT',
    AFTER,
  ],
  TS,
);
list.add(
  'a failed merge aborts the transaction',
  [
    'BEGIN',
    `MERGE INTO t USING (VALUES (1), (1)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE`,
    'SELECT 1 AS one',
    'ROLLBACK',
  ],
  TS,
);
list.add(
  'merge is refused in a read-only transaction',
  ['BEGIN READ ONLY', `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE`, 'ROLLBACK'],
  TS,
);
list.add(
  'merge sees rows inserted earlier in the transaction',
  [
    'BEGIN',
    `INSERT INTO s VALUES (1, 'A', 100)`,
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v`,
    'COMMIT',
    AFTER,
  ],
  TS,
);
list.add(
  'merge with FOR UPDATE in the source subquery',
  [
    `MERGE INTO t USING (SELECT * FROM s FOR UPDATE) q ON t.id = q.id WHEN MATCHED THEN UPDATE SET n = q.n`,
    AFTER,
  ],
  TS,
);
list.add(
  'a row locked by another session makes merge with lock_timeout fail',
  [
    'BEGIN',
    'SELECT id FROM t WHERE id = 2 FOR UPDATE',
    { sql: `SET lock_timeout = '100ms'`, client: 'second' },
    { sql: `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'x'`, client: 'second' },
    'ROLLBACK',
  ],
  TS,
);
list.add(
  'merge into a table via a prepared statement',
  [
    `PREPARE pm(int, text) AS MERGE INTO t USING (VALUES ($1, $2)) v(id, w) ON t.id = v.id WHEN MATCHED THEN UPDATE SET v = v.w WHEN NOT MATCHED THEN INSERT (id, v) VALUES (v.id, v.w)`,
    `EXECUTE pm(1, 'one')`,
    `EXECUTE pm(8, 'eight')`,
    AFTER,
  ],
  TS,
);
list.add(
  'merge inside a plpgsql function reports ROW_COUNT',
  [
    `CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ DECLARE c int; BEGIN
    MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET n = 0 WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n);
    GET DIAGNOSTICS c = ROW_COUNT; RETURN c; END $$`,
    'SELECT f() AS c',
  ],
  TS,
);
list.add(
  'merge inside a plpgsql function sets FOUND',
  [
    `CREATE FUNCTION f() RETURNS boolean LANGUAGE plpgsql AS $$ BEGIN
    MERGE INTO t USING (VALUES (99)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE;
    RETURN FOUND; END $$`,
    'SELECT f() AS found',
  ],
  TS,
);
list.add(
  'merge in a SQL function body',
  [
    `CREATE FUNCTION g(k int) RETURNS void LANGUAGE sql AS $$ MERGE INTO t USING (VALUES (k)) v(id) ON t.id = v.id WHEN MATCHED THEN DELETE $$`,
    'SELECT g(1)',
    AFTER,
  ],
  TS,
);

// ---------------------------------------------------------------- types and values
m(
  'merge update with a CASE expression',
  `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = CASE WHEN s.n > 250 THEN 'hi' ELSE 'lo' END`,
);
m(
  'merge update with coalesce of source and target',
  `MERGE INTO t USING (VALUES (1, NULL::text), (2, 'x')) v(id, w) ON t.id = v.id WHEN MATCHED THEN UPDATE SET v = coalesce(v.w, t.v)`,
);
m(
  'merge insert of a source NULL',
  `MERGE INTO t USING (VALUES (5, NULL)) v(id, w) ON t.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.w, NULL)`,
);
m(
  'merge source VALUES resolve mixed int and numeric to numeric',
  `MERGE INTO t USING (VALUES (1, 1), (2, 2.7)) v(id, k) ON t.id = v.id WHEN MATCHED THEN UPDATE SET n = v.k`,
);
list.add(
  'merge updating jsonb and arrays',
  [
    `MERGE INTO j USING (VALUES (1, '{"b": 2}'::jsonb)) v(id, d) ON j.id = v.id WHEN MATCHED THEN UPDATE SET doc = j.doc || v.d, tags = array_append(j.tags, 'm')`,
    'SELECT id, doc, tags FROM j',
  ],
  `CREATE TABLE j (id int, doc jsonb, tags text[]); INSERT INTO j VALUES (1, '{"a": 1}', '{x}')`,
);
list.add(
  'merge with a timestamp column and interval arithmetic',
  [
    `MERGE INTO ev USING (VALUES (1)) v(id) ON ev.id = v.id WHEN MATCHED THEN UPDATE SET at = ev.at + interval '1 day'`,
    'SELECT id, at FROM ev',
  ],
  `CREATE TABLE ev (id int, at timestamp); INSERT INTO ev VALUES (1, '2024-02-28 10:00')`,
);
list.add(
  'merge into a varchar column too long is 22001',
  [`MERGE INTO vc USING (VALUES ('abcdef')) v(w) ON false WHEN NOT MATCHED THEN INSERT VALUES (v.w)`],
  `CREATE TABLE vc (w varchar(3))`,
);
list.add(
  'merge into a varchar column with an explicit cast truncates',
  [
    `MERGE INTO vc USING (VALUES ('abcdef')) v(w) ON false WHEN NOT MATCHED THEN INSERT VALUES (v.w::varchar(3))`,
    'SELECT w FROM vc',
  ],
  `CREATE TABLE vc (w varchar(3))`,
);
list.add(
  'merge into an enum column',
  [
    `MERGE INTO e USING (VALUES (1, 'b'), (2, 'a')) v(id, m) ON e.id = v.id WHEN MATCHED THEN UPDATE SET mood = v.m::mood WHEN NOT MATCHED THEN INSERT VALUES (v.id, v.m::mood)`,
    'SELECT id, mood FROM e ORDER BY id',
  ],
  `CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TABLE e (id int, mood mood); INSERT INTO e VALUES (1, 'a')`,
);
list.add(
  'merge into an enum column with a bad label is 22P02',
  [`MERGE INTO e USING (VALUES (2)) v(id) ON e.id = v.id WHEN NOT MATCHED THEN INSERT VALUES (v.id, 'zz')`],
  `CREATE TYPE mood AS ENUM ('a', 'b'); CREATE TABLE e (id int, mood mood)`,
);
list.add(
  'serial columns advance for merge inserts only',
  [
    `MERGE INTO sr USING (VALUES ('a'), ('b'), ('c')) v(w) ON sr.w = v.w WHEN NOT MATCHED THEN INSERT (w) VALUES (v.w)`,
    'SELECT id, w FROM sr ORDER BY id',
  ],
  `CREATE TABLE sr (id serial, w text); INSERT INTO sr (w) VALUES ('b')`,
);
list.add(
  'default expressions are evaluated per inserted row',
  [
    `MERGE INTO dr USING generate_series(1, 3) g ON false WHEN NOT MATCHED THEN INSERT (k) VALUES (g)`,
    'SELECT k, seq FROM dr ORDER BY k',
  ],
  `CREATE SEQUENCE q; CREATE TABLE dr (k int, seq bigint DEFAULT nextval('q'))`,
);
list.add(
  'merge using the system column ctid of the target',
  [
    `MERGE INTO t USING (VALUES (1)) v(id) ON t.id = v.id WHEN MATCHED AND t.ctid IS NOT NULL THEN DELETE`,
    AFTER,
  ],
  TS,
);
list.add(
  'merge on a table with a column named like a keyword',
  [
    `MERGE INTO kw USING (VALUES (1)) v("order") ON kw."order" = v."order" WHEN MATCHED THEN UPDATE SET "user" = 'u2'`,
    'SELECT * FROM kw',
  ],
  `CREATE TABLE kw ("order" int, "user" text); INSERT INTO kw VALUES (1, 'u1')`,
);
list.add(
  'merge as a table name needs no quoting',
  [`CREATE TABLE merge (matched int)`, 'SELECT matched FROM merge'],
  '',
);
list.add(
  'merge into a table that has row level security enabled as the owner',
  [`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'rls'`, AFTER],
  `${TS} ALTER TABLE t ENABLE ROW LEVEL SECURITY`,
);
list.add(
  'a subquery in the source referring to the target is not lateral',
  [`MERGE INTO t USING (SELECT t.id FROM s) q ON t.id = q.id WHEN MATCHED THEN DELETE`],
  TS,
);
list.add(
  'the WHEN condition can reference both sides',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN MATCHED AND t.n * 10 = s.n THEN UPDATE SET v = t.v || s.v`,
    AFTER,
  ],
  TS,
);
list.add(
  'the source alias can shadow a column name of the target',
  [`MERGE INTO t USING (VALUES (2)) AS n(id) ON t.id = n.id WHEN MATCHED THEN UPDATE SET v = 'n'`, AFTER],
  TS,
);
list.add(
  'merge with a whole-row reference to the source',
  [`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s::text`, AFTER],
  TS,
);
list.add(
  'merge with a whole-row reference to the target',
  [`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = t::text`, AFTER],
  TS,
);
list.add(
  'merge insert using a source row star is a syntax error',
  [`MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.*)`],
  TS,
);
list.add(
  'merge insert with a multi-row VALUES is a syntax error',
  [`MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (1, 'a', 1), (2, 'b', 2)`],
  TS,
);
list.add(
  'merge insert with a SELECT is a syntax error',
  [`MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT SELECT s.id, s.v, s.n`],
  TS,
);
list.add(
  'merge update with FROM is a syntax error',
  [`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'x' FROM s`],
  TS,
);
list.add(
  'merge update with WHERE is a syntax error',
  [`MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 'x' WHERE t.id = 2`],
  TS,
);
list.add(
  'merge with ON CONFLICT is a syntax error',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n) ON CONFLICT DO NOTHING`,
  ],
  TS,
);
list.add(
  'merge then select in one simple query',
  [
    `MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v, s.n); SELECT count(*) AS c FROM t`,
  ],
  TS,
);
list.add(
  'merge with a trailing semicolon and comments',
  [
    `/* c */ MERGE INTO t -- target
   USING s ON t.id = s.id WHEN MATCHED THEN DELETE;`,
    AFTER,
  ],
  TS,
);
list.add(
  'merge keywords in lower case',
  [
    `merge into t using s on t.id = s.id when matched then update set v = 'lc' when not matched then insert values (s.id, s.v, s.n)`,
    AFTER,
  ],
  TS,
);
list.add(
  'merge with a large source',
  [
    `MERGE INTO t USING generate_series(1, 2000) g ON t.id = g WHEN MATCHED THEN UPDATE SET n = -g WHEN NOT MATCHED THEN INSERT (id, v, n) VALUES (g, 'g', g)`,
    'SELECT count(*) AS c, sum(n) AS total FROM t',
  ],
  TS,
);

export default list.cases;
