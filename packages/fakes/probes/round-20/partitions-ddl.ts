// Round 20 probe, partitions part 2: ATTACH / DETACH PARTITION (CONCURRENTLY, FINALIZE), indexes and
// unique constraints on partitioned tables, foreign keys to and from partitioned tables, the partition
// catalog functions (pg_partition_tree, pg_partition_root, pg_partition_ancestors, pg_get_partkeydef,
// relpartbound) and pruning as seen in results, as PostgreSQL 15 chapter 5.11, ALTER TABLE and
// section 9.27.8 (partitioning information functions) describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r20 partitions: ddl: ');
const p = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);

const T = `CREATE TABLE t (id int NOT NULL, at int NOT NULL, v text) PARTITION BY RANGE (at);
CREATE TABLE t1 PARTITION OF t FOR VALUES FROM (0) TO (10);
CREATE TABLE t2 PARTITION OF t FOR VALUES FROM (10) TO (20);
INSERT INTO t VALUES (1, 5, 'a'), (2, 15, 'b');`;
const TREE = `CREATE TABLE pt (a int, b int) PARTITION BY LIST (a);
CREATE TABLE pt_1 PARTITION OF pt FOR VALUES IN (1) PARTITION BY RANGE (b);
CREATE TABLE pt_1_lo PARTITION OF pt_1 FOR VALUES FROM (0) TO (10);
CREATE TABLE pt_1_hi PARTITION OF pt_1 FOR VALUES FROM (10) TO (20);
CREATE TABLE pt_2 PARTITION OF pt FOR VALUES IN (2);
CREATE TABLE pt_d PARTITION OF pt DEFAULT;`;

