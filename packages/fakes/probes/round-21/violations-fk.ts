// Round 21 probe (h119), violations part 2: 23503 foreign keys as repositories read them
// (PostgreSQL 15 docs 5.4.5 foreign keys, CREATE TABLE REFERENCES): the constraint, table and
// detail an application maps for child inserts, parent deletes and updates, referential actions
// (SET NULL / SET DEFAULT with column lists, CASCADE chains), MATCH FULL / SIMPLE, self-references
// and deferred checks, and what the tables hold after the failure is rolled back.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r21 violations: fk: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

const BASE = `CREATE TABLE parent (id int PRIMARY KEY, code text UNIQUE);
CREATE TABLE child (id int PRIMARY KEY, parent_id int REFERENCES parent, note text);
INSERT INTO parent VALUES (1, 'a'), (2, 'b');
INSERT INTO child VALUES (10, 1, 'x');`;

// ---------------------------------------------------------------- key value kinds in the detail
const KEYS: readonly (readonly [string, string, string, string])[] = [
  ['int', 'int', '1', '99'],
  ['bigint', 'bigint', '1', '9007199254740993'],
  ['text quote', 'text', "'a'", "'O''Neil'"],
  ['text unicode', 'text', "'a'", "'Zürich'"],
  ['text emoji', 'text', "'a'", "'🙂'"],
  ['text long', 'text', "'a'", "repeat('k', 300)"],
  ['uuid', 'uuid', "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'", "'b0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'"],
  ['date', 'date', "'2024-01-01'", "'2024-12-31'"],
  ['numeric', 'numeric', '1.50', '2.250'],
  ['varchar', 'varchar(10)', "'a'", "'zz'"],
  ['char', 'char(4)', "'a'", "'zz'"],
  ['timestamptz', 'timestamptz', "'2024-01-01 00:00+00'", "'2024-06-01 12:00+02'"],
  ['boolean', 'boolean', 'true', 'false'],
  ['enum', 'color', "'red'", "'blue'"],
  ['smallint', 'smallint', '1', '2'],
];
for (const [label, type, ok, missing] of KEYS) {
  const setup = `CREATE TYPE color AS ENUM ('red', 'blue');
CREATE TABLE pk (k ${type} PRIMARY KEY); CREATE TABLE fk (id serial, k ${type} REFERENCES pk);
INSERT INTO pk VALUES (${ok}); INSERT INTO fk (k) VALUES (${ok});`;
  add(`missing parent key ${label}`, [`INSERT INTO fk (k) VALUES (${missing})`], setup);
  add(`delete parent key ${label}`, ['DELETE FROM pk'], setup);
  add(`update parent key ${label}`, [`UPDATE pk SET k = ${missing}`], setup);
}

// ---------------------------------------------------------------- parameters
list.params('param missing parent', 'INSERT INTO child VALUES ($1, $2, $3)', [11, 99, 'n'], BASE);
list.params(
  'param missing parent text int',
  'INSERT INTO child VALUES ($1, $2, $3)',
  ['11', '99', null],
  BASE,
);
list.params('param delete referenced', 'DELETE FROM parent WHERE id = $1', [1], BASE);
list.params('param update child to missing', 'UPDATE child SET parent_id = $1 WHERE id = $2', [5, 10], BASE);
list.params(
  'param null parent ok',
  'INSERT INTO child VALUES ($1, $2, $3) RETURNING parent_id',
  [11, null, 'n'],
  BASE,
);
list.params(
  'param upsert into missing parent',
  'INSERT INTO child VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET parent_id = excluded.parent_id',
  [10, 77],
  BASE,
);

