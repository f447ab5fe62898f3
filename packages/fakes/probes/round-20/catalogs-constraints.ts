// Round 20 probe, catalogs part B: constraints and keys as schema readers see them (PostgreSQL 15 docs
// 37.52 table_constraints, 37.32 key_column_usage, 37.13 constraint_column_usage, 37.14
// constraint_table_usage, 37.33 referential_constraints, 37.9 check_constraints; 53.13 pg_constraint,
// 53.26 pg_index; 9.26 pg_get_constraintdef and pg_get_indexdef). Every query is kept to the case's
// own tables by name and ordered; no oid is printed.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 catalogs constraints: ');

const IN_TABLES = `table_schema = 'public' AND table_name IN ('p', 'c', 't')`;
const READERS: Array<[string, string]> = [
  [
    'table_constraints',
    `SELECT table_name AS t, constraint_name AS n, constraint_type AS ty, is_deferrable AS d, initially_deferred AS idf, enforced AS e, nulls_distinct AS nd FROM information_schema.table_constraints WHERE ${IN_TABLES} AND constraint_type <> 'CHECK' ORDER BY 1, 2`,
  ],
  [
    'table_constraints checks by name',
    `SELECT table_name AS t, constraint_name AS n FROM information_schema.table_constraints WHERE ${IN_TABLES} AND constraint_type = 'CHECK' AND constraint_name NOT LIKE '%_not_null' ORDER BY 1, 2`,
  ],
  [
    'key_column_usage',
    `SELECT table_name AS t, constraint_name AS n, column_name AS c, ordinal_position AS pos, position_in_unique_constraint AS puc FROM information_schema.key_column_usage WHERE ${IN_TABLES} ORDER BY 1, 2, 4`,
  ],
  [
    'constraint_column_usage',
    `SELECT table_name AS t, column_name AS c, constraint_name AS n FROM information_schema.constraint_column_usage WHERE ${IN_TABLES} ORDER BY 3, 1, 2`,
  ],
  [
    'constraint_table_usage',
    `SELECT table_name AS t, constraint_name AS n FROM information_schema.constraint_table_usage WHERE ${IN_TABLES} ORDER BY 2, 1`,
  ],
  [
    'referential_constraints',
    `SELECT rc.constraint_name AS n, rc.unique_constraint_schema AS us, rc.unique_constraint_name AS u, rc.match_option AS m, rc.update_rule AS ur, rc.delete_rule AS dr FROM information_schema.referential_constraints rc WHERE rc.constraint_schema = 'public' AND rc.constraint_name IN (SELECT constraint_name FROM information_schema.table_constraints WHERE ${IN_TABLES}) ORDER BY 1`,
  ],
  [
    'check_constraints',
    `SELECT cc.constraint_name AS n, cc.check_clause AS cl FROM information_schema.check_constraints cc JOIN information_schema.table_constraints tc ON tc.constraint_schema = cc.constraint_schema AND tc.constraint_name = cc.constraint_name WHERE tc.table_schema = 'public' AND tc.table_name IN ('p', 'c', 't') AND cc.check_clause NOT LIKE '%IS NOT NULL' ORDER BY 1`,
  ],
  [
    'pg_constraint',
    `SELECT con.conrelid::regclass::text AS t, con.conname AS n, con.contype AS ty, con.condeferrable AS d, con.condeferred AS dd, con.convalidated AS v, con.conkey::text AS k, con.confrelid::regclass::text AS ft, con.confkey::text AS fk, con.confupdtype AS fu, con.confdeltype AS fd, con.confmatchtype AS fm, con.conislocal AS loc, con.coninhcount AS inh, con.connoinherit AS ni FROM pg_constraint con WHERE con.conrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname IN ('p', 'c')) ORDER BY 1, 2`,
  ],
  [
    'pg_get_constraintdef',
    `SELECT con.conname AS n, pg_get_constraintdef(con.oid) AS def, pg_get_constraintdef(con.oid, true) AS pretty FROM pg_constraint con WHERE con.conrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname IN ('p', 'c')) ORDER BY con.conrelid::regclass::text, 1`,
  ],
  [
    'pg_index',
    `SELECT ix.indexrelid::regclass::text AS i, ix.indrelid::regclass::text AS t, ix.indisunique AS u, ix.indisprimary AS pk, ix.indisexclusion AS ex, ix.indimmediate AS imm, ix.indnatts AS na, ix.indnkeyatts AS nk, ix.indkey::text AS k, ix.indoption::text AS o, ix.indnullsnotdistinct AS nnd, pg_get_expr(ix.indpred, ix.indrelid) AS pred, pg_get_expr(ix.indexprs, ix.indrelid) AS ex2 FROM pg_index ix WHERE ix.indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname IN ('p', 'c')) ORDER BY 2, 1`,
  ],
  [
    'pg_get_indexdef',
    `SELECT ix.indexrelid::regclass::text AS i, pg_get_indexdef(ix.indexrelid) AS def, pg_get_indexdef(ix.indexrelid, 1, false) AS c1 FROM pg_index ix WHERE ix.indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relname IN ('p', 'c')) ORDER BY 1`,
  ],
  [
    'pg_indexes',
    `SELECT tablename AS t, indexname AS i, indexdef AS d FROM pg_indexes WHERE schemaname = 'public' AND tablename IN ('p', 'c') ORDER BY 1, 2`,
  ],
];

