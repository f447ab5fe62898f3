// Round 26 part C: what a violation's error says when a row breaks more than one constraint (which
// one PostgreSQL 15 reports: NOT NULL in column order, then CHECKs by name, then unique indexes in
// creation order, then foreign keys at the statement's end), and the detail's text of the failing
// row and the key for each common column type, as a client shows them.
import { ProbeCases } from '../probe-kit.js';

const list = new ProbeCases('r26 write details: ');

// ------------------------------------------------------------ which violation is reported
const ORDER: readonly [string, string, string][] = [
  [
    'two checks named in reverse',
    'CREATE TABLE t (a int, CONSTRAINT z_pos CHECK (a > 0), CONSTRAINT a_even CHECK (a % 2 = 0))',
    'INSERT INTO t VALUES (-1)',
  ],
  [
    'two checks named in order',
    'CREATE TABLE t (a int, CONSTRAINT a_pos CHECK (a > 0), CONSTRAINT z_even CHECK (a % 2 = 0))',
    'INSERT INTO t VALUES (-1)',
  ],
  [
    'column and table checks, unnamed',
    'CREATE TABLE t (b int CHECK (b > 0), a int CHECK (a > 0), CHECK (a + b > 10))',
    'INSERT INTO t VALUES (-1, -1)',
  ],
  [
    'unnamed checks on two columns',
    'CREATE TABLE t (z int CHECK (z > 0), a int CHECK (a > 0))',
    'INSERT INTO t VALUES (-1, -1)',
  ],
  [
    'not null before check',
    'CREATE TABLE t (a int CHECK (a > 0), b int NOT NULL)',
    'INSERT INTO t VALUES (-1, NULL)',
  ],
  ['two not nulls', 'CREATE TABLE t (b int NOT NULL, a int NOT NULL)', 'INSERT INTO t VALUES (NULL, NULL)'],
  [
    'check before unique',
    'CREATE TABLE t (a int UNIQUE CHECK (a > 0)); INSERT INTO t VALUES (5)',
    'INSERT INTO t VALUES (5), (-1)',
  ],
  [
    'unique row before a later check row',
    'CREATE TABLE t (a int UNIQUE CHECK (a <> 7)); INSERT INTO t VALUES (5)',
    'INSERT INTO t VALUES (5), (7)',
  ],
  [
    'check row before a later unique row',
    'CREATE TABLE t (a int UNIQUE CHECK (a <> 7)); INSERT INTO t VALUES (5)',
    'INSERT INTO t VALUES (7), (5)',
  ],
  [
    'two unique constraints, later created first named',
    'CREATE TABLE t (b int CONSTRAINT z_b UNIQUE, a int CONSTRAINT a_a UNIQUE); INSERT INTO t VALUES (1, 1)',
    'INSERT INTO t VALUES (1, 1)',
  ],
  [
    'primary key after a unique column',
    'CREATE TABLE t (b int UNIQUE, a int PRIMARY KEY); INSERT INTO t VALUES (1, 1)',
    'INSERT INTO t VALUES (1, 1)',
  ],
  [
    'table primary key after a unique',
    'CREATE TABLE t (a int, b int, UNIQUE (b), PRIMARY KEY (a)); INSERT INTO t VALUES (1, 1)',
    'INSERT INTO t VALUES (1, 1)',
  ],
  [
    'unique index made before the constraint',
    'CREATE TABLE t (a int, b int); CREATE UNIQUE INDEX t_b ON t (b); ALTER TABLE t ADD PRIMARY KEY (a); INSERT INTO t VALUES (1, 1)',
    'INSERT INTO t VALUES (1, 1)',
  ],
  [
    'unique before foreign key',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int UNIQUE REFERENCES p); INSERT INTO p VALUES (1); INSERT INTO t VALUES (1)',
    'INSERT INTO t VALUES (1), (2)',
  ],
  [
    'foreign key row before a check row',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int REFERENCES p CHECK (a <> 3))',
    'INSERT INTO t VALUES (2), (3)',
  ],
  [
    'two foreign keys',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (b int CONSTRAINT z_fk REFERENCES p, a int CONSTRAINT a_fk REFERENCES p)',
    'INSERT INTO t VALUES (8, 9)',
  ],
  [
    'two foreign keys, second row',
    'CREATE TABLE p (id int PRIMARY KEY); INSERT INTO p VALUES (1); CREATE TABLE t (b int CONSTRAINT z_fk REFERENCES p, a int CONSTRAINT a_fk REFERENCES p)',
    'INSERT INTO t VALUES (1, 9), (8, 1)',
  ],
  [
    'update violating a check and a unique',
    'CREATE TABLE t (id int PRIMARY KEY, a int UNIQUE CHECK (a < 10)); INSERT INTO t VALUES (1, 1), (2, 2)',
    'UPDATE t SET a = 12 WHERE id = 1',
  ],
  [
    'update to another row key and a check',
    'CREATE TABLE t (id int PRIMARY KEY CHECK (id < 10), a int); INSERT INTO t VALUES (1, 1), (2, 2)',
    'UPDATE t SET id = 2 WHERE id = 1',
  ],
  [
    'upsert update violating a check',
    'CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a < 10)); INSERT INTO t VALUES (1, 9)',
    'INSERT INTO t VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET a = t.a + 5',
  ],
  [
    'upsert update violating another unique',
    "CREATE TABLE t (id int PRIMARY KEY, a text UNIQUE); INSERT INTO t VALUES (1, 'x'), (2, 'y')",
    "INSERT INTO t VALUES (1, 'z') ON CONFLICT (id) DO UPDATE SET a = 'y'",
  ],
  [
    'upsert insert violating a check names the insert',
    'CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a < 10))',
    'INSERT INTO t VALUES (1, 11) ON CONFLICT (id) DO UPDATE SET a = 1',
  ],
  [
    'cascade set null onto not null',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, pid int NOT NULL REFERENCES p ON DELETE SET NULL); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1)',
    'DELETE FROM p',
  ],
  [
    'cascade update onto a check',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, pid int CHECK (pid < 5) REFERENCES p ON UPDATE CASCADE); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1)',
    'UPDATE p SET id = 7',
  ],
  [
    'cascade update onto a unique',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, pid int UNIQUE REFERENCES p ON UPDATE CASCADE); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1, 1), (2, 2)',
    'UPDATE p SET id = id + 1',
  ],
  [
    'set default onto a missing parent',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (id int, pid int DEFAULT 9 REFERENCES p ON DELETE SET DEFAULT); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1, 1)',
    'DELETE FROM p',
  ],
  [
    'restrict through a cascade',
    'CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, aid int REFERENCES a ON DELETE CASCADE); CREATE TABLE c (bid int REFERENCES b ON DELETE RESTRICT); INSERT INTO a VALUES (1); INSERT INTO b VALUES (1, 1); INSERT INTO c VALUES (1)',
    'DELETE FROM a',
  ],
  [
    'no action through a cascade',
    'CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY, aid int REFERENCES a ON DELETE CASCADE); CREATE TABLE c (bid int REFERENCES b); INSERT INTO a VALUES (1); INSERT INTO b VALUES (1, 1); INSERT INTO c VALUES (1)',
    'DELETE FROM a',
  ],
  [
    'match full mixed nulls',
    'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH FULL)',
    'INSERT INTO c VALUES (1, NULL)',
  ],
  [
    'match simple mixed nulls pass',
    'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p)',
    'INSERT INTO c VALUES (1, NULL) RETURNING *',
  ],
  [
    'deferred fk at commit',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
    'BEGIN; INSERT INTO c VALUES (5); COMMIT',
  ],
  [
    'deferred unique at commit',
    'CREATE TABLE t (a int UNIQUE DEFERRABLE INITIALLY DEFERRED); INSERT INTO t VALUES (1)',
    'BEGIN; INSERT INTO t VALUES (1); COMMIT',
  ],
  [
    'deferred unique and fk at commit',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE t (a int UNIQUE DEFERRABLE INITIALLY DEFERRED REFERENCES p DEFERRABLE INITIALLY DEFERRED); INSERT INTO p VALUES (1); INSERT INTO t VALUES (1)',
    'BEGIN; INSERT INTO t VALUES (1), (2); COMMIT',
  ],
  [
    'set constraints immediate checks at once',
    'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int CONSTRAINT c_fk REFERENCES p DEFERRABLE INITIALLY DEFERRED)',
    'BEGIN; INSERT INTO c VALUES (5); SET CONSTRAINTS c_fk IMMEDIATE',
  ],
];
for (const [name, setup, statement] of ORDER) {
  list.add(`order: ${name}`, [statement], setup);
}

