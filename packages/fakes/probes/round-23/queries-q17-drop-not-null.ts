type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
export default [
  c(
    'local child not null dropped by parent recursion',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int NOT NULL) INHERITS (p);',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'local child not null while parent nullable',
    'CREATE TABLE p (a int); CREATE TABLE ch (a int NOT NULL) INHERITS (p);',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'grandchild local not null',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch () INHERITS (p); CREATE TABLE gc (a int NOT NULL) INHERITS (ch);',
    'ALTER TABLE p ALTER a DROP NOT NULL',
    'INSERT INTO gc VALUES (NULL) RETURNING a',
  ),
  c(
    'multi parent other not null',
    'CREATE TABLE p1 (a int NOT NULL); CREATE TABLE p2 (a int NOT NULL); CREATE TABLE ch () INHERITS (p1, p2);',
    'ALTER TABLE p1 ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
    'INSERT INTO p2 VALUES (NULL)',
  ),
  c(
    'attached partition local not null',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k); CREATE TABLE pp1 (a int NOT NULL, k int); ALTER TABLE pp ATTACH PARTITION pp1 FOR VALUES IN (1);',
    'ALTER TABLE pp ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO pp VALUES (NULL, 1) RETURNING a',
  ),
  c(
    'partition of not null dropped',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1);',
    'ALTER TABLE pp ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO pp VALUES (NULL, 1) RETURNING a',
  ),
  c(
    'partition of with own not null in definition',
    'CREATE TABLE pp (a int NOT NULL, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp (a NOT NULL) FOR VALUES IN (1);',
    'ALTER TABLE pp ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO pp VALUES (NULL, 1) RETURNING a',
  ),
  c(
    'only parent keeps child',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int NOT NULL) INHERITS (p);',
    'ALTER TABLE ONLY p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL)',
  ),
  c(
    'child set not null then parent drops',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch () INHERITS (p);',
    'ALTER TABLE ch ALTER COLUMN a SET NOT NULL',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'merged column definition then parent drops',
    'CREATE TABLE p (a int NOT NULL, b int);',
    'CREATE TABLE ch (a int NOT NULL, c int) INHERITS (p)',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL, ALTER COLUMN b SET DEFAULT 1',
    'INSERT INTO ch (a, c) VALUES (NULL, 1) RETURNING a, b',
  ),
  c(
    'alter inherit then parent drops',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int NOT NULL); ALTER TABLE ch INHERIT p;',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'drop not null if exists table qualified',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int NOT NULL) INHERITS (p);',
    'ALTER TABLE IF EXISTS public.p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'drop not null extended protocol',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int NOT NULL) INHERITS (p);',
    { sql: 'ALTER TABLE p ALTER COLUMN a DROP NOT NULL', params: [] },
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'drop not null no children plain',
    'CREATE TABLE p (a int NOT NULL);',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO p VALUES (NULL) RETURNING a',
  ),
  c(
    'drop not null child pk column',
    'CREATE TABLE p (a int NOT NULL); CREATE TABLE ch (a int PRIMARY KEY) INHERITS (p);',
    'ALTER TABLE p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL)',
  ),
];