// attach
p(
  'attach then rows visible through parent',
  [
    'CREATE TABLE t3 (id int NOT NULL, at int NOT NULL, v text)',
    "INSERT INTO t3 VALUES (3, 25, 'c')",
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)',
    'SELECT tableoid::regclass AS part, id FROM t ORDER BY id',
  ],
  T,
);
p(
  'attach with row outside bound 23514',
  [
    'CREATE TABLE t3 (id int NOT NULL, at int NOT NULL, v text)',
    "INSERT INTO t3 VALUES (3, 35, 'c')",
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)',
  ],
  T,
);
p(
  'attach with check constraint implying bound',
  [
    'CREATE TABLE t3 (id int NOT NULL, at int NOT NULL, v text, CONSTRAINT t3_at CHECK (at >= 20 AND at < 30))',
    "INSERT INTO t3 VALUES (3, 25, 'c')",
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)',
    'ALTER TABLE t3 DROP CONSTRAINT t3_at',
    'SELECT count(*) FROM t',
  ],
  T,
);
p(
  'attach overlapping bound 42P17',
  [
    'CREATE TABLE t3 (id int NOT NULL, at int NOT NULL, v text)',
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (15) TO (30)',
  ],
  T,
);
p(
  'attach missing column 42P17',
  [
    'CREATE TABLE t3 (id int NOT NULL, at int NOT NULL)',
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)',
  ],
  T,
);
p(
  'attach column with different nullability 42804',
  [
    'CREATE TABLE t3 (id int, at int NOT NULL, v text)',
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)',
  ],
  T,
);
p('attach column with different collation 42P17', [
  'CREATE TABLE c (k text COLLATE "C") PARTITION BY LIST (k)',
  'CREATE TABLE c1 (k text COLLATE "POSIX")',
  "ALTER TABLE c ATTACH PARTITION c1 FOR VALUES IN ('a')",
]);
p('attach partition whose check constraint is missing from child 42804', [
  'CREATE TABLE c (k int, CONSTRAINT kpos CHECK (k > 0)) PARTITION BY LIST (k)',
  'CREATE TABLE c1 (k int)',
  'ALTER TABLE c ATTACH PARTITION c1 FOR VALUES IN (1)',
  "SELECT conname, conislocal, coninhcount FROM pg_constraint WHERE conrelid = 'c1'::regclass ORDER BY conname",
]);
p('attach partition gets parent check constraint and enforces it', [
  'CREATE TABLE c (k int, v int CHECK (v > 0)) PARTITION BY LIST (k)',
  'CREATE TABLE c1 (k int, v int)',
  'ALTER TABLE c ATTACH PARTITION c1 FOR VALUES IN (1)',
  'INSERT INTO c1 VALUES (1, -1)',
]);
p('attach partition with existing row violating parent check 23514', [
  'CREATE TABLE c (k int, v int CHECK (v > 0)) PARTITION BY LIST (k)',
  'CREATE TABLE c1 (k int, v int)',
  'INSERT INTO c1 VALUES (1, -1)',
  'ALTER TABLE c ATTACH PARTITION c1 FOR VALUES IN (1)',
]);
p('attach as default partition validates against existing partitions', [
  'CREATE TABLE d (k int) PARTITION BY LIST (k)',
  'CREATE TABLE d1 PARTITION OF d FOR VALUES IN (1)',
  'CREATE TABLE dd (k int)',
  'INSERT INTO dd VALUES (1)',
  'ALTER TABLE d ATTACH PARTITION dd DEFAULT',
]);
p('attach as default partition ok', [
  'CREATE TABLE d (k int) PARTITION BY LIST (k)',
  'CREATE TABLE d1 PARTITION OF d FOR VALUES IN (1)',
  'CREATE TABLE dd (k int)',
  'INSERT INTO dd VALUES (2), (NULL)',
  'ALTER TABLE d ATTACH PARTITION dd DEFAULT',
  'SELECT tableoid::regclass, k FROM d ORDER BY k NULLS FIRST',
]);
p('attach when default partition has rows for new bound 23514', [
  'CREATE TABLE d (k int) PARTITION BY LIST (k)',
  'CREATE TABLE dd PARTITION OF d DEFAULT',
  'INSERT INTO d VALUES (5)',
  'CREATE TABLE d5 (k int)',
  'ALTER TABLE d ATTACH PARTITION d5 FOR VALUES IN (5)',
]);
p(
  'attach partitioned table as partition',
  [
    'CREATE TABLE t3 (id int NOT NULL, at int NOT NULL, v text) PARTITION BY LIST (id)',
    'CREATE TABLE t3_1 PARTITION OF t3 FOR VALUES IN (1)',
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)',
    "INSERT INTO t VALUES (1, 25, 'x') RETURNING tableoid::regclass",
    "INSERT INTO t VALUES (2, 25, 'x')",
  ],
  T,
);
p(
  'attach already attached partition 42P17',
  ['ALTER TABLE t ATTACH PARTITION t1 FOR VALUES FROM (40) TO (50)'],
  T,
);
p('attach with a foreign key needed from parent', [
  'CREATE TABLE ref (id int PRIMARY KEY)',
  'INSERT INTO ref VALUES (1)',
  'CREATE TABLE f (r int REFERENCES ref, k int) PARTITION BY LIST (k)',
  'CREATE TABLE f1 (r int, k int)',
  'INSERT INTO f1 VALUES (2, 1)',
  'ALTER TABLE f ATTACH PARTITION f1 FOR VALUES IN (1)',
]);
p('attach with fk ok then fk enforced on partition', [
  'CREATE TABLE ref (id int PRIMARY KEY)',
  'INSERT INTO ref VALUES (1)',
  'CREATE TABLE f (r int REFERENCES ref, k int) PARTITION BY LIST (k)',
  'CREATE TABLE f1 (r int, k int)',
  'INSERT INTO f1 VALUES (1, 1)',
  'ALTER TABLE f ATTACH PARTITION f1 FOR VALUES IN (1)',
  'INSERT INTO f1 VALUES (3, 1)',
]);

