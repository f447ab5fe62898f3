// Round 19 probe, schema behaviour part 3: constraint behaviour (deferrable constraints and SET
// CONSTRAINTS, unique checks per row vs per statement, NULLS NOT DISTINCT, exclusion constraints,
// partial and expression unique indexes with ON CONFLICT inference), as PostgreSQL 15 chapter 5.4,
// CREATE TABLE, CREATE INDEX and INSERT (ON CONFLICT) describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 schemabehaviour: constraints: ');
const c = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);
const U = `CREATE TABLE u (id int PRIMARY KEY, code text UNIQUE, n int);
INSERT INTO u VALUES (1, 'a', 1), (2, 'b', 2), (3, 'c', 3);`;

// unique checks per row vs statement
c('update id plus one non deferrable pk', ['UPDATE u SET id = id + 1', 'SELECT id FROM u ORDER BY id'], U);
c('update id plus one in descending order still per row', [
  'CREATE TABLE s (id int UNIQUE)',
  'INSERT INTO s VALUES (3), (2), (1)',
  'UPDATE s SET id = id + 1',
  'SELECT id FROM s ORDER BY id',
]);
c('update id plus one deferrable immediate succeeds', [
  'CREATE TABLE s (id int UNIQUE DEFERRABLE)',
  'INSERT INTO s VALUES (1), (2), (3)',
  'UPDATE s SET id = id + 1',
  'SELECT id FROM s ORDER BY id',
]);
c('update swap deferrable unique', [
  'CREATE TABLE s (id int PRIMARY KEY DEFERRABLE INITIALLY IMMEDIATE, v text)',
  "INSERT INTO s VALUES (1, 'x'), (2, 'y')",
  'UPDATE s SET id = 3 - id',
  'SELECT * FROM s ORDER BY id',
]);
c('deferrable immediate duplicate at statement end', [
  'CREATE TABLE s (id int UNIQUE DEFERRABLE)',
  'INSERT INTO s VALUES (1), (2)',
  'UPDATE s SET id = 1',
]);
c('initially deferred duplicate fails at commit 23505', [
  'CREATE TABLE s (id int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO s VALUES (1)',
  'BEGIN',
  'INSERT INTO s VALUES (1)',
  'SELECT count(*) FROM s',
  'COMMIT',
  'SELECT count(*) FROM s',
]);
c('initially deferred fixed before commit', [
  'CREATE TABLE s (id int UNIQUE DEFERRABLE INITIALLY DEFERRED, v int)',
  'INSERT INTO s VALUES (1, 0)',
  'BEGIN',
  'INSERT INTO s VALUES (1, 1)',
  'UPDATE s SET id = 2 WHERE v = 1',
  'COMMIT',
  'SELECT * FROM s ORDER BY id',
]);
c('set constraints all immediate checks pending', [
  'CREATE TABLE s (id int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO s VALUES (1)',
  'BEGIN',
  'INSERT INTO s VALUES (1)',
  'SET CONSTRAINTS ALL IMMEDIATE',
  'ROLLBACK',
]);
c('set constraints name deferred', [
  'CREATE TABLE s (id int CONSTRAINT s_id_key UNIQUE DEFERRABLE)',
  'INSERT INTO s VALUES (1)',
  'BEGIN',
  'SET CONSTRAINTS s_id_key DEFERRED',
  'INSERT INTO s VALUES (1)',
  'DELETE FROM s WHERE ctid = (SELECT min(ctid) FROM s)',
  'COMMIT',
  'SELECT id FROM s',
]);
c('set constraints on non deferrable 55000', [
  'CREATE TABLE s (id int CONSTRAINT s_id_key UNIQUE)',
  'BEGIN',
  'SET CONSTRAINTS s_id_key DEFERRED',
  'ROLLBACK',
]);
c('set constraints unknown 42704', ['BEGIN', 'SET CONSTRAINTS nosuch DEFERRED', 'ROLLBACK']);
c('set constraints outside transaction warns', [
  'CREATE TABLE s (id int CONSTRAINT k UNIQUE DEFERRABLE)',
  'SET CONSTRAINTS k DEFERRED',
  'INSERT INTO s VALUES (1), (1)',
]);
c('set constraints all deferred on non deferrable has no effect', [
  'CREATE TABLE s (id int UNIQUE)',
  'BEGIN',
  'SET CONSTRAINTS ALL DEFERRED',
  'INSERT INTO s VALUES (1), (1)',
  'ROLLBACK',
]);
c('set constraints schema qualified', [
  'CREATE TABLE s (id int CONSTRAINT k UNIQUE DEFERRABLE)',
  'BEGIN',
  'SET CONSTRAINTS public.k DEFERRED',
  'INSERT INTO s VALUES (1), (1)',
  'SET CONSTRAINTS public.k IMMEDIATE',
  'ROLLBACK',
]);
c('deferrable not null is error', ['CREATE TABLE s (id int NOT NULL DEFERRABLE)']);
c('deferrable check is error', ['CREATE TABLE s (id int CHECK (id > 0) DEFERRABLE)']);
c('initially deferred not deferrable is error', [
  'CREATE TABLE s (id int UNIQUE NOT DEFERRABLE INITIALLY DEFERRED)',
]);
c('initially deferred implies deferrable', [
  'CREATE TABLE s (id int CONSTRAINT k UNIQUE INITIALLY DEFERRED)',
  "SELECT condeferrable, condeferred FROM pg_constraint WHERE conname = 'k'",
]);
c('information_schema table_constraints deferrable', [
  'CREATE TABLE s (a int CONSTRAINT k1 UNIQUE DEFERRABLE, b int CONSTRAINT k2 UNIQUE DEFERRABLE INITIALLY DEFERRED, c int CONSTRAINT k3 UNIQUE)',
  "SELECT constraint_name, is_deferrable, initially_deferred FROM information_schema.table_constraints WHERE table_name = 's' AND constraint_type = 'UNIQUE' ORDER BY 1",
]);
c('deferrable unique cannot be on conflict arbiter', [
  'CREATE TABLE s (id int UNIQUE DEFERRABLE)',
  'INSERT INTO s VALUES (1) ON CONFLICT (id) DO NOTHING',
]);
c('deferrable unique referenced by fk is error', [
  'CREATE TABLE s (id int UNIQUE DEFERRABLE)',
  'CREATE TABLE r (sid int REFERENCES s (id))',
]);
c('deferred unique error message at commit', [
  'CREATE TABLE s (id int, CONSTRAINT s_uq UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO s VALUES (5), (5)',
  'COMMIT',
]);