// ---------------------------------------------------------------- statement shapes
add('insert select some missing', ['INSERT INTO child SELECT g, g FROM generate_series(11, 13) g'], BASE);
add(
  'insert multi row fk fails second',
  ["INSERT INTO child VALUES (11, 1, 'a'), (12, 5, 'b')", 'SELECT count(*) AS n FROM child'],
  BASE,
);
add(
  'update many children one missing',
  ['INSERT INTO child VALUES (11, 2)', 'UPDATE child SET parent_id = parent_id + 1'],
  BASE,
);
add(
  'delete parent with where subquery',
  ['DELETE FROM parent WHERE id IN (SELECT parent_id FROM child)'],
  BASE,
);
add('delete unreferenced parent ok', ['DELETE FROM parent WHERE id = 2 RETURNING id'], BASE);
add(
  'update parent non-key column ok',
  ["UPDATE parent SET code = 'zz' WHERE id = 1 RETURNING id, code"],
  BASE,
);
add('update parent key to same value ok', ['UPDATE parent SET id = id WHERE id = 1 RETURNING id'], BASE);
add('update parent key swap', ['UPDATE parent SET id = 3 - id'], BASE);
add(
  'delete parent and child same statement via cte',
  ['WITH c AS (DELETE FROM child WHERE parent_id = 1) DELETE FROM parent WHERE id = 1'],
  BASE,
);
add(
  'delete child then parent in cte reversed',
  ['WITH p AS (DELETE FROM parent WHERE id = 1) DELETE FROM child WHERE parent_id = 1'],
  BASE,
);
add(
  'insert parent and child in one cte',
  [
    "WITH p AS (INSERT INTO parent VALUES (3, 'c') RETURNING id) INSERT INTO child SELECT 11, id FROM p",
    'SELECT id, parent_id FROM child ORDER BY id',
  ],
  BASE,
);
add('truncate child then parent', ['TRUNCATE child, parent', 'SELECT count(*) AS n FROM parent'], BASE);
add('truncate parent only', ['TRUNCATE parent'], BASE);
add('truncate parent cascade', ['TRUNCATE parent CASCADE', 'SELECT count(*) AS n FROM child'], BASE);
add('delete using join', ['DELETE FROM parent p USING child c WHERE c.parent_id = p.id'], BASE);
add(
  'merge-free upsert into parent keeps children',
  [
    "INSERT INTO parent VALUES (1, 'q') ON CONFLICT (id) DO UPDATE SET code = excluded.code",
    'SELECT code FROM parent WHERE id = 1',
  ],
  BASE,
);
add(
  'upsert parent key change via do update',
  ["INSERT INTO parent VALUES (1, 'q') ON CONFLICT (id) DO UPDATE SET id = 9"],
  BASE,
);

// ---------------------------------------------------------------- fk to unique non-pk and composite
add('fk to unique code detail', [
  'CREATE TABLE p2 (id int PRIMARY KEY, code text UNIQUE)',
  'CREATE TABLE c2 (code text REFERENCES p2 (code))',
  "INSERT INTO c2 VALUES ('nope')",
]);
add('composite fk detail order', [
  'CREATE TABLE p3 (a int, b text, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (x text, y int, FOREIGN KEY (y, x) REFERENCES p3 (a, b))',
  "INSERT INTO c3 VALUES ('q', 1)",
]);
add('composite fk referenced order differs from pk', [
  'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (x int, y int, FOREIGN KEY (x, y) REFERENCES p3 (b, a))',
  'INSERT INTO p3 VALUES (1, 2)',
  'INSERT INTO c3 VALUES (2, 1)',
  'INSERT INTO c3 VALUES (1, 2)',
]);
add('composite delete parent detail', [
  'CREATE TABLE p3 (a int, b text, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (a int, b text, FOREIGN KEY (a, b) REFERENCES p3)',
  "INSERT INTO p3 VALUES (1, 'q')",
  "INSERT INTO c3 VALUES (1, 'q')",
  'DELETE FROM p3',
]);
add('match simple partial null passes', [
  'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (a int, b int, FOREIGN KEY (a, b) REFERENCES p3)',
  'INSERT INTO c3 VALUES (5, NULL) RETURNING a, b',
]);
add('match full all null passes', [
  'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (a int, b int, FOREIGN KEY (a, b) REFERENCES p3 MATCH FULL)',
  'INSERT INTO c3 VALUES (NULL, NULL) RETURNING a, b',
]);
add('match full partial null detail', [
  'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (a int, b int, CONSTRAINT c3_full FOREIGN KEY (a, b) REFERENCES p3 MATCH FULL)',
  'INSERT INTO c3 VALUES (NULL, 5)',
]);
add('match full update to partial null', [
  'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (a int, b int, FOREIGN KEY (a, b) REFERENCES p3 MATCH FULL)',
  'INSERT INTO p3 VALUES (1, 1)',
  'INSERT INTO c3 VALUES (1, 1)',
  'UPDATE c3 SET b = NULL',
]);
add('match full add constraint on partial null rows', [
  'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (a int, b int)',
  'INSERT INTO c3 VALUES (1, NULL)',
  'ALTER TABLE c3 ADD FOREIGN KEY (a, b) REFERENCES p3 MATCH FULL',
]);
add('match partial refused', [
  'CREATE TABLE p3 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c3 (a int, b int, FOREIGN KEY (a, b) REFERENCES p3 MATCH PARTIAL)',
]);

