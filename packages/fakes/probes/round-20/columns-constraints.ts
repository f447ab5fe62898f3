// Round 20 probe, columns part 3: constraints (CHECK with NO INHERIT, NOT VALID + VALIDATE CONSTRAINT,
// UNIQUE NULLS NOT DISTINCT (new in 15), EXCLUDE USING btree/gist with plain operators, DEFERRABLE
// INITIALLY DEFERRED unique and foreign keys, ON DELETE SET NULL / SET DEFAULT with a column list (new
// in 15), MATCH FULL), as PostgreSQL 15 section 5.4, CREATE TABLE and ALTER TABLE describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 columns: constraints: ');
const c = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const P = `CREATE TABLE products (product_no int, name text, price numeric CHECK (price > 0), discounted_price numeric CHECK (discounted_price > 0), CHECK (price > discounted_price));`;
const FK = `CREATE TABLE tenants (tenant_id int PRIMARY KEY);
CREATE TABLE users (tenant_id int REFERENCES tenants ON DELETE CASCADE, user_id int NOT NULL, PRIMARY KEY (tenant_id, user_id));
CREATE TABLE posts (tenant_id int REFERENCES tenants ON DELETE CASCADE, post_id int NOT NULL, author_id int, PRIMARY KEY (tenant_id, post_id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id));
INSERT INTO tenants VALUES (1), (2);
INSERT INTO users VALUES (1, 10), (1, 11), (2, 20);
INSERT INTO posts VALUES (1, 100, 10), (1, 101, 11), (2, 200, 20);`;

