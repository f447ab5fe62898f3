// Round 18 probe, DDL part 5: views (updatable simple views, WITH CHECK OPTION, security_barrier,
// CREATE OR REPLACE rules), materialized views, declarative partitioning and inheritance, as
// PostgreSQL 15 chapter 5.10-5.11 and CREATE VIEW / CREATE MATERIALIZED VIEW describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: views: ');
const add = list.add.bind(list);
const T = `CREATE TABLE t (id int PRIMARY KEY, name text, qty int);
INSERT INTO t VALUES (1, 'a', 1), (2, 'b', 20), (3, 'c', 30);`;
const v = (name: string, steps: string[]) => list.add(`view: ${name}`, steps, T);

v('simple view select', [
  'CREATE VIEW v AS SELECT id, name FROM t WHERE qty > 5',
  'SELECT * FROM v ORDER BY id',
]);
v('insert through simple view', [
  'CREATE VIEW v AS SELECT id, name FROM t WHERE qty > 5',
  "INSERT INTO v VALUES (4, 'd') RETURNING *",
  'SELECT * FROM t WHERE id = 4',
]);
v('update through simple view only sees visible rows', [
  'CREATE VIEW v AS SELECT id, name FROM t WHERE qty > 5',
  "UPDATE v SET name = 'z'",
  'SELECT * FROM t ORDER BY id',
]);
v('delete through simple view', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5',
  'DELETE FROM v WHERE id = 2',
  'SELECT id FROM t ORDER BY id',
]);
v('insert through view with column rename', [
  'CREATE VIEW v (ident, label) AS SELECT id, name FROM t',
  "INSERT INTO v (ident, label) VALUES (9, 'n') RETURNING *",
]);
v('insert into view with aggregate is 55000', [
  'CREATE VIEW v AS SELECT count(*) AS n FROM t',
  'INSERT INTO v VALUES (1)',
]);
v('update view with distinct is 55000', [
  'CREATE VIEW v AS SELECT DISTINCT name FROM t',
  "UPDATE v SET name = 'x'",
]);
v('update view with join is 55000', [
  'CREATE VIEW v AS SELECT t.id, u.id AS uid FROM t, t u',
  'DELETE FROM v',
]);
v('update computed column in view is 55000', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl FROM t',
  'UPDATE v SET dbl = 5',
]);
v('update non computed column in view with computed column', [
  'CREATE VIEW v AS SELECT id, qty * 2 AS dbl, name FROM t',
  "UPDATE v SET name = 'q' WHERE id = 1 RETURNING *",
]);
v('insert into view with limit is 55000', [
  'CREATE VIEW v AS SELECT * FROM t LIMIT 2',
  "INSERT INTO v VALUES (9, 'x', 1)",
]);
v('insert into view with union is 55000', [
  'CREATE VIEW v AS SELECT id FROM t UNION SELECT id FROM t',
  'INSERT INTO v VALUES (9)',
]);
v('with check option rejects invisible row 44000', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CHECK OPTION',
  "INSERT INTO v VALUES (4, 'd', 1)",
]);
v('with check option on update', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CHECK OPTION',
  'UPDATE v SET qty = 0 WHERE id = 2',
]);
v('with check option accepts visible row', [
  'CREATE VIEW v AS SELECT * FROM t WHERE qty > 5 WITH CHECK OPTION',
  "INSERT INTO v VALUES (4, 'd', 10) RETURNING *",
]);
v('local check option ignores underlying view condition', [
  'CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5',
  'CREATE VIEW v2 AS SELECT * FROM v1 WHERE qty < 100 WITH LOCAL CHECK OPTION',
  "INSERT INTO v2 VALUES (4, 'd', 1) RETURNING *",
]);
v('cascaded check option checks underlying view condition', [
  'CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5',
  'CREATE VIEW v2 AS SELECT * FROM v1 WHERE qty < 100 WITH CASCADED CHECK OPTION',
  "INSERT INTO v2 VALUES (4, 'd', 1)",
]);
v('local check option checks own condition', [
  'CREATE VIEW v1 AS SELECT * FROM t WHERE qty > 5',
  'CREATE VIEW v2 AS SELECT * FROM v1 WHERE qty < 100 WITH LOCAL CHECK OPTION',
  "INSERT INTO v2 VALUES (4, 'd', 200)",
]);
v('check option via with options syntax', [
  "CREATE VIEW v WITH (check_option = 'local') AS SELECT * FROM t WHERE qty > 5",
  "INSERT INTO v VALUES (4, 'd', 1)",
]);
v('check option on non updatable view is rejected', [
  'CREATE VIEW v AS SELECT DISTINCT qty FROM t WITH CHECK OPTION',
]);
v('check option in information_schema views', [
  'CREATE VIEW v1 AS SELECT * FROM t WITH LOCAL CHECK OPTION',
  'CREATE VIEW v2 AS SELECT * FROM t WITH CHECK OPTION',
  'CREATE VIEW v3 AS SELECT * FROM t',
  "SELECT table_name, check_option, is_updatable, is_insertable_into FROM information_schema.views WHERE table_schema = 'public' ORDER BY 1",
]);
v('security barrier view option', [
  'CREATE VIEW v WITH (security_barrier) AS SELECT * FROM t WHERE qty > 5',
  "SELECT reloptions FROM pg_class WHERE relname = 'v'",
  'SELECT id FROM v ORDER BY id',
]);
v('security barrier view is updatable', [
  'CREATE VIEW v WITH (security_barrier = true) AS SELECT * FROM t WHERE qty > 5',
  'UPDATE v SET qty = qty + 1 RETURNING id, qty',
]);
v('unknown view option is 22023', ['CREATE VIEW v WITH (nope = 1) AS SELECT * FROM t']);
v('create or replace view adding column at end', [
  'CREATE VIEW v AS SELECT id FROM t',
  'CREATE OR REPLACE VIEW v AS SELECT id, name FROM t',
  'SELECT * FROM v ORDER BY id',
]);
v('create or replace view dropping column is 42P16', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  'CREATE OR REPLACE VIEW v AS SELECT id FROM t',
]);
v('create or replace view renaming column is 42P16', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  'CREATE OR REPLACE VIEW v AS SELECT id, name AS label FROM t',
]);
v('create or replace view changing type is 42P16', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  'CREATE OR REPLACE VIEW v AS SELECT id, qty AS name FROM t',
]);
v('create or replace view reordering columns is 42P16', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  'CREATE OR REPLACE VIEW v AS SELECT name, id FROM t',
]);
v('create existing view is 42P07', ['CREATE VIEW v AS SELECT 1 AS a', 'CREATE VIEW v AS SELECT 1 AS a']);
v('create or replace view over a table is 42809', ['CREATE OR REPLACE VIEW t AS SELECT 1 AS a']);
v('view column names list too long', ['CREATE VIEW v (a, b, c, d) AS SELECT id, name FROM t']);
v('view column names list shorter keeps rest', [
  'CREATE VIEW v (a) AS SELECT id, name FROM t',
  'SELECT * FROM v ORDER BY a',
]);
v('view with duplicate column names is 42701', ['CREATE VIEW v AS SELECT id, id FROM t']);
v('view with unnamed column gets ?column?', [
  'CREATE VIEW v AS SELECT id + 1 FROM t',
  "SELECT column_name FROM information_schema.columns WHERE table_name = 'v'",
]);
v('view with unknown literal column gets text', [
  "CREATE VIEW v AS SELECT 'x' AS s",
  "SELECT data_type FROM information_schema.columns WHERE table_name = 'v'",
]);
v('alter view rename', [
  'CREATE VIEW v AS SELECT id FROM t',
  'ALTER VIEW v RENAME TO w',
  'SELECT count(*) FROM w',
]);
v('alter view rename column', [
  'CREATE VIEW v AS SELECT id FROM t',
  'ALTER VIEW v RENAME COLUMN id TO ident',
  'SELECT ident FROM v ORDER BY 1',
]);
v('view definition', [
  'CREATE VIEW v AS SELECT id, name FROM t WHERE qty > 5',
  "SELECT pg_get_viewdef('v'::regclass, true)",
]);
v('view sees later rows', [
  'CREATE VIEW v AS SELECT * FROM t',
  "INSERT INTO t VALUES (5, 'e', 5)",
  'SELECT count(*) FROM v',
]);
v('view star expansion is frozen at creation', [
  'CREATE VIEW v AS SELECT * FROM t',
  'ALTER TABLE t ADD COLUMN extra int',
  'SELECT * FROM v ORDER BY id',
]);
v('drop column used by view is 2BP01', [
  'CREATE VIEW v AS SELECT name FROM t',
  'ALTER TABLE t DROP COLUMN name',
]);
v('alter type of column used by view is 0A000', [
  'CREATE VIEW v AS SELECT qty FROM t',
  'ALTER TABLE t ALTER COLUMN qty TYPE bigint',
]);
v('temporary view', ['CREATE TEMP VIEW v AS SELECT id FROM t', 'SELECT count(*) FROM v']);
v('recursive view', [
  'CREATE RECURSIVE VIEW nums (n) AS VALUES (1) UNION ALL SELECT n + 1 FROM nums WHERE n < 5',
  'SELECT * FROM nums',
]);
v('view on view update passes through', [
  'CREATE VIEW v1 AS SELECT * FROM t',
  'CREATE VIEW v2 AS SELECT id, qty FROM v1 WHERE id < 3',
  'UPDATE v2 SET qty = 0 RETURNING *',
]);
v('insert into view uses base table default', [
  'ALTER TABLE t ALTER COLUMN qty SET DEFAULT 77',
  'CREATE VIEW v AS SELECT id, qty FROM t',
  'INSERT INTO v (id) VALUES (8) RETURNING *',
]);
v('view column default', [
  'CREATE VIEW v AS SELECT id, qty FROM t',
  'ALTER VIEW v ALTER COLUMN qty SET DEFAULT 5',
  'INSERT INTO v (id) VALUES (8) RETURNING *',
]);
v('insert through view violating base constraint', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  "INSERT INTO v VALUES (1, 'dup')",
]);
v('on conflict through view', [
  'CREATE VIEW v AS SELECT id, name FROM t',
  "INSERT INTO v VALUES (1, 'z') ON CONFLICT (id) DO UPDATE SET name = excluded.name RETURNING *",
]);
v('view relkind and information_schema table_type', [
  'CREATE VIEW v AS SELECT id FROM t',
  "SELECT table_name, table_type FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
]);

