// Round 21 probe (h119), violations part 1: 23505 as repositories read it (PostgreSQL 15 docs 5.4.3
// unique constraints, 11.6 unique indexes, 11.8 partial indexes, INSERT ... ON CONFLICT, SET
// CONSTRAINTS): which constraint and detail text an application sees for each kind of unique key,
// values with quotes, unicode, NULL and long text in the detail, deferrable checks, and what the
// table holds after the failure is rolled back to a savepoint.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: unique: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- detail text for each key value kind
const VALUES: readonly (readonly [string, string, string])[] = [
  ['text with single quote', 'text', "'O''Brien'"],
  ['text with double quote', 'text', `'say "hi"'`],
  ['text with comma and parens', 'text', "'a, (b)'"],
  ['text with backslash', 'text', "E'a\\\\b'"],
  ['text with newline', 'text', "E'line1\\nline2'"],
  ['text with tab', 'text', "E'a\\tb'"],
  ['text unicode accents', 'text', "'Ünïcödé'"],
  ['text emoji', 'text', "'😀 smile'"],
  ['text cjk', 'text', "'東京'"],
  ['text empty string', 'text', "''"],
  ['text only spaces', 'text', "'   '"],
  ['text 200 chars', 'text', "repeat('ab', 100)"],
  ['text 2000 chars', 'text', "repeat('x', 2000)"],
  ['varchar(20)', 'varchar(20)', "'hello'"],
  ['char(5) padded', 'char(5)', "'ab'"],
  ['int negative', 'int', '-42'],
  ['smallint', 'smallint', '7'],
  ['bigint large', 'bigint', '9007199254740993'],
  ['numeric trailing zeros', 'numeric', '1.500'],
  ['numeric(10,3)', 'numeric(10,3)', '2.5'],
  ['float8 fraction', 'float8', '0.1'],
  ['real', 'real', '1.5'],
  ['boolean false', 'boolean', 'false'],
  ['date', 'date', "'2024-02-29'"],
  ['timestamp', 'timestamp', "'2024-01-02 03:04:05.678'"],
  ['time', 'time', "'13:14:15'"],
  ['interval', 'interval', "'1 day 2 hours'"],
  ['uuid upper input', 'uuid', "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'"],
  ['bytea', 'bytea', "'\\xdeadbeef'"],
  ['inet', 'inet', "'10.0.0.1'"],
  ['cidr', 'cidr', "'10.0.0.0/8'"],
  ['macaddr', 'macaddr', "'08:00:2b:01:02:03'"],
  ['int array', 'int[]', "'{1,2,3}'"],
  ['text array with quotes', 'text[]', `ARRAY['a b', 'c"d']`],
  ['jsonb object', 'jsonb', `'{"b": 1, "a": [true, null]}'`],
  ['money', 'money', "'12.34'"],
  ['bit(4)', 'bit(4)', "B'1010'"],
  ['enum', 'mood', "'happy'"],
  ['domain over text', 'email', "'a@b.c'"],
  ['citext-like name type', 'name', "'some_name'"],
];
for (const [label, type, value] of VALUES) {
  const setup = `CREATE TYPE mood AS ENUM ('sad', 'happy'); CREATE DOMAIN email AS text CHECK (VALUE LIKE '%@%');
CREATE TABLE k (id serial PRIMARY KEY, v ${type} UNIQUE);
INSERT INTO k (v) VALUES (${value});`;
  add(`detail for ${label}`, [`INSERT INTO k (v) VALUES (${value})`], setup);
  add(
    `detail for ${label} via update`,
    [`INSERT INTO k (v) VALUES (NULL)`, `UPDATE k SET v = (${value}) WHERE v IS NULL`],
    setup,
  );
}

