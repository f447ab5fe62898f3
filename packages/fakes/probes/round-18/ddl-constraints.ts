// Round 18 probe, DDL part 2: constraints as PostgreSQL 15 chapter 5.4 and CREATE TABLE describe them:
// generated names, CHECK (NO INHERIT), NOT NULL, UNIQUE (NULLS NOT DISTINCT, INCLUDE), primary keys,
// exclusion constraints over ranges, foreign keys (MATCH FULL/SIMPLE, every action, SET NULL with a
// column list), deferrable constraints and SET CONSTRAINTS.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r18 ddl: constraints: ');
const add = list.add.bind(list);
const cons = (t: string) =>
  `SELECT conname, contype, condeferrable, condeferred, convalidated, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conrelid = '${t}'::regclass ORDER BY conname`;
const tc = (t: string) =>
  `SELECT constraint_name, constraint_type, is_deferrable, initially_deferred FROM information_schema.table_constraints WHERE table_name = '${t}' ORDER BY constraint_name`;

// Generated names
add('unnamed constraints get generated names', [
  'CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b int CHECK (b > 0), c int, d int, UNIQUE (c, d), CHECK (c < d))',
  cons('t'),
]);
add('unnamed foreign key gets table_column_fkey', [
  'CREATE TABLE p (id int PRIMARY KEY, k int UNIQUE)',
  'CREATE TABLE c (id int, pid int REFERENCES p, pk int REFERENCES p (k))',
  cons('c'),
]);
add('multi-column foreign key name uses first column', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p)',
  cons('c'),
]);
add('generated name collision gets numeric suffix', [
  'CREATE TABLE t (a int CHECK (a > 0) CHECK (a < 10), b int UNIQUE, UNIQUE (b))',
  cons('t'),
]);
add('two unique constraints on same column both kept', [
  'CREATE TABLE t (a int, CONSTRAINT u1 UNIQUE (a), CONSTRAINT u2 UNIQUE (a))',
  "SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
]);
add('named constraint used in error', [
  'CREATE TABLE t (a int CONSTRAINT positive CHECK (a > 0))',
  'INSERT INTO t VALUES (-1)',
]);
add('duplicate constraint name in one table is 42710', [
  'CREATE TABLE t (a int CONSTRAINT c1 CHECK (a > 0), b int CONSTRAINT c1 CHECK (b > 0))',
]);
add('constraint name equal to existing index name is 42P07', [
  'CREATE TABLE t (a int, b int)',
  'CREATE INDEX t_idx ON t (a)',
  'ALTER TABLE t ADD CONSTRAINT t_idx UNIQUE (b)',
]);
add('long table name truncates generated constraint name', [
  'CREATE TABLE a_really_long_table_name_that_goes_on_and_on_and_on_forever (a_really_long_column_name_as_well int UNIQUE)',
  "SELECT conname, length(conname) FROM pg_constraint WHERE conrelid = 'a_really_long_table_name_that_goes_on_and_on_and_on_forever'::regclass",
]);
add('information_schema table_constraints', [
  'CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE, b int NOT NULL CHECK (b > 0))',
  "SELECT constraint_type, count(*) FROM information_schema.table_constraints WHERE table_name = 't' GROUP BY 1 ORDER BY 1",
]);
add('information_schema key_column_usage for composite key', [
  'CREATE TABLE t (a int, b int, CONSTRAINT pk PRIMARY KEY (b, a))',
  "SELECT constraint_name, column_name, ordinal_position FROM information_schema.key_column_usage WHERE table_name = 't' ORDER BY ordinal_position",
]);
add('information_schema check_constraints clause', [
  'CREATE TABLE t (a int CONSTRAINT pos CHECK (a > 0))',
  "SELECT constraint_name, check_clause FROM information_schema.check_constraints WHERE constraint_name = 'pos'",
]);