// detach
p(
  'detach keeps rows in detached table',
  ['ALTER TABLE t DETACH PARTITION t2', 'SELECT id FROM t ORDER BY id', 'SELECT id FROM t2 ORDER BY id'],
  T,
);
p(
  'detach then insert into detached without bound',
  ['ALTER TABLE t DETACH PARTITION t2', "INSERT INTO t2 VALUES (9, 999, 'z') RETURNING at"],
  T,
);
p(
  'detach then parent rejects rows of that range 23514',
  ['ALTER TABLE t DETACH PARTITION t2', "INSERT INTO t VALUES (9, 15, 'z')"],
  T,
);
p(
  'detach partition not a partition of it 42P01',
  ['CREATE TABLE other (id int)', 'ALTER TABLE t DETACH PARTITION other'],
  T,
);
p('detach missing table 42P01', ['ALTER TABLE t DETACH PARTITION nope'], T);
p(
  'detach concurrently outside transaction',
  [
    'ALTER TABLE t DETACH PARTITION t2 CONCURRENTLY',
    'SELECT id FROM t ORDER BY id',
    "SELECT relispartition FROM pg_class WHERE oid = 't2'::regclass",
  ],
  T,
);
p(
  'detach concurrently inside transaction block 25001',
  ['BEGIN', 'ALTER TABLE t DETACH PARTITION t2 CONCURRENTLY', 'ROLLBACK'],
  T,
);
p(
  'detach concurrently with default partition present 55000?',
  ['CREATE TABLE t_d PARTITION OF t DEFAULT', 'ALTER TABLE t DETACH PARTITION t2 CONCURRENTLY'],
  T,
);
p(
  'detach concurrently the default partition',
  [
    'CREATE TABLE t_d PARTITION OF t DEFAULT',
    'ALTER TABLE t DETACH PARTITION t_d CONCURRENTLY',
    "SELECT relname FROM pg_class WHERE relname LIKE 't_%' AND relispartition ORDER BY 1",
  ],
  T,
);
p('detach finalize when nothing pending 55000?', ['ALTER TABLE t DETACH PARTITION t2 FINALIZE'], T);
p(
  'detach in transaction then rollback restores',
  [
    'BEGIN',
    'ALTER TABLE t DETACH PARTITION t2',
    'SELECT count(*) FROM t',
    'ROLLBACK',
    'SELECT count(*) FROM t',
  ],
  T,
);
p('detach removes inherited constraint flag', [
  'CREATE TABLE c (k int, v int CONSTRAINT vpos CHECK (v > 0)) PARTITION BY LIST (k)',
  'CREATE TABLE c1 PARTITION OF c FOR VALUES IN (1)',
  'ALTER TABLE c DETACH PARTITION c1',
  "SELECT conname, conislocal, coninhcount FROM pg_constraint WHERE conrelid = 'c1'::regclass ORDER BY conname",
  'INSERT INTO c1 VALUES (1, -1)',
]);
p(
  'detach then drop detached',
  ['ALTER TABLE t DETACH PARTITION t1', 'DROP TABLE t1', 'SELECT id FROM t ORDER BY id'],
  T,
);
p('drop partition directly', ['DROP TABLE t1', 'SELECT id FROM t ORDER BY id'], T);
p(
  'drop parent drops partitions',
  ['DROP TABLE t', "SELECT count(*) FROM pg_class WHERE relname IN ('t', 't1', 't2')"],
  T,
);
p(
  'truncate partitioned table truncates partitions',
  ['TRUNCATE t', 'SELECT count(*) FROM t1', 'SELECT count(*) FROM t2'],
  T,
);
p('truncate one partition', ['TRUNCATE t1', 'SELECT id FROM t ORDER BY id'], T);