// ---------------------------------------------------------------- parameters sent as text
const P = `CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE, n numeric UNIQUE, d date UNIQUE, u uuid UNIQUE, j jsonb, ts timestamptz UNIQUE);
INSERT INTO p VALUES (1, 'A''1', 10.50, '2024-01-01', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{}', '2024-01-01 00:00:00+00');`;
list.params('param pk text as int', 'INSERT INTO p (id) VALUES ($1)', ['1'], P);
list.params('param text with quote', 'INSERT INTO p (id, code) VALUES ($1, $2)', [2, "A'1"], P);
list.params('param numeric different scale', 'INSERT INTO p (id, n) VALUES ($1, $2)', [2, '10.5'], P);
list.params('param date other format', 'INSERT INTO p (id, d) VALUES ($1, $2)', [2, 'Jan 1 2024'], P);
list.params(
  'param uuid braces',
  'INSERT INTO p (id, u) VALUES ($1, $2)',
  [2, '{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}'],
  P,
);
list.params(
  'param timestamptz other zone',
  'INSERT INTO p (id, ts) VALUES ($1, $2)',
  [2, '2024-01-01 02:00:00+02'],
  P,
);
list.params('param update pk to existing', 'UPDATE p SET id = $1 WHERE id = $2', [1, 1], P);
list.params(
  'param upsert do nothing',
  'INSERT INTO p (id, code) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING id',
  [1, 'z'],
  P,
);
list.params(
  'param upsert conflict on other unique',
  'INSERT INTO p (id, code) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING',
  [2, "A'1"],
  P,
);
list.params(
  'param multi row second duplicate',
  'INSERT INTO p (id, code) VALUES ($1, $2), ($3, $4)',
  [2, 'x', 3, 'x'],
  P,
);

// ---------------------------------------------------------------- which constraint fires first
const MULTI = `CREATE TABLE m (id int PRIMARY KEY, a text UNIQUE, b text, c int CHECK (c > 0), CONSTRAINT m_b_key2 UNIQUE (b));
INSERT INTO m VALUES (1, 'a', 'b', 1);`;
add('row duplicates pk and unique: pk named', ["INSERT INTO m VALUES (1, 'a', 'z', 1)"], MULTI);
add('row duplicates two uniques: first index', ["INSERT INTO m VALUES (2, 'a', 'b', 1)"], MULTI);
add('row duplicates unique and fails check: check first', ["INSERT INTO m VALUES (2, 'a', 'z', -1)"], MULTI);
add('row duplicates pk and null in not null pk', ["INSERT INTO m VALUES (NULL, 'a', 'z', 1)"], MULTI);
add(
  'update duplicates unique and fails check',
  ["INSERT INTO m VALUES (2, 'x', 'y', 2)", "UPDATE m SET a = 'a', c = 0 WHERE id = 2"],
  MULTI,
);
add('named index order by creation', [
  'CREATE TABLE o (x int, y int)',
  'CREATE UNIQUE INDEX o_z ON o (y)',
  'CREATE UNIQUE INDEX o_a ON o (x)',
  'INSERT INTO o VALUES (1, 1)',
  'INSERT INTO o VALUES (1, 1)',
]);
add('pk added after unique still checked in index oid order', [
  'CREATE TABLE o (x int UNIQUE, y int)',
  'ALTER TABLE o ADD PRIMARY KEY (y)',
  'INSERT INTO o VALUES (1, 1)',
  'INSERT INTO o VALUES (1, 1)',
]);

