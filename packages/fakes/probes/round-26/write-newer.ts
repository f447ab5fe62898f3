// Round 26 part C: constraint and write syntax newer than PostgreSQL 15, which 15 refuses (chapter 5
// and the command reference of 15 against what 16-18 added): PGlite runs 17/18 and must answer as 15.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r26 write newer: ');
const T = 'CREATE TABLE p (id int PRIMARY KEY, a int, b text);';
const add = (name: string, steps: string[], setup = T) => list.add(name, steps, setup);

add('generated column without STORED', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2))',
  "SELECT count(*)::int AS n FROM pg_class WHERE relname = 'g'",
]);
add('generated column VIRTUAL', ['CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) VIRTUAL)']);
add('foreign key NOT ENFORCED', ['CREATE TABLE c (id int, pid int REFERENCES p NOT ENFORCED)']);
add('foreign key ENFORCED', ['CREATE TABLE c (id int, pid int REFERENCES p ENFORCED)']);
add('check NOT ENFORCED', ['CREATE TABLE c (id int, v int CHECK (v > 0) NOT ENFORCED)']);
add('table check NOT ENFORCED', [
  'CREATE TABLE c (id int, v int, CONSTRAINT v_pos CHECK (v > 0) NOT ENFORCED)',
]);
add('alter add check NOT ENFORCED', ['ALTER TABLE p ADD CONSTRAINT a_pos CHECK (a > 0) NOT ENFORCED']);
add('primary key WITHOUT OVERLAPS', [
  'CREATE EXTENSION IF NOT EXISTS btree_gist',
  'CREATE TABLE r (id int, during tstzrange, PRIMARY KEY (id, during WITHOUT OVERLAPS))',
]);
add('unique WITHOUT OVERLAPS', [
  'CREATE TABLE r (id int, during int4range, UNIQUE (id, during WITHOUT OVERLAPS))',
]);
add('foreign key PERIOD', [
  'CREATE TABLE r (id int, during int4range, FOREIGN KEY (id, PERIOD during) REFERENCES p (id, PERIOD a))',
]);
add('alter column SET EXPRESSION', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)',
]);
add('alter add NOT NULL constraint by name', ['ALTER TABLE p ADD CONSTRAINT a_nn NOT NULL a']);
add('column NOT NULL NO INHERIT', ['CREATE TABLE c (id int NOT NULL NO INHERIT)']);
add('column NOT NULL named', [
  'CREATE TABLE c (id int CONSTRAINT id_nn NOT NULL)',
  "SELECT conname FROM pg_constraint WHERE conrelid = 'c'::regclass ORDER BY conname",
]);
add('alter NOT NULL NOT VALID', ['ALTER TABLE p ADD CONSTRAINT a_nn NOT NULL a NOT VALID']);
add('alter constraint inherit', [
  'ALTER TABLE p ADD CONSTRAINT a_pos CHECK (a > 0)',
  'ALTER TABLE p ALTER CONSTRAINT a_pos NO INHERIT',
]);
add('alter constraint check deferrable', [
  'ALTER TABLE p ADD CONSTRAINT a_pos CHECK (a > 0)',
  'ALTER TABLE p ALTER CONSTRAINT a_pos DEFERRABLE',
]);
add('alter constraint fk not deferrable', [
  'CREATE TABLE c (id int, pid int CONSTRAINT c_fk REFERENCES p DEFERRABLE)',
  'ALTER TABLE c ALTER CONSTRAINT c_fk NOT DEFERRABLE',
  "SELECT condeferrable FROM pg_constraint WHERE conname = 'c_fk'",
]);
add('alter constraint fk enforced', [
  'CREATE TABLE c (id int, pid int CONSTRAINT c_fk REFERENCES p)',
  'ALTER TABLE c ALTER CONSTRAINT c_fk NOT ENFORCED',
]);
add('insert returning old', ["INSERT INTO p VALUES (1, 1, 'x') RETURNING old.id"]);
add('insert returning with alias', ["INSERT INTO p VALUES (1, 1, 'x') RETURNING WITH (NEW AS n) n.id"]);
add('merge returning', [
  "MERGE INTO p USING (VALUES (1)) v(x) ON p.id = v.x WHEN NOT MATCHED THEN INSERT VALUES (v.x, 0, 'm') RETURNING p.id",
]);
add('merge not matched by source', [
  "INSERT INTO p VALUES (1, 1, 'x')",
  'MERGE INTO p USING (VALUES (2)) v(x) ON p.id = v.x WHEN NOT MATCHED BY SOURCE THEN DELETE',
  'SELECT * FROM p ORDER BY id',
]);
add('merge merge_action', [
  "MERGE INTO p USING (VALUES (2)) v(x) ON p.id = v.x WHEN NOT MATCHED THEN INSERT VALUES (v.x, 0, 'm') RETURNING merge_action()",
]);
add('merge into a view', [
  'CREATE VIEW pv AS SELECT * FROM p',
  "MERGE INTO pv USING (VALUES (2)) v(x) ON pv.id = v.x WHEN NOT MATCHED THEN INSERT VALUES (v.x, 0, 'm')",
]);
add('identity on a partitioned table', [
  'CREATE TABLE pt (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'INSERT INTO pt (k) VALUES (1) RETURNING id',
]);
add('identity on a partition attach', [
  'CREATE TABLE pt (id int, k int) PARTITION BY RANGE (k)',
  'CREATE TABLE pt1 (id int GENERATED ALWAYS AS IDENTITY, k int)',
  'ALTER TABLE pt ATTACH PARTITION pt1 FOR VALUES FROM (0) TO (10)',
]);
add('exclusion constraint on a partitioned table', [
  'CREATE TABLE pt (k int, r int4range, EXCLUDE USING gist (r WITH &&)) PARTITION BY RANGE (k)',
]);
add('unique on partitioned table without the key', [
  'CREATE TABLE pt (id int, k int, UNIQUE (id)) PARTITION BY RANGE (k)',
]);
add('fk to a partitioned table', [
  'CREATE TABLE pt (k int PRIMARY KEY) PARTITION BY RANGE (k)',
  'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE c (k int REFERENCES pt ON DELETE CASCADE)',
  'INSERT INTO pt VALUES (1)',
  'INSERT INTO c VALUES (1), (11)',
  'DELETE FROM pt',
  'SELECT count(*)::int AS n FROM c',
]);
add('update moving a row between partitions with a fk', [
  'CREATE TABLE pt (k int PRIMARY KEY) PARTITION BY RANGE (k)',
  'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE pt2 PARTITION OF pt FOR VALUES FROM (10) TO (20)',
  'CREATE TABLE c (k int REFERENCES pt ON UPDATE CASCADE)',
  'INSERT INTO pt VALUES (1)',
  'INSERT INTO c VALUES (1)',
  'UPDATE pt SET k = 11',
  'SELECT * FROM c',
]);
add('on conflict on a partitioned table', [
  'CREATE TABLE pt (k int PRIMARY KEY, v int) PARTITION BY RANGE (k)',
  'CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10)',
  'CREATE TABLE pt2 PARTITION OF pt FOR VALUES FROM (10) TO (20)',
  'INSERT INTO pt VALUES (1, 1)',
  'INSERT INTO pt VALUES (1, 2) ON CONFLICT (k) DO UPDATE SET k = 12, v = 3',
  'SELECT * FROM pt ORDER BY k',
]);
add('copy on_error', ['COPY p FROM STDIN (ON_ERROR ignore)']);
add('copy log_verbosity', ['COPY p FROM STDIN (LOG_VERBOSITY verbose)']);
add('copy force_null star', ['COPY p FROM STDIN (FORMAT csv, FORCE_NULL *)']);
add('copy default', ["COPY p FROM STDIN (FORMAT csv, DEFAULT '\\D')"]);
add('copy reject_limit', ['COPY p FROM STDIN (ON_ERROR ignore, REJECT_LIMIT 3)']);
add('insert into generated default', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO g VALUES (1, DEFAULT) RETURNING *',
  'UPDATE g SET b = DEFAULT RETURNING *',
]);
add('identity sequence options', [
  'CREATE TABLE s (id int GENERATED BY DEFAULT AS IDENTITY (START WITH 5 INCREMENT BY 5 SEQUENCE NAME s_ids), v int)',
  'INSERT INTO s (v) VALUES (1), (2) RETURNING id',
  "SELECT nextval('s_ids') AS n",
]);
add('identity sequence LOGGED', ['CREATE TABLE s (id int GENERATED BY DEFAULT AS IDENTITY (LOGGED), v int)']);
add('alter identity set generated', [
  'CREATE TABLE s (id int GENERATED BY DEFAULT AS IDENTITY, v int)',
  'ALTER TABLE s ALTER COLUMN id SET GENERATED ALWAYS',
  'INSERT INTO s VALUES (1, 1)',
]);
add('drop not null on a primary key column', ['ALTER TABLE p ALTER COLUMN id DROP NOT NULL']);
add('drop not null on an identity column', [
  'CREATE TABLE s (id int GENERATED BY DEFAULT AS IDENTITY, v int)',
  'ALTER TABLE s ALTER COLUMN id DROP NOT NULL',
]);
add('alter type of a generated column source', [
  'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'ALTER TABLE g ALTER COLUMN a TYPE bigint',
  'INSERT INTO g VALUES (3) RETURNING *',
]);
add('not valid fk then validate', [
  'CREATE TABLE c (id int, pid int)',
  'INSERT INTO c VALUES (1, 9)',
  'ALTER TABLE c ADD CONSTRAINT c_fk FOREIGN KEY (pid) REFERENCES p NOT VALID',
  'INSERT INTO c VALUES (2, 8)',
  'ALTER TABLE c VALIDATE CONSTRAINT c_fk',
]);
add('not valid check then validate', [
  'INSERT INTO p VALUES (1, -1, NULL)',
  'ALTER TABLE p ADD CONSTRAINT a_pos CHECK (a > 0) NOT VALID',
  "UPDATE p SET b = 'x'",
  'ALTER TABLE p VALIDATE CONSTRAINT a_pos',
]);
add('set null column list on update', [
  'CREATE TABLE c (id int, pid int, FOREIGN KEY (pid) REFERENCES p ON UPDATE SET NULL (pid))',
]);
add('unique nulls distinct explicit', [
  'CREATE TABLE u (a int UNIQUE NULLS DISTINCT)',
  'INSERT INTO u VALUES (NULL), (NULL)',
  'SELECT count(*)::int AS n FROM u',
]);
add('unique index nulls not distinct and on conflict', [
  'CREATE UNIQUE INDEX p_b ON p (b) NULLS NOT DISTINCT',
  'INSERT INTO p VALUES (1, 1, NULL)',
  'INSERT INTO p VALUES (2, 2, NULL) ON CONFLICT (b) DO UPDATE SET a = 9 RETURNING *',
  'SELECT * FROM p ORDER BY id',
]);
add('primary key nulls not distinct', ['CREATE TABLE u (a int, PRIMARY KEY (a) NULLS NOT DISTINCT)']);
add('constraint not null on a domain', [
  'CREATE DOMAIN d AS int CONSTRAINT d_nn NOT NULL',
  'CREATE TABLE u (a d)',
  'INSERT INTO u VALUES (NULL)',
]);

export default list.cases;