const SCHEMAS: Array<[string, string]> = [
  ['single primary key', `CREATE TABLE p (id int PRIMARY KEY, x text);`],
  ['composite primary key', `CREATE TABLE p (a int, b text, c int, PRIMARY KEY (b, a));`],
  ['named primary key', `CREATE TABLE p (id int CONSTRAINT p_ident PRIMARY KEY);`],
  ['unique column and table unique', `CREATE TABLE p (id int UNIQUE, a int, b int, UNIQUE (b, a));`],
  ['unique nulls not distinct', `CREATE TABLE p (id int, a int, UNIQUE NULLS NOT DISTINCT (a));`],
  [
    'unique with include',
    `CREATE TABLE p (id int, a int, b int, CONSTRAINT p_a_inc UNIQUE (a) INCLUDE (b));`,
  ],
  ['primary key with include', `CREATE TABLE p (id int, b int, PRIMARY KEY (id) INCLUDE (b));`],
  [
    'foreign key default actions',
    `CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p);`,
  ],
  [
    'foreign key cascade restrict',
    `CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, p_id int REFERENCES p (id) ON DELETE CASCADE ON UPDATE RESTRICT);`,
  ],
  [
    'foreign key set null set default',
    `CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, p_id int DEFAULT 0 REFERENCES p ON DELETE SET NULL ON UPDATE SET DEFAULT);`,
  ],
  [
    'foreign key set null column list',
    `CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (t int, a int, b int, FOREIGN KEY (t, a) REFERENCES p ON DELETE SET NULL (a));`,
  ],
  [
    'composite foreign key reordered',
    `CREATE TABLE p (a int, b int, UNIQUE (b, a)); CREATE TABLE c (x int, y int, CONSTRAINT c_xy_fk FOREIGN KEY (x, y) REFERENCES p (b, a));`,
  ],
  [
    'foreign key match full deferrable',
    `CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH FULL DEFERRABLE INITIALLY DEFERRED);`,
  ],
  [
    'foreign key deferrable initially immediate',
    `CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p_id int REFERENCES p DEFERRABLE);`,
  ],
  [
    'foreign key not valid',
    `CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (p_id int); ALTER TABLE c ADD CONSTRAINT c_p_fk FOREIGN KEY (p_id) REFERENCES p NOT VALID;`,
  ],
  ['self reference', `CREATE TABLE p (id int PRIMARY KEY, parent int REFERENCES p (id));`],
  [
    'two foreign keys to one table',
    `CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE); CREATE TABLE c (a int REFERENCES p, b text REFERENCES p (code));`,
  ],
  [
    'foreign key to unique index not constraint',
    `CREATE TABLE p (id int, code text); CREATE UNIQUE INDEX p_code_idx ON p (code); CREATE TABLE c (code text REFERENCES p (code));`,
  ],
  ['column check', `CREATE TABLE p (id int CHECK (id > 0), s text CHECK (s <> ''));`],
  [
    'named table check',
    `CREATE TABLE p (a int, b int, CONSTRAINT p_order CHECK (a < b), CONSTRAINT p_range CHECK (a BETWEEN 1 AND 10));`,
  ],
  ['check no inherit', `CREATE TABLE p (a int, CONSTRAINT p_pos CHECK (a > 0) NO INHERIT);`],
  ['check not valid', `CREATE TABLE p (a int); ALTER TABLE p ADD CONSTRAINT p_pos CHECK (a > 0) NOT VALID;`],
  [
    'check with in list and like',
    `CREATE TABLE p (s text CHECK (s IN ('a', 'b')), e text CHECK (e LIKE '%@%'), n numeric CHECK (n >= 0.5));`,
  ],
  [
    'check with cast and function',
    `CREATE TABLE p (s varchar(10) CHECK (length(s) > 2), d date CHECK (d > '2020-01-01'), j jsonb CHECK (jsonb_typeof(j) = 'object'));`,
  ],
  [
    'check with any array',
    `CREATE TABLE p (s text CHECK (s = ANY (ARRAY['x', 'y'])), n int CHECK (n <> ALL ('{1,2}')));`,
  ],
  ['exclusion constraint', `CREATE TABLE p (r int4range, EXCLUDE USING gist (r WITH &&));`],
  ['not null only', `CREATE TABLE p (a int NOT NULL, b text NOT NULL);`],
  [
    'constraints added by alter table',
    `CREATE TABLE p (id int, a int); ALTER TABLE p ADD PRIMARY KEY (id); ALTER TABLE p ADD UNIQUE (a); ALTER TABLE p ADD CHECK (a > id);`,
  ],
  [
    'unique constraint using index',
    `CREATE TABLE p (id int, a int); CREATE UNIQUE INDEX p_a_uidx ON p (a); ALTER TABLE p ADD CONSTRAINT p_a_uq UNIQUE USING INDEX p_a_uidx;`,
  ],
  [
    'renamed constraint and column',
    `CREATE TABLE p (id int PRIMARY KEY, a int UNIQUE); ALTER TABLE p RENAME CONSTRAINT p_a_key TO p_a_unique; ALTER TABLE p RENAME COLUMN a TO b;`,
  ],
  [
    'indexes of every shape',
    `CREATE TABLE p (id int PRIMARY KEY, s text, n int, j jsonb); CREATE INDEX p_s_idx ON p (s DESC NULLS FIRST, n); CREATE INDEX p_lower ON p (lower(s)) WHERE n > 0; CREATE INDEX p_hash ON p USING hash (s); CREATE INDEX p_j ON p USING gin (j); CREATE INDEX p_pat ON p (s text_pattern_ops); CREATE INDEX p_coll ON p (s COLLATE "C");`,
  ],
  [
    'partitioned table keys',
    `CREATE TABLE p (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k); CREATE TABLE c PARTITION OF p FOR VALUES IN (1);`,
  ],
  ['inherited check', `CREATE TABLE p (a int CHECK (a > 0)); CREATE TABLE c (b int) INHERITS (p);`],
];

for (const [schemaName, ddl] of SCHEMAS)
  for (const [readerName, sql] of READERS) list.add(`${schemaName}: ${readerName}`, [sql], ddl);

export default list.cases;