// NULLS NOT DISTINCT
c('unique allows multiple nulls by default', [
  'CREATE TABLE s (a int UNIQUE)',
  'INSERT INTO s VALUES (NULL), (NULL)',
  'SELECT count(*) FROM s',
]);
c('unique nulls not distinct rejects second null', [
  'CREATE TABLE s (a int UNIQUE NULLS NOT DISTINCT)',
  'INSERT INTO s VALUES (NULL)',
  'INSERT INTO s VALUES (NULL)',
]);
c('unique nulls distinct explicit', [
  'CREATE TABLE s (a int UNIQUE NULLS DISTINCT)',
  'INSERT INTO s VALUES (NULL), (NULL)',
  'SELECT count(*) FROM s',
]);
c('multi column nulls not distinct', [
  'CREATE TABLE s (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
  'INSERT INTO s VALUES (1, NULL), (2, NULL)',
  'INSERT INTO s VALUES (1, NULL)',
]);
c('multi column default nulls distinct partial null', [
  'CREATE TABLE s (a int, b int, UNIQUE (a, b))',
  'INSERT INTO s VALUES (1, NULL), (1, NULL)',
  'SELECT count(*) FROM s',
]);
c('unique index nulls not distinct', [
  'CREATE TABLE s (a int)',
  'CREATE UNIQUE INDEX s_a ON s (a) NULLS NOT DISTINCT',
  'INSERT INTO s VALUES (NULL)',
  'INSERT INTO s VALUES (NULL)',
]);
c('nulls not distinct pg_get_indexdef', [
  'CREATE TABLE s (a int, b int)',
  'CREATE UNIQUE INDEX s_ab ON s (a, b) NULLS NOT DISTINCT',
  "SELECT pg_get_indexdef('s_ab'::regclass)",
  "SELECT indnullsnotdistinct FROM pg_index WHERE indexrelid = 's_ab'::regclass",
]);
c('nulls not distinct constraintdef', [
  'CREATE TABLE s (a int CONSTRAINT k UNIQUE NULLS NOT DISTINCT)',
  "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'k'",
]);
c('nulls not distinct on non unique index is error', [
  'CREATE TABLE s (a int)',
  'CREATE INDEX s_a ON s (a) NULLS NOT DISTINCT',
]);
c('nulls not distinct on conflict null', [
  'CREATE TABLE s (a int UNIQUE NULLS NOT DISTINCT, v int)',
  'INSERT INTO s VALUES (NULL, 1)',
  'INSERT INTO s VALUES (NULL, 2) ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING *',
]);
c('on conflict null default distinct inserts', [
  'CREATE TABLE s (a int UNIQUE, v int)',
  'INSERT INTO s VALUES (NULL, 1)',
  'INSERT INTO s VALUES (NULL, 2) ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING *',
  'SELECT count(*) FROM s',
]);
c('primary key nulls not distinct', ['CREATE TABLE s (a int PRIMARY KEY NULLS NOT DISTINCT)']);
c('alter table add unique nulls not distinct with existing nulls', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (NULL), (NULL)',
  'ALTER TABLE s ADD CONSTRAINT k UNIQUE NULLS NOT DISTINCT (a)',
]);
c('unique violation error detail', ["INSERT INTO u VALUES (9, 'a', 9)"], U);
c('unique violation on multi-column detail', [
  'CREATE TABLE s (a int, b text, UNIQUE (a, b))',
  "INSERT INTO s VALUES (1, 'x')",
  "INSERT INTO s VALUES (1, 'x')",
]);
c('pk violation detail', ["INSERT INTO u VALUES (1, 'z', 9)"], U);
c('unique within one multi-row insert', ["INSERT INTO u VALUES (10, 'q', 1), (11, 'q', 1)"], U);
c(
  'create unique index on duplicates 23505',
  ['CREATE UNIQUE INDEX ON u (n)', 'UPDATE u SET n = 1', 'CREATE UNIQUE INDEX u_n2 ON u (n)'],
  U,
);

