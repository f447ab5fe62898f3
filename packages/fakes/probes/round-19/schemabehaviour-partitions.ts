// Round 19 probe, schema behaviour part 4: declarative partitioning (range/list/hash routing, DEFAULT
// partition, no partition found, UPDATE moving rows, ATTACH/DETACH, constraints and ON CONFLICT on
// partitioned tables) and table inheritance (ONLY, tableoid, inherited CHECK), as PostgreSQL 15
// chapters 5.10 and 5.11 describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 schemabehaviour: partitions: ');
const p = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);
const R = `CREATE TABLE m (id int, at date NOT NULL, v int) PARTITION BY RANGE (at);
CREATE TABLE m_2020 PARTITION OF m FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
CREATE TABLE m_2021 PARTITION OF m FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');`;
const L = `CREATE TABLE l (id int, region text, v int) PARTITION BY LIST (region);
CREATE TABLE l_eu PARTITION OF l FOR VALUES IN ('de', 'fr');
CREATE TABLE l_us PARTITION OF l FOR VALUES IN ('us', NULL);`;
const H = `CREATE TABLE h (id int PRIMARY KEY, v text) PARTITION BY HASH (id);
CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 3, REMAINDER 0);
CREATE TABLE h1 PARTITION OF h FOR VALUES WITH (MODULUS 3, REMAINDER 1);
CREATE TABLE h2 PARTITION OF h FOR VALUES WITH (MODULUS 3, REMAINDER 2);`;

