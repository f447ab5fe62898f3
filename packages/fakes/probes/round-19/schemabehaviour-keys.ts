// Round 19 probe, schema behaviour part 6: foreign keys (every ON DELETE / ON UPDATE action, SET
// NULL / SET DEFAULT with a column list (new in 15), MATCH FULL vs SIMPLE, self-references, deferred
// keys), generated columns and identity columns, as PostgreSQL 15 chapters 5.3, 5.4.5 and CREATE
// TABLE describe them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r19 schemabehaviour: keys: ');
const k = (name: string, steps: string[], setup?: string) => list.add(name, steps, setup);
const P = `CREATE TABLE parent (id int PRIMARY KEY, name text);
INSERT INTO parent VALUES (1, 'one'), (2, 'two'), (3, 'three');`;
const fk = (action: string, rows = '(10, 1), (11, 1), (12, 2)') => `${P}
CREATE TABLE child (id int PRIMARY KEY, pid int DEFAULT 3 REFERENCES parent ${action});
INSERT INTO child VALUES ${rows};`;

for (const [label, action] of [
  ['no action', ''],
  ['explicit no action', 'ON DELETE NO ACTION ON UPDATE NO ACTION'],
  ['restrict', 'ON DELETE RESTRICT ON UPDATE RESTRICT'],
  ['cascade', 'ON DELETE CASCADE ON UPDATE CASCADE'],
  ['set null', 'ON DELETE SET NULL ON UPDATE SET NULL'],
  ['set default', 'ON DELETE SET DEFAULT ON UPDATE SET DEFAULT'],
] as const) {
  k(
    `${label}: delete referenced parent`,
    ['DELETE FROM parent WHERE id = 1', 'SELECT * FROM child ORDER BY id'],
    fk(action),
  );
  k(
    `${label}: update referenced key`,
    ['UPDATE parent SET id = 100 WHERE id = 2', 'SELECT * FROM child ORDER BY id'],
    fk(action),
  );
  k(
    `${label}: delete unreferenced parent`,
    ['DELETE FROM parent WHERE id = 3 RETURNING id'],
    fk(action, '(10, 1)'),
  );
  k(`${label}: update non key column`, ["UPDATE parent SET name = 'x' WHERE id = 1 RETURNING *"], fk(action));
  k(`${label}: delete all parents`, ['DELETE FROM parent', 'SELECT * FROM child ORDER BY id'], fk(action));
  k(`${label}: insert orphan 23503`, ['INSERT INTO child VALUES (20, 99)'], fk(action));
  k(`${label}: insert null fk`, ['INSERT INTO child VALUES (20, NULL) RETURNING *'], fk(action));
  k(`${label}: update child to orphan 23503`, ['UPDATE child SET pid = 42 WHERE id = 10'], fk(action));
  k(`${label}: truncate parent 0A000`, ['TRUNCATE parent'], fk(action));
  k(
    `${label}: truncate parent cascade`,
    ['TRUNCATE parent CASCADE', 'SELECT count(*) FROM child'],
    fk(action),
  );
  k(
    `${label}: update key to same value`,
    ['UPDATE parent SET id = id WHERE id = 1 RETURNING id', 'SELECT count(*) FROM child'],
    fk(action),
  );
}
k(
  'restrict in deferred transaction still immediate',
  ['BEGIN', 'DELETE FROM parent WHERE id = 1', 'ROLLBACK'],
  fk('ON DELETE RESTRICT DEFERRABLE INITIALLY DEFERRED'),
);
k(
  'no action deferred allows fix before commit',
  [
    'BEGIN',
    'DELETE FROM parent WHERE id = 1',
    "INSERT INTO parent VALUES (1, 'again')",
    'COMMIT',
    'SELECT count(*) FROM child',
  ],
  fk('DEFERRABLE INITIALLY DEFERRED'),
);
k(
  'no action deferred fails at commit',
  [
    'BEGIN',
    'DELETE FROM parent WHERE id = 1',
    'SELECT count(*) FROM parent',
    'COMMIT',
    'SELECT count(*) FROM parent',
  ],
  fk('DEFERRABLE INITIALLY DEFERRED'),
);
k(
  'deferred fk insert child first',
  [
    'BEGIN',
    'INSERT INTO child VALUES (30, 7)',
    "INSERT INTO parent VALUES (7, 'seven')",
    'COMMIT',
    'SELECT * FROM child WHERE id = 30',
  ],
  fk('DEFERRABLE INITIALLY DEFERRED'),
);
k(
  'deferrable initially immediate set constraints all deferred',
  [
    'BEGIN',
    'SET CONSTRAINTS ALL DEFERRED',
    'INSERT INTO child VALUES (30, 7)',
    'SET CONSTRAINTS ALL IMMEDIATE',
    'ROLLBACK',
  ],
  fk('DEFERRABLE'),
);
k('set null column list pg15', [
  'CREATE TABLE t2 (tenant int, id int, PRIMARY KEY (tenant, id))',
  'INSERT INTO t2 VALUES (1, 1), (1, 2)',
  'CREATE TABLE c2 (tenant int, pid int, FOREIGN KEY (tenant, pid) REFERENCES t2 ON DELETE SET NULL (pid))',
  'INSERT INTO c2 VALUES (1, 1), (1, 2)',
  'DELETE FROM t2 WHERE id = 1',
  'SELECT * FROM c2 ORDER BY pid NULLS FIRST',
]);
k('set default column list pg15', [
  'CREATE TABLE t2 (tenant int, id int, PRIMARY KEY (tenant, id))',
  'INSERT INTO t2 VALUES (1, 0), (1, 1)',
  'CREATE TABLE c2 (tenant int, pid int DEFAULT 0, FOREIGN KEY (tenant, pid) REFERENCES t2 ON DELETE SET DEFAULT (pid))',
  'INSERT INTO c2 VALUES (1, 1)',
  'DELETE FROM t2 WHERE id = 1',
  'SELECT * FROM c2',
]);
k('set null column list on update is syntax error', [
  'CREATE TABLE t2 (tenant int, id int, PRIMARY KEY (tenant, id))',
  'CREATE TABLE c2 (tenant int, pid int, FOREIGN KEY (tenant, pid) REFERENCES t2 ON UPDATE SET NULL (pid))',
]);
k('set null column list with column not in key', [
  'CREATE TABLE t2 (tenant int, id int, PRIMARY KEY (tenant, id))',
  'CREATE TABLE c2 (tenant int, pid int, other int, FOREIGN KEY (tenant, pid) REFERENCES t2 ON DELETE SET NULL (other))',
]);
k('set null column list unknown column', [
  'CREATE TABLE t2 (tenant int, id int, PRIMARY KEY (tenant, id))',
  'CREATE TABLE c2 (tenant int, pid int, FOREIGN KEY (tenant, pid) REFERENCES t2 ON DELETE SET NULL (nope))',
]);
k('set null column list constraintdef', [
  'CREATE TABLE t2 (tenant int, id int, PRIMARY KEY (tenant, id))',
  'CREATE TABLE c2 (tenant int, pid int, CONSTRAINT fk FOREIGN KEY (tenant, pid) REFERENCES t2 ON DELETE SET NULL (pid))',
  "SELECT pg_get_constraintdef(oid), confdelsetcols FROM pg_constraint WHERE conname = 'fk'",
]);
k(
  'set default to missing parent 23503',
  ['DELETE FROM parent WHERE id = 3', 'DELETE FROM parent WHERE id = 1'],
  fk('ON DELETE SET DEFAULT'),
);
k(
  'set null on not null column 23502',
  [
    `CREATE TABLE c3 (id int, pid int NOT NULL REFERENCES parent ON DELETE SET NULL)`,
    'INSERT INTO c3 VALUES (1, 1)',
    'DELETE FROM parent WHERE id = 1',
  ],
  P,
);
k(
  'cascade delete chain',
  [
    'CREATE TABLE c1 (id int PRIMARY KEY, pid int REFERENCES parent ON DELETE CASCADE)',
    'CREATE TABLE c2 (id int, cid int REFERENCES c1 ON DELETE CASCADE)',
    'INSERT INTO c1 VALUES (10, 1), (11, 2)',
    'INSERT INTO c2 VALUES (100, 10), (101, 11)',
    'DELETE FROM parent WHERE id = 1',
    'SELECT id FROM c2',
  ],
  P,
);
k(
  'cascade then restrict in chain 23503',
  [
    'CREATE TABLE c1 (id int PRIMARY KEY, pid int REFERENCES parent ON DELETE CASCADE)',
    'CREATE TABLE c2 (id int, cid int REFERENCES c1 ON DELETE RESTRICT)',
    'INSERT INTO c1 VALUES (10, 1)',
    'INSERT INTO c2 VALUES (100, 10)',
    'DELETE FROM parent WHERE id = 1',
  ],
  P,
);
k('match simple allows partial null', [
  'CREATE TABLE t2 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES t2 MATCH SIMPLE)',
  'INSERT INTO c2 VALUES (1, NULL), (NULL, 5) RETURNING *',
]);
k('match full rejects partial null 23503', [
  'CREATE TABLE t2 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES t2 MATCH FULL)',
  'INSERT INTO c2 VALUES (1, NULL)',
]);
k('match full allows all null', [
  'CREATE TABLE t2 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES t2 MATCH FULL)',
  'INSERT INTO c2 VALUES (NULL, NULL) RETURNING *',
]);
k('match partial not implemented 0A000', [
  'CREATE TABLE t2 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c2 (a int, b int, FOREIGN KEY (a, b) REFERENCES t2 MATCH PARTIAL)',
]);
k('match full constraintdef and confmatchtype', [
  'CREATE TABLE t2 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c2 (a int, b int, CONSTRAINT fk FOREIGN KEY (a, b) REFERENCES t2 MATCH FULL ON DELETE CASCADE)',
  "SELECT pg_get_constraintdef(oid), confmatchtype, confdeltype, confupdtype FROM pg_constraint WHERE conname = 'fk'",
]);
k('information_schema referential_constraints', [
  'CREATE TABLE t2 (a int PRIMARY KEY)',
  'CREATE TABLE c2 (a int CONSTRAINT fk REFERENCES t2 ON DELETE SET NULL ON UPDATE CASCADE)',
  "SELECT constraint_name, unique_constraint_name, match_option, update_rule, delete_rule FROM information_schema.referential_constraints WHERE constraint_name = 'fk'",
]);
k('self reference cascade', [
  'CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree ON DELETE CASCADE)',
  'INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 2), (4, 1)',
  'DELETE FROM tree WHERE id = 2',
  'SELECT id FROM tree ORDER BY id',
]);
k('self reference same statement insert', [
  'CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree)',
  'INSERT INTO tree VALUES (2, 1), (1, NULL) RETURNING id',
]);
k('self reference row referencing itself', [
  'CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree)',
  'INSERT INTO tree VALUES (1, 1) RETURNING *',
  'DELETE FROM tree',
]);
k('self reference delete referenced no action 23503', [
  'CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree)',
  'INSERT INTO tree VALUES (1, NULL), (2, 1)',
  'DELETE FROM tree WHERE id = 1',
]);
k('self reference delete both in one statement', [
  'CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree)',
  'INSERT INTO tree VALUES (1, NULL), (2, 1)',
  'DELETE FROM tree RETURNING id',
]);
k('self reference update key cascade', [
  'CREATE TABLE tree (id int PRIMARY KEY, parent int REFERENCES tree ON UPDATE CASCADE)',
  'INSERT INTO tree VALUES (1, NULL), (2, 1), (3, 1)',
  'UPDATE tree SET id = 10 WHERE id = 1',
  'SELECT * FROM tree ORDER BY id',
]);
k('fk to non unique column 42830', ['CREATE TABLE t2 (a int)', 'CREATE TABLE c2 (a int REFERENCES t2 (a))']);
k('fk to table without pk 42830', ['CREATE TABLE t2 (a int)', 'CREATE TABLE c2 (a int REFERENCES t2)']);
k('fk type mismatch 42804', [
  'CREATE TABLE t2 (a int PRIMARY KEY)',
  'CREATE TABLE c2 (a text REFERENCES t2)',
]);
k('fk compatible types int8 to int4', [
  'CREATE TABLE t2 (a int PRIMARY KEY)',
  'CREATE TABLE c2 (a bigint REFERENCES t2)',
  'INSERT INTO t2 VALUES (1)',
  'INSERT INTO c2 VALUES (1), (2)',
]);
k('fk column count mismatch 42830', [
  'CREATE TABLE t2 (a int, b int, PRIMARY KEY (a, b))',
  'CREATE TABLE c2 (a int REFERENCES t2)',
]);
k('fk to unique constraint', [
  'CREATE TABLE t2 (a int UNIQUE)',
  'CREATE TABLE c2 (a int REFERENCES t2 (a))',
  'INSERT INTO c2 VALUES (1)',
]);
k('fk to partial unique index 42830', [
  'CREATE TABLE t2 (a int)',
  'CREATE UNIQUE INDEX ON t2 (a) WHERE a > 0',
  'CREATE TABLE c2 (a int REFERENCES t2 (a))',
]);
k(
  'add fk not valid then validate',
  [
    'CREATE TABLE c3 (pid int)',
    'INSERT INTO c3 VALUES (99)',
    'ALTER TABLE c3 ADD CONSTRAINT fk FOREIGN KEY (pid) REFERENCES parent NOT VALID',
    'INSERT INTO c3 VALUES (98)',
    'ALTER TABLE c3 VALIDATE CONSTRAINT fk',
  ],
  P,
);
k(
  'add fk with existing orphans 23503',
  [
    'CREATE TABLE c3 (pid int)',
    'INSERT INTO c3 VALUES (99)',
    'ALTER TABLE c3 ADD CONSTRAINT fk FOREIGN KEY (pid) REFERENCES parent',
  ],
  P,
);
k('drop referenced table 2BP01', ['DROP TABLE parent'], fk(''));
k(
  'drop referenced table cascade drops fk only',
  [
    'DROP TABLE parent CASCADE',
    'SELECT count(*) FROM child',
    "SELECT count(*) FROM pg_constraint WHERE contype = 'f'",
  ],
  fk(''),
);
k('drop referenced pk constraint 2BP01', ['ALTER TABLE parent DROP CONSTRAINT parent_pkey'], fk(''));
k('fk violation detail composite', [
  'CREATE TABLE t2 (a int, b text, PRIMARY KEY (a, b))',
  'CREATE TABLE c2 (a int, b text, FOREIGN KEY (a, b) REFERENCES t2)',
  "INSERT INTO c2 VALUES (1, 'x')",
]);
k('fk on delete error detail', ['DELETE FROM parent WHERE id = 2'], fk(''));
k('fk default constraint name', ["SELECT conname FROM pg_constraint WHERE contype = 'f'"], fk(''));
k('fk to temp from permanent 42P16', [
  'CREATE TEMP TABLE tt (a int PRIMARY KEY)',
  'CREATE TABLE c2 (a int REFERENCES tt)',
]);
k(
  'fk on update cascade multi level',
  [
    'CREATE TABLE c1 (id int PRIMARY KEY, pid int REFERENCES parent ON UPDATE CASCADE)',
    'CREATE TABLE c2 (id int, cid int REFERENCES c1 ON UPDATE CASCADE)',
    'INSERT INTO c1 VALUES (10, 1)',
    'INSERT INTO c2 VALUES (100, 10)',
    'UPDATE parent SET id = 50 WHERE id = 1',
    'UPDATE c1 SET id = 60',
    'SELECT * FROM c1',
    'SELECT * FROM c2',
  ],
  P,
);

