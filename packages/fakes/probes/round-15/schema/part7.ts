// Second batch: the same areas with set-ups of plain tables only (so each step is judged on its own),
// and constructs whose answer changed after 15 (16/17 accept or answer them otherwise).
const ACCT = `CREATE TABLE acct (id int PRIMARY KEY, owner text NOT NULL, balance int DEFAULT 0, active boolean DEFAULT true);
INSERT INTO acct VALUES (1, 'ann', 10, true), (2, 'bob', 20, false), (3, 'cy', 30, true);`;
const MOOD =
  "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy'); CREATE TABLE person (name text, current mood); INSERT INTO person VALUES ('Moe', 'happy'), ('Larry', 'sad'), ('Curly', 'ok');";

export const plainCases = [
  {
    name: 'plain view: created in a step, read, then written through',
    setup: ACCT,
    steps: [
      'CREATE VIEW v AS SELECT id, owner FROM acct WHERE active',
      'SELECT id, owner FROM v ORDER BY id',
      "INSERT INTO v VALUES (9, 'zed') RETURNING *",
      'SELECT id, balance, active FROM acct WHERE id = 9',
    ],
  },
  {
    name: 'plain view: UPDATE through a view created in a step',
    setup: ACCT,
    steps: [
      'CREATE VIEW v AS SELECT id, owner, balance FROM acct WHERE active',
      'UPDATE v SET balance = balance * 2',
      'SELECT id, balance FROM acct ORDER BY id',
    ],
  },
  {
    name: 'plain view: WITH CHECK OPTION created in a step',
    setup: ACCT,
    steps: [
      'CREATE VIEW v AS SELECT * FROM acct WHERE balance > 15 WITH CHECK OPTION',
      "INSERT INTO v VALUES (5, 'eve', 1, true)",
      'SELECT count(*) FROM acct',
    ],
  },
  {
    name: 'plain view: an aggregate view rejects INSERT with 55000',
    setup: ACCT,
    steps: [
      'CREATE VIEW t AS SELECT active, sum(balance) AS total FROM acct GROUP BY active',
      'SELECT active, total FROM t ORDER BY active',
      'INSERT INTO t VALUES (true, 1)',
    ],
  },
  {
    name: 'plain view: a join view rejects UPDATE with 55000',
    setup: ACCT,
    steps: [
      'CREATE VIEW j AS SELECT a.id, b.owner FROM acct a JOIN acct b ON a.id = b.id',
      "UPDATE j SET owner = 'x'",
    ],
  },
  {
    name: 'plain view: dropping a table with a view is 2BP01',
    setup: ACCT,
    steps: [
      'CREATE VIEW v AS SELECT id FROM acct',
      'DROP TABLE acct',
      'DROP TABLE acct CASCADE',
      'SELECT * FROM v',
    ],
  },
  {
    name: 'plain view: column names of unnamed expressions',
    setup: ACCT,
    steps: [
      'CREATE VIEW v AS SELECT id + 1, upper(owner) AS u FROM acct',
      'SELECT * FROM v WHERE "?column?" = 2',
    ],
  },
  {
    name: 'plain view: a parameter in a query over a view',
    setup: ACCT,
    steps: [
      'CREATE VIEW v AS SELECT id, owner, balance FROM acct WHERE active',
      { sql: 'SELECT owner FROM v WHERE balance > $1 ORDER BY owner', params: ['5'] },
      { sql: 'UPDATE v SET owner = $1 WHERE id = $2 RETURNING owner', params: ['ANN', '1'] },
    ],
  },
  {
    name: 'plain enum: equality with a label that does not exist is 22P02',
    setup: MOOD,
    steps: [
      "SELECT name FROM person WHERE current = 'angry'",
      "SELECT name FROM person WHERE current IN ('ok', 'angry')",
    ],
  },
  {
    name: 'plain enum: IN with labels and an enum parameter',
    setup: MOOD,
    steps: [
      "SELECT name FROM person WHERE current IN ('ok', 'sad') ORDER BY name",
      {
        sql: 'SELECT name FROM person WHERE current = ANY($1::mood[]) ORDER BY name',
        params: [['happy', 'ok']],
      },
      { sql: 'SELECT name FROM person WHERE current <> $1 ORDER BY name', params: ['sad'] },
    ],
  },
  {
    name: 'plain enum: pg_typeof and the result column type',
    setup: MOOD,
    steps: ["SELECT pg_typeof('ok'::mood)::text AS t, 'ok'::mood AS m"],
  },
  {
    name: 'plain enum: casting an enum to an integer is an error',
    setup: MOOD,
    steps: ["SELECT 'ok'::mood::int", "SELECT 'ok'::mood::text || '!' AS t"],
  },
  {
    name: 'plain enum: a column default and an invalid update',
    setup:
      "CREATE TYPE mood AS ENUM ('sad', 'ok'); CREATE TABLE p (id int, m mood DEFAULT 'ok'); INSERT INTO p (id) VALUES (1);",
    steps: [
      'SELECT m FROM p',
      "UPDATE p SET m = 'gone'",
      { sql: 'UPDATE p SET m = $1 RETURNING m', params: ['sad'] },
    ],
  },
  {
    name: 'plain sequence: START and INCREMENT',
    setup: 'CREATE SEQUENCE s START 5 INCREMENT 10;',
    steps: ["SELECT nextval('s') AS a", "SELECT nextval('s') AS b", "SELECT currval('s') AS c"],
  },
  {
    name: 'plain sequence: setval false then currval',
    setup: 'CREATE SEQUENCE s;',
    steps: ["SELECT setval('s', 10, false)", "SELECT currval('s') AS c", "SELECT nextval('s') AS n"],
  },
  {
    name: 'plain sequence: nextval in a multi-row INSERT',
    setup: 'CREATE SEQUENCE s; CREATE TABLE t (id bigint, v text);',
    steps: [
      "INSERT INTO t VALUES (nextval('s'), 'a'), (nextval('s'), 'b') RETURNING id",
      "SELECT currval('s') AS c",
    ],
  },
  {
    name: 'plain sequence: setval below MINVALUE is 22003',
    setup: 'CREATE SEQUENCE s;',
    steps: ["SELECT setval('s', -5)", "SELECT setval('s', 0)", "SELECT nextval('s') AS n"],
  },
  {
    name: 'plain sequence: currval on another session is 55000',
    setup: 'CREATE SEQUENCE s;',
    steps: [
      "SELECT nextval('s')",
      { sql: "SELECT currval('s')", client: 'second' },
      { sql: "SELECT nextval('s') AS n", client: 'second' },
    ],
  },
  {
    name: 'plain sequence: a sequence name is case-folded unless quoted',
    setup: 'CREATE SEQUENCE s; CREATE SEQUENCE "S2";',
    steps: [
      "SELECT nextval('S') AS a",
      `SELECT nextval('"S"')`,
      `SELECT nextval('"S2"') AS b`,
      "SELECT nextval('S2')",
      "SELECT nextval('public.s') AS c",
    ],
  },
  {
    name: 'plain sequence: START below the default MINVALUE is 22023',
    steps: ['CREATE SEQUENCE s START 0', 'CREATE SEQUENCE s2 START -5 INCREMENT -1'],
  },
  {
    name: 'plain sequence: setval on a serial sequence',
    setup: "CREATE TABLE t (id serial PRIMARY KEY, v text); INSERT INTO t (v) VALUES ('a');",
    steps: [
      "SELECT setval('t_id_seq', 100)",
      "INSERT INTO t (v) VALUES ('b') RETURNING id",
      { sql: 'SELECT setval($1, $2, $3) AS v', params: ['t_id_seq', '5', 'false'] },
      "INSERT INTO t (v) VALUES ('c') RETURNING id",
    ],
  },
  {
    name: 'plain sequence: a smallserial runs out with 2200H',
    setup: 'CREATE TABLE t (id smallserial, v text);',
    steps: ["SELECT setval('t_id_seq', 32767)", "INSERT INTO t (v) VALUES ('a')", 'SELECT count(*) FROM t'],
  },
  {
    name: 'plain sequence: a serial collides after an explicit id',
    setup: 'CREATE TABLE t (id serial PRIMARY KEY, v text);',
    steps: [
      "INSERT INTO t VALUES (1, 'x')",
      "INSERT INTO t (v) VALUES ('y')",
      "INSERT INTO t (v) VALUES ('z') RETURNING id",
    ],
  },
  {
    name: 'plain identity: a bigint identity answers as a string',
    setup: 'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, v text);',
    steps: [
      "INSERT INTO t (v) VALUES ('a') RETURNING id",
      { sql: 'SELECT v FROM t WHERE id = $1', params: ['1'] },
    ],
  },
  {
    name: 'plain identity: INSERT ... SELECT with ids into ALWAYS is 428C9',
    setup:
      "CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text); CREATE TABLE src (id int, v text); INSERT INTO src VALUES (10, 'a');",
    steps: ['INSERT INTO t SELECT * FROM src', 'INSERT INTO t (v) SELECT v FROM src RETURNING id'],
  },
  {
    name: 'plain identity: ON CONFLICT on a BY DEFAULT identity',
    setup:
      "CREATE TABLE t (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, v text); INSERT INTO t (v) VALUES ('a');",
    steps: [
      "INSERT INTO t (id, v) VALUES (1, 'b') ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v RETURNING id, v",
      "INSERT INTO t (v) VALUES ('c') RETURNING id",
    ],
  },
  {
    name: 'plain identity: two identity columns in one table are allowed',
    steps: [
      'CREATE TABLE t (a int GENERATED ALWAYS AS IDENTITY, b int GENERATED BY DEFAULT AS IDENTITY (START WITH 10), c text)',
      "INSERT INTO t (c) VALUES ('x'), ('y') RETURNING a, b",
    ],
  },
  {
    name: 'plain constraint: SET NOT NULL over NULL rows is 23502',
    setup: 'CREATE TABLE t (v int); INSERT INTO t VALUES (NULL);',
    steps: [
      'ALTER TABLE t ALTER COLUMN v SET NOT NULL',
      'UPDATE t SET v = 1',
      'ALTER TABLE t ALTER COLUMN v SET NOT NULL',
      'INSERT INTO t VALUES (NULL)',
    ],
  },
  {
    name: 'plain constraint: ON DELETE SET DEFAULT to a missing parent is 23503',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int DEFAULT 0 REFERENCES p ON DELETE SET DEFAULT); INSERT INTO p VALUES (1); INSERT INTO c VALUES (1);',
    steps: [
      'DELETE FROM p',
      'SELECT pid FROM c',
      'INSERT INTO p VALUES (0), (2)',
      'INSERT INTO c VALUES (2)',
      'DELETE FROM p WHERE id = 2',
      'SELECT pid FROM c ORDER BY pid',
    ],
  },
  {
    name: 'plain constraint: MATCH FULL rejects a partly NULL key',
    setup:
      'CREATE TABLE p (a int, b int, PRIMARY KEY (a, b)); CREATE TABLE c (a int, b int, FOREIGN KEY (a, b) REFERENCES p MATCH FULL);',
    steps: ['INSERT INTO c VALUES (1, NULL)', 'INSERT INTO c VALUES (NULL, NULL)'],
  },
  {
    name: 'plain constraint: a foreign key to a non-unique column is 42830',
    setup: 'CREATE TABLE p (id int, code text);',
    steps: ['CREATE TABLE c (pid int REFERENCES p (id))', 'CREATE TABLE c2 (pid int REFERENCES p)'],
  },
  {
    name: 'plain constraint: ON CONFLICT ON CONSTRAINT by name',
    setup: 'CREATE TABLE u (a int, b int, CONSTRAINT u_ab UNIQUE (a, b)); INSERT INTO u VALUES (1, 1);',
    steps: [
      'INSERT INTO u VALUES (1, 1) ON CONFLICT ON CONSTRAINT u_ab DO NOTHING',
      'INSERT INTO u VALUES (1, 1) ON CONFLICT ON CONSTRAINT nope DO NOTHING',
    ],
  },
  {
    name: 'plain constraint: a CHECK that is NULL passes',
    setup: 'CREATE TABLE t (v int CHECK (v > 0));',
    steps: [
      'INSERT INTO t VALUES (NULL) RETURNING v',
      { sql: 'INSERT INTO t VALUES ($1)', params: [null] },
      'SELECT count(*) FROM t',
    ],
  },
  {
    name: 'plain constraint: a foreign key with a NULL value is not checked',
    setup: 'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p);',
    steps: ['INSERT INTO c VALUES (NULL) RETURNING pid', { sql: 'INSERT INTO c VALUES ($1)', params: ['7'] }],
  },
  {
    name: 'plain constraint: updating a referenced key with children',
    setup:
      'CREATE TABLE p (id int PRIMARY KEY); CREATE TABLE c (pid int REFERENCES p); INSERT INTO p VALUES (1), (2); INSERT INTO c VALUES (1);',
    steps: [
      'UPDATE p SET id = id + 10 WHERE id = 2',
      'UPDATE p SET id = 5 WHERE id = 1',
      'SELECT id FROM p ORDER BY id',
    ],
  },
];