// CHECK
add('check constraint failing row detail', [
  'CREATE TABLE t (a int, b text, CHECK (a > 0))',
  "INSERT INTO t VALUES (0, 'x')",
]);
add('check passes on null', [
  'CREATE TABLE t (a int CHECK (a > 0))',
  'INSERT INTO t VALUES (NULL) RETURNING a',
]);
add('check referencing two columns', [
  'CREATE TABLE t (lo int, hi int, CONSTRAINT ordered CHECK (lo <= hi))',
  'INSERT INTO t VALUES (1, 2)',
  'INSERT INTO t VALUES (3, 2)',
]);
add('check on update violation', [
  'CREATE TABLE t (a int CHECK (a > 0))',
  'INSERT INTO t VALUES (1)',
  'UPDATE t SET a = -a',
]);
add('column check referencing other column is allowed', [
  'CREATE TABLE t (a int CHECK (a < b), b int)',
  'INSERT INTO t VALUES (2, 1)',
]);
add('check with subquery is rejected 0A000', ['CREATE TABLE t (a int CHECK (a IN (SELECT 1)))']);
add('check with aggregate is rejected', ['CREATE TABLE t (a int CHECK (count(*) > 0))']);
add('check with non-boolean expression is rejected', ['CREATE TABLE t (a int CHECK (a + 1))']);
add('check referencing unknown column', ['CREATE TABLE t (a int CHECK (b > 0))']);
add('check with function call', [
  "CREATE TABLE t (e text CHECK (e LIKE '%@%' AND length(e) < 20))",
  "INSERT INTO t VALUES ('a@b')",
  "INSERT INTO t VALUES ('ab')",
]);
add('check with in list', [
  "CREATE TABLE t (status text CHECK (status IN ('new', 'done')))",
  "INSERT INTO t VALUES ('new')",
  "INSERT INTO t VALUES ('other')",
]);
add('check no inherit is not applied to child', [
  'CREATE TABLE p (a int, CONSTRAINT p_pos CHECK (a > 0) NO INHERIT)',
  'CREATE TABLE c () INHERITS (p)',
  'INSERT INTO c VALUES (-1)',
  'INSERT INTO p VALUES (-1)',
]);
add('check no inherit in pg_constraint', [
  'CREATE TABLE p (a int, CONSTRAINT p_pos CHECK (a > 0) NO INHERIT, CONSTRAINT p_small CHECK (a < 100))',
  "SELECT conname, connoinherit, conislocal, coninhcount FROM pg_constraint WHERE conrelid = 'p'::regclass ORDER BY 1",
]);
add('inherited check applies to child', [
  'CREATE TABLE p (a int CHECK (a > 0))',
  'CREATE TABLE c (b int) INHERITS (p)',
  'INSERT INTO c VALUES (-1, 1)',
]);
add('check constraint on boolean column alone', [
  'CREATE TABLE t (ok boolean CHECK (ok))',
  'INSERT INTO t VALUES (true), (NULL)',
  'INSERT INTO t VALUES (false)',
]);
add('check constraint with cast on text', [
  "CREATE TABLE t (s text CHECK (s ~ '^[0-9]+$'))",
  "INSERT INTO t VALUES ('123')",
  "INSERT INTO t VALUES ('12a')",
]);
add('pg_get_constraintdef of check normalises', [
  "CREATE TABLE t (a int, s text, CHECK (a BETWEEN 1 AND 10), CHECK (s IN ('x','y')), CHECK (a <> 5 OR s IS NULL))",
  cons('t'),
]);
add('not null constraint failing row', [
  'CREATE TABLE t (a int NOT NULL, b text)',
  "INSERT INTO t (b) VALUES ('x')",
]);
add('null and not null conflict is rejected', ['CREATE TABLE t (a int NULL NOT NULL)']);
add('not null in pg_attribute', [
  'CREATE TABLE t (a int NOT NULL, b int, c int PRIMARY KEY)',
  "SELECT attname, attnotnull FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0 ORDER BY attnum",
]);