// exclusion constraints
c('exclusion with range overlap 23P01', [
  'CREATE TABLE bk (room int, during int4range, EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO bk VALUES (1, '[1,5)')",
  "INSERT INTO bk VALUES (2, '[4,8)')",
]);
c('exclusion with adjacent ranges ok', [
  'CREATE TABLE bk (during int4range, EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO bk VALUES ('[1,5)'), ('[5,8)')",
  'SELECT count(*) FROM bk',
]);
c('exclusion null not checked', [
  'CREATE TABLE bk (during int4range, EXCLUDE USING gist (during WITH &&))',
  'INSERT INTO bk VALUES (NULL), (NULL)',
  'SELECT count(*) FROM bk',
]);
c('exclusion with equality btree', [
  'CREATE TABLE ex (a int, EXCLUDE USING btree (a WITH =))',
  'INSERT INTO ex VALUES (1)',
  'INSERT INTO ex VALUES (1)',
]);
c('exclusion with scalar and range needs btree_gist', [
  'CREATE TABLE bk (room int, during int4range, EXCLUDE USING gist (room WITH =, during WITH &&))',
]);
c('btree_gist extension available?', [
  "SELECT count(*) > 0 AS has FROM pg_available_extensions WHERE name = 'btree_gist'",
]);
c('exclusion with where clause', [
  'CREATE TABLE bk (during tsrange, active bool, EXCLUDE USING gist (during WITH &&) WHERE (active))',
  "INSERT INTO bk VALUES ('[2020-01-01,2020-01-05)', true), ('[2020-01-02,2020-01-03)', false)",
  "INSERT INTO bk VALUES ('[2020-01-04,2020-01-06)', true)",
]);
c('exclusion deferrable', [
  'CREATE TABLE bk (during int4range, EXCLUDE USING gist (during WITH &&) DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  "INSERT INTO bk VALUES ('[1,5)'), ('[2,3)')",
  "DELETE FROM bk WHERE during = '[2,3)'",
  'COMMIT',
  'SELECT count(*) FROM bk',
]);
c('exclusion on conflict do nothing', [
  'CREATE TABLE bk (during int4range, EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO bk VALUES ('[1,5)')",
  "INSERT INTO bk VALUES ('[2,3)') ON CONFLICT DO NOTHING",
  'SELECT count(*) FROM bk',
]);
c('exclusion on conflict do update is error', [
  'CREATE TABLE bk (during int4range, CONSTRAINT nov EXCLUDE USING gist (during WITH &&))',
  "INSERT INTO bk VALUES ('[2,3)') ON CONFLICT ON CONSTRAINT nov DO UPDATE SET during = excluded.during",
]);
c('exclusion constraintdef', [
  'CREATE TABLE bk (during int4range, CONSTRAINT nov EXCLUDE USING gist (during WITH &&))',
  "SELECT contype, pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'nov'",
]);
c('exclusion with non commutative operator is error', [
  'CREATE TABLE bk (a int4range, EXCLUDE USING gist (a WITH <@))',
]);
c('exclusion on existing overlapping rows', [
  'CREATE TABLE bk (during int4range)',
  "INSERT INTO bk VALUES ('[1,5)'), ('[3,4)')",
  'ALTER TABLE bk ADD CONSTRAINT nov EXCLUDE USING gist (during WITH &&)',
]);
c('exclusion with circles', [
  'CREATE TABLE cz (c circle, EXCLUDE USING gist (c WITH &&))',
  "INSERT INTO cz VALUES ('<(0,0),5>')",
  "INSERT INTO cz VALUES ('<(1,1),1>')",
]);