// check constraints
c('check column and table constraints pass', ["INSERT INTO products VALUES (1, 'a', 10, 5) RETURNING *"], P);
c('check column constraint fails 23514', ["INSERT INTO products VALUES (1, 'a', -1, NULL)"], P);
c('check table constraint fails 23514', ["INSERT INTO products VALUES (1, 'a', 5, 10)"], P);
c('check with null passes', ["INSERT INTO products VALUES (1, 'a', NULL, NULL) RETURNING product_no"], P);
c(
  'check constraint names generated',
  [
    "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'products'::regclass ORDER BY conname",
  ],
  P,
);
c('check named constraint in error', [
  'CREATE TABLE t (price numeric CONSTRAINT positive_price CHECK (price > 0))',
  'INSERT INTO t VALUES (0)',
]);
c(
  'check update fails 23514',
  ["INSERT INTO products VALUES (1, 'a', 10, 5)", 'UPDATE products SET discounted_price = 20'],
  P,
);
c('check referencing other table 0A000', [
  'CREATE TABLE o (a int)',
  'CREATE TABLE t (a int CHECK (a IN (SELECT a FROM o)))',
]);
c('check with volatile function allowed', [
  'CREATE TABLE t (a float CHECK (a < random() + 2))',
  'INSERT INTO t VALUES (1) RETURNING a',
]);
c('check with aggregate 42803', ['CREATE TABLE t (a int CHECK (count(*) > 0))']);
c('check non boolean 42804', ['CREATE TABLE t (a int CHECK (a + 1))']);
c('check referencing missing column 42703', ['CREATE TABLE t (a int CHECK (b > 0))']);
c('check no inherit on plain table', [
  'CREATE TABLE t (a int CONSTRAINT apos CHECK (a > 0) NO INHERIT)',
  'INSERT INTO t VALUES (-1)',
]);
c('check no inherit on partitioned table 42P16', [
  'CREATE TABLE t (a int CHECK (a > 0) NO INHERIT) PARTITION BY LIST (a)',
]);
c('check false constraint', ['CREATE TABLE t (a int CHECK (false))', 'INSERT INTO t VALUES (NULL)']);
c('check true constraint', ['CREATE TABLE t (a int CHECK (true))', 'INSERT INTO t VALUES (1) RETURNING a']);
c('check null constraint passes', [
  'CREATE TABLE t (a int CHECK (NULL))',
  'INSERT INTO t VALUES (1) RETURNING a',
]);
c('check duplicate constraint name 42710', [
  'CREATE TABLE t (a int CONSTRAINT x CHECK (a > 0), b int CONSTRAINT x CHECK (b > 0))',
]);
c('add check not valid skips existing', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (-1)',
  'ALTER TABLE t ADD CONSTRAINT apos CHECK (a > 0) NOT VALID',
  'SELECT a FROM t',
  'INSERT INTO t VALUES (-2)',
]);
c('check not valid catalog convalidated', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ADD CONSTRAINT apos CHECK (a > 0) NOT VALID',
  "SELECT conname, convalidated, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 't'::regclass",
]);
c('validate constraint fails on existing rows 23514', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (-1)',
  'ALTER TABLE t ADD CONSTRAINT apos CHECK (a > 0) NOT VALID',
  'ALTER TABLE t VALIDATE CONSTRAINT apos',
]);
c('validate constraint succeeds after fix', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (-1)',
  'ALTER TABLE t ADD CONSTRAINT apos CHECK (a > 0) NOT VALID',
  'UPDATE t SET a = 1',
  'ALTER TABLE t VALIDATE CONSTRAINT apos',
  "SELECT convalidated FROM pg_constraint WHERE conname = 'apos'",
]);
c('validate missing constraint 42704', ['CREATE TABLE t (a int)', 'ALTER TABLE t VALIDATE CONSTRAINT nope']);
c('validate unique constraint 42809', [
  'CREATE TABLE t (a int CONSTRAINT u UNIQUE)',
  'ALTER TABLE t VALIDATE CONSTRAINT u',
]);
c('validate already valid no op', [
  'CREATE TABLE t (a int CONSTRAINT apos CHECK (a > 0))',
  'ALTER TABLE t VALIDATE CONSTRAINT apos',
  'SELECT 1 AS ok',
]);
c('not valid on create table check is ignored?', [
  'CREATE TABLE t (a int, CONSTRAINT apos CHECK (a > 0) NOT VALID)',
  "SELECT convalidated FROM pg_constraint WHERE conname = 'apos'",
]);
c('unique not valid 0A000', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t ADD CONSTRAINT u UNIQUE (a) NOT VALID',
]);
c('fk not valid then validate fails 23503', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int)',
  'INSERT INTO ch VALUES (5)',
  'ALTER TABLE ch ADD CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p NOT VALID',
  'INSERT INTO ch VALUES (6)',
]);
c('fk validate with orphan 23503', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int)',
  'INSERT INTO ch VALUES (5)',
  'ALTER TABLE ch ADD CONSTRAINT fk FOREIGN KEY (pid) REFERENCES p NOT VALID',
  'ALTER TABLE ch VALIDATE CONSTRAINT fk',
]);
c('drop constraint if exists missing', [
  'CREATE TABLE t (a int)',
  'ALTER TABLE t DROP CONSTRAINT IF EXISTS nope',
  'SELECT 1 AS ok',
]);
c('drop constraint missing 42704', ['CREATE TABLE t (a int)', 'ALTER TABLE t DROP CONSTRAINT nope']);
c('rename constraint', [
  'CREATE TABLE t (a int CONSTRAINT apos CHECK (a > 0))',
  'ALTER TABLE t RENAME CONSTRAINT apos TO a_positive',
  'INSERT INTO t VALUES (0)',
]);
c('not null constraint 23502', ['CREATE TABLE t (a int NOT NULL, b int)', 'INSERT INTO t (b) VALUES (1)']);
c('not null and null conflicting 42601', ['CREATE TABLE t (a int NOT NULL NULL)']);
c('set not null with existing null 23502', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (NULL)',
  'ALTER TABLE t ALTER COLUMN a SET NOT NULL',
]);

