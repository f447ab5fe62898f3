// Round 17 probe, commands part 2: chapter 11 (indexes) as a repository layer meets them.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r17 commands: idx: ');
const U = `CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, org int, deleted_at date);
INSERT INTO users VALUES (1, 'Ann@x.io', 1, NULL), (2, 'bob@x.io', 1, NULL), (3, 'cy@x.io', NULL, NULL);`;

// unique indexes and constraints: messages and details
const uniques: Array<[string, string, ProbeStep[]]> = [
  [
    'unique constraint inline',
    'CREATE TABLE t (a int UNIQUE, b text)',
    ["INSERT INTO t VALUES (1, 'x')", "INSERT INTO t VALUES (1, 'y')"],
  ],
  [
    'unique constraint named',
    'CREATE TABLE t (a int, b text, CONSTRAINT t_a_uq UNIQUE (a))',
    ["INSERT INTO t VALUES (1, 'x'), (1, 'y')"],
  ],
  [
    'unique two columns',
    'CREATE TABLE t (a int, b text, UNIQUE (a, b))',
    ["INSERT INTO t VALUES (1, 'x'), (1, 'y')", "INSERT INTO t VALUES (1, 'x')"],
  ],
  [
    'unique with nulls allowed twice',
    'CREATE TABLE t (a int UNIQUE)',
    ['INSERT INTO t VALUES (NULL), (NULL)', 'SELECT count(*) AS n FROM t'],
  ],
  [
    'unique nulls not distinct',
    'CREATE TABLE t (a int UNIQUE NULLS NOT DISTINCT)',
    ['INSERT INTO t VALUES (NULL)', 'INSERT INTO t VALUES (NULL)'],
  ],
  [
    'unique nulls not distinct two cols',
    'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
    [
      'INSERT INTO t VALUES (1, NULL)',
      'INSERT INTO t VALUES (1, NULL)',
      'INSERT INTO t VALUES (NULL, NULL), (2, NULL)',
    ],
  ],
  [
    'unique nulls distinct explicit',
    'CREATE TABLE t (a int UNIQUE NULLS DISTINCT)',
    ['INSERT INTO t VALUES (NULL), (NULL)', 'SELECT count(*) AS n FROM t'],
  ],
  [
    'unique index nulls not distinct',
    'CREATE TABLE t (a int); CREATE UNIQUE INDEX t_a ON t (a) NULLS NOT DISTINCT',
    ['INSERT INTO t VALUES (NULL), (NULL)'],
  ],
  [
    'unique index name in error',
    'CREATE TABLE t (a int); CREATE UNIQUE INDEX my_idx ON t (a)',
    ['INSERT INTO t VALUES (1), (1)'],
  ],
  [
    'unique index default name',
    'CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX ON t (a, b)',
    [
      'INSERT INTO t VALUES (1, 2), (1, 2)',
      "SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
    ],
  ],
  [
    'unique index default name collision',
    'CREATE TABLE t (a int); CREATE UNIQUE INDEX ON t (a); CREATE INDEX ON t (a)',
    ["SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1"],
  ],
  [
    'primary key detail text',
    'CREATE TABLE t (k text PRIMARY KEY)',
    ["INSERT INTO t VALUES ('a''b')", "INSERT INTO t VALUES ('a''b')"],
  ],
  [
    'primary key composite detail',
    'CREATE TABLE t (a int, b text, PRIMARY KEY (a, b))',
    ["INSERT INTO t VALUES (1, 'x'), (1, 'x')"],
  ],
  [
    'unique on update',
    'CREATE TABLE t (a int UNIQUE); INSERT INTO t VALUES (1), (2)',
    ['UPDATE t SET a = 1 WHERE a = 2'],
  ],
  [
    'unique on update shifting keys',
    'CREATE TABLE t (a int UNIQUE); INSERT INTO t VALUES (1), (2), (3)',
    ['UPDATE t SET a = a + 1', 'SELECT a FROM t ORDER BY a'],
  ],
  [
    'deferrable unique shifting keys',
    'CREATE TABLE t (a int UNIQUE DEFERRABLE); INSERT INTO t VALUES (1), (2), (3)',
    ['UPDATE t SET a = a + 1', 'SELECT a FROM t ORDER BY a'],
  ],
  [
    'deferred unique at commit',
    'CREATE TABLE t (a int UNIQUE DEFERRABLE INITIALLY DEFERRED)',
    [
      'BEGIN',
      'INSERT INTO t VALUES (1), (1)',
      'SELECT count(*) AS n FROM t',
      'COMMIT',
      'SELECT count(*) AS n FROM t',
    ],
  ],
  [
    'set constraints immediate',
    'CREATE TABLE t (a int CONSTRAINT t_a UNIQUE DEFERRABLE INITIALLY DEFERRED)',
    ['BEGIN', 'INSERT INTO t VALUES (1), (1)', 'SET CONSTRAINTS t_a IMMEDIATE', 'ROLLBACK'],
  ],
  [
    'set constraints all deferred on not deferrable',
    'CREATE TABLE t (a int UNIQUE)',
    ['BEGIN', 'SET CONSTRAINTS ALL DEFERRED', 'INSERT INTO t VALUES (1), (1)', 'ROLLBACK'],
  ],
  [
    'set constraints unknown name',
    'CREATE TABLE t (a int UNIQUE)',
    ['BEGIN', 'SET CONSTRAINTS nope DEFERRED', 'ROLLBACK'],
  ],
  [
    'set constraints not deferrable named',
    'CREATE TABLE t (a int CONSTRAINT t_a UNIQUE)',
    ['BEGIN', 'SET CONSTRAINTS t_a DEFERRED', 'ROLLBACK'],
  ],
  [
    'unique violation in multi row insert second row',
    'CREATE TABLE t (a int PRIMARY KEY, b text)',
    ["INSERT INTO t VALUES (1, 'a'), (2, 'b'), (1, 'c')", 'SELECT count(*) AS n FROM t'],
  ],
  [
    'unique on expression lower email',
    U + ' CREATE UNIQUE INDEX users_email_lower ON users (lower(email));',
    ["INSERT INTO users VALUES (4, 'ann@X.io', 1, NULL)"],
  ],
  [
    'unique on expression two exprs',
    'CREATE TABLE t (a text, b text); CREATE UNIQUE INDEX t_ab ON t (lower(a), upper(b))',
    ["INSERT INTO t VALUES ('A', 'b'), ('a', 'B')"],
  ],
  [
    'unique on expression with column',
    'CREATE TABLE t (a text, b int); CREATE UNIQUE INDEX t_ab ON t (b, lower(a))',
    ["INSERT INTO t VALUES ('A', 1), ('a', 1)"],
  ],
  [
    'unique partial index',
    U + ' CREATE UNIQUE INDEX users_email_live ON users (email) WHERE deleted_at IS NULL;',
    [
      "UPDATE users SET deleted_at = '2024-01-01' WHERE id = 2",
      "INSERT INTO users VALUES (4, 'bob@x.io', 1, NULL)",
      "INSERT INTO users VALUES (5, 'bob@x.io', 1, NULL)",
    ],
  ],
  [
    'unique include',
    'CREATE TABLE t (a int, b text, UNIQUE (a) INCLUDE (b))',
    ["INSERT INTO t VALUES (1, 'x'), (1, 'y')"],
  ],
  [
    'unique index include',
    'CREATE TABLE t (a int, b text); CREATE UNIQUE INDEX t_a_inc ON t (a) INCLUDE (b)',
    ["INSERT INTO t VALUES (1, 'x'), (1, 'y')"],
  ],
  [
    'primary key include',
    'CREATE TABLE t (a int, b text, PRIMARY KEY (a) INCLUDE (b))',
    [
      "INSERT INTO t VALUES (1, 'x'), (1, 'y')",
      'INSERT INTO t VALUES (2, NULL)',
      'SELECT a, b FROM t ORDER BY a',
    ],
  ],
  [
    'include column in pg_indexes',
    'CREATE TABLE t (a int, b text); CREATE INDEX t_a_inc ON t (a) INCLUDE (b)',
    ["SELECT indexdef FROM pg_indexes WHERE indexname = 't_a_inc'"],
  ],
  [
    'unique uuid detail',
    'CREATE TABLE t (id uuid PRIMARY KEY)',
    [
      "INSERT INTO t VALUES ('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'), ('A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11')",
    ],
  ],
  [
    'unique timestamp detail',
    'CREATE TABLE t (at timestamptz UNIQUE)',
    ["SET TimeZone = 'UTC'", "INSERT INTO t VALUES ('2024-01-01 00:00:00+00'), ('2024-01-01 01:00:00+01')"],
  ],
  ['unique numeric detail', 'CREATE TABLE t (n numeric(6,2) UNIQUE)', ['INSERT INTO t VALUES (1.5), (1.50)']],
  ['unique boolean detail', 'CREATE TABLE t (b bool UNIQUE)', ['INSERT INTO t VALUES (true), (true)']],
  [
    'unique null in key detail',
    'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
    ['INSERT INTO t VALUES (1, NULL), (1, NULL)'],
  ],
  [
    'unique with params',
    'CREATE TABLE t (email text UNIQUE)',
    [withParams('INSERT INTO t VALUES ($1), ($1)', 'a@b.c')],
  ],
  [
    'unique on copy via insert select',
    'CREATE TABLE t (a int UNIQUE); INSERT INTO t VALUES (1)',
    ['INSERT INTO t SELECT a FROM t'],
  ],
];
for (const [name, setup, steps] of uniques) list.add(name, steps, setup);