// Materialized views
const mv = (name: string, steps: string[]) => list.add(`matview: ${name}`, steps, T);
mv('create and select', [
  'CREATE MATERIALIZED VIEW m AS SELECT id, qty FROM t WHERE qty > 5',
  'SELECT * FROM m ORDER BY id',
]);
mv('create command tag', ['CREATE MATERIALIZED VIEW m AS SELECT id FROM t']);
mv('snapshot does not see new rows until refresh', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  "INSERT INTO t VALUES (4, 'd', 4)",
  'SELECT count(*) FROM m',
  'REFRESH MATERIALIZED VIEW m',
  'SELECT count(*) FROM m',
]);
mv('with no data select is 55000', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t WITH NO DATA',
  'SELECT * FROM m',
]);
mv('with no data then refresh', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t WITH NO DATA',
  'REFRESH MATERIALIZED VIEW m',
  'SELECT count(*) FROM m',
]);
mv('refresh with no data makes it unscannable', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  'REFRESH MATERIALIZED VIEW m WITH NO DATA',
  'SELECT * FROM m',
]);
mv('refresh concurrently needs unique index', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY m',
]);
mv('refresh concurrently with unique index', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  'CREATE UNIQUE INDEX m_id ON m (id)',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY m',
  'SELECT count(*) FROM m',
]);
mv('refresh concurrently on unpopulated is 0A000', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t WITH NO DATA',
  'CREATE UNIQUE INDEX m_id ON m (id)',
  'REFRESH MATERIALIZED VIEW CONCURRENTLY m',
]);
mv('insert into materialized view is 42809', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  'INSERT INTO m VALUES (9)',
]);
mv('pg_matviews ispopulated', [
  'CREATE MATERIALIZED VIEW m1 AS SELECT id FROM t',
  'CREATE MATERIALIZED VIEW m2 AS SELECT id FROM t WITH NO DATA',
  'SELECT matviewname, ispopulated FROM pg_matviews ORDER BY 1',
]);
mv('if not exists notice', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  'CREATE MATERIALIZED VIEW IF NOT EXISTS m AS SELECT 1',
]);
mv('drop materialized view', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  'DROP MATERIALIZED VIEW m',
  "SELECT to_regclass('m')",
]);
mv('drop view on matview is 42809', ['CREATE MATERIALIZED VIEW m AS SELECT id FROM t', 'DROP VIEW m']);
mv('refresh a plain view is 42809', ['CREATE VIEW v AS SELECT id FROM t', 'REFRESH MATERIALIZED VIEW v']);
mv('refresh missing is 42P01', ['REFRESH MATERIALIZED VIEW nope']);
mv('drop table used by matview fails', ['CREATE MATERIALIZED VIEW m AS SELECT id FROM t', 'DROP TABLE t']);
mv('matview with column names', [
  'CREATE MATERIALIZED VIEW m (a, b) AS SELECT id, qty FROM t',
  'SELECT a, b FROM m ORDER BY a',
]);
mv('matview not in information_schema tables', [
  'CREATE MATERIALIZED VIEW m AS SELECT id FROM t',
  "SELECT count(*) FROM information_schema.tables WHERE table_name = 'm'",
]);
mv('index on matview', [
  'CREATE MATERIALIZED VIEW m AS SELECT id, qty FROM t',
  'CREATE INDEX m_q ON m (qty)',
  "SELECT indexname FROM pg_indexes WHERE tablename = 'm'",
]);

