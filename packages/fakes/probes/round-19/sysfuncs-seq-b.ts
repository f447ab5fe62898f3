// Round 19 probe, sysfuncs: more of docs 9.17 and CREATE / ALTER SEQUENCE: unlogged sequences
// (new in 15), read-only transactions, the sequence relation's own row, owned-by links, identity
// columns whose type or table changes, and pg_sleep under statement_timeout (9.27).
import { ProbeCases, type ProbeStep } from '../probe-kit.js';

const list = new ProbeCases('r19 sysfuncs: seq b: ');
const add = (name: string, steps: ProbeStep[], setup?: string) => list.add(name, steps, setup);
const S = 'CREATE SEQUENCE s;';
const SEQROW = `SELECT seqtypid::regtype AS t, seqstart, seqincrement, seqmax, seqmin, seqcache, seqcycle FROM pg_sequence WHERE seqrelid = 's'::regclass`;

add('sequence row fresh', ['SELECT * FROM s'], S);
add('sequence row after nextval', [`SELECT nextval('s') AS a`, 'SELECT * FROM s'], S);
add(
  'sequence row after two nextval',
  [`SELECT nextval('s') AS a`, `SELECT nextval('s') AS b`, 'SELECT * FROM s'],
  S,
);
add('sequence row after setval', [`SELECT setval('s', 10) AS a`, 'SELECT * FROM s'], S);
add('sequence row after setval false', [`SELECT setval('s', 10, false) AS a`, 'SELECT * FROM s'], S);
add(
  'sequence row after restart',
  [`SELECT nextval('s') AS a`, 'ALTER SEQUENCE s RESTART', 'SELECT * FROM s'],
  S,
);
add(
  'sequence row columns',
  [
    `SELECT attname, format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 's'::regclass AND attnum > 0 ORDER BY attnum`,
  ],
  S,
);
add('pg_sequence row default', [SEQROW], S);
add(
  'pg_sequence row options',
  [SEQROW],
  'CREATE SEQUENCE s AS smallint INCREMENT -2 MINVALUE -100 MAXVALUE -1 START -5 CACHE 3 CYCLE;',
);
add(
  'pg_sequences row descending',
  [
    `SELECT data_type::text, start_value, min_value, max_value, increment_by, cycle, cache_size, last_value FROM pg_sequences WHERE sequencename = 's'`,
  ],
  'CREATE SEQUENCE s INCREMENT -1;',
);
add(
  'pg_sequences owner and schema',
  [`SELECT schemaname, sequenceowner FROM pg_sequences WHERE sequencename = 's'`],
  S,
);
add(
  'information_schema sequences descending',
  [
    `SELECT data_type, numeric_precision, numeric_precision_radix, numeric_scale, start_value, minimum_value, maximum_value, increment, cycle_option FROM information_schema.sequences WHERE sequence_name = 's'`,
  ],
  'CREATE SEQUENCE s AS smallint INCREMENT -1;',
);
add('unlogged sequence', [
  'CREATE UNLOGGED SEQUENCE us',
  `SELECT nextval('us') AS v, relpersistence FROM pg_class WHERE relname = 'us'`,
]);
add(
  'alter sequence set unlogged',
  ['ALTER SEQUENCE s SET UNLOGGED', `SELECT relpersistence FROM pg_class WHERE relname = 's'`],
  S,
);
add('alter sequence set logged', [
  'CREATE UNLOGGED SEQUENCE us',
  'ALTER SEQUENCE us SET LOGGED',
  `SELECT relpersistence FROM pg_class WHERE relname = 'us'`,
]);
add(
  'unlogged table identity sequence',
  [`SELECT c.relpersistence FROM pg_class c WHERE c.relname = 't_id_seq'`],
  'CREATE UNLOGGED TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'unlogged table serial sequence',
  [`SELECT c.relpersistence FROM pg_class c WHERE c.relname = 't_id_seq'`],
  'CREATE UNLOGGED TABLE t (id serial);',
);
add('temp sequence persistence', [
  'CREATE TEMP SEQUENCE ts',
  `SELECT relpersistence FROM pg_class WHERE relname = 'ts'`,
]);
add('nextval read only tx error', ['BEGIN READ ONLY', `SELECT nextval('s') AS v`, 'ROLLBACK'], S);
add('setval read only tx error', ['BEGIN READ ONLY', `SELECT setval('s', 5) AS v`, 'ROLLBACK'], S);
add(
  'currval read only tx ok',
  [`SELECT nextval('s') AS a`, 'BEGIN READ ONLY', `SELECT currval('s') AS v`, 'COMMIT'],
  S,
);
add('nextval temp sequence read only ok', [
  'CREATE TEMP SEQUENCE ts',
  'BEGIN READ ONLY',
  `SELECT nextval('ts') AS v`,
  'COMMIT',
]);
add(
  'nextval default_transaction_read_only',
  ['SET default_transaction_read_only = on', `SELECT nextval('s') AS v`],
  S,
);
add(
  'identity insert read only error',
  ['BEGIN READ ONLY', `INSERT INTO t DEFAULT VALUES`, 'ROLLBACK'],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'owned by none',
  [
    'ALTER SEQUENCE s OWNED BY NONE',
    'DROP TABLE t',
    `SELECT count(*) AS n FROM pg_class WHERE relname = 's'`,
  ],
  'CREATE TABLE t (a int); CREATE SEQUENCE s OWNED BY t.a;',
);
add(
  'owned by other table error',
  ['CREATE SEQUENCE s2 OWNED BY t.a'],
  'CREATE TABLE t (a int); CREATE VIEW v AS SELECT 1 AS a;',
);
add('owned by view error', ['CREATE SEQUENCE s2 OWNED BY v.a'], 'CREATE VIEW v AS SELECT 1 AS a;');
add(
  'owned by different schema error',
  ['CREATE SEQUENCE s2 OWNED BY sx.t.a'],
  'CREATE SCHEMA sx; CREATE TABLE sx.t (a int);',
);
add(
  'owned by column drop drops sequence',
  ['ALTER TABLE t DROP COLUMN a', `SELECT count(*) AS n FROM pg_class WHERE relname = 's'`],
  'CREATE TABLE t (a int, b int); CREATE SEQUENCE s OWNED BY t.a;',
);
add(
  'serial column drop drops sequence',
  ['ALTER TABLE t DROP COLUMN id', `SELECT count(*) AS n FROM pg_class WHERE relkind = 'S'`],
  'CREATE TABLE t (id serial, b int);',
);
add(
  'alter sequence set schema',
  ['CREATE SCHEMA sx', 'ALTER SEQUENCE s SET SCHEMA sx', `SELECT nextval('sx.s') AS v`],
  S,
);
add(
  'alter sequence rename then nextval old error',
  ['ALTER SEQUENCE s RENAME TO s2', `SELECT nextval('s') AS v`],
  S,
);
add(
  'alter sequence start then restart',
  [
    `SELECT nextval('s') AS a`,
    'ALTER SEQUENCE s START WITH 10',
    `SELECT nextval('s') AS b`,
    'ALTER SEQUENCE s RESTART',
    `SELECT nextval('s') AS c`,
  ],
  S,
);
add(
  'alter sequence as int with big value error',
  [`SELECT setval('s', 3000000000) AS a`, 'ALTER SEQUENCE s AS int'],
  S,
);
add(
  'alter sequence minvalue above current',
  [`SELECT nextval('s') AS a`, 'ALTER SEQUENCE s MINVALUE 5', `SELECT nextval('s') AS b`],
  S,
);
add('alter sequence no options error', ['ALTER SEQUENCE s'], S);
add(
  'alter sequence owner',
  [
    'ALTER SEQUENCE s OWNER TO pg_monitor',
    `SELECT pg_get_userbyid(relowner) AS o FROM pg_class WHERE relname = 's'`,
  ],
  S,
);
add(
  'identity alter type bigint',
  [
    'ALTER TABLE t ALTER COLUMN id TYPE bigint',
    `SELECT seqtypid::regtype AS t, seqmax FROM pg_sequence WHERE seqrelid = 't_id_seq'::regclass`,
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity alter type smallint',
  [
    'ALTER TABLE t ALTER COLUMN id TYPE smallint',
    `SELECT seqtypid::regtype AS t, seqmax FROM pg_sequence WHERE seqrelid = 't_id_seq'::regclass`,
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity alter type text error',
  ['ALTER TABLE t ALTER COLUMN id TYPE text'],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity rename table sequence name kept',
  ['ALTER TABLE t RENAME TO t2', `SELECT pg_get_serial_sequence('t2', 'id') AS s`],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity rename column',
  [
    'ALTER TABLE t RENAME COLUMN id TO key',
    `SELECT pg_get_serial_sequence('t', 'key') AS s`,
    `INSERT INTO t DEFAULT VALUES RETURNING key`,
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity set cycle',
  [
    'ALTER TABLE t ALTER COLUMN id SET MAXVALUE 2 SET CYCLE',
    'INSERT INTO t DEFAULT VALUES',
    'INSERT INTO t DEFAULT VALUES',
    'INSERT INTO t DEFAULT VALUES',
    'SELECT id FROM t ORDER BY id',
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity set start restart',
  ['ALTER TABLE t ALTER COLUMN id SET START WITH 100 RESTART', 'INSERT INTO t DEFAULT VALUES RETURNING id'],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity set on non identity error',
  ['ALTER TABLE t ALTER COLUMN a SET INCREMENT BY 2'],
  'CREATE TABLE t (a int);',
);
add(
  'identity drop then sequence gone',
  ['ALTER TABLE t ALTER COLUMN id DROP IDENTITY', `SELECT count(*) AS n FROM pg_class WHERE relkind = 'S'`],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity create table as',
  [
    'CREATE TABLE t2 AS SELECT * FROM t',
    `SELECT attidentity FROM pg_attribute WHERE attrelid = 't2'::regclass AND attname = 'id'`,
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity like without including',
  [
    'CREATE TABLE t2 (LIKE t)',
    `SELECT attidentity, attnotnull FROM pg_attribute WHERE attrelid = 't2'::regclass AND attname = 'id'`,
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity inherit not inherited',
  [
    'CREATE TABLE c () INHERITS (t)',
    `SELECT attidentity FROM pg_attribute WHERE attrelid = 'c'::regclass AND attname = 'id'`,
  ],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY);',
);
add(
  'identity partitioned',
  [`INSERT INTO p (v) VALUES (1), (15) RETURNING id, v`],
  'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, v int) PARTITION BY RANGE (v); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10); CREATE TABLE p2 PARTITION OF p FOR VALUES FROM (10) TO (20);',
);
add(
  'identity partition direct insert',
  [`INSERT INTO p1 (v) VALUES (1)`],
  'CREATE TABLE p (id int GENERATED ALWAYS AS IDENTITY, v int) PARTITION BY RANGE (v); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);',
);
add(
  'identity copy from',
  ['COPY t (v) FROM STDIN', 'SELECT 1 AS x'],
  'CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY, v text);',
);

// ---------------------------------------------------------------- pg_sleep and timeouts
add('pg_sleep statement_timeout', [`SET statement_timeout = '50ms'`, 'SELECT pg_sleep(1) AS v']);
add('pg_sleep_for statement_timeout', [
  `SET statement_timeout = '50ms'`,
  `SELECT pg_sleep_for('1 second') AS v`,
]);
add('pg_sleep under timeout ok', [`SET statement_timeout = '5s'`, 'SELECT pg_sleep(0.01) AS v']);
add('pg_sleep timeout in transaction aborts', [
  'BEGIN',
  `SET LOCAL statement_timeout = '50ms'`,
  'SELECT pg_sleep(1) AS v',
  'SELECT 1 AS x',
  'ROLLBACK',
]);
add('pg_sleep timeout then next ok', [
  `SET statement_timeout = '50ms'`,
  'SELECT pg_sleep(1) AS v',
  'SELECT 2 AS x',
]);
add('pg_sleep in rows timeout', [
  `SET statement_timeout = '50ms'`,
  'SELECT pg_sleep(0.02) FROM generate_series(1, 10)',
]);

export default list.cases;