// unique and nulls not distinct
c('unique allows multiple nulls', [
  'CREATE TABLE t (a int UNIQUE)',
  'INSERT INTO t VALUES (NULL), (NULL)',
  'SELECT count(*) FROM t',
]);
c('unique nulls not distinct rejects second null 23505', [
  'CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT)',
  'INSERT INTO t VALUES (NULL), (NULL)',
]);
c('unique nulls distinct explicit', [
  'CREATE TABLE t (a int UNIQUE NULLS DISTINCT)',
  'INSERT INTO t VALUES (NULL), (NULL)',
  'SELECT count(*) FROM t',
]);
c('unique nulls not distinct multi column', [
  'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
  'INSERT INTO t VALUES (1, NULL), (2, NULL), (NULL, NULL)',
  'INSERT INTO t VALUES (1, NULL)',
]);
c('unique nulls not distinct multi column partial null differs', [
  'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
  'INSERT INTO t VALUES (1, NULL), (NULL, 1), (1, 1)',
  'SELECT count(*) FROM t',
]);
c('unique nulls not distinct index def', [
  'CREATE TABLE t (a int, CONSTRAINT u UNIQUE NULLS NOT DISTINCT (a))',
  "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'u'",
  "SELECT pg_get_indexdef('u'::regclass) AS v",
  "SELECT indnullsnotdistinct FROM pg_index WHERE indexrelid = 'u'::regclass",
]);
c('create unique index nulls not distinct', [
  'CREATE TABLE t (a int)',
  'CREATE UNIQUE INDEX t_a ON t (a) NULLS NOT DISTINCT',
  'INSERT INTO t VALUES (NULL)',
  'INSERT INTO t VALUES (NULL)',
]);
c('create unique index nulls not distinct over existing nulls 23505', [
  'CREATE TABLE t (a int)',
  'INSERT INTO t VALUES (NULL), (NULL)',
  'CREATE UNIQUE INDEX t_a ON t (a) NULLS NOT DISTINCT',
]);
c('nulls not distinct on conflict do nothing', [
  'CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT, v text)',
  "INSERT INTO t VALUES (NULL, 'first')",
  "INSERT INTO t VALUES (NULL, 'second') ON CONFLICT (a) DO NOTHING RETURNING v",
  'SELECT v FROM t',
]);
c('nulls not distinct on conflict do update', [
  'CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT, v text)',
  "INSERT INTO t VALUES (NULL, 'first')",
  "INSERT INTO t VALUES (NULL, 'second') ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING v",
]);
c('nulls not distinct on non unique index 42601?', [
  'CREATE TABLE t (a int)',
  'CREATE INDEX t_a ON t (a) NULLS NOT DISTINCT',
]);
c('nulls not distinct primary key syntax error', ['CREATE TABLE t (a int PRIMARY KEY NULLS NOT DISTINCT)']);
c('update to null duplicates with nulls not distinct 23505', [
  'CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT)',
  'INSERT INTO t VALUES (NULL), (1)',
  'UPDATE t SET a = NULL WHERE a = 1',
]);
c('unique nulls not distinct information_schema', [
  'CREATE TABLE t (a int, CONSTRAINT u UNIQUE NULLS NOT DISTINCT (a))',
  "SELECT constraint_type, nulls_distinct FROM information_schema.table_constraints WHERE constraint_name = 'u'",
]);
c('unique add constraint using index', [
  'CREATE TABLE t (a int)',
  'CREATE UNIQUE INDEX t_a ON t (a)',
  'ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a',
  "SELECT conname, contype FROM pg_constraint WHERE conrelid = 't'::regclass",
]);
c('unique with include columns', [
  'CREATE TABLE t (a int, b int, UNIQUE (a) INCLUDE (b))',
  'INSERT INTO t VALUES (1, 1), (2, 1)',
  'INSERT INTO t VALUES (1, 2)',
]);