// UNIQUE
add('unique allows multiple nulls by default', [
  'CREATE TABLE t (a int UNIQUE)',
  'INSERT INTO t VALUES (NULL), (NULL)',
  'SELECT count(*) FROM t',
]);
add('unique nulls not distinct rejects second null', [
  'CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT)',
  'INSERT INTO t VALUES (NULL)',
  'INSERT INTO t VALUES (NULL)',
]);
add('unique nulls not distinct table constraint on two columns', [
  'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
  'INSERT INTO t VALUES (1, NULL)',
  'INSERT INTO t VALUES (2, NULL)',
  'INSERT INTO t VALUES (1, NULL)',
]);
add('unique nulls distinct explicit', [
  'CREATE TABLE t (a int, UNIQUE NULLS DISTINCT (a))',
  'INSERT INTO t VALUES (NULL), (NULL)',
  cons('t'),
]);
add('unique nulls not distinct constraint def', [
  'CREATE TABLE t (a int, CONSTRAINT u UNIQUE NULLS NOT DISTINCT (a))',
  cons('t'),
  "SELECT indisunique, indnullsnotdistinct FROM pg_index WHERE indexrelid = 'u'::regclass",
]);
add('unique nulls not distinct index', [
  'CREATE TABLE t (a int, b int)',
  'CREATE UNIQUE INDEX t_ab ON t (a, b) NULLS NOT DISTINCT',
  'INSERT INTO t VALUES (NULL, NULL)',
  'INSERT INTO t VALUES (NULL, NULL)',
]);
add('unique nulls not distinct on conflict do nothing', [
  'CREATE TABLE t (a int, v text, UNIQUE NULLS NOT DISTINCT (a))',
  "INSERT INTO t VALUES (NULL, 'x')",
  "INSERT INTO t VALUES (NULL, 'y') ON CONFLICT (a) DO NOTHING",
  'SELECT * FROM t',
]);
add('unique nulls not distinct on conflict do update', [
  'CREATE TABLE t (a int, v text, UNIQUE NULLS NOT DISTINCT (a))',
  "INSERT INTO t VALUES (NULL, 'x')",
  "INSERT INTO t VALUES (NULL, 'y') ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING *",
]);
add('unique with include columns', [
  'CREATE TABLE t (a int, b text, CONSTRAINT t_a UNIQUE (a) INCLUDE (b))',
  "INSERT INTO t VALUES (1, 'x')",
  "INSERT INTO t VALUES (1, 'y')",
]);
add('unique include does not make included column unique', [
  'CREATE TABLE t (a int, b text, UNIQUE (a) INCLUDE (b))',
  "INSERT INTO t VALUES (1, 'x'), (2, 'x')",
  cons('t'),
]);
add('primary key with include', [
  'CREATE TABLE t (id int, b text, PRIMARY KEY (id) INCLUDE (b))',
  "INSERT INTO t VALUES (1, 'x')",
  "INSERT INTO t VALUES (1, 'x')",
]);
add('primary key include index definition', [
  'CREATE TABLE t (id int, b text, PRIMARY KEY (id) INCLUDE (b))',
  "SELECT indexdef FROM pg_indexes WHERE tablename = 't'",
]);
add('include column unknown', ['CREATE TABLE t (a int, UNIQUE (a) INCLUDE (zz))']);
add('unique on expression in constraint is syntax error', ['CREATE TABLE t (a text, UNIQUE (lower(a)))']);
add('unique on column of type without btree opclass', ['CREATE TABLE t (a point UNIQUE)']);
add('unique on json column fails', ['CREATE TABLE t (a json UNIQUE)']);
add('unique on jsonb column works', [
  'CREATE TABLE t (a jsonb UNIQUE)',
  `INSERT INTO t VALUES ('{"a":1,"b":2}')`,
  `INSERT INTO t VALUES ('{"b":2,"a":1}')`,
]);
add('unique duplicate column in list is 42701', ['CREATE TABLE t (a int, UNIQUE (a, a))']);
add('unique key detail with two columns', [
  'CREATE TABLE t (a int, b text, UNIQUE (a, b))',
  "INSERT INTO t VALUES (1, 'x'), (1, 'x')",
]);
add('unique detail with null in nulls not distinct', [
  'CREATE TABLE t (a int, b text, UNIQUE NULLS NOT DISTINCT (a, b))',
  'INSERT INTO t VALUES (1, NULL), (1, NULL)',
]);

