// Round 18 probe, DDL part 8: DDL that PostgreSQL 16-18 added or changed, which a 15 server refuses
// or answers otherwise (the PGlite engine is 17/18 underneath): NOT NULL as named constraints,
// virtual generated columns, SET EXPRESSION, temporal keys, NOT ENFORCED, identity and exclusion
// constraints on partitioned tables.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: newer: ');
const add = list.add.bind(list);

add('virtual generated column is a syntax error on 15', [
  'CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)',
]);
add('set expression is a syntax error on 15', [
  'CREATE TABLE t (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'ALTER TABLE t ALTER COLUMN b SET EXPRESSION AS (a * 3)',
]);
add('named not null table constraint is a syntax error on 15', [
  'CREATE TABLE t (a int, CONSTRAINT a_nn NOT NULL a)',
]);
add('alter add constraint not null is a syntax error on 15', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ADD CONSTRAINT a_nn NOT NULL a',
]);
add('not null constraints are not in pg_constraint on 15', [
  'CREATE TABLE t (a int NOT NULL, b int PRIMARY KEY)',
  "SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY 1",
]);
add('drop constraint by generated not null name does not exist on 15', [
  'CREATE TABLE t (a int NOT NULL)',
  'ALTER TABLE t DROP CONSTRAINT t_a_not_null',
]);
add('not null constraint name in column constraint', [
  'CREATE TABLE t (a int CONSTRAINT a_nn NOT NULL)',
  "SELECT count(*) FROM pg_constraint WHERE conname = 'a_nn'",
]);
add('check not enforced is a syntax error on 15', ['CREATE TABLE t (a int, CHECK (a > 0) NOT ENFORCED)']);
add('check enforced is a syntax error on 15', ['CREATE TABLE t (a int, CHECK (a > 0) ENFORCED)']);
add('without overlaps primary key is a syntax error on 15', [
  'CREATE TABLE t (id int, valid tsrange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))',
]);
add('foreign key period is a syntax error on 15', [
  'CREATE TABLE p (id int, valid tsrange)',
  'CREATE TABLE c (pid int, valid tsrange, FOREIGN KEY (pid, PERIOD valid) REFERENCES p (id, PERIOD valid))',
]);
add('alter constraint no inherit is a syntax error on 15', [
  'CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0))',
  'ALTER TABLE t ALTER CONSTRAINT c NO INHERIT',
]);
add('alter constraint deferrable on foreign key', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (pid int CONSTRAINT c_p REFERENCES p)',
  'ALTER TABLE c ALTER CONSTRAINT c_p DEFERRABLE INITIALLY DEFERRED',
  "SELECT condeferrable, condeferred FROM pg_constraint WHERE conname = 'c_p'",
]);
add('alter constraint on check is refused', [
  'CREATE TABLE t (a int, CONSTRAINT c CHECK (a > 0))',
  'ALTER TABLE t ALTER CONSTRAINT c DEFERRABLE',
]);
add('alter constraint on unique is refused on 15', [
  'CREATE TABLE t (a int CONSTRAINT u UNIQUE)',
  'ALTER TABLE t ALTER CONSTRAINT u DEFERRABLE',
]);
add('identity column on partitioned table', [
  'CREATE TABLE m (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10)',
  'INSERT INTO m (k) VALUES (1), (2) RETURNING id, k',
]);
add('identity column on partitioned table insert into partition', [
  'CREATE TABLE m (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10)',
  'INSERT INTO m1 (k) VALUES (1)',
]);
add('exclusion constraint on partitioned table', [
  'CREATE TABLE m (k int, r int4range) PARTITION BY RANGE (k)',
  'ALTER TABLE m ADD EXCLUDE USING gist (r WITH &&)',
]);
add('exclusion constraint in create of partitioned table', [
  'CREATE TABLE m (k int, r int4range, EXCLUDE USING gist (r WITH &&)) PARTITION BY RANGE (k)',
]);
add('exclusion constraint holding the partition key on partitioned table', [
  'CREATE TABLE m (r int4range, CONSTRAINT no_same EXCLUDE USING gist (r WITH =)) PARTITION BY RANGE (r)',
]);
add('unique on partitioned table without key detail', [
  'CREATE TABLE m (id int, k int) PARTITION BY RANGE (k)',
  'ALTER TABLE m ADD UNIQUE (id)',
]);
add('primary key on partitioned table with expression key', [
  'CREATE TABLE m (id int, k text) PARTITION BY LIST (lower(k))',
  'ALTER TABLE m ADD PRIMARY KEY (id, k)',
]);
add('generated column on partition differs from parent', [
  'CREATE TABLE m (a int, k int, g int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m (g GENERATED ALWAYS AS (a * 3) STORED) FOR VALUES FROM (0) TO (10)',
]);
add('uuidv7 does not exist on 15', ['SELECT uuidv7()']);
add('random with range does not exist on 15', ['SELECT random(1, 10)']);
add('merge partitions is a syntax error on 15', [
  'CREATE TABLE m (k int) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE m2 PARTITION OF m FOR VALUES FROM (10) TO (20)',
  'ALTER TABLE m MERGE PARTITIONS (m1, m2) INTO m12',
]);
add('set access method default is a syntax error on 15', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t SET ACCESS METHOD DEFAULT',
]);
add('set access method heap', ['CREATE TABLE t (a int)', 'ALTER TABLE t SET ACCESS METHOD heap']);
add('alter column set compression pglz', [
  'CREATE TABLE t (a text)',
  'ALTER TABLE t ALTER COLUMN a SET COMPRESSION pglz',
  "SELECT attcompression FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
]);
add('alter column set compression default', [
  'CREATE TABLE t (a text COMPRESSION pglz)',
  'ALTER TABLE t ALTER COLUMN a SET COMPRESSION default',
  "SELECT attcompression FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
]);
add('not null not valid is a syntax error on 15', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ADD CONSTRAINT nn NOT NULL a NOT VALID',
]);
add('domain not null not valid', [
  'CREATE DOMAIN d AS int',
  'ALTER DOMAIN d ADD CONSTRAINT nn NOT NULL NOT VALID',
]);
add('domain not null named', [
  'CREATE DOMAIN d AS int CONSTRAINT d_nn NOT NULL',
  "SELECT conname, contype FROM pg_constraint WHERE contypid = 'd'::regtype",
]);
add('domain not null constraint in information_schema', [
  'CREATE DOMAIN d AS int NOT NULL CHECK (VALUE > 0)',
  "SELECT count(*) FROM information_schema.domain_constraints WHERE domain_name = 'd'",
]);
add('table constraints view without not null rows on 15', [
  'CREATE TABLE t (a int NOT NULL, b int)',
  "SELECT constraint_type, count(*) FROM information_schema.table_constraints WHERE table_name = 't' GROUP BY 1 ORDER BY 1",
]);
add('check_constraints includes not null on 15', [
  'CREATE TABLE t (a int NOT NULL)',
  "SELECT check_clause FROM information_schema.check_constraints c JOIN information_schema.table_constraints t USING (constraint_schema, constraint_name) WHERE t.table_name = 't'",
]);
add('pg_get_constraintdef of foreign key with set null columns', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p ON DELETE SET NULL (y) ON UPDATE CASCADE)',
  "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'c'::regclass",
]);
add('inherited not null on child column', [
  'CREATE TABLE p (a int NOT NULL)',
  'CREATE TABLE c () INHERITS (p)',
  'ALTER TABLE c ALTER COLUMN a DROP NOT NULL',
]);
add('drop not null on partition column', [
  'CREATE TABLE m (a int NOT NULL, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10)',
  'ALTER TABLE m1 ALTER COLUMN a DROP NOT NULL',
]);
add('no inherit not null is a syntax error on 15', ['CREATE TABLE t (a int NOT NULL NO INHERIT)']);
add('create table like including all with not null', [
  'CREATE TABLE p (a int NOT NULL, b int CHECK (b > 0))',
  'CREATE TABLE c (LIKE p INCLUDING ALL)',
  "SELECT conname, contype FROM pg_constraint WHERE conrelid = 'c'::regclass ORDER BY 1",
]);
add('alter column type on generated column expression rewrite', [
  'CREATE TABLE t (a int, g int GENERATED ALWAYS AS (a + 1) STORED)',
  'ALTER TABLE t ALTER COLUMN g TYPE bigint',
  "SELECT data_type, generation_expression FROM information_schema.columns WHERE table_name = 't' AND column_name = 'g'",
]);
add('alter table alter column drop expression if exists', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ALTER COLUMN a DROP EXPRESSION IF EXISTS',
]);
add('create table with storage and compression', [
  'CREATE TABLE t (a text STORAGE EXTERNAL)',
  "SELECT attstorage FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
]);
add('create table with storage default is new', ['CREATE TABLE t (a text STORAGE DEFAULT)']);
add('generated stored referencing system column', [
  'CREATE TABLE t (a int, g oid GENERATED ALWAYS AS (tableoid) STORED)',
]);
add('create index on partitioned table only', [
  'CREATE TABLE m (k int) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10)',
  'CREATE INDEX mi ON ONLY m (k)',
  "SELECT indexname FROM pg_indexes WHERE tablename IN ('m', 'm1') ORDER BY 1",
]);
add('reindex concurrently partitioned table', [
  'CREATE TABLE m (k int) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10)',
  'CREATE INDEX mi ON m (k)',
  'REINDEX TABLE m',
]);
add('cluster on partitioned table', [
  'CREATE TABLE m (k int) PARTITION BY RANGE (k)',
  'CREATE TABLE m1 PARTITION OF m FOR VALUES FROM (0) TO (10)',
  'CREATE INDEX mi ON m (k)',
  'CLUSTER m USING mi',
]);
add('create table as with identity column', [
  'CREATE TABLE t AS SELECT 1 AS a',
  'ALTER TABLE t ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY',
]);
add('alter column set data type with collate on text', [
  'CREATE TABLE t (a text)',
  'ALTER TABLE t ALTER COLUMN a TYPE text COLLATE "C"',
  "SELECT collation_name FROM information_schema.columns WHERE table_name = 't'",
]);
add('pg_constraint conkey for unique', [
  'CREATE TABLE t (a int, b int, UNIQUE (b, a))',
  "SELECT conkey, contype FROM pg_constraint WHERE conrelid = 't'::regclass",
]);
add('pg_index indkey and indnkeyatts with include', [
  'CREATE TABLE t (a int, b int, c int, UNIQUE (a) INCLUDE (b, c))',
  "SELECT indnatts, indnkeyatts, indkey::text FROM pg_index WHERE indrelid = 't'::regclass",
]);
export default list.cases;