// ---------------------------------------------------------------- key shapes
add('expression index upper detail', [
  'CREATE TABLE e (name text)',
  'CREATE UNIQUE INDEX e_upper ON e (upper(name))',
  "INSERT INTO e VALUES ('Ann')",
  "INSERT INTO e VALUES ('aNN')",
]);
add('expression index two expressions', [
  'CREATE TABLE e (a text, b int)',
  'CREATE UNIQUE INDEX e_x ON e (lower(a), (b % 10))',
  "INSERT INTO e VALUES ('X', 11)",
  "INSERT INTO e VALUES ('x', 21)",
]);
add('expression index column and expression mixed', [
  'CREATE TABLE e (a text, b int)',
  'CREATE UNIQUE INDEX ON e (b, lower(a))',
  "INSERT INTO e VALUES ('X', 1)",
  "INSERT INTO e VALUES ('x', 1)",
]);
add('expression index coalesce', [
  'CREATE TABLE e (a int, b int)',
  'CREATE UNIQUE INDEX e_c ON e (a, coalesce(b, -1))',
  'INSERT INTO e VALUES (1, NULL)',
  'INSERT INTO e VALUES (1, NULL)',
]);
add('expression index date_trunc-free cast', [
  'CREATE TABLE e (ts timestamp)',
  'CREATE UNIQUE INDEX e_d ON e ((ts::date))',
  "INSERT INTO e VALUES ('2024-01-01 10:00')",
  "INSERT INTO e VALUES ('2024-01-01 23:00')",
]);
add('expression index jsonb field', [
  'CREATE TABLE e (doc jsonb)',
  "CREATE UNIQUE INDEX e_j ON e ((doc->>'email'))",
  `INSERT INTO e VALUES ('{"email": "a@b"}')`,
  `INSERT INTO e VALUES ('{"email": "a@b", "x": 1}')`,
]);
add('partial index where active', [
  'CREATE TABLE s (email text, active boolean)',
  'CREATE UNIQUE INDEX s_active ON s (email) WHERE active',
  "INSERT INTO s VALUES ('a', true), ('a', false), ('a', false)",
  "INSERT INTO s VALUES ('a', true)",
  'SELECT count(*) AS n FROM s',
]);
add('partial index deleted_at is null', [
  'CREATE TABLE s (email text, deleted_at timestamp)',
  'CREATE UNIQUE INDEX s_live ON s (email) WHERE deleted_at IS NULL',
  "INSERT INTO s VALUES ('a', NULL)",
  "UPDATE s SET deleted_at = '2024-01-01'",
  "INSERT INTO s VALUES ('a', NULL)",
  'UPDATE s SET deleted_at = NULL WHERE deleted_at IS NOT NULL',
]);
add('partial expression index', [
  'CREATE TABLE s (email text, kind text)',
  "CREATE UNIQUE INDEX s_pe ON s (lower(email)) WHERE kind = 'user'",
  "INSERT INTO s VALUES ('A@x', 'user'), ('a@X', 'bot')",
  "INSERT INTO s VALUES ('a@x', 'user')",
]);
add('nulls not distinct detail shows null', [
  'CREATE TABLE n (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b))',
  'INSERT INTO n VALUES (1, NULL)',
  'INSERT INTO n VALUES (1, NULL)',
]);
add('nulls not distinct all null', [
  'CREATE TABLE n (a int UNIQUE NULLS NOT DISTINCT)',
  'INSERT INTO n VALUES (NULL)',
  'INSERT INTO n VALUES (NULL)',
]);
add('nulls not distinct on upsert do nothing', [
  'CREATE TABLE n (a int UNIQUE NULLS NOT DISTINCT, v int)',
  'INSERT INTO n VALUES (NULL, 1)',
  'INSERT INTO n VALUES (NULL, 2) ON CONFLICT (a) DO NOTHING',
  'SELECT a, v FROM n',
]);
add('nulls not distinct upsert do update', [
  'CREATE TABLE n (a int UNIQUE NULLS NOT DISTINCT, v int)',
  'INSERT INTO n VALUES (NULL, 1)',
  'INSERT INTO n VALUES (NULL, 2) ON CONFLICT (a) DO UPDATE SET v = excluded.v RETURNING a, v',
]);
add('nulls distinct upsert inserts again', [
  'CREATE TABLE n (a int UNIQUE, v int)',
  'INSERT INTO n VALUES (NULL, 1)',
  'INSERT INTO n VALUES (NULL, 2) ON CONFLICT (a) DO UPDATE SET v = excluded.v',
  'SELECT count(*) AS c FROM n',
]);
add('three column key detail', [
  'CREATE TABLE c3 (a int, b text, c date, PRIMARY KEY (a, b, c))',
  "INSERT INTO c3 VALUES (1, 'x', '2024-01-01')",
  "INSERT INTO c3 VALUES (1, 'x', '2024-01-01')",
]);
add('key column order follows constraint not table', [
  'CREATE TABLE c3 (a int, b text, UNIQUE (b, a))',
  "INSERT INTO c3 VALUES (1, 'x')",
  "INSERT INTO c3 VALUES (1, 'x')",
]);
add('unique with INCLUDE column not in detail', [
  'CREATE TABLE inc (a int, b int, UNIQUE (a) INCLUDE (b))',
  'INSERT INTO inc VALUES (1, 1)',
  'INSERT INTO inc VALUES (1, 2)',
]);
add('schema qualified table error schema field', [
  'CREATE SCHEMA r21_s',
  'CREATE TABLE r21_s.t (id int PRIMARY KEY)',
  'INSERT INTO r21_s.t VALUES (1)',
  'INSERT INTO r21_s.t VALUES (1)',
]);
add('index name with uppercase quoted', [
  'CREATE TABLE q (a int)',
  'CREATE UNIQUE INDEX "Q_Upper Idx" ON q (a)',
  'INSERT INTO q VALUES (1), (1)',
]);
add('constraint on column named with space', [
  'CREATE TABLE q ("first name" text UNIQUE)',
  "INSERT INTO q VALUES ('a'), ('a')",
]);
add('generated name truncated at 63', [
  'CREATE TABLE a_very_long_table_name_for_testing_generated_names_abcdefgh (a_very_long_column_name_for_testing_generated_names int UNIQUE)',
  'INSERT INTO a_very_long_table_name_for_testing_generated_names_abcdefgh VALUES (1), (1)',
]);
add('generated name collision gets suffix', [
  'CREATE TABLE g (a int, b int, UNIQUE (a), UNIQUE (a, b))',
  'INSERT INTO g VALUES (1, 1)',
  'INSERT INTO g VALUES (1, 2)',
  'INSERT INTO g VALUES (2, 1)',
  'SELECT conname FROM pg_constraint WHERE conrelid = $$g$$::regclass ORDER BY conname',
]);
add('two unique on same column second name', [
  'CREATE TABLE g (a int UNIQUE, CONSTRAINT g_a_key1 UNIQUE (a))',
  'SELECT conname FROM pg_constraint WHERE conrelid = $$g$$::regclass ORDER BY conname',
]);
add('unique on renamed column detail uses new name', [
  'CREATE TABLE g (a int UNIQUE)',
  'ALTER TABLE g RENAME COLUMN a TO b',
  'INSERT INTO g VALUES (1), (1)',
]);
add('unique on renamed constraint', [
  'CREATE TABLE g (a int CONSTRAINT old_name UNIQUE)',
  'ALTER TABLE g RENAME CONSTRAINT old_name TO new_name',
  'INSERT INTO g VALUES (1), (1)',
]);
add('unique on renamed table keeps constraint name', [
  'CREATE TABLE g (a int UNIQUE)',
  'ALTER TABLE g RENAME TO h',
  'INSERT INTO h VALUES (1), (1)',
]);
add('index rename changes reported constraint', [
  'CREATE TABLE g (a int)',
  'CREATE UNIQUE INDEX g_i ON g (a)',
  'ALTER INDEX g_i RENAME TO g_j',
  'INSERT INTO g VALUES (1), (1)',
]);
add('unique using existing index', [
  'CREATE TABLE g (a int)',
  'CREATE UNIQUE INDEX g_ai ON g (a)',
  'ALTER TABLE g ADD CONSTRAINT g_uc UNIQUE USING INDEX g_ai',
  'INSERT INTO g VALUES (1), (1)',
]);
add('primary key using index', [
  'CREATE TABLE g (a int NOT NULL)',
  'CREATE UNIQUE INDEX g_ai ON g (a)',
  'ALTER TABLE g ADD PRIMARY KEY USING INDEX g_ai',
  'INSERT INTO g VALUES (1), (1)',
]);

