const c = (name, setup, ...steps) => ({ name, setup, steps });
const s = (name, sql) => c(name, undefined, sql);
const T = 'CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 1)';
export default [
  s('int input underscore', "SELECT '1_000'::int"),
  s('int input hex', "SELECT '0x10'::int"),
  s('int8 input octal', "SELECT '0o17'::int8"),
  s('int2 input binary', "SELECT '0b101'::int2"),
  s('numeric input underscore', "SELECT '1_000.5'::numeric"),
  s('float input underscore', "SELECT '1_000.5'::float8"),
  c('int column param hex', 'CREATE TABLE x (a int)', {
    sql: 'INSERT INTO x VALUES ($1) RETURNING a',
    params: ['0x1A'],
  }),
  c('int column param underscore', 'CREATE TABLE x (a int8)', {
    sql: 'INSERT INTO x VALUES ($1) RETURNING a',
    params: ['1_000'],
  }),
  c('numeric column param underscore', 'CREATE TABLE x (a numeric)', {
    sql: 'INSERT INTO x VALUES ($1) RETURNING a',
    params: ['1_0.5'],
  }),
  s('literal underscore', 'SELECT 1_000 AS a'),
  s('literal hex', 'SELECT 0x1F AS a'),
  s('pg_input_is_valid 16', "SELECT pg_input_is_valid('12', 'int4')"),
  c(
    'merge not matched by target 17',
    T,
    'MERGE INTO t USING (SELECT 2 id) s ON t.id = s.id WHEN NOT MATCHED BY TARGET THEN INSERT VALUES (s.id, 0)',
  ),
  c('merge_action 17', T, 'SELECT merge_action()'),
  c(
    'set expression 17',
    'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
    'ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)',
  ),
  c(
    'drop expression 13',
    'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED); INSERT INTO g (a) VALUES (1)',
    'ALTER TABLE g ALTER COLUMN b DROP EXPRESSION',
    'INSERT INTO g VALUES (2, 5) RETURNING *',
    'SELECT * FROM g ORDER BY a',
  ),
  c('storage in create table 16', undefined, 'CREATE TABLE st (a text STORAGE EXTERNAL)'),
  c('compression column', undefined, 'CREATE TABLE st (a text COMPRESSION pglz)', 'SELECT 1'),
  c(
    'identity on partitioned 17',
    undefined,
    'CREATE TABLE pt (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k)',
    'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
    'INSERT INTO pt (k) VALUES (1) RETURNING id',
  ),
  c('unlogged sequence 15', undefined, 'CREATE UNLOGGED SEQUENCE us', "SELECT nextval('us')"),
  c(
    'alter sequence set logged',
    'CREATE SEQUENCE sq',
    'ALTER SEQUENCE sq SET UNLOGGED',
    "SELECT relpersistence FROM pg_class WHERE relname = 'sq'",
  ),
  c('update returning old 18', T, 'UPDATE t SET v = 2 RETURNING old.v, new.v'),
  c('with returning old new alias 18', T, 'UPDATE t SET v = 2 RETURNING WITH (OLD AS o, NEW AS n) o.v, n.v'),
  c('insert returning new', T, 'INSERT INTO t VALUES (2, 2) RETURNING new.*'),
  c('delete returning old', T, 'DELETE FROM t RETURNING old.*'),
  c(
    'merge returning 17',
    T,
    'MERGE INTO t USING (SELECT 1 id) s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 9 RETURNING *',
  ),
  c(
    'merge into view 17',
    `${T}; CREATE VIEW tv AS SELECT * FROM t`,
    'MERGE INTO tv USING (SELECT 1 id) s ON tv.id = s.id WHEN MATCHED THEN UPDATE SET v = 9',
  ),
  c(
    'merge with cte 15',
    T,
    'WITH s AS (SELECT 1 id) MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 9',
  ),
  c(
    'merge on partitioned',
    'CREATE TABLE pt (k int, v int) PARTITION BY LIST (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1); CREATE TABLE pt2 PARTITION OF pt FOR VALUES IN (2); INSERT INTO pt VALUES (1, 1)',
    'MERGE INTO pt USING (VALUES (1, 10), (2, 20)) s(k, v) ON pt.k = s.k WHEN MATCHED THEN UPDATE SET k = 2 WHEN NOT MATCHED THEN INSERT VALUES (s.k, s.v)',
    'SELECT tableoid::regclass, * FROM pt ORDER BY k, v',
  ),
  c(
    'merge target cte reference',
    T,
    'MERGE INTO t USING t AS s ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v + 1',
  ),
  c(
    'merge system column',
    T,
    'MERGE INTO t USING (SELECT 1 id) s ON t.id = s.id WHEN MATCHED AND t.xmin IS NOT NULL THEN UPDATE SET v = 3',
    'SELECT v FROM t',
  ),
  c(
    'merge subquery in when',
    T,
    'MERGE INTO t USING (SELECT 1 id) s ON t.id = s.id WHEN MATCHED AND EXISTS (SELECT 1) THEN UPDATE SET v = 3',
  ),
  c(
    'merge insert overriding',
    'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v int)',
    'MERGE INTO t USING (SELECT 5 id) s ON t.id = s.id WHEN NOT MATCHED THEN INSERT (id, v) OVERRIDING SYSTEM VALUE VALUES (s.id, 1)',
    'SELECT * FROM t',
  ),
  c(
    'merge update set multiple columns row',
    T,
    'MERGE INTO t USING (SELECT 1 id) s ON t.id = s.id WHEN MATCHED THEN UPDATE SET (v, id) = (SELECT 5, 1)',
    'SELECT * FROM t',
  ),
  c(
    'merge do nothing only',
    T,
    'MERGE INTO t USING (SELECT 1 id) s ON t.id = s.id WHEN MATCHED THEN DO NOTHING',
  ),
  c(
    'merge when not matched and referencing target 42P01',
    T,
    'MERGE INTO t USING (SELECT 2 id) s ON t.id = s.id WHEN NOT MATCHED AND t.v > 0 THEN INSERT VALUES (2, 2)',
  ),
  c(
    'merge on condition volatile',
    T,
    'MERGE INTO t USING (SELECT 1 id) s ON t.id = s.id AND random() >= 0 WHEN MATCHED THEN DELETE',
  ),
  c(
    'merge delete count with returning-less',
    'CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 5)',
    'MERGE INTO t USING (SELECT generate_series(2, 4) AS id) s ON t.id = s.id WHEN MATCHED THEN DELETE',
    'SELECT count(*) FROM t',
  ),
  c(
    'merge source with duplicates insert twice',
    'CREATE TABLE t (id int, v int)',
    'MERGE INTO t USING (VALUES (1, 1), (1, 2)) s(id, v) ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)',
    'SELECT count(*) FROM t',
  ),
  c(
    'merge matched update then same source not matched insert',
    'CREATE TABLE t (id int, v int); INSERT INTO t VALUES (1, 0)',
    'MERGE INTO t USING (VALUES (1, 1), (2, 2)) s(id, v) ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = s.v WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)',
    'SELECT * FROM t ORDER BY id',
  ),
  c(
    'merge unique violation on update',
    'CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 0), (2, 0)',
    'MERGE INTO t USING (VALUES (1)) s(id) ON t.id = s.id WHEN MATCHED THEN UPDATE SET id = 2',
  ),
  c(
    'merge params typed in values',
    'CREATE TABLE t (id int PRIMARY KEY, v numeric(5,2))',
    {
      sql: 'MERGE INTO t USING (VALUES ($1::int, $2::numeric)) s(id, v) ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)',
      params: [1, '2.345'],
    },
    'SELECT * FROM t',
  ),
  c('merge params untyped in values', 'CREATE TABLE t (id int PRIMARY KEY, v numeric(5,2))', {
    sql: 'MERGE INTO t USING (VALUES ($1, $2)) s(id, v) ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, s.v)',
    params: [1, '2.345'],
  }),
  c(
    'merge command tag rowcount simple',
    'CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 0)',
    'MERGE INTO t USING (VALUES (1), (2), (3)) s(id) ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 1 WHEN NOT MATCHED AND s.id = 2 THEN INSERT VALUES (s.id, 2)',
  ),
];