// partial and expression unique indexes, ON CONFLICT inference
const P = `CREATE TABLE p (id int, email text, active bool, n int DEFAULT 0);
CREATE UNIQUE INDEX p_email_active ON p (email) WHERE active;
CREATE UNIQUE INDEX p_lower ON p (lower(email)) WHERE NOT active;
INSERT INTO p VALUES (1, 'A@x', true), (2, 'a@x', false);`;
c(
  'partial unique allows duplicate outside predicate',
  ["INSERT INTO p VALUES (3, 'A@x', false)", 'SELECT count(*) FROM p'],
  P,
);
c('partial unique rejects duplicate inside predicate', ["INSERT INTO p VALUES (3, 'A@x', true)"], P);
c('expression unique rejects case variant', ["INSERT INTO p VALUES (3, 'A@X', false)"], P);
c(
  'on conflict inference with predicate',
  [
    "INSERT INTO p VALUES (3, 'A@x', true) ON CONFLICT (email) WHERE active DO UPDATE SET n = p.n + 1 RETURNING *",
  ],
  P,
);
c(
  'on conflict inference without predicate 42P10',
  ["INSERT INTO p VALUES (3, 'A@x', true) ON CONFLICT (email) DO NOTHING"],
  P,
);
c(
  'on conflict inference expression',
  [
    "INSERT INTO p VALUES (3, 'A@X', false) ON CONFLICT (lower(email)) WHERE NOT active DO UPDATE SET n = 9 RETURNING *",
  ],
  P,
);
c(
  'on conflict inference wrong expression 42P10',
  ["INSERT INTO p VALUES (3, 'A@X', false) ON CONFLICT (upper(email)) DO NOTHING"],
  P,
);
c(
  'on conflict no unique index 42P10',
  ["INSERT INTO p VALUES (3, 'q', true) ON CONFLICT (id) DO NOTHING"],
  P,
);
c(
  'on conflict do nothing without target uses any',
  ["INSERT INTO p VALUES (3, 'A@X', false) ON CONFLICT DO NOTHING RETURNING *", 'SELECT count(*) FROM p'],
  P,
);
c(
  'on conflict do update without target 42601',
  ["INSERT INTO p VALUES (3, 'q', true) ON CONFLICT DO UPDATE SET n = 1"],
  P,
);
c(
  'on conflict predicate implied by stronger predicate',
  [
    "INSERT INTO p VALUES (3, 'A@x', true) ON CONFLICT (email) WHERE active AND id > 0 DO UPDATE SET n = 5 RETURNING *",
  ],
  P,
);
c(
  'on conflict on constraint pk',
  [
    "INSERT INTO u VALUES (1, 'zz', 5) ON CONFLICT ON CONSTRAINT u_pkey DO UPDATE SET n = excluded.n + u.n RETURNING *",
  ],
  U,
);
c(
  'on conflict on constraint unique',
  ["INSERT INTO u VALUES (9, 'a', 5) ON CONFLICT ON CONSTRAINT u_code_key DO UPDATE SET n = 100 RETURNING *"],
  U,
);
c(
  'on conflict on constraint missing 42704',
  ["INSERT INTO u VALUES (9, 'a', 5) ON CONFLICT ON CONSTRAINT nope DO NOTHING"],
  U,
);
c(
  'on conflict on constraint that is index only 42704',
  [
    'CREATE UNIQUE INDEX u_n_idx ON u (n)',
    "INSERT INTO u VALUES (9, 'z', 1) ON CONFLICT ON CONSTRAINT u_n_idx DO NOTHING",
  ],
  U,
);
c(
  'on conflict on check constraint error',
  [
    'ALTER TABLE u ADD CONSTRAINT npos CHECK (n > 0)',
    "INSERT INTO u VALUES (9, 'z', 1) ON CONFLICT ON CONSTRAINT npos DO NOTHING",
  ],
  U,
);
c(
  'on conflict violates other unique',
  ["INSERT INTO u VALUES (1, 'b', 0) ON CONFLICT (id) DO UPDATE SET code = excluded.code"],
  U,
);
c(
  'on conflict same row twice 21000',
  ["INSERT INTO u VALUES (9, 'x', 1), (9, 'y', 2) ON CONFLICT (id) DO UPDATE SET code = excluded.code"],
  U,
);
c(
  'on conflict same row twice do nothing ok',
  ["INSERT INTO u VALUES (9, 'x', 1), (9, 'y', 2) ON CONFLICT (id) DO NOTHING RETURNING *"],
  U,
);
c(
  'on conflict update where false',
  [
    "INSERT INTO u VALUES (1, 'q', 9) ON CONFLICT (id) DO UPDATE SET n = 9 WHERE u.n > 100 RETURNING *",
    'SELECT * FROM u WHERE id = 1',
  ],
  U,
);
c('on conflict column list order independent', [
  'CREATE TABLE s (a int, b int, v int, UNIQUE (a, b))',
  'INSERT INTO s VALUES (1, 2, 0)',
  'INSERT INTO s VALUES (1, 2, 5) ON CONFLICT (b, a) DO UPDATE SET v = excluded.v RETURNING *',
]);
c('on conflict subset of columns 42P10', [
  'CREATE TABLE s (a int, b int, UNIQUE (a, b))',
  'INSERT INTO s VALUES (1, 2) ON CONFLICT (a) DO NOTHING',
]);
c('on conflict with collation', [
  'CREATE TABLE s (a text UNIQUE)',
  'INSERT INTO s VALUES (\'x\') ON CONFLICT (a COLLATE "C") DO NOTHING RETURNING *',
]);
c('on conflict with opclass', [
  'CREATE TABLE s (a text UNIQUE)',
  "INSERT INTO s VALUES ('x') ON CONFLICT (a text_pattern_ops) DO NOTHING",
]);
c(
  'on conflict excluded in returning is error',
  ["INSERT INTO u VALUES (1, 'q', 9) ON CONFLICT (id) DO UPDATE SET n = 9 RETURNING excluded.n"],
  U,
);
c(
  'on conflict alias',
  ["INSERT INTO u AS x VALUES (1, 'q', 9) ON CONFLICT (id) DO UPDATE SET n = x.n + excluded.n RETURNING x.*"],
  U,
);
c(
  'on conflict update set pk',
  ["INSERT INTO u VALUES (1, 'q', 9) ON CONFLICT (id) DO UPDATE SET id = 50 RETURNING *"],
  U,
);
c(
  'on conflict update check constraint fails',
  [
    'ALTER TABLE u ADD CONSTRAINT npos CHECK (n > 0)',
    "INSERT INTO u VALUES (1, 'q', 9) ON CONFLICT (id) DO UPDATE SET n = -1",
  ],
  U,
);
c(
  'on conflict nonexistent column 42703',
  ["INSERT INTO u VALUES (1, 'q', 9) ON CONFLICT (nope) DO NOTHING"],
  U,
);
c(
  'on conflict partial index with expression predicate mismatch 42P10',
  ["INSERT INTO p VALUES (3, 'A@x', true) ON CONFLICT (email) WHERE NOT active DO NOTHING"],
  P,
);