// exclusion constraints
c('exclude btree equality acts like unique', [
  'CREATE TABLE t (a int, EXCLUDE USING btree (a WITH =))',
  'INSERT INTO t VALUES (1), (2)',
  'INSERT INTO t VALUES (1)',
]);
c('exclude btree allows nulls', [
  'CREATE TABLE t (a int, EXCLUDE USING btree (a WITH =))',
  'INSERT INTO t VALUES (NULL), (NULL)',
  'SELECT count(*) FROM t',
]);
c('exclude gist range overlap 23P01', [
  'CREATE TABLE booking (room int, during int4range, EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO booking VALUES (1, '[1,5)')",
  "INSERT INTO booking VALUES (2, '[4,8)')",
]);
c('exclude gist range adjacent ok', [
  'CREATE TABLE booking (during int4range, EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO booking VALUES ('[1,5)'), ('[5,8)')",
  'SELECT during FROM booking ORDER BY during',
]);
c('exclude gist on box overlap', [
  'CREATE TABLE shapes (b box, EXCLUDE USING gist (b WITH &&))',
  "INSERT INTO shapes VALUES ('((0,0),(1,1))')",
  "INSERT INTO shapes VALUES ('((0.5,0.5),(2,2))')",
]);
c('exclude gist circle', [
  'CREATE TABLE circles (c circle, EXCLUDE USING gist (c WITH &&))',
  "INSERT INTO circles VALUES ('<(0,0),5>'), ('<(20,20),1>')",
  "INSERT INTO circles VALUES ('<(1,1),1>')",
]);
c('exclude with where clause', [
  'CREATE TABLE booking (during tsrange, active bool, EXCLUDE USING gist (during WITH &&) WHERE (active))',
  "INSERT INTO booking VALUES ('[2024-01-01,2024-01-05)', true), ('[2024-01-02,2024-01-03)', false)",
  "INSERT INTO booking VALUES ('[2024-01-03,2024-01-04)', true)",
]);
c('exclude btree on int without gist extension 42704', [
  'CREATE TABLE t (room int, during int4range, EXCLUDE USING gist (room WITH =, during WITH &&))',
]);
c('exclude with non commutative operator 42809', ['CREATE TABLE t (a int, EXCLUDE USING btree (a WITH <))']);
c('exclude hash', [
  'CREATE TABLE t (a text, EXCLUDE USING hash (a WITH =))',
  "INSERT INTO t VALUES ('x')",
  "INSERT INTO t VALUES ('x')",
]);
c('exclude constraint def catalog', [
  'CREATE TABLE t (r int4range, CONSTRAINT no_overlap EXCLUDE USING gist (r WITH &&))',
  "SELECT contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'no_overlap'",
]);
c('exclude deferrable deferred', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&) DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  "INSERT INTO t VALUES ('[1,5)'), ('[2,3)')",
  "DELETE FROM t WHERE r = '[2,3)'",
  'COMMIT',
  'SELECT r FROM t',
]);
c('exclude deferred fails at commit 23P01', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&) DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  "INSERT INTO t VALUES ('[1,5)'), ('[2,3)')",
  'COMMIT',
]);
c('exclude on conflict do nothing', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO t VALUES ('[1,5)')",
  "INSERT INTO t VALUES ('[2,3)') ON CONFLICT DO NOTHING RETURNING r",
  'SELECT count(*) FROM t',
]);
c('exclude on conflict do update 42P10?', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO t VALUES ('[1,5)') ON CONFLICT (r) DO UPDATE SET r = excluded.r",
]);
c('exclude update violating 23P01', [
  'CREATE TABLE t (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO t VALUES ('[1,5)'), ('[10,15)')",
  "UPDATE t SET r = '[3,12)' WHERE r = '[10,15)'",
]);
c('exclude add constraint over existing violation 23P01', [
  'CREATE TABLE t (r int4range)',
  "INSERT INTO t VALUES ('[1,5)'), ('[2,3)')",
  'ALTER TABLE t ADD EXCLUDE USING gist (r WITH &&)',
]);

