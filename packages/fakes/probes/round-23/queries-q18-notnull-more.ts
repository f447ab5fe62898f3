type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
export default [
  c(
    'child declares null explicitly',
    'CREATE TABLE p (a int NOT NULL);',
    'CREATE TABLE ch (a int NULL) INHERITS (p)',
    'INSERT INTO ch VALUES (NULL)',
  ),
  c(
    'partition of with null clause',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k);',
    'CREATE TABLE pp1 PARTITION OF pp (a NULL) FOR VALUES IN (1)',
  ),
  c(
    'typed table not null',
    'CREATE TYPE ty AS (a int, b text);',
    'CREATE TABLE tt OF ty (a NOT NULL)',
    "INSERT INTO tt VALUES (NULL, 'x')",
    'ALTER TABLE tt ALTER COLUMN a DROP NOT NULL',
    "INSERT INTO tt VALUES (NULL, 'y') RETURNING b",
  ),
  c(
    'middle table drop not null with grandchild',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch () INHERITS (p); CREATE TABLE gc () INHERITS (ch);',
    'ALTER TABLE ch ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO gc VALUES (NULL) RETURNING a',
  ),
  c(
    'set not null on parent then drop on parent',
    'CREATE TABLE p (a int); CREATE TABLE ch () INHERITS (p);',
    'ALTER TABLE p ALTER COLUMN a SET NOT NULL',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'set not null twice on child',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch () INHERITS (p);',
    'ALTER TABLE ch ALTER COLUMN a SET NOT NULL',
    "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'ch'::regclass AND attname = 'a'",
  ),
  c(
    'no inherit then parent drop',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch () INHERITS (p);',
    'ALTER TABLE ch NO INHERIT p',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL)',
  ),
  c(
    'drop not null on column not null in two parents via child',
    'CREATE TABLE p1 (a int NOT NULL); CREATE TABLE p2 (a int NOT NULL); CREATE TABLE ch () INHERITS (p1, p2);',
    'ALTER TABLE ch ALTER COLUMN a DROP NOT NULL',
  ),
  c(
    'drop not null partitioned only',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1);',
    'ALTER TABLE ONLY pp ALTER COLUMN a DROP NOT NULL',
  ),
  c(
    'drop not null on partition of nullable parent',
    'CREATE TABLE pp (a int, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp (a NOT NULL) FOR VALUES IN (1);',
    'ALTER TABLE pp1 ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO pp VALUES (NULL, 1) RETURNING a',
  ),
  c(
    'create table like with inherits not null column',
    'CREATE TABLE p (a int NOT NULL);',
    'CREATE TABLE ch (LIKE p) INHERITS (p)',
    "SELECT attnotnull, attislocal, attinhcount FROM pg_attribute WHERE attrelid = 'ch'::regclass AND attname = 'a'",
  ),
  c(
    'add column not null to parent then child drop',
    'CREATE TABLE p (a int); CREATE TABLE ch () INHERITS (p);',
    'ALTER TABLE p ADD COLUMN b int NOT NULL DEFAULT 0',
    'ALTER TABLE ch ALTER COLUMN b DROP NOT NULL',
  ),
  c(
    'drop not null of column only in child named in parent statement',
    'CREATE TABLE p (a int); CREATE TABLE ch (b int NOT NULL) INHERITS (p);',
    'ALTER TABLE p ALTER COLUMN b DROP NOT NULL',
  ),
  c('drop not null missing table if exists', '', 'ALTER TABLE IF EXISTS nope ALTER COLUMN a DROP NOT NULL'),
  c(
    'drop not null quoted names',
    'CREATE TABLE "P" ("A" int NOT NULL); CREATE TABLE "C" ("A" int NOT NULL) INHERITS ("P");',
    'ALTER TABLE "P" ALTER COLUMN "A" DROP NOT NULL',
    'INSERT INTO "C" VALUES (NULL) RETURNING "A"',
  ),
  c(
    'drop not null via schema search path',
    'CREATE SCHEMA s; CREATE TABLE s.p (a int NOT NULL); CREATE TABLE s.ch (a int NOT NULL) INHERITS (s.p);',
    'SET search_path = s',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'drop not null in transaction then rollback',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch () INHERITS (p);',
    'BEGIN',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'ROLLBACK',
    'INSERT INTO ch VALUES (NULL)',
  ),
];