// check constraints
c('check constraint violation detail', [
  'CREATE TABLE s (a int CONSTRAINT apos CHECK (a > 0), b text)',
  "INSERT INTO s VALUES (-1, 'x')",
]);
c('check constraint null passes', [
  'CREATE TABLE s (a int CHECK (a > 0))',
  'INSERT INTO s VALUES (NULL) RETURNING *',
]);
c('table check constraint naming', [
  'CREATE TABLE s (a int, b int, CHECK (a < b), CHECK (a > 0))',
  "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's'::regclass ORDER BY conname",
]);
c('check not valid then validate', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (-1)',
  'ALTER TABLE s ADD CONSTRAINT apos CHECK (a > 0) NOT VALID',
  'INSERT INTO s VALUES (-2)',
  'ALTER TABLE s VALIDATE CONSTRAINT apos',
]);
c('check no inherit', [
  'CREATE TABLE s (a int, CONSTRAINT apos CHECK (a > 0) NO INHERIT)',
  "SELECT connoinherit FROM pg_constraint WHERE conname = 'apos'",
]);
c('check with subquery is 0A000', ['CREATE TABLE s (a int CHECK (a IN (SELECT 1)))']);
c('check with aggregate is 42803', ['CREATE TABLE s (a int CHECK (sum(a) > 0))']);
c('check referencing other table is 42P01', ['CREATE TABLE s (a int CHECK (a > other.b))']);
c('check on update violation', [
  'CREATE TABLE s (a int CHECK (a <> 5))',
  'INSERT INTO s VALUES (1)',
  'UPDATE s SET a = 5',
]);
c('not null violation detail', ['CREATE TABLE s (a int NOT NULL, b text)', "INSERT INTO s (b) VALUES ('x')"]);
c('not null on update detail', ['UPDATE u SET code = NULL, id = NULL WHERE id = 1'], U);
c('add not null on existing nulls', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (NULL)',
  'ALTER TABLE s ALTER COLUMN a SET NOT NULL',
]);
c('check constraint volatile function accepted', [
  'CREATE TABLE s (a timestamptz CHECK (a <= now()))',
  "INSERT INTO s VALUES ('2000-01-01') RETURNING 1",
]);
c('drop constraint missing 42704', ['CREATE TABLE s (a int)', 'ALTER TABLE s DROP CONSTRAINT nope']);
c('drop constraint if exists notice', [
  'CREATE TABLE s (a int)',
  'ALTER TABLE s DROP CONSTRAINT IF EXISTS nope',
]);
c('rename constraint', [
  'CREATE TABLE s (a int CONSTRAINT k CHECK (a > 0))',
  'ALTER TABLE s RENAME CONSTRAINT k TO k2',
  'INSERT INTO s VALUES (0)',
]);
c('duplicate constraint name 42710', [
  'CREATE TABLE s (a int CONSTRAINT k CHECK (a > 0), b int CONSTRAINT k CHECK (b > 0))',
]);
c('unique index constraint name collision 42P07', [
  'CREATE TABLE s (a int)',
  'CREATE INDEX s_a_key ON s (a)',
  'ALTER TABLE s ADD UNIQUE (a)',
  "SELECT conname FROM pg_constraint WHERE conrelid = 's'::regclass",
]);
c('add constraint using index', [
  'CREATE TABLE s (a int)',
  'CREATE UNIQUE INDEX s_ux ON s (a)',
  'ALTER TABLE s ADD CONSTRAINT s_uk UNIQUE USING INDEX s_ux',
  "SELECT conname, conindid::regclass FROM pg_constraint WHERE conrelid = 's'::regclass",
]);
c('add primary key using index with nulls', [
  'CREATE TABLE s (a int)',
  'INSERT INTO s VALUES (NULL)',
  'CREATE UNIQUE INDEX s_ux ON s (a)',
  'ALTER TABLE s ADD PRIMARY KEY USING INDEX s_ux',
]);
c('multiple primary keys 42P16', ['CREATE TABLE s (a int PRIMARY KEY, b int PRIMARY KEY)']);
c('unique index include columns', [
  'CREATE TABLE s (a int, b int)',
  'CREATE UNIQUE INDEX s_a ON s (a) INCLUDE (b)',
  'INSERT INTO s VALUES (1, 1), (2, 1)',
  'INSERT INTO s VALUES (1, 2)',
]);
c('unique constraint with include', [
  'CREATE TABLE s (a int, b int, UNIQUE (a) INCLUDE (b))',
  "SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conrelid = 's'::regclass",
]);
c('unique expression index rejects', [
  'CREATE TABLE s (a int, b int)',
  'CREATE UNIQUE INDEX s_sum ON s ((a + b))',
  'INSERT INTO s VALUES (1, 2)',
  'INSERT INTO s VALUES (2, 1)',
]);
c('partial unique index where null', [
  'CREATE TABLE s (a int, deleted_at timestamptz)',
  'CREATE UNIQUE INDEX s_live ON s (a) WHERE deleted_at IS NULL',
  "INSERT INTO s VALUES (1, NULL), (1, '2020-01-01'), (1, '2020-01-02')",
  'INSERT INTO s VALUES (1, NULL)',
]);
c('partial unique update into predicate', [
  'CREATE TABLE s (a int, deleted_at timestamptz)',
  'CREATE UNIQUE INDEX s_live ON s (a) WHERE deleted_at IS NULL',
  "INSERT INTO s VALUES (1, NULL), (1, '2020-01-01')",
  'UPDATE s SET deleted_at = NULL',
]);
c('create index with volatile predicate 42P17', [
  'CREATE TABLE s (a int)',
  'CREATE INDEX ON s (a) WHERE random() > 0.5',
]);
c('create index with volatile expression 42P17', [
  'CREATE TABLE s (a int)',
  'CREATE INDEX ON s ((a + random()))',
]);
c('create index with aggregate 42803', ['CREATE TABLE s (a int)', 'CREATE INDEX ON s (sum(a))']);
c('create index with subquery 0A000', ['CREATE TABLE s (a int)', 'CREATE INDEX ON s ((SELECT 1))']);
c('create index if not exists notice', [
  'CREATE TABLE s (a int)',
  'CREATE INDEX i ON s (a)',
  'CREATE INDEX IF NOT EXISTS i ON s (a)',
]);
c('create index existing name 42P07', [
  'CREATE TABLE s (a int)',
  'CREATE INDEX i ON s (a)',
  'CREATE INDEX i ON s (a)',
]);
c('create index missing column 42703', ['CREATE TABLE s (a int)', 'CREATE INDEX ON s (b)']);
c('create index unknown method 42704', ['CREATE TABLE s (a int)', 'CREATE INDEX ON s USING nope (a)']);
c('unique hash index not supported', ['CREATE TABLE s (a int)', 'CREATE UNIQUE INDEX ON s USING hash (a)']);
c('index default name generation', [
  'CREATE TABLE s (a int, b int)',
  'CREATE INDEX ON s (a)',
  'CREATE INDEX ON s (a)',
  'CREATE INDEX ON s (a, b)',
  'CREATE INDEX ON s ((a + b))',
  "SELECT indexname FROM pg_indexes WHERE tablename = 's' ORDER BY 1",
]);
c('concurrently in transaction 25001', [
  'CREATE TABLE s (a int)',
  'BEGIN',
  'CREATE INDEX CONCURRENTLY ON s (a)',
  'ROLLBACK',
]);
c('index desc nulls first def', [
  'CREATE TABLE s (a int, b text)',
  'CREATE INDEX i ON s (a DESC NULLS LAST, b COLLATE "C" NULLS FIRST)',
  "SELECT pg_get_indexdef('i'::regclass)",
]);

export default list.cases;