// deferrable constraints
c('deferrable unique initially deferred swap', [
  'CREATE TABLE t (id int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO t VALUES (1), (2)',
  'BEGIN',
  'UPDATE t SET id = 2 WHERE id = 1',
  'UPDATE t SET id = 1 WHERE id = 2 AND ctid = (SELECT max(ctid) FROM t WHERE id = 2)',
  'COMMIT',
  'SELECT id FROM t ORDER BY id',
]);
c('deferrable unique initially deferred fails at commit 23505', [
  'CREATE TABLE t (id int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO t VALUES (1)',
  'BEGIN',
  'INSERT INTO t VALUES (1)',
  'SELECT count(*) FROM t',
  'COMMIT',
]);
c('deferrable unique set constraints immediate fails at once 23505', [
  'CREATE TABLE t (id int CONSTRAINT tu UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO t VALUES (1)',
  'BEGIN',
  'INSERT INTO t VALUES (1)',
  'SET CONSTRAINTS tu IMMEDIATE',
]);
c('deferrable unique set constraints immediate checks pending', [
  'CREATE TABLE t (id int CONSTRAINT tu UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO t VALUES (1)',
  'BEGIN',
  'INSERT INTO t VALUES (1)',
  'DELETE FROM t WHERE ctid = (SELECT max(ctid) FROM t)',
  'SET CONSTRAINTS tu IMMEDIATE',
  'COMMIT',
  'SELECT count(*) FROM t',
]);
c('set constraints on non deferrable 55000', [
  'CREATE TABLE t (id int CONSTRAINT tu UNIQUE)',
  'BEGIN',
  'SET CONSTRAINTS tu DEFERRED',
]);
c('set constraints missing 42704', ['BEGIN', 'SET CONSTRAINTS nope DEFERRED']);
c('set constraints all deferred outside transaction warning', [
  'SET CONSTRAINTS ALL DEFERRED',
  'SELECT 1 AS ok',
]);
c('deferrable catalog flags', [
  'CREATE TABLE t (a int CONSTRAINT u1 UNIQUE DEFERRABLE, b int CONSTRAINT u2 UNIQUE DEFERRABLE INITIALLY DEFERRED, c int CONSTRAINT u3 UNIQUE)',
  "SELECT conname, condeferrable, condeferred FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY conname",
]);
c('deferrable information_schema', [
  'CREATE TABLE t (a int CONSTRAINT u1 UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  "SELECT is_deferrable, initially_deferred FROM information_schema.table_constraints WHERE constraint_name = 'u1'",
]);
c('initially deferred not deferrable 42601', [
  'CREATE TABLE t (a int UNIQUE NOT DEFERRABLE INITIALLY DEFERRED)',
]);
c('check deferrable 0A000', ['CREATE TABLE t (a int CHECK (a > 0) DEFERRABLE)']);
c('not null deferrable 0A000', ['CREATE TABLE t (a int NOT NULL DEFERRABLE)']);
c('deferred unique on conflict not allowed 55000', [
  'CREATE TABLE t (a int UNIQUE DEFERRABLE)',
  'INSERT INTO t VALUES (1) ON CONFLICT (a) DO NOTHING',
]);
c('deferred fk insert child first then parent', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO ch VALUES (1)',
  'INSERT INTO p VALUES (1)',
  'COMMIT',
  'SELECT * FROM ch',
]);
c('deferred fk missing parent at commit 23503', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO ch VALUES (1)',
  'COMMIT',
]);
c('deferred fk delete parent then reinsert', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO ch VALUES (1)',
  'BEGIN',
  'DELETE FROM p',
  'INSERT INTO p VALUES (1)',
  'COMMIT',
  'SELECT count(*) FROM ch',
]);
c('deferrable fk set immediate', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int CONSTRAINT chfk REFERENCES p DEFERRABLE)',
  'BEGIN',
  'SET CONSTRAINTS chfk DEFERRED',
  'INSERT INTO ch VALUES (1)',
  'SET CONSTRAINTS chfk IMMEDIATE',
]);
c('deferred fk rollback to savepoint clears', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'SAVEPOINT s',
  'INSERT INTO ch VALUES (1)',
  'ROLLBACK TO SAVEPOINT s',
  'COMMIT',
  'SELECT count(*) FROM ch',
]);
c('alter constraint deferrable', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int CONSTRAINT chfk REFERENCES p)',
  'ALTER TABLE ch ALTER CONSTRAINT chfk DEFERRABLE INITIALLY DEFERRED',
  "SELECT condeferrable, condeferred FROM pg_constraint WHERE conname = 'chfk'",
]);
c('alter constraint on unique 42809', [
  'CREATE TABLE t (a int CONSTRAINT u UNIQUE)',
  'ALTER TABLE t ALTER CONSTRAINT u DEFERRABLE',
]);