// ------------------------------------------------------------ the failing row's and the key's text
const TYPES: readonly [string, string, string][] = [
  ['numeric scale', 'numeric(6,2)', '1.5'],
  ['numeric plain', 'numeric', '1.500'],
  ['float8', 'float8', '0.1'],
  ['float4', 'real', '1.1'],
  ['float8 large', 'float8', '1e20'],
  ['bigint', 'bigint', '9007199254740993'],
  ['boolean', 'boolean', 'true'],
  ['text with comma', 'text', "'a, b'"],
  ['text with quote', 'text', "'it''s'"],
  ['text with parenthesis', 'text', "'(x)'"],
  ['empty text', 'text', "''"],
  ['char padded', 'char(3)', "'a'"],
  ['varchar', 'varchar(5)', "'ab'"],
  ['date', 'date', "'2024-02-03'"],
  ['timestamp', 'timestamp', "'2024-02-03 04:05:06.5'"],
  ['timestamptz', 'timestamptz', "'2024-02-03 04:05:06+02'"],
  ['time', 'time', "'04:05:06'"],
  ['interval', 'interval', "'1 day 2 hours'"],
  ['uuid', 'uuid', "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'"],
  ['int array', 'int[]', "'{1,2}'"],
  ['text array', 'text[]', `'{"a b",c}'`],
  ['jsonb', 'jsonb', `'{"b": 1, "a": [1, 2]}'`],
  ['json', 'json', `'{"b":1,  "a":2}'`],
  ['bytea', 'bytea', "'\\x0102'"],
  ['inet', 'inet', "'10.0.0.1/32'"],
  ['money-free numeric negative', 'numeric', '-0.5'],
];
for (const [label, type, value] of TYPES) {
  list.add(
    `row text: ${label} in a check's failing row`,
    [`INSERT INTO t VALUES (${value}, -1)`],
    `CREATE TABLE t (v ${type}, n int CHECK (n > 0))`,
  );
  list.add(
    `row text: ${label} in a not-null's failing row`,
    [`INSERT INTO t VALUES (${value}, NULL)`],
    `CREATE TABLE t (v ${type}, n int NOT NULL)`,
  );
  if (!['json', 'float8 large'].includes(label)) {
    list.add(
      `key text: ${label} in a unique key`,
      [`INSERT INTO t VALUES (${value}, 2)`],
      `CREATE TABLE t (v ${type}, n int, UNIQUE (v, n)); INSERT INTO t VALUES (${value}, 2)`,
    );
    list.add(
      `key text: ${label} in a foreign key`,
      [`INSERT INTO c VALUES (${value})`],
      `CREATE TABLE p (v ${type} PRIMARY KEY); CREATE TABLE c (v ${type} REFERENCES p)`,
    );
  }
}
list.add(
  'row text: a generated column in the failing row',
  ['INSERT INTO t (a) VALUES (-1)'],
  'CREATE TABLE t (a int CHECK (a > 0), b int GENERATED ALWAYS AS (a * 2) STORED)',
);
list.add(
  'row text: a default in the failing row',
  ['INSERT INTO t (a) VALUES (-1)'],
  "CREATE TABLE t (a int CHECK (a > 0), b text DEFAULT 'x', c int DEFAULT 7)",
);
list.add(
  'row text: a dropped column is left out',
  ['INSERT INTO t (a) VALUES (-1)'],
  'CREATE TABLE t (x int, a int CHECK (a > 0), b int DEFAULT 1); ALTER TABLE t DROP COLUMN x',
);
list.add(
  'row text: an update shows the new row',
  ['UPDATE t SET a = -1 RETURNING *'],
  "CREATE TABLE t (id int PRIMARY KEY, a int CHECK (a > 0), b text); INSERT INTO t VALUES (1, 1, 'x')",
);
list.add(
  'key text: an expression index',
  ["INSERT INTO t VALUES ('A')"],
  "CREATE TABLE t (v text); CREATE UNIQUE INDEX t_lower ON t (lower(v)); INSERT INTO t VALUES ('a')",
);
list.add(
  'key text: a multi-column key with text',
  ["INSERT INTO t VALUES (1, 'a b')"],
  "CREATE TABLE t (a int, b text, PRIMARY KEY (a, b)); INSERT INTO t VALUES (1, 'a b')",
);
list.add(
  'key text: nulls not distinct key',
  ['INSERT INTO t VALUES (NULL, 1)'],
  'CREATE TABLE t (a int, b int, UNIQUE NULLS NOT DISTINCT (a, b)); INSERT INTO t VALUES (NULL, 1)',
);
list.add(
  'key text: a foreign key of two columns',
  ['INSERT INTO c VALUES (1, 2)'],
  'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p)',
);
list.add(
  'key text: a foreign key still referenced',
  ['DELETE FROM p'],
  "CREATE TABLE p (a text PRIMARY KEY); CREATE TABLE c (a text REFERENCES p); INSERT INTO p VALUES ('x y'); INSERT INTO c VALUES ('x y')",
);
list.add(
  'key text: a foreign key to a unique column',
  ["INSERT INTO c VALUES ('q')"],
  'CREATE TABLE p (id int PRIMARY KEY, code text UNIQUE); CREATE TABLE c (code text REFERENCES p (code))',
);
list.add(
  'key text: a referenced key updated away',
  ['UPDATE p SET id = 2'],
  'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p ON UPDATE RESTRICT); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1)',
);

export default list.cases;