// indexes and unique constraints
p(
  'index on partitioned table cascades to partitions',
  [
    'CREATE INDEX t_v_idx ON t (v)',
    "SELECT c.relname, c.relkind FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class r ON r.oid = i.indrelid WHERE r.relname IN ('t', 't1', 't2') ORDER BY r.relname",
  ],
  T,
);
p(
  'index on only parent is invalid until attached',
  [
    'CREATE INDEX t_v_idx ON ONLY t (v)',
    "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v_idx'::regclass",
    'CREATE INDEX t1_v_idx ON t1 (v)',
    'ALTER INDEX t_v_idx ATTACH PARTITION t1_v_idx',
    "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v_idx'::regclass",
    'CREATE INDEX t2_v_idx ON t2 (v)',
    'ALTER INDEX t_v_idx ATTACH PARTITION t2_v_idx',
    "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_v_idx'::regclass",
  ],
  T,
);
p(
  'attach index with different definition 42P17?',
  [
    'CREATE INDEX t_v_idx ON ONLY t (v)',
    'CREATE INDEX t1_id_idx ON t1 (id)',
    'ALTER INDEX t_v_idx ATTACH PARTITION t1_id_idx',
  ],
  T,
);
p('create index concurrently on partitioned table 0A000', ['CREATE INDEX CONCURRENTLY t_v_idx ON t (v)'], T);
p(
  'unique index including partition key',
  ['CREATE UNIQUE INDEX t_u ON t (at, id)', "INSERT INTO t VALUES (1, 5, 'dup')"],
  T,
);
p('unique index without partition key 0A000', ['CREATE UNIQUE INDEX t_u ON t (id)'], T);
p('unique on expression of partition key 0A000', ['CREATE UNIQUE INDEX t_u ON t ((at + 1), id)'], T);
p(
  'primary key on partitioned added later',
  ['ALTER TABLE t ADD PRIMARY KEY (id, at)', "INSERT INTO t VALUES (1, 5, 'x')"],
  T,
);
p('primary key added later without key column 0A000', ['ALTER TABLE t ADD PRIMARY KEY (id)'], T);
p(
  'unique duplicates allowed across partitions when key differs',
  ['ALTER TABLE t ADD UNIQUE (id, at)', "INSERT INTO t VALUES (1, 6, 'x') RETURNING tableoid::regclass"],
  T,
);
p(
  'partition index names generated',
  [
    'CREATE INDEX ON t (v)',
    "SELECT c.relname FROM pg_class c WHERE c.relkind IN ('i', 'I') AND c.relname LIKE 't%v%idx' ORDER BY 1",
  ],
  T,
);
p('drop partition index directly 2BP01', ['CREATE INDEX t_v_idx ON t (v)', 'DROP INDEX t1_v_idx'], T);
p(
  'new partition gets existing indexes',
  [
    'CREATE INDEX t_v_idx ON t (v)',
    'CREATE TABLE t3 PARTITION OF t FOR VALUES FROM (20) TO (30)',
    "SELECT count(*) FROM pg_index WHERE indrelid = 't3'::regclass",
  ],
  T,
);
p(
  'attached partition with matching index reuses it',
  [
    'CREATE INDEX t_v_idx ON t (v)',
    'CREATE TABLE t3 (id int NOT NULL, at int NOT NULL, v text)',
    'CREATE INDEX t3_own ON t3 (v)',
    'ALTER TABLE t ATTACH PARTITION t3 FOR VALUES FROM (20) TO (30)',
    "SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = 't3'::regclass ORDER BY 1",
  ],
  T,
);
p(
  'pg_partition_tree of index',
  [
    'CREATE INDEX t_v_idx ON t (v)',
    "SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('t_v_idx') ORDER BY level, relid::text",
  ],
  T,
);
p('unique nulls not distinct on partitioned table', [
  'CREATE TABLE un (k int, v int, UNIQUE NULLS NOT DISTINCT (k, v)) PARTITION BY LIST (k)',
  'CREATE TABLE un1 PARTITION OF un FOR VALUES IN (1)',
  'INSERT INTO un VALUES (1, NULL)',
  'INSERT INTO un VALUES (1, NULL)',
]);

