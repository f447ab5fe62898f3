// Round 22 probe (h132), transactions part 2: what a transaction does to session state (PostgreSQL
// 15 docs SET, set_config, DECLARE/FETCH/CLOSE, sequences 9.17, CREATE TEMP TABLE ON COMMIT,
// TRUNCATE, transactional DDL): what survives COMMIT, ROLLBACK and ROLLBACK TO SAVEPOINT.
import { ProbeCases, type ProbeStep, withParams } from '../probe-kit.js';

const list = new ProbeCases('r22 tx: session: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);

// ---------------------------------------------------------------- SET, SET LOCAL, set_config
add('set local outside transaction has no effect', ["SET LOCAL work_mem = '1MB'", 'SHOW work_mem']);
add('set local inside transaction ends at commit', [
  'BEGIN',
  "SET LOCAL work_mem = '1MB'",
  'SHOW work_mem',
  'COMMIT',
  'SHOW work_mem',
]);
add('set inside transaction kept at commit', ['BEGIN', "SET work_mem = '2MB'", 'COMMIT', 'SHOW work_mem']);
add('set inside transaction undone at rollback', [
  'BEGIN',
  "SET work_mem = '2MB'",
  'SHOW work_mem',
  'ROLLBACK',
  'SHOW work_mem',
]);
add('set inside failed transaction undone', [
  'BEGIN',
  "SET work_mem = '2MB'",
  'SELECT 1/0',
  'ROLLBACK',
  'SHOW work_mem',
]);
add('set in savepoint undone by rollback to', [
  'BEGIN',
  "SET work_mem = '2MB'",
  'SAVEPOINT s',
  "SET work_mem = '3MB'",
  'ROLLBACK TO s',
  'SHOW work_mem',
  'COMMIT',
  'SHOW work_mem',
]);
add('set in savepoint kept after release', [
  'BEGIN',
  'SAVEPOINT s',
  "SET work_mem = '3MB'",
  'RELEASE s',
  'COMMIT',
  'SHOW work_mem',
]);
add('set local in savepoint released then commit', [
  'BEGIN',
  'SAVEPOINT s',
  "SET LOCAL work_mem = '3MB'",
  'RELEASE s',
  'SHOW work_mem',
  'COMMIT',
  'SHOW work_mem',
]);
add('set local in savepoint rolled back', [
  'BEGIN',
  "SET LOCAL work_mem = '2MB'",
  'SAVEPOINT s',
  "SET LOCAL work_mem = '3MB'",
  'ROLLBACK TO s',
  'SHOW work_mem',
  'ROLLBACK',
]);
add('set then set local then commit keeps set', [
  'BEGIN',
  "SET work_mem = '2MB'",
  "SET LOCAL work_mem = '3MB'",
  'SHOW work_mem',
  'COMMIT',
  'SHOW work_mem',
]);
add('set local then set then commit keeps set', [
  'BEGIN',
  "SET LOCAL work_mem = '3MB'",
  "SET work_mem = '2MB'",
  'COMMIT',
  'SHOW work_mem',
]);
add('set local time zone', [
  'BEGIN',
  "SET LOCAL TIME ZONE 'Europe/Paris'",
  'SHOW TimeZone',
  'COMMIT',
  "SELECT current_setting('TimeZone') = 'Europe/Paris' AS still",
]);
add('set local search_path changes resolution', [
  'CREATE SCHEMA s1',
  'CREATE TABLE s1.t (a int)',
  'INSERT INTO s1.t VALUES (7)',
  'BEGIN',
  'SET LOCAL search_path = s1',
  'SELECT a FROM t',
  'COMMIT',
  'SELECT a FROM t',
]);
add('set_config local', [
  'BEGIN',
  "SELECT set_config('work_mem', '5MB', true) AS v",
  'SHOW work_mem',
  'COMMIT',
  'SHOW work_mem',
]);
add('set_config session in rolled back transaction', [
  'BEGIN',
  "SELECT set_config('work_mem', '5MB', false) AS v",
  'ROLLBACK',
  'SHOW work_mem',
]);
add('set_config local outside transaction', [
  "SELECT set_config('work_mem', '5MB', true) AS v",
  'SHOW work_mem',
]);
add('set_config local in savepoint rolled back', [
  'BEGIN',
  "SELECT set_config('work_mem', '5MB', true) AS v",
  'SAVEPOINT s',
  "SELECT set_config('work_mem', '6MB', true) AS v",
  'ROLLBACK TO s',
  'SHOW work_mem',
  'ROLLBACK',
]);
add('custom setting local then empty after commit', [
  'BEGIN',
  "SELECT set_config('r22.flag', 'on', true) AS v",
  "SELECT current_setting('r22.flag') AS v",
  'COMMIT',
  "SELECT current_setting('r22.flag') AS v",
  "SELECT current_setting('r22.flag', true) AS v",
]);
add('custom setting never set', [
  "SELECT current_setting('r22.never')",
  "SELECT current_setting('r22.never', true) IS NULL AS missing",
]);
add('custom setting session survives commit', ['BEGIN', "SET r22.flag = 'x'", 'COMMIT', 'SHOW r22.flag']);
add('custom setting rolled back', [
  'BEGIN',
  "SET r22.flag = 'x'",
  'ROLLBACK',
  "SELECT current_setting('r22.flag', true) AS v",
]);
add('set_config with params local', [
  'BEGIN',
  withParams('SELECT set_config($1, $2, $3) AS v', 'r22.p', 'v1', true),
  "SELECT current_setting('r22.p') AS v",
  'COMMIT',
  "SELECT current_setting('r22.p') AS v",
]);
add('reset all in transaction rolled back', [
  "SET work_mem = '2MB'",
  'BEGIN',
  'RESET ALL',
  'SHOW work_mem',
  'ROLLBACK',
  'SHOW work_mem',
]);
add('set in failed transaction is 25P02', [
  'BEGIN',
  'SELECT 1/0',
  "SET work_mem = '2MB'",
  'ROLLBACK',
  'SHOW work_mem',
]);
add('set local statement_timeout visible', [
  'BEGIN',
  "SET LOCAL statement_timeout = '5s'",
  'SHOW statement_timeout',
  'ROLLBACK',
  'SHOW statement_timeout',
]);
add('set transaction_read_only local then commit', [
  'BEGIN',
  'SET LOCAL transaction_read_only = on',
  'SHOW transaction_read_only',
  'COMMIT',
  'SHOW transaction_read_only',
]);

// ---------------------------------------------------------------- cursors
const NUMS = 'CREATE TABLE n (i int); INSERT INTO n SELECT generate_series(1, 5);';
add('declare outside transaction', ['DECLARE c CURSOR FOR SELECT i FROM n ORDER BY i'], NUMS);
add(
  'declare with hold outside transaction',
  [
    'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
    'FETCH 2 FROM c',
    'FETCH ALL FROM c',
    'CLOSE c',
  ],
  NUMS,
);
add(
  'cursor without hold closed by commit',
  ['BEGIN', 'DECLARE c CURSOR FOR SELECT i FROM n ORDER BY i', 'FETCH 1 FROM c', 'COMMIT', 'FETCH 1 FROM c'],
  NUMS,
);
add(
  'cursor with hold survives commit',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
    'FETCH 1 FROM c',
    'COMMIT',
    'FETCH 2 FROM c',
    'CLOSE c',
  ],
  NUMS,
);
add(
  'cursor with hold sees data as of commit',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
    'COMMIT',
    'DELETE FROM n',
    'FETCH ALL FROM c',
  ],
  NUMS,
);
add(
  'cursor with hold dropped by rollback',
  ['BEGIN', 'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i', 'ROLLBACK', 'FETCH 1 FROM c'],
  NUMS,
);
add(
  'cursor with hold survives later rollback',
  [
    'BEGIN',
    'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
    'COMMIT',
    'BEGIN',
    'FETCH 1 FROM c',
    'ROLLBACK',
    'FETCH 1 FROM c',
  ],
  NUMS,
);
add(
  'cursor declared in savepoint gone after rollback to',
  [
    'BEGIN',
    'SAVEPOINT s',
    'DECLARE c CURSOR FOR SELECT i FROM n ORDER BY i',
    'ROLLBACK TO s',
    'FETCH 1 FROM c',
    'ROLLBACK',
  ],
  NUMS,
);
add(
  'cursor position not rolled back by rollback to',
  [
    'BEGIN',
    'DECLARE c CURSOR FOR SELECT i FROM n ORDER BY i',
    'SAVEPOINT s',
    'FETCH 2 FROM c',
    'ROLLBACK TO s',
    'FETCH 1 FROM c',
    'COMMIT',
  ],
  NUMS,
);
add(
  'cursor fetch in failed transaction',
  ['BEGIN', 'DECLARE c CURSOR FOR SELECT i FROM n ORDER BY i', 'SELECT 1/0', 'FETCH 1 FROM c', 'ROLLBACK'],
  NUMS,
);
add(
  'cursor with hold for update rejected',
  ['BEGIN', 'DECLARE c CURSOR WITH HOLD FOR SELECT i FROM n FOR UPDATE', 'ROLLBACK'],
  NUMS,
);
add('cursor close missing', ['BEGIN', 'CLOSE nope', 'ROLLBACK']);
add(
  'cursor close all then fetch',
  ['BEGIN', 'DECLARE c CURSOR FOR SELECT i FROM n', 'CLOSE ALL', 'FETCH 1 FROM c', 'ROLLBACK'],
  NUMS,
);
add('cursor duplicate name', [
  'BEGIN',
  'DECLARE c CURSOR FOR SELECT 1',
  'DECLARE c CURSOR FOR SELECT 2',
  'ROLLBACK',
]);
add('cursor pg_cursors holdable', [
  'BEGIN',
  'DECLARE a CURSOR WITH HOLD FOR SELECT 1',
  'DECLARE b SCROLL CURSOR FOR SELECT 2',
  'SELECT name, is_holdable, is_binary, is_scrollable FROM pg_cursors ORDER BY name',
  'COMMIT',
  'SELECT name, is_holdable FROM pg_cursors ORDER BY name',
]);
add(
  'cursor move and fetch backward after commit',
  [
    'BEGIN',
    'DECLARE c SCROLL CURSOR WITH HOLD FOR SELECT i FROM n ORDER BY i',
    'COMMIT',
    'MOVE FORWARD 3 IN c',
    'FETCH BACKWARD 2 FROM c',
    'CLOSE c',
  ],
  NUMS,
);

