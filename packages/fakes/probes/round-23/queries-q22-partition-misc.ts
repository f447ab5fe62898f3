type Step = string | { sql: string; params: unknown[] };
const c = (name: string, setup: string, ...steps: Step[]) => ({ name, setup, steps });
const PP =
  'CREATE TABLE pp (a int NOT NULL, b int, k int) PARTITION BY LIST (k); CREATE TABLE pp1 PARTITION OF pp FOR VALUES IN (1); INSERT INTO pp VALUES (1, -1, 1);';
export default [
  c(
    'check not valid on partitioned',
    PP,
    'ALTER TABLE pp ADD CONSTRAINT bpos CHECK (b > 0) NOT VALID',
    'INSERT INTO pp VALUES (2, -2, 1)',
    "SELECT conrelid::regclass::text, convalidated FROM pg_constraint WHERE conname = 'bpos' ORDER BY 1",
  ),
  c(
    'validate check on partitioned',
    PP,
    'ALTER TABLE pp ADD CONSTRAINT bpos CHECK (b > 0) NOT VALID',
    'ALTER TABLE pp VALIDATE CONSTRAINT bpos',
  ),
  c(
    'only validate on partitioned',
    PP,
    'ALTER TABLE pp ADD CONSTRAINT bpos CHECK (b > 0) NOT VALID',
    'DELETE FROM pp',
    'ALTER TABLE ONLY pp VALIDATE CONSTRAINT bpos',
  ),
  c(
    'drop inherited check on partition',
    `${PP} ALTER TABLE pp ADD CONSTRAINT bpos CHECK (b > -5);`,
    'ALTER TABLE pp1 DROP CONSTRAINT bpos',
  ),
  c(
    'rename inherited check on partition',
    `${PP} ALTER TABLE pp ADD CONSTRAINT bpos CHECK (b > -5);`,
    'ALTER TABLE pp1 RENAME CONSTRAINT bpos TO x',
  ),
  c(
    'rename check on partitioned only',
    `${PP} ALTER TABLE pp ADD CONSTRAINT bpos CHECK (b > -5);`,
    'ALTER TABLE ONLY pp RENAME CONSTRAINT bpos TO x',
  ),
  c(
    'rename check on partitioned recurses',
    `${PP} ALTER TABLE pp ADD CONSTRAINT bpos CHECK (b > -5);`,
    'ALTER TABLE pp RENAME CONSTRAINT bpos TO x',
    "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE conname = 'x' ORDER BY 1",
  ),
  c('rename column of partition error', PP, 'ALTER TABLE pp1 RENAME COLUMN b TO bb'),
  c('alter type of partition column error', PP, 'ALTER TABLE pp1 ALTER COLUMN b TYPE bigint'),
  c('add column to partition error', PP, 'ALTER TABLE pp1 ADD COLUMN z int'),
  c('drop column from partition error', PP, 'ALTER TABLE pp1 DROP COLUMN b'),
  c(
    'set default on partition',
    PP,
    'ALTER TABLE pp1 ALTER COLUMN b SET DEFAULT 9',
    'INSERT INTO pp1 (a, k) VALUES (5, 1) RETURNING b',
    'INSERT INTO pp (a, k) VALUES (6, 1) RETURNING b',
  ),
  c(
    'partition own check',
    PP,
    'ALTER TABLE pp1 ADD CONSTRAINT own CHECK (a < 100)',
    'INSERT INTO pp VALUES (200, 1, 1)',
  ),
  c(
    'partition key column update to other partition',
    `${PP} CREATE TABLE pp2 PARTITION OF pp FOR VALUES IN (2);`,
    'UPDATE pp SET k = 2 RETURNING tableoid::regclass, k',
  ),
  c('partition key update no partition', PP, 'UPDATE pp SET k = 3'),
  c(
    'partition update via partition to other key',
    `${PP} CREATE TABLE pp2 PARTITION OF pp FOR VALUES IN (2);`,
    'UPDATE pp1 SET k = 2',
  ),
  c('partition delete returning tableoid', PP, 'DELETE FROM pp RETURNING tableoid::regclass, a'),
  c(
    'partition on conflict across partitions',
    'CREATE TABLE pc (id int, k int, v int, PRIMARY KEY (id, k)) PARTITION BY LIST (k); CREATE TABLE pc1 PARTITION OF pc FOR VALUES IN (1); CREATE TABLE pc2 PARTITION OF pc FOR VALUES IN (2); INSERT INTO pc VALUES (1, 1, 0);',
    'INSERT INTO pc VALUES (1, 1, 5), (1, 2, 6) ON CONFLICT (id, k) DO UPDATE SET v = EXCLUDED.v RETURNING tableoid::regclass, v',
  ),
  c(
    'partition on conflict update moving partition key',
    'CREATE TABLE pc (id int, k int, v int, PRIMARY KEY (id, k)) PARTITION BY LIST (k); CREATE TABLE pc1 PARTITION OF pc FOR VALUES IN (1); CREATE TABLE pc2 PARTITION OF pc FOR VALUES IN (2); INSERT INTO pc VALUES (1, 1, 0);',
    'INSERT INTO pc VALUES (1, 1, 5) ON CONFLICT (id, k) DO UPDATE SET k = 2',
  ),
  c(
    'partition default then new partition overlapping rows',
    'CREATE TABLE pd (k int) PARTITION BY LIST (k); CREATE TABLE pdd PARTITION OF pd DEFAULT; INSERT INTO pd VALUES (5);',
    'CREATE TABLE pd5 PARTITION OF pd FOR VALUES IN (5)',
  ),
  c(
    'partition range with minvalue maxvalue',
    'CREATE TABLE pr (a int, b int) PARTITION BY RANGE (a, b); CREATE TABLE pr1 PARTITION OF pr FOR VALUES FROM (MINVALUE, MINVALUE) TO (10, MAXVALUE);',
    'INSERT INTO pr VALUES (10, 999999) RETURNING tableoid::regclass',
    'INSERT INTO pr VALUES (11, 0)',
  ),
  c(
    'partition range bound with minvalue after value',
    '',
    'CREATE TABLE pr (a int, b int) PARTITION BY RANGE (a, b)',
    'CREATE TABLE pr1 PARTITION OF pr FOR VALUES FROM (MINVALUE, 5) TO (10, 10)',
  ),
  c(
    'partition by expression',
    'CREATE TABLE pe (d date) PARTITION BY RANGE (extract(year FROM d)); CREATE TABLE pe24 PARTITION OF pe FOR VALUES FROM (2024) TO (2025);',
    "INSERT INTO pe VALUES ('2024-06-01') RETURNING tableoid::regclass",
    "INSERT INTO pe VALUES ('2023-06-01')",
  ),
  c(
    'partition list bound type coercion',
    'CREATE TABLE pl (k text) PARTITION BY LIST (k);',
    "CREATE TABLE pl1 PARTITION OF pl FOR VALUES IN (1, 'a')",
    "INSERT INTO pl VALUES ('1') RETURNING tableoid::regclass",
  ),
  c(
    'partition hash modulus mismatch',
    'CREATE TABLE ph (id int) PARTITION BY HASH (id); CREATE TABLE ph0 PARTITION OF ph FOR VALUES WITH (MODULUS 4, REMAINDER 0);',
    'CREATE TABLE ph1 PARTITION OF ph FOR VALUES WITH (MODULUS 3, REMAINDER 1)',
  ),
  c(
    'partition pk global uniqueness per partition',
    'CREATE TABLE pu (id int, k int, UNIQUE (id, k)) PARTITION BY LIST (k); CREATE TABLE pu1 PARTITION OF pu FOR VALUES IN (1); CREATE TABLE pu2 PARTITION OF pu FOR VALUES IN (2);',
    'INSERT INTO pu VALUES (1, 1), (1, 2)',
    'SELECT count(*) FROM pu',
  ),
  c(
    'partition unique without key column error',
    'CREATE TABLE pu (id int, k int) PARTITION BY LIST (k);',
    'ALTER TABLE pu ADD UNIQUE (id)',
  ),
  c(
    'partition fk from partitioned to partitioned',
    'CREATE TABLE pa (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k); CREATE TABLE pa1 PARTITION OF pa FOR VALUES IN (1); CREATE TABLE cb (id int, k int, FOREIGN KEY (id, k) REFERENCES pa) PARTITION BY LIST (k); CREATE TABLE cb1 PARTITION OF cb FOR VALUES IN (1); INSERT INTO pa VALUES (1, 1);',
    'INSERT INTO cb VALUES (1, 1), (2, 1)',
  ),
  c(
    'partition fk delete referenced',
    'CREATE TABLE pa (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k); CREATE TABLE pa1 PARTITION OF pa FOR VALUES IN (1); CREATE TABLE cb (id int, k int, FOREIGN KEY (id, k) REFERENCES pa); INSERT INTO pa VALUES (1, 1); INSERT INTO cb VALUES (1, 1);',
    'DELETE FROM pa',
  ),
  c(
    'partition fk cross partition update of referenced',
    'CREATE TABLE pa (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k); CREATE TABLE pa1 PARTITION OF pa FOR VALUES IN (1); CREATE TABLE pa2 PARTITION OF pa FOR VALUES IN (2); CREATE TABLE cb (id int, k int, FOREIGN KEY (id, k) REFERENCES pa ON UPDATE CASCADE); INSERT INTO pa VALUES (1, 1); INSERT INTO cb VALUES (1, 1);',
    'UPDATE pa SET k = 2',
    'SELECT * FROM cb',
  ),
  c(
    'partition detach default',
    'CREATE TABLE pd (k int) PARTITION BY LIST (k); CREATE TABLE pdd PARTITION OF pd DEFAULT;',
    'ALTER TABLE pd DETACH PARTITION pdd',
    'INSERT INTO pd VALUES (1)',
  ),
  c(
    'partition attach default with conflicting rows',
    'CREATE TABLE pd (k int) PARTITION BY LIST (k); CREATE TABLE pd1 PARTITION OF pd FOR VALUES IN (1); CREATE TABLE x (k int); INSERT INTO x VALUES (1);',
    'ALTER TABLE pd ATTACH PARTITION x DEFAULT',
  ),
  c(
    'partition attach with different column order',
    'CREATE TABLE pd (a int, k int) PARTITION BY LIST (k); CREATE TABLE x (k int, a int); INSERT INTO x VALUES (1, 7);',
    'ALTER TABLE pd ATTACH PARTITION x FOR VALUES IN (1)',
    'SELECT a, k FROM pd',
    'INSERT INTO pd VALUES (8, 1) RETURNING *',
  ),
  c(
    'partition attach with extra column error',
    'CREATE TABLE pd (a int, k int) PARTITION BY LIST (k); CREATE TABLE x (a int, k int, z int);',
    'ALTER TABLE pd ATTACH PARTITION x FOR VALUES IN (1)',
  ),
  c(
    'partition attach with type mismatch',
    'CREATE TABLE pd (a int, k int) PARTITION BY LIST (k); CREATE TABLE x (a bigint, k int);',
    'ALTER TABLE pd ATTACH PARTITION x FOR VALUES IN (1)',
  ),
  c(
    'partition attach nullable column where parent not null',
    'CREATE TABLE pd (a int NOT NULL, k int) PARTITION BY LIST (k); CREATE TABLE x (a int, k int);',
    'ALTER TABLE pd ATTACH PARTITION x FOR VALUES IN (1)',
    "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'x'::regclass AND attname = 'a'",
  ),
  c(
    'partition attach with check missing',
    'CREATE TABLE pd (a int CHECK (a > 0), k int) PARTITION BY LIST (k); CREATE TABLE x (a int, k int);',
    'ALTER TABLE pd ATTACH PARTITION x FOR VALUES IN (1)',
  ),
  c(
    'partition create table like partitioned',
    'CREATE TABLE pd (a int NOT NULL, k int) PARTITION BY LIST (k);',
    'CREATE TABLE x (LIKE pd)',
    "SELECT relkind FROM pg_class WHERE relname = 'x'",
  ),
  c(
    'partition inherits error',
    'CREATE TABLE pd (a int, k int) PARTITION BY LIST (k);',
    'CREATE TABLE x () INHERITS (pd)',
  ),
  c(
    'partition as inheritance parent error',
    'CREATE TABLE pd (a int, k int) PARTITION BY LIST (k); CREATE TABLE pd1 PARTITION OF pd FOR VALUES IN (1);',
    'CREATE TABLE x () INHERITS (pd1)',
  ),
  c('partitioned unlogged', '', 'CREATE UNLOGGED TABLE pu (k int) PARTITION BY LIST (k)'),
  c(
    'partitioned temp with permanent partition',
    'CREATE TEMP TABLE pt (k int) PARTITION BY LIST (k);',
    'CREATE TABLE pt1 PARTITION OF pt FOR VALUES IN (1)',
  ),
];