// foreign keys
p('fk from partitioned to plain table', [
  'CREATE TABLE ref (id int PRIMARY KEY)',
  'INSERT INTO ref VALUES (1)',
  'CREATE TABLE f (r int REFERENCES ref, k int) PARTITION BY LIST (k)',
  'CREATE TABLE f1 PARTITION OF f FOR VALUES IN (1)',
  'INSERT INTO f VALUES (1, 1)',
  'INSERT INTO f VALUES (2, 1)',
]);
p('fk to partitioned table', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE pr2 PARTITION OF pr FOR VALUES IN (2)',
  'INSERT INTO pr VALUES (10, 1), (20, 2)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr)',
  'INSERT INTO ch VALUES (10, 1), (20, 2)',
  'INSERT INTO ch VALUES (10, 2)',
]);
p('fk to partitioned table delete restrict 23503', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'INSERT INTO pr VALUES (10, 1)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr)',
  'INSERT INTO ch VALUES (10, 1)',
  'DELETE FROM pr',
]);
p('fk to partitioned table cascade delete', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE pr2 PARTITION OF pr FOR VALUES IN (2)',
  'INSERT INTO pr VALUES (10, 1), (20, 2)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr ON DELETE CASCADE)',
  'INSERT INTO ch VALUES (10, 1), (20, 2)',
  'DELETE FROM pr WHERE k = 2',
  'SELECT * FROM ch ORDER BY id',
]);
p('fk to partitioned table update moving referenced row 23503', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE pr2 PARTITION OF pr FOR VALUES IN (2)',
  'INSERT INTO pr VALUES (10, 1)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr)',
  'INSERT INTO ch VALUES (10, 1)',
  'UPDATE pr SET k = 2',
]);
p('fk to partitioned table on update cascade across partitions', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE pr2 PARTITION OF pr FOR VALUES IN (2)',
  'INSERT INTO pr VALUES (10, 1)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr ON UPDATE CASCADE)',
  'INSERT INTO ch VALUES (10, 1)',
  'UPDATE pr SET k = 2 RETURNING tableoid::regclass',
  'SELECT * FROM ch',
]);
p('detach referenced partition with referencing rows 23503', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'INSERT INTO pr VALUES (10, 1)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr)',
  'INSERT INTO ch VALUES (10, 1)',
  'ALTER TABLE pr DETACH PARTITION pr1',
]);
p('drop referenced partition 2BP01', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr)',
  'DROP TABLE pr1',
]);
p('truncate referenced partitioned table 0A000', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr)',
  'TRUNCATE pr',
]);
p('fk between partitioned tables', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE ch (id int, k int, FOREIGN KEY (id, k) REFERENCES pr ON DELETE CASCADE) PARTITION BY LIST (k)',
  'CREATE TABLE ch1 PARTITION OF ch FOR VALUES IN (1)',
  'INSERT INTO pr VALUES (1, 1)',
  'INSERT INTO ch VALUES (1, 1)',
  'INSERT INTO ch VALUES (2, 1)',
  'DELETE FROM pr',
  'SELECT count(*) FROM ch',
]);
p('fk to partitioned table catalog counts', [
  'CREATE TABLE pr (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k)',
  'CREATE TABLE pr1 PARTITION OF pr FOR VALUES IN (1)',
  'CREATE TABLE pr2 PARTITION OF pr FOR VALUES IN (2)',
  'CREATE TABLE ch (id int, k int, CONSTRAINT ch_fk FOREIGN KEY (id, k) REFERENCES pr)',
  "SELECT conname, conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f' ORDER BY 3",
]);