// Declarative partitioning
const P = `CREATE TABLE m (id int, at date, v text) PARTITION BY RANGE (at);
CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');`;
const p = (name: string, steps: string[]) => list.add(`partition: ${name}`, steps, P);
p('range insert routes rows', [
  "INSERT INTO m VALUES (1, '2024-05-01', 'a'), (2, '2025-05-01', 'b')",
  'SELECT tableoid::regclass AS part, id FROM m ORDER BY id',
]);
p('range no partition is 23514', ["INSERT INTO m VALUES (1, '2030-01-01', 'a')"]);
p('range upper bound is exclusive', ["INSERT INTO m VALUES (1, '2026-01-01', 'a')"]);
p('range null key without default is 23514', ['INSERT INTO m VALUES (1, NULL, NULL)']);
p('default partition catches rest', [
  'CREATE TABLE m_def PARTITION OF m DEFAULT',
  "INSERT INTO m VALUES (1, '2030-01-01', 'a'), (2, NULL, 'b')",
  'SELECT tableoid::regclass AS part, id FROM m ORDER BY id',
]);
p('second default partition is rejected', [
  'CREATE TABLE d1 PARTITION OF m DEFAULT',
  'CREATE TABLE d2 PARTITION OF m DEFAULT',
]);
p('overlapping partition is 42P17', [
  "CREATE TABLE m_x PARTITION OF m FOR VALUES FROM ('2024-06-01') TO ('2024-07-01')",
]);
p('empty range partition is 42P17', [
  "CREATE TABLE m_x PARTITION OF m FOR VALUES FROM ('2027-01-01') TO ('2026-01-01')",
]);
p('minvalue maxvalue bounds', [
  "CREATE TABLE m_old PARTITION OF m FOR VALUES FROM (MINVALUE) TO ('2024-01-01')",
  "INSERT INTO m VALUES (1, '1999-01-01', 'x')",
  'SELECT tableoid::regclass, id FROM m',
]);
p('insert directly into partition outside bounds is 23514', [
  "INSERT INTO m_2024 VALUES (1, '2025-02-01', 'a')",
]);
p('insert directly into partition within bounds', [
  "INSERT INTO m_2024 VALUES (1, '2024-02-01', 'a')",
  'SELECT count(*) FROM m',
]);
p('update moves row across partitions', [
  "INSERT INTO m VALUES (1, '2024-05-01', 'a')",
  "UPDATE m SET at = '2025-05-01' WHERE id = 1",
  'SELECT tableoid::regclass, id FROM m',
]);
p('update into no partition is 23514', [
  "INSERT INTO m VALUES (1, '2024-05-01', 'a')",
  "UPDATE m SET at = '2040-01-01'",
]);
p('select from only parent is empty', [
  "INSERT INTO m VALUES (1, '2024-05-01', 'a')",
  'SELECT count(*) FROM ONLY m',
]);
p('unique without partition key is 0A000', ['ALTER TABLE m ADD CONSTRAINT u UNIQUE (id)']);
p('primary key including partition key works', [
  'ALTER TABLE m ADD PRIMARY KEY (id, at)',
  "INSERT INTO m VALUES (1, '2024-05-01', 'a'), (1, '2024-05-01', 'b')",
]);
p('create table with pk not including partition key', [
  'CREATE TABLE q (id int PRIMARY KEY, k int) PARTITION BY RANGE (k)',
]);
p('unique index on partitioned table without key', ['CREATE UNIQUE INDEX ON m (id)']);
p('non unique index on partitioned table cascades', [
  'CREATE INDEX m_id ON m (id)',
  "SELECT tablename, indexname FROM pg_indexes WHERE tablename LIKE 'm%' ORDER BY 1, 2",
]);
p('detach partition keeps rows as table', [
  "INSERT INTO m VALUES (1, '2024-05-01', 'a'), (2, '2025-05-01', 'b')",
  'ALTER TABLE m DETACH PARTITION m_2024',
  'SELECT count(*) FROM m',
  'SELECT count(*) FROM m_2024',
]);
p('attach partition', [
  'CREATE TABLE m_2026 (id int, at date, v text)',
  "INSERT INTO m_2026 VALUES (9, '2026-03-01', 'z')",
  "ALTER TABLE m ATTACH PARTITION m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
  'SELECT tableoid::regclass, id FROM m',
]);
p('attach partition with row outside bounds is 23514', [
  'CREATE TABLE m_2026 (id int, at date, v text)',
  "INSERT INTO m_2026 VALUES (9, '2020-03-01', 'z')",
  "ALTER TABLE m ATTACH PARTITION m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
]);
p('attach table with different columns is 42804 or 42703', [
  'CREATE TABLE m_2026 (id int, at date)',
  "ALTER TABLE m ATTACH PARTITION m_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')",
]);
p('attach overlapping partition', [
  'CREATE TABLE m_x (id int, at date, v text)',
  "ALTER TABLE m ATTACH PARTITION m_x FOR VALUES FROM ('2024-06-01') TO ('2024-07-01')",
]);
p('detach missing partition', ['CREATE TABLE z (a int)', 'ALTER TABLE m DETACH PARTITION z']);
p('partition inherits columns and not null', [
  "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'm_2024' ORDER BY ordinal_position",
]);
p('pg_partition_tree', [
  "SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('m') ORDER BY 1",
]);
p('partition expression in pg_get_expr', [
  'SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) FROM pg_class c WHERE c.relispartition ORDER BY 1',
  "SELECT pg_get_partkeydef('m'::regclass)",
]);
p('drop partitioned table drops partitions', ['DROP TABLE m', "SELECT to_regclass('m_2024')"]);
p('drop single partition', ['DROP TABLE m_2024', "INSERT INTO m VALUES (1, '2024-05-01', 'a')"]);
p('truncate partitioned table', [
  "INSERT INTO m VALUES (1, '2024-05-01', 'a')",
  'TRUNCATE m',
  'SELECT count(*) FROM m_2024',
]);
p('partitioned table in information_schema', [
  "SELECT table_name, table_type FROM information_schema.tables WHERE table_name LIKE 'm%' ORDER BY 1",
]);
p('partition relkind', [
  "SELECT relname, relkind, relispartition FROM pg_class WHERE relname LIKE 'm%' AND relkind IN ('r','p') ORDER BY 1",
]);
p('insert returning from partitioned table', ["INSERT INTO m VALUES (1, '2024-05-01', 'a') RETURNING *"]);
p('on conflict on partitioned table with pk', [
  'ALTER TABLE m ADD PRIMARY KEY (id, at)',
  "INSERT INTO m VALUES (1, '2024-05-01', 'a')",
  "INSERT INTO m VALUES (1, '2024-05-01', 'b') ON CONFLICT (id, at) DO UPDATE SET v = excluded.v RETURNING *",
]);