// PRIMARY KEY
add('two primary keys are rejected', ['CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY)']);
add('column and table primary key are rejected', ['CREATE TABLE t (a int PRIMARY KEY, PRIMARY KEY (a))']);
add('primary key makes columns not null', [
  'CREATE TABLE t (a int, b int, PRIMARY KEY (a, b))',
  'INSERT INTO t VALUES (1, NULL)',
]);
add('primary key named', [
  'CREATE TABLE t (a int CONSTRAINT my_pk PRIMARY KEY)',
  'INSERT INTO t VALUES (1), (1)',
]);
add('primary key on unknown column', ['CREATE TABLE t (a int, PRIMARY KEY (b))']);
add('add primary key to table with nulls', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (NULL)',
  'ALTER TABLE t ADD PRIMARY KEY (a)',
]);
add('add second primary key', [
  'CREATE TABLE t (a int PRIMARY KEY, b int)',
  'ALTER TABLE t ADD PRIMARY KEY (b)',
]);
add('add primary key using existing unique index', [
  'CREATE TABLE t (a int NOT NULL)',
  'CREATE UNIQUE INDEX t_a_idx ON t (a)',
  'ALTER TABLE t ADD CONSTRAINT t_pk PRIMARY KEY USING INDEX t_a_idx',
  cons('t'),
  "SELECT indexname FROM pg_indexes WHERE tablename = 't'",
]);
add('add unique using index that is not unique', [
  'CREATE TABLE t (a int)',
  'CREATE INDEX t_a_idx ON t (a)',
  'ALTER TABLE t ADD CONSTRAINT u UNIQUE USING INDEX t_a_idx',
]);

// EXCLUDE
add('exclusion constraint with int4range overlap', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO t VALUES ('[1,5)')",
  "INSERT INTO t VALUES ('[5,8)')",
  "INSERT INTO t VALUES ('[4,6)')",
]);
add('exclusion constraint with tsrange', [
  'CREATE TABLE booking (during tsrange, CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO booking VALUES ('[2024-01-01 10:00, 2024-01-01 11:00)')",
  "INSERT INTO booking VALUES ('[2024-01-01 10:30, 2024-01-01 12:00)')",
]);
add('exclusion constraint allows nulls and empty ranges', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO t VALUES (NULL), (NULL), ('empty'), ('empty'), ('[1,2)')",
  'SELECT count(*) FROM t',
]);
add('exclusion constraint in pg_constraint', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))',
  cons('t'),
]);
add('exclusion constraint with equality on scalar needs btree_gist', [
  'CREATE TABLE t (room int, r int4range, EXCLUDE USING gist (room WITH =, r WITH &&))',
]);
add('exclusion constraint with btree and equality acts like unique', [
  'CREATE TABLE t (a int, EXCLUDE USING btree (a WITH =))',
  'INSERT INTO t VALUES (1)',
  'INSERT INTO t VALUES (1)',
]);
add('exclusion constraint on update', [
  'CREATE TABLE t (id int, r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO t VALUES (1, '[1,3)'), (2, '[5,7)')",
  "UPDATE t SET r = '[2,6)' WHERE id = 2",
]);
add('exclusion constraint with where clause', [
  'CREATE TABLE t (r int4range, active boolean, EXCLUDE USING gist (r WITH &&) WHERE (active))',
  "INSERT INTO t VALUES ('[1,5)', true), ('[1,5)', false)",
  "INSERT INTO t VALUES ('[2,3)', true)",
]);
add('exclusion deferrable', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&) DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  "INSERT INTO t VALUES ('[1,5)'), ('[2,3)')",
  'COMMIT',
]);
add('exclusion on conflict do nothing', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO t VALUES ('[1,5)')",
  "INSERT INTO t VALUES ('[2,3)') ON CONFLICT DO NOTHING",
  'SELECT * FROM t',
]);
add('exclusion with non commutative operator', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH <<))',
]);