// catalog functions
p(
  'pg_partition_tree of root',
  [
    "SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('pt') ORDER BY level, relid::text",
  ],
  TREE,
);
p(
  'pg_partition_tree of intermediate',
  [
    "SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('pt_1') ORDER BY level, relid::text",
  ],
  TREE,
);
p(
  'pg_partition_tree of leaf',
  ["SELECT relid::text, parentrelid::text, isleaf, level FROM pg_partition_tree('pt_1_lo')"],
  TREE,
);
p('pg_partition_tree of plain table is empty', [
  'CREATE TABLE plain (a int)',
  "SELECT count(*) FROM pg_partition_tree('plain')",
]);
p(
  'pg_partition_tree leaf count',
  ["SELECT count(*) FILTER (WHERE isleaf) AS leaves, count(*) AS all_ FROM pg_partition_tree('pt')"],
  TREE,
);
p(
  'pg_partition_root',
  [
    "SELECT pg_partition_root('pt_1_hi')::text AS a, pg_partition_root('pt_1')::text AS b, pg_partition_root('pt')::text AS c",
  ],
  TREE,
);
p('pg_partition_root of plain table is null', [
  'CREATE TABLE plain (a int)',
  "SELECT pg_partition_root('plain') IS NULL AS v",
]);
p('pg_partition_ancestors', ["SELECT relid::text FROM pg_partition_ancestors('pt_1_lo')"], TREE);
p('pg_partition_ancestors of root', ["SELECT relid::text FROM pg_partition_ancestors('pt')"], TREE);
p('pg_partition_ancestors of plain table', [
  'CREATE TABLE plain (a int)',
  "SELECT count(*) FROM pg_partition_ancestors('plain')",
]);
p('pg_partition_tree with null', ['SELECT count(*) FROM pg_partition_tree(NULL)']);
p('pg_get_partkeydef forms', [
  'CREATE TABLE k1 (a int, b text) PARTITION BY RANGE (a, b)',
  'CREATE TABLE k2 (a int, b text) PARTITION BY LIST (lower(b))',
  'CREATE TABLE k3 (a int, b text) PARTITION BY HASH (a)',
  "SELECT pg_get_partkeydef('k1'::regclass) AS k1, pg_get_partkeydef('k2'::regclass) AS k2, pg_get_partkeydef('k3'::regclass) AS k3",
]);
p('pg_get_partkeydef with collation and opclass', [
  'CREATE TABLE k1 (b text) PARTITION BY RANGE (b COLLATE "C" text_pattern_ops)',
  "SELECT pg_get_partkeydef('k1'::regclass) AS v",
]);
p('pg_get_partkeydef of plain table is null', [
  'CREATE TABLE plain (a int)',
  "SELECT pg_get_partkeydef('plain'::regclass) IS NULL AS v",
]);
p(
  'relpartbound deparsed',
  [
    "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_class c WHERE c.relname LIKE 'pt\\_%' ORDER BY 1",
  ],
  TREE,
);
p('relpartbound hash and minvalue deparsed', [
  'CREATE TABLE h (a int) PARTITION BY HASH (a)',
  'CREATE TABLE h0 PARTITION OF h FOR VALUES WITH (MODULUS 2, REMAINDER 0)',
  'CREATE TABLE r (a int, b int) PARTITION BY RANGE (a, b)',
  'CREATE TABLE r0 PARTITION OF r FOR VALUES FROM (MINVALUE, MINVALUE) TO (1, MAXVALUE)',
  "SELECT c.relname, pg_get_expr(c.relpartbound, c.oid) AS bound FROM pg_class c WHERE c.relname IN ('h0', 'r0') ORDER BY 1",
]);
p(
  'pg_partitioned_table strategy and natts',
  [
    'SELECT c.relname, p.partstrat, p.partnatts, p.partdefid <> 0 AS has_default FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid ORDER BY 1',
  ],
  TREE,
);
p(
  'relkind and relispartition',
  [
    "SELECT relname, relkind, relispartition FROM pg_class WHERE relname LIKE 'pt%' AND relkind IN ('r', 'p') ORDER BY 1",
  ],
  TREE,
);
p(
  'pg_inherits for partitions',
  [
    "SELECT inhrelid::regclass::text AS child, inhparent::regclass::text AS parent, inhseqno FROM pg_inherits WHERE inhparent IN ('pt'::regclass, 'pt_1'::regclass) ORDER BY 1",
  ],
  TREE,
);
p(
  'partition constraint via pg_get_partition_constraintdef',
  ["SELECT pg_get_partition_constraintdef('pt_1_lo'::regclass) AS v"],
  TREE,
);
p(
  'partition constraint of default partition',
  ["SELECT pg_get_partition_constraintdef('pt_d'::regclass) AS v"],
  TREE,
);
p(
  'information_schema tables lists partitions',
  ["SELECT table_name, table_type FROM information_schema.tables WHERE table_name LIKE 'pt%' ORDER BY 1"],
  TREE,
);