// ---------------------------------------------------------------- referential actions
const ACT = (action: string, extra = '') => `CREATE TABLE pa (id int PRIMARY KEY, alt int UNIQUE);
CREATE TABLE ch (id int PRIMARY KEY, pa_id int DEFAULT 0 ${extra} REFERENCES pa ON DELETE ${action} ON UPDATE ${action}, tag text);
INSERT INTO pa VALUES (0, 0), (1, 1), (2, 2);
INSERT INTO ch VALUES (10, 1, 'a'), (11, 1, 'b'), (12, 2, 'c');`;
for (const action of ['CASCADE', 'SET NULL', 'SET DEFAULT', 'RESTRICT', 'NO ACTION']) {
  add(
    `on ${action}: delete parent`,
    ['DELETE FROM pa WHERE id = 1', 'SELECT id, pa_id FROM ch ORDER BY id'],
    ACT(action),
  );
  add(
    `on ${action}: update parent key`,
    ['UPDATE pa SET id = 5 WHERE id = 1', 'SELECT id, pa_id FROM ch ORDER BY id'],
    ACT(action),
  );
  add(
    `on ${action}: delete all parents`,
    ['DELETE FROM pa', 'SELECT id, pa_id FROM ch ORDER BY id'],
    ACT(action),
  );
  add(
    `on ${action}: in savepoint then rollback`,
    [
      'BEGIN',
      'SAVEPOINT s',
      'DELETE FROM pa WHERE id = 2',
      'ROLLBACK TO s',
      'COMMIT',
      'SELECT id, pa_id FROM ch ORDER BY id',
      'SELECT id FROM pa ORDER BY id',
    ],
    ACT(action),
  );
  add(`on ${action}: returning of parent delete`, ['DELETE FROM pa WHERE id = 2 RETURNING id'], ACT(action));
}
add(
  'set default default missing in parent',
  ['DELETE FROM pa WHERE id = 0', 'DELETE FROM pa WHERE id = 1'],
  ACT('SET DEFAULT'),
);
add('set default with no default gives null', [
  'CREATE TABLE pa (id int PRIMARY KEY)',
  'CREATE TABLE ch (id int, pa_id int REFERENCES pa ON DELETE SET DEFAULT)',
  'INSERT INTO pa VALUES (1)',
  'INSERT INTO ch VALUES (1, 1)',
  'DELETE FROM pa',
  'SELECT id, pa_id FROM ch',
]);
add('set null into not null column', [
  'CREATE TABLE pa (id int PRIMARY KEY)',
  'CREATE TABLE ch (id int, pa_id int NOT NULL REFERENCES pa ON DELETE SET NULL)',
  'INSERT INTO pa VALUES (1)',
  'INSERT INTO ch VALUES (1, 1)',
  'DELETE FROM pa',
]);
add('set null violates check on child', [
  'CREATE TABLE pa (id int PRIMARY KEY)',
  'CREATE TABLE ch (id int, pa_id int REFERENCES pa ON DELETE SET NULL, CONSTRAINT ch_has CHECK (pa_id IS NOT NULL OR id < 0))',
  'INSERT INTO pa VALUES (1)',
  'INSERT INTO ch VALUES (1, 1)',
  'DELETE FROM pa',
]);
const COLS = `CREATE TABLE tenants (tenant_id int PRIMARY KEY);
CREATE TABLE users (tenant_id int REFERENCES tenants ON DELETE CASCADE, user_id int, PRIMARY KEY (tenant_id, user_id));
CREATE TABLE posts (tenant_id int REFERENCES tenants ON DELETE CASCADE, post_id int, author_id int,
  PRIMARY KEY (tenant_id, post_id),
  FOREIGN KEY (tenant_id, author_id) REFERENCES users ON DELETE SET NULL (author_id));
INSERT INTO tenants VALUES (1), (2);
INSERT INTO users VALUES (1, 100), (1, 101), (2, 200);
INSERT INTO posts VALUES (1, 1, 100), (1, 2, 101), (2, 3, 200);`;
add(
  'set null column list keeps tenant',
  [
    'DELETE FROM users WHERE user_id = 100',
    'SELECT tenant_id, post_id, author_id FROM posts ORDER BY post_id',
  ],
  COLS,
);
add(
  'set null column list tenant cascade',
  [
    'DELETE FROM tenants WHERE tenant_id = 1',
    'SELECT tenant_id, post_id, author_id FROM posts ORDER BY post_id',
  ],
  COLS,
);
add('set null column list update refused', [
  'CREATE TABLE a (x int, y int, PRIMARY KEY (x, y))',
  'CREATE TABLE b (x int, y int, FOREIGN KEY (x, y) REFERENCES a ON UPDATE SET NULL (y))',
]);
add('set null column list not in fk', [
  'CREATE TABLE a (x int, y int, PRIMARY KEY (x, y))',
  'CREATE TABLE b (x int, y int, z int, FOREIGN KEY (x, y) REFERENCES a ON DELETE SET NULL (z))',
]);
add('set default column list', [
  'CREATE TABLE a (x int, y int, PRIMARY KEY (x, y))',
  'CREATE TABLE b (x int, y int DEFAULT 0, FOREIGN KEY (x, y) REFERENCES a ON DELETE SET DEFAULT (y))',
  'INSERT INTO a VALUES (1, 0), (1, 5)',
  'INSERT INTO b VALUES (1, 5)',
  'DELETE FROM a WHERE y = 5',
  'SELECT x, y FROM b',
]);
add('set default column list default missing', [
  'CREATE TABLE a (x int, y int, PRIMARY KEY (x, y))',
  'CREATE TABLE b (x int, y int DEFAULT 0, FOREIGN KEY (x, y) REFERENCES a ON DELETE SET DEFAULT (y))',
  'INSERT INTO a VALUES (1, 5)',
  'INSERT INTO b VALUES (1, 5)',
  'DELETE FROM a WHERE y = 5',
]);
add(
  'set null column list in pg_get_constraintdef',
  [
    "SELECT pg_get_constraintdef(oid) AS d FROM pg_constraint WHERE conname = 'posts_tenant_id_author_id_fkey'",
  ],
  COLS,
);
add('cascade chain three levels', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (id int PRIMARY KEY, l1 int REFERENCES l1 ON DELETE CASCADE)',
  'CREATE TABLE l3 (id int PRIMARY KEY, l2 int REFERENCES l2 ON DELETE CASCADE)',
  'INSERT INTO l1 VALUES (1), (2)',
  'INSERT INTO l2 VALUES (10, 1), (20, 2)',
  'INSERT INTO l3 VALUES (100, 10), (200, 20)',
  'DELETE FROM l1 WHERE id = 1',
  'SELECT id FROM l3 ORDER BY id',
]);
add('cascade chain blocked by restrict at leaf', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (id int PRIMARY KEY, l1 int REFERENCES l1 ON DELETE CASCADE)',
  'CREATE TABLE l3 (id int PRIMARY KEY, l2 int REFERENCES l2 ON DELETE RESTRICT)',
  'INSERT INTO l1 VALUES (1)',
  'INSERT INTO l2 VALUES (10, 1)',
  'INSERT INTO l3 VALUES (100, 10)',
  'DELETE FROM l1',
  'SELECT count(*) AS n FROM l2',
]);
add('cascade chain blocked by no action at leaf', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (id int PRIMARY KEY, l1 int REFERENCES l1 ON DELETE CASCADE)',
  'CREATE TABLE l3 (id int PRIMARY KEY, l2 int REFERENCES l2)',
  'INSERT INTO l1 VALUES (1)',
  'INSERT INTO l2 VALUES (10, 1)',
  'INSERT INTO l3 VALUES (100, 10)',
  'DELETE FROM l1',
]);
add('on update cascade chain', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (id int PRIMARY KEY, l1 int REFERENCES l1 ON UPDATE CASCADE)',
  'INSERT INTO l1 VALUES (1)',
  'INSERT INTO l2 VALUES (10, 1)',
  'UPDATE l1 SET id = 7',
  'SELECT id, l1 FROM l2',
]);
add('on update cascade into child check failure', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (id int PRIMARY KEY, l1 int REFERENCES l1 ON UPDATE CASCADE CHECK (l1 < 5))',
  'INSERT INTO l1 VALUES (1)',
  'INSERT INTO l2 VALUES (10, 1)',
  'UPDATE l1 SET id = 7',
]);
add('on update cascade into child unique failure', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (id int PRIMARY KEY, l1 int UNIQUE REFERENCES l1 ON UPDATE CASCADE)',
  'INSERT INTO l1 VALUES (1), (2)',
  'INSERT INTO l2 VALUES (10, 1), (20, 2)',
  'UPDATE l1 SET id = 2 WHERE id = 1',
]);
add('restrict vs no action deferred', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (l1 int REFERENCES l1 ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO l1 VALUES (1)',
  'INSERT INTO l2 VALUES (1)',
  'BEGIN',
  'DELETE FROM l1',
  'ROLLBACK',
]);
add('no action deferred allows reinsert', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (l1 int REFERENCES l1 DEFERRABLE INITIALLY DEFERRED)',
  'INSERT INTO l1 VALUES (1)',
  'INSERT INTO l2 VALUES (1)',
  'BEGIN',
  'DELETE FROM l1',
  'INSERT INTO l1 VALUES (1)',
  'COMMIT',
  'SELECT count(*) AS n FROM l1',
]);
add('no action immediate delete then reinsert in one statement', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (l1 int REFERENCES l1)',
  'INSERT INTO l1 VALUES (1), (2)',
  'INSERT INTO l2 VALUES (1)',
  'UPDATE l1 SET id = 3 - id',
  'SELECT id FROM l1 ORDER BY id',
]);
add('restrict update swap fails', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (l1 int REFERENCES l1 ON UPDATE RESTRICT)',
  'INSERT INTO l1 VALUES (1), (2)',
  'INSERT INTO l2 VALUES (1)',
  'UPDATE l1 SET id = 3 - id',
]);