export const laterVersionCases = [
  {
    name: 'since 16: a MERGE source subquery without an alias is 42601 in 15',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, v int);',
    steps: [
      'MERGE INTO t USING (SELECT 1 AS id, 2 AS v) ON t.id = 1 WHEN NOT MATCHED THEN INSERT VALUES (1, 2)',
      'SELECT count(*) FROM t',
    ],
  },
  {
    name: 'since 17: merge_action() does not exist in 15',
    setup: 'CREATE TABLE t (id int PRIMARY KEY, v int);',
    steps: [
      'MERGE INTO t USING (VALUES (1)) s(id) ON t.id = s.id WHEN NOT MATCHED THEN INSERT VALUES (s.id, 0) RETURNING merge_action()',
      'SELECT merge_action()',
    ],
  },
  {
    name: 'since 16: underscores in an integer literal',
    setup: 'CREATE TABLE t (id int, v int);',
    steps: ['SELECT 1_000 AS n', 'INSERT INTO t VALUES (1, 1_000)', 'CREATE SEQUENCE s START 1_000'],
  },
  {
    name: 'since 17: ALTER COLUMN SET EXPRESSION on a generated column',
    setup: 'CREATE TABLE g (a int, b int GENERATED ALWAYS AS (a * 2) STORED); INSERT INTO g (a) VALUES (1);',
    steps: ['ALTER TABLE g ALTER COLUMN b SET EXPRESSION AS (a * 3)', 'SELECT b FROM g'],
  },
  {
    name: 'since 17: an identity column and a row inserted into a partition directly',
    setup:
      'CREATE TABLE pt (id int GENERATED ALWAYS AS IDENTITY, k int) PARTITION BY RANGE (k); CREATE TABLE pt1 PARTITION OF pt FOR VALUES FROM (0) TO (10);',
    steps: [
      'INSERT INTO pt (k) VALUES (1) RETURNING id',
      'INSERT INTO pt1 (k) VALUES (2) RETURNING id',
      'SELECT count(*) FROM pt',
    ],
  },
  {
    name: 'since 17: an exclusion constraint on a partitioned table',
    steps: ['CREATE TABLE px (k int, r int4range, EXCLUDE USING gist (r WITH &&)) PARTITION BY RANGE (k)'],
  },
  {
    name: 'since 17: the catalog rows of a NOT NULL domain',
    setup: "CREATE DOMAIN email AS text NOT NULL CHECK (VALUE LIKE '%@%');",
    steps: [
      "SELECT conname, contype FROM pg_constraint WHERE contypid = 'email'::regtype ORDER BY conname",
      "SELECT typnotnull FROM pg_type WHERE typname = 'email'",
    ],
  },
  {
    name: 'since 16: a partition with its own generation expression',
    setup: 'CREATE TABLE gp (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a);',
    steps: [
      'CREATE TABLE gp1 PARTITION OF gp (b GENERATED ALWAYS AS (a * 3) STORED) FOR VALUES FROM (0) TO (10)',
      'INSERT INTO gp (a) VALUES (1) RETURNING b',
    ],
  },
  {
    name: 'since 16: a partition whose column is not generated',
    setup:
      'CREATE TABLE gp (a int, b int GENERATED ALWAYS AS (a * 2) STORED) PARTITION BY RANGE (a); CREATE TABLE gp2 (a int, b int);',
    steps: [
      'ALTER TABLE gp ATTACH PARTITION gp2 FOR VALUES FROM (0) TO (10)',
      'INSERT INTO gp (a) VALUES (1) RETURNING b',
    ],
  },
  {
    name: 'since 17: MERGE with WHEN NOT MATCHED BY SOURCE and a parameter',
    setup: 'CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t VALUES (1), (2);',
    steps: [
      {
        sql: 'MERGE INTO t USING (VALUES ($1::int)) s(id) ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE',
        params: ['1'],
      },
      'SELECT id FROM t ORDER BY id',
    ],
  },
  {
    name: 'since 17: MERGE into an updatable view with a parameter',
    setup:
      'CREATE TABLE t (id int PRIMARY KEY, v int); INSERT INTO t VALUES (1, 1); CREATE VIEW tv AS SELECT * FROM t;',
    steps: [
      {
        sql: 'MERGE INTO tv USING (VALUES ($1::int)) s(id) ON tv.id = s.id WHEN MATCHED THEN UPDATE SET v = 9',
        params: ['1'],
      },
      'SELECT v FROM t',
    ],
  },
];