const L = `CREATE TABLE l (id int, region text) PARTITION BY LIST (region);
CREATE TABLE l_eu PARTITION OF l FOR VALUES IN ('de', 'fr');
CREATE TABLE l_us PARTITION OF l FOR VALUES IN ('us');`;
const lp = (name: string, steps: string[]) => list.add(`list partition: ${name}`, steps, L);
lp('routes by list', [
  "INSERT INTO l VALUES (1, 'de'), (2, 'us'), (3, 'fr')",
  'SELECT tableoid::regclass, id FROM l ORDER BY id',
]);
lp('unknown value is 23514', ["INSERT INTO l VALUES (1, 'jp')"]);
lp('null value without null partition', ['INSERT INTO l VALUES (1, NULL)']);
lp('null partition', [
  'CREATE TABLE l_null PARTITION OF l FOR VALUES IN (NULL)',
  'INSERT INTO l VALUES (1, NULL)',
  'SELECT tableoid::regclass FROM l',
]);
lp('duplicate list value is 42P17', ["CREATE TABLE l_x PARTITION OF l FOR VALUES IN ('us', 'ca')"]);
lp('range bound on list partitioned table', [
  "CREATE TABLE l_x PARTITION OF l FOR VALUES FROM ('a') TO ('b')",
]);
lp('adding default partition with conflicting row', [
  'CREATE TABLE l_def PARTITION OF l DEFAULT',
  "INSERT INTO l VALUES (1, 'jp')",
  "CREATE TABLE l_jp PARTITION OF l FOR VALUES IN ('jp')",
]);