// ---------------------------------------------------------------- self reference
const SELF = `CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node ON DELETE CASCADE, name text);
INSERT INTO node VALUES (1, NULL, 'root'), (2, 1, 'a'), (3, 2, 'b');`;
add('self: insert orphan', ["INSERT INTO node VALUES (9, 8, 'x')"], SELF);
add('self: cascade subtree', ['DELETE FROM node WHERE id = 2', 'SELECT id FROM node ORDER BY id'], SELF);
add('self: row references itself', ["INSERT INTO node VALUES (5, 5, 'me') RETURNING id, parent"], SELF);
add('self: update pk of referenced node', ['UPDATE node SET id = 20 WHERE id = 2'], SELF);
add(
  'self: multi row insert parent after child',
  ["INSERT INTO node VALUES (11, 10, 'c'), (10, 1, 'p')", 'SELECT count(*) AS n FROM node'],
  SELF,
);
add('self no action delete middle', [
  'CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node)',
  'INSERT INTO node VALUES (1, NULL), (2, 1)',
  'DELETE FROM node WHERE id = 1',
]);
add('self no action delete both in one statement', [
  'CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node)',
  'INSERT INTO node VALUES (1, NULL), (2, 1)',
  'DELETE FROM node',
  'SELECT count(*) AS n FROM node',
]);
add('self set null', [
  'CREATE TABLE node (id int PRIMARY KEY, parent int REFERENCES node ON DELETE SET NULL)',
  'INSERT INTO node VALUES (1, NULL), (2, 1), (3, 1)',
  'DELETE FROM node WHERE id = 1',
  'SELECT id, parent FROM node ORDER BY id',
]);