// ---------------------------------------------------------------- sequences are not transactional
const SEQ = 'CREATE SEQUENCE sq; CREATE TABLE s (id serial PRIMARY KEY, v text);';
add(
  'nextval not rolled back',
  ['BEGIN', "SELECT nextval('sq') AS v", 'ROLLBACK', "SELECT nextval('sq') AS v"],
  SEQ,
);
add(
  'currval after rollback',
  ['BEGIN', "SELECT nextval('sq') AS v", 'ROLLBACK', "SELECT currval('sq') AS v", 'SELECT lastval() AS v'],
  SEQ,
);
add(
  'setval not rolled back',
  ['BEGIN', "SELECT setval('sq', 40) AS v", 'ROLLBACK', "SELECT nextval('sq') AS v"],
  SEQ,
);
add(
  'setval in savepoint not rolled back',
  [
    'BEGIN',
    'SAVEPOINT s',
    "SELECT setval('sq', 20) AS v",
    'ROLLBACK TO s',
    "SELECT nextval('sq') AS v",
    'COMMIT',
  ],
  SEQ,
);
add(
  'serial gap after rolled back insert',
  [
    'BEGIN',
    "INSERT INTO s (v) VALUES ('a')",
    'ROLLBACK',
    "INSERT INTO s (v) VALUES ('b') RETURNING id",
    'SELECT id, v FROM s',
  ],
  SEQ,
);
add(
  'serial gap after failed insert',
  [
    "INSERT INTO s (id, v) VALUES (1, 'x')",
    "INSERT INTO s (v) VALUES ('a')",
    "INSERT INTO s (v) VALUES ('b') RETURNING id",
  ],
  SEQ,
);
add(
  'nextval in failed transaction',
  ['BEGIN', 'SELECT 1/0', "SELECT nextval('sq')", 'ROLLBACK', "SELECT nextval('sq') AS v"],
  SEQ,
);
add(
  'alter sequence restart rolled back',
  [
    "SELECT nextval('sq')",
    "SELECT nextval('sq')",
    'BEGIN',
    'ALTER SEQUENCE sq RESTART WITH 100',
    'ROLLBACK',
    "SELECT nextval('sq') AS v",
  ],
  SEQ,
);
add('create sequence rolled back', [
  'BEGIN',
  'CREATE SEQUENCE sq2',
  "SELECT nextval('sq2') AS v",
  'ROLLBACK',
  "SELECT nextval('sq2')",
]);
add('currval before nextval in session', ["SELECT currval('sq')"], SEQ);
add(
  'truncate restart identity rolled back',
  [
    "INSERT INTO s (v) VALUES ('a'), ('b')",
    'BEGIN',
    'TRUNCATE s RESTART IDENTITY',
    'ROLLBACK',
    "INSERT INTO s (v) VALUES ('c') RETURNING id",
    'SELECT count(*) AS n FROM s',
  ],
  SEQ,
);
add(
  'truncate restart identity committed',
  [
    "INSERT INTO s (v) VALUES ('a'), ('b')",
    'BEGIN',
    'TRUNCATE s RESTART IDENTITY',
    'COMMIT',
    "INSERT INTO s (v) VALUES ('c') RETURNING id",
  ],
  SEQ,
);