// pruning visible in results
p(
  'where on key returns only matching partitions',
  [
    'INSERT INTO pt VALUES (1, 1), (1, 15), (2, 0), (3, 0)',
    'SELECT tableoid::regclass, a, b FROM pt WHERE a = 1 AND b < 10 ORDER BY a, b',
  ],
  TREE,
);
p(
  'where with parameterized key',
  [
    'INSERT INTO pt VALUES (1, 1), (1, 15), (2, 0), (3, 0)',
    'PREPARE q(int) AS SELECT tableoid::regclass, a, b FROM pt WHERE a = $1 ORDER BY b',
    'EXECUTE q(1)',
    'EXECUTE q(3)',
  ],
  TREE,
);
p(
  'pruning disabled same answer',
  [
    'INSERT INTO pt VALUES (1, 1), (1, 15), (2, 0), (3, 0)',
    'SET enable_partition_pruning = off',
    'SELECT tableoid::regclass, a, b FROM pt WHERE a IN (1, 3) ORDER BY a, b',
    'SHOW enable_partition_pruning',
  ],
  TREE,
);
p(
  'key is null finds default partition rows',
  ['INSERT INTO pt VALUES (NULL, 1), (2, 0)', 'SELECT tableoid::regclass, a FROM pt WHERE a IS NULL'],
  TREE,
);
p(
  'only root select is empty',
  ['INSERT INTO pt VALUES (1, 1), (2, 0)', 'SELECT count(*) FROM ONLY pt'],
  TREE,
);
p(
  'update only root affects no rows',
  ['INSERT INTO pt VALUES (1, 1), (2, 0)', 'UPDATE ONLY pt SET b = 5', 'SELECT b FROM pt ORDER BY a'],
  TREE,
);
p(
  'join of partitioned tables',
  [
    'INSERT INTO pt VALUES (1, 1), (1, 15), (2, 0)',
    'CREATE TABLE q (a int, w text) PARTITION BY LIST (a)',
    'CREATE TABLE q1 PARTITION OF q FOR VALUES IN (1)',
    'CREATE TABLE q2 PARTITION OF q FOR VALUES IN (2)',
    "INSERT INTO q VALUES (1, 'one'), (2, 'two')",
    'SELECT pt.a, pt.b, q.w FROM pt JOIN q USING (a) ORDER BY pt.a, pt.b',
  ],
  TREE,
);
p(
  'aggregate over partitions',
  [
    'INSERT INTO pt SELECT 1, g FROM generate_series(0, 19) g',
    'INSERT INTO pt SELECT 2, g FROM generate_series(0, 4) g',
    'SELECT a, count(*), sum(b) FROM pt GROUP BY a ORDER BY a',
  ],
  TREE,
);