// ---------------------------------------------------------------- deferrable
const D = `CREATE TABLE dq (id int, pos int CONSTRAINT dq_pos UNIQUE DEFERRABLE INITIALLY DEFERRED);
INSERT INTO dq VALUES (1, 1), (2, 2);`;
add(
  'deferred: commit error has detail and constraint',
  ['BEGIN', 'UPDATE dq SET pos = 1 WHERE id = 2', 'COMMIT', 'SELECT id, pos FROM dq ORDER BY id'],
  D,
);
add(
  'deferred: set constraints immediate names',
  ['BEGIN', 'UPDATE dq SET pos = 1 WHERE id = 2', 'SET CONSTRAINTS dq_pos IMMEDIATE', 'ROLLBACK'],
  D,
);
add(
  'deferred: set constraints all immediate',
  [
    'BEGIN',
    'UPDATE dq SET pos = 1 WHERE id = 2',
    'SET CONSTRAINTS ALL IMMEDIATE',
    'SELECT 1 AS after',
    'ROLLBACK',
  ],
  D,
);
add(
  'deferred: fixed before commit',
  [
    'BEGIN',
    'UPDATE dq SET pos = 1 WHERE id = 2',
    'UPDATE dq SET pos = 3 WHERE id = 1',
    'COMMIT',
    'SELECT id, pos FROM dq ORDER BY id',
  ],
  D,
);
add(
  'deferred: shift all positions',
  ['UPDATE dq SET pos = pos + 1', 'SELECT id, pos FROM dq ORDER BY id'],
  D,
);
add(
  'deferred: autocommit statement fails at end',
  ['UPDATE dq SET pos = 1', 'SELECT id, pos FROM dq ORDER BY id'],
  D,
);
add(
  'deferred: insert duplicate in autocommit',
  ['INSERT INTO dq VALUES (3, 1)', 'SELECT count(*) AS n FROM dq'],
  D,
);
add(
  'deferred: savepoint rollback removes pending violation',
  [
    'BEGIN',
    'SAVEPOINT a',
    'INSERT INTO dq VALUES (3, 1)',
    'ROLLBACK TO SAVEPOINT a',
    'COMMIT',
    'SELECT count(*) AS n FROM dq',
  ],
  D,
);
add(
  'deferred: release savepoint keeps pending violation',
  [
    'BEGIN',
    'SAVEPOINT a',
    'INSERT INTO dq VALUES (3, 1)',
    'RELEASE SAVEPOINT a',
    'COMMIT',
    'SELECT count(*) AS n FROM dq',
  ],
  D,
);
add(
  'deferred: commit fails and transaction gone',
  ['BEGIN', 'INSERT INTO dq VALUES (3, 1)', 'COMMIT', 'SELECT 1 AS ok', 'ROLLBACK'],
  D,
);
add(
  'deferred: set immediate then deferred again',
  [
    'BEGIN',
    'SET CONSTRAINTS dq_pos IMMEDIATE',
    'SET CONSTRAINTS dq_pos DEFERRED',
    'INSERT INTO dq VALUES (3, 1)',
    'DELETE FROM dq WHERE id = 3',
    'COMMIT',
    'SELECT count(*) AS n FROM dq',
  ],
  D,
);
add(
  'deferred: immediate mode insert fails at once',
  ['BEGIN', 'SET CONSTRAINTS ALL IMMEDIATE', 'INSERT INTO dq VALUES (3, 1)', 'ROLLBACK'],
  D,
);
add(
  'deferred: upsert requires non-deferrable arbiter',
  ['INSERT INTO dq VALUES (3, 1) ON CONFLICT (pos) DO NOTHING'],
  D,
);
add(
  'deferred: upsert without target still fails',
  ['INSERT INTO dq VALUES (3, 1) ON CONFLICT DO NOTHING'],
  D,
);
add('deferred: set constraints unknown name', ['BEGIN', 'SET CONSTRAINTS nope IMMEDIATE', 'ROLLBACK'], D);
add('deferred: set constraints non deferrable', [
  'CREATE TABLE nd (a int CONSTRAINT nd_a UNIQUE)',
  'BEGIN',
  'SET CONSTRAINTS nd_a DEFERRED',
  'ROLLBACK',
]);
add('deferrable initially immediate deferred by set', [
  'CREATE TABLE di (a int CONSTRAINT di_a UNIQUE DEFERRABLE)',
  'INSERT INTO di VALUES (1), (2)',
  'BEGIN',
  'SET CONSTRAINTS di_a DEFERRED',
  'UPDATE di SET a = 1 WHERE a = 2',
  'UPDATE di SET a = 3 WHERE a = 1 AND ctid = (SELECT min(ctid) FROM di WHERE a = 1)',
  'COMMIT',
  'SELECT a FROM di ORDER BY a',
]);
add('deferred primary key at commit', [
  'CREATE TABLE dp (id int PRIMARY KEY DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO dp VALUES (1)',
  'BEGIN',
  'INSERT INTO dp VALUES (1)',
  'COMMIT',
]);
add('deferred multi-column at commit detail', [
  'CREATE TABLE dm (a int, b text, UNIQUE (a, b) DEFERRABLE INITIALLY DEFERRED)',
  "INSERT INTO dm VALUES (1, 'x')",
  'BEGIN',
  "INSERT INTO dm VALUES (1, 'x')",
  'COMMIT',
]);