const H = `CREATE TABLE h (id int, v text) PARTITION BY HASH (id);
CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 1);`;
const hp = (name: string, steps: string[]) => list.add(`hash partition: ${name}`, steps, H);
hp('routes every row', [
  "INSERT INTO h SELECT g, 'x' FROM generate_series(1, 10) g",
  'SELECT count(*) FROM h',
  'SELECT tableoid::regclass, count(*) FROM h GROUP BY 1 ORDER BY 1',
]);
hp('hash partition default is rejected', ['CREATE TABLE hd PARTITION OF h DEFAULT']);
hp('remainder out of range', ['CREATE TABLE h2 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 2)']);
hp('conflicting modulus', ['CREATE TABLE h3 PARTITION OF h FOR VALUES WITH (MODULUS 3, REMAINDER 0)']);
hp('hash primary key on id', [
  'ALTER TABLE h ADD PRIMARY KEY (id)',
  "INSERT INTO h VALUES (1, 'a')",
  "INSERT INTO h VALUES (1, 'b')",
]);
add('hash partitioned with no partitions rejects insert', [
  'CREATE TABLE h (id int) PARTITION BY HASH (id)',
  'INSERT INTO h VALUES (1)',
]);
add('partition by unknown column', ['CREATE TABLE q (a int) PARTITION BY RANGE (b)']);
add('partition of non partitioned table', [
  'CREATE TABLE q (a int)',
  'CREATE TABLE q1 PARTITION OF q FOR VALUES FROM (1) TO (2)',
]);
add('list partition by two columns is rejected', ['CREATE TABLE q (a int, b int) PARTITION BY LIST (a, b)']);
add('multi column range partition', [
  'CREATE TABLE q (a int, b int) PARTITION BY RANGE (a, b)',
  'CREATE TABLE q1 PARTITION OF q FOR VALUES FROM (1, 1) TO (1, 10)',
  'INSERT INTO q VALUES (1, 5)',
  'INSERT INTO q VALUES (1, 10)',
]);
add('sub-partitioning', [
  'CREATE TABLE q (a int, b text) PARTITION BY RANGE (a)',
  'CREATE TABLE q1 PARTITION OF q FOR VALUES FROM (0) TO (10) PARTITION BY LIST (b)',
  "CREATE TABLE q1x PARTITION OF q1 FOR VALUES IN ('x')",
  "INSERT INTO q VALUES (1, 'x')",
  "INSERT INTO q VALUES (1, 'y')",
]);