// ---------------------------------------------------------------- deferred at commit
const DEF = `CREATE TABLE dp (id int PRIMARY KEY);
CREATE TABLE dc (id int, dp_id int CONSTRAINT dc_dp_fk REFERENCES dp DEFERRABLE INITIALLY DEFERRED);
INSERT INTO dp VALUES (1);`;
add(
  'deferred: commit detail names key',
  ['BEGIN', 'INSERT INTO dc VALUES (1, 5)', 'COMMIT', 'SELECT count(*) AS n FROM dc'],
  DEF,
);
add(
  'deferred: parent inserted later',
  [
    'BEGIN',
    'INSERT INTO dc VALUES (1, 5)',
    'INSERT INTO dp VALUES (5)',
    'COMMIT',
    'SELECT count(*) AS n FROM dc',
  ],
  DEF,
);
add(
  'deferred: set constraints immediate checks now',
  ['BEGIN', 'INSERT INTO dc VALUES (1, 5)', 'SET CONSTRAINTS dc_dp_fk IMMEDIATE', 'ROLLBACK'],
  DEF,
);
add(
  'deferred: delete parent then commit',
  ['INSERT INTO dc VALUES (1, 1)', 'BEGIN', 'DELETE FROM dp', 'COMMIT'],
  DEF,
);
add('deferred: autocommit insert fails', ['INSERT INTO dc VALUES (1, 5)'], DEF);
add(
  'deferred: child fixed before commit',
  ['BEGIN', 'INSERT INTO dc VALUES (1, 5)', 'UPDATE dc SET dp_id = 1', 'COMMIT', 'SELECT dp_id FROM dc'],
  DEF,
);
add(
  'deferred: child deleted before commit',
  ['BEGIN', 'INSERT INTO dc VALUES (1, 5)', 'DELETE FROM dc', 'COMMIT', 'SELECT count(*) AS n FROM dc'],
  DEF,
);
add(
  'deferred: rollback to savepoint drops pending',
  [
    'BEGIN',
    'SAVEPOINT s',
    'INSERT INTO dc VALUES (1, 5)',
    'ROLLBACK TO SAVEPOINT s',
    'COMMIT',
    'SELECT count(*) AS n FROM dc',
  ],
  DEF,
);
add('deferred: set constraints all deferred on initially immediate', [
  'CREATE TABLE dp (id int PRIMARY KEY)',
  'CREATE TABLE dc (dp_id int REFERENCES dp DEFERRABLE)',
  'BEGIN',
  'SET CONSTRAINTS ALL DEFERRED',
  'INSERT INTO dc VALUES (9)',
  'INSERT INTO dp VALUES (9)',
  'COMMIT',
  'SELECT count(*) AS n FROM dc',
]);
add('deferred: not deferrable ignores set constraints all deferred', [
  'CREATE TABLE dp (id int PRIMARY KEY)',
  'CREATE TABLE dc (dp_id int REFERENCES dp)',
  'BEGIN',
  'SET CONSTRAINTS ALL DEFERRED',
  'INSERT INTO dc VALUES (9)',
  'ROLLBACK',
]);
add('deferred: two violations first reported', [
  'CREATE TABLE dp (id int PRIMARY KEY)',
  'CREATE TABLE dc (dp_id int REFERENCES dp DEFERRABLE INITIALLY DEFERRED)',
  'BEGIN',
  'INSERT INTO dc VALUES (7)',
  'INSERT INTO dc VALUES (8)',
  'COMMIT',
]);
add(
  'deferred: commit and chain after violation',
  ['BEGIN', 'INSERT INTO dc VALUES (1, 5)', 'COMMIT AND CHAIN', 'SELECT 1 AS x', 'ROLLBACK'],
  DEF,
);
add(
  'deferred: extended protocol commit',
  ['BEGIN', withParams('INSERT INTO dc VALUES ($1, $2)', 1, 6), withParams('COMMIT')],
  DEF,
);