// ---------------------------------------------------------------- truncate and DDL are transactional
const T = "CREATE TABLE t (a int PRIMARY KEY, b text); INSERT INTO t VALUES (1, 'x'), (2, 'y');";
add(
  'truncate rolled back',
  ['BEGIN', 'TRUNCATE t', 'SELECT count(*) AS n FROM t', 'ROLLBACK', 'SELECT a, b FROM t ORDER BY a'],
  T,
);
add(
  'truncate in savepoint rolled back',
  [
    'BEGIN',
    "INSERT INTO t VALUES (3, 'z')",
    'SAVEPOINT s',
    'TRUNCATE t',
    'ROLLBACK TO s',
    'COMMIT',
    'SELECT a FROM t ORDER BY a',
  ],
  T,
);
add(
  'truncate then insert then rollback',
  ['BEGIN', 'TRUNCATE t', "INSERT INTO t VALUES (9, 'n')", 'ROLLBACK', 'SELECT a FROM t ORDER BY a'],
  T,
);
add('create table rolled back', [
  'BEGIN',
  'CREATE TABLE t2 (a int)',
  'INSERT INTO t2 VALUES (1)',
  'ROLLBACK',
  'SELECT * FROM t2',
]);
add('drop table rolled back', ['BEGIN', 'DROP TABLE t', 'ROLLBACK', 'SELECT a, b FROM t ORDER BY a'], T);
add(
  'drop table then select in same transaction',
  ['BEGIN', 'DROP TABLE t', 'SELECT * FROM t', 'ROLLBACK', 'SELECT count(*) AS n FROM t'],
  T,
);
add(
  'add column rolled back',
  [
    'BEGIN',
    'ALTER TABLE t ADD COLUMN c int DEFAULT 5',
    'SELECT a, c FROM t ORDER BY a',
    'ROLLBACK',
    'SELECT * FROM t ORDER BY a',
  ],
  T,
);
add(
  'drop column rolled back',
  ['BEGIN', 'ALTER TABLE t DROP COLUMN b', 'ROLLBACK', 'SELECT a, b FROM t ORDER BY a'],
  T,
);
add(
  'rename table rolled back',
  [
    'BEGIN',
    'ALTER TABLE t RENAME TO t3',
    'SELECT count(*) AS n FROM t3',
    'ROLLBACK',
    'SELECT count(*) AS n FROM t',
    'SELECT * FROM t3',
  ],
  T,
);
add(
  'rename column rolled back',
  ['BEGIN', 'ALTER TABLE t RENAME COLUMN b TO bb', 'ROLLBACK', 'SELECT b FROM t ORDER BY a'],
  T,
);
add(
  'alter column type rolled back',
  [
    'BEGIN',
    'ALTER TABLE t ALTER COLUMN a TYPE bigint',
    'ROLLBACK',
    "SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 't'::regclass AND attname = 'a'",
  ],
  T,
);
add(
  'create index rolled back',
  [
    'BEGIN',
    'CREATE INDEX t_b_idx ON t (b)',
    'ROLLBACK',
    "SELECT count(*) AS n FROM pg_indexes WHERE indexname = 't_b_idx'",
  ],
  T,
);
add('ddl in savepoint rolled back', [
  'BEGIN',
  'CREATE TABLE keep (a int)',
  'SAVEPOINT s',
  'CREATE TABLE lose (a int)',
  'ROLLBACK TO s',
  'COMMIT',
  "SELECT relname FROM pg_class WHERE relname IN ('keep', 'lose') ORDER BY relname",
]);
add('create schema rolled back', [
  'BEGIN',
  'CREATE SCHEMA sx',
  'CREATE TABLE sx.t (a int)',
  'ROLLBACK',
  "SELECT count(*) AS n FROM pg_namespace WHERE nspname = 'sx'",
]);
add('create type rolled back', [
  'BEGIN',
  "CREATE TYPE mood AS ENUM ('a', 'b')",
  'ROLLBACK',
  "SELECT 'a'::mood",
]);
add('create view rolled back', ['BEGIN', 'CREATE VIEW v AS SELECT 1 AS x', 'ROLLBACK', 'SELECT * FROM v']);
add('create function rolled back', [
  'BEGIN',
  'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
  'SELECT f() AS v',
  'ROLLBACK',
  'SELECT f()',
]);
add(
  'add constraint rolled back',
  [
    'BEGIN',
    'ALTER TABLE t ADD CONSTRAINT t_b_check CHECK (b <> $$q$$)',
    'ROLLBACK',
    "INSERT INTO t VALUES (3, 'q')",
    'SELECT count(*) AS n FROM t',
  ],
  T,
);
add(
  'comment rolled back',
  [
    "COMMENT ON TABLE t IS 'one'",
    'BEGIN',
    "COMMENT ON TABLE t IS 'two'",
    'ROLLBACK',
    "SELECT obj_description('t'::regclass, 'pg_class') AS c",
  ],
  T,
);
add(
  'drop table in failed transaction',
  ['BEGIN', 'SELECT 1/0', 'DROP TABLE t', 'ROLLBACK', 'SELECT count(*) AS n FROM t'],
  T,
);
add('enum add value used in same transaction', [
  "CREATE TYPE mood AS ENUM ('a')",
  'BEGIN',
  "ALTER TYPE mood ADD VALUE 'b'",
  "SELECT 'b'::mood AS v",
  'ROLLBACK',
]);
add('enum add value committed then used', [
  "CREATE TYPE mood AS ENUM ('a')",
  'BEGIN',
  "ALTER TYPE mood ADD VALUE 'b'",
  'COMMIT',
  "SELECT 'b'::mood AS v",
]);