// ---------------------------------------------------------------- ON CONFLICT interplay
const OC = `CREATE TABLE oc (id int PRIMARY KEY, email text UNIQUE, n int DEFAULT 0, CONSTRAINT oc_n_chk CHECK (n < 10));
INSERT INTO oc VALUES (1, 'a', 0), (2, 'b', 0);`;
add('on conflict id but email collides', ["INSERT INTO oc VALUES (3, 'a') ON CONFLICT (id) DO NOTHING"], OC);
add(
  'on conflict id do update makes email duplicate',
  ["INSERT INTO oc VALUES (1, 'z') ON CONFLICT (id) DO UPDATE SET email = 'b'"],
  OC,
);
add(
  'on conflict do update violates check',
  ['INSERT INTO oc VALUES (1, NULL, 0) ON CONFLICT (id) DO UPDATE SET n = 99'],
  OC,
);
add(
  'on conflict on constraint name',
  [
    "INSERT INTO oc VALUES (3, 'a') ON CONFLICT ON CONSTRAINT oc_email_key DO UPDATE SET n = oc.n + 1 RETURNING id, n",
  ],
  OC,
);
add(
  'on conflict on constraint unknown',
  ["INSERT INTO oc VALUES (3, 'a') ON CONFLICT ON CONSTRAINT nope DO NOTHING"],
  OC,
);
add(
  'on conflict on check constraint name',
  ["INSERT INTO oc VALUES (3, 'a') ON CONFLICT ON CONSTRAINT oc_n_chk DO NOTHING"],
  OC,
);
add('on conflict target no unique index', ["INSERT INTO oc VALUES (3, 'a') ON CONFLICT (n) DO NOTHING"], OC);
add(
  'on conflict target expression not indexed',
  ["INSERT INTO oc VALUES (3, 'a') ON CONFLICT (lower(email)) DO NOTHING"],
  OC,
);
add(
  'on conflict do update touches row twice',
  ["INSERT INTO oc VALUES (1, 'x'), (1, 'y') ON CONFLICT (id) DO UPDATE SET email = excluded.email"],
  OC,
);
add(
  'on conflict do nothing same row twice',
  [
    "INSERT INTO oc VALUES (5, 'x'), (5, 'y') ON CONFLICT (id) DO NOTHING",
    'SELECT id, email FROM oc ORDER BY id',
  ],
  OC,
);
add(
  'on conflict do update where false keeps row',
  [
    "INSERT INTO oc VALUES (1, 'q') ON CONFLICT (id) DO UPDATE SET email = 'q' WHERE false RETURNING id",
    'SELECT email FROM oc WHERE id = 1',
  ],
  OC,
);
add(
  'on conflict do update set pk to existing',
  ["INSERT INTO oc VALUES (1, 'q') ON CONFLICT (id) DO UPDATE SET id = 2"],
  OC,
);
add('on conflict with partial index predicate', [
  'CREATE TABLE pi (email text, active boolean)',
  'CREATE UNIQUE INDEX pi_a ON pi (email) WHERE active',
  "INSERT INTO pi VALUES ('a', true)",
  "INSERT INTO pi VALUES ('a', true) ON CONFLICT (email) WHERE active DO UPDATE SET active = false RETURNING email, active",
]);
add('on conflict partial index predicate missing', [
  'CREATE TABLE pi (email text, active boolean)',
  'CREATE UNIQUE INDEX pi_a ON pi (email) WHERE active',
  "INSERT INTO pi VALUES ('a', true) ON CONFLICT (email) DO NOTHING",
]);
add('on conflict expression index target', [
  'CREATE TABLE ei (email text)',
  'CREATE UNIQUE INDEX ei_l ON ei (lower(email))',
  "INSERT INTO ei VALUES ('A')",
  "INSERT INTO ei VALUES ('a') ON CONFLICT (lower(email)) DO UPDATE SET email = excluded.email RETURNING email",
]);
add('on conflict exclusion constraint do nothing', [
  'CREATE TABLE ex (r int4range, EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO ex VALUES ('[1,5)')",
  "INSERT INTO ex VALUES ('[3,8)') ON CONFLICT DO NOTHING",
  'SELECT count(*) AS n FROM ex',
]);
add('on conflict exclusion constraint do update refused', [
  'CREATE TABLE ex (r int4range, CONSTRAINT ex_r EXCLUDE USING gist (r WITH &&))',
  "INSERT INTO ex VALUES ('[3,8)') ON CONFLICT ON CONSTRAINT ex_r DO UPDATE SET r = 'empty'",
]);
add(
  'on conflict do update without target',
  ["INSERT INTO oc VALUES (1, 'q') ON CONFLICT DO UPDATE SET email = 'q'"],
  OC,
);
add(
  'on conflict excluded in returning',
  ["INSERT INTO oc VALUES (1, 'q') ON CONFLICT (id) DO UPDATE SET n = 1 RETURNING excluded.email"],
  OC,
);
add('on conflict column not in table', ["INSERT INTO oc VALUES (1, 'q') ON CONFLICT (nope) DO NOTHING"], OC);
add('on conflict do update set generated column', [
  'CREATE TABLE gc (id int PRIMARY KEY, a int, b int GENERATED ALWAYS AS (a * 2) STORED)',
  'INSERT INTO gc (id, a) VALUES (1, 1)',
  'INSERT INTO gc (id, a) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET b = 5',
]);
add(
  'on conflict do update not null violation',
  ['INSERT INTO oc VALUES (1) ON CONFLICT (id) DO UPDATE SET id = NULL'],
  OC,
);