// ON CONFLICT inference
const OC = `CREATE TABLE kv (k text PRIMARY KEY, v int NOT NULL, tenant int);
CREATE UNIQUE INDEX kv_v_pos ON kv (v) WHERE v > 0;
CREATE UNIQUE INDEX kv_lower ON kv (lower(k), tenant);
INSERT INTO kv VALUES ('a', 1, 1), ('b', -1, 1);`;
const oc: Array<[string, ProbeStep[]]> = [
  [
    'on conflict pk do update',
    ["INSERT INTO kv VALUES ('a', 5, 1) ON CONFLICT (k) DO UPDATE SET v = excluded.v RETURNING k, v"],
  ],
  [
    'on conflict on constraint',
    [
      "INSERT INTO kv VALUES ('a', 6, 1) ON CONFLICT ON CONSTRAINT kv_pkey DO UPDATE SET v = excluded.v RETURNING k, v",
    ],
  ],
  [
    'on conflict on constraint index not constraint',
    ["INSERT INTO kv VALUES ('z', 1, 1) ON CONFLICT ON CONSTRAINT kv_v_pos DO NOTHING"],
  ],
  [
    'on conflict on unknown constraint',
    ["INSERT INTO kv VALUES ('z', 1, 1) ON CONFLICT ON CONSTRAINT nope DO NOTHING"],
  ],
  ['on conflict partial without where', ["INSERT INTO kv VALUES ('z', 1, 1) ON CONFLICT (v) DO NOTHING"]],
  [
    'on conflict partial with where',
    [
      "INSERT INTO kv VALUES ('z', 1, 1) ON CONFLICT (v) WHERE v > 0 DO NOTHING",
      'SELECT k, v FROM kv ORDER BY k',
    ],
  ],
  [
    'on conflict partial with stronger where',
    ["INSERT INTO kv VALUES ('z', 1, 1) ON CONFLICT (v) WHERE v > 5 DO NOTHING"],
  ],
  [
    'on conflict partial with implied where',
    [
      "INSERT INTO kv VALUES ('z', 1, 1) ON CONFLICT (v) WHERE v > 0 AND tenant = 1 DO UPDATE SET k = excluded.k RETURNING k, v",
    ],
  ],
  [
    'on conflict partial negative value no conflict arbiter',
    [
      "INSERT INTO kv VALUES ('c', -1, 1) ON CONFLICT (v) WHERE v > 0 DO NOTHING RETURNING k",
      'SELECT count(*) AS n FROM kv',
    ],
  ],
  [
    'on conflict expression index',
    [
      "INSERT INTO kv VALUES ('A', 9, 1) ON CONFLICT (lower(k), tenant) DO UPDATE SET v = excluded.v RETURNING k, v",
    ],
  ],
  [
    'on conflict expression index wrong order',
    ["INSERT INTO kv VALUES ('A', 9, 1) ON CONFLICT (tenant, lower(k)) DO NOTHING RETURNING k"],
  ],
  [
    'on conflict expression without parens match',
    ["INSERT INTO kv VALUES ('A', 9, 1) ON CONFLICT (k, tenant) DO NOTHING"],
  ],
  ['on conflict non unique column', ["INSERT INTO kv VALUES ('z', 9, 1) ON CONFLICT (tenant) DO NOTHING"]],
  ['on conflict unknown column', ["INSERT INTO kv VALUES ('z', 9, 1) ON CONFLICT (nope) DO NOTHING"]],
  [
    'on conflict do update without target',
    ["INSERT INTO kv VALUES ('a', 9, 1) ON CONFLICT DO UPDATE SET v = 1"],
  ],
  [
    'on conflict do nothing without target other index',
    ["INSERT INTO kv VALUES ('A', 2, 1) ON CONFLICT DO NOTHING RETURNING k", 'SELECT count(*) AS n FROM kv'],
  ],
  [
    'on conflict pk but other index conflicts',
    ["INSERT INTO kv VALUES ('z', 1, 2) ON CONFLICT (k) DO NOTHING"],
  ],
  [
    'on conflict affects row twice',
    ["INSERT INTO kv VALUES ('q', 7, 1), ('q', 8, 1) ON CONFLICT (k) DO UPDATE SET v = excluded.v"],
  ],
  [
    'on conflict do nothing same row twice',
    ["INSERT INTO kv VALUES ('q', 7, 1), ('q', 8, 1) ON CONFLICT (k) DO NOTHING RETURNING k, v"],
  ],
  [
    'on conflict do update where false',
    [
      "INSERT INTO kv VALUES ('a', 5, 1) ON CONFLICT (k) DO UPDATE SET v = excluded.v WHERE kv.v > 100 RETURNING k",
      "SELECT v FROM kv WHERE k = 'a'",
    ],
  ],
  [
    'on conflict excluded reference in where',
    [
      "INSERT INTO kv VALUES ('a', 5, 1) ON CONFLICT (k) DO UPDATE SET v = kv.v + excluded.v WHERE excluded.v > kv.v RETURNING k, v",
    ],
  ],
  [
    'on conflict update sets unique col conflict',
    ["INSERT INTO kv VALUES ('b', 3, 1) ON CONFLICT (k) DO UPDATE SET v = 1"],
  ],
  [
    'on conflict with collate inference',
    ['INSERT INTO kv VALUES (\'a\', 5, 1) ON CONFLICT (k COLLATE "C") DO NOTHING'],
  ],
  [
    'on conflict with opclass inference',
    ["INSERT INTO kv VALUES ('a', 5, 1) ON CONFLICT (k text_pattern_ops) DO NOTHING"],
  ],
  [
    'on conflict deferrable unique target',
    ['CREATE TABLE d (a int UNIQUE DEFERRABLE)', 'INSERT INTO d VALUES (1) ON CONFLICT (a) DO NOTHING'],
  ],
  [
    'on conflict on view',
    ['CREATE VIEW kvv AS SELECT * FROM kv', "INSERT INTO kvv VALUES ('a', 5, 1) ON CONFLICT (k) DO NOTHING"],
  ],
  [
    'on conflict excluded unknown column',
    ["INSERT INTO kv VALUES ('a', 5, 1) ON CONFLICT (k) DO UPDATE SET v = excluded.nope"],
  ],
  [
    'on conflict set excluded qualified target',
    ["INSERT INTO kv VALUES ('a', 5, 1) ON CONFLICT (k) DO UPDATE SET kv.v = 2"],
  ],
  [
    'on conflict alias',
    ["INSERT INTO kv AS t VALUES ('a', 5, 1) ON CONFLICT (k) DO UPDATE SET v = t.v + 1 RETURNING t.k, t.v"],
  ],
  [
    'on conflict alias then table name',
    ["INSERT INTO kv AS t VALUES ('a', 5, 1) ON CONFLICT (k) DO UPDATE SET v = kv.v + 1"],
  ],
  [
    'on conflict returning xmax-free count',
    [
      "INSERT INTO kv VALUES ('a', 5, 1), ('n', 6, 1) ON CONFLICT (k) DO UPDATE SET v = excluded.v RETURNING k, v",
      'SELECT k, v FROM kv ORDER BY k',
    ],
  ],
  [
    'on conflict params',
    [
      withParams(
        'INSERT INTO kv VALUES ($1, $2, 1) ON CONFLICT (k) DO UPDATE SET v = kv.v + $2 RETURNING v',
        'a',
        10,
      ),
    ],
  ],
];
for (const [name, steps] of oc) list.add(name, steps, OC);

