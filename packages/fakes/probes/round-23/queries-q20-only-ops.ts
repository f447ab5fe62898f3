type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const PP =
  'CREATE TABLE pp (a int NOT NULL, b int, k int, CONSTRAINT bpos CHECK (b > 0)) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1);';
const IN =
  'CREATE TABLE p (a int NOT NULL, b int, CONSTRAINT bpos CHECK (b > 0)); CREATE TABLE ch () INHERITS (p);';
export default [
  c('only pp add column', PP, 'ALTER TABLE ONLY pp ADD COLUMN z int'),
  c('only pp drop column', PP, 'ALTER TABLE ONLY pp DROP COLUMN b'),
  c('only pp alter type', PP, 'ALTER TABLE ONLY pp ALTER COLUMN b TYPE bigint'),
  c('only pp add check', PP, 'ALTER TABLE ONLY pp ADD CONSTRAINT c2 CHECK (a > 0)'),
  c('only pp add check no inherit', PP, 'ALTER TABLE ONLY pp ADD CONSTRAINT c2 CHECK (a > 0) NO INHERIT'),
  c('only pp drop check', PP, 'ALTER TABLE ONLY pp DROP CONSTRAINT bpos'),
  c('only pp rename column', PP, 'ALTER TABLE ONLY pp RENAME COLUMN b TO bb'),
  c(
    'only pp set default',
    PP,
    'ALTER TABLE ONLY pp ALTER COLUMN b SET DEFAULT 5',
    'INSERT INTO pp (a, k) VALUES (1, 1) RETURNING b',
  ),
  c('only pp add primary key', PP, 'ALTER TABLE ONLY pp ADD PRIMARY KEY (a, k)'),
  c('only pp add unique', PP, 'ALTER TABLE ONLY pp ADD UNIQUE (a, k)'),
  c('truncate only pp', PP, 'TRUNCATE ONLY pp'),
  c(
    'create index on only pp',
    PP,
    'CREATE INDEX pp_a ON ONLY pp (a)',
    "SELECT indisvalid FROM pg_index WHERE indexrelid = 'pp_a'::regclass",
  ),
  c(
    'only pp add fk',
    `${PP} CREATE TABLE r (id int PRIMARY KEY);`,
    'ALTER TABLE ONLY pp ADD FOREIGN KEY (a) REFERENCES r',
  ),
  c('only pp add identity', PP, 'ALTER TABLE ONLY pp ALTER COLUMN a ADD GENERATED ALWAYS AS IDENTITY'),
  c('only pp set statistics', PP, 'ALTER TABLE ONLY pp ALTER COLUMN a SET STATISTICS 100'),
  c('only pp validate', PP, 'ALTER TABLE ONLY pp VALIDATE CONSTRAINT bpos'),
  c('only p add column inherit', IN, 'ALTER TABLE ONLY p ADD COLUMN z int'),
  c('only p drop column inherit', IN, 'ALTER TABLE ONLY p DROP COLUMN b', 'SELECT * FROM ch'),
  c(
    'only p add check inherit',
    IN,
    'ALTER TABLE ONLY p ADD CONSTRAINT c2 CHECK (a > 0)',
    'INSERT INTO ch VALUES (-1, 1) RETURNING a',
  ),
  c(
    'only p drop check inherit',
    IN,
    'ALTER TABLE ONLY p DROP CONSTRAINT bpos',
    'INSERT INTO ch VALUES (1, -1)',
    'INSERT INTO p VALUES (1, -1) RETURNING b',
  ),
  c(
    'only p set not null inherit',
    'CREATE TABLE p (a int); CREATE TABLE ch () INHERITS (p);',
    'ALTER TABLE ONLY p ALTER COLUMN a SET NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c(
    'only p set not null inherit child has',
    'CREATE TABLE p (a int); CREATE TABLE ch (a int NOT NULL) INHERITS (p);',
    'ALTER TABLE ONLY p ALTER COLUMN a SET NOT NULL',
    'ALTER TABLE ch ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL) RETURNING a',
  ),
  c('only p rename column inherit', IN, 'ALTER TABLE ONLY p RENAME COLUMN b TO bb'),
  c('only p alter type inherit', IN, 'ALTER TABLE ONLY p ALTER COLUMN b TYPE bigint'),
  c(
    'only p add pk inherit',
    IN,
    'ALTER TABLE ONLY p ADD PRIMARY KEY (a)',
    'INSERT INTO ch VALUES (1, 1), (1, 1)',
  ),
  c(
    'truncate only p inherit',
    IN,
    'INSERT INTO ch VALUES (1, 1)',
    'TRUNCATE ONLY p',
    'SELECT count(*) FROM p',
  ),
  c(
    'only p set default inherit',
    IN,
    'ALTER TABLE ONLY p ALTER COLUMN b SET DEFAULT 5',
    'INSERT INTO ch (a) VALUES (1) RETURNING b',
  ),
  c(
    'pp set not null all partitions',
    PP,
    'ALTER TABLE pp ALTER COLUMN b SET NOT NULL',
    'INSERT INTO pp VALUES (1, NULL, 1)',
  ),
  c('pp1 drop not null inherited from pp', PP, 'ALTER TABLE pp1 ALTER COLUMN a DROP NOT NULL'),
  c(
    'ch drop not null inherited from p',
    IN,
    'ALTER TABLE ch ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL, 1) RETURNING a',
  ),
  c(
    'ch set not null then p drop only',
    IN,
    'ALTER TABLE ONLY p ALTER COLUMN a DROP NOT NULL',
    'INSERT INTO ch VALUES (NULL, 1)',
    'INSERT INTO p VALUES (NULL, 1) RETURNING a',
  ),
];