// generated columns
const G = `CREATE TABLE g (a int, b int, total int GENERATED ALWAYS AS (a + b) STORED);
INSERT INTO g (a, b) VALUES (1, 2), (NULL, 5);`;
k('generated column computed', ['SELECT * FROM g ORDER BY a NULLS LAST'], G);
k('generated recomputed on update', ['UPDATE g SET a = 10 WHERE a = 1 RETURNING *'], G);
k('insert into generated column 428C9', ['INSERT INTO g VALUES (1, 2, 3)'], G);
k('insert default into generated column ok', ['INSERT INTO g VALUES (1, 2, DEFAULT) RETURNING *'], G);
k('update generated column 428C9', ['UPDATE g SET total = 0'], G);
k('update generated column to default ok', ['UPDATE g SET total = DEFAULT RETURNING total'], G);
k(
  'insert overriding system value into generated',
  ['INSERT INTO g OVERRIDING SYSTEM VALUE VALUES (1, 2, 3)'],
  G,
);
k('generated referencing generated 42P17', [
  'CREATE TABLE x (a int, b int GENERATED ALWAYS AS (a * 2) STORED, c int GENERATED ALWAYS AS (b * 2) STORED)',
]);
k('generated with volatile 42P17', [
  'CREATE TABLE x (a int, b float8 GENERATED ALWAYS AS (random()) STORED)',
]);
k('generated with subquery 0A000', ['CREATE TABLE x (a int, b int GENERATED ALWAYS AS ((SELECT 1)) STORED)']);
k('generated with aggregate 42803', ['CREATE TABLE x (a int, b int GENERATED ALWAYS AS (sum(a)) STORED)']);
k('generated virtual not supported in 15', ['CREATE TABLE x (a int, b int GENERATED ALWAYS AS (a * 2))']);
k('generated referencing system column', [
  'CREATE TABLE x (a int, b oid GENERATED ALWAYS AS (tableoid) STORED)',
]);
k('generated with default is error', [
  'CREATE TABLE x (a int, b int DEFAULT 1 GENERATED ALWAYS AS (a) STORED)',
]);
k('generated as part of pk', [
  'CREATE TABLE x (a int, b int GENERATED ALWAYS AS (a * 2) STORED PRIMARY KEY)',
  'INSERT INTO x (a) VALUES (1), (1)',
]);
k('generated check constraint', [
  'CREATE TABLE x (a int, b int GENERATED ALWAYS AS (a * 2) STORED CHECK (b < 10))',
  'INSERT INTO x (a) VALUES (4) RETURNING b',
  'INSERT INTO x (a) VALUES (5)',
]);
k('drop column used by generated 2BP01', ['ALTER TABLE g DROP COLUMN a'], G);
k(
  'drop column used by generated cascade',
  ['ALTER TABLE g DROP COLUMN a CASCADE', 'SELECT * FROM g ORDER BY b'],
  G,
);
k(
  'alter type of column used by generated',
  ['ALTER TABLE g ALTER COLUMN a TYPE bigint', 'SELECT * FROM g ORDER BY a NULLS LAST'],
  G,
);
k(
  'alter generated column drop expression',
  ['ALTER TABLE g ALTER COLUMN total DROP EXPRESSION', 'INSERT INTO g VALUES (1, 1, 99) RETURNING *'],
  G,
);
k('drop expression on non generated', ['ALTER TABLE g ALTER COLUMN a DROP EXPRESSION'], G);
k(
  'drop expression if exists on non generated',
  ['ALTER TABLE g ALTER COLUMN a DROP EXPRESSION IF EXISTS'],
  G,
);
k('set default on generated column', ['ALTER TABLE g ALTER COLUMN total SET DEFAULT 1'], G);
k(
  'generated column attgenerated and default expr',
  [
    "SELECT attname, attgenerated, pg_get_expr(adbin, adrelid) FROM pg_attribute LEFT JOIN pg_attrdef ON adrelid = attrelid AND adnum = attnum WHERE attrelid = 'g'::regclass AND attnum > 0 ORDER BY attnum",
  ],
  G,
);
k(
  'information_schema generated',
  [
    "SELECT column_name, is_generated, generation_expression FROM information_schema.columns WHERE table_name = 'g' ORDER BY ordinal_position",
  ],
  G,
);
k('on conflict update generated recomputed', [
  'CREATE TABLE x (id int PRIMARY KEY, a int, d int GENERATED ALWAYS AS (a * 10) STORED)',
  'INSERT INTO x (id, a) VALUES (1, 1)',
  'INSERT INTO x (id, a) VALUES (1, 2) ON CONFLICT (id) DO UPDATE SET a = excluded.a + 1 RETURNING *',
]);
k('generated visible in before trigger as null', [
  'CREATE TABLE x (a int, d int GENERATED ALWAYS AS (a * 10) STORED, seen text)',
  `CREATE FUNCTION gseen() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.seen := coalesce(NEW.d::text, 'null'); RETURN NEW; END $$`,
  'CREATE TRIGGER gseen BEFORE INSERT ON x FOR EACH ROW EXECUTE FUNCTION gseen()',
  'INSERT INTO x (a) VALUES (3) RETURNING *',
]);
k('generated column in copy list', ['COPY g (a, b, total) FROM STDIN'], G);
k('generated on partitioned table', [
  'CREATE TABLE pg (a int, d int GENERATED ALWAYS AS (a + 1) STORED) PARTITION BY RANGE (a)',
  'CREATE TABLE pg1 PARTITION OF pg FOR VALUES FROM (0) TO (10)',
  'INSERT INTO pg (a) VALUES (5) RETURNING *',
]);
k('generated with division error at insert', [
  'CREATE TABLE x (a int, d int GENERATED ALWAYS AS (10 / a) STORED)',
  'INSERT INTO x VALUES (0)',
]);
k('generated referencing whole row 0A000', [
  'CREATE TABLE x (a int, d text GENERATED ALWAYS AS (x::text) STORED)',
]);
k(
  'generated of other generated via add column',
  ['ALTER TABLE g ADD COLUMN t2 int GENERATED ALWAYS AS (total * 2) STORED'],
  G,
);
k(
  'add generated column computes existing rows',
  [
    'ALTER TABLE g ADD COLUMN prod int GENERATED ALWAYS AS (a * b) STORED',
    'SELECT * FROM g ORDER BY a NULLS LAST',
  ],
  G,
);