// FOREIGN KEY
const fkSetup = "CREATE TABLE p (id int PRIMARY KEY, name text); INSERT INTO p VALUES (1, 'a'), (2, 'b');";
const fk = (name: string, steps: string[]) => list.add(`fk: ${name}`, steps, fkSetup);
fk('insert missing parent detail', [
  'CREATE TABLE c (id int, pid int REFERENCES p)',
  'INSERT INTO c VALUES (1, 3)',
]);
fk('null reference is allowed', [
  'CREATE TABLE c (id int, pid int REFERENCES p)',
  'INSERT INTO c VALUES (1, NULL) RETURNING *',
]);
fk('on delete cascade', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON DELETE CASCADE)',
  'INSERT INTO c VALUES (1, 1), (2, 2)',
  'DELETE FROM p WHERE id = 1',
  'SELECT * FROM c',
]);
fk('on delete set null', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON DELETE SET NULL)',
  'INSERT INTO c VALUES (1, 1), (2, 2)',
  'DELETE FROM p WHERE id = 1',
  'SELECT * FROM c ORDER BY id',
]);
fk('on delete set default', [
  'CREATE TABLE c (id int, pid int DEFAULT 2 REFERENCES p ON DELETE SET DEFAULT)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
  'SELECT * FROM c',
]);
fk('on delete set default to missing parent fails', [
  'CREATE TABLE c (id int, pid int DEFAULT 9 REFERENCES p ON DELETE SET DEFAULT)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
]);
fk('on delete restrict', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON DELETE RESTRICT)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
]);
fk('on delete no action', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON DELETE NO ACTION)',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p WHERE id = 1',
]);
fk('on update cascade', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON UPDATE CASCADE)',
  'INSERT INTO c VALUES (1, 1)',
  'UPDATE p SET id = 10 WHERE id = 1',
  'SELECT * FROM c',
]);
fk('on update set null', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON UPDATE SET NULL)',
  'INSERT INTO c VALUES (1, 1)',
  'UPDATE p SET id = 10 WHERE id = 1',
  'SELECT * FROM c',
]);
fk('on update restrict', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON UPDATE RESTRICT)',
  'INSERT INTO c VALUES (1, 1)',
  'UPDATE p SET id = 10 WHERE id = 1',
]);
fk('update parent non key column is fine', [
  'CREATE TABLE c (id int, pid int REFERENCES p ON UPDATE RESTRICT)',
  'INSERT INTO c VALUES (1, 1)',
  "UPDATE p SET name = 'z' WHERE id = 1",
  'SELECT * FROM p ORDER BY id',
]);
fk('cascade chain of three tables', [
  'CREATE TABLE c (id int PRIMARY KEY, pid int REFERENCES p ON DELETE CASCADE)',
  'CREATE TABLE g (id int, cid int REFERENCES c ON DELETE CASCADE)',
  'INSERT INTO c VALUES (10, 1), (20, 2)',
  'INSERT INTO g VALUES (100, 10), (200, 20)',
  'DELETE FROM p WHERE id = 1',
  'SELECT * FROM g',
]);
fk('cascade into restrict fails', [
  'CREATE TABLE c (id int PRIMARY KEY, pid int REFERENCES p ON DELETE CASCADE)',
  'CREATE TABLE g (id int, cid int REFERENCES c ON DELETE RESTRICT)',
  'INSERT INTO c VALUES (10, 1)',
  'INSERT INTO g VALUES (100, 10)',
  'DELETE FROM p WHERE id = 1',
]);
fk('pg_constraint fk actions', [
  'CREATE TABLE c (a int REFERENCES p ON DELETE CASCADE ON UPDATE SET NULL, b int REFERENCES p ON DELETE SET DEFAULT, d int REFERENCES p MATCH FULL)',
  "SELECT conname, confupdtype, confdeltype, confmatchtype FROM pg_constraint WHERE conrelid = 'c'::regclass ORDER BY 1",
  cons('c'),
]);
fk('referential_constraints view', [
  'CREATE TABLE c (a int REFERENCES p ON DELETE CASCADE)',
  "SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_name = 'c_a_fkey'",
]);
fk('reference to non-unique column is 42830', ['CREATE TABLE c (n text REFERENCES p (name))']);
fk('reference to missing table is 42P01', ['CREATE TABLE c (x int REFERENCES nope)']);
fk('reference to missing column is 42703', ['CREATE TABLE c (x int REFERENCES p (zz))']);
fk('reference with incompatible type is 42804', ['CREATE TABLE c (x text REFERENCES p)']);
fk('reference with bigint to int is allowed', [
  'CREATE TABLE c (x bigint REFERENCES p)',
  'INSERT INTO c VALUES (1)',
  'INSERT INTO c VALUES (5)',
]);
fk('number of referencing and referenced columns differs', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p (id))',
]);
fk('delete parent then child in one transaction with deferred', [
  'CREATE TABLE c (id int, pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO c VALUES (1, 1)',
  'BEGIN',
  'DELETE FROM p WHERE id = 1',
  'DELETE FROM c WHERE pid = 1',
  'COMMIT',
  'SELECT count(*) FROM c',
]);
fk('deferred violation at commit is 23503', [
  'CREATE TABLE c (id int, pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO c VALUES (1, 9)',
  "SELECT 'still fine'",
  'COMMIT',
]);
fk('deferrable initially immediate raises at statement', [
  'CREATE TABLE c (id int, pid int REFERENCES p DEFERRABLE INITIALLY IMMEDIATE)',
  'BEGIN',
  'INSERT INTO c VALUES (1, 9)',
]);
fk('set constraints all deferred', [
  'CREATE TABLE c (id int, pid int REFERENCES p DEFERRABLE)',
  'BEGIN',
  'SET CONSTRAINTS ALL DEFERRED',
  'INSERT INTO c VALUES (1, 9)',
  'INSERT INTO p VALUES (9)',
  'COMMIT',
  'SELECT * FROM c',
]);
fk('set constraints named deferred', [
  'CREATE TABLE c (id int, pid int CONSTRAINT c_p REFERENCES p DEFERRABLE)',
  'BEGIN',
  'SET CONSTRAINTS c_p DEFERRED',
  'INSERT INTO c VALUES (1, 9)',
  'ROLLBACK',
]);
fk('set constraints on non-deferrable is 55000', [
  'CREATE TABLE c (id int, pid int CONSTRAINT c_p REFERENCES p)',
  'BEGIN',
  'SET CONSTRAINTS c_p DEFERRED',
]);
fk('set constraints unknown is 42704', ['BEGIN', 'SET CONSTRAINTS nope DEFERRED']);
fk('set constraints immediate checks pending', [
  'CREATE TABLE c (id int, pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO c VALUES (1, 9)',
  'SET CONSTRAINTS ALL IMMEDIATE',
]);
fk('set constraints outside transaction warns', [
  'CREATE TABLE c (id int, pid int REFERENCES p DEFERRABLE)',
  'SET CONSTRAINTS ALL DEFERRED',
  'INSERT INTO c VALUES (1, 9)',
]);
fk('not deferrable initially deferred is rejected', [
  'CREATE TABLE c (pid int REFERENCES p NOT DEFERRABLE INITIALLY DEFERRED)',
]);
fk('check constraint cannot be deferrable', ['CREATE TABLE c (a int CHECK (a > 0) DEFERRABLE)']);
fk('not null cannot be deferrable', ['CREATE TABLE c (a int NOT NULL DEFERRABLE)']);
fk('deferrable shown in table_constraints', [
  'CREATE TABLE c (a int REFERENCES p DEFERRABLE INITIALLY DEFERRED, b int UNIQUE DEFERRABLE)',
  tc('c'),
]);
fk('self referencing foreign key', [
  'CREATE TABLE n (id int PRIMARY KEY, parent int REFERENCES n)',
  'INSERT INTO n VALUES (1, NULL), (2, 1)',
  'INSERT INTO n VALUES (3, 7)',
]);
fk('self referencing row referencing itself', [
  'CREATE TABLE n (id int PRIMARY KEY, parent int REFERENCES n)',
  'INSERT INTO n VALUES (1, 1) RETURNING *',
]);
fk('delete referenced parent message detail', [
  'CREATE TABLE c (id int, pid int REFERENCES p)',
  'INSERT INTO c VALUES (1, 2)',
  'DELETE FROM p',
]);
fk('drop referenced table fails 2BP01', ['CREATE TABLE c (pid int REFERENCES p)', 'DROP TABLE p']);
fk('drop referenced table cascade drops only constraint', [
  'CREATE TABLE c (pid int REFERENCES p)',
  'INSERT INTO c VALUES (1)',
  'DROP TABLE p CASCADE',
  'SELECT * FROM c',
  "SELECT count(*) FROM pg_constraint WHERE conrelid = 'c'::regclass",
]);