// misc DDL errors
p('partition by on column that does not exist 42703', ['CREATE TABLE x (a int) PARTITION BY RANGE (nope)']);
p('partition by with unknown strategy 42704?', ['CREATE TABLE x (a int) PARTITION BY FOO (a)']);
p('partition key of type without btree opclass 42704', ['CREATE TABLE x (a point) PARTITION BY RANGE (a)']);
p('partition key using system column 42P17?', ['CREATE TABLE x (a int) PARTITION BY RANGE (xmin)']);
p('partition key expression non immutable 42P17', [
  'CREATE TABLE x (a timestamptz) PARTITION BY RANGE ((a::date))',
]);
p('partition key constant expression 42P17?', ['CREATE TABLE x (a int) PARTITION BY RANGE ((1))']);
p('partition key generated column 42P17', [
  'CREATE TABLE x (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (b)',
]);
p('partitioned table inherits is 42P16?', [
  'CREATE TABLE base (a int)',
  'CREATE TABLE x (a int) INHERITS (base) PARTITION BY RANGE (a)',
]);
p('inherit from partitioned table 42809', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE y () INHERITS (x)',
]);
p('alter table inherit partitioned 42809', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE y (a int)',
  'ALTER TABLE y INHERIT x',
]);
p('partition inherit another table 42809', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (1)',
  'CREATE TABLE y (a int)',
  'ALTER TABLE x1 INHERIT y',
]);
p('drop column of partition 42P16', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (1)',
  'ALTER TABLE x1 DROP COLUMN b',
]);
p('drop partition key column 42P16?', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'ALTER TABLE x DROP COLUMN a',
]);
p('alter type of partition key column 42P16?', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'ALTER TABLE x ALTER COLUMN a TYPE bigint',
]);
p('rename partition column 42P16?', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (1)',
  'ALTER TABLE x1 RENAME COLUMN b TO c',
]);
p('rename parent column renames in partitions', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (1)',
  'ALTER TABLE x RENAME COLUMN b TO c',
  "SELECT attname FROM pg_attribute WHERE attrelid = 'x1'::regclass AND attnum > 0 ORDER BY attnum",
]);
p('add column to parent adds to partitions', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (10)',
  'INSERT INTO x VALUES (1)',
  "ALTER TABLE x ADD COLUMN c text DEFAULT 'dflt'",
  'SELECT * FROM x1',
]);
p('add column to partition only 42P16?', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (10)',
  'ALTER TABLE x1 ADD COLUMN c text',
]);
p('partition of with column definitions not in parent 42703', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x (z NOT NULL) FOR VALUES FROM (0) TO (10)',
]);
p('partition of with not null on column', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x (b NOT NULL) FOR VALUES FROM (0) TO (10)',
  'INSERT INTO x VALUES (1, NULL)',
]);
p('partition of with own check constraint', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x (CONSTRAINT bpos CHECK (b > 0)) FOR VALUES FROM (0) TO (10)',
  'INSERT INTO x VALUES (1, 1) RETURNING tableoid::regclass',
  'INSERT INTO x VALUES (1, -1)',
]);
p('set not null on parent propagates', [
  'CREATE TABLE x (a int, b int) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (10)',
  'ALTER TABLE x ALTER COLUMN b SET NOT NULL',
  "SELECT attnotnull FROM pg_attribute WHERE attrelid = 'x1'::regclass AND attname = 'b'",
]);
p('drop not null on partition when parent has it 42P16', [
  'CREATE TABLE x (a int, b int NOT NULL) PARTITION BY RANGE (a)',
  'CREATE TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (10)',
  'ALTER TABLE x1 ALTER COLUMN b DROP NOT NULL',
]);
p('temporary partition of permanent table 42P16?', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'CREATE TEMP TABLE x1 PARTITION OF x FOR VALUES FROM (0) TO (10)',
]);
p('unlogged partitioned table 0A000?', ['CREATE UNLOGGED TABLE x (a int) PARTITION BY RANGE (a)']);
p('create table as partitioned not allowed 42601?', [
  'CREATE TABLE x PARTITION BY RANGE (a) AS SELECT 1 AS a',
]);
p('partitioned table with no partitions select', [
  'CREATE TABLE x (a int) PARTITION BY RANGE (a)',
  'SELECT count(*) FROM x',
]);
p(
  'view over partitioned table',
  [
    'INSERT INTO pt VALUES (1, 1), (2, 0)',
    'CREATE VIEW ptv AS SELECT a, b FROM pt WHERE a = 1',
    'INSERT INTO ptv VALUES (1, 12)',
    'SELECT tableoid::regclass, a, b FROM pt ORDER BY a, b',
  ],
  TREE,
);
p(
  'cluster on partitioned table',
  ['CREATE INDEX t_at ON t (at)', 'CLUSTER t USING t_at', 'SELECT id FROM t ORDER BY id'],
  T,
);
p('vacuum analyze partitioned table', ['VACUUM ANALYZE t', 'SELECT count(*) FROM t'], T);

export default list.cases;