// Inheritance
const I = `CREATE TABLE cities (name text, population int);
CREATE TABLE capitals (state char(2)) INHERITS (cities);
INSERT INTO cities VALUES ('Springfield', 100);
INSERT INTO capitals VALUES ('Sacramento', 500, 'CA');`;
const inh = (name: string, steps: string[]) => list.add(`inherit: ${name}`, steps, I);
inh('parent select includes children', ['SELECT name, population FROM cities ORDER BY name']);
inh('select only parent', ['SELECT name FROM ONLY cities']);
inh('tableoid shows source', ['SELECT tableoid::regclass AS src, name FROM cities ORDER BY name']);
inh('child has parent and own columns', ['SELECT * FROM capitals']);
inh('update parent affects child', [
  'UPDATE cities SET population = population + 1 RETURNING name, population',
]);
inh('delete only parent', ['DELETE FROM ONLY cities', 'SELECT name FROM cities']);
inh('add column to parent propagates', [
  'ALTER TABLE cities ADD COLUMN country text',
  'SELECT * FROM capitals',
]);
inh('drop inherited column from child fails', ['ALTER TABLE capitals DROP COLUMN population']);
inh('drop parent with child fails', ['DROP TABLE cities']);
inh('drop parent cascade', ['DROP TABLE cities CASCADE', "SELECT to_regclass('capitals')"]);
inh('no inherit detaches', ['ALTER TABLE capitals NO INHERIT cities', 'SELECT name FROM cities']);
inh('pg_inherits', ['SELECT inhrelid::regclass, inhparent::regclass FROM pg_inherits']);
inh('child column merged with same definition', [
  'CREATE TABLE towns (name text, mayor text) INHERITS (cities)',
  "SELECT column_name FROM information_schema.columns WHERE table_name = 'towns' ORDER BY ordinal_position",
]);
inh('child column conflicting type is 42804', ['CREATE TABLE towns (name int) INHERITS (cities)']);
inh('unique on parent not enforced across children', [
  'CREATE UNIQUE INDEX ON cities (name)',
  "INSERT INTO capitals VALUES ('Springfield', 1, 'IL')",
  "SELECT count(*) FROM cities WHERE name = 'Springfield'",
]);

export default list.cases;