const mSetup = 'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); INSERT INTO p VALUES (1, 1);';
const m = (name: string, steps: string[]) => list.add(`match: ${name}`, steps, mSetup);
m('match simple allows partial null', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH SIMPLE)',
  'INSERT INTO c VALUES (5, NULL) RETURNING *',
]);
m('match full rejects partial null', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH FULL)',
  'INSERT INTO c VALUES (5, NULL)',
]);
m('match full allows all null', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH FULL)',
  'INSERT INTO c VALUES (NULL, NULL) RETURNING *',
]);
m('match full checks full key', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH FULL)',
  'INSERT INTO c VALUES (1, 2)',
]);
m('match partial is not implemented', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p MATCH PARTIAL)',
]);
m('composite fk detail lists both columns', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p)',
  'INSERT INTO c VALUES (1, 2)',
]);
m('composite fk referencing reordered columns', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (y, x) REFERENCES p (b, a))',
  'INSERT INTO c VALUES (1, 1)',
  cons('c'),
]);
m('on delete set null with column list', [
  'CREATE TABLE c (tenant int, x int, y int, FOREIGN KEY (x, y) REFERENCES p ON DELETE SET NULL (y))',
  'INSERT INTO c VALUES (7, 1, 1)',
  'DELETE FROM p',
  'SELECT * FROM c',
]);
m('on delete set default with column list', [
  'CREATE TABLE c (x int, y int DEFAULT NULL, FOREIGN KEY (x, y) REFERENCES p ON DELETE SET DEFAULT (y))',
  'INSERT INTO c VALUES (1, 1)',
  'DELETE FROM p',
  'SELECT * FROM c',
]);
m('on delete set null column list in constraint def', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p ON DELETE SET NULL (y))',
  cons('c'),
  "SELECT confdelsetcols FROM pg_constraint WHERE conrelid = 'c'::regclass",
]);
m('on delete set null column list with column outside key', [
  'CREATE TABLE c (x int, y int, z int, FOREIGN KEY (x, y) REFERENCES p ON DELETE SET NULL (z))',
]);
m('on update set null with column list is rejected', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p ON UPDATE SET NULL (y))',
]);
m('on delete set null column list with unknown column', [
  'CREATE TABLE c (x int, y int, FOREIGN KEY (x, y) REFERENCES p ON DELETE SET NULL (q))',
]);