p(
  'range routing tableoid',
  [
    "INSERT INTO m VALUES (1, '2020-05-01', 1), (2, '2021-05-01', 2), (3, '2020-12-31', 3)",
    'SELECT tableoid::regclass AS part, id FROM m ORDER BY id',
  ],
  R,
);
p('range upper bound exclusive', ["INSERT INTO m VALUES (1, '2022-01-01', 1)"], R);
p(
  'range lower bound inclusive',
  ["INSERT INTO m VALUES (1, '2021-01-01', 1) RETURNING tableoid::regclass"],
  R,
);
p('range no partition 23514 detail', ["INSERT INTO m VALUES (1, '2019-06-01', 1)"], R);
p('range null key', ['INSERT INTO m VALUES (1, NULL, 1)'], R);
p(
  'range partition with default',
  [
    'CREATE TABLE m_def PARTITION OF m DEFAULT',
    "INSERT INTO m VALUES (1, '2019-06-01', 1) RETURNING tableoid::regclass",
  ],
  R,
);
p(
  'range minvalue maxvalue',
  [
    "CREATE TABLE m_old PARTITION OF m FOR VALUES FROM (MINVALUE) TO ('2020-01-01')",
    "CREATE TABLE m_new PARTITION OF m FOR VALUES FROM ('2022-01-01') TO (MAXVALUE)",
    "INSERT INTO m VALUES (1, '1900-01-01', 1), (2, '2999-01-01', 2) RETURNING tableoid::regclass, id",
  ],
  R,
);
p(
  'overlapping range partition 42P17',
  ["CREATE TABLE m_bad PARTITION OF m FOR VALUES FROM ('2020-06-01') TO ('2020-07-01')"],
  R,
);
p(
  'empty range partition 42P17',
  ["CREATE TABLE m_bad PARTITION OF m FOR VALUES FROM ('2023-01-01') TO ('2023-01-01')"],
  R,
);
p(
  'range partition with list bound 42P16',
  ["CREATE TABLE m_bad PARTITION OF m FOR VALUES IN ('2023-01-01')"],
  R,
);
p('range multi column', [
  'CREATE TABLE mc (a int, b int) PARTITION BY RANGE (a, b)',
  'CREATE TABLE mc1 PARTITION OF mc FOR VALUES FROM (0, 0) TO (1, 10)',
  'CREATE TABLE mc2 PARTITION OF mc FOR VALUES FROM (1, 10) TO (2, 0)',
  'INSERT INTO mc VALUES (0, 100), (1, 5), (1, 10), (1, 99) RETURNING tableoid::regclass, a, b',
]);
p(
  'range bound wrong type 22007',
  ["CREATE TABLE m_bad PARTITION OF m FOR VALUES FROM ('nope') TO ('2023-01-01')"],
  R,
);
p(
  'list routing and null partition',
  ["INSERT INTO l VALUES (1, 'de', 1), (2, NULL, 2), (3, 'us', 3) RETURNING tableoid::regclass, id"],
  L,
);
p('list no partition 23514', ["INSERT INTO l VALUES (1, 'jp', 1)"], L);
p(
  'list default partition',
  [
    'CREATE TABLE l_def PARTITION OF l DEFAULT',
    "INSERT INTO l VALUES (1, 'jp', 1) RETURNING tableoid::regclass",
  ],
  L,
);
p('list duplicate value 42P17', ["CREATE TABLE l_bad PARTITION OF l FOR VALUES IN ('fr')"], L);
p('list second null partition 42P17', ['CREATE TABLE l_bad PARTITION OF l FOR VALUES IN (NULL)'], L);
p(
  'second default partition 42P17',
  ['CREATE TABLE l_d1 PARTITION OF l DEFAULT', 'CREATE TABLE l_d2 PARTITION OF l DEFAULT'],
  L,
);
p(
  'adding partition when default has matching row 23514',
  [
    'CREATE TABLE l_def PARTITION OF l DEFAULT',
    "INSERT INTO l VALUES (1, 'jp', 1)",
    "CREATE TABLE l_jp PARTITION OF l FOR VALUES IN ('jp')",
  ],
  L,
);
p(
  'hash routing',
  [
    'INSERT INTO h SELECT g, g::text FROM generate_series(1, 12) g',
    'SELECT tableoid::regclass AS part, count(*) FROM h GROUP BY 1 ORDER BY 1',
  ],
  H,
);
p(
  'hash partition satisfies',
  [
    "SELECT satisfies_hash_partition('h'::regclass, 3, 0, 1) AS a, satisfies_hash_partition('h'::regclass, 3, 1, 1) AS b",
  ],
  H,
);
p(
  'hash modulus conflict 42P17',
  ['CREATE TABLE h_bad PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0)'],
  H,
);
p('hash remainder too big 42P16', [
  'CREATE TABLE hh (id int) PARTITION BY HASH (id)',
  'CREATE TABLE hh0 PARTITION OF hh FOR VALUES WITH (MODULUS 2, REMAINDER 2)',
]);
p('hash default partition 42P16', ['CREATE TABLE hh_d PARTITION OF h DEFAULT'], H);
p('hash null key goes to remainder 0', [
  'CREATE TABLE hx (id int, v int) PARTITION BY HASH (id)',
  'CREATE TABLE hx0 PARTITION OF hx FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
  'CREATE TABLE hx1 PARTITION OF hx FOR VALUES WITH (MODULUS 2, REMAINDER 1)',
  'INSERT INTO hx VALUES (NULL, 1) RETURNING tableoid::regclass',
]);
p(
  'hash pk dup across partitions 23505',
  ["INSERT INTO h VALUES (1, 'a')", "INSERT INTO h VALUES (1, 'b')"],
  H,
);
p('insert without partitions 23514', [
  'CREATE TABLE e (a int) PARTITION BY LIST (a)',
  'INSERT INTO e VALUES (1)',
]);
p(
  'update moves row between partitions',
  [
    "INSERT INTO m VALUES (1, '2020-05-01', 1)",
    "UPDATE m SET at = '2021-02-02' WHERE id = 1 RETURNING tableoid::regclass, *",
    'SELECT tableoid::regclass, id FROM m',
  ],
  R,
);
p(
  'update moving row to no partition 23514',
  ["INSERT INTO m VALUES (1, '2020-05-01', 1)", "UPDATE m SET at = '2030-02-02' WHERE id = 1"],
  R,
);
p(
  'update directly on partition out of range 23514',
  ["INSERT INTO m VALUES (1, '2020-05-01', 1)", "UPDATE m_2020 SET at = '2021-02-02'"],
  R,
);
p('insert directly on partition out of range 23514', ["INSERT INTO m_2020 VALUES (1, '2021-05-01', 1)"], R);
p(
  'insert directly on partition in range',
  ["INSERT INTO m_2020 VALUES (1, '2020-05-01', 1) RETURNING *", 'SELECT count(*) FROM m'],
  R,
);
p(
  'delete from parent',
  [
    "INSERT INTO m VALUES (1, '2020-05-01', 1), (2, '2021-05-01', 2)",
    'DELETE FROM m WHERE v = 2 RETURNING tableoid::regclass, id',
  ],
  R,
);
p(
  'only parent select on partitioned',
  ["INSERT INTO m VALUES (1, '2020-05-01', 1)", 'SELECT count(*) FROM ONLY m'],
  R,
);
p('truncate only partitioned is error', ['TRUNCATE ONLY m'], R);
p(
  'detach partition keeps rows',
  [
    "INSERT INTO m VALUES (1, '2020-05-01', 1), (2, '2021-05-01', 2)",
    'ALTER TABLE m DETACH PARTITION m_2020',
    'SELECT count(*) FROM m',
    'SELECT count(*) FROM m_2020',
    "INSERT INTO m VALUES (3, '2020-05-01', 1)",
  ],
  R,
);
p(
  'attach partition validates rows 23514',
  [
    'CREATE TABLE m_2022 (id int, at date NOT NULL, v int)',
    "INSERT INTO m_2022 VALUES (1, '2023-05-01', 1)",
    "ALTER TABLE m ATTACH PARTITION m_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')",
  ],
  R,
);
p(
  'attach partition ok',
  [
    'CREATE TABLE m_2022 (id int, at date NOT NULL, v int)',
    "INSERT INTO m_2022 VALUES (1, '2022-05-01', 1)",
    "ALTER TABLE m ATTACH PARTITION m_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')",
    'SELECT tableoid::regclass, id FROM m',
  ],
  R,
);
p(
  'attach partition with extra column 42804',
  [
    'CREATE TABLE m_2022 (id int, at date NOT NULL, v int, extra int)',
    "ALTER TABLE m ATTACH PARTITION m_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')",
  ],
  R,
);
p(
  'attach partition with wrong type 42804',
  [
    'CREATE TABLE m_2022 (id bigint, at date NOT NULL, v int)',
    "ALTER TABLE m ATTACH PARTITION m_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')",
  ],
  R,
);
p(
  'attach partition missing not null',
  [
    'CREATE TABLE m_2022 (id int, at date, v int)',
    "ALTER TABLE m ATTACH PARTITION m_2022 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')",
  ],
  R,
);
p(
  'attach already partition 42P17',
  ["ALTER TABLE m ATTACH PARTITION m_2020 FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')"],
  R,
);
p('detach non partition 42P01?', ['CREATE TABLE x (a int)', 'ALTER TABLE m DETACH PARTITION x'], R);
p('attach to non partitioned table 42809', [
  'CREATE TABLE x (a int)',
  'CREATE TABLE y (a int)',
  'ALTER TABLE x ATTACH PARTITION y DEFAULT',
]);
const X =
  'CREATE TABLE x (a int); CREATE TABLE y (a int); CREATE VIEW vv AS SELECT 1 AS a; CREATE INDEX xi ON x (a); CREATE INDEX yi ON y (a);';