// identity columns
const I = `CREATE TABLE ia (id int GENERATED ALWAYS AS IDENTITY, v text);
CREATE TABLE ib (id bigint GENERATED BY DEFAULT AS IDENTITY (START WITH 10 INCREMENT BY 5), v text);`;
k('identity always assigns', ["INSERT INTO ia (v) VALUES ('a'), ('b') RETURNING *"], I);
k('identity always explicit value 428C9', ["INSERT INTO ia VALUES (5, 'x')"], I);
k(
  'identity always overriding system value',
  ["INSERT INTO ia OVERRIDING SYSTEM VALUE VALUES (5, 'x') RETURNING *"],
  I,
);
k(
  'identity always overriding user value',
  ["INSERT INTO ia OVERRIDING USER VALUE VALUES (5, 'x') RETURNING *"],
  I,
);
k('identity always update 428C9', ["INSERT INTO ia (v) VALUES ('a')", 'UPDATE ia SET id = 9'], I);
k(
  'identity always update to default',
  ["INSERT INTO ia (v) VALUES ('a')", 'UPDATE ia SET id = DEFAULT RETURNING id'],
  I,
);
k(
  'identity by default explicit value',
  ["INSERT INTO ib VALUES (1, 'x') RETURNING *", "INSERT INTO ib (v) VALUES ('y') RETURNING *"],
  I,
);
k('identity by default start increment', ["INSERT INTO ib (v) VALUES ('a'), ('b'), ('c') RETURNING id"], I);
k(
  'identity by default overriding user value',
  ["INSERT INTO ib OVERRIDING USER VALUE VALUES (1, 'x') RETURNING id"],
  I,
);
k('identity not null implied', ["INSERT INTO ib VALUES (NULL, 'x')"], I);
k('identity on text column 22023', ['CREATE TABLE x (id text GENERATED ALWAYS AS IDENTITY)']);
k('identity twice 42601', [
  'CREATE TABLE x (id int GENERATED ALWAYS AS IDENTITY GENERATED BY DEFAULT AS IDENTITY)',
]);
k('identity with default 42601', ['CREATE TABLE x (id int DEFAULT 1 GENERATED ALWAYS AS IDENTITY)']);
k(
  'identity pg_get_serial_sequence',
  ["SELECT pg_get_serial_sequence('ia', 'id'), pg_get_serial_sequence('ib', 'id')"],
  I,
);
k(
  'identity attidentity',
  [
    "SELECT attrelid::regclass, attidentity FROM pg_attribute WHERE attname = 'id' AND attrelid IN ('ia'::regclass, 'ib'::regclass) ORDER BY 1",
  ],
  I,
);
k(
  'identity information_schema',
  [
    "SELECT table_name, is_identity, identity_generation, identity_start, identity_increment, identity_maximum, identity_cycle FROM information_schema.columns WHERE column_name = 'id' AND table_name IN ('ia', 'ib') ORDER BY 1",
  ],
  I,
);
k(
  'alter identity set generated',
  ['ALTER TABLE ia ALTER COLUMN id SET GENERATED BY DEFAULT', "INSERT INTO ia VALUES (77, 'x') RETURNING id"],
  I,
);
k(
  'alter identity restart',
  [
    "INSERT INTO ib (v) VALUES ('a')",
    'ALTER TABLE ib ALTER COLUMN id RESTART WITH 100',
    "INSERT INTO ib (v) VALUES ('b') RETURNING id",
  ],
  I,
);
k(
  'alter identity set increment',
  [
    'ALTER TABLE ib ALTER COLUMN id SET INCREMENT BY 100',
    "INSERT INTO ib (v) VALUES ('a'), ('b') RETURNING id",
  ],
  I,
);
k('drop identity', ['ALTER TABLE ia ALTER COLUMN id DROP IDENTITY', "INSERT INTO ia (v) VALUES ('a')"], I);
k('drop identity if exists on non identity', ['ALTER TABLE ia ALTER COLUMN v DROP IDENTITY IF EXISTS'], I);
k('drop identity on non identity 55000', ['ALTER TABLE ia ALTER COLUMN v DROP IDENTITY'], I);
k(
  'add identity to nullable column 55000',
  ['ALTER TABLE ia ALTER COLUMN v ADD GENERATED ALWAYS AS IDENTITY'],
  I,
);
k(
  'add identity to existing identity 42611',
  ['ALTER TABLE ia ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY'],
  I,
);
k('add identity to not null int column', [
  'CREATE TABLE x (id int NOT NULL, v text)',
  "INSERT INTO x VALUES (1, 'a')",
  'ALTER TABLE x ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY',
  "INSERT INTO x (v) VALUES ('b') RETURNING id",
]);
k('identity max value reached', [
  'CREATE TABLE x (id smallint GENERATED ALWAYS AS IDENTITY (START WITH 32766))',
  'INSERT INTO x DEFAULT VALUES',
  'INSERT INTO x DEFAULT VALUES',
  'INSERT INTO x DEFAULT VALUES',
]);
k('identity cycle', [
  'CREATE TABLE x (id int GENERATED ALWAYS AS IDENTITY (MINVALUE 1 MAXVALUE 2 CYCLE), v int)',
  'INSERT INTO x (v) VALUES (1), (2), (3) RETURNING id',
]);
k(
  'truncate restart identity',
  [
    "INSERT INTO ia (v) VALUES ('a'), ('b')",
    'TRUNCATE ia RESTART IDENTITY',
    "INSERT INTO ia (v) VALUES ('c') RETURNING id",
  ],
  I,
);
k(
  'truncate continue identity',
  ["INSERT INTO ia (v) VALUES ('a'), ('b')", 'TRUNCATE ia', "INSERT INTO ia (v) VALUES ('c') RETURNING id"],
  I,
);
k('identity sequence cannot be dropped 2BP01', ['SELECT 1', 'DROP SEQUENCE ia_id_seq'], I);
k('identity on conflict do update', [
  'CREATE TABLE x (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text)',
  "INSERT INTO x (v) VALUES ('a')",
  "INSERT INTO x VALUES (1, 'b') ON CONFLICT (id) DO UPDATE SET v = excluded.v RETURNING *",
  "INSERT INTO x (v) VALUES ('c') RETURNING id",
]);
k(
  'identity overriding in multirow insert with default',
  ["INSERT INTO ia VALUES (DEFAULT, 'a'), (DEFAULT, 'b') RETURNING id"],
  I,
);
k('identity always in insert select 428C9', ["INSERT INTO ia SELECT 1, 'x'"], I);
k(
  'identity column in like including identity',
  ['CREATE TABLE x (LIKE ia INCLUDING IDENTITY)', "INSERT INTO x (v) VALUES ('z') RETURNING id"],
  I,
);
k(
  'identity column in like without identity',
  ['CREATE TABLE x (LIKE ia)', "INSERT INTO x (v) VALUES ('z') RETURNING id"],
  I,
);
k('serial vs identity default', [
  'CREATE TABLE x (id serial, v text)',
  "SELECT column_default, is_identity FROM information_schema.columns WHERE table_name = 'x' AND column_name = 'id'",
]);

export default list.cases;