// Deferrable unique
add('deferrable unique allows swap in transaction', [
  'CREATE TABLE t (id int, pos int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO t VALUES (1, 1), (2, 2)',
  'BEGIN',
  'UPDATE t SET pos = 2 WHERE id = 1',
  'UPDATE t SET pos = 1 WHERE id = 2',
  'COMMIT',
  'SELECT * FROM t ORDER BY id',
]);
add('deferrable unique violation at commit', [
  'CREATE TABLE t (pos int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO t VALUES (1), (1)',
  'COMMIT',
]);
add('deferrable unique cannot be on conflict arbiter', [
  'CREATE TABLE t (pos int UNIQUE DEFERRABLE)',
  'INSERT INTO t VALUES (1) ON CONFLICT (pos) DO NOTHING',
]);
add('deferrable primary key swap in one statement', [
  'CREATE TABLE t (id int PRIMARY KEY DEFERRABLE)',
  'INSERT INTO t VALUES (1), (2)',
  'UPDATE t SET id = 3 - id',
  'SELECT * FROM t ORDER BY id',
]);
add('non deferrable primary key increment all rows', [
  'CREATE TABLE t (id int PRIMARY KEY)',
  'INSERT INTO t VALUES (1), (2), (3)',
  'UPDATE t SET id = id + 1',
  'SELECT * FROM t ORDER BY id',
]);

export default list.cases;