p('detach from non partitioned table 42P17', ['ALTER TABLE x DETACH PARTITION y'], X);
p(
  'detach concurrently from non partitioned table 42P17',
  ['ALTER TABLE x DETACH PARTITION y CONCURRENTLY'],
  X,
);
p('detach finalize from non partitioned table', ['ALTER TABLE x DETACH PARTITION y FINALIZE'], X);
p(
  'attach for values to non partitioned table 42P17',
  ['ALTER TABLE x ATTACH PARTITION y FOR VALUES IN (1)'],
  X,
);
p('attach partition to view 42809', ['ALTER TABLE vv ATTACH PARTITION y DEFAULT'], X);
p('attach index partition to plain index', ['ALTER INDEX xi ATTACH PARTITION yi'], X);
p('attach partition to missing table 42P01', ['ALTER TABLE nosuch ATTACH PARTITION y DEFAULT'], X);
p('attach missing partition 42P01', ['ALTER TABLE x ATTACH PARTITION nosuch DEFAULT'], X);
p(
  'attach in a transaction then rollback',
  ['BEGIN', 'ALTER TABLE x ATTACH PARTITION y DEFAULT', 'SELECT 1', 'ROLLBACK', 'SELECT 2'],
  X,
);
p('attach partition to itself', [
  'CREATE TABLE z (a int) PARTITION BY LIST (a)',
  'ALTER TABLE z ATTACH PARTITION z DEFAULT',
]);
p('attach partitioned table as partition of itself child', [
  'CREATE TABLE z (a int) PARTITION BY LIST (a)',
  'CREATE TABLE z1 PARTITION OF z FOR VALUES IN (1) PARTITION BY LIST (a)',
  'ALTER TABLE z1 ATTACH PARTITION z DEFAULT',
]);
p('attach temp to permanent', [
  'CREATE TABLE z (a int) PARTITION BY LIST (a)',
  'CREATE TEMP TABLE zt (a int)',
  'ALTER TABLE z ATTACH PARTITION zt DEFAULT',
]);
p('attach table with inheritance parent', [
  'CREATE TABLE z (a int) PARTITION BY LIST (a)',
  'CREATE TABLE zp (a int)',
  'CREATE TABLE zc () INHERITS (zp)',
  'ALTER TABLE z ATTACH PARTITION zc DEFAULT',
]);
p('attach table with children', [
  'CREATE TABLE z (a int) PARTITION BY LIST (a)',
  'CREATE TABLE zp (a int)',
  'CREATE TABLE zc () INHERITS (zp)',
  'ALTER TABLE z ATTACH PARTITION zp DEFAULT',
]);
p('attach typed table 42809?', [
  'CREATE TABLE z (a int) PARTITION BY LIST (a)',
  'CREATE TYPE zt AS (a int)',
  'CREATE TABLE ztt OF zt',
  'ALTER TABLE z ATTACH PARTITION ztt DEFAULT',
]);
p(
  'create partition of plain table via partition of 42809',
  ['CREATE TABLE q PARTITION OF x FOR VALUES IN (1)'],
  X,
);
p('partition by on non partitioned table create partition of error', [
  'CREATE TABLE x (a int)',
  'CREATE TABLE y PARTITION OF x DEFAULT',
]);
p('primary key must include partition key 0A000', [
  'CREATE TABLE pk (id int PRIMARY KEY, at date) PARTITION BY RANGE (at)',
]);
p('unique must include partition key 0A000', [
  'CREATE TABLE pk (id int, at date, UNIQUE (id)) PARTITION BY RANGE (at)',
]);
p('primary key including partition key', [
  'CREATE TABLE pk (id int, at date, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)',
  "CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')",
  "SELECT indexrelid::regclass FROM pg_index WHERE indrelid = 'pk1'::regclass",
  "INSERT INTO pk VALUES (1, '2020-02-02')",
  "INSERT INTO pk VALUES (1, '2020-02-02')",
]);
p('on conflict on partitioned table', [
  'CREATE TABLE pk (id int, at date, v int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)',
  "CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')",
  "INSERT INTO pk VALUES (1, '2020-02-02', 1)",
  "INSERT INTO pk VALUES (1, '2020-02-02', 2) ON CONFLICT (id, at) DO UPDATE SET v = excluded.v + pk.v RETURNING tableoid::regclass, *",
  "INSERT INTO pk VALUES (1, '2020-02-02', 2) ON CONFLICT DO NOTHING RETURNING *",
]);
p('on conflict update moving partition key is error', [
  'CREATE TABLE pk (id int, at date, v int, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)',
  "CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')",
  "CREATE TABLE pk2 PARTITION OF pk FOR VALUES FROM ('2021-01-01') TO ('2022-01-01')",
  "INSERT INTO pk VALUES (1, '2020-02-02', 1)",
  "INSERT INTO pk VALUES (1, '2020-02-02', 2) ON CONFLICT (id, at) DO UPDATE SET at = '2021-03-03' RETURNING tableoid::regclass, *",
]);
p(
  'check constraint on parent applies to partitions',
  ['ALTER TABLE m ADD CONSTRAINT vpos CHECK (v > 0)', "INSERT INTO m_2020 VALUES (1, '2020-05-01', 0)"],
  R,
);
p(
  'check no inherit on partitioned is error',
  ['ALTER TABLE m ADD CONSTRAINT vpos CHECK (v > 0) NO INHERIT'],
  R,
);
p(
  'drop inherited constraint on partition 42P16',
  ['ALTER TABLE m ADD CONSTRAINT vpos CHECK (v > 0)', 'ALTER TABLE m_2020 DROP CONSTRAINT vpos'],
  R,
);
p(
  'partition own extra check',
  ['ALTER TABLE m_2020 ADD CONSTRAINT small CHECK (v < 10)', "INSERT INTO m VALUES (1, '2020-05-01', 50)"],
  R,
);
p('partition drop column inherited 42P16', ['ALTER TABLE m_2020 DROP COLUMN v'], R);
p(
  'add column on parent propagates',
  [
    'ALTER TABLE m ADD COLUMN w int DEFAULT 5',
    "INSERT INTO m VALUES (1, '2020-05-01', 1)",
    'SELECT * FROM m_2020',
  ],
  R,
);
p(
  'pg_partition_tree',
  ["SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('m') ORDER BY 1"],
  R,
);
p('pg_get_partition_constraintdef', ["SELECT pg_get_partition_constraintdef('m_2020'::regclass)"], R);
p(
  'pg_get_expr partbound',
  ["SELECT relname, pg_get_expr(relpartbound, oid) FROM pg_class WHERE relname LIKE 'm\\_%' ORDER BY 1"],
  R,
);
p(
  'pg_get_partkeydef',
  ["SELECT pg_get_partkeydef('m'::regclass)", "SELECT pg_get_partkeydef('m_2020'::regclass)"],
  R,
);
p(
  'relkind and relispartition',
  ["SELECT relname, relkind, relispartition FROM pg_class WHERE relname IN ('m', 'm_2020') ORDER BY 1"],
  R,
);
p('partition by expression', [
  'CREATE TABLE pe (s text) PARTITION BY LIST (lower(left(s, 1)))',
  "CREATE TABLE pe_a PARTITION OF pe FOR VALUES IN ('a')",
  "INSERT INTO pe VALUES ('Apple') RETURNING tableoid::regclass",
  "INSERT INTO pe VALUES ('Banana')",
]);
p('partition key unknown column 42703', ['CREATE TABLE x (a int) PARTITION BY RANGE (b)']);
p('partition by list multiple columns 42P17', ['CREATE TABLE x (a int, b int) PARTITION BY LIST (a, b)']);
p('unique index on partitioned table expression 0A000?', ['CREATE UNIQUE INDEX ON m ((v + 1))'], R);
p(
  'index on partitioned cascades',
  [
    'CREATE INDEX m_v ON m (v)',
    "SELECT relname FROM pg_class WHERE relkind IN ('i', 'I') AND relname LIKE 'm%' ORDER BY 1",
  ],
  R,
);
p('foreign key referencing partitioned table', [
  'CREATE TABLE pk (id int PRIMARY KEY) PARTITION BY RANGE (id)',
  'CREATE TABLE pk1 PARTITION OF pk FOR VALUES FROM (0) TO (100)',
  'INSERT INTO pk VALUES (5)',
  'CREATE TABLE ref (pid int REFERENCES pk)',
  'INSERT INTO ref VALUES (5)',
  'INSERT INTO ref VALUES (6)',
  'DELETE FROM pk',
]);
p('sub-partitioning', [
  'CREATE TABLE sp (a int, b text) PARTITION BY RANGE (a)',
  'CREATE TABLE sp1 PARTITION OF sp FOR VALUES FROM (0) TO (10) PARTITION BY LIST (b)',
  "CREATE TABLE sp1x PARTITION OF sp1 FOR VALUES IN ('x')",
  "INSERT INTO sp VALUES (1, 'x') RETURNING tableoid::regclass",
  "INSERT INTO sp VALUES (1, 'y')",
]);
p(
  'returning from partitioned insert',
  ["INSERT INTO m VALUES (1, '2020-05-01', 1), (2, '2021-05-01', 2) RETURNING *"],
  R,
);
p(
  'partition with own default value',
  [
    'ALTER TABLE m_2020 ALTER COLUMN v SET DEFAULT 99',
    "INSERT INTO m (id, at) VALUES (1, '2020-05-01') RETURNING v",
    "INSERT INTO m_2020 (id, at) VALUES (2, '2020-05-01') RETURNING v",
  ],
  R,
);
p(
  'drop partitioned table drops partitions',
  ['DROP TABLE m', "SELECT count(*) FROM pg_class WHERE relname LIKE 'm\\_20%'"],
  R,
);
p(
  'detach default then insert 23514',
  [
    'CREATE TABLE l_def PARTITION OF l DEFAULT',
    'ALTER TABLE l DETACH PARTITION l_def',
    "INSERT INTO l VALUES (1, 'jp', 1)",
  ],
  L,
);
p(
  'create table like partitioned',
  ['CREATE TABLE x (LIKE m)', "SELECT relkind FROM pg_class WHERE relname = 'x'"],
  R,
);