// ---------------------------------------------------------------- adding constraints and DDL failures
add('add fk not valid then validate fails', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id int)',
  'INSERT INTO c VALUES (3)',
  'ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p NOT VALID',
  'INSERT INTO c VALUES (4)',
  'ALTER TABLE c VALIDATE CONSTRAINT c_p',
]);
add('add fk not valid new rows checked', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id int)',
  'INSERT INTO c VALUES (3)',
  'ALTER TABLE c ADD CONSTRAINT c_p FOREIGN KEY (p_id) REFERENCES p NOT VALID',
  'SELECT convalidated FROM pg_constraint WHERE conname = $$c_p$$',
  'INSERT INTO p VALUES (3)',
  'ALTER TABLE c VALIDATE CONSTRAINT c_p',
  'SELECT convalidated FROM pg_constraint WHERE conname = $$c_p$$',
]);
add('add fk validation detail', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id int)',
  'INSERT INTO c VALUES (3), (4)',
  'ALTER TABLE c ADD FOREIGN KEY (p_id) REFERENCES p',
]);
add('fk referencing column type mismatch text to int', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id text REFERENCES p)',
]);
add('fk bigint to int allowed', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id bigint REFERENCES p)',
  'INSERT INTO c VALUES (5000000000)',
]);
add('fk drop parent table fails 2BP01 detail', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id int REFERENCES p)',
  'DROP TABLE p',
]);
add('fk to temp from permanent', [
  'CREATE TEMP TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id int REFERENCES p)',
]);
add('fk disabled by session_replication_role absent', [
  'CREATE TABLE p (id int PRIMARY KEY)',
  'CREATE TABLE c (p_id int REFERENCES p)',
  'ALTER TABLE c DISABLE TRIGGER ALL',
]);