// CREATE INDEX forms and errors
const CI = `CREATE TABLE t (a int, b text, c jsonb, d timestamptz, e date); INSERT INTO t VALUES (1, 'x', '{}', '2024-01-01', '2024-01-01');`;
const ci: Array<[string, ProbeStep[]]> = [
  [
    'create index if not exists twice',
    [
      'CREATE INDEX IF NOT EXISTS t_a ON t (a)',
      'CREATE INDEX IF NOT EXISTS t_a ON t (b)',
      "SELECT indexdef FROM pg_indexes WHERE indexname = 't_a'",
    ],
  ],
  ['create index same name twice', ['CREATE INDEX t_a ON t (a)', 'CREATE INDEX t_a ON t (b)']],
  ['create index name clashes with table', ['CREATE INDEX t ON t (a)']],
  ['create index if not exists without name', ['CREATE INDEX IF NOT EXISTS ON t (a)']],
  [
    'create index concurrently in transaction',
    ['BEGIN', 'CREATE INDEX CONCURRENTLY t_a ON t (a)', 'ROLLBACK'],
  ],
  [
    'create index concurrently outside transaction',
    [
      'CREATE INDEX CONCURRENTLY t_a ON t (a)',
      "SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
    ],
  ],
  [
    'create index concurrently if not exists',
    [
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON t (a)',
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS t_a ON t (a)',
    ],
  ],
  ['create index concurrently in multi statement', ['CREATE INDEX CONCURRENTLY t_a ON t (a); SELECT 1 AS x']],
  [
    'drop index concurrently in transaction',
    ['CREATE INDEX t_a ON t (a)', 'BEGIN', 'DROP INDEX CONCURRENTLY t_a', 'ROLLBACK'],
  ],
  [
    'drop index concurrently two names',
    ['CREATE INDEX t_a ON t (a)', 'CREATE INDEX t_b ON t (b)', 'DROP INDEX CONCURRENTLY t_a, t_b'],
  ],
  [
    'drop index',
    [
      'CREATE INDEX t_a ON t (a)',
      'DROP INDEX t_a',
      "SELECT count(*) AS n FROM pg_indexes WHERE tablename = 't'",
    ],
  ],
  ['drop index missing', ['DROP INDEX nope']],
  ['drop index if exists missing', ['DROP INDEX IF EXISTS nope']],
  [
    'drop index that backs a constraint',
    ['ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a)', 'DROP INDEX t_a_key'],
  ],
  ['drop index on table name', ['DROP INDEX t']],
  ['drop table on index name', ['CREATE INDEX t_a ON t (a)', 'DROP TABLE t_a']],
  ['drop index cascade', ['CREATE INDEX t_a ON t (a)', 'DROP INDEX t_a CASCADE']],
  ['drop index restrict', ['CREATE INDEX t_a ON t (a)', 'DROP INDEX t_a RESTRICT']],
  ['reindex table', ['CREATE INDEX t_a ON t (a)', 'REINDEX TABLE t', 'SELECT a FROM t']],
  ['reindex index', ['CREATE INDEX t_a ON t (a)', 'REINDEX INDEX t_a']],
  ['reindex missing', ['REINDEX INDEX nope']],
  ['reindex table in transaction', ['BEGIN', 'REINDEX TABLE t', 'COMMIT']],
  ['reindex concurrently in transaction', ['BEGIN', 'REINDEX TABLE CONCURRENTLY t', 'ROLLBACK']],
  ['reindex schema in transaction', ['BEGIN', 'REINDEX SCHEMA public', 'ROLLBACK']],
  ['reindex verbose option', ['REINDEX (VERBOSE false) TABLE t']],
  [
    'expression index lower',
    ['CREATE INDEX t_lb ON t (lower(b))', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_lb'"],
  ],
  ['expression index without parens', ['CREATE INDEX t_lb ON t lower(b)']],
  ['expression index arithmetic needs parens', ['CREATE INDEX t_x ON t (a + 1)']],
  [
    'expression index arithmetic parens',
    ['CREATE INDEX t_x ON t ((a + 1))', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  ['expression index not immutable now', ['CREATE INDEX t_x ON t ((d > now()))']],
  ['expression index timestamptz to date not immutable', ['CREATE INDEX t_x ON t ((d::date))']],
  ['expression index date_trunc timestamptz not immutable', ["CREATE INDEX t_x ON t (date_trunc('day', d))"]],
  [
    'expression index date_trunc with zone immutable',
    ["CREATE INDEX t_x ON t (date_trunc('day', d, 'UTC'))"],
  ],
  ['expression index random', ['CREATE INDEX t_x ON t ((a + random()))']],
  ['expression index to_char', ["CREATE INDEX t_x ON t (to_char(e, 'YYYY'))"]],
  [
    'expression index jsonb field',
    ["CREATE INDEX t_x ON t ((c ->> 'k'))", "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  ['expression index concat not immutable', ['CREATE INDEX t_x ON t (concat(a, b))']],
  ['expression index || immutable', ['CREATE INDEX t_x ON t ((a::text || b))']],
  ['partial index with now', ['CREATE INDEX t_x ON t (a) WHERE d > now()']],
  ['partial index with subquery', ['CREATE INDEX t_x ON t (a) WHERE a IN (SELECT 1)']],
  ['partial index with aggregate', ['CREATE INDEX t_x ON t (a) WHERE count(*) > 1']],
  ['index on aggregate expression', ['CREATE INDEX t_x ON t ((count(a)))']],
  ['index on unknown column', ['CREATE INDEX t_x ON t (nope)']],
  ['index on unknown table', ['CREATE INDEX t_x ON nope (a)']],
  ['index on view', ['CREATE VIEW v AS SELECT a FROM t', 'CREATE INDEX v_x ON v (a)']],
  [
    'index with duplicate column',
    ['CREATE INDEX t_x ON t (a, a)', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  ['unique index on duplicate data', ['INSERT INTO t VALUES (1)', 'CREATE UNIQUE INDEX t_x ON t (a)']],
  [
    'add unique constraint on duplicate data',
    ['INSERT INTO t VALUES (1)', 'ALTER TABLE t ADD CONSTRAINT t_a_uq UNIQUE (a)'],
  ],
  ['add primary key on null data', ["INSERT INTO t (b) VALUES ('n')", 'ALTER TABLE t ADD PRIMARY KEY (a)']],
  ['add primary key twice', ['ALTER TABLE t ADD PRIMARY KEY (a)', 'ALTER TABLE t ADD PRIMARY KEY (b)']],
  [
    'add unique using index',
    [
      'CREATE UNIQUE INDEX t_a_idx ON t (a)',
      'ALTER TABLE t ADD CONSTRAINT t_a_uq UNIQUE USING INDEX t_a_idx',
      "SELECT conname FROM pg_constraint WHERE conrelid = 't'::regclass ORDER BY 1",
      "SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
    ],
  ],
  [
    'add unique using non unique index',
    ['CREATE INDEX t_a_idx ON t (a)', 'ALTER TABLE t ADD CONSTRAINT t_a_uq UNIQUE USING INDEX t_a_idx'],
  ],
  [
    'index desc nulls first',
    [
      'CREATE INDEX t_x ON t (a DESC NULLS FIRST, b)',
      "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'",
    ],
  ],
  [
    'index asc nulls last default print',
    ['CREATE INDEX t_x ON t (a ASC NULLS LAST)', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  [
    'index using hash',
    ['CREATE INDEX t_x ON t USING hash (b)', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  ['unique hash index', ['CREATE UNIQUE INDEX t_x ON t USING hash (b)']],
  [
    'index using gin on jsonb',
    ['CREATE INDEX t_x ON t USING gin (c)', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  ['index using gin jsonb_path_ops', ['CREATE INDEX t_x ON t USING gin (c jsonb_path_ops)']],
  ['index using gin on int', ['CREATE INDEX t_x ON t USING gin (a)']],
  ['index using brin', ['CREATE INDEX t_x ON t USING brin (e)']],
  ['index using unknown method', ['CREATE INDEX t_x ON t USING nope (a)']],
  [
    'index text_pattern_ops',
    ['CREATE INDEX t_x ON t (b text_pattern_ops)', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  ['index wrong opclass', ['CREATE INDEX t_x ON t (a text_pattern_ops)']],
  [
    'index collate',
    ['CREATE INDEX t_x ON t (b COLLATE "C")', "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'"],
  ],
  [
    'index with fillfactor',
    [
      'CREATE INDEX t_x ON t (a) WITH (fillfactor = 70)',
      "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'",
    ],
  ],
  ['index with bad option', ['CREATE INDEX t_x ON t (a) WITH (nope = 1)']],
  ['index on only', ['CREATE INDEX t_x ON ONLY t (a)']],
  ['index schema qualified name rejected', ['CREATE INDEX public.t_x ON t (a)']],
  [
    'alter index rename',
    [
      'CREATE INDEX t_x ON t (a)',
      'ALTER INDEX t_x RENAME TO t_y',
      "SELECT indexname FROM pg_indexes WHERE tablename = 't'",
    ],
  ],
  ['alter index if exists rename missing', ['ALTER INDEX IF EXISTS nope RENAME TO t_y']],
  [
    'alter index rename to existing',
    ['CREATE INDEX t_x ON t (a)', 'CREATE INDEX t_y ON t (b)', 'ALTER INDEX t_x RENAME TO t_y'],
  ],
  [
    'rename constraint renames index',
    [
      'ALTER TABLE t ADD CONSTRAINT t_a_uq UNIQUE (a)',
      'ALTER TABLE t RENAME CONSTRAINT t_a_uq TO t_a_key2',
      "SELECT indexname FROM pg_indexes WHERE tablename = 't'",
      'INSERT INTO t (a) VALUES (1)',
    ],
  ],
  [
    'pg_indexes indexdef unique pk',
    [
      'ALTER TABLE t ADD PRIMARY KEY (a)',
      "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 't' ORDER BY 1",
    ],
  ],
  [
    'drop column drops its index',
    [
      'CREATE INDEX t_x ON t (b)',
      'ALTER TABLE t DROP COLUMN b',
      "SELECT count(*) AS n FROM pg_indexes WHERE tablename = 't'",
    ],
  ],
  [
    'drop column in multi column index',
    [
      'CREATE INDEX t_x ON t (a, b)',
      'ALTER TABLE t DROP COLUMN b',
      "SELECT count(*) AS n FROM pg_indexes WHERE tablename = 't'",
    ],
  ],
  [
    'index survives alter column type',
    [
      'CREATE INDEX t_x ON t (a)',
      'ALTER TABLE t ALTER COLUMN a TYPE bigint',
      "SELECT indexdef FROM pg_indexes WHERE indexname = 't_x'",
    ],
  ],
  [
    'unique survives rename column',
    ['ALTER TABLE t ADD UNIQUE (a)', 'ALTER TABLE t RENAME COLUMN a TO aa', 'INSERT INTO t (aa) VALUES (1)'],
  ],
  ['index on system column', ['CREATE INDEX t_x ON t (ctid)']],
  [
    'index with too many columns',
    [`CREATE INDEX t_x ON t (${Array.from({ length: 33 }, () => 'a').join(', ')})`],
  ],
  ['cluster on index', ['CREATE INDEX t_x ON t (a)', 'CLUSTER t USING t_x', 'SELECT a FROM t']],
  ['cluster in transaction', ['CREATE INDEX t_x ON t (a)', 'BEGIN', 'CLUSTER t USING t_x', 'ROLLBACK']],
  ['vacuum in transaction', ['BEGIN', 'VACUUM t', 'ROLLBACK']],
  ['analyze in transaction', ['BEGIN', 'ANALYZE t', 'COMMIT']],
  ['vacuum analyze table', ['VACUUM ANALYZE t']],
];
for (const [name, steps] of ci) list.add(name, steps, CI);

// queries that use the indexes still answer right
list.add(
  'lookup through expression index',
  [
    'CREATE INDEX users_lower ON users (lower(email))',
    "SELECT id FROM users WHERE lower(email) = 'ann@x.io'",
  ],
  U,
);
list.add(
  'lookup through partial index',
  [
    'CREATE INDEX users_live ON users (org) WHERE deleted_at IS NULL',
    'SELECT id FROM users WHERE org = 1 AND deleted_at IS NULL ORDER BY id',
  ],
  U,
);
list.add('ilike on indexed column', ["SELECT id FROM users WHERE email ILIKE 'ANN%'"], U);
list.add(
  'unique index upsert on lower email',
  [
    'CREATE UNIQUE INDEX users_lower ON users (lower(email))',
    "INSERT INTO users VALUES (9, 'ANN@x.io', 2, NULL) ON CONFLICT (lower(email)) DO UPDATE SET org = excluded.org RETURNING id, org",
  ],
  U,
);
list.add(
  'unique partial soft delete upsert',
  [
    'CREATE UNIQUE INDEX users_live ON users (email) WHERE deleted_at IS NULL',
    "INSERT INTO users VALUES (9, 'bob@x.io', 2, NULL) ON CONFLICT (email) WHERE deleted_at IS NULL DO UPDATE SET org = excluded.org RETURNING id, org",
  ],
  U,
);
list.add(
  'unique partial soft delete upsert inferred without where',
  [
    'CREATE UNIQUE INDEX users_live ON users (email) WHERE deleted_at IS NULL',
    "INSERT INTO users VALUES (9, 'bob@x.io', 2, NULL) ON CONFLICT (email) DO NOTHING",
  ],
  U,
);
list.add(
  'unique index with where and params',
  [
    'CREATE UNIQUE INDEX users_org ON users (org, email) WHERE org IS NOT NULL',
    withParams(
      'INSERT INTO users VALUES ($1, $2, $3, NULL) ON CONFLICT (org, email) WHERE org IS NOT NULL DO NOTHING RETURNING id',
      9,
      'Ann@x.io',
      1,
    ),
    'SELECT count(*) AS n FROM users',
  ],
  U,
);
list.add('explain costs off seq scan', ['EXPLAIN (COSTS OFF) SELECT id FROM users'], U);
list.add(
  'explain costs off index scan pk',
  ['SET enable_seqscan = off', 'EXPLAIN (COSTS OFF) SELECT id FROM users WHERE id = 1'],
  U,
);
list.add('explain costs off sort', ['EXPLAIN (COSTS OFF) SELECT id FROM users ORDER BY email'], U);
list.add('explain costs off insert', ["EXPLAIN (COSTS OFF) INSERT INTO users VALUES (9, 'x', 1, NULL)"], U);
list.add('explain costs off aggregate', ['EXPLAIN (COSTS OFF) SELECT count(*) AS n FROM users'], U);
list.add(
  'explain analyze insert is executed',
  [
    "EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) INSERT INTO users VALUES (9, 'x', 1, NULL)",
    'SELECT count(*) AS n FROM users',
  ],
  U,
);
list.add('explain bad option', ['EXPLAIN (NOPE) SELECT 1'], U);
list.add('explain format json costs off', ['EXPLAIN (COSTS OFF, FORMAT JSON) SELECT 1 AS x']);
list.add('explain values', ['EXPLAIN (COSTS OFF) VALUES (1), (2)']);
list.add('explain select 1', ['EXPLAIN (COSTS OFF) SELECT 1 AS x']);

export default list.cases;