// inheritance
const I = `CREATE TABLE cities (name text, population int CHECK (population >= 0), elevation int);
CREATE TABLE capitals (state char(2)) INHERITS (cities);
INSERT INTO cities VALUES ('Las Vegas', 500, 2174), ('Mariposa', 1200, 1953);
INSERT INTO capitals VALUES ('Madison', 1100, 845, 'WI');`;
p(
  'inheritance select includes children',
  ['SELECT name, elevation FROM cities WHERE elevation > 500 ORDER BY name'],
  I,
);
p('inheritance select only', ['SELECT name FROM ONLY cities ORDER BY name'], I);
p('inheritance star syntax', ['SELECT name FROM cities* ORDER BY name'], I);
p('inheritance tableoid regclass', ['SELECT c.tableoid::regclass, c.name FROM cities c ORDER BY name'], I);
p(
  'inheritance tableoid join pg_class',
  ['SELECT p.relname, c.name FROM cities c, pg_class p WHERE c.tableoid = p.oid ORDER BY 2'],
  I,
);
p(
  'insert into parent does not route',
  ["INSERT INTO cities (name, population, elevation, state) VALUES ('Albany', 1, 2, 'NY')"],
  I,
);
p('inherited check enforced on child', ["INSERT INTO capitals VALUES ('Bad', -1, 0, 'XX')"], I);
p(
  'update parent updates child rows',
  [
    "UPDATE cities SET population = population + 1 WHERE name = 'Madison' RETURNING tableoid::regclass, population",
  ],
  I,
);
p(
  'update only parent',
  ["UPDATE ONLY cities SET population = 0 WHERE name = 'Madison'", 'SELECT population FROM capitals'],
  I,
);
p(
  'delete parent deletes child rows',
  ['DELETE FROM cities WHERE elevation < 1000', 'SELECT count(*) FROM capitals'],
  I,
);
p('delete only', ['DELETE FROM ONLY cities', 'SELECT name FROM cities'], I);
p('unique not inherited', [
  'CREATE TABLE pp (id int PRIMARY KEY)',
  'CREATE TABLE cc () INHERITS (pp)',
  'INSERT INTO pp VALUES (1)',
  'INSERT INTO cc VALUES (1), (1)',
  'SELECT id FROM pp ORDER BY 1',
]);
p('not null inherited', [
  'CREATE TABLE pp (id int NOT NULL)',
  'CREATE TABLE cc () INHERITS (pp)',
  'INSERT INTO cc VALUES (NULL)',
]);
p('drop parent with children 2BP01', ['DROP TABLE cities'], I);
p(
  'drop parent cascade',
  ['DROP TABLE cities CASCADE', "SELECT count(*) FROM pg_class WHERE relname = 'capitals'"],
  I,
);
p('merge columns from multiple parents', [
  'CREATE TABLE a1 (x int, y text)',
  'CREATE TABLE a2 (x int, z text)',
  'CREATE TABLE ch (w int) INHERITS (a1, a2)',
  "SELECT attname FROM pg_attribute WHERE attrelid = 'ch'::regclass AND attnum > 0 ORDER BY attnum",
]);
p('conflicting column types 42804', [
  'CREATE TABLE a1 (x int)',
  'CREATE TABLE a2 (x text)',
  'CREATE TABLE ch () INHERITS (a1, a2)',
]);
p(
  'alter table inherit no inherit',
  [
    'CREATE TABLE extra (name text, population int CHECK (population >= 0), elevation int)',
    "INSERT INTO extra VALUES ('Extra', 1, 1)",
    'ALTER TABLE extra INHERIT cities',
    'SELECT count(*) FROM cities',
    'ALTER TABLE extra NO INHERIT cities',
    'SELECT count(*) FROM cities',
  ],
  I,
);
p(
  'inherit missing check constraint 42804',
  ['CREATE TABLE extra (name text, population int, elevation int)', 'ALTER TABLE extra INHERIT cities'],
  I,
);
p(
  'pg_inherits',
  [
    "SELECT inhrelid::regclass, inhparent::regclass, inhseqno FROM pg_inherits WHERE inhparent = 'cities'::regclass",
  ],
  I,
);
p('child column drop inherited 42P16', ['ALTER TABLE capitals DROP COLUMN elevation'], I);
p(
  'parent add column adds to child',
  ['ALTER TABLE cities ADD COLUMN country text', 'SELECT * FROM capitals'],
  I,
);
p('sql_inheritance not configurable', ['SET sql_inheritance = off']);
p(
  'count from parent and child',
  ['SELECT (SELECT count(*) FROM cities) AS all_, (SELECT count(*) FROM ONLY cities) AS only_'],
  I,
);
p('inheritance with no inherit check', [
  'CREATE TABLE pp (a int, CONSTRAINT k CHECK (a > 0) NO INHERIT)',
  'CREATE TABLE cc () INHERITS (pp)',
  'INSERT INTO cc VALUES (-1) RETURNING a',
  'INSERT INTO pp VALUES (-1)',
]);
p('inherited column local default', [
  'CREATE TABLE pp (a int DEFAULT 1)',
  'CREATE TABLE cc (a int DEFAULT 2) INHERITS (pp)',
  'INSERT INTO cc DEFAULT VALUES RETURNING a',
]);
p('select tableoid from only parent empty', ['SELECT DISTINCT tableoid::regclass FROM ONLY capitals'], I);

export default list.cases;