// foreign key actions
c(
  'on delete set null column list',
  [
    'DELETE FROM users WHERE tenant_id = 1 AND user_id = 10',
    'SELECT tenant_id, post_id, author_id FROM posts ORDER BY post_id',
  ],
  FK,
);
c(
  'on delete set null column list catalog',
  [
    "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 'posts'::regclass AND contype = 'f' AND array_length(conkey, 1) = 2",
  ],
  FK,
);
c(
  'on delete cascade from tenant',
  ['DELETE FROM tenants WHERE tenant_id = 1', 'SELECT tenant_id, post_id FROM posts ORDER BY post_id'],
  FK,
);
c('on delete set null without list nulls all', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int, FOREIGN KEY (a, b) REFERENCES p ON DELETE SET NULL)',
  'INSERT INTO p VALUES (1, 2)',
  'INSERT INTO ch VALUES (1, 2)',
  'DELETE FROM p',
  'SELECT a, b FROM ch',
]);
c('on delete set default column list', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int DEFAULT 0, FOREIGN KEY (a, b) REFERENCES p ON DELETE SET DEFAULT (b))',
  'INSERT INTO p VALUES (1, 2), (1, 0)',
  'INSERT INTO ch VALUES (1, 2)',
  'DELETE FROM p WHERE b = 2',
  'SELECT a, b FROM ch',
]);
c('on delete set default column list missing default row 23503', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int DEFAULT 0, FOREIGN KEY (a, b) REFERENCES p ON DELETE SET DEFAULT (b))',
  'INSERT INTO p VALUES (1, 2)',
  'INSERT INTO ch VALUES (1, 2)',
  'DELETE FROM p',
]);
c('set null column list not in fk 42P10', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int, c int, FOREIGN KEY (a, b) REFERENCES p ON DELETE SET NULL (c))',
]);
c('on update set null column list 0A000', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int, FOREIGN KEY (a, b) REFERENCES p ON UPDATE SET NULL (b))',
]);
c('set null column list on not null column 23502', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int NOT NULL, FOREIGN KEY (a, b) REFERENCES p ON DELETE SET NULL (b))',
  'INSERT INTO p VALUES (1, 2)',
  'INSERT INTO ch VALUES (1, 2)',
  'DELETE FROM p',
]);
c('fk match simple allows partial null', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int, FOREIGN KEY (a, b) REFERENCES p)',
  'INSERT INTO ch VALUES (99, NULL) RETURNING *',
]);
c('fk match full rejects partial null 23503', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH FULL)',
  'INSERT INTO ch VALUES (99, NULL)',
]);
c('fk match full all null ok', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH FULL)',
  'INSERT INTO ch VALUES (NULL, NULL) RETURNING *',
]);
c('fk match partial 0A000', [
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE ch (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH PARTIAL)',
]);
c('fk to non unique column 42830', ['CREATE TABLE p (a int)', 'CREATE TABLE ch (a int REFERENCES p (a))']);
c('fk type mismatch 42804', ['CREATE TABLE p (a int PRIMARY KEY)', 'CREATE TABLE ch (a text REFERENCES p)']);
c('fk to unique nulls not distinct', [
  'CREATE TABLE p (a int UNIQUE NULLS NOT DISTINCT)',
  'INSERT INTO p VALUES (NULL)',
  'CREATE TABLE ch (a int REFERENCES p (a))',
  'INSERT INTO ch VALUES (NULL) RETURNING a',
]);
c('fk on delete restrict vs no action', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int REFERENCES p ON DELETE RESTRICT)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO ch VALUES (1)',
  'DELETE FROM p',
]);
c('fk on update cascade', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE ch (pid int REFERENCES p ON UPDATE CASCADE)',
  'INSERT INTO p VALUES (1)',
  'INSERT INTO ch VALUES (1)',
  'UPDATE p SET id = 2',
  'SELECT pid FROM ch',
]);
c('fk self reference cascade', [
  'CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree ON DELETE CASCADE)',
  'INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 2), (4, NULL)',
  'DELETE FROM tree WHERE id = 1',
  'SELECT id FROM tree ORDER BY id',
]);
c(
  'fk referential_constraints view',
  [
    "SELECT constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_schema = 'public' ORDER BY 1",
  ],
  FK,
);
c(
  'fk confdelsetcols catalog',
  [
    "SELECT confdeltype, confdelsetcols IS NOT NULL AS has_cols FROM pg_constraint WHERE conrelid = 'posts'::regclass AND contype = 'f' ORDER BY 1",
  ],
  FK,
);

export default list.cases;