// ---------------------------------------------------------------- nothing lost
add(
  'nothing lost: failed child insert in savepoint',
  [
    'BEGIN',
    "INSERT INTO parent VALUES (3, 'c')",
    'SAVEPOINT s',
    'INSERT INTO child VALUES (11, 99)',
    'ROLLBACK TO SAVEPOINT s',
    'INSERT INTO child VALUES (11, 3)',
    'COMMIT',
    'SELECT id, parent_id FROM child ORDER BY id',
  ],
  BASE,
);
add(
  'nothing lost: failed parent delete keeps parent',
  [
    'BEGIN',
    'SAVEPOINT s',
    'DELETE FROM parent',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT id FROM parent ORDER BY id',
  ],
  BASE,
);
add(
  'nothing lost: 25P02 after fk error',
  [
    'BEGIN',
    'INSERT INTO child VALUES (11, 99)',
    'SELECT 1 AS x',
    'ROLLBACK',
    'SELECT count(*) AS n FROM child',
  ],
  BASE,
);
add('nothing lost: cascade undone by rollback', [
  'CREATE TABLE l1 (id int PRIMARY KEY)',
  'CREATE TABLE l2 (id int, l1 int REFERENCES l1 ON DELETE CASCADE)',
  'INSERT INTO l1 VALUES (1)',
  'INSERT INTO l2 VALUES (1, 1), (2, 1)',
  'BEGIN',
  'DELETE FROM l1',
  'ROLLBACK',
  'SELECT count(*) AS n FROM l2',
]);

export default list.cases;