// ---------------------------------------------------------------- temp tables ON COMMIT
add('on commit drop with savepoint rollback', [
  'BEGIN',
  'SAVEPOINT s',
  'CREATE TEMP TABLE tt (a int) ON COMMIT DROP',
  'ROLLBACK TO s',
  'SELECT * FROM tt',
  'ROLLBACK',
]);
add('on commit drop visible until commit', [
  'BEGIN',
  'CREATE TEMP TABLE tt (a int) ON COMMIT DROP',
  'INSERT INTO tt VALUES (1)',
  'SELECT a FROM tt',
  'COMMIT',
  'SELECT a FROM tt',
]);
add('on commit delete rows kept until commit', [
  'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
  'BEGIN',
  'INSERT INTO tt VALUES (1), (2)',
  'SELECT count(*) AS n FROM tt',
  'COMMIT',
  'SELECT count(*) AS n FROM tt',
]);
add('on commit delete rows with hold cursor', [
  'CREATE TEMP TABLE tt (a int) ON COMMIT DELETE ROWS',
  'BEGIN',
  'INSERT INTO tt VALUES (1), (2)',
  'DECLARE c CURSOR WITH HOLD FOR SELECT a FROM tt ORDER BY a',
  'COMMIT',
  'FETCH ALL FROM c',
]);
add('on commit preserve rows rolled back insert', [
  'CREATE TEMP TABLE tt (a int)',
  'BEGIN',
  'INSERT INTO tt VALUES (1)',
  'ROLLBACK',
  'SELECT count(*) AS n FROM tt',
]);
add('on commit drop failed transaction', [
  'BEGIN',
  'CREATE TEMP TABLE tt (a int) ON COMMIT DROP',
  'SELECT 1/0',
  'COMMIT',
  "SELECT count(*) AS n FROM pg_class WHERE relname = 'tt'",
]);
add('on commit delete rows on table with fk', [
  'CREATE TEMP TABLE tp (id int PRIMARY KEY) ON COMMIT DELETE ROWS',
  'CREATE TEMP TABLE tc (pid int REFERENCES tp) ON COMMIT PRESERVE ROWS',
]);

export default list.cases;