// ---------------------------------------------------------------- nothing lost: what the table holds
const NL = `CREATE TABLE nl (id int PRIMARY KEY, v text UNIQUE);
INSERT INTO nl VALUES (1, 'a');`;
add(
  'savepoint: failed insert leaves earlier rows',
  [
    'BEGIN',
    "INSERT INTO nl VALUES (2, 'b')",
    'SAVEPOINT s',
    "INSERT INTO nl VALUES (3, 'a')",
    'ROLLBACK TO SAVEPOINT s',
    "INSERT INTO nl VALUES (3, 'c')",
    'COMMIT',
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);
add(
  'savepoint: failed multi row insert keeps none of it',
  [
    'BEGIN',
    'SAVEPOINT s',
    "INSERT INTO nl VALUES (2, 'b'), (3, 'c'), (4, 'a')",
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);
add(
  'savepoint: failed update keeps old values',
  [
    "INSERT INTO nl VALUES (2, 'b')",
    'BEGIN',
    'SAVEPOINT s',
    "UPDATE nl SET v = 'a' WHERE id = 2",
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);
add(
  'savepoint: partial update of many rows undone',
  [
    "INSERT INTO nl VALUES (2, 'b'), (3, 'c')",
    'BEGIN',
    'SAVEPOINT s',
    "UPDATE nl SET v = 'z' WHERE id > 1",
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);
add(
  'rollback whole transaction after unique error',
  [
    'BEGIN',
    "INSERT INTO nl VALUES (2, 'b')",
    "INSERT INTO nl VALUES (3, 'a')",
    'ROLLBACK',
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);
add(
  'commit after unique error rolls back',
  [
    'BEGIN',
    "INSERT INTO nl VALUES (2, 'b')",
    "INSERT INTO nl VALUES (3, 'a')",
    'COMMIT',
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);
add('serial value consumed by failed insert', [
  'CREATE TABLE sq (id serial PRIMARY KEY, v text UNIQUE)',
  "INSERT INTO sq (v) VALUES ('a')",
  "INSERT INTO sq (v) VALUES ('a')",
  "INSERT INTO sq (v) VALUES ('b') RETURNING id",
]);
add('serial value consumed then rolled back to savepoint', [
  'CREATE TABLE sq (id serial PRIMARY KEY, v text UNIQUE)',
  'BEGIN',
  "INSERT INTO sq (v) VALUES ('a')",
  'SAVEPOINT s',
  "INSERT INTO sq (v) VALUES ('a')",
  'ROLLBACK TO s',
  "INSERT INTO sq (v) VALUES ('b') RETURNING id",
  'COMMIT',
]);
add('identity value consumed by failed insert', [
  'CREATE TABLE sq (id int GENERATED ALWAYS AS IDENTITY, v text UNIQUE)',
  "INSERT INTO sq (v) VALUES ('a'), ('a')",
  "INSERT INTO sq (v) VALUES ('b') RETURNING id",
]);
add(
  'failed statement in multi statement string rolls back earlier',
  ["INSERT INTO nl VALUES (2, 'b'); INSERT INTO nl VALUES (3, 'a')", 'SELECT id FROM nl ORDER BY id'],
  NL,
);
add(
  'explicit transaction in string survives earlier commit',
  [
    "BEGIN; INSERT INTO nl VALUES (2, 'b'); COMMIT; INSERT INTO nl VALUES (3, 'a')",
    'SELECT id FROM nl ORDER BY id',
  ],
  NL,
);
add(
  'error inside cte insert undoes main update',
  [
    "INSERT INTO nl VALUES (2, 'b')",
    "WITH x AS (UPDATE nl SET v = 'q' WHERE id = 2 RETURNING id) INSERT INTO nl SELECT 9, 'a' FROM x",
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);
add(
  'upsert in savepoint after error',
  [
    'BEGIN',
    "INSERT INTO nl VALUES (1, 'x')",
    'ROLLBACK',
    "INSERT INTO nl VALUES (1, 'x') ON CONFLICT (id) DO UPDATE SET v = excluded.v",
    'SELECT id, v FROM nl',
  ],
  NL,
);
add(
  'copy-free bulk insert select duplicate',
  [
    'INSERT INTO nl SELECT g, g::text FROM generate_series(2, 5) g',
    'INSERT INTO nl SELECT g, g::text FROM generate_series(5, 7) g',
    'SELECT count(*) AS n FROM nl',
  ],
  NL,
);
add(
  'insert select with duplicates inside source',
  ["INSERT INTO nl SELECT 5, 'z' FROM generate_series(1, 2)"],
  NL,
);
add(
  'extended protocol unique error then next statement',
  [withParams('INSERT INTO nl VALUES ($1, $2)', 1, 'q'), withParams('SELECT count(*)::int AS n FROM nl')],
  NL,
);
add(
  'extended protocol in transaction then rollback to savepoint',
  [
    'BEGIN',
    'SAVEPOINT s',
    withParams('INSERT INTO nl VALUES ($1, $2)', 2, 'a'),
    'ROLLBACK TO SAVEPOINT s',
    withParams('INSERT INTO nl VALUES ($1, $2)', 2, 'b'),
    'COMMIT',
    'SELECT id, v FROM nl ORDER BY id',
  ],
  NL,
);

// ---------------------------------------------------------------- create unique index / add constraint failures
add('create unique index detail on existing dupes', [
  'CREATE TABLE x (a int, b text)',
  "INSERT INTO x VALUES (1, 'q'), (1, 'q')",
  'CREATE UNIQUE INDEX x_ab ON x (a, b)',
]);
add('create unique index expression existing dupes', [
  'CREATE TABLE x (a text)',
  "INSERT INTO x VALUES ('A'), ('a')",
  'CREATE UNIQUE INDEX x_l ON x (lower(a))',
]);
add('add unique nulls not distinct existing nulls', [
  'CREATE TABLE x (a int)',
  'INSERT INTO x VALUES (NULL), (NULL)',
  'ALTER TABLE x ADD CONSTRAINT x_a UNIQUE NULLS NOT DISTINCT (a)',
]);
add('add primary key existing nulls', [
  'CREATE TABLE x (a int)',
  'INSERT INTO x VALUES (NULL)',
  'ALTER TABLE x ADD PRIMARY KEY (a)',
]);
add('failed create unique index leaves no index', [
  'CREATE TABLE x (a int)',
  'INSERT INTO x VALUES (1), (1)',
  'CREATE UNIQUE INDEX x_a ON x (a)',
  "SELECT count(*) AS n FROM pg_indexes WHERE indexname = 'x_a'",
]);
add('alter column type creates duplicate', [
  'CREATE TABLE x (a numeric UNIQUE)',
  'INSERT INTO x VALUES (1.2), (1.4)',
  'ALTER TABLE x ALTER COLUMN a TYPE int',
]);

export default list.cases;
